"""The speed-ups in ``vndiplo_events.patterns`` match exactly what the plain forms match.

``word_start`` and the phrase tries test the word boundary after the first character (so that
``re`` can skip ahead); these tests compare them with the plain ``(?<!\\w)(?:...)`` form on the
seeds, on edge cases (boundaries at the start of the searched range, punctuation, digits) and on
generated text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events.patterns import PhraseMatcher, lowered, trie_pattern, word_start

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
ALTERNATIVES = (r"tại\s+", r"nhân\s+dịp", "nhằm", r"đang\s+(?:có|thăm)", "mời")
PHRASES = ("tiếp", "tiếp tục", "trực tiếp", "hội đàm", "đón", "dự", "dự án", "thăm", "ký")


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def _plain(phrases: tuple[str, ...]) -> re.Pattern[str]:
    unique = sorted({" ".join(p.split()) for p in phrases})
    return re.compile(rf"(?<!\w)(?:{trie_pattern(unique)})(?!\w)")


CASES = [
    "tại Hà Nội",
    "xtại Hà Nội",
    "1tại Hà Nội, (tại) Huế",
    "đã tiếp tục tiếp; trực tiếp, tiếp.",
    "dự án dự\ndự  án ký ký",
    "nhân dịp nhằmnhằm mời",
]


@pytest.mark.parametrize("text", CASES)
@pytest.mark.parametrize("start", [0, 1, 2, 4])
def test_word_start_matches_the_plain_form(text: str, start: int) -> None:
    fast = re.compile(word_start(*ALTERNATIVES) + r"(?!\w)")
    plain = re.compile(r"(?<!\w)(?:" + "|".join(ALTERNATIVES) + r")(?!\w)")
    assert _spans(fast, text, start, len(text)) == _spans(plain, text, start, len(text))


def test_word_start_wants_a_letter_first() -> None:
    with pytest.raises(ValueError):
        word_start(r"\s+tại")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_phrase_matcher_matches_the_plain_trie_on_seeds(path: Path) -> None:
    text = lowered(path.read_text(encoding="utf-8"))
    matcher = PhraseMatcher(PHRASES)
    plain = _plain(PHRASES)
    for start in (0, 1, len(text) // 3):
        assert _spans(matcher.regex, text, start, len(text)) == _spans(
            plain, text, start, len(text)
        )


@given(st.text(alphabet=" ,.;\nxtiếpcụrựcdựánkýđóhộiàmthă1", max_size=80), st.integers(0, 5))
def test_phrase_matcher_matches_the_plain_trie(text: str, start: int) -> None:
    matcher = PhraseMatcher(PHRASES)
    assert _spans(matcher.regex, text, start, len(text)) == _spans(
        _plain(PHRASES), text, start, len(text)
    )
