"""A welcome at a port of entry is the visit's arrival, not a meeting with the welcomers.

Names, places and sentences are made up. Governor Ngô Hải Triều of a made-up province
receives Governor Somphet Vongsavanh of a neighbouring Lao province; the delegation is met at a
border gate (or an airport, a station) that morning by a deputy, Đinh Quốc Bảo.
"""

from __future__ import annotations

import pytest

from vndiplo.corpus import facts_from_document, merge
from vndiplo.corpus.arrivals import at_port_of_entry
from vndiplo.model import Document, Event, Participant, Person, Span

HOST = "Ngô Hải Triều"
GUEST = "Somphet Vongsavanh"
DEPUTY = "Đinh Quốc Bảo"


def _event(
    sentence: str, text: str, type: str, people: list[tuple[str, str]], **kw: object
) -> Event:
    start = text.index(sentence)
    return Event(
        type=type,
        trigger=kw.pop("trigger", "đón"),  # type: ignore[arg-type]
        evidence=Span(start, start + len(sentence)),
        date=kw.pop("date", "2027-03-04"),  # type: ignore[arg-type]
        location=kw.pop("location", None),  # type: ignore[arg-type]
        participants=[Participant(n, r) for n, r in people],
        **kw,  # type: ignore[arg-type]
    )


def _arrival_page(
    doc_id: str,
    welcome: str,
    location: str | None,
    *,
    day: str = "2027-03-04",
    welcome_type: str = "reception",
    trigger: str = "đón",
) -> Document:
    """The border page: the delegation's visit, and its welcome by the deputy."""
    visit = f"Đoàn đại biểu do Tỉnh trưởng {GUEST} dẫn đầu sang thăm tỉnh."
    text = f"{visit} {welcome}"
    return Document(
        text=text,
        id=doc_id,
        url=f"https://{doc_id}.example.vn/a",
        published=day,
        people=[Person(GUEST, country="LA"), Person(DEPUTY, country="VN")],
        events=[
            _event(visit, text, "visit", [(GUEST, "guest")], date=day, trigger="thăm"),
            _event(
                welcome,
                text,
                welcome_type,
                [(DEPUTY, "host"), (GUEST, "guest")],
                date=day,
                location=location,
                trigger=trigger,
            ),
        ],
    )


def _reception_page(doc_id: str, day: str = "2027-03-04", trigger: str = "tiếp") -> Document:
    """The afternoon page: the governor receives the delegation at the provincial office."""
    text = f"Chiều nay, tại trụ sở Tỉnh ủy, Bí thư {HOST} {trigger} Tỉnh trưởng {GUEST}."
    return Document(
        text=text,
        id=doc_id,
        url=f"https://{doc_id}.example.vn/b",
        published=day,
        people=[Person(HOST, country="VN"), Person(GUEST, country="LA")],
        events=[
            _event(
                text,
                text,
                "reception",
                [(HOST, "host"), (GUEST, "guest")],
                date=day,
                location="trụ sở Tỉnh ủy",
                trigger=trigger,
            )
        ],
    )


PORTS = [
    ("Sáng nay, tại Cửa khẩu Quốc tế Tây Trang, Phó Chủ tịch tỉnh đón đoàn.", "Cửa khẩu Tây Trang"),
    ("Phó Chủ tịch tỉnh ra sân bay Cát Bi đón đoàn.", "sân bay Cát Bi"),
    ("Đón đoàn tại Sân bay quốc tế Phú Bài có Phó Chủ tịch tỉnh.", None),
    ("Phó Chủ tịch tỉnh đón đoàn ở nhà ga Đồng Đăng.", "nhà ga Đồng Đăng"),
    ("The deputy governor greeted the delegation at the airport.", "the airport"),
    ("The delegation was welcomed at the Na Meo border gate by the deputy governor.", None),
    ("Le vice-gouverneur a accueilli la délégation à l'aéroport.", "l'aéroport"),
    ("Phó Chủ tịch tỉnh tiễn đoàn tại phi trường Liên Khương.", "phi trường Liên Khương"),
]


@pytest.mark.parametrize(("welcome", "location"), PORTS)
def test_a_welcome_at_a_port_of_entry_is_the_visits_arrival(
    welcome: str, location: str | None
) -> None:
    facts = facts_from_document(_arrival_page("cuakhau", welcome, location))
    arrival = facts.sources[1]
    assert arrival.family == "visit"
    assert [name for _pid, name, _role in arrival.people] == [GUEST]


@pytest.mark.parametrize(("welcome", "location"), PORTS[:4])
def test_the_border_page_joins_the_afternoon_reception(welcome: str, location: str | None) -> None:
    events = merge([_arrival_page("cuakhau", welcome, location), _reception_page("tiep")])
    holding = {
        s.document_id for e in events for s in e.sources if "tiep#0" in {x.id for x in e.sources}
    }
    assert holding == {"cuakhau", "tiep"}


