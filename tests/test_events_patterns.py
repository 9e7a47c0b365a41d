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


@given(
    st.lists(
        st.sampled_from(("tại", "tạm", "trong", "theo", "nhân", "nhằm", "ở", "t", "n")), min_size=1
    ),
    st.text(alphabet=" ,.\ntạimrongheonhânằởx", max_size=60),
    st.integers(0, 3),
)
def test_word_start_groups_as_the_plain_form(
    alternatives: list[str], text: str, start: int
) -> None:
    """Alternatives that share a first letter share one branch: the same hits, in order."""
    fast = re.compile(word_start(*alternatives) + r"(?!\w)")
    plain = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    assert _spans(fast, text, start, len(text)) == _spans(plain, text, start, len(text))


def test_word_start_keeps_case_variants_apart() -> None:
    """ "t" and "T" may match one character under IGNORECASE: no shared branch, order kept."""
    pattern = re.compile(word_start("tại", "Tạm", "tạ"), re.IGNORECASE)
    assert pattern.match("TẠM").group() == "TẠM"
    assert pattern.match("tạ").group() == "tạ"


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


def _first_character_guard(phrases: list[str]) -> re.Pattern[str]:
    """The matcher as it was before the boundary moved to the end of the first word: the
    reference the faster form must agree with."""
    root: dict[str, dict] = {}
    for phrase in sorted({" ".join(p.lower().split()) for p in phrases if p.strip()}):
        root.setdefault(phrase[0], {}).setdefault(phrase[1:], {})
    branches = [
        re.escape(first) + r"(?<!\w.)" + trie_pattern(sorted(rests))
        for first, rests in sorted(root.items())
    ]
    return re.compile("(?:(?:" + "|".join(branches) + r"))(?!\w)")


# Vietnamese-like words: shared openings ("th", "tr"), diacritics, one-letter words, digits and
# punctuation inside a "word", so that prefixes, suffixes and glued words all occur.
_SYLLABLES = (
    "th",
    "tr",
    "ă",
    "ăm",
    "ký",
    "dự",
    "án",
    "tiếp",
    "ụ",
    "c",
    "đ",
    "ó",
    "n",
    "1",
    "-",
    ".",
)
_WORDS = st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3).map("".join)
_PHRASES = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)
_SEPARATORS = st.sampled_from((" ", "  ", "\n", ", ", "(", "x", "ă", ""))


@st.composite
def _phrases_and_text(draw: st.DrawFn) -> tuple[list[str], str]:
    """Phrases, and a text made of them, their words and other words, glued or apart."""
    phrases = draw(st.lists(_PHRASES, min_size=1, max_size=8))
    pieces = st.one_of(
        st.sampled_from(phrases),
        st.sampled_from([w for p in phrases for w in p.split()]),
        _WORDS,
    )
    text = "".join(p + draw(_SEPARATORS) for p in draw(st.lists(pieces, max_size=20)))
    return phrases, draw(_SEPARATORS) + text


@given(_phrases_and_text(), st.integers(0, 6))
def test_phrase_matcher_finds_what_the_first_character_guard_found(
    phrases_and_text: tuple[list[str], str], start: int
) -> None:
    phrases, text = phrases_and_text
    end = max(start, len(text) - start)
    assert _spans(PhraseMatcher(phrases).regex, text, start, end) == _spans(
        _first_character_guard(phrases), text, start, end
    )


def test_phrase_matcher_without_phrases_matches_nothing() -> None:
    assert _spans(PhraseMatcher(["", " "]).regex, "x xx", 0, 4) == []
