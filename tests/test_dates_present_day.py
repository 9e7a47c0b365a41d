"""A relative day used as an adjective after a noun is no date: "lớp trẻ hôm nay" is "the young
people of our time", "sự đổi mới hôm nay" "today's renewal". After an acting subject, a
preposition, or with its date, "hôm nay" stays the stamp's day. (Sentences in invented words.)
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import extract

STAMP = dt.date(2031, 3, 12)


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in extract(text, published=STAMP).dates]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bà Hà Minh Thư mong muốn thế hệ hôm nay tiếp tục vun đắp tình hữu nghị hai nước.",
        "Tuổi trẻ hôm nay có nhiều cơ hội học tập ở nước ngoài.",
        "Ông nhấn mạnh trong sự đổi thay hôm nay của tỉnh Champasak có công sức của bạn bè.",
        'Chủ tịch Hội đồng chúc ông "làm tròn lời hứa hôm nay".',
        "Triển lãm ảnh mang tên Việt Nam hôm nay mở cửa đến cuối tháng.",
        "Nhiều bạn trẻ muốn hiểu thêm về thời đại hôm nay qua những trang sách.",
    ],
)
def test_hom_nay_after_a_noun_means_present_day(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thủ tướng Lào Bun Khăm hôm nay đến Hà Nội.",
        "Các đại biểu hôm nay đã thông qua nghị quyết.",
        "Thế hệ trẻ hôm nay đã có mặt đông đủ tại buổi lễ.",
        "Đoàn sẽ gặp Bộ trưởng Ngoại giao vào hôm nay, trước khi rời Seoul.",
        "Tổng thống Chile sẽ tới Việt Nam hôm nay.",
        "Hôm nay, Quốc hội họp phiên bế mạc.",
        "Ông cho biết đã trả lời phỏng vấn hôm nay tại trụ sở.",
    ],
)
def test_hom_nay_as_a_days_adverb_stays(sentence: str) -> None:
    assert [value for _, value in _dates(sentence)] == ["2031-03-12"]


def test_hom_nay_with_its_date_after_a_noun_stays() -> None:
    assert _dates("Thế hệ hôm nay (12/3) gửi thư tới các cựu chiến binh.") == [
        ("hôm nay (12/3)", "2031-03-12")
    ]


_NOUNS = st.sampled_from(["thế hệ", "lớp trẻ", "xã hội", "cuộc sống", "con người", "dân tộc"])
_VERBS = st.sampled_from(["tiếp tục", "cần", "mong muốn", "có", "hướng tới"])


@given(_NOUNS, _VERBS, st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_an_era_noun_with_hom_nay_never_gives_a_date(noun: str, verb: str, stamp: dt.date) -> None:
    text = f"Ông mong {noun} hôm nay {verb} giữ gìn truyền thống."
    assert not extract(text, published=stamp).dates


@given(_NOUNS, st.sampled_from(["đã", "sẽ", "đang"]), st.dates(dt.date(1990, 1, 1)))
def test_a_tense_word_after_makes_it_a_day(noun: str, tense: str, stamp: dt.date) -> None:
    text = f"Ông cho biết {noun} hôm nay {tense} có mặt tại Hà Nội."
    assert [d.value for d in extract(text, published=stamp).dates] == [stamp.isoformat()]
