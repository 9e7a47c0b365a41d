"""The report in a real headless browser (Debian's chromium): no console errors, right counts.

Skipped, saying why, when no chromium is installed; ``.ci/run`` installs it. Set
``VNDIPLO_SCREENSHOT=docs/corpus-report.png`` to refresh the screenshot kept in the docs.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.corpus_helpers import CHINH, CUONG, KNAPPER, SONEXAY, planned_visit, report
from vndiplo.corpus import CorpusStore
from vndiplo.corpus.report import write_report

CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser")) if p), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)"
)
_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *_FLAGS, *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("report")
    db = folder / "c.sqlite"
    with CorpusStore(db) as store:
        store.add_many(
            [
                report(
                    "vov-1",
                    "Chủ tịch nước Lương Cường tiếp Thủ tướng Lào.",
                    people=[CUONG, SONEXAY],
                ),
                report(
                    "nhandan-1", "Chủ tịch nước hội kiến Thủ tướng Lào.", people=[CUONG, SONEXAY]
                ),
                report(
                    "vov-2",
                    "Thủ tướng tiếp Đại sứ.",
                    people=[CHINH, KNAPPER],
                    date="2024-05-02",
                    published="2024-05-02",
                ),
                # announced beforehand: a row of its own, linked to the meeting
                planned_visit("tin-1", published="2025-02-10"),
            ]
        )
    html = folder / "report.html"
    write_report(db, html)
    return db, html


def test_the_page_renders_without_console_errors(page: tuple[Path, Path]) -> None:
    _db, html = page
    done = _chromium("--enable-logging=stderr", "--v=0", "--dump-dom", html.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    # The page logs nothing, so any console line (console.error, an uncaught exception) fails.
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []


def test_the_counts_on_the_page_are_the_database_counts(page: tuple[Path, Path]) -> None:
    db, html = page
    dom = _chromium("--dump-dom", html.as_uri()).stdout
    conn = sqlite3.connect(db)
    for table in ("events", "sources", "mentions", "people", "documents"):
        (expected,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        shown = re.search(rf'id="count-{table}" data-count="(\d+)"', dom)
        assert shown is not None and int(shown.group(1)) == expected, table
    assert conn.execute("SELECT event_id FROM mentions").fetchall() == [("nhandan-1#0",)]
    assert dom.count('class="mention planned"') == 1
    # The script ran: every event row is shown before any filter is chosen.
    shown_events = re.search(r'id="shown">(\d+)<', dom)
    assert shown_events is not None
    assert int(shown_events.group(1)) == conn.execute("SELECT count(*) FROM events").fetchone()[0]


def test_screenshot(page: tuple[Path, Path], tmp_path: Path) -> None:
    _db, html = page
    target = Path(os.environ.get("VNDIPLO_SCREENSHOT") or tmp_path / "report.png")
    done = _chromium(f"--screenshot={target.resolve()}", "--window-size=1200,1600", html.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert target.stat().st_size > 10_000
