"""The corpus database opens as is in DuckDB, through DuckDB's sqlite extension.

The extension comes from PyPI (``pip install 'vndiplo[duckdb]'``): DuckDB would otherwise
download it at run time, which this test never does (auto-install is switched off), so it skips
when the extension is not installed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.corpus_helpers import CHINH, CUONG, KNAPPER, SONEXAY, report
from vndiplo.corpus import CorpusStore

duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed (vndiplo[duckdb])")


def _sqlite_extension() -> Path:
    try:
        import duckdb_extension_sqlite_scanner as packaged
    except ImportError:
        pytest.skip("DuckDB's sqlite extension is not installed (vndiplo[duckdb])")
    path = Path(packaged.__file__).parent / "extensions" / f"v{duckdb.__version__}"
    path /= "sqlite_scanner.duckdb_extension"
    if not path.exists():
        pytest.skip(f"no sqlite extension for DuckDB {duckdb.__version__} in {path.parent}")
    return path


def test_duckdb_opens_the_database_as_is(tmp_path: Path) -> None:
    extension = _sqlite_extension()
    path = tmp_path / "c.sqlite"
    with CorpusStore(path) as store:
        store.add_many(
            [
                report("a-1", "Lương Cường tiếp Sonexay", people=[CUONG, SONEXAY]),
                report("b-1", "Sonexay hội kiến Lương Cường", people=[CUONG, SONEXAY]),
                report("c-1", "Phạm Minh Chính tiếp Marc Knapper", people=[CHINH, KNAPPER]),
            ]
        )
    conn = duckdb.connect()
    conn.execute("SET autoinstall_known_extensions = false")  # never a download
    conn.execute("SET autoload_known_extensions = false")
    conn.execute(f"LOAD '{extension}'")
    conn.execute(f"ATTACH '{path}' AS corpus (TYPE sqlite, READ_ONLY)")
    plain = sqlite3.connect(path)
    for table in ("documents", "events", "sources", "people", "participants"):
        query = f"SELECT count(*) FROM {table}"
        got = conn.execute(query.replace("FROM ", "FROM corpus.")).fetchone()
        assert got == plain.execute(query).fetchone(), table
    who_met_whom = (
        "SELECT a.name, b.name, count(*) FROM {p} x JOIN {p} y "
        "ON x.event_id = y.event_id AND x.person_id < y.person_id "
        "JOIN {pe} a ON a.id = x.person_id JOIN {pe} b ON b.id = y.person_id "
        "GROUP BY 1, 2 ORDER BY 3 DESC, 1"
    )
    got = conn.execute(who_met_whom.format(p="corpus.participants", pe="corpus.people"))
    want = plain.execute(who_met_whom.format(p="participants", pe="people")).fetchall()
    assert got.fetchall() == want
    assert want[0][2] == 1 and len(want) == 2
    assert conn.execute("SELECT max(source_count) FROM corpus.events").fetchone() == (2,)
