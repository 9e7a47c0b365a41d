"""``vndiplo corpus build`` and ``vndiplo report`` from the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from vndiplo.cli import main

LAOS = "Chiều 18/2/2025, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Thủ tướng Lào "
LAOS += "Sonexay Siphandone đang thăm chính thức Việt Nam."
LAOS_2 = "Hà Nội, 18/2/2025 - Chiều nay, Chủ tịch nước Lương Cường đã hội kiến Thủ tướng Lào "
LAOS_2 += "Sonexay Siphandone tại Phủ Chủ tịch."
US = "Sáng 18/2/2025, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hoa Kỳ Marc Knapper."


def _write(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def test_build_report_and_rebuild(tmp_path: Path, capsys: object) -> None:
    first = _write(
        tmp_path / "a.jsonl",
        [{"id": "vov-1", "text": LAOS, "url": "https://vov.vn/1", "published": "2025-02-18"}],
    )
    second = tmp_path / "b.txt"
    second.write_text(LAOS_2 + "\n\n" + US, encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert main(["corpus", "build", str(db), str(first)]) == 0
    assert main(["corpus", "build", str(db), str(second), "--published", "2025-02-18"]) == 0
    conn = sqlite3.connect(db)
    sources = conn.execute(
        "SELECT e.id, count(DISTINCT s.document_id) FROM events e "
        "JOIN sources s ON s.event_id = e.id "
        "WHERE e.family = 'meeting' GROUP BY e.id ORDER BY e.id"
    ).fetchall()
    assert sorted(n for _e, n in sources) == [1, 2]  # Laos: two articles; US: one
    before = conn.execute("SELECT * FROM events ORDER BY id").fetchall()
    conn.close()
    assert main(["corpus", "build", str(db), str(first), str(second)]) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT * FROM events ORDER BY id").fetchall() == before
    conn.close()
    html = tmp_path / "r.html"
    assert main(["report", str(db), "-o", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    assert 'id="count-events"' in page and "<svg" in page
    assert "https://vov.vn/1" in page
    assert "http" not in page.replace("https://vov.vn/1", "").replace(
        "http://www.w3.org/2000/svg", ""
    )  # nothing fetched from the network


def test_contract_records_are_loaded_not_re_extracted(tmp_path: Path, capsys: object) -> None:
    source = _write(tmp_path / "in.jsonl", [{"id": "x", "text": LAOS}])
    extracted = tmp_path / "out.jsonl"
    assert main(["extract", str(source), "-o", str(extracted), "--include-text"]) == 0
    db = tmp_path / "c.sqlite"
    assert main(["corpus", "build", str(db), str(extracted)]) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT id FROM documents").fetchall() == [("x",)]


def test_report_of_a_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["report", str(tmp_path / "none.sqlite"), "-o", str(tmp_path / "r.html")]) == 2


def test_the_dask_build_equals_the_serial_build(tmp_path: Path) -> None:
    import dask.bag as db

    from vndiplo import Runner
    from vndiplo.corpus import CorpusStore, merged_events, people
    from vndiplo.dask import build_corpus
    from vndiplo.testing.synthetic import articles

    records = list(articles(24, size=900, seed=3))
    records += [{"id": "laos-1", "text": LAOS}, {"id": "laos-2", "text": LAOS_2}]
    bag = db.from_sequence(records, npartitions=4)
    parallel = tmp_path / "p.sqlite"
    assert build_corpus(bag, str(parallel), scheduler="sync") == len(records)
    assert build_corpus(bag, str(parallel), scheduler="sync") == 0
    with CorpusStore() as serial, CorpusStore(parallel) as built:
        serial.add_many(Runner().run_many(reversed(records)))
        assert merged_events(built.conn) == merged_events(serial.conn)
        assert people(built.conn) == people(serial.conn)
