"""A bad ``published`` never costs the document (issue 14): records, the API and the CLI."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

import vndiplo
from tests.test_cli import lines
from tests.test_cli import vndiplo as run_cli
from vndiplo import Runner
from vndiplo.published import parse_published

PAGE = (
    "Hai bộ trưởng hội đàm\n\nHà Nội, 19/02/2025\n\n"
    "Chiều 18/2, hai bên đã hội đàm tại Hà Nội về hợp tác kinh tế.\n"
)


def test_record_with_unparseable_published_keeps_document_and_uses_page_date() -> None:
    doc = Runner().run({"id": "a1", "text": PAGE, "published": "yesterday"})
    assert doc.body and doc.events
    assert doc.published == dt.date(2025, 2, 19) and doc.published_source == "page"
    [warning] = [e for e in doc.errors if e.plugin == "vndiplo"]
    assert "'a1'" in warning.message and "'yesterday'" in warning.message


def test_record_with_day_first_published_reads_it_and_says_so() -> None:
    doc = Runner().run({"id": "a2", "text": PAGE, "published": "20/02/2025"})
    assert doc.published == dt.date(2025, 2, 20) and doc.published_source == "caller"
    assert any("day-first" in e.message and "'a2'" in e.message for e in doc.errors)


def test_iso_timestamp_is_read_without_warning() -> None:
    doc = Runner().run({"id": "a3", "text": PAGE, "published": "2025-02-20T05:02:00+07:00"})
    assert doc.published == dt.date(2025, 2, 20) and not doc.errors


def test_api_treats_published_like_a_record() -> None:
    doc = vndiplo.extract(PAGE, published="20/02/2025")
    assert doc.published == dt.date(2025, 2, 20)
    assert any("day-first" in e.message for e in doc.errors)
    doc = vndiplo.extract(PAGE, published="hôm qua")
    assert doc.published == dt.date(2025, 2, 19) and doc.body


def test_cli_option_accepts_day_first_and_refuses_nonsense(tmp_path: object) -> None:
    ok = run_cli("extract", "--published", "20/02/2025", "-", stdin=PAGE.encode())
    assert ok.returncode == 0, ok.stderr
    assert lines(ok.stdout)[0]["published"] == "2025-02-20"
    bad = run_cli("extract", "--published", "yesterday", "-", stdin=PAGE.encode())
    assert bad.returncode == 2 and b"DD/MM/YYYY" in bad.stderr


def test_cli_jsonl_record_with_bad_published_is_written() -> None:
    record = json.dumps({"id": "x", "text": PAGE, "published": "19/02/2025"}) + "\n"
    result = run_cli("extract", "--input-format", "jsonl", "-", stdin=record.encode())
    [doc] = lines(result.stdout)
    assert doc["body"] and doc["published"] == "2025-02-19" and doc["events"]


@given(st.text())
def test_any_text_never_crashes(value: str) -> None:
    when = parse_published(value)
    assert when.value is None or isinstance(when.value, dt.date)
    assert when.value is not None or not value.strip() or when.warning


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(["/", "-", "."]))
def test_valid_dates_round_trip(date: dt.date, sep: str) -> None:
    assert parse_published(date.isoformat()) == parse_published(date)
    assert parse_published(date.isoformat()).value == date
    day_first = f"{date.day:02d}{sep}{date.month}{sep}{date.year:04d}"
    assert parse_published(day_first).value == date
    assert parse_published(f"ngày {date.day} tháng {date.month} năm {date.year}").value == date
