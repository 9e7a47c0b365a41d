"""A year-less visit report naming only the guest joins the one meeting of that visit.

An arrival page ("Chiều 7/4, Tổng thống X đến Hà Nội, bắt đầu chuyến thăm") names the guest and
no year. Names, places and sentences are made up. The near misses: the same guest a year later,
two hosts holding talks with the guest, a meeting out of a visit's reach, the guest hosting, a
meeting in another country, and the order the articles arrive in.
"""

from __future__ import annotations

import attrs

import vndiplo
from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore, MergedEvent, merge, merged_events
from vndiplo.corpus.yearless_visit import formal
from vndiplo.model import Document

HOST = ("Lạc Thị Ngân", "Chủ tịch nước", "VN", "host")
OTHER_HOST = ("Đinh Công Sáng", "Chủ tịch Quốc hội", "VN", "host")
GUEST = ("Ottokar Brenner", "Tổng thống Áo", "AT", "guest")


def _arrival(doc_id: str, month_day: str = "04-07", **kw: object) -> Document:
    """ "Chiều 7/4, Tổng thống Áo đến Hà Nội": the guest alone, no year, no page stamp."""
    return report(
        doc_id,
        "Chiều 7/4, Tổng thống Áo đến Hà Nội, bắt đầu chuyến thăm cấp nhà nước.",
        people=[GUEST],
        type="visit",
        date=f"--{month_day}",
        published=None,
        **kw,  # type: ignore[arg-type]
    )


def _meeting(
    doc_id: str,
    date: str = "2031-04-08",
    host: tuple[str, str, str, str] = HOST,
    type: str = "talks",
    trigger: str = "hội đàm",
    **kw: object,
) -> Document:
    doc = report(
        doc_id,
        "Sáng 8/4, Chủ tịch nước hội đàm với Tổng thống Áo.",
        people=[host, GUEST],
        type=type,
        date=date,
        published=date if date[:1].isdigit() else None,
        **kw,  # type: ignore[arg-type]
    )
    return attrs.evolve(doc, events=[attrs.evolve(doc.events[0], trigger=trigger)])


def _with(events: list[MergedEvent], doc_id: str) -> set[str]:
    event = next(e for e in events if any(s.document_id == doc_id for s in e.sources))
    return {s.document_id for s in event.sources}


def test_formal_reports_are_the_talks_and_the_welcome_ceremony() -> None:
    assert formal("talks", "hội đàm")
    assert formal("reception", "chủ trì lễ đón")
    assert formal("reception", "Lễ đón chính thức")
    assert formal("talks", "")
    assert not formal("reception", "tiếp")
    assert not formal("meeting", "hội kiến")
    assert not formal("reception", "tới chào")


def test_the_arrival_joins_the_dated_talks_of_the_next_day() -> None:
    events = merge([_arrival("a-1"), _meeting("b-1")])
    assert _with(events, "a-1") == {"a-1", "b-1"}


def test_it_joins_a_yearless_meeting_and_every_arrival_follows() -> None:
    docs = [
        _arrival("a-1"),
        _arrival("c-1", location="sân bay quốc tế Nội Bài"),
        _meeting("b-1", "--04-08"),
        _meeting("d-1", "--04-08", type="reception", trigger="lễ đón"),
    ]
    assert len(merge(docs)) == 1
    assert len(merge(docs[::-1])) == 1


def test_the_arrival_may_be_dated_after_the_welcome_within_reach() -> None:
    events = merge([_arrival("a-1", "04-09"), _meeting("b-1")])
    assert _with(events, "a-1") == {"a-1", "b-1"}


def test_the_talks_win_over_a_courtesy_call_the_same_day() -> None:
    docs = [
        _arrival("a-1"),
        _meeting("b-1"),
        _meeting("c-1", host=OTHER_HOST, type="reception", trigger="tiếp"),
    ]
    for order in (docs, docs[::-1]):
        events = merge(order)
        assert _with(events, "a-1") == {"a-1", "b-1"}
        assert _with(events, "c-1") == {"c-1"}


def test_the_welcome_ceremony_wins_over_a_courtesy_call() -> None:
    welcome = _meeting("b-1", type="reception", trigger="chủ trì lễ đón")
    call = _meeting("c-1", "2031-04-09", host=OTHER_HOST, type="meeting", trigger="hội kiến")
    events = merge([_arrival("a-1"), welcome, call])
    assert _with(events, "a-1") == {"a-1", "b-1"}


