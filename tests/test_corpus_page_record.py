"""Which record an article is about when it reports or announces several events (issue #13).

Hand-made Documents (no pipeline run), our own sentences and people.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from vndiplo.corpus import CorpusStore
from vndiplo.corpus.page_record import page_record
from vndiplo.model import Document, Event, Participant, Person, Span

HOST = ("Lê Minh Khang", "host")
GUEST = ("Arnaud Delcourt", "guest")
GREETER = ("Trịnh Văn Bảo", "host")  # a vice-minister at the airport
OTHER = ("Hoàng Thu Nga", "host")


def _event(
    start: int,
    type: str,
    people: Sequence[tuple[str, str]],
    *,
    date: str | None = "2024-06-03",
    planned: bool = False,
    referenced: bool = False,
) -> Event:
    return Event(
        type=type,
        trigger=type,
        evidence=Span(start, start + 10),
        date=date,
        participants=[Participant(name, role) for name, role in people],
        planned=planned,
        referenced=referenced,
    )


def _page(doc_id: str, *events: Event, published: str | None = "2024-06-03") -> Document:
    names = {p.name for e in events for p in e.participants}
    return Document(
        text="x" * (10 * len(events) + 20),
        id=doc_id,
        url=f"https://{doc_id}.example.vn/a",
        published=published,
        people=[Person(name) for name in sorted(names)],
        events=list(events),
    )


def _records(*docs: Document) -> dict[str, str | None]:
    with CorpusStore() as store:
        store.add_many(docs)
        return {d.id or "": page_record(store.conn, d.id or "") for d in docs}


def _talks_elsewhere(doc_id: str = "tin") -> Document:
    return _page(doc_id, _event(0, "talks", [HOST, GUEST]))


def test_a_page_leading_with_an_airport_welcome_counts_for_the_talks_it_tells_of_later() -> None:
    page = _page(
        "bao",
        _event(0, "visit", [GUEST, GREETER]),
        _event(10, "talks", [HOST, GUEST]),
    )
    records = _records(page, _talks_elsewhere())
    assert records["bao"] == records["tin"] == "bao#1"


def test_a_lead_that_other_pages_report_stays_the_page_record() -> None:
    page = _page(
        "bao",
        _event(0, "reception", [OTHER, GUEST]),
        _event(10, "talks", [HOST, GUEST]),
    )
    welcome = _page("moi", _event(0, "reception", [OTHER, GUEST]))
    records = _records(page, welcome, _talks_elsewhere())
    assert records["bao"] == records["moi"]
    assert records["tin"] != records["bao"]


def test_a_page_leading_with_a_call_on_another_leader_keeps_that_meeting() -> None:
    # "Trong khuôn khổ chuyến thăm ..., chiều 3/6, A đến chào B ... Trước đó, A hội đàm với C":
    # the call on B is a meeting of its own, though only this page reports it.
    for kind in ("reception", "meeting", "phone_call"):
        page = _page(
            "bao",
            _event(0, kind, [OTHER, GUEST]),
            _event(10, "talks", [HOST, GUEST]),
        )
        records = _records(page, _talks_elsewhere())
        assert records["bao"] == "bao#0", kind
        assert records["tin"] != records["bao"]


def test_an_announcement_counts_for_the_meeting_it_announces() -> None:
    notice = _page(
        "bao",
        _event(0, "talks", [HOST, GUEST], date=None, planned=True),
        published="2024-06-01",
    )
    records = _records(notice, _talks_elsewhere())
    assert records["bao"] == records["tin"] == "tin#0"
    # Alone in the corpus, an announcement is about no record at all.
    assert _records(notice) == {"bao": None}


def test_a_recalled_meeting_never_links_the_page() -> None:
    page = _page(
        "bao",
        _event(0, "meeting", [OTHER, GUEST]),
        _event(10, "talks", [HOST, GUEST], referenced=True),
    )
    records = _records(page, _talks_elsewhere())
    assert records["bao"] == "bao#0"


def test_a_one_sided_line_does_not_move_a_two_sided_page_elsewhere() -> None:
    # A dinner page (alone) that also says the guest is on a visit: the visit others report
    # names one person here, so the page stays with its dinner.
    dinner = _page(
        "bao",
        _event(0, "meeting", [HOST, GUEST]),
        _event(10, "visit", [GUEST]),
    )
    visit = _page("tin", _event(0, "visit", [GUEST, HOST]))
    records = _records(dinner, visit)
    assert records["bao"] == "bao#0"


def test_a_page_naming_only_one_side_counts_for_the_record_its_line_joins() -> None:
    page = _page("bao", _event(0, "meeting", [OTHER]), _event(10, "visit", [GUEST]))
    visit = _page("tin", _event(0, "visit", [GUEST]))
    records = _records(page, visit)
    assert records["bao"] == records["tin"]


_KINDS = st.sampled_from(["reported", "planned", "referenced"])
_TYPES = st.sampled_from(["talks", "visit", "reception"])
_SIDES = st.lists(st.sampled_from([HOST, GUEST, GREETER, OTHER]), max_size=3, unique=True)


@given(st.lists(st.lists(st.tuples(_KINDS, _TYPES, _SIDES), min_size=1, max_size=3), max_size=4))
def test_the_record_is_one_the_page_reports_or_announces(
    pages: list[list[tuple[str, str, list[tuple[str, str]]]]],
) -> None:
    docs = [
        _page(
            f"p{i}",
            *(
                _event(
                    10 * k, type, sides, planned=kind == "planned", referenced=kind == "referenced"
                )
                for k, (kind, type, sides) in enumerate(events)
            ),
        )
        for i, events in enumerate(pages)
    ]
    with CorpusStore() as store:
        store.add_many(docs)
        for doc in docs:
            found = page_record(store.conn, doc.id or "")
            own = {
                r[0]
                for r in store.conn.execute(
                    "SELECT event_id FROM sources WHERE document_id = ? UNION "
                    "SELECT event_id FROM mentions WHERE document_id = ? AND kind = 'planned'",
                    (doc.id, doc.id),
                )
            }
            assert found is None or found in own
            reports = any(e.type and not (e.planned or e.referenced) for e in doc.events)
            assert (found is not None) or not reports
