"""The main event of articles about a visit, each construction in invented words: the visit's own
span as its date, a planned or just-begun visit the headline names, an event "Trước đó" as
background, a visit word inside an organisation's name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đào Minh Quý": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
    "Lâm Hữu Phước": {"titles": ["Bộ trưởng Bộ Nông nghiệp"], "country": "VN"},
    "Ingrid Solberg": {"titles": ["Thủ tướng Na Uy"], "country": "NO"},
    "Tomas Kral": {"titles": ["Tổng thống Séc"], "country": "CZ"},
    "Aiko Mori": {"titles": ["Thủ tướng Nhật Bản"], "country": "JP"},
}


def _events(text: str, dates: Sequence[Sequence[Any]], **fields: Any) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, dates, **fields))


# -- the visit's own span after it dates the whole visit ------------------------------------


def test_a_span_after_the_visit_beats_the_arrival_day() -> None:
    text = (
        "Chiều 14/8, Thủ tướng Na Uy Ingrid Solberg đã đến Đà Lạt, bắt đầu chuyến thăm chính "
        "thức tỉnh Lâm Đồng từ ngày 14 đến 16/8."
    )
    dates = [
        ("Chiều 14/8", "2025-08-14", "afternoon"),
        ("từ ngày 14 đến 16/8", "2025-08-14/2025-08-16"),
    ]
    main = _events(text, dates)[0]
    assert main.type == "visit"
    assert main.date == "2025-08-14/2025-08-16"
    assert main.part_of_day is None


def test_a_span_in_parentheses_after_the_visit_dates_it() -> None:
    text = (
        "Ngày 9-11, Bộ trưởng Bộ Nông nghiệp Lâm Hữu Phước đã bắt đầu chuyến thăm và làm việc "
        "tại Na Uy trong 3 ngày (từ 9 đến 11-11)."
    )
    dates = [("Ngày 9-11", "2025-11-09"), ("từ 9 đến 11-11", "2025-11-09/2025-11-11")]
    main = _events(text, dates)[0]
    assert main.type == "visit"
    assert main.date == "2025-11-09/2025-11-11"


def test_a_meeting_keeps_its_day_even_with_a_span_after_it() -> None:
    text = (
        "Sáng 15/8, Chủ tịch Quốc hội Đào Minh Quý hội kiến Thủ tướng Na Uy Ingrid Solberg, "
        "đang thăm Việt Nam từ ngày 14 đến 16/8."
    )
    dates = [
        ("Sáng 15/8", "2025-08-15", "morning"),
        ("từ ngày 14 đến 16/8", "2025-08-14/2025-08-16"),
    ]
    main = _events(text, dates)[0]
    assert main.type == "meeting"
    assert main.date == "2025-08-15"


# -- a planned visit the headline names is the article's event ------------------------------


def test_an_announced_visit_under_its_headline_beats_earlier_background() -> None:
    text = (
        "Thông cáo ngày 2/9 của Bộ Ngoại giao cho biết nhận lời mời của Thủ tướng Na Uy "
        "Ingrid Solberg, Chủ tịch Quốc hội Đào Minh Quý sẽ thăm chính thức Na Uy từ ngày "
        "20-22/9.\n"
        "Trước đó, ngày 4/8, Chủ tịch Quốc hội Đào Minh Quý đã hội kiến Tổng thống Séc Tomas "
        "Kral, nhân dịp ông thăm Việt Nam."
    )
    dates = [
        ("ngày 2/9", "2025-09-02"),
        ("20-22/9", "2025-09-20/2025-09-22"),
        ("ngày 4/8", "2025-08-04"),
    ]
    headline = "Chủ tịch Quốc hội Đào Minh Quý thăm chính thức Na Uy"
    main = _events(text, dates, title=headline)[0]
    assert main.type == "visit"
    assert main.planned
    assert main.date == "2025-09-20/2025-09-22"
    # the inviter of a visit still to come hosts nothing yet
    assert _roles(main) == [("Đào Minh Quý", "guest")]


def test_without_the_headline_the_reported_meeting_stays_main() -> None:
    text = (
        "Chủ tịch Quốc hội Đào Minh Quý sẽ thăm chính thức Na Uy từ ngày 20-22/9.\n"
        "Ngày 4/9, Chủ tịch Quốc hội Đào Minh Quý đã hội kiến Tổng thống Séc Tomas Kral."
    )
    dates = [("20-22/9", "2025-09-20/2025-09-22"), ("Ngày 4/9", "2025-09-04")]
    main = _events(text, dates, title="Quan hệ Việt Nam - Séc phát triển tốt đẹp")[0]
    assert main.type == "meeting"


def test_a_visit_opened_with_mo_dau_is_reported() -> None:
    text = (
        "Hôm nay (12/3), Bộ trưởng Bộ Nông nghiệp Lâm Hữu Phước dẫn đầu đoàn công tác đã có "
        "mặt tại Na Uy, mở đầu chuyến thăm và làm việc 2 nước Bắc Âu."
    )
    main = _events(text, [("Hôm nay (12/3)", "2025-03-12")])[0]
    assert main.type == "visit"
    assert not main.referenced
    assert _roles(main) == [("Lâm Hữu Phước", "guest")]
    assert main.location == "Na Uy"


# -- a visit word inside an institution's name is no visit ----------------------------------


def test_a_visit_word_inside_an_institution_name_is_no_event() -> None:
    text = (
        "Sáng 5/6, tại Huế, Trung tâm thăm di tích cố đô tổ chức gặp mặt Thủ tướng Nhật Bản "
        "Aiko Mori."
    )
    headline = "TRUNG TÂM THĂM DI TÍCH CỐ ĐÔ GẶP MẶT KHÁCH QUÝ"
    events = _events(text, [("Sáng 5/6", "2025-06-05", "morning")], title=headline)
    assert [e.type for e in events if e.type == "visit"] == []
    assert events[0].type == "meeting"
    assert events[0].location == "Huế"


def test_a_lowercase_institution_word_does_not_hide_a_visit() -> None:
    text = "Ngày 5/6, đoàn của trung tâm thăm Bảo tàng Hồ Chí Minh cùng Thủ tướng Aiko Mori."
    events = _events(text, [("Ngày 5/6", "2025-06-05")])
    assert events[0].type == "visit"


def test_the_subject_of_a_planned_light_verb_visit_is_the_visitor() -> None:
    text = (
        "Ngày 6/2, Bộ Ngoại giao Na Uy cho biết tuần tới, Thủ tướng Na Uy Ingrid Solberg sẽ "
        "có chuyến thăm chính thức đầu tiên tới Séc.\n"
        "Sau đó, bà Ingrid Solberg sẽ đến Praha để gặp Tổng thống Tomas Kral."
    )
    headline = "Thủ tướng Na Uy lên kế hoạch thăm Séc"
    main = _events(text, [("Ngày 6/2", "2025-02-06")], title=headline)[0]
    assert main.type == "visit"
    assert main.planned
    assert _roles(main) == [("Ingrid Solberg", "guest")]


# -- a named bilateral dialogue is talks -----------------------------------------------------


def test_a_strategic_dialogue_co_chaired_by_two_sides_is_talks() -> None:
    text = (
        "Ngày 11-12, tại thủ đô Oslo (Na Uy), Bộ trưởng Bộ Nông nghiệp Lâm Hữu Phước và Thủ "
        "tướng Na Uy Ingrid Solberg đã đồng chủ trì Đối thoại Chiến lược lần thứ hai."
    )
    main = _events(text, [("Ngày 11-12", "2025-12-11")])[0]
    assert main.type == "talks"
    assert main.location == "thủ đô Oslo (Na Uy)"
    assert {name for name, _ in _roles(main)} == {"Lâm Hữu Phước", "Ingrid Solberg"}


def test_a_dialogue_with_businesses_is_no_event() -> None:
    text = "Ngày 11-12, Thủ tướng Na Uy Ingrid Solberg dự đối thoại với các doanh nghiệp."
    events = _events(text, [("Ngày 11-12", "2025-12-11")])
    assert all(e.type != "talks" for e in events)


# -- a back-reference that opens the body is the article's event -----------------------------


def test_a_meeting_referred_to_in_the_opening_sentence_is_main() -> None:
    text = (
        "Phát biểu tại cuộc gặp Thủ tướng Nhật Bản Aiko Mori bên lề Hội nghị cấp cao Mê Công "
        "lần thứ 9, Chủ tịch Quốc hội Đào Minh Quý hoan nghênh việc hai nước mở rộng hợp tác.\n"
        "Ngay sau cuộc gặp, Chủ tịch Quốc hội Đào Minh Quý và Thủ tướng Aiko Mori đã cùng "
        "chứng kiến Lễ ký Bản ghi nhớ về hợp tác nông nghiệp."
    )
    main = _events(text, [])[0]
    assert main.type == "meeting"
    assert {name for name, _ in _roles(main)} == {"Aiko Mori", "Đào Minh Quý"}


def test_a_back_reference_after_a_reported_event_stays_one() -> None:
    text = (
        "Chiều 4/7, Chủ tịch Quốc hội Đào Minh Quý đã hội kiến Thủ tướng Nhật Bản Aiko Mori.\n"
        "Tại cuộc gặp, Chủ tịch Quốc hội Đào Minh Quý hoan nghênh Thủ tướng Aiko Mori."
    )
    main = _events(text, [("Chiều 4/7", "2025-07-04", "afternoon")])[0]
    assert main.trigger == "hội kiến"
    assert main.date == "2025-07-04"
