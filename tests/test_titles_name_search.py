"""The ``str.find`` name searches give exactly the hits of the regexes they replace."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles.name_search import NameFinder, surname_hits
from vndiplo_titles.windows import matches

# few letters, so that names overlap, share first words and sit inside longer words
_LETTER = st.sampled_from("abđê")
_WORD = st.text(_LETTER, min_size=1, max_size=3)
_KEY = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
_TEXT = st.text(st.sampled_from("abđê .-'\n\u00a0"), max_size=60)


def name_hits(keys: list[str], block: str, accept: Callable[[int], bool]) -> object:
    return NameFinder(keys).hits(block, accept)


def _pattern(keys: list[str]) -> re.Pattern[str]:
    body = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in keys)
    return re.compile("(?:" + body + r")(?!\w)")


@given(st.lists(_KEY, min_size=1, max_size=5, unique=True), _TEXT, st.integers(0, 3))
def test_name_hits_equal_the_alternation(keys: list[str], block: str, every: int) -> None:
    def accept(start: int) -> bool:  # rejects some hits, as the look-behind check does
        return every == 0 or start % (every + 1) != 1

    expected = [
        (m.start(), m.end()) for m in matches(_pattern(keys), block, lambda m: accept(m.start()))
    ]
    assert name_hits(keys, block, accept) == expected


def test_name_hits_prefer_the_earlier_key_at_one_position() -> None:
    keys = ["lan hà minh", "lan hà"]
    assert name_hits(keys, "ông lan  hà minh, lan hà", lambda _: True) == [(4, 16), (18, 24)]
    # the shorter key first takes the position, as the alternation in that order would
    assert name_hits(["lan hà", "lan hà minh"], "lan hà minh", lambda _: True) == [(0, 6)]


def test_name_hits_decline_a_key_without_words() -> None:
    assert name_hits(["lan", " "], "lan", lambda _: True) is None


@given(
    st.text(st.sampled_from("abđ"), min_size=2, max_size=3).map(lambda s: "B" + s),
    st.text(st.sampled_from("Babđ .-'\n"), max_size=50),
    st.integers(0, 50),
    st.integers(0, 50),
)
def test_surname_hits_equal_the_pattern(last: str, text: str, lo: int, hi: int) -> None:
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    pattern = re.compile(
        re.escape(last[0]) + r"(?<![\w.'-].)" + re.escape(last[1:]) + r"(?![\w'-])"
    )
    expected = [(m.start(), m.end()) for m in pattern.finditer(text, lo, hi)]
    assert list(surname_hits(last, text, lo, hi)) == expected


@given(
    st.lists(st.text(st.sampled_from("abđ-"), min_size=1, max_size=3), min_size=1, max_size=3),
    st.text(st.sampled_from("abđ- \n\u00a0"), max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_ner_locate_equals_the_joined_pattern(
    parts: list[str], text: str, start: int, end: int
) -> None:
    from vndiplo_ner.propose import _locate

    start, end = min(start, len(text)), min(max(start, end), len(text))
    word = " ".join(parts)
    at = text.find(parts[0], start, end)
    m = re.compile(r"\s+".join(map(re.escape, parts))).match(text, at, end) if at >= 0 else None
    assert _locate(word, text, start, end) == (m.span() if m else None)
