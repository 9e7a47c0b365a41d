"""Line shapes: does one line end like a sentence, read as prose, a headline, a menu or a
breadcrumb trail? Single-line signals read through :mod:`.rules`."""

from __future__ import annotations

import re
from typing import Final

# Slash trails ("Thời sự / Ngoại giao") live in :mod:`.menus`; read through is_breadcrumb.
from vndiplo_boilerplate.menus import is_slash_trail

__all__ = [
    "LONG_WORDS",
    "PARAGRAPH_WORDS",
    "ends_ellipsis",
    "ends_sentence",
    "has_letters",
    "holds_sentence_break",
    "is_breadcrumb",
    "is_headline_like",
    "is_image_card",
    "is_menu",
    "is_strong",
]

# -- sentences ----------------------------------------------------------------------------------

# A sentence ends in . ! ? … ; or "...", optionally followed by closing quotes or brackets.
_CLOSERS: Final = " \"'”’»)]"
_SENTENCE_FINAL: Final = frozenset(".!?…;")
# Words a title or teaser starts with: a capital letter, a digit or an opening quote.
_BULLET: Final = re.compile(r"^[-–—+*•·●▪►>]")

#: A paragraph with this many words reads as article text even without final punctuation.
LONG_WORDS: Final = 30
#: A sentence-final line with this many words reads as a paragraph.
PARAGRAPH_WORDS: Final = 12


def ends_sentence(text: str) -> bool:
    """The line ends like a sentence (". ! ? …", closing quotes allowed)."""
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _SENTENCE_FINAL


def ends_ellipsis(text: str) -> bool:
    """The line ends in "..." or "…": a truncated teaser or sapo."""
    core = text.rstrip(_CLOSERS)
    return core.endswith(("…", "...", ". . ."))


_LETTER: Final = re.compile(r"[^\W\d_]")
_DIGIT: Final = re.compile(r"\d")


def has_letters(text: str) -> bool:
    return _LETTER.search(text) is not None


def is_strong(text: str, words: int) -> bool:
    """A paragraph of article prose: long, or sentence-final and of paragraph length.

    A title is never strong (it has no final full stop or is short), which keeps the first
    kept line of a cleaned page from being read as a title when it is cleaned again.
    """
    return words >= LONG_WORDS or (words >= PARAGRAPH_WORDS and ends_sentence(text))


def is_headline_like(text: str, words: int) -> bool:
    """A headline or subheading: a few words, no final punctuation, not a list bullet, not a
    menu ("Thời sự | Văn hóa | Du lịch", "Tin hoạt động Tin hoạt động"). A line that ends
    in a comma ("Kính thưa Quốc hội,") opens a speech or a list; no headline does."""
    return (
        3 <= words < LONG_WORDS
        and not ends_sentence(text)
        and not text.endswith(",")
        and _BULLET.match(text) is None
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘«(")
        and not is_menu(text)
    )


#: a card of a related-news grid copied as a table cell: an image mark, its teaser, the
#: cell's closing bar ("![](...) Ngày 2/4, lễ ... |")
_IMAGE_CARD: Final = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)[^\n|]*[^\W\d_][^\n|]*\|\s*")


def is_image_card(text: str) -> bool:
    """A teaser card of a related-news grid: an image mark opens it, a table bar closes it."""
    return text.startswith("![") and _IMAGE_CARD.fullmatch(text.strip()) is not None


#: A bar between a menu's items, spaced on one side at least: " | ", "báo in| Mới", "A |B".
_MENU_BAR: Final = re.compile(r"\s\|\s?|\|\s")
#: The numbers of a widget's repeated label: "Nghe I Nghe II", "Máy chủ 1 Máy chủ 2".
_LABEL_NUMBERS: Final = (
    ("I", "II", "III", "IV", "V"),
    ("1", "2", "3", "4", "5"),
    ("A", "B", "C", "D", "E"),
)
#: A repeated label is a few words.
_LABEL_MAX_WORDS: Final = 4
#: Every number of the series: a numbered label's last word is one of them.
_LABEL_NUMBER_WORDS: Final = frozenset(n for series in _LABEL_NUMBERS for n in series)


def is_menu(text: str) -> bool:
    """Navigation flattened into a line: items split by bars (a header bar writes them tight,
    "Đặt mua báo in| Mới - Đọc báo số| Thứ Hai, ..."), or one label printed twice, also with
    its numbers (a player's "Nghe Online I Nghe Online II")."""
    if "|" in text and len(_MENU_BAR.findall(text)) >= 2:  # (no bar: no regex run)
        return True
    half = len(text) // 2
    if len(text) % 2 == 1 and text[:half] == text[half + 1 :]:
        return True
    return _numbered_labels(text.split())


def _numbered_labels(words: list[str]) -> bool:
    """The words are one label printed two times or more, each copy followed by its number in
    order ("Máy chủ 1 Máy chủ 2 Máy chủ 3"); a headline says each word once."""
    if not words or words[-1] not in _LABEL_NUMBER_WORDS:
        return False  # the last word is the last copy's number: most lines end on another
    for size in range(1, _LABEL_MAX_WORDS + 1):
        step = size + 1
        copies = len(words) // step
        if copies < 2 or len(words) % step:
            continue
        label = words[:size]
        numbers = tuple(words[k * step + size] for k in range(copies))
        if all(words[k * step : k * step + size] == label for k in range(copies)) and any(
            numbers == series[:copies] for series in _LABEL_NUMBERS
        ):
            return True
    return False


# -- page furniture -----------------------------------------------------------------------------

_CRUMB: Final = re.compile(r"\s[>»›/|]\s")
_ARROWS: Final = ("> ", "» ", "› ")
#: Arrows that make a line a breadcrumb trail at any length.
_TRAIL_ARROWS: Final = 2


def is_breadcrumb(text: str, words: int) -> bool:
    """ "Trang chủ > Tin tức > Đối ngoại" or "Thời sự / Ngoại giao" (see
    :func:`.menus.is_slash_trail`): segments joined by arrows or slashes, no sentence. A trail of
    two arrows or more is one whatever its length: its last item may be the whole headline
    ("> Tin tức > Tin hoạt động > <headline>"), printed again on its own line below."""
    if ends_sentence(text):
        return False
    arrows = sum(text.count(arrow) for arrow in _ARROWS)
    if arrows >= _TRAIL_ARROWS:
        return True
    if words <= 15 and arrows > 0 and _CRUMB.search(text) is not None:
        return True
    return is_slash_trail(text, words)


#: A sentence ended inside a line: a lower-case word, its full stop, a capital ("đoàn. Ông").
#: (Abbreviations before a name are capitals: "TP. Hồ Chí Minh", "Mr. Lee", "PGS. TS".)
_SENTENCE_BREAK: Final = re.compile(r"[a-zà-ỹđ]\. [A-ZÀ-ỸĐ]")


def holds_sentence_break(text: str) -> bool:
    """A sentence ends inside the line and another starts ("... cho đoàn. Ông cho biết"):
    prose, even when the line stops unpunctuated; a headline is one clause."""
    return _SENTENCE_BREAK.search(text) is not None
