"""A bulleted list of other stories' headlines, set right after (or right before) the lead.

Some outlets print their related links as a list under the lead: "- Giao lưu hữu nghị ...",
"• Hội đàm giữa ...", "+ Không ngừng nâng cao ...". Each item is a headline: capitalised, with
no full stop, a few words to a long line; the article's paragraphs go on below the list. A list
inside the article (the papers signed, the members of a delegation) is introduced by a line
ending in a colon, or its items are sentences; a related list is neither. Its items are never
body, and their acts, dates and places belong to other stories.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Line

__all__ = ["BULLET_MARKS", "headline_list_end", "list_start"]

#: What opens a list item.
BULLET_MARKS: Final = ("- ", "– ", "— ", "• ", "+ ", "* ", "► ", "· ", "▪ ", "> ")
#: Items in a row that make a list (one bulleted line is a dash-led sentence or a quote).
MIN_ITEMS: Final = 2
#: A related headline has a few words at least; a shorter item is a label or a name.
MIN_ITEM_WORDS: Final = 4
#: A headline is at most this long; a longer item is a paragraph.
MAX_ITEM_WORDS: Final = 45


def headline_item(line: Line) -> bool:
    """A bulleted line that reads as a headline: capitalised, unpunctuated at its end."""
    text = line.text
    if not text.startswith(BULLET_MARKS):
        return False
    rest = text[2:].lstrip()
    return (
        MIN_ITEM_WORDS <= line.words - 1 <= MAX_ITEM_WORDS
        and rest[:1].isupper()
        and not rules.ends_sentence(rest)
        and not rest.endswith((":", ",", ";"))
    )


def headline_list_end(lines: Sequence[Line], i: int, ready: Callable[[int], None]) -> int | None:
    """The index after a run of headline items starting at ``i`` with a paragraph of prose
    below it and no colon introducing it, or None (see the module doc)."""
    if i > 0 and lines[i - 1].text.rstrip().endswith(":"):
        return None  # "Hai bên ký các văn kiện sau:": the list belongs to the article
    j = i
    while j < len(lines):
        ready(j + 1)
        if not headline_item(lines[j]):
            break
        j += 1
    if j - i < MIN_ITEMS or j >= len(lines):
        return None
    ready(j + 1)
    return j if lines[j].strong else None


def list_start(lines: Sequence[Line], i: int) -> int:
    """The first item of the run of headline items that line ``i`` (prepared) belongs to: the
    short items above a long one were passed over as no paragraphs (all above are prepared)."""
    start = i
    while start > 0 and headline_item(lines[start - 1]):
        start -= 1
    return start
