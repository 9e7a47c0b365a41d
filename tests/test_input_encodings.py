"""Inputs are never lost to their encoding or shape (issue 14)."""

from __future__ import annotations

import contextlib
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_cli import lines, vndiplo
from vndiplo.encoding import DecodeError, decode
from vndiplo.io import InputError, iter_records

ARTICLE = "Tiêu đề bài\n\nChiều 18/2, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp ông Lee Jae Myung.\n"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed vowels, tone marks as combining characters."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out.append(base + "".join(c for c in parts if c in TONES))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8-sig"),
        ARTICLE.encode("utf-16"),
        ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("utf-16-le"),
        ARTICLE.encode("utf-32"),
        cp1258(ARTICLE),
    ],
    ids=["utf8-bom", "utf16-bom", "utf16be", "utf16le", "utf32-bom", "cp1258"],
)
def test_encodings_read_back_the_article(data: bytes) -> None:
    assert decode(data).text == ARTICLE


def test_guesses_are_reported_and_sure_reads_are_not() -> None:
    assert decode(ARTICLE.encode()).record() is None
    assert decode(ARTICLE.encode("utf-16")).record() == {"name": "utf-16-le", "how": "bom"}
    assert decode(cp1258(ARTICLE)).record() == {"name": "cp1258", "how": "guessed"}
    assert decode(cp1258(ARTICLE), "cp1258").how == "option"


def test_binary_is_refused_saying_what_was_tried() -> None:
    with pytest.raises(DecodeError, match="Windows-1258"):
        decode(b"\x00\x01\x02PNG\x00\x00\xff\xfe\x00")
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"abc", "no-such-codec")


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_decode_error(data: bytes) -> None:
    with contextlib.suppress(DecodeError):
        assert isinstance(decode(data).text, str)


@given(st.text(max_size=200))
def test_unicode_text_round_trips_through_boms(text: str) -> None:
    for codec in ("utf-8-sig", "utf-16", "utf-32"):
        assert decode(text.encode(codec)).text == text


def test_cli_records_guessed_encoding_and_encoding_option(tmp_path: Path) -> None:
    legacy = tmp_path / "cu.txt"
    legacy.write_bytes(cp1258(ARTICLE))
    result = vndiplo("extract", str(legacy))
    [doc] = lines(result.stdout)
    assert result.returncode == 0, result.stderr
    assert doc["extras"]["encoding"] == {"name": "cp1258", "how": "guessed"}
    assert "Tô Lâm" in doc["body"] and b"--encoding" in result.stderr
    result = vndiplo("extract", "--encoding", "cp1258", str(legacy))
    assert lines(result.stdout)[0]["extras"]["encoding"]["how"] == "option"
    assert b"warning" not in result.stderr


def test_utf16_jsonl_records_keep_their_encoding(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes((json.dumps({"id": "u", "text": ARTICLE}) + "\n").encode("utf-16"))
    [doc] = lines(vndiplo("extract", str(path)).stdout)
    assert doc["id"] == "u" and doc["extras"]["encoding"]["name"] == "utf-16-le"


def collect(paths: list[str]) -> tuple[list[dict[str, object]], list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []

    def on_error(exc: InputError) -> None:
        errors.append(str(exc))

    records = list(iter_records(paths, on_error=on_error, on_warning=warnings.append))
    return records, errors, warnings


def test_empty_files_and_duplicate_ids_are_warned_and_kept(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": "x", "text": "a"}\n{"id": "x", "text": "b"}\n')
    records, errors, warnings = collect([str(empty), str(batch)])
    assert [r["id"] for r in records] == ["empty", "x", "x"] and not errors
    assert any("empty.txt: empty file" in w for w in warnings)
    assert any("b.jsonl:2: duplicate id 'x'" in w for w in warnings)
    assert all("_where" not in r for r in records)


def test_not_json_names_line_and_column(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": "x", "text": "a"}\n{"id": "y", "text": oops}\n')
    _records, errors, _warnings = collect([str(batch)])
    assert errors == [f"{batch}:2:21: not JSON (Expecting value at line 2, column 21)"]


def test_cli_warns_on_stderr_and_still_writes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE)
    result = vndiplo("extract", str(tmp_path / "a.txt"), str(tmp_path / "sub" / "a.txt"))
    assert result.returncode == 0
    assert [d["id"] for d in lines(result.stdout)] == ["a", "a"]
    err = result.stderr.decode()
    assert "empty file" in err and "duplicate id 'a'" in err


def test_utf16_jsonl_on_stdin_is_sniffed_after_decoding() -> None:
    record = json.dumps({"id": "s", "text": ARTICLE}) + "\n"
    result = vndiplo("extract", "-", stdin=record.encode("utf-16"))
    assert [d["id"] for d in lines(result.stdout)] == ["s"]
