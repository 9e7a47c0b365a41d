"""Reports whose event sentence names no side, and days given only as "hôm nay".

A wire story retold by an agency may open on "the two leaders" and name them a paragraph
later, and may keep the wire's "hôm nay" on a page stamped the next morning. Such a report
joins the one meeting its article's people fit, and never when it could fit two. Sentences,
people and outlets are made up for these tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs

from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore, MergedEvent, facts_from_document, merge
from vndiplo.corpus.facts import stated_by_relative_words
from vndiplo.corpus.schema import SCHEMA, SCHEMA_VERSION
from vndiplo.model import Document, Event, Participant, Person, Span, TimeExpression

HOST = ("Vũ Thanh Hải", "Chủ tịch nước", "VN", "host")
GUEST = ("Maren Lindqvist", "Thủ tướng Thụy Điển", "SE", "guest")
OTHER = ("Tomasz Wierzbicki", "Tổng thống Ba Lan", "PL", "guest")

_SENTENCE = "Hai nhà lãnh đạo cùng thưởng thức nghệ thuật truyền thống hôm nay."
_TODAY = _SENTENCE.index("hôm nay")


def unnamed(
    doc_id: str,
    names: Sequence[tuple[str, str, str | None, str]],
    *,
    published: str = "2025-02-19",
    date_text: str = "hôm nay",
    named: bool = False,
) -> Document:
    """A meeting sentence naming no side (or, with ``named``, naming them), the people in the
    body elsewhere, dated by ``date_text`` counted from the page stamp."""
    text = _SENTENCE.replace("hôm nay", date_text) + " " + ", ".join(n for n, *_ in names) + "."
    start = text.index(date_text)
    return Document(
        text=text,
        id=doc_id,
        url=f"https://{doc_id.split('-')[0]}.vn/{doc_id}",
        published=published,
        people=[Person(n, titles=[t], country=c) for n, t, c, _r in names],
        dates=[TimeExpression(date_text, start, start + len(date_text), published, "date", None)],
        events=[
            Event(
                type="meeting",
                trigger="gặp",
                evidence=Span(0, len(_SENTENCE)),
                date=published,
                participants=[Participant(n, r) for n, _t, _c, r in names] if named else [],
            )
        ],
    )


def _with(events: list[MergedEvent], doc_id: str) -> set[str]:
    found = next(e for e in events if any(s.document_id == doc_id for s in e.sources))
    return {s.document_id for s in found.sources}


def _tea(doc_id: str, guest: tuple[str, str, str, str] = GUEST) -> Document:
    return report(doc_id, "Chủ tịch nước mời Thủ tướng dùng trà.", people=[HOST, guest])


def test_a_report_naming_no_side_joins_the_meeting_its_article_people_fit() -> None:
    events = merge([_tea("a-1"), _tea("b-1"), unnamed("c-1", [GUEST, HOST])])
    assert len(events) == 1
    assert events[0].type == "reception"  # the two-sided reports name the event
    assert {p[1] for p in events[0].participants} == {HOST[0], GUEST[0]}


def test_the_borrowed_people_never_become_participants() -> None:
    with CorpusStore() as store:
        store.add_many([unnamed("c-1", [GUEST, HOST])])
        rows = store.conn.execute("SELECT count(*) FROM participants").fetchone()
    assert rows == (0,)


def test_a_page_stamped_the_next_morning_with_hôm_nay_still_joins() -> None:
    late = unnamed("c-1", [GUEST, HOST], published="2025-02-19")
    events = merge([_tea("a-1"), late])  # the tea was on the 18th
    assert _with(events, "c-1") == {"a-1", "c-1"}


def test_a_day_written_in_digits_gets_no_slack() -> None:
    written = unnamed("c-1", [GUEST, HOST], published="2025-02-19", date_text="sáng 19/2")
    assert len(merge([_tea("a-1"), written])) == 2


def test_one_leader_two_counterparts_the_same_day_stay_apart() -> None:
    tea, other = _tea("a-1"), _tea("b-1", OTHER)
    # Naming only the host, it fits both meetings; naming all three, neither.
    for article in ([HOST], [HOST, GUEST, OTHER]):
        events = merge([tea, other, unnamed("c-1", article, published="2025-02-18")])
        assert len(events) == 3
        assert _with(events, "c-1") == {"c-1"}
    # Naming the host and one counterpart, it joins that counterpart's meeting only.
    events = merge([tea, other, unnamed("c-1", [HOST, OTHER], published="2025-02-18")])
    assert _with(events, "c-1") == {"b-1", "c-1"}


def test_a_relative_day_between_two_meetings_of_one_pair_joins_neither() -> None:
    talks = _tea("a-1")
    tea = report("b-1", "y", people=[HOST, GUEST], date="2025-02-19", published="2025-02-19")
    events = merge([talks, tea, unnamed("c-1", [GUEST, HOST], published="2025-02-19")])
    assert _with(events, "c-1") == {"c-1"}  # the 18th and the 19th both fit a day of slack


def test_an_article_naming_sides_elsewhere_lends_no_one_to_its_unnamed_report() -> None:
    # The article's other event names the host and a guest: its unnamed sentence is some
    # other part of the day (a banquet, a ceremony), not the meeting, so it borrows no one.
    article = unnamed("c-1", [HOST, GUEST], published="2025-02-18")
    guest = [Participant(GUEST[0], "guest")]
    visit = Event("visit", "thăm", Span(0, 5), date="2025-02-18", participants=guest)
    article = attrs.evolve(article, events=(*article.events, visit))
    events = merge([_tea("a-1"), article])
    unnamed_source = f"{article.id}#0"
    found = next(e for e in events if any(s.id == unnamed_source for s in e.sources))
    assert {s.id for s in found.sources} == {unnamed_source}


def test_relative_words_are_told_from_written_days() -> None:
    def expr(text: str, value: str) -> TimeExpression:
        return TimeExpression(text, 0, len(text), value, "date", None)

    day = "2025-02-19"
    assert stated_by_relative_words(day, [expr("hôm nay", day), expr("hôm qua", "2025-02-18")])
    assert not stated_by_relative_words(day, [expr("hôm nay", day), expr("sáng 19/2", day)])
    assert not stated_by_relative_words(day, [expr("hôm qua", "2025-02-18")])
    assert not stated_by_relative_words(None, [expr("hôm nay", day)])
    facts = facts_from_document(unnamed("c-1", [HOST], published=day))
    assert facts.sources[0].day_relative and not facts.sources[0].day_inferred


def test_a_database_from_before_day_relative_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with CorpusStore(path) as store:  # written, then the column taken away as in version 1
        store.conn.executescript(
            "DROP TABLE sources;"
            + SCHEMA[SCHEMA.index("CREATE TABLE IF NOT EXISTS sources") :]
            .split(");", 1)[0]
            .replace(",\n    day_relative INTEGER NOT NULL DEFAULT 0", "")
            + ");"
        )
        store.conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with CorpusStore(path) as store:
        store.add_many([_tea("a-1"), unnamed("c-1", [GUEST, HOST])])
        version = store.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        assert version.fetchone() == (str(SCHEMA_VERSION),)
        assert store.conn.execute("SELECT count(*) FROM events").fetchone() == (1,)
