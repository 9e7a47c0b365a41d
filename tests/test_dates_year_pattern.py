"""The year pattern, written for speed, reads exactly what its plain spelling reads.

:data:`vndiplo_dates.patterns.YEAR` opens each branch with a letter and checks the word
boundary after it, so that the engine can skip between possible first letters. The plain
spelling below (a leading look-behind and optional qualifier) is the specification: both must
find the same matches, with the same groups and the same qualifier, on any text and any window.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates.handlers import _qualified
from vndiplo_dates.patterns import YEAR

from vndiplo.testing.core import unicode_texts

_PLAIN = re.compile(
    r"(?<!\w)(?:(?P<q>đầu|giữa|cuối)\s+)?"
    r"(?:(?:mùa\s+)?xuân|năm|tết(?:\s+nguyên\s+đán)?)\s+"
    r"(?:(?P<y>(?:1[7-9]\d\d|20\d\d))(?!\w|[/.,\-]\d|\s*[-–—]\s*\d)|(?P<rel>nay|ngoái|tới)(?!\w))",
    re.IGNORECASE,
)
_WORDS = st.sampled_from(
    [
        "từ",
        "Từ",
        "đầu",
        "giữa",
        "CUỐI",
        "mùa",
        "xuân",
        "Xuân",
        "năm",
        "NĂM",
        "tết",
        "Tết",
        "nguyên",
        "đán",
        "nay",
        "ngoái",
        "tới",
        "2025",
        "1789",
        "2031-2035",
        "x",
        "",
        " ",
        "  ",
        ".",
        "/",
        "-",
        "–",
        "\n",
    ]
)


def _read(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[object]:
    out: list[object] = []
    for match in pattern.finditer(text, start, end):
        qualified = bool(match["q"]) if "q" in pattern.groupindex else _qualified(match.group())
        out.append((match.span(), match["y"], match["rel"], qualified))
    return out


def _both(text: str, start: int, end: int) -> None:
    assert _read(YEAR, text, start, end) == _read(_PLAIN, text, start, end)
    low = text.lower()
    fast, plain = (re.compile(p.pattern) for p in (YEAR, _PLAIN))
    assert _read(fast, low, start, end) == _read(plain, low, start, end)


@given(st.lists(_WORDS, max_size=12).map(" ".join), st.integers(0, 8), st.integers(0, 80))
def test_same_matches_on_year_like_text(text: str, start: int, end: int) -> None:
    _both(text, min(start, len(text)), end)


@given(unicode_texts(), st.integers(0, 40), st.integers(0, 400))
def test_same_matches_on_any_text(text: str, start: int, end: int) -> None:
    _both(text, min(start, len(text)), end)


def test_the_qualifier_is_read_from_the_phrase() -> None:
    text = "Từ đầu năm 2012 và trong những năm tới, cuối năm nay"
    assert _read(YEAR, text, 0, len(text)) == _read(_PLAIN, text, 0, len(text))
    assert [q for *_, q in _read(YEAR, text, 0, len(text))] == [True, False, True]
