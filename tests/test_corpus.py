"""The corpus: names meet, reports of one meeting merge, different meetings stay apart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.corpus_helpers import CHINH, CUONG, KNAPPER, SONEXAY, report
from vndiplo.corpus import CorpusStore, merge, merged_events, name_key, people
from vndiplo.corpus.facts import resolve_day


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ông Tô Lâm", "Tô Lâm"),
        ("Nguyễn Thị Thuỷ", "Nguyễn Thị Thủy"),
        ("Lee Jae-myung", "Lee Jae Myung"),
        ("Pu-tin", "Putin"),
        ("Ô-ba-ma", "Obama"),
        ("Abe Shinzo", "Shinzo Abe"),
        ("Tập Cận Bình", "Xi Jinping"),
        ("bà Bùi Thị Minh Hoài", "Bùi  Thị Minh Hoài"),
    ],
)
def test_spellings_of_one_person_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lê Văn Thanh", "Lê Văn Thành"),
        ("Nguyễn Văn An", "Nguyễn Văn Ân"),
        ("Putin", "Vladimir Putin"),
        ("Lý Cường", "Lý Khắc Cường"),
        ("Trần Cương", "Trần Cường"),
    ],
)
def test_different_people_never_share_a_key(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_two_outlets_one_meeting() -> None:
    events = merge(
        [
            report(
                "vov-1",
                "Chiều 18/2, Chủ tịch nước Lương Cường tiếp Thủ tướng Lào.",
                people=[CUONG, SONEXAY],
                location="Phủ Chủ tịch",
            ),
            report(
                "nhandan-1",
                "Chủ tịch nước hội kiến Thủ tướng Sonexay Siphandone.",
                people=[CUONG, SONEXAY],
                type="meeting",
                date=None,
                published="2025-02-19",
            ),
            report(
                "vov-2", "Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ.", people=[CHINH, KNAPPER]
            ),
        ]
    )
    assert len(events) == 2
    laos = next(e for e in events if e.country == "LA")
    assert [s.document_id for s in laos.sources] == ["nhandan-1", "vov-1"]
    assert laos.date == "2025-02-18"  # the stated day wins over a publication date
    assert laos.type == "meeting"
    assert {role for _p, _n, role in laos.participants} == {"host", "guest"}
    assert laos.sources[0].evidence.startswith("Chủ tịch nước hội kiến")
    assert laos.sources[0].outlet == "nhandan.vn"


@pytest.mark.parametrize(
    "change",
    [
        {"date": "2025-03-20"},  # another day
        {"type": "phone_call"},  # another kind of encounter
        {"location": "Viêng Chăn"},  # another country
        {"people": [CUONG, KNAPPER]},  # only the host in common
    ],
)
def test_what_keeps_two_reports_apart(change: dict[str, object]) -> None:
    base = {"people": [CUONG, SONEXAY], "location": "Hà Nội"}
    events = merge(
        [
            report("a-1", "Chủ tịch nước tiếp.", **base),  # type: ignore[arg-type]
            report("b-1", "Chủ tịch nước tiếp.", **{**base, **change}),  # type: ignore[arg-type]
        ]
    )
    assert len(events) == 2


def test_a_chain_of_reports_merges_whole() -> None:
    third = ("Saleumxay Kommasith", "Phó Thủ tướng Lào", "LA", "guest")
    events = merge(
        [
            report("a-1", "x", people=[CUONG, SONEXAY]),
            report("b-1", "x", people=[CUONG, SONEXAY, third]),
            report("c-1", "x", people=[SONEXAY, third]),
        ]
    )
    assert len(events) == 1
    assert len(events[0].participants) == 3


def test_people_and_titles_over_time() -> None:
    son_fm = ("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", "VN", "host")
    son_dpm = ("Bùi Thanh Sơn", "Phó Thủ tướng", "VN", "host")
    with CorpusStore() as store:
        store.add_many(
            [
                report(
                    "a-1", "x", people=[son_fm, KNAPPER], date="2023-05-02", published="2023-05-02"
                ),
                report(
                    "a-2", "x", people=[son_fm, KNAPPER], date="2024-06-01", published="2024-06-01"
                ),
                report(
                    "b-1",
                    "x",
                    people=[("Ông Bùi Thanh Sơn", "Phó Thủ tướng", "VN", "host"), KNAPPER],
                    date="2025-01-09",
                    published="2025-01-09",
                ),
                report(
                    "b-2", "x", people=[son_dpm, SONEXAY], date="2025-03-01", published="2025-03-01"
                ),
            ]
        )
        son = next(p for p in people(store.conn) if p.name == "Bùi Thanh Sơn")
    assert son.titles == (
        ("Bộ trưởng Ngoại giao", "2023-05-02", "2024-06-01", 2),
        ("Phó Thủ tướng", "2025-01-09", "2025-03-01", 2),
    )
    assert son.names == ("Bùi Thanh Sơn",)


def test_planned_and_referenced_events_link_to_the_real_one() -> None:
    events = merge(
        [
            report(
                "a-1",
                "Thủ tướng Lào sẽ thăm Việt Nam.",
                people=[SONEXAY],
                type="visit",
                date=None,
                published="2025-02-01",
                planned=True,
            ),
            report(
                "b-1",
                "Thủ tướng Lào thăm Việt Nam.",
                people=[SONEXAY, CUONG],
                type="visit",
                published="2025-02-18",
            ),
            report(
                "c-1",
                "Nhớ lại chuyến thăm tháng 2.",
                people=[SONEXAY],
                type="visit",
                date="2025-02",
                published="2025-04-01",
                referenced=True,
            ),
        ]
    )
    assert len(events) == 1
    assert events[0].mentions == ("a-1#0", "c-1#0")


def test_year_less_dates_take_the_publication_year() -> None:
    import datetime as dt

    assert resolve_day("--02-18", dt.date(2025, 2, 19)) == ("2025-02-18", False)
    assert resolve_day("--12-30", dt.date(2025, 1, 2)) == ("2024-12-30", False)
    assert resolve_day("2025-02", dt.date(2025, 2, 19)) == ("2025-02-19", True)
    assert resolve_day(None, None) == (None, True)


def _snapshot(conn: sqlite3.Connection) -> object:
    return (
        merged_events(conn),
        people(conn),
        conn.execute("SELECT count(*) FROM documents_fts").fetchone(),
        conn.execute("SELECT count(*) FROM statements").fetchone(),
    )


def test_incremental_build_and_re_adding(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    first = [report("a-1", "x", people=[CUONG, SONEXAY])]
    later = [
        report("b-1", "y", people=[CUONG, SONEXAY]),
        report("c-1", "z", people=[CHINH, KNAPPER]),
    ]
    with CorpusStore(path) as store:
        assert store.add_many(first) == 1
    with CorpusStore(path) as store:
        assert store.add_many(later) == 2
        snapshot = _snapshot(store.conn)
        assert len(snapshot[0]) == 2  # type: ignore[index]
        assert store.add_many(first + later) == 0
        assert _snapshot(store.conn) == snapshot
    with CorpusStore() as fresh:
        fresh.add_many(later + first)
        assert _snapshot(fresh.conn) == snapshot


def test_a_changed_article_replaces_the_old_version() -> None:
    with CorpusStore() as store:
        store.add_many(
            [
                report("a-1", "x", people=[CUONG, SONEXAY]),
                report("b-1", "y", people=[CUONG, SONEXAY]),
            ]
        )
        assert len(merged_events(store.conn)) == 1
        store.add(report("a-1", "x2", people=[CHINH, KNAPPER]))
        events = merged_events(store.conn)
    assert sorted(len(e.sources) for e in events) == [1, 1]
    assert {e.id for e in events} == {"a-1#0", "b-1#0"}


def test_a_crash_mid_build_leaves_the_previous_database(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with CorpusStore(path) as store:
        store.add_many([report("a-1", "x", people=[CUONG, SONEXAY])])
        before = _snapshot(store.conn)

    def crashing():  # type: ignore[no-untyped-def]
        yield report("b-1", "y", people=[CUONG, SONEXAY])
        raise RuntimeError("the crawler died")

    with CorpusStore(path) as store, pytest.raises(RuntimeError):
        store.add_many(crashing())
    with CorpusStore(path) as store:
        assert _snapshot(store.conn) == before


def test_the_database_has_foreign_keys_indexes_and_full_text(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with CorpusStore(path) as store:
        store.add_many([report("a-1", "Lương Cường tiếp Sonexay", people=[CUONG, SONEXAY])])
    conn = sqlite3.connect(path)  # a plain connection, as sqlite3/datasette open it
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    fks = conn.execute("PRAGMA foreign_key_list(sources)").fetchall()
    assert {row[2] for row in fks} == {"events", "documents"}
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"sources_family_day", "events_date", "participants_person"} <= indexes
    hits = conn.execute(
        "SELECT document_id FROM documents_fts WHERE documents_fts MATCH 'Sonexay'"
    ).fetchall()
    assert hits == [("a-1",)]
    assert conn.execute("SELECT date, source_count FROM events").fetchall() == [("2025-02-18", 1)]


def test_an_undated_report_does_not_chain_two_days_together() -> None:
    talks = report(
        "a-1", "x", people=[CUONG, SONEXAY], type="talks", date="2025-02-18", published="2025-02-18"
    )
    dinner = report(
        "b-1",
        "y",
        people=[CUONG, SONEXAY],
        type="meeting",
        date="2025-02-19",
        published="2025-02-19",
    )
    undated = report(
        "c-1", "z", people=[CUONG, SONEXAY], type="reception", date=None, published="2025-02-19"
    )
    events = merge([talks, dinner, undated])
    assert sorted(len(e.sources) for e in events) == [1, 1, 1]  # fits both: placed in neither
    alone = merge([talks, undated])
    assert len(alone) == 1 and len(alone[0].sources) == 2  # fits one: placed there


def test_undated_reports_that_fit_no_event_group_within_a_day_of_stamps() -> None:
    a = report("a-1", "x", people=[CUONG, SONEXAY], date=None, published="2025-02-18")
    b = report("b-1", "y", people=[CUONG, SONEXAY], date=None, published="2025-02-18")
    c = report("c-1", "z", people=[CUONG, SONEXAY], date=None, published="2025-02-19")
    d = report("d-1", "w", people=[CUONG, SONEXAY], date=None, published="2025-02-20")
    assert [len(e.sources) for e in merge([a, b, c])] == [3]  # the next morning's report joins
    events = merge([a, b, c, d])
    assert sorted(len(e.sources) for e in events) == [1, 1, 2]  # never chained day after day


def test_datasette_opens_the_database_as_is(tmp_path: Path) -> None:
    datasette_app = pytest.importorskip(
        "datasette.app", reason="datasette is not installed (pip install datasette)"
    )
    import asyncio

    path = tmp_path / "c.sqlite"
    with CorpusStore(path) as store:
        store.add_many([report("a-1", "Lương Cường tiếp Sonexay", people=[CUONG, SONEXAY])])

    async def fetch() -> list[int]:
        ds = datasette_app.Datasette(files=[str(path)])
        paths = [
            "/c/events.json",
            "/c/person_title_history.json",
            "/c/documents_fts.json?_search=Sonexay",
        ]
        return [(await ds.client.get(p)).status_code for p in paths]

    assert asyncio.run(fetch()) == [200, 200, 200]


def test_the_corpus_docs_examples_run() -> None:
    import re

    text = (Path(__file__).resolve().parent.parent / "docs" / "corpus.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "docs/corpus.md", "exec"), {})
