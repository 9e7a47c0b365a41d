"""The shared word-start scan that ``benchmarks.scans`` times finds what the phrase regex finds:
the timing compares two ways to the same matches, never a faster wrong one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events.patterns import PhraseMatcher

from benchmarks.scans import after_space, shared_finditer, word_starts

# phrases that nest, share first words, end in punctuation and span a dash
_PHRASES = ["hội đàm", "hội", "đàm phán", "gặp", "gặp gỡ", "ký,", "kinh tế - xã hội", "tế"]
_FIRST = frozenset(p[0] for p in _PHRASES)
_PIECES = ["hội", "đàm", "phán", "gặp", "gỡ", "ký", "kinh", "tế", "xã", " ", "  ", "\n", ",", "-"]
_PIECES += [" - ", "(", "“", "a", "1", "_"]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_shared_scan_finds_the_regex_matches(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    regex = PhraseMatcher(_PHRASES).regex
    expected = [(m.span(), m.group()) for m in regex.finditer(text, start, end)]
    found = shared_finditer(regex, after_space(regex), _FIRST, text, word_starts(text), start, end)
    assert [(m.span(), m.group()) for m in found] == expected


def test_word_starts_follow_non_word_runs() -> None:
    assert word_starts("Ông (A) “B” - c") == [0, 5, 7, 9, 11, 13]
