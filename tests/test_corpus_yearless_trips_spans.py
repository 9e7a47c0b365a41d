"""Year-less reports of one trip: across near month-days, with spans, against stamp-dated pages.

Names, places and dates are made up. Near misses: the same pair a week later, a banquet the day
after the talks, a return visit, a call beside a visit, two hosts of one guest on one day, a
stamp-dated report whose event another page dates to another day, a call and a letter.
"""

from __future__ import annotations

import attrs

from tests.corpus_helpers import report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.corpus.yearless import span_days
from vndiplo.model import Document, Event, Participant, Person, Span

HOST = ("Rahim Kassenov", "Tổng thống Kazakhstan", "KZ", "host")
GUEST = ("Đoàn Quốc Tuấn", "Chủ tịch Quốc hội", "VN", "guest")
OTHER_HOST = ("Aigerim Sultanova", "Chủ tịch Thượng viện Kazakhstan", "KZ", "host")


def _yearless(doc_id: str, date: str, *, type: str = "talks", **kw: object) -> Document:
    people = kw.pop("people", [HOST, GUEST])
    return report(
        doc_id,
        "Hai bên hội đàm.",
        people=people,  # type: ignore[arg-type]
        type=type,
        date=date,
        published=None,
        **kw,  # type: ignore[arg-type]
    )


def _stamped(doc_id: str, published: str, *, type: str = "reception", **kw: object) -> Document:
    people = kw.pop("people", [HOST, GUEST])
    return report(
        doc_id,
        "Lễ đón Chủ tịch Quốc hội.",
        people=people,  # type: ignore[arg-type]
        type=type,
        date=None,
        published=published,
        trigger="lễ đón",
        **kw,  # type: ignore[arg-type]
    )


def _of(events: list[MergedEvent], doc_id: str) -> set[str]:
    event = next(e for e in events if any(s.document_id == doc_id for s in e.sources))
    return {s.document_id for s in event.sources}


# -- a two-sided year-less visit joins the year-less meeting of its trip a day or two away --


def test_the_end_of_visit_page_joins_the_talks_of_the_day_before() -> None:
    events = merge(
        [
            _yearless("a-1", "--06-14"),
            _yearless("b-1", "--06-15", type="visit", location="Astana"),
            _yearless("c-1", "--06-15", type="visit"),
        ]
    )
    assert len(events) == 1


def test_the_arrival_page_joins_the_talks_two_days_later_across_new_year() -> None:
    events = merge([_yearless("a-1", "--01-01"), _yearless("b-1", "--12-30", type="visit")])
    assert len(events) == 1


def test_near_misses_keep_the_visit_apart() -> None:
    back = [("Rahim Kassenov", "Tổng thống", "KZ", "guest"), ("Đoàn Quốc Tuấn", "", "VN", "host")]
    for talks in (
        _yearless("a-1", "--06-21"),  # the same pair a week later
        _yearless("a-1", "--06-14", people=back),  # the return visit
        _yearless("a-1", "--06-14", type="phone_call"),  # a call, not the trip's talks
        _yearless("a-1", "--06-14", location="Hà Nội"),  # in another country
    ):
        events = merge([talks, _yearless("b-1", "--06-15", type="visit", location="Astana")])
        assert len(events) == 2, talks.events[0]


def test_a_banquet_the_day_after_is_not_the_trip_talks() -> None:
    banquet = _yearless("a-1", "--06-16", type="meeting", trigger="chiêu đãi")
    events = merge(
        [_yearless("c-1", "--06-15"), banquet, _yearless("b-1", "--06-15", type="visit")]
    )
    assert _of(events, "b-1") == {"b-1", "c-1"}
    assert _of(events, "a-1") == {"a-1"}


def test_two_meetings_of_the_pair_within_reach_leave_the_visit_alone() -> None:
    events = merge(
        [
            _yearless("a-1", "--06-14", location="Astana"),
            _yearless("c-1", "--06-16", location="Almaty"),
            _yearless("b-1", "--06-15", type="visit"),
        ]
    )
    assert _of(events, "b-1") == {"b-1"}


# -- a year-less span fits a dated meeting on any day it covers --


def test_span_days() -> None:
    assert span_days("--03-09/--03-11") == ("03-09", "03-10", "03-11")
    assert span_days("--12-31/--01-01") == ("12-31", "01-01")
    assert span_days("--07-02") == ("07-02",)
    assert span_days("--07-02/--08-30") == ("07-02",)  # too long to be one visit's days


def test_talks_dated_by_the_visit_span_join_the_dated_talks_inside_it() -> None:
    dated = report(
        "a-1",
        "Hội đàm.",
        people=[HOST, GUEST],
        type="talks",
        date="2024-09-05",
        published="2024-09-05",
    )
    events = merge([dated, _yearless("b-1", "--09-04/--09-06")])
    assert len(events) == 1
    outside = merge([dated, _yearless("b-1", "--09-06/--09-08")])
    assert len(outside) == 2


