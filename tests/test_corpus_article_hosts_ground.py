"""An article's own host is no traveller of it: the ground veto reads the article as a whole.

Made-up names and sentences. President Lạc Minh Khuê welcomes President Ilmari Korpela on a
state visit. One page writes "Chủ tịch nước và Phu nhân chào đón Tổng thống ... thăm": read with
both leaders as the visit's guests, but the same page has Khuê hosting the talks. With no day
on the page, it joins the visit only on its sides and grounds; reading Khuê as a traveller would
put the page on the other side's ground and keep it from the visit.
"""

from __future__ import annotations

import pytest

from vndiplo.corpus import merge
from vndiplo.model import Document, Event, Participant, Person, Span

KHUE = "Lạc Minh Khuê"
KORPELA = "Ilmari Korpela"


def _event(text: str, sentence: str, type: str, roles: dict[str, str], date: str | None) -> Event:
    start = text.index(sentence)
    return Event(
        type=type,
        trigger="thăm" if type == "visit" else "hội đàm",
        evidence=Span(start, start + len(sentence)),
        date=date,
        participants=[Participant(n, r) for n, r in roles.items()],
    )


def _page(doc_id: str, parts: list[tuple[str, str, dict[str, str]]], date: str | None) -> Document:
    text = " ".join(sentence for sentence, _t, _r in parts)
    return Document(
        text=text,
        id=doc_id,
        url=f"https://{doc_id}.example.vn/x",
        published=date,
        people=[Person(KHUE, country="VN"), Person(KORPELA, country="FI")],
        events=[_event(text, s, t, roles, date) for s, t, roles in parts],
    )


def _welcome_page(doc_id: str, welcome: str, second: str, second_type: str) -> Document:
    """No day: both leaders read as the visit's guests, Khuê hosting the page's other report."""
    return _page(
        doc_id,
        [
            (welcome, "visit", {KHUE: "guest", KORPELA: "guest"}),
            (second, second_type, {KHUE: "host", KORPELA: "guest"}),
        ],
        None,
    )


def _visit(doc_id: str, day: str, *, home: bool = True) -> Document:
    if home:
        sentence = f"Tổng thống {KORPELA} đến Hà Nội, thăm cấp Nhà nước theo lời mời của {KHUE}."
        roles = {KHUE: "host", KORPELA: "guest"}
    else:
        sentence = f"Chủ tịch nước {KHUE} đến Helsinki, thăm cấp Nhà nước Phần Lan."
        roles = {KHUE: "guest", KORPELA: "host"}
    return _page(doc_id, [(sentence, "visit", roles)], day)


WORDINGS = [
    (
        "Chủ tịch nước và Phu nhân nhiệt liệt chào đón Tổng thống thăm Việt Nam.",
        "Sau lễ đón, hai bên hội đàm.",
        "talks",
    ),
    (
        "Chủ tịch nước đón Tổng thống Phần Lan sang thăm cấp Nhà nước.",
        "Hai nhà lãnh đạo tiến hành hội đàm.",
        "talks",
    ),
    (
        "Tổng thống được Chủ tịch nước chào mừng đến thăm Việt Nam.",
        "Chủ tịch nước chủ trì lễ đón.",
        "reception",
    ),
    (
        "Chủ tịch nước hoan nghênh Tổng thống thăm chính thức.",
        "Tối cùng ngày, Chủ tịch nước chiêu đãi Tổng thống.",
        "reception",
    ),
    (
        "President Khue and his wife welcomed the President on his state visit.",
        "The two leaders held talks.",
        "talks",
    ),
    (
        "Chủ tịch nước Khuê ra tận nơi đón Tổng thống thăm Việt Nam.",
        "Chủ tịch nước tiếp Tổng thống tại Phủ Chủ tịch.",
        "reception",
    ),
]


def _together(events: list, a: str, b: str) -> bool:  # type: ignore[type-arg]
    return any({a, b} <= {s.id for s in e.sources} for e in events)


@pytest.mark.parametrize(("welcome", "second", "second_type"), WORDINGS)
def test_a_page_whose_host_is_misread_as_a_visitor_joins_the_visit(
    welcome: str, second: str, second_type: str
) -> None:
    events = merge([_welcome_page("a", welcome, second, second_type), _visit("b", "2027-05-10")])
    assert _together(events, "a#0", "b#0")


@pytest.mark.parametrize(("welcome", "second", "second_type"), WORDINGS[:3])
def test_it_joins_the_home_visit_not_the_return_visit(
    welcome: str, second: str, second_type: str
) -> None:
    docs = [
        _welcome_page("a", welcome, second, second_type),
        _visit("b", "2027-05-10"),
        _visit("c", "2028-09-02", home=False),
    ]
    events = merge(docs)
    assert _together(events, "a#0", "b#0")
    assert not _together(events, "a#0", "c#0")


def test_a_page_with_the_leader_travelling_and_hosting_no_one_keeps_the_veto() -> None:
    """Khuê only travels in this page (no report of his hosting): not the visit to Hanoi."""
    away = _page(
        "a",
        [
            (
                f"Chủ tịch nước {KHUE} thăm Phần Lan; hai bên hội đàm.",
                "visit",
                {KHUE: "guest", KORPELA: "host"},
            )
        ],
        None,
    )
    events = merge([away, _visit("b", "2027-05-10")])
    assert not _together(events, "a#0", "b#0")


def test_two_visits_of_the_pair_a_year_apart_leave_the_page_alone() -> None:
    welcome, second, second_type = WORDINGS[0]
    docs = [
        _welcome_page("a", welcome, second, second_type),
        _visit("b", "2027-05-10"),
        _visit("c", "2028-05-10"),
    ]
    events = merge(docs)
    assert not _together(events, "a#0", "b#0")
    assert not _together(events, "a#0", "c#0")