def test_the_same_guest_a_year_later_keeps_the_arrival_alone() -> None:
    events = merge([_arrival("a-1"), _meeting("b-1"), _meeting("c-1", "2032-04-08")])
    assert _with(events, "a-1") == {"a-1"}
    # a courtesy call of another year does not make this year's talks the visit's centre
    other_year = _meeting("c-1", "2032-04-08", host=OTHER_HOST, type="reception", trigger="tiếp")
    assert _with(merge([_arrival("a-1"), _meeting("b-1"), other_year]), "a-1") == {"a-1"}


def test_talks_with_two_hosts_keep_the_arrival_alone() -> None:
    docs = [_arrival("a-1"), _meeting("b-1"), _meeting("c-1", host=OTHER_HOST)]
    assert _with(merge(docs), "a-1") == {"a-1"}
    calls = [
        _arrival("a-1"),
        _meeting("b-1", type="reception", trigger="tiếp"),
        _meeting("c-1", host=OTHER_HOST, type="meeting", trigger="hội kiến"),
    ]
    assert _with(merge(calls), "a-1") == {"a-1"}


def test_a_yearless_meeting_beside_a_dated_one_keeps_the_arrival_alone() -> None:
    docs = [_arrival("a-1"), _meeting("b-1"), _meeting("c-1", "--04-08", host=OTHER_HOST)]
    assert _with(merge(docs), "a-1") == {"a-1"}


def test_a_meeting_out_of_reach_keeps_them_apart() -> None:
    assert len(merge([_arrival("a-1"), _meeting("b-1", "2031-04-11")])) == 2
    assert len(merge([_arrival("a-1"), _meeting("b-1", "--04-11")])) == 2


def test_the_guest_hosting_or_another_country_keeps_them_apart() -> None:
    hosting = report(
        "b-1",
        "Sáng 8/4, Tổng thống Áo tiếp Chủ tịch nước.",
        people=[(GUEST[0], GUEST[1], GUEST[2], "host"), (HOST[0], HOST[1], HOST[2], "guest")],
        type="talks",
        date="2031-04-08",
        published="2031-04-08",
    )
    assert len(merge([_arrival("a-1"), hosting])) == 2
    abroad = _meeting("b-1", location="Viên, Áo")
    assert len(merge([_arrival("a-1", location="Hà Nội"), abroad])) == 2


def test_articles_arriving_in_batches_give_the_same_events() -> None:
    docs = [
        _arrival("a-1"),
        _meeting("b-1", "--04-08"),
        _meeting("c-1", "--04-08", type="reception", trigger="lễ đón"),
    ]
    for batches in ([docs[:1], docs[1:]], [docs[1:], docs[:1]], [[d] for d in docs[::-1]]):
        with CorpusStore() as store:
            for batch in batches:
                store.add_many(batch)
            assert len(merged_events(store.conn)) == 1
    # talks of two years added later: the year-less meeting fits both, the arrival all three
    more = [_meeting("d-1", "2031-04-08"), _meeting("e-1", "2032-04-08")]
    with CorpusStore() as store:
        store.add_many(docs)
        store.add_many(more)
        assert _with(merged_events(store.conn), "a-1") == {"a-1"}
    assert _with(merge(docs + more), "a-1") == {"a-1"}


_VISITOR = "Thủ tướng Hungary Ferenc Kovalik"
_PAGES = (
    ("v-1", f"Chiều 14/5, {_VISITOR} đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.", None),
    (
        "v-2",
        "Tối 14/5, Thủ tướng Ferenc Kovalik đã tới Nội Bài, bắt đầu thăm Việt Nam.",
        None,
    ),
    ("t-1", f"Sáng 15/5, Thủ tướng Trần Văn Bình hội đàm với {_VISITOR}.", None),
    ("w-1", f"Sáng 15/5, Thủ tướng Trần Văn Bình chủ trì lễ đón {_VISITOR}.", "2029-05-15"),
    ("c-1", f"Chiều 15/5, Chủ tịch Quốc hội Lương Văn Tâm tiếp {_VISITOR}.", "2029-05-15"),
)


def test_end_to_end_arrival_pages_join_the_welcome_not_the_courtesy_call() -> None:
    runner = vndiplo.Runner()
    docs = [
        runner.run({"id": i, "text": text, **({"published": day} if day else {})})
        for i, text, day in _PAGES
    ]
    events = merge(docs)
    assert _with(events, "v-1") == {"v-1", "v-2", "t-1", "w-1"}
    assert "c-1" not in _with(events, "w-1")