def test_a_span_holding_two_dated_meetings_of_the_pair_stays_alone() -> None:
    first = report(
        "a-1",
        "Hội đàm.",
        people=[HOST, GUEST],
        type="talks",
        date="2024-09-04",
        published="2024-09-04",
    )
    second = report(
        "c-1",
        "Hội đàm.",
        people=[HOST, GUEST],
        type="talks",
        date="2024-09-06",
        published="2024-09-06",
        location="Almaty",
    )
    events = merge([first, second, _yearless("b-1", "--09-04/--09-06")])
    assert _of(events, "b-1") == {"b-1"}


# -- a page stamp dates the event when nothing states its day --


def test_yearless_talks_join_the_welcome_page_stamped_that_day_or_the_next() -> None:
    for stamp in ("2025-04-22", "2025-04-23"):
        events = merge([_stamped("a-1", stamp), _yearless("b-1", "--04-22")])
        assert len(events) == 1, stamp


def test_stamp_near_misses() -> None:
    # Stamped two days later; another host the same day; a one-sided year-less report.
    assert len(merge([_stamped("a-1", "2025-04-24"), _yearless("b-1", "--04-22")])) == 2
    other = _yearless("b-1", "--04-22", people=[OTHER_HOST, GUEST])
    assert len(merge([_stamped("a-1", "2025-04-22"), other])) == 2
    one_side = _yearless("b-1", "--04-22", people=[GUEST])
    assert len(merge([_stamped("a-1", "2025-04-23"), one_side])) == 2


def test_a_stated_day_in_the_stamped_event_is_the_anchor() -> None:
    # The stamped page belongs to talks stated on the 23rd: the year-less 22nd is not them.
    stated = report(
        "c-1",
        "Hội đàm.",
        people=[HOST, GUEST],
        type="talks",
        date="2025-04-23",
        published="2025-04-23",
    )
    stamped = _stamped("a-1", "2025-04-23", type="talks")
    events = merge([stated, stamped, _yearless("b-1", "--04-22")])
    assert _of(events, "a-1") == {"a-1", "c-1"}
    assert _of(events, "b-1") == {"b-1"}


# -- a day-less report whose article reports a call and a meeting joins nothing --


def _call_article(doc_id: str) -> Document:
    """A call page whose only two-sided sentence recalls the pair's last meeting."""
    text = "Hai nhà lãnh đạo điện đàm. Sau cuộc gặp tại hội nghị, hai bên nhất trí."
    people = [HOST, GUEST]
    return Document(
        text=text,
        id=doc_id,
        url=f"https://{doc_id}.vn/x",
        published=None,
        people=[Person(n, titles=[t], country=c) for n, t, c, _r in people],
        events=[
            Event(
                type="phone_call",
                trigger="điện đàm",
                evidence=Span(0, 26),
                date=None,
                participants=[Participant(GUEST[0], "participant")],
            ),
            Event(
                type="meeting",
                trigger="gặp",
                evidence=Span(27, len(text)),
                date=None,
                participants=[Participant(n, "participant") for n, *_r in people],
            ),
        ],
    )


def test_a_dayless_meeting_beside_a_call_of_its_article_joins_nothing() -> None:
    talks = report(
        "a-1",
        "Hội đàm.",
        people=[HOST, GUEST],
        type="talks",
        date="2025-04-22",
        published="2025-04-22",
    )
    events = merge([talks, _call_article("b-1")])
    assert _of(events, "a-1") == {"a-1"}
    # Without the call, the lone day-less meeting of the pair joins the one meeting it fits.
    alone = report(
        "b-1",
        "Hai bên gặp nhau.",
        people=[HOST, GUEST],
        type="meeting",
        date=None,
        published=None,
        trigger="gặp",
    )
    assert len(merge([talks, alone])) == 1


def test_a_dayless_letter_beside_a_call_still_joins_its_letter() -> None:
    # Only a call and an in-person meeting are two modes of one encounter: a letter is neither.
    sent = report(
        "a-1",
        "Gửi thư.",
        people=[HOST, GUEST],
        type="message",
        date="2025-04-22",
        published="2025-04-22",
        trigger="gửi thư",
    )
    letter = report(
        "b-1",
        "Thư.",
        people=[HOST, GUEST],
        type="message",
        date=None,
        published=None,
        trigger="thư",
    )
    call = Event(
        type="phone_call",
        trigger="điện đàm",
        evidence=Span(0, 4),
        date=None,
        participants=[Participant(GUEST[0], "participant")],
    )
    letter = attrs.evolve(letter, events=[*letter.events, call])
    assert _of(merge([sent, letter]), "a-1") == {"a-1", "b-1"}
