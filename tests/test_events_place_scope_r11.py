"""The main event's place, scoped by clause (round 11), in invented words: a place in a relative
clause, a topic or an earlier act is no venue; "Tại đây" carries the place of the sentence
before; a welcome's place carries past a bullet and a dotted date; an aspect verb ends a
place; a guest's trip to a city or province does not place the reception."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events import extract_events
from vndiplo_events.place_scope import in_subordinate_clause, in_topic_clause
from vndiplo_events.sentences import Sentence
from vndiplo_events.testing import annotate

import vndiplo

PEOPLE: Mapping[str, Any] = {
    "Đinh Quang Vũ": {"titles": ["Bộ trưởng"], "country": "VN"},
    "Hồ Thị Mai": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Tomas Lindqvist": {"titles": ["Ngoại trưởng"], "country": "SE"},
    "Amara Okafor": {"titles": ["Tổng thống"], "country": "NG"},
    "Pierre Dubois": {"titles": ["Đại sứ"], "country": "FR"},
}
DATES = [
    ("Sáng 14/3", "--03-14", "morning"),
    ("Chiều 2.9", "--09-02", "afternoon"),
    ("Ngày 21-5", "--05-21", None),
    ("Tối 8/11", "--11-08", "evening"),
    ("ngày 30/10", "--10-30", None),
]


def _main(text: str) -> tuple[str | None, str | None]:
    events = extract_events(annotate(text, PEOPLE, [d for d in DATES if d[0] in text]))
    assert events
    return events[0].type, events[0].location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a relative clause about the subject, between the subject and the act
        (
            "Sáng 14/3, Bộ trưởng Đinh Quang Vũ, người từng công tác tại Stockholm, đã tiếp"
            " Ngoại trưởng Tomas Lindqvist tại trụ sở Bộ.",
            "trụ sở Bộ",
        ),
        (
            "Sáng 14/3, Bộ trưởng Đinh Quang Vũ, người nhiều năm học tập tại Thụy Điển, đã tiếp"
            " Ngoại trưởng Tomas Lindqvist.",
            None,
        ),
        # the topic of a call: another act's place
        (
            "Tối 8/11, Bộ trưởng Đinh Quang Vũ đã điện đàm với Ngoại trưởng Tomas Lindqvist liên"
            " quan đến tuyên bố của Tổng thống Amara Okafor tại Hội nghị Abuja ngày 30/10.",
            None,
        ),
        (
            "Tối 8/11, Bộ trưởng Đinh Quang Vũ đã điện đàm với Ngoại trưởng Tomas Lindqvist về"
            " tình hình tại Biển Đông.",
            None,
        ),
        # an earlier act framed by "Tiếp sau" / "Sau khi" before a visit
        (
            "Tiếp sau chuyến thăm Na Uy và các hoạt động tại Đan Mạch, Bộ trưởng Đinh Quang Vũ"
            " thăm chính thức Thụy Điển.",
            None,
        ),
        # an aspect verb after the place opens the act
        (
            "Sáng 14/3, Ngoại trưởng Tomas Lindqvist có mặt tại nhà khách Bộ Ngoại giao bắt đầu"
            " hội đàm với Bộ trưởng Đinh Quang Vũ.",
            "nhà khách Bộ Ngoại giao",
        ),
        (
            "Sáng 14/3, Ngoại trưởng Tomas Lindqvist đến Trụ sở Bộ Quốc phòng tiến hành hội đàm"
            " với Bộ trưởng Đinh Quang Vũ.",
            None,
        ),
        # the welcome's place, after a dotted date
        (
            "Chiều 2.9, ngay sau lễ đón chính thức tại Phủ Chủ tịch, Chủ tịch nước Hồ Thị Mai đã"
            " hội đàm với Tổng thống Amara Okafor.",
            "Phủ Chủ tịch",
        ),
        # the guest's own trip to a province or city is the trip's place (README round 8 #22)
        (
            "Sáng 14/3, Bộ trưởng Đinh Quang Vũ tiếp ông Pierre Dubois, Đại sứ Pháp tại Việt Nam"
            " đến thăm và làm việc tại tỉnh Ninh Bình.",
            None,
        ),
        (
            "Sáng 14/3, Bộ trưởng Đinh Quang Vũ tiếp Đại sứ Pierre Dubois sang thăm và làm việc"
            " tại Trụ sở Bộ Tài chính.",
            "Trụ sở Bộ Tài chính",
        ),
        # an office of a chamber or agency in a country is no place
        (
            "Sáng 14/3, Bộ trưởng Đinh Quang Vũ tiếp ông Pierre Dubois, Chủ tịch EuroCham tại"
            " Việt Nam.",
            None,
        ),
        (
            "Sáng 14/3, Bộ trưởng Đinh Quang Vũ tiếp ông Pierre Dubois, Chủ tịch EuroCham ở"
            " Việt Nam.",
            None,
        ),
    ],
)
def test_the_place_of_the_clause_that_governs_the_act(text: str, place: str | None) -> None:
    assert _main(text)[1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "Tại đây" points back to the last place of the main clause before
        (
            "Ngày 21-5, sau khi làm việc tại Genève, Chủ tịch nước Hồ Thị Mai dự Diễn đàn Kinh tế"
            " ở Bern (Thụy Sĩ). Tại đây, Chủ tịch nước Hồ Thị Mai đã gặp Tổng thống Amara Okafor.",
            "Bern (Thụy Sĩ)",
        ),
        (
            "Ngày 21-5, Chủ tịch nước Hồ Thị Mai tới Bắc Kinh. Ở đó, Chủ tịch nước Hồ Thị Mai"
            " đã gặp Tổng thống Amara Okafor.",
            "Bắc Kinh",
        ),
        (
            "Ngày 21-5, Chủ tịch nước Hồ Thị Mai đến tham quan Trung tâm Nghiên cứu Nhiệt đới. Tại"
            " đây, Chủ tịch nước Hồ Thị Mai đã gặp Tổng thống Amara Okafor.",
            "Trung tâm Nghiên cứu Nhiệt đới",
        ),
        (
            "Ngày 21-5, Chủ tịch nước Hồ Thị Mai dự lễ khánh thành tại Khu công nghệ cao Hòa Lạc."
            " Tại đây, Chủ tịch nước Hồ Thị Mai đã gặp Tổng thống Amara Okafor.",
            "Khu công nghệ cao Hòa Lạc",
        ),
    ],
)
def test_tai_day_carries_the_place_of_the_sentence_before(text: str, place: str) -> None:
    assert _main(text)[1] == place


def test_the_welcome_place_carries_past_a_bullet() -> None:
    text = (
        "Chiều 2.9, tại Phủ Chủ tịch, Chủ tịch nước Hồ Thị Mai chủ trì lễ đón chính thức Tổng"
        " thống Amara Okafor.\n\n* Sau lễ đón chính thức, Chủ tịch nước Hồ Thị Mai và Tổng thống"
        " Amara Okafor đã hội đàm."
    )
    assert _main(text) == ("talks", "Phủ Chủ tịch")


_WORDS = st.sampled_from(
    ["tại", "ở", "sau", "tiếp sau", "khi", "liên quan đến", "về việc", ",", ";", "Hà Nội", "X"]
)


@given(st.lists(_WORDS, max_size=12), st.integers(min_value=0, max_value=200))
def test_clause_tests_never_fail(words: list[str], at: int) -> None:
    low = " ".join(words).lower()
    tai = min(at, len(low))
    sentence = Sentence(0, len(low), 0)
    assert isinstance(in_subordinate_clause(low, sentence, tai), bool)
    assert isinstance(in_topic_clause(low, 0, tai), bool)


@given(
    st.sampled_from(["Tại đây", "Ở đó", "Tại nơi này"]),
    st.sampled_from(["tại Hà Nội", "ở Huế", "tới Đà Nẵng", "", "tại sao"]),
)
def test_a_place_carried_back_is_text_of_the_page(here: str, before: str) -> None:
    text = (
        f"Ngày 21-5, Chủ tịch nước Hồ Thị Mai có mặt {before}. {here}, Chủ tịch nước Hồ Thị Mai"
        " đã gặp Tổng thống Amara Okafor."
    )
    _, place = _main(text)
    assert place is None or place in text


def test_part_of_day_words_inside_a_name_do_not_cut_the_place() -> None:
    # "sáng tạo" (creative) and "tối cao" (supreme) are words of the name, not a time
    for place in ("Trung tâm Khởi nghiệp sáng tạo Đà Nẵng", "trụ sở Tòa án nhân dân tối cao"):
        lead = f"Chiều 12/3, tại {place}, Thứ trưởng Lê Văn Minh tiếp Đại sứ Ý Marco Della Seta."
        text = f"Tin\n\n{lead}"
        doc = vndiplo.extract(text, published="2030-03-12")
        assert doc.events and doc.events[0].location == place
