"""Re-join the lines of a hard-wrapped page before they are classified.

Some blogs, mail archives and old portals break their paragraphs at a fixed width, mid-sentence
("... bầu giữ chức vụ Chủ tịch nước\\nCộng hòa xã hội chủ nghĩa Việt Nam, ..."), or print a
paragraph's first word on a line of its own (a drop cap: "Theo\\nông Tỵ, chuyến đi ...").
Line by line, every piece looks like a headline or a name, and the article is dropped. Such a
page is recognised by its many *plain wraps*: a line that does not end a sentence, followed
directly (no blank line) by a line that opens in lower case. Only on such a page are the pieces
joined back into paragraphs; a page whose lines are real paragraphs is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Line

__all__ = ["head_alone", "join_wrapped"]

#: Plain wraps a page needs before it is read as hard-wrapped ...
MIN_WRAPS: Final = 4
#: ... and the share of its lines they must be (a related list of lower-case slugs has a few).
MIN_WRAP_SHARE: Final = 0.25
#: A line this long (share of the page's wrap width) that ends mid-sentence was wrapped, even
#: when the next line opens with a capital (a name: "... do thượng tướng\\nĐỗ Bá Tỵ, ...").
FULL_WIDTH_SHARE: Final = 0.75
#: Words a line needs to count as a wrapped line of a paragraph (fewer: a label or a drop cap).
WRAPPED_MIN_WORDS: Final = 6
#: A paragraph's first word printed alone (a drop cap) is at most this many words.
DROP_CAP_WORDS: Final = 1


#: A date phrase's head word printed alone ("Ngày", "Chiều ngày") ...
_DATE_HEAD: Final = re.compile(
    r"(?:(?:rạng sáng|sáng|trưa|chiều|tối|đêm|vào|trong|hôm)(?: ngày)?|ngày)", re.IGNORECASE
)
_DATE_HEAD_MAX_CHARS: Final = 24
#: A head word alone on its line with a day right below it, over the whole page (the
#: reference for :func:`head_alone`).
_HEAD_ALONE: Final = re.compile(rf"^[ \t]*(?:{_DATE_HEAD.pattern})[ \t]*\n[ \t]*\d", re.I | re.M)
#: ... found from the other end: a line break with a day right after it (a literal "\n" the
#: engine jumps to, where ``^`` made it try every offset), then the line above it whole.
_DAY_LINE: Final = re.compile(r"\n[ \t]*\d")
_HEAD_LINE: Final = re.compile(rf"[ \t]*(?:{_DATE_HEAD.pattern})[ \t]*", re.I)
#: ... and the line right below it that goes on with the day and the sentence ("25/4/2025,
#: Cục trưởng ..."): the lead's date phrase broken by a wrap, one sentence.
_DAY_GOES_ON: Final = re.compile(r"\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{2,4})?,?\s+\w")
#: Words the line below needs to be the sentence, not a stamp ("25/4/2025 10:20").
_DAY_SENTENCE_MIN_WORDS: Final = 6


def _split_date_opening(text: str, a: Line, b: Line) -> bool:
    """``a`` is a date phrase's head word alone and ``b``, right below, goes on with the day."""
    return (
        len(a.text) <= _DATE_HEAD_MAX_CHARS  # most lines are long: skip the pattern
        and _DATE_HEAD.fullmatch(a.text.strip()) is not None
        and _DAY_GOES_ON.match(b.text) is not None
        and len(b.text.split()) >= _DAY_SENTENCE_MIN_WORDS
        and _adjacent(text, a, b)
    )


def head_alone(text: str) -> bool:
    """Does ``_HEAD_ALONE`` match in ``text``: a line of a date phrase's head word alone, the
    next line opening with a digit?"""
    for day in _DAY_LINE.finditer(text):
        end = day.start()
        if _HEAD_LINE.fullmatch(text, text.rfind("\n", 0, end) + 1, end) is not None:
            return True
    return False


def _join_date_openings(lines: Sequence[Line], text: str) -> list[Line]:
    """``lines`` with each date phrase broken after its head word joined back (see
    :func:`_split_date_opening`); any page may have one, hard-wrapped or not."""
    if not head_alone(text):
        return list(lines)  # one search over the page spares the walk over its lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and _split_date_opening(text, lines[i], lines[i + 1]):
            start, end = lines[i].start, lines[i + 1].end
            out.append(Line(text[start:end].replace("\n", " "), start, end))
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _adjacent(text: str, a: Line, b: Line) -> bool:
    """``b`` is the raw line right after ``a``: no blank line between them."""
    return text.count("\n", a.end, b.start) == 1 and not text[a.end : b.start].strip()


def _opens_lower(line: Line) -> bool:
    return line.text[:1].islower()


def _plain_wrap(text: str, a: Line, b: Line) -> bool:
    """``a`` breaks off mid-sentence and ``b``, right below, goes on in lower case."""
    if not _opens_lower(b) or rules.ends_sentence(a.text) or not _adjacent(text, a, b):
        return False
    words = len(a.text.split())
    return words >= WRAPPED_MIN_WORDS or words <= DROP_CAP_WORDS


def join_wrapped(lines: Sequence[Line], text: str) -> list[Line]:
    """``lines`` with each hard-wrapped paragraph joined into one line (see the module doc).

    A joined line spans the raw lines it was made of; its text is theirs with each line break
    read as a space, so offsets inside it stay offsets into ``text``.
    """
    n = len(lines)
    # Cheap first: a wrap needs a line below that opens in lower case, and most pages have
    # too few of those to be hard-wrapped at all.
    lower = [i for i in range(n - 1) if lines[i + 1].text[:1].islower()]
    if len(lower) < MIN_WRAPS or len(lower) < MIN_WRAP_SHARE * n:
        return _join_date_openings(lines, text)
    wraps = [i for i in lower if _plain_wrap(text, lines[i], lines[i + 1])]
    if len(wraps) < MIN_WRAPS or len(wraps) < MIN_WRAP_SHARE * n:
        return _join_date_openings(lines, text)
    width = max(len(lines[i].text) for i in wraps)
    plain = set(wraps)
    out: list[Line] = []
    first = 0
    for i in range(n):
        if i + 1 < n and _joins(text, lines, i, plain, width):
            continue
        if i == first:
            out.append(lines[i])
        else:
            start, end = lines[first].start, lines[i].end
            out.append(Line(text[start:end].replace("\n", " "), start, end))
        first = i + 1
    return out


def _joins(text: str, lines: Sequence[Line], i: int, plain: set[int], width: int) -> bool:
    """Line ``i`` of a hard-wrapped page goes on in line ``i + 1``."""
    if i in plain:
        return True
    a, b = lines[i], lines[i + 1]
    return (
        len(a.text) >= FULL_WIDTH_SHARE * width
        and len(a.text.split()) >= WRAPPED_MIN_WORDS
        and not rules.ends_sentence(a.text)
        and a.text[-1:] not in ":;"
        and _adjacent(text, a, b)
    )
