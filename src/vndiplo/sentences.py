"""Sentences, one shared layer: split once per document, read by every plugin.

:attr:`vndiplo.Document.sentences` holds the body's sentences in the coordinates of
:attr:`vndiplo.Document.normalized` (what plugins match against), computed on first use and
kept with the document; :attr:`vndiplo.Document.sentence_spans` gives the same sentences as
offsets into the original text, for readers.

Why a regex and not underthesea's ``sent_tokenize``: it costs more than a whole extraction
stage, and news sentences end in a handful of predictable ways (". " before a capital or digit,
"./.", a line break). The few abbreviations that end in a dot inside a sentence ("TP.", "TS.")
are listed.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from typing import Final

from attrs import frozen

__all__ = ["ABBREVIATIONS", "Sentence", "split_sentences"]


@frozen
class Sentence:
    """A sentence: ``[start, end)`` in the normalised text; ``block`` numbers its body block."""

    start: int
    end: int
    block: int


# A terminator run, then the closing quotes/brackets that belong to the sentence.
# One character class first, so that re skips to the candidates in C (as
# "[.!?…]+[\"”’»)]*(?=\s)|\n", which tried a match at every character, 2.5x slower).
_END: Final = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"”’»)]*(?=\s))")
#: Words that end in a dot inside a sentence ("TP.", "TS.", "Mr.", English military ranks
#: "Sen. Lt. Gen. X"), lower case.
ABBREVIATIONS: Final = frozenset(
    {"tp", "tt", "ts", "ths", "pgs", "gs", "bs", "mr", "mrs", "ms", "dr", "st", "q", "p", "tx"}
    | {"sen", "sr", "lt", "gen", "maj", "col", "adm", "brig"}
)
_WORD_BEFORE: Final = re.compile(r"(\w+)$")


#: "George W. Bush", "Antony J. Blinken": a capital initial between two capitalised names
_MIDDLE_INITIAL: Final = re.compile(r"(?<![\w.])[^\W\d_][\w'-]*\s+[A-ZĐ]$")


#: English months written short ("Oct. 5", "Sept. 9"): the dot is the abbreviation's when a
#: day number follows, never a sentence's end (a month closes a sentence written in full).
_SHORT_MONTHS: Final = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
_DAY_AFTER: Final = re.compile(r" ?\d{1,2}(?!\d)")


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, dot - 5), dot)
    if match and match.group(1).lower() in ABBREVIATIONS:
        return not _ends_a_name(text, match.start(), match.group(1))
    if match and match.group(1) in _SHORT_MONTHS and _DAY_AFTER.match(text, dot + 1):
        return True
    return _is_middle_initial(text, dot)


#: English ranks that open a name ("Sen. John Reed", "Gen. Paik"); the same letters may end one.
_RANKS: Final = frozenset({"sen", "gen", "col", "maj", "adm", "brig", "lt"})
_NAME_BEFORE: Final = re.compile(r"(?<![\w.])[^\W\d_][\w'-]*[ \t]+$")


def _ends_a_name(text: str, start: int, word: str) -> bool:
    """The rank's letters end a name: a capitalised word of the same name run before them ("Thủ
    tướng Hun Sen. Buổi tiếp ..."), where a rank would open the name."""
    if word.lower() not in _RANKS or not word[:1].isupper():
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group()[:1].isupper()


def _is_middle_initial(text: str, dot: int) -> bool:
    """The dot closes a foreign name's middle initial: a capitalised word, one capital letter,
    the dot, then the surname ("Tổng thống George W. Bush đã ...")."""
    initial = _MIDDLE_INITIAL.search(text, max(0, dot - 30), dot)
    if initial is None or not initial.group()[0].isupper():
        return False
    after = dot + 1
    while after < len(text) and text[after] == " ":
        after += 1
    return after > dot + 1 and after < len(text) and text[after].isupper()


def _starts_sentence(text: str, pos: int, limit: int) -> bool:
    """True if the first visible character at or after ``pos`` may open a sentence."""
    while pos < limit and text[pos].isspace():
        pos += 1
    if pos >= limit:
        return True
    ch = text[pos]
    return ch.isupper() or ch.isdigit() or ch in "\"“'‘(«-–—•*"


def _split_one(
    text: str, start: int, end: int, block: int, out: list[Sentence], *, wrapped: bool = False
) -> None:
    """Append the sentences of ``text[start:end]`` to ``out`` (a list, not generators: a
    generator per sentence cost as much as the splitting). In a ``wrapped`` block a line
    break is a space (see :func:`split_sentences`)."""
    cursor = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if match.group() == "\n":
            if wrapped:
                continue
        elif _is_abbreviation(text, match.start()) or not _starts_sentence(text, stop, end):
            continue
        _trimmed(text, cursor, stop, block, out)
        cursor = stop
    _trimmed(text, cursor, end, block, out)


def _trimmed(text: str, start: int, end: int, block: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, block))


def split_sentences(
    text: str, blocks: Iterable[tuple[int, int]], wrapped: Container[int] = ()
) -> list[Sentence]:
    """Sentences of each ``(start, end)`` block of ``text``, in order, never crossing a block.

    ``wrapped`` numbers the blocks whose line breaks are a hard wrap's, not a paragraph's:
    the cleaning stage joined the lines of one paragraph ("... và Ngoại trưởng Hoa Kỳ\\nJohn
    Kerry đã điện đàm."), so a sentence there ends only at its punctuation."""
    out: list[Sentence] = []
    for index, (start, end) in enumerate(blocks):
        _split_one(text, start, min(end, len(text)), index, out, wrapped=index in wrapped)
    return out
