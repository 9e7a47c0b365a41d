"""The literal scans that replace patterns built per name give exactly the patterns' matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles.literal_scans import capitalised_words_before, whole_word_count

#: Letters, capitals, digits, the run's punctuation, spaces of several kinds and a newline.
_ALPHABET = "aAbBĐđêÊx1_'’.-, \n\t\u00a0"
_CAPITALS = frozenset(c for c in _ALPHABET if c.isupper())

texts = st.text(alphabet=_ALPHABET, max_size=40)
names = st.text(alphabet=_ALPHABET, min_size=1, max_size=4)


@given(texts, names)
def test_whole_word_count_is_the_patterns_count(text: str, name: str) -> None:
    expected = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    assert whole_word_count(name, text) == expected


@given(texts, names.filter(lambda n: not n[0].isspace()))
def test_capitalised_words_before_are_the_patterns_groups(text: str, name: str) -> None:
    capital = "[" + "".join(sorted(_CAPITALS)) + "]"
    pattern = re.compile(rf"({capital}[\w'’.-]*)[^\S\n]+{re.escape(name)}(?!\w)")
    expected = [m.group(1) for m in pattern.finditer(text)]
    assert capitalised_words_before(text, name, _CAPITALS) == expected


def test_examples() -> None:
    assert whole_word_count("Lan", "Lan, Lana và Lan") == 2
    text = "bà Jones gặp Ông Jones và Mary Jones"
    assert capitalised_words_before(text, "Jones", frozenset("ÔMJ")) == ["Ông", "Mary"]
