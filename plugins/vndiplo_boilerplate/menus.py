"""Site navigation flattened into a line: a menu of section names, a breadcrumb with slashes.

A page's navigation bar loses its links and boxes when the page is flattened to text and comes
out as one line of section names, with separators ("Trang chủ | Thời sự | Thế giới") or without
them ("Trang chủ Chính trị Đối ngoại Quốc phòng An ninh Media"), or as a trail of the current
section ("Thời sự / Ngoại giao"). Above the headline such a line reads like a short title; it is
never one. The signals are the line's shape (short items, each opening with a capital) and the
section vocabulary (markers of role ``section``), never one outlet's words.

An old site's link bar may number its items instead ("1.[tin] (H) [xa-hoi] (H) - 2.TAI LIEU -
3. DIEN DAN - 4.[Audio]"): long enough to read as the page's first paragraph, it is a menu all
the same when its items are numbered 1, 2, 3 in order, each opening with no lower-case word, and
nothing between them is a clause (a comma, a semicolon or a colon); a list in prose ("ba điểm:
1. tăng cường ...; 2. mở rộng ...") has those.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = ["is_numbered_menu", "is_section_menu", "is_slash_trail"]

#: What may stand between a menu's items.
_MENU_SEPARATORS: Final = frozenset("|/•·-–—»›>")
#: A menu flattened into a line has at least this many items.
MENU_MIN_ITEMS: Final = 4
#: An item of a menu is a short name: "Trang chủ", "Bất động sản", "Video".
MENU_ITEM_MAX_WORDS: Final = 3
#: Of a menu's items, at least this share are known section names (the rest an outlet's own:
#: "Media", "Bạn đọc").
MENU_KNOWN_SHARE: Final = 0.5
#: A menu line has at most this many characters (some 30 words).
MENU_MAX_CHARS: Final = 200


def is_section_menu(text: str, is_known: Callable[[str], bool]) -> bool:
    """``text`` is a menu of section names: at least ``MENU_MIN_ITEMS`` items of a capitalised
    word and at most two lower-case words after it ("Quốc phòng", "Tin hoạt động"), half of
    the items or more
    known section names (``is_known`` takes an item in lower case). A headline's items are
    names and phrases the vocabulary does not hold ("Thủ tướng", "Phạm", "Chính tiếp")."""
    if len(text) > MENU_MAX_CHARS or "," in text or "." in text or ":" in text:
        return False  # a sentence, a stamp or a credit: checked before splitting the line
    items: list[list[str]] = []
    for word in text.split():
        if word in _MENU_SEPARATORS:
            continue
        if word[:1].isupper():
            items.append([word])
        elif not word[:1].isalpha() or not items or len(items[-1]) >= MENU_ITEM_MAX_WORDS:
            return False  # a digit, punctuation, a lower-case opening or a long phrase
        else:
            items[-1].append(word)
    if len(items) < MENU_MIN_ITEMS:
        return False
    known = sum(is_known(" ".join(item).lower()) for item in items)
    return known >= MENU_KNOWN_SHARE * len(items)


_SLASH: Final = re.compile(r"\s*/\s*")
#: Items of a slash trail are section names; a longer part is a headline or a phrase.
TRAIL_ITEM_MAX_WORDS: Final = 4
TRAIL_MAX_WORDS: Final = 12


def is_slash_trail(text: str, words: int) -> bool:
    """ "Thời sự / Ngoại giao", "Tin tức/Sự kiện/Đối ngoại": a breadcrumb whose items are split
    by slashes. Every item is short and opens with a capital, and one item at least is a common
    noun phrase (a lower-case word after its first): a byline's slash joins names only ("Minh
    Anh/TTXVN"), and a headline's part after a slash is long ("Việt Nam / Lào ký ...")."""
    if "/" not in text or words > TRAIL_MAX_WORDS:
        return False
    items = _SLASH.split(text.strip())
    if len(items) < 2:
        return False
    common = False
    for item in items:
        parts = item.split()
        if not parts or len(parts) > TRAIL_ITEM_MAX_WORDS or not parts[0][:1].isupper():
            return False
        if not all(p[:1].isalpha() for p in parts):
            return False
        common = common or any(p[:1].islower() for p in parts[1:])
    return common


#: An item number of a link bar: "1.", "2.[", "(10.H_mt)", never a decimal or a date ("1.5").
_ITEM_NUMBER: Final = re.compile(r"(?<![\w.,/])(\d{1,2})\.(?!\d)\s*(\S?)")
#: A numbered menu counts at least "1.", "2." and "3.".
NUMBERED_MENU_MIN_ITEMS: Final = 3


def is_numbered_menu(text: str) -> bool:
    """``text`` is a link bar whose items are numbered 1, 2, 3 ... (see the module doc)."""
    if not text[:1].isdigit() or "," in text or ";" in text or ":" in text:
        return False
    expected = 1
    for found in _ITEM_NUMBER.finditer(text):
        number, first = int(found.group(1)), found.group(2)
        if number != expected:
            if expected > NUMBERED_MENU_MIN_ITEMS:
                break  # the numbered run is long enough; later numbers are the bar's own
            return False
        if first.islower():
            return False  # "1. tăng cường ...": a list item in prose
        expected += 1
    return expected > NUMBERED_MENU_MIN_ITEMS
