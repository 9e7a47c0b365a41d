"""Where a crawl glued two sentences by dropping the space after the full stop ("hợp tác.Chiều").

Pages rebuilt from markup often lose the space between two sentences ("... cho biết.Hai bên
..."). The sentence splitter, the date finder ("Chiều 5/3") and the name finders all want a
space there, so the normalised view puts it back, one space per seam, offsets mapped.

A seam is a run of ``.``, ``!``, ``?`` or ``…`` (closing quotes and brackets may follow it)
between a word that ends in a lower-case letter, a digit or a closing bracket or quote and a
capitalised word (a capital,
then a lower-case letter). Left alone:

* dotted abbreviations and initials: an upper-case letter before the dot ("TP.HCM",
  "T.Ư", "A.Guterres"), a one-letter word ("q.Ba Đình", "v.v."), a listed abbreviation
  ("Tp.Hồ Chí Minh", "ThS.Lê", "Mr.Smith");
* numbers and dotted dates: a digit after the dot ("12.3.2025", "3.5%");
* acronyms after the dot ("hợp tác.UBND"): no lower-case letter follows the capital;
* URLs, e-mail addresses, file names and query strings: a token holding a path's "/",
  "@", "=", "_", "\\" or "www"; a dotted token ("12.3.Chiều", "abc.Def.com"); a camel-case
  site name or a domain ending ("VnExpress.Net", "Tin.Vn").
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.casing import LOWER, UPPER
from vndiplo.sentences import ABBREVIATIONS

__all__ = ["stop_cuts"]

_UPPER: Final = UPPER
_LOWER: Final = LOWER
#: The characters that end a sentence.
_TERMINATORS: Final = ".!?…"
#: A terminator run glued to a capitalised word, one pattern per first terminator: a pattern
#: opening with a literal lets ``re`` skip in C to the few stops of a page (one opening with
#: the class ``[.!?…]`` tested every position, ten times slower).
_GLUED_STOPS: Final = tuple(
    (stop, re.compile(f'{re.escape(stop)}[.!?…]*["”’»)]*(?=[{_UPPER}][{_LOWER}])'))
    for stop in _TERMINATORS
)
#: A bracket or quote closing a sentence before its stop ("(TTXVN).Chiều").
_CLOSERS: Final = frozenset(')"”’»')
#: Marks of a URL, an e-mail address, a file name or a query string in a token; a slash
#: counts next to a letter ("tin.vn/a"; "5/3" is a date).
_URL_MARKS: Final = frozenset("@=_\\")
_PATH_SLASH: Final = re.compile(r"[^\W\d_]/|/[^\W\d_]|//")
#: Domain endings that follow a capitalised site name ("VnExpress.Net").
_DOMAIN_ENDINGS: Final = frozenset({"com", "net", "org", "vn", "gov", "edu", "info", "biz"})
#: Dotted abbreviations before a name or a place: the sentence splitter's, and company
#: forms, "nhà xuất bản", "công ty", "trang", "kỹ sư", "nghiên cứu sinh", "luật sư".
DOTTED_ABBREVIATIONS: Final = ABBREVIATIONS | frozenset(
    {"co", "inc", "ltd", "corp", "jsc", "nxb", "cty", "tr", "ks", "ncs", "ls", "vs", "jr", "sr"}
)


def stop_cuts(text: str) -> list[int]:
    """Offsets of ``text`` where a lost space after a sentence's end goes back, increasing.

    Inserting a space at each yields a text with no seam left, so the cut is idempotent."""
    ends: set[int] = set()
    for stop, pattern in _GLUED_STOPS:
        if stop in text:
            # a run opening with another terminator is met again from its later stops
            # ("?.Ông"): the run's end is kept once, if any start of it makes a seam
            ends.update(m.end() for m in pattern.finditer(text) if _is_seam(text, *m.span()))
    return sorted(ends)


def _is_seam(text: str, start: int, end: int) -> bool:
    """Does the terminator run ``text[start:end]`` end a sentence glued to the next one?"""
    if start == 0:
        return False
    before = text[start - 1]
    head = start
    if before in _CLOSERS:
        if start < 2 or not text[start - 2].isalnum():
            return False
    elif before.isdigit() or (before.isalpha() and before.islower()):
        while head > 0 and text[head - 1].isalnum():
            head -= 1
        left = text[head:start]
        if not left.isdigit() and (
            len(left) < 2
            or left.lower() in DOTTED_ABBREVIATIONS
            or any(c.isupper() for c in left[1:])  # a camel-case site name ("VnExpress.Net")
        ):
            return False
    else:
        return False  # "TP.HCM", "T.Ư", "A.Guterres" stay as they are
    tail = end
    while tail < len(text) and text[tail].isalnum():
        tail += 1
    if text[end:tail].lower() in _DOMAIN_ENDINGS:
        return False
    return not (_dotted(text, head, tail) or _in_url(text, head, tail))


def _dotted(text: str, head: int, tail: int) -> bool:
    """Is the seam between ``head`` and ``tail`` inside a dotted token: a dot between two
    letters or digits that opens no capitalised word ("12.3.Chiều", "abc.Def.com")? Such a
    dot is never a seam itself, so cutting elsewhere keeps the answer (idempotence)."""
    n = len(text)
    while head > 0 and (text[head - 1].isalnum() or text[head - 1] == "."):
        head -= 1
    while tail < n and (text[tail].isalnum() or text[tail] == "."):
        tail += 1
    at = text.find(".", head, tail)
    while at >= 0:
        if 0 < at < n - 1 and text[at - 1].isalnum() and text[at + 1].isalnum():
            opens_word = at + 2 < n and text[at + 1].isupper() and text[at + 2].islower()
            if not opens_word:
                return True
        at = text.find(".", at + 1, tail)
    return False


def _in_url(text: str, head: int, tail: int) -> bool:
    """Is ``text[head:tail]`` part of a URL-like token (see :data:`_URL_MARKS`)?"""
    left = max(text.rfind(" ", 0, head), text.rfind("\n", 0, head)) + 1
    ends = [e for e in (text.find(" ", tail), text.find("\n", tail)) if e >= 0]
    token = text[left : min(ends) if ends else len(text)]
    if "www" in token.lower() or any(c in _URL_MARKS for c in token):
        return True
    return "/" in token and _PATH_SLASH.search(token) is not None
