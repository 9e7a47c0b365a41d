"""The grouped alternations of ``vndiplo_titles.windows`` (built for speed) match exactly what
the flat alternations they replace match: same spans, at every position."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles.windows import _alternation, _by_first_letter, _literal_trie, matches

#: few letters, so that words share prefixes and texts hold them often
_LETTERS = "abcôơ"
_words = st.text(_LETTERS, min_size=0, max_size=4)
_keys = st.lists(st.lists(st.text(_LETTERS, min_size=1, max_size=3), min_size=1, max_size=3))
_texts = st.text(_LETTERS + " .", max_size=40)


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    # the callers add a look-ahead after the group; one here makes backtracking matter
    compiled = re.compile(f"(?:{pattern})(?![b])")
    return [m.span() for m in compiled.finditer(text)]


@given(st.lists(_words, min_size=1, max_size=8), _texts)
def test_literal_trie_matches_the_flat_alternation(words: list[str], text: str) -> None:
    flat = "|".join(re.escape(w) for w in words)
    assert _spans(_literal_trie(words), text) == _spans(flat, text)


@given(_keys.filter(bool), _texts)
def test_grouped_alternation_matches_the_plain_one(keys: list[list[str]], text: str) -> None:
    assert _spans(_by_first_letter(keys), text) == _spans(_alternation(keys), text)


@given(_keys.filter(bool), _texts)
def test_word_start_guard_rejects_what_the_callers_reject(keys: list[list[str]], text: str) -> None:
    # callers search the plain pattern and drop, one by one, hits with a letter right before
    plain = re.compile(f"(?:{_alternation(keys)})(?![b])")
    guarded = re.compile(f"(?:{_by_first_letter(keys, word_start=True)})(?![b])")

    def starts_word(m: re.Match[str]) -> bool:
        return m.start() == 0 or not text[m.start() - 1].isalpha()

    expected = [m.span() for m in matches(plain, text, starts_word)]
    assert [m.span() for m in matches(guarded, text, lambda m: True)] == expected


def test_grouping_keeps_the_words_order_around_an_empty_word() -> None:
    # "" before "b": at "b" the empty word wins, as in the flat alternation
    pattern = re.compile(_literal_trie(["a", "", "b"]))
    assert [m.span() for m in pattern.finditer("b")] == [(0, 0), (0, 1), (1, 1)]
