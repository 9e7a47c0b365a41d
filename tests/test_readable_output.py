"""Output people can read and use (issue 14): evidence text, show/table, fields, CSV, progress."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.test_cli import lines, vndiplo
from vndiplo import Runner
from vndiplo.io import CSV_COLUMNS, PEOPLE_COLUMNS, event_rows, write_documents
from vndiplo.progress import Progress, count_inputs
from vndiplo.records import document_record
from vndiplo.show import render_document

ARTICLE = (
    "Tiêu đề bài\n\nChiều 18/2, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp Tổng thống Hàn Quốc "
    "Lee Jae Myung.\n"
)


def article(tmp_path: Path) -> Path:
    path = tmp_path / "bai.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_events_carry_their_evidence_text() -> None:
    doc = Runner().run({"id": "a", "text": ARTICLE, "published": "2025-02-19"})
    [event] = document_record(doc)["events"]
    evidence = event["evidence"]
    assert evidence["text"] == ARTICLE[evidence["start"] : evidence["end"]]
    assert "Lee Jae Myung" in evidence["text"]


def test_show_prints_one_readable_block_per_article(tmp_path: Path) -> None:
    result = vndiplo("show", "--published", "2025-02-19", str(article(tmp_path)))
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert "bai: Tiêu đề bài" in out and "published 2025-02-19" in out
    assert (
        "reception, 2025-02-18 afternoon, Hà Nội: Tô Lâm (Tổng Bí thư) -> "
        "Lee Jae Myung (Tổng thống Hàn Quốc)" in out
    )
    assert "\x1b[" not in out  # piped: plain
    coloured = vndiplo("show", "--color", "always", str(article(tmp_path))).stdout.decode()
    assert "\x1b[" in coloured


def test_show_reads_extract_output_without_rerunning(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    vndiplo("extract", "--published", "2025-02-19", "-o", str(out), str(article(tmp_path)))
    result = vndiplo("show", str(out))
    assert "reception, 2025-02-18 afternoon" in result.stdout.decode()


def test_format_table_matches_render() -> None:
    doc = Runner().run({"id": "a", "text": ARTICLE, "published": "2025-02-19"})
    buffer = io.StringIO()
    write_documents([doc], buffer, "table")
    assert buffer.getvalue() == render_document(doc)


def test_fields_compact_and_indented_json(tmp_path: Path) -> None:
    path = str(article(tmp_path))
    [doc] = lines(vndiplo("extract", "--compact", path).stdout)
    assert "body" not in doc and "blocks" not in doc and doc["events"]
    [doc] = lines(vndiplo("extract", "--fields", "id,events", path).stdout)
    assert list(doc) == ["id", "events"]
    bad = vndiplo("extract", "--fields", "id,nope", path)
    assert bad.returncode == 2 and b"nope" in bad.stderr
    text = vndiplo("extract", "--format", "json", path).stdout.decode()
    assert '\n    "id": "bai",' in text and json.loads(text)[0]["id"] == "bai"


def test_csv_has_planned_and_occasion_and_a_people_table(tmp_path: Path) -> None:
    doc = Runner().run({"id": "a", "text": ARTICLE, "published": "2025-02-19"})
    for row in event_rows(doc):
        assert len(row) == len(CSV_COLUMNS)
    assert {"planned", "occasion"} <= set(CSV_COLUMNS)
    result = vndiplo("extract", "--format", "csv", "--csv-table", "people", str(article(tmp_path)))
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert tuple(rows[0]) == PEOPLE_COLUMNS
    assert {r["name"] for r in rows} == {"Tô Lâm", "Lee Jae Myung"}
    assert {r["id"] for r in rows} == {"bai"}


def test_excel_csv_starts_with_a_utf8_bom(tmp_path: Path) -> None:
    result = vndiplo("extract", "--format", "csv", "--excel", str(article(tmp_path)))
    assert result.stdout.startswith(b"\xef\xbb\xbfid,published,")
    plain = vndiplo("extract", "--format", "csv", str(article(tmp_path)))
    assert plain.stdout.startswith(b"id,")


def test_progress_shows_total_rate_and_time_left() -> None:
    progress = Progress(io.StringIO(), total=10)
    for _ in range(4):
        progress.tick()
    line = progress.line(progress.started + 2.0)
    assert line == "4/10 documents (40%), 2.0/s, 0:03 left"
    assert Progress(io.StringIO()).line(0.0).endswith("/s")


def test_inputs_are_counted_when_they_can_be(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"text": "a"}\n\n{"text": "b"}\n')
    assert count_inputs([str(batch), str(article(tmp_path))]) == 3
    assert count_inputs(["-"]) is None


def test_progress_stays_off_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    result = vndiplo("extract", str(article(tmp_path)))
    assert result.stderr == b""
    forced = vndiplo("extract", "--progress", "always", str(article(tmp_path)))
    assert b"1/1 documents" in forced.stderr


def test_excel_is_only_for_csv(tmp_path: Path) -> None:
    result = vndiplo("extract", "--excel", str(article(tmp_path)))
    assert result.returncode == 2 and b"--excel" in result.stderr
