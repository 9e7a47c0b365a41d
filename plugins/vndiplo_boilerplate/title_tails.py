"""Page chrome printed on the headline's own line, after the headline.

A site's title bar leaves marks behind the headline when a page is flattened to text: the
separator before the site's name ("... tiếp Nghị sĩ Nhật Bản |"), the switch to another
language version ("... trình quốc thư [fr]") or the post's stamp in brackets ("... quận Long
Biên (22:48 25/06/2019)"). None is part of the headline. The stamp is the page's date, so it is
kept as a ``dateline``; the other marks are boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

__all__ = ["counter_tail", "title_tail"]

_CLOCK: Final = r"\d{1,2}\s?[:hg]\s?\d{2}"
_DATE: Final = r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:19|20)\d{2}"
# "(22:48 25/06/2019)", "(25/06/2019 22:48)", "(25-6-2019)", also in square brackets.
_STAMP: Final = re.compile(
    rf"\s*[(\[]\s*(?:{_CLOCK}\s*,?\s*)?{_DATE}(?:\s*,?\s*{_CLOCK})?\s*[)\]]\s*$"
)
# A bare separator ("|", "||", "-") or a language code in brackets ("[fr]", "[EN]", "(en)").
_MARK: Final = re.compile(r"\s*(?:\|+|[-–—]|[\[(][A-Za-z]{2}[\])])\s*$")
#: What is left must still be a headline: at least this many words.
_MIN_WORDS: Final = 4


def title_tail(text: str) -> tuple[int, int, bool] | None:
    """``(headline_end, chrome_start, is_stamp)`` of the chrome closing a headline line, or None.

    The headline is ``text[:headline_end]``, the chrome ``text[chrome_start:]``; ``is_stamp``
    says the chrome is (or holds) the post's bracketed stamp.
    """
    end, stamp = len(text), False
    while True:  # marks may stack: "... [fr] |"
        found = _STAMP.search(text, 0, end) or _MARK.search(text, 0, end)
        if found is None:
            break
        stamp = stamp or found.re is _STAMP
        end = found.start()
    if end == len(text) or len(text[:end].split()) < _MIN_WORDS:
        return None
    chrome = text[end:]
    return end, len(text) - len(chrome.lstrip()), stamp


# A comment or view counter glued after the headline: "... Trung ương 1", "... tại Hà Nội  12".
_COUNTER: Final = re.compile(r"\s+\d{1,4}$")


def counter_tail(text: str, others: Iterable[str]) -> tuple[int, int, bool] | None:
    """``(headline_end, chrome_start, False)`` when ``text`` is a headline with a number glued
    after it that the page prints elsewhere without the number (the same headline above the
    stamp, or in the page's title bar): the number is a comment or view counter. A number that
    belongs to the headline ("... Cấp cao ASEAN 43") is never printed away from it."""
    found = _COUNTER.search(text)
    if found is None or len(text[: found.start()].split()) < _MIN_WORDS:
        return None
    headline = text[: found.start()].rstrip()
    if not any(other.strip() == headline for other in others):
        return None
    return len(headline), len(text) - len(found.group().lstrip()), False