def test_the_inviter_the_page_names_is_the_arrivals_host() -> None:
    welcome = "Phó Chủ tịch tỉnh đón đoàn tại sân bay Vinh."
    page = _arrival_page("sanbay", welcome, "sân bay Vinh")
    invitation = f" Chuyến thăm theo lời mời của Bí thư {HOST}."
    page = Document(
        text=page.text + invitation,
        id=page.id,
        url=page.url,
        published=page.published,
        people=[*page.people, Person(HOST, country="VN", mentions=[])],
        events=page.events,
    )
    start = page.text.index(HOST, len(page.text) - len(invitation))
    page = Document(
        text=page.text,
        id=page.id,
        url=page.url,
        published=page.published,
        people=[
            Person(GUEST, country="LA"),
            Person(DEPUTY, country="VN"),
            Person(HOST, country="VN", mentions=[Span(start, start + len(HOST))]),
        ],
        events=page.events,
    )
    arrival = facts_from_document(page).sources[1]
    assert {(name, role) for _pid, name, role in arrival.people} == {
        (GUEST, "guest"),
        (HOST, "host"),
    }


def test_a_welcomer_read_as_a_guest_is_no_visitor() -> None:
    page = _arrival_page("sanbay", "Đón đoàn tại sân bay Vinh có Phó Chủ tịch tỉnh.", None)
    welcome = page.events[1]
    misread = Event(
        type=welcome.type,
        trigger=welcome.trigger,
        evidence=welcome.evidence,
        date=welcome.date,
        participants=[Participant(DEPUTY, "guest"), Participant(GUEST, "guest")],
    )
    page = Document(
        text=page.text,
        id=page.id,
        url=page.url,
        published=page.published,
        people=page.people,
        events=[page.events[0], misread],
    )
    arrival = facts_from_document(page).sources[1]
    assert [name for _pid, name, _role in arrival.people] == [GUEST]


# -- near misses: where the rule must not fire ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "location", "type"),
    [
        ("Bí thư tỉnh đón đoàn tại trụ sở Tỉnh ủy.", "trụ sở Tỉnh ủy", "reception"),
        ("Chủ tịch nước chủ trì lễ đón tại Phủ Chủ tịch.", "Phủ Chủ tịch", "reception"),
        ("Hai Thủ tướng hội đàm ngay tại sân bay.", "sân bay", "talks"),
        ("Hai bên gặp nhau tại phòng chờ sân bay.", None, "meeting"),
        ("Ông cảm ơn tỉnh đã tiếp đón chu đáo (ảnh: tại nhà khách).", None, "reception"),
    ],
)
def test_a_welcome_elsewhere_or_talks_at_an_airport_stay_meetings(
    sentence: str, location: str | None, type: str
) -> None:
    event = Event(
        type=type,
        trigger="đón",
        evidence=Span(0, len(sentence)),
        location=location,
        participants=[Participant(DEPUTY, "host"), Participant(GUEST, "guest")],
    )
    assert not at_port_of_entry(event, sentence)


def test_a_planned_or_recalled_airport_welcome_is_not_an_arrival() -> None:
    sentence = "Phó Chủ tịch tỉnh sẽ đón đoàn tại sân bay."
    for flags in ({"planned": True}, {"referenced": True}):
        event = Event(
            type="reception",
            trigger="đón",
            evidence=Span(0, len(sentence)),
            location="sân bay",
            participants=[Participant(GUEST, "guest")],
            **flags,  # type: ignore[arg-type]
        )
        assert not at_port_of_entry(event, sentence)


def test_an_arrival_a_year_before_stays_apart_from_the_reception() -> None:
    welcome = "Phó Chủ tịch tỉnh ra sân bay Cát Bi đón đoàn."
    events = merge(
        [
            _arrival_page("cuakhau", welcome, "sân bay Cát Bi", day="2026-03-04"),
            _reception_page("tiep"),
        ]
    )
    for event in events:
        assert {s.document_id for s in event.sources} != {"cuakhau", "tiep"}


def test_an_arrival_does_not_join_the_same_days_banquet() -> None:
    welcome = "Phó Chủ tịch tỉnh ra sân bay Cát Bi đón đoàn."
    banquet = _reception_page("tiec", trigger="chiêu đãi")
    banquet = Document(
        text=banquet.text,
        id=banquet.id,
        url=banquet.url,
        published=banquet.published,
        people=banquet.people,
        events=[
            Event(
                type="reception",
                trigger="tiệc chiêu đãi",
                evidence=banquet.events[0].evidence,
                date=banquet.events[0].date,
                location=banquet.events[0].location,
                participants=banquet.events[0].participants,
            )
        ],
    )
    events = merge([_arrival_page("cuakhau", welcome, "sân bay Cát Bi"), banquet])
    for event in events:
        assert {s.document_id for s in event.sources} != {"cuakhau", "tiec"}
