"""What tells a summary printed above the article from the article's own lead.

A sapo summarises: the body below says again what it says, so the people and places it names
are named again further down. A first paragraph that alone names most of them (the return home
that closes a visit, naming the inviter and the spouse) carries facts nobody restates: it is
the lead, however short it is and whatever it reports. And a lead whose first letter was set
as a drop cap, and lost, opens in lower case: only the article's first paragraph has one.
"""

from __future__ import annotations

from typing import Final

from vndiplo_boilerplate import rules

__all__ = [
    "HEADLESS_RESTATED_SHARE",
    "HEADLESS_SUMMARY_MAX_WORDS",
    "MIN_UNRESTATED_WORDS",
    "UNRESTATED_SHARE",
    "lost_drop_cap",
    "names_unrestated",
]

#: More than this share of a first paragraph's capitalised words found nowhere below it: the
#: paragraph is the only one to state those facts, so it is no summary.
UNRESTATED_SHARE: Final = 0.5
#: Fewer unrestated capitals prove nothing: a country pair ("Việt Nam - Chile") in a summary
#: of outcomes is often left unsaid by a short lead.
MIN_UNRESTATED_WORDS: Final = 4
#: A summary that stands in for a missing headline is one sentence.
HEADLESS_SUMMARY_MAX_WORDS: Final = 40
#: Share of that sentence's words the lead below says again in order.
HEADLESS_RESTATED_SHARE: Final = 0.3


def names_unrestated(
    text: str,
    page: str,
    end: int,
    share: float = UNRESTATED_SHARE,
    least: int = MIN_UNRESTATED_WORDS,
) -> bool:
    """More than ``share`` of the capitalised words of ``text`` (names, titles, places), and at
    least ``least`` of them, appear nowhere in ``page`` after offset ``end``."""
    words = rules.capitalised_words(text)
    if not words:
        return False
    missing = sum(1 for word in words if page.find(word, end) == -1)
    return missing > share * len(words) and missing >= least


def lost_drop_cap(text: str) -> bool:
    """A paragraph opening with a lower-case letter whose word goes on: the first letter of
    the article, printed as a drop cap, lost when the page was flattened ("huyến thăm ...")."""
    first = text[:1]
    if not (first.isalpha() and first.islower() and text[1:2].isalpha()):
        return False
    # A page's address slug glued before the text ("peru ky ket hiep dinh ...") opens
    # in lower case too, but with unaccented words only.
    opening = text.split(None, _SLUG_WORDS)[:_SLUG_WORDS]
    return not all(word.isascii() and word.islower() for word in opening)


#: Lower-case unaccented words in a row that make a slug, not prose.
_SLUG_WORDS: Final = 4
