"""A photo's caption and its credit printed inside a paragraph, as a crawl flattens a figure
into the prose around it: "<prose>. <caption> - Ảnh: AFP <prose>", "<caption>. (Ảnh: X/TTXVN)
<prose>", "<caption>. Ảnh: VGP/Y <prose>".

The credit marks the figure wherever it falls, so the line is cut there before classifying:
the caption (the sentence before the credit) and the credit become a line of their own, which
the caption rules then read as any credited caption; the prose on both sides stays a
paragraph. A credit that closes its line is left to those rules (see :mod:`.photo_credits`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import Final

from vndiplo_boilerplate.lines import Line

__all__ = ["split_inline_captions"]

# "- Ảnh: X", "(Ảnh: X)", ". Ảnh: X", "Photo: X": a credit's cue after a dash, a bracket or a
# sentence's end, then a capitalised name. ("Tin, ảnh: X" credits the whole article.)
_CUE: Final = re.compile(
    r"(?:\s[-–—]\s*|\(\s*|[.!?]\s+)(?:Ảnh|ẢNH|Photo|Nguồn ảnh)\s*:\s*(?=[^\W\d_])"
)
_CUE_WORDS: Final = ("Ảnh", "ẢNH", "Photo", "Nguồn ảnh")
#: A credit's name: a photographer or an agency, a few words.
NAME_MAX_WORDS: Final = 4
#: Prose that goes on after the credit, this long at least; a shorter rest is the credit's.
REST_MIN_WORDS: Final = 8
#: A caption's sentence is short; a longer one before the credit is the paragraph's own.
CAPTION_MAX_WORDS: Final = 40
#: A word of the credit's name (see :func:`_name_end`).
_WORD: Final = re.compile(r"\S+")
_SENTENCE_END: Final = re.compile(r"[.!?…][\"”’)]?\s+(?=[\"“(]?[^\W\d_])")


def split_inline_captions(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with every figure printed inside a paragraph cut out as a line of its own."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        if ":" in text and any(cue in text for cue in _CUE_WORDS):  # cheap before the pattern
            out.extend(_split(line))
        else:
            out.append(line)
    return out


def _split(line: Line) -> list[Line]:
    text = line.text
    pieces: list[Line] = []
    start = 0  # where the text not yet cut starts
    for found in _CUE.finditer(text):
        if found.start() < start:
            continue
        name_end = _name_end(text, found.end())
        if name_end is None:
            continue
        rest = text[name_end:].lstrip()
        if len(rest.split()) < REST_MIN_WORDS or not rest[:1].isupper():
            continue
        caption_start = _caption_start(text, start, found.start())
        if caption_start is None:
            continue
        pieces.extend(_piece(line, start, caption_start))
        pieces.extend(_piece(line, caption_start, name_end))
        start = len(text) - len(rest)
    if not pieces:
        return [line]
    pieces.extend(_piece(line, start, len(text)))
    return pieces


def _name_end(text: str, pos: int) -> int | None:
    """Where the credit's name starting at ``pos`` ends: at its closing bracket or full stop,
    after its last acronym or "/"-joined agency ("VGP/Nhật Bắc", "AFP"), or before the capital
    that opens the next sentence ("Kyodo Hai nhà ...": the run of capitals ends the word before
    the first lower-case word). None when no name can be told from the prose."""
    # The first few words only, with offsets into ``text``: not every word of the paragraph
    # after the cue, with ``text[pos:]`` copied and ``r"\S+"`` looked up in ``re``'s cache.
    words = list(islice(_WORD.finditer(text, pos), NAME_MAX_WORDS + 1))
    close = text.find(")", pos)
    if close != -1 and words and close < words[min(len(words), NAME_MAX_WORDS) - 1].end():
        return close + 1
    agency = None
    for k, word in enumerate(words):
        token = word.group().rstrip(".,;")
        if not token[:1].isupper():
            # An agency alone ("AFP") ends the name; "VGP/Nhật" goes on with the name's words.
            last = k - 2 if agency is None or "/" in words[agency].group() else agency
            last = max(last, -1 if agency is None else agency)
            return words[last].end() if last >= 0 else None
        if "/" in token or (len(token) > 1 and token.isupper()):
            agency = k
        if word.group().endswith(".") or k == NAME_MAX_WORDS:
            break
    return words[agency].end() if agency is not None else None


def _caption_start(text: str, floor: int, cue: int) -> int | None:
    """Where the caption sentence before the cue at ``cue`` starts (after the last sentence's
    end, or at ``floor``), or None when that sentence is too long for a caption."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, floor, max(floor, cue - 1))]
    begin = starts[-1] if starts else floor
    if len(text[begin:cue].split()) > CAPTION_MAX_WORDS:
        return None
    return begin


def _piece(line: Line, start: int, end: int) -> list[Line]:
    """The trimmed part ``[start, end)`` of ``line`` as a line of its own (none if blank)."""
    part = line.text[start:end]
    lead = len(part) - len(part.lstrip())
    part = part.strip()
    if not part:
        return []
    begin = line.start + start + lead
    return [Line(part, begin, begin + len(part))]
