"""The command line, run in a subprocess: every input kind and every exit code."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

ARTICLE = "Tiêu đề bài\n\nChiều 18/2, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp ông Lee Jae Myung.\n"


def vndiplo(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vndiplo", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def lines(out: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


def test_help_and_version() -> None:
    result = vndiplo("--help")
    assert result.returncode == 0 and b"extract" in result.stdout
    assert vndiplo("extract", "--help").returncode == 0
    assert vndiplo("--version").stdout.startswith(b"vndiplo ")


def test_seeds_give_one_contract_line_each() -> None:
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    result = vndiplo("extract", *seeds)
    assert result.returncode == 0, result.stderr
    docs = lines(result.stdout)
    assert [d["id"] for d in docs] == [Path(p).stem for p in seeds]
    check = subprocess.run(
        [sys.executable, str(ROOT.parent / "shared" / "tools" / "check_contract.py"), *seeds],
        input=result.stdout,
        capture_output=True,
    )
    if (ROOT.parent / "shared").exists():
        assert check.returncode == 0, check.stdout


def test_txt_file_uses_stem_as_id_and_published_option(tmp_path: Path) -> None:
    path = tmp_path / "bai-1.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = vndiplo("extract", "--published", "2025-02-18", str(path))
    assert result.returncode == 0, result.stderr
    (doc,) = lines(result.stdout)
    assert doc["id"] == "bai-1" and doc["published"] == "2025-02-18"


def test_jsonl_records_keep_their_own_fields(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    records = [
        {"id": "a", "text": ARTICLE, "published": "2024-03-31", "url": "https://x.vn/a"},
        {"id": "b", "text": ARTICLE},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    result = vndiplo("extract", "--published", "2025-01-01", str(path))
    assert result.returncode == 0, result.stderr
    a, b = lines(result.stdout)
    assert (a["id"], a["published"], a["url"]) == ("a", "2024-03-31", "https://x.vn/a")
    assert (b["id"], b["published"]) == ("b", "2025-01-01")


def test_stdin_text_and_stdin_jsonl() -> None:
    (doc,) = lines(vndiplo("extract", "-", stdin=ARTICLE.encode()).stdout)
    assert doc["id"] == "stdin"
    record = json.dumps({"id": "z", "text": ARTICLE}).encode()
    (doc,) = lines(vndiplo("extract", "-", stdin=record).stdout)
    assert doc["id"] == "z"


def test_json_and_csv_formats(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = vndiplo("extract", "--format", "json", str(path), str(path))
    docs = json.loads(result.stdout)
    assert isinstance(docs, list) and len(docs) == 2
    result = vndiplo("extract", "--format", "csv", str(path))
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert rows and rows[0]["id"] == "a"
    assert result.returncode == 0


def test_bad_files_are_named_and_the_others_continue(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Hà Nội".encode("utf-16"))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"H\xe0 N\xf4i")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02PNG")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "ok", "text": "x"}\nnot json\n{"id": "notext"}\n')
    result = vndiplo(
        "extract",
        str(utf16),
        str(latin1),
        str(good),
        str(binary),
        str(tmp_path / "missing.txt"),
        str(broken),
    )
    assert result.returncode == 2
    err = result.stderr.decode()
    problems = [line for line in err.splitlines() if ": error: " in line]
    for name in ("blob.txt", "missing.txt", "broken.jsonl:2", "broken.jsonl:3"):
        assert name in err
    assert len(problems) == 4  # one line per problem
    # UTF-16 (by its byte-order mark) and a legacy single-byte file are read, not refused.
    assert [d["id"] for d in lines(result.stdout)] == ["utf16", "latin1", "good", "ok"]
    assert "latin1.txt: not UTF-8; read as cp1258" in err


def test_empty_and_whitespace_inputs_give_empty_results(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\u00a0\t\n")
    result = vndiplo("extract", str(empty), str(blank))
    assert result.returncode == 0, result.stderr
    for doc in lines(result.stdout):
        assert doc["body"] == "" and doc["events"] == [] and doc["dates"] == []


def test_usage_errors_exit_2() -> None:
    assert vndiplo("extract").returncode == 2
    assert vndiplo("extract", "--published", "yesterday", "-", stdin=b"x").returncode == 2
    # day-first is read, as in a record and in vndiplo.extract (issue 14)
    assert vndiplo("extract", "--published", "18/2/2025", "-", stdin=b"x").returncode == 0
    assert vndiplo("extract", "--workers", "0", "-", stdin=b"x").returncode == 2
    assert vndiplo("frobnicate").returncode == 2
    result = vndiplo("extract", "--plugin", "no_such_plugin_module", "-", stdin=b"x")
    assert result.returncode == 2 and b"no_such_plugin_module" in result.stderr


def test_plugin_errors_exit_1_and_documents_are_still_written() -> None:
    result = vndiplo(
        "extract", "--plugin", "tests.plugins_for_tests.failing", "-", stdin=ARTICLE.encode()
    )
    assert result.returncode == 1
    (doc,) = lines(result.stdout)
    assert doc["errors"] == [
        {
            "plugin": "failing",
            "hook": "vndiplo_enrich",
            "message": "RuntimeError: deliberately broken",
        }
    ]
    assert doc["body"]


def test_plugins_command_lists_plugins_and_hooks() -> None:
    result = vndiplo("plugins", "--json")
    assert result.returncode == 0
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert {"builtin", "boilerplate", "dates", "titles", "events"} <= set(rows)
    assert rows["builtin"]["hooks"] == ["vndiplo_read", "vndiplo_reference_date"]
    table = vndiplo("plugins").stdout.decode()
    assert "vndiplo_read" in table


def test_workers_give_the_same_output(tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    one = vndiplo("extract", *seeds).stdout
    two = vndiplo("extract", "--workers", "2", *seeds).stdout
    assert one == two


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_output_file_option(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    result = vndiplo("extract", "--format", fmt, "-o", str(out), "-", stdin=ARTICLE.encode())
    assert result.returncode == 0 and result.stdout == b""
    assert out.read_text(encoding="utf-8")
