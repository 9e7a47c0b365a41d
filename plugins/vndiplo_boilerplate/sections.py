"""A section name glued before the headline ("Chính trị <headline>", "Xã hội - <headline>").

Flattened pages often print the breadcrumb's last item on the headline's own line. The section
names are a small closed vocabulary (markers of role ``section``), but the same words open real
headlines ("Chính trị gia ...", "Kinh tế Việt Nam tăng tốc"), so a name is cut off only when what
follows reads as a headline of its own: it opens with a capitalised word, has at least
``min_words`` words, and, when only a space separates it from the name, its first two words are
not both capitalised (a proper name such as "Việt Nam" continues the phrase instead). A trail of
names ("Thời sự - Chính trị <headline>") is cut off whole.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

__all__ = ["ends_in_section_menu", "section_prefix"]

#: A dash or colon between the section name and the headline.
_SEPARATOR: Final = re.compile(r"\s*[-–—:|]\s+|\s+")
#: Longest section name, in words (the lookup tries each length up to this).
_MAX_NAME_WORDS: Final = 4
#: The separator between the last two items of a menu flattened onto one line.
_MENU_SEPARATOR: Final = re.compile(r"\s[-–—|»›>]\s")


def section_prefix(
    text: str, lowered: str, sections: Collection[str], min_words: int
) -> tuple[int, int] | None:
    """``(name_end, headline_start)`` when ``text`` opens with a section name glued to a
    headline, else None. ``lowered`` is ``text`` lower-cased."""
    if not sections:
        return None
    words = lowered.split(maxsplit=_MAX_NAME_WORDS)
    for size in range(min(_MAX_NAME_WORDS, len(words) - 1), 0, -1):
        name = " ".join(words[:size]).rstrip(":|")  # "Quốc tế: ..."
        if name not in sections or not lowered.startswith(name):
            continue
        gap = _SEPARATOR.match(text, len(name))
        if gap is None:
            return None
        rest = text[gap.end() :].split(maxsplit=min_words)
        if len(rest) < min_words or not rest[0][:1].isupper():
            return None
        spaced_only = not gap.group().strip()
        if spaced_only and rest[1][:1].isupper():
            return None  # "Kinh tế Việt Nam ...": the name runs on into a proper name
        # A breadcrumb prints the section's parents too ("Thời sự - Chính trị <headline>"):
        # every name of the trail is cut off, the first from the line's start.
        if not spaced_only:
            inner = section_prefix(text[gap.end() :], lowered[gap.end() :], sections, min_words)
            if inner is not None:
                return gap.end() + inner[0], gap.end() + inner[1]
        return len(name), gap.end()
    return None


def ends_in_section_menu(text: str, sections: Collection[str]) -> bool:
    """The line ends with two capitalised section names joined by a separator ("... Tin tức -
    Thời sự"): the page's menu flattened onto the line, whatever stands before it. A headline
    that ends in such words writes them in lower case ("hợp tác kinh tế - văn hóa")."""
    if not sections:
        return False
    last = None
    for last in _MENU_SEPARATOR.finditer(text):  # noqa: B007 - the last separator is wanted
        pass
    if last is None:
        return False
    item = text[last.end() :].strip()
    if not item[:1].isupper() or item.lower() not in sections:
        return False
    before = text[: last.start()].split()
    for size in range(1, min(_MAX_NAME_WORDS, len(before)) + 1):
        name = before[-size:]
        if name[0][:1].isupper() and " ".join(name).lower() in sections:
            return True
    return False
