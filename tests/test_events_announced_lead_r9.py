"""A page that opens announcing an act (round 9, corpus class 2, invented words): the announced
act is the page's event; a photo caption under the lead, a recalled return visit or any act
dated before the announced one is background (referenced), and never the main event.
Near misses: a lead reporting a done act, an announced act with no date, an act dated the same
day or after the announced one."""

from __future__ import annotations

import pytest

from vndiplo import Runner

_RUNNER = Runner()


def _events(text: str, published: str | None = "2025-03-05"):  # type: ignore[no-untyped-def]
    return _RUNNER.run({"id": "x", "text": text, "published": published}).events


ANNOUNCED = [
    # a caption of earlier talks between the lead and the body, no headline
    (
        "Theo thông báo của Bộ Ngoại giao, Thủ tướng Phạm Minh Chính sẽ thăm chính thức "
        "Singapore ngày 11/3.\n\n"
        "Thủ tướng Phạm Minh Chính và Thủ tướng Singapore Lawrence Wong hội đàm ngày 26/2\n\n"
        "Chuyến thăm theo lời mời của Thủ tướng Singapore Lawrence Wong.",
        "Phạm Minh Chính",
        ("Lawrence Wong",),
    ),
    # a recalled return visit, "Trước đó, nhận lời mời ..."
    (
        "Theo tin từ Văn phòng Chủ tịch nước, Chủ tịch nước Lương Cường sẽ thăm cấp Nhà nước "
        "Indonesia từ ngày 10 đến 12/3.\n\n"
        "Trước đó, nhận lời mời của Chủ tịch nước Lương Cường, Tổng thống Indonesia Prabowo "
        "Subianto đã thăm cấp Nhà nước Việt Nam từ ngày 1 đến 2/3.",
        "Lương Cường",
        ("Prabowo Subianto",),
    ),
    # a party level, a caption with "Ảnh:" credit, an earlier reception
    (
        "Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung sẽ dẫn đầu đoàn đại biểu Đảng thăm Cuba "
        "ngày 20/3.\n\n"
        "Đồng chí Lê Hoài Trung tiếp Đại sứ Cuba Rogelio Polanco ngày 2/3. Ảnh: Minh An\n\n"
        "Chuyến thăm nhằm thắt chặt quan hệ hai Đảng.",
        "Lê Hoài Trung",
        ("Rogelio Polanco",),
    ),
]


@pytest.mark.parametrize(("text", "announcer", "earlier_people"), ANNOUNCED)
def test_announced_act_leads_earlier_acts_background(
    text: str, announcer: str, earlier_people: tuple[str, ...]
) -> None:
    events = _events(text)
    main = events[0]
    assert main.planned and main.type == "visit", events
    assert announcer in {p.name for p in main.participants}
    for event in events[1:]:
        named = {p.name for p in event.participants}
        if named & set(earlier_people):
            assert event.referenced, event


def test_a_done_lead_keeps_its_act() -> None:
    # the lead reports talks held: a later announcement is no news over it
    events = _events(
        "Chiều 4/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lawrence Wong.\n\n"
        "Hai bên nhất trí Thủ tướng Lawrence Wong sẽ thăm Việt Nam ngày 20/3."
    )
    assert events[0].type == "talks" and not events[0].referenced


def test_undated_announcement_leaves_the_body_act() -> None:
    # no date to the announced act: nothing is known to come before it
    events = _events(
        "Thủ tướng Phạm Minh Chính sẽ thăm chính thức Singapore.\n\n"
        "Ngày 2/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Singapore Jaya Ratnam."
    )
    reception = next(e for e in events if e.type == "reception")
    assert not reception.referenced


def test_act_of_the_announced_day_stays_reported() -> None:
    events = _events(
        "Thủ tướng Phạm Minh Chính sẽ thăm chính thức Singapore ngày 11/3.\n\n"
        "Ngày 11/3, Thủ tướng Phạm Minh Chính sẽ hội đàm với Thủ tướng Lawrence Wong.\n\n"
        "Ngày 12/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Singapore Jaya Ratnam."
    )
    reception = next(e for e in events if e.type == "reception")
    assert not reception.referenced


def test_headline_naming_the_visit_makes_the_caption_background() -> None:
    text = (
        "Chủ tịch Quốc hội Trần Thanh Mẫn sắp thăm chính thức Lào\n\n"
        "Chủ tịch Quốc hội Trần Thanh Mẫn sẽ thăm chính thức Lào từ ngày 18 đến 20/3.\n\n"
        "Chủ tịch Quốc hội Trần Thanh Mẫn và Chủ tịch Quốc hội Lào Saysomphone Phomvihane hội "
        "kiến ngày 3/1\n\n"
        "Chuyến thăm theo lời mời của Chủ tịch Quốc hội Lào Saysomphone Phomvihane."
    )
    doc = _RUNNER.run({"id": "x", "text": text, "published": "2025-03-05"})
    assert doc.events[0].planned and doc.events[0].type == "visit"
    # The unpunctuated caption restating the story is no body since round 10 (bare captions):
    # its meeting is either left out or background, never the main event.
    assert all(e.referenced for e in doc.events if e.type == "meeting")


def test_headline_on_another_matter_keeps_the_dated_act() -> None:
    text = (
        "Quan hệ Việt Nam - Lào ngày càng gắn bó\n\n"
        "Chủ tịch Quốc hội Trần Thanh Mẫn sẽ thăm chính thức Lào từ ngày 18 đến 20/3.\n\n"
        "Ngày 3/3, Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp Đại sứ Lào Khamphao Ernthavanh."
    )
    doc = _RUNNER.run({"id": "x", "text": text, "published": "2025-03-05"})
    reception = next(e for e in doc.events if e.type == "reception")
    assert not reception.referenced
