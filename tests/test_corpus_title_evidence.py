"""Each title a person is given is traceable to the sentence that gives it (schema version 3)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from vndiplo.corpus import (
    CorpusStore,
    DocFacts,
    TitleSighting,
    facts_from_document,
    name_key,
    title_sightings,
)
from vndiplo.corpus.report import render_report, write_report
from vndiplo.corpus.schema import SCHEMA_VERSION
from vndiplo.model import Document, Event, Participant, Person, Span

# Invented people, offices and wording.
TEXT = (
    "Bộ trưởng Xây dựng Hàn Quốc Park Ji-ho đến Hà Nội tối qua.\n"
    "Sáng 6/3, Bộ trưởng Xây dựng Đinh Quốc Bảo đã tiếp Bộ trưởng Park Ji-ho tại trụ sở Bộ. "
    "Bộ trưởng Bảo cảm ơn khách. "
    "Chủ tịch HĐND tỉnh Lạng Sơn Vi Thị Hằng cùng dự buổi tiếp."
)


def _at(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase))


def _article(doc_id: str = "bxd-1", text: str = TEXT, published: str = "2025-03-06") -> Document:
    bao = Person(
        "Đinh Quốc Bảo",
        titles=["Bộ trưởng Xây dựng"],
        country="VN",
        mentions=[_at(text, "Đinh Quốc Bảo"), _at(text, "Bộ trưởng Bảo")],
    )
    park = Person(
        "Park Ji-ho",
        titles=["Bộ trưởng Xây dựng Hàn Quốc"],
        country="KR",
        mentions=[_at(text, "Park Ji-ho"), _at(text, "Park Ji-ho", 1)],
    )
    # The title as the tagger reads it, not as this article writes it ("HĐND").
    hang = Person(
        "Vi Thị Hằng",
        titles=["Chủ tịch Hội đồng nhân dân tỉnh Lạng Sơn"],
        country="VN",
        mentions=[_at(text, "Vi Thị Hằng")],
    )
    meeting = _at(text, "Sáng ")
    return Document(
        text=text,
        id=doc_id,
        url=f"https://baoxaydung.example.vn/{doc_id}",
        published=published,
        people=[bao, park, hang],
        events=[
            Event(
                type="reception",
                trigger="tiếp",
                evidence=Span(meeting.start, text.index(" Bộ trưởng Bảo")),
                date=published,
                participants=[
                    Participant("Đinh Quốc Bảo", "host"),
                    Participant("Park Ji-ho", "guest"),
                ],
            )
        ],
    )


def title_sightings_of(doc: Document) -> dict[str, TitleSighting]:
    with CorpusStore() as store:
        store.add(doc)
        return {s.title: s for s in title_sightings(store.conn)}


def test_a_title_points_at_the_sentence_that_gives_it_next_to_the_name() -> None:
    rows = title_sightings_of(_article())
    bao = rows["Bộ trưởng Xây dựng"]
    # Not the Korean minister's title in the first line, which starts with the same words.
    assert TEXT[bao.title_start : bao.title_end] == "Bộ trưởng Xây dựng"
    assert bao.title_start == TEXT.index("Bộ trưởng Xây dựng Đinh")
    assert bao.evidence.startswith("Sáng 6/3, Bộ trưởng Xây dựng Đinh Quốc Bảo")
    assert bao.evidence.endswith("tại trụ sở Bộ.")
    assert TEXT[bao.evidence_start : bao.evidence_end] == bao.evidence
    park = rows["Bộ trưởng Xây dựng Hàn Quốc"]
    assert park.evidence == "Bộ trưởng Xây dựng Hàn Quốc Park Ji-ho đến Hà Nội tối qua."
    assert park.url == "https://baoxaydung.example.vn/bxd-1"


def test_a_title_not_written_as_it_reads_falls_back_to_the_name() -> None:
    hang = title_sightings_of(_article())["Chủ tịch Hội đồng nhân dân tỉnh Lạng Sơn"]
    assert hang.title_start is None and hang.title_end is None
    assert hang.evidence == "Chủ tịch HĐND tỉnh Lạng Sơn Vi Thị Hằng cùng dự buổi tiếp."


def test_facts_carry_the_offsets_between_processes_and_read_older_facts() -> None:
    facts = facts_from_document(_article())
    again = DocFacts.from_dict(facts.to_dict())
    assert again == facts
    old = facts.to_dict()
    old["sightings"] = [list(s)[:5] for s in old["sightings"]]
    older = DocFacts.from_dict(old)
    assert all(s.evidence is None for s in older.sightings)
    with CorpusStore() as store:
        store.add(older)
        assert {s.evidence for s in title_sightings(store.conn)} == {None}


def test_the_person_card_quotes_the_sentence_with_its_outlet() -> None:
    with CorpusStore() as store:
        store.add(_article())
        page = render_report(store.conn)
    card = page[page.index('<div class="cards">') :]
    assert "<blockquote>Sáng 6/3, Bộ trưởng Xây dựng Đinh Quốc Bảo" in card
    assert 'href="https://baoxaydung.example.vn/bxd-1">baoxaydung.example.vn</a>' in card
    assert 'href="#d-bxd-1"' in card


def test_a_title_seen_in_many_articles_lists_the_first_and_last_sentences() -> None:
    docs = [
        _article(f"bxd-{day}", published=f"2025-03-{day:02d}", text=TEXT.replace("6/3", f"{day}/3"))
        for day in range(1, 10)
    ]
    with CorpusStore() as store:
        store.add_many(docs)
        page = render_report(store.conn)
        assert len(title_sightings(store.conn, name_key("Đinh Quốc Bảo"))) == 9
    assert page.count("<blockquote>Sáng 1/3, Bộ trưởng Xây dựng Đinh") == 1
    assert page.count("<blockquote>Sáng 9/3, Bộ trưởng Xây dựng Đinh") == 1
    assert "<blockquote>Sáng 5/3, Bộ trưởng Xây dựng Đinh" not in page
    assert "… 3 more …" in page


_V2_TITLES = """
CREATE TABLE person_titles (
    person_id TEXT NOT NULL REFERENCES people(id),
    title TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id),
    seen TEXT,
    PRIMARY KEY (person_id, title, document_id)
);
"""


def test_a_version_2_database_is_upgraded_and_its_old_rows_still_show(tmp_path: Path) -> None:
    db = tmp_path / "v2.sqlite"
    conn = sqlite3.connect(db)
    conn.executescript(_V2_TITLES)
    conn.close()
    with CorpusStore(db) as store:
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(person_titles)")}
        assert {"title_start", "evidence_start", "evidence"} <= columns
        (version,) = store.conn.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
        assert version == str(SCHEMA_VERSION) == "4"
        store.add(_article())
        # A row written before the upgrade: no sentence, the card links the article.
        store.conn.execute(
            "UPDATE person_titles SET title_start = NULL, title_end = NULL, "
            "evidence_start = NULL, evidence_end = NULL, evidence = NULL"
        )
        page = render_report(store.conn)
    assert "Bộ trưởng Xây dựng: 2025-03-06" in page
    events, cards = page.split('<div class="cards">')
    assert "Sáng 6/3, Bộ trưởng Xây dựng Đinh" in events  # the event keeps its own sentence
    assert "<blockquote>" not in cards and 'href="#d-bxd-1"' in cards


def test_the_report_reads_a_version_2_database_it_may_not_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    with CorpusStore(db) as store:
        store.add(_article())
    conn = sqlite3.connect(db)
    for column in ("title_start", "title_end", "evidence_start", "evidence_end", "evidence"):
        conn.execute(f"ALTER TABLE person_titles DROP COLUMN {column}")
    conn.commit()
    conn.close()
    out = tmp_path / "report.html"
    write_report(db, out)  # opened read-only: nothing is upgraded
    cards = out.read_text(encoding="utf-8").split('<div class="cards">')[1]
    assert "Đinh Quốc Bảo" in cards and "<blockquote>" not in cards
