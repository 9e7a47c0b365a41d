"""A section name, the headline and the lead flattened onto one line.

Some provincial outlets' pages lose every break at the top of the article: the breadcrumb's
section, the headline and the lead come as one line ("Chính trị <headline> ĐNO - Chiều 19/8,
...", "Xã hội <headline> <lead that opens with the headline's words>"). Read whole, that line is
the lead with a headline glued before it, so the body opened inside the headline. The lead
starts where the outlet's credit stands ("ABC - " before a capitalised word), or else where the
headline's first words come again (the lead tells the headline's news from its subject).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from vndiplo_boilerplate.sections import section_prefix

__all__ = ["GluedHead", "glued_head_split"]

#: ``((headline_start, headline_end), (credit_end, prose_start))`` inside the line.
GluedHead = tuple[tuple[int, int], tuple[int, int]]

#: Words of a headline at least and at most (a shorter run is a label, a longer one prose).
MIN_HEAD_WORDS: Final = 4
MAX_HEAD_WORDS: Final = 40
#: Opening words of the headline the lead must say again to start there.
RESTART_WORDS: Final = 3

#: An outlet's acronym credit inside the line: " ĐNO - ", " BNA - ", " TTO – ".
_CREDIT: Final = re.compile(r"\s(?P<credit>[A-ZĐ]{2,8}(?:\.[A-Za-z]{2,3})?)\s*[-–—]\s*(?=[^\W\d_])")


def glued_head_split(text: str, lowered: str, sections: Collection[str]) -> GluedHead | None:
    """Where the headline stands and where the lead's prose starts inside a line that opens
    with a section name and a headline, else None (``lowered`` is ``text`` lower-cased)."""
    prefix = section_prefix(text, lowered, sections, MIN_HEAD_WORDS)
    if prefix is None:
        return None
    head_start = prefix[1]
    for found in _CREDIT.finditer(text, head_start):
        if not _headline_words(text[head_start : found.start()]):
            break
        if text[found.end()].isupper():
            return (head_start, found.start()), (found.end("credit"), found.end())
    opening = text[head_start:].split()[:RESTART_WORDS]
    if len(opening) < RESTART_WORDS:
        return None
    again = re.compile(r"\s" + r"\s+".join(re.escape(word) for word in opening) + r"\b")
    restart = again.search(text, head_start + 1)
    if restart is None or not _headline_words(text[head_start : restart.start()]):
        return None
    return (head_start, restart.start()), (restart.start() + 1, restart.start() + 1)


def _headline_words(head: str) -> bool:
    """A headline's length, ending with no sentence stop."""
    words = len(head.split())
    return MIN_HEAD_WORDS <= words <= MAX_HEAD_WORDS and not head.rstrip().endswith((".", "!", "?"))
