"""The "tại" phrase of the main event, in invented words: a seat named by an office ("Phủ Chủ
tịch", "phủ Thủ tướng ... ở thủ đô ...") whose title the titles stage reads as a person, and a
"tại" glued to the date before it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events import extract_events
from vndiplo_events.candidate import Lexicons
from vndiplo_events.locations import line_places
from vndiplo_events.testing import annotate

from vndiplo.model import Document, Span
from vndiplo.testing import unicode_texts

PEOPLE: Mapping[str, Any] = {
    "Hà Văn Tín": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Olaf Brandt": {"titles": ["Thủ tướng Đan Mạch"], "country": "DK"},
}


def _with_title_mention(doc: Document, name: str, title: str) -> Document:
    """The document with one more mention of ``name``: its bare title at its last occurrence,
    as the titles stage gives it ("Chủ tịch" of "Phủ Chủ tịch")."""
    at = doc.text.rindex(title)
    people = []
    for person in doc.people:
        if person.name == name:
            person = attrs.evolve(person, mentions=(*person.mentions, Span(at, at + len(title))))
        people.append(person)
    return attrs.evolve(doc, people=tuple(people))


def test_a_seat_named_by_an_office_is_the_place() -> None:
    text = (
        "Sáng 4/3, Chủ tịch nước Hà Văn Tín và Thủ tướng Đan Mạch Olaf Brandt đã hội đàm "
        "tại Phủ Chủ tịch."
    )
    doc = annotate(text, PEOPLE, [("Sáng 4/3", "2025-03-04", "morning")])
    main = extract_events(_with_title_mention(doc, "Hà Văn Tín", "Chủ tịch"))[0]
    assert main.type == "talks"
    assert main.location == "Phủ Chủ tịch"


def test_a_lowercase_seat_runs_on_to_its_city() -> None:
    text = (
        "Chiều 6/3, Chủ tịch nước Hà Văn Tín đã hội đàm với Olaf Brandt tại phủ Thủ tướng "
        "Đan Mạch ở thủ đô Copenhagen."
    )
    doc = annotate(text, PEOPLE, [("Chiều 6/3", "2025-03-06", "afternoon")])
    main = extract_events(_with_title_mention(doc, "Olaf Brandt", "Thủ tướng Đan Mạch"))[0]
    assert main.location == "phủ Thủ tướng Đan Mạch ở thủ đô Copenhagen"


def test_tai_glued_to_the_date_before_it_is_still_read() -> None:
    text = "Chiều 9-3tại Hà Nội, Chủ tịch nước Hà Văn Tín tiếp Thủ tướng Đan Mạch Olaf Brandt."
    main = extract_events(annotate(text, PEOPLE, [("Chiều 9-3", "2025-03-09", "afternoon")]))[0]
    assert main.location == "Hà Nội"


@given(st.sampled_from("abcdđêôơưxyz"))
def test_tai_inside_a_word_is_no_place(letter: str) -> None:
    # "{letter}x" is no syllable ("x" ends none), so normalisation reads no lost space before
    # "tại" (a syllable glued to "tại", "xatại", is two words: see tests/test_text_glued.py)
    text = f"Sáng 4/3, Chủ tịch nước Hà Văn Tín tiếp Olaf Brandt ở {letter}xtại Hà Nội."
    main = extract_events(annotate(text, PEOPLE, [("Sáng 4/3", "2025-03-04", "morning")]))[0]
    assert main.location is None


def test_a_state_named_with_nuoc_after_a_comma_belongs_to_the_place() -> None:
    text = (
        "Tiếp tục chuyến công tác tại tỉnh Xiêng Khoảng, nước Cộng hòa dân chủ nhân dân Lào, "
        "sáng 7/3, Chủ tịch nước Hà Văn Tín đã tiếp Thủ tướng Đan Mạch Olaf Brandt."
    )
    main = extract_events(annotate(text, PEOPLE, [("sáng 7/3", "2025-03-07", "morning")]))[0]
    assert main.type == "reception"
    assert main.location == "tỉnh Xiêng Khoảng, nước Cộng hòa dân chủ nhân dân Lào"


def test_nuoc_without_a_country_does_not_extend_the_place() -> None:
    text = (
        "Sáng 7/3, tại tỉnh Xiêng Khoảng, nước bạn đã đón tiếp nồng hậu, Chủ tịch nước Hà Văn "
        "Tín tiếp Thủ tướng Đan Mạch Olaf Brandt."
    )
    main = extract_events(annotate(text, PEOPLE, [("Sáng 7/3", "2025-03-07", "morning")]))[0]
    assert main.location == "tỉnh Xiêng Khoảng"


@given(st.sampled_from(["tồn tại", "hiện tại"]))
def test_ton_tai_and_hien_tai_are_no_preposition(word: str) -> None:
    text = (
        f"Sáng 4/3, Chủ tịch nước Hà Văn Tín hội đàm với Thủ tướng Đan Mạch Olaf Brandt, chỉ ra "
        f"những {word} khó khăn."
    )
    main = extract_events(annotate(text, PEOPLE, [("Sáng 4/3", "2025-03-04", "morning")]))[0]
    assert main.location is None


def test_an_ambassadors_term_at_a_country_is_no_event_place() -> None:
    text = (
        "Chiều 4/3, Chủ tịch nước Hà Văn Tín tiếp Đại sứ Olaf Brandt đến trình Quốc thư nhận "
        "nhiệm kỳ công tác tại Việt Nam."
    )
    main = extract_events(annotate(text, PEOPLE, [("Chiều 4/3", "2025-03-04", "afternoon")]))[0]
    assert main.type == "reception"
    assert main.location is None


# -- the headline's place, when the body gives the event none --------------------------------


def test_the_headline_place_after_the_event_counts_when_the_body_has_none() -> None:
    text = (
        "Sáng 14/9, đoàn đại biểu do Thủ tướng Đan Mạch Olaf Brandt dẫn đầu đã sang thăm, làm "
        "việc với lãnh đạo tỉnh."
    )
    headline = "Đoàn đại biểu Đan Mạch thăm và làm việc tại Bình Định"
    doc = annotate(text, PEOPLE, [("Sáng 14/9", "2025-09-14", "morning")], title=headline)
    main = extract_events(doc)[0]
    assert main.type == "visit"
    assert main.location == "Bình Định"


def test_a_headline_place_of_another_event_or_a_title_is_not_taken() -> None:
    text = "Sáng 14/9, Chủ tịch nước Hà Văn Tín tiếp Đại sứ Olaf Brandt."
    dates = [("Sáng 14/9", "2025-09-14", "morning")]
    for headline in (
        "Chủ tịch nước tiếp Đại sứ Đan Mạch tại Việt Nam",
        "Chủ tịch nước tiếp Đại sứ, dự hội nghị tại Đà Nẵng",
    ):
        main = extract_events(annotate(text, PEOPLE, dates, title=headline))[0]
        assert main.type == "reception"
        assert main.location is None


@given(st.text(alphabet=st.sampled_from("tại Hà Nội,.()abc ĐàNẵng-\n"), max_size=80))
def test_line_places_are_phrases_after_tai(line: str) -> None:
    gaz = Lexicons.of(None).gazetteer
    for at, place in line_places(line, gaz):
        assert place
        assert place == place.strip()
        assert line.lower().startswith("tại", at)
        assert place in line[at:]


@given(unicode_texts(max_size=120))
def test_line_places_never_fail(line: str) -> None:
    line_places(line, Lexicons.of(None).gazetteer)


def test_nhan_dan_inside_a_venue_name_does_not_end_it() -> None:
    text = (
        "Chiều 8/4, tại Đại lễ đường Nhân dân, Chủ tịch nước Hà Văn Tín hội kiến Thủ tướng Đan "
        "Mạch Olaf Brandt nhân dịp ông thăm Trung Quốc."
    )
    main = extract_events(annotate(text, PEOPLE, [("Chiều 8/4", "2025-04-08", "afternoon")]))[0]
    assert main.location == "Đại lễ đường Nhân dân"


def test_a_main_event_dated_by_the_sentence_before_takes_its_place() -> None:
    text = (
        "Trong khuôn khổ chương trình tham dự Hội nghị Cấp cao diễn ra tại Aarhus, Đan Mạch, "
        "sáng 20-4, Chủ tịch nước Hà Văn Tín đã có nhiều cuộc tiếp xúc.\n"
        "Tiếp Thủ tướng Đan Mạch Olaf Brandt, Chủ tịch nước Hà Văn Tín khẳng định quan hệ hai "
        "nước phát triển tốt đẹp."
    )
    main = extract_events(annotate(text, PEOPLE, [("sáng 20-4", "2025-04-20", "morning")]))[0]
    assert main.type == "reception"
    assert main.date == "2025-04-20"
    assert main.location == "Aarhus, Đan Mạch"
