"""One news item in several layouts (round 7, metamorphic classes): a date said with or without
"ngày" or moved to the end of its clause, a page cut short, a clause told as its own sentence.
Every example is written for the test: other names, places, dates and outlets."""

from __future__ import annotations

import pytest
import vndiplo_boilerplate as plugin

import vndiplo
from vndiplo import Document

_RUNNER = vndiplo.Runner()


def main_event(text: str) -> tuple[str | None, str | None, list[tuple[str, str]]]:
    doc = _RUNNER.run({"id": "t", "text": text})
    if not doc.events:
        return None, None, []
    event = doc.events[0]
    return event.type, event.location, sorted((p.name, p.role) for p in event.participants)


def body(text: str) -> list[str]:
    return [
        text[b.start : b.end]
        for b in plugin.clean_text(Document(text).normalized)
        if b.kind == "body"
    ]


# -- a fronted reception whose host follows the guest's errand -----------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Chiều 14/2, tại Nhà khách Chính phủ, ",
        "Chiều ngày 14/2, tại Nhà khách Chính phủ, ",
        "Vào chiều hôm 14/2, tại Nhà khách Chính phủ, ",
        "Ngày 14/2, ở Nhà khách Chính phủ, ",
        "Tối thứ Sáu, 14/2, tại Nhà khách Chính phủ, ",
    ],
)
@pytest.mark.parametrize("errand", ["chào từ biệt", "đến chào tạm biệt", "chào xã giao"])
def test_fronted_reception_host_whatever_the_date_wording(opening: str, errand: str) -> None:
    text = (
        f"{opening}tiếp Đại sứ Ba Lan Marek Nowicki {errand}, Phó Thủ tướng Trịnh Minh Khoa "
        "cảm ơn Đại sứ vì những đóng góp cho quan hệ hai nước."
    )
    kind, _place, sides = main_event(text)
    assert kind == "reception"
    assert sides == [("Marek Nowicki", "guest"), ("Trịnh Minh Khoa", "host")]


def test_named_subject_before_the_trigger_still_hosts() -> None:
    # near miss: the sentence has its own subject, the person after the comma is no host
    text = (
        "Chiều ngày 14/2, tại Hà Nội, Phó Thủ tướng Trịnh Minh Khoa tiếp Đại sứ Ba Lan Marek "
        "Nowicki chào từ biệt, Đại sứ Hungary Lázár Péter cũng có mặt."
    )
    _kind, _place, sides = main_event(text)
    assert ("Trịnh Minh Khoa", "host") in sides
    assert ("Lázár Péter", "host") not in sides


# -- a credited summary that closes with the lead's date -----------------------------------------

_TITLE = "Bộ trưởng Lâm Quốc Vinh đón Đoàn Bộ Quốc phòng Chile"
_LEAD = (
    "Sáng ngày 9/10, tại Trụ sở Bộ Quốc phòng, Đại tướng Lâm Quốc Vinh, Bộ trưởng Bộ Quốc "
    "phòng chủ trì lễ đón ông Rodrigo Fuentes, Bộ trưởng Quốc phòng Chile và Đoàn."
)


@pytest.mark.parametrize(
    "summary",
    [
        "QĐND - Sáng 9/10, Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile.",
        "QĐND - Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile sáng 9/10.",
        "(QĐND) - Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile sáng ngày 9/10.",
        "QĐND - Bộ trưởng Lâm Quốc Vinh đã đón Đoàn Bộ Quốc phòng Chile vào sáng 9/10.",
    ],
)
def test_credited_summary_with_the_leads_date_anywhere_is_a_sapo(summary: str) -> None:
    text = "\n\n".join([_TITLE, summary, _LEAD, "Hai bên trao đổi về hợp tác quốc phòng."])
    kept = body(text)
    assert kept[0].startswith("Sáng ngày 9/10, tại Trụ sở")
    kind, place, sides = main_event(text)
    assert kind == "reception" and place == "Trụ sở Bộ Quốc phòng"
    assert ("Lâm Quốc Vinh", "host") in sides


@pytest.mark.parametrize(
    "summary",
    [
        # another day: the first paragraph is news of its own
        "QĐND - Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile sáng 8/10.",
        # the same day but another part of it
        "QĐND - Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile chiều 9/10.",
    ],
)
def test_credited_paragraph_with_another_date_stays_body(summary: str) -> None:
    text = "\n\n".join([_TITLE, summary, _LEAD, "Hai bên trao đổi về hợp tác quốc phòng."])
    assert any(line.startswith("Bộ trưởng Lâm Quốc Vinh chủ trì") for line in body(text))


# -- a sentence that goes on with the sides of the one before ------------------------------------

_WELCOME = "Tối 5/6, Chủ tịch nước Lưu Đức Anh đón Tổng thống Kenya William Otieno tại sân bay."


@pytest.mark.parametrize(
    "then",
    [
        "Sau đó, tiến hành hội đàm.",
        "Sau đó hội đàm.",
        "Tiếp đó, đã diễn ra hội đàm.",
        "Ngay sau lễ đón, đã diễn ra hội đàm.",
        "Kế đó, hai bên hội đàm.",
        "Sau đó, hai nhà lãnh đạo tiến hành hội đàm.",
    ],
)
def test_subjectless_then_sentence_holds_talks_of_the_previous_sides(then: str) -> None:
    kind, _place, sides = main_event(f"{_WELCOME} {then}")
    assert kind == "talks"
    assert sides == [("Lưu Đức Anh", "host"), ("William Otieno", "guest")]


@pytest.mark.parametrize(
    "then",
    [
        # the sentence names its own sides: they are the talks' sides
        "Sau đó, Tổng thống William Otieno hội kiến Thủ tướng Mai Văn Tùng.",
        # a one-sided act after "Sau đó": not the two sides'
        "Sau đó, thăm Văn Miếu.",
    ],
)
def test_then_sentence_with_its_own_sides_or_a_solo_act(then: str) -> None:
    doc = _RUNNER.run({"id": "t", "text": f"{_WELCOME} {then}"})
    assert not [e for e in doc.events if e.type == "talks"]


# -- an attendee list told as a clause ------------------------------------------------------------

_SESSION = "Sáng 13/5, Hội đồng nhân dân tỉnh khóa X đã khai mạc kỳ họp thứ năm"


@pytest.mark.parametrize(
    "joint",
    [
        ". Tham dự có ",
        ", tham dự có ",
        "; cùng dự có ",
        ", tới dự còn có ",
        ";tham dự có ",
    ],
)
def test_attendee_list_as_a_clause_reports_no_attendance(joint: str) -> None:
    text = f"{_SESSION}{joint}Phó Chủ tịch tỉnh Lê Minh Tâm, Giám đốc Sở Vũ Thị Hoa."
    assert main_event(text)[0] is None


def test_attending_with_a_has_later_in_the_clause_is_an_attendance() -> None:
    # near miss: "có sự góp mặt" after the object is no list of attendees
    text = (
        "Sáng 13/5, ông Lê Minh Tâm, Phó Chủ tịch tỉnh, tham dự Hội nghị xúc tiến đầu tư có "
        "sự góp mặt của 20 doanh nghiệp."
    )
    assert main_event(text)[0] == "attend"
