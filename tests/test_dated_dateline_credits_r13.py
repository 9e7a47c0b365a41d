"""A news dateline with its filing date before the lead ("Tin Hà Nội (28/11/2005) - ") is a
credit: the body starts after it, its date is no body date, and it is the page's stamp when the
page shows no other (README round 4, S04; round 12 #5 BG11a). Fragments written for these tests
(other names, places and outlets than any real page)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo

HEAD = "Phó Thủ tướng tiếp Đoàn đại biểu Nghị viện châu Âu\n\n"
LEAD = (
    "Chiều ngày 14/7/2009, tại Trụ sở Chính phủ, Phó Thủ tướng Lê Văn Bình đã tiếp Đoàn đại "
    "biểu Nghị viện châu Âu do ông Jean Moreau dẫn đầu."
)
MORE = "\n\nHai bên trao đổi về quan hệ hợp tác giữa Việt Nam và Liên minh châu Âu.\n"


@pytest.mark.parametrize(
    ("credit", "published"),
    [
        ("Tin Hà Nội (14/07/2009) - ", "2009-07-14"),
        ("Tin Hà Nội, 14/07/2009 – ", "2009-07-14"),
        ("Tin Huế (ngày 14/7/2009) — ", "2009-07-14"),
        ("Tin Paris (14.7.2009) - ", "2009-07-14"),
        ("Tin Thành phố Hồ Chí Minh (15-07-2009) - ", "2009-07-15"),
    ],
)
def test_a_dated_news_dateline_is_a_credit_and_the_stamp(credit: str, published: str) -> None:
    text = HEAD + credit + LEAD + MORE
    doc = vndiplo.extract(text)
    first = doc.body_blocks[0]
    assert text[first.start : first.end] == LEAD
    assert [d.text for d in doc.dates][:1] == ["Chiều ngày 14/7/2009"]
    assert str(doc.published) == published


def test_an_undated_news_dateline_is_still_cut() -> None:
    text = HEAD + "Tin Hà Nội - " + LEAD + MORE
    doc = vndiplo.extract(text)
    assert text[doc.body_blocks[0].start : doc.body_blocks[0].end] == LEAD


def test_a_headline_word_after_tin_is_no_dateline() -> None:
    lead = "Tin vui cho ngành du lịch - Lượng khách quốc tế đến Huế tăng mạnh trong tháng 7/2009."
    text = HEAD + lead + MORE
    doc = vndiplo.extract(text)
    assert text[doc.body_blocks[0].start : doc.body_blocks[0].end] == lead


@given(st.text(alphabet="Tin HàNộiHuế(),-–—ngày0123456789/.", max_size=40))
def test_a_dated_dateline_holds_its_filing_day(credit: str) -> None:
    from vndiplo_boilerplate.kickers import is_dated_dateline

    if is_dated_dateline(credit):
        assert credit.startswith("Tin ") and any(ch.isdigit() for ch in credit)
