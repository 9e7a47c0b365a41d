"""Two related-news headlines set between two paragraphs of the article.

Some sites drop a pair of links to other articles into the middle of the text: two
unpunctuated headline lines, with the article's paragraphs above and below. A subheading is
one line, and a photo's captions name the article's own people; a related link names another
story, so each of the two lines names someone or somewhere that the page names nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Line

__all__ = ["RELATED_PAIR", "names_another_story"]

#: How many related headlines such an insert holds (longer runs are handled as a tail).
RELATED_PAIR: Final = 2
#: A related headline reads as one: a few words at least.
_MIN_WORDS: Final = 5


def names_another_story(lines: Sequence[Line], i: int, page: str) -> bool:
    """Lines ``i`` and ``i + 1`` are two headlines of other stories (see the module doc).
    The caller has checked that paragraphs of the article stand above and below the pair."""
    pair = lines[i : i + RELATED_PAIR]
    if len(pair) < RELATED_PAIR:
        return False
    for line in pair:
        if not line.headline or line.words < _MIN_WORDS or line.anchor_before:
            return False
        if rules.is_name_like(line.text, line.words):
            return False
    rest = page[: pair[0].start] + "\n" + page[pair[-1].end :]
    named = rules.capitalised_words(rest)
    return all(rules.capitalised_words(line.text) - named for line in pair)
