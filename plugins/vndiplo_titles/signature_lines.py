"""A reproduced letter's signature line: "<Name> <Office>" under the letter's closing.

"Tôi chúc Ngài ... ." then, on a line of its own, "Jan Nowak Tổng thống Cộng hòa Ba Lan": no
honorific, no comma between name and office, so no chain of :mod:`.chains` reads it. The line
right after a paragraph in the first person (the letter's own words) on a page that holds a
letter (:class:`vndiplo.letters.LetterPage`, scanned once per page), holding only a full name
and then an office that fills the rest of the line, names the signer with that title.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.letters import FIRST_PERSON, LetterPage
from vndiplo_titles.complement import read_title
from vndiplo_titles.cursor import Cursor
from vndiplo_titles.findings import Finding
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import MAX_FOREIGN, Token, looks_foreign

__all__ = ["follows_first_person", "signature_finding"]

#: the letter's writer speaking: "tôi", "chúng tôi", "xin gửi" (no caption or report says "tôi")
_FIRST_PERSON: Final = re.compile(rf"(?<!\w)(?:{FIRST_PERSON})(?!\w)", re.IGNORECASE)
#: a signature is short: a name and an office
_MAX_WORDS: Final = 20


def follows_first_person(letters: LetterPage, spans: list[tuple[int, int]], index: int) -> bool:
    """Is block ``index`` of the page ``letters.text`` a short line with no final stop right
    after a block in the first person ending a sentence: where a letter's signature stands?"""
    text = letters.text
    if index == 0:
        return False
    start, end = spans[index]
    line = text[start:end].strip()
    if not line or line.endswith((".", ":", "?", "!", ";")) or len(line.split()) > _MAX_WORDS:
        return False
    before = text[spans[index - 1][0] : spans[index - 1][1]].rstrip()
    if not before.endswith((".", "!")) or _FIRST_PERSON.search(before) is None:
        return False
    # an interview's or a speech's last words are in the first person too: a letter only
    return letters.holds_letter(before, spans[index - 1][0])


def signature_finding(tokens: list[Token], lex: Lexicon) -> Finding | None:
    """The signer of a signature line's tokens: a full name (a family name of the list first,
    or a Latin or transliterated name) then a title that runs to the end of the line."""
    cursor = Cursor(tokens, lex)
    words = [k for k, tok in enumerate(tokens) if tok.word]
    if len(words) < 3:
        return None
    for k in range(2, min(MAX_FOREIGN, len(tokens) - 1) + 1):
        run = tokens[:k]
        if not all(tok.word and tok.cap and not tok.acronym for tok in run):
            return None
        head = cursor.head_at(k)
        if head is None:
            continue
        if not (run[0].fold in lex.surnames or looks_foreign(run)):
            return None
        tp, name, nxt, more = read_title(cursor, k, head)
        if name is not None or more or any(tok.word for tok in tokens[nxt:]):
            return None
        return Finding(0, k, [tp])
    return None
