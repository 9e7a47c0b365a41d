"""A described office's title is read at a position with str methods exactly where the pattern
built for it (its words joined by the chain separators, no letter after) matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events.described_offices import _SEPARATOR, _title_match_end

#: Letters, digits, "_", the separators and spaces of several kinds (a newline too).
_ALPHABET = "abđưx1_-–,. \n\t\u00a0"
#: A title's words come from its key: no space, "-", "–" nor "," in them.
words = st.lists(st.text(alphabet="abđưx1_.", min_size=1, max_size=3), max_size=4)


@given(st.text(alphabet=_ALPHABET, max_size=30), words, st.data())
def test_title_match_end_is_the_patterns_end(
    text: str, key: list[str], data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(at, len(text)))
    pattern = re.compile(_SEPARATOR.join(re.escape(w) for w in key) + r"(?!\w)")
    match = pattern.match(text, at, hi)
    assert _title_match_end(text, at, hi, key) == (match.end() if match else None)


def test_examples() -> None:
    low = "bí thư - tỉnh trưởng lào"
    assert _title_match_end(low, 0, len(low), ["bí", "thư", "tỉnh", "trưởng"]) == 20
    assert _title_match_end(low, 0, len(low), ["bí", "thư", "tỉnh", "trưở"]) is None
    assert _title_match_end("bí thư,tỉnh", 0, 11, ["bí", "thư", "tỉnh"]) == 11
