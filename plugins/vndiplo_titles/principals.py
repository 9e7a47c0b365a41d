"""Principals a page names with no title: the head of a delegation ("đoàn do đồng chí X dẫn
đầu", "do ông X làm trưởng đoàn") and a signer ("ông X đã ký"). The verb after the name says
the person acts for a side, so they are reported like a titled person, with no title; for
:mod:`.merge`.

Only a name that is recognisably a person's full name counts: a family name of the list
then a given name, or a Latin or transliterated name of two words or more. An honorific
("ông", "đồng chí") introduces it: the scan finds such names, with their boundaries.
"""

from __future__ import annotations

import re

from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import Token, looks_foreign

__all__ = ["heads_or_signs"]

#: Right after a name, a verb that makes its holder a principal: leading a delegation, or
#: signing. Read on the text, not the tokens: a scan window may end before the verb's
#: second word (see :mod:`.windows`).
#: A second principal between ("ông X và ông Y đã ký"): "và"/"cùng", an honorific, then
#: capitalised words.
_CAPITAL = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_PARTNER = (
    r"(?:[^\S\n]+(?:và|cùng)[^\S\n]+(?:ông|bà|ngài|đồng\s+chí)"
    rf"(?:[^\S\n]+[{_CAPITAL}][\w'’-]*){{1,7}})?"
)
PRINCIPAL_VERB = re.compile(
    _PARTNER + r"[^\S\n]+(?:(?:đồng\s+)?dẫn\s+đầu|(?:làm|là)\s+trưởng\s+đoàn"
    r"|(?:(?:đã|vừa|sẽ|cùng)\s+)?k[ýí])(?!\w)"
)


def heads_or_signs(tokens: list[Token], a: int, b: int, text: str, lex: Lexicon) -> bool:
    """Is the name ``tokens[a:b]`` a full name followed in ``text`` by a principal's verb
    (see :data:`PRINCIPAL_VERB`)?"""
    if b - a < 2 or not _full_name(tokens[a:b], lex):
        return False
    return PRINCIPAL_VERB.match(text, tokens[b - 1].end) is not None


def _full_name(run: list[Token], lex: Lexicon) -> bool:
    """A family name of the list first, or a Latin or transliterated name."""
    if not all(tok.cap and tok.word and not tok.acronym for tok in run):
        return False
    return run[0].fold in lex.surnames or looks_foreign(run)  # "Bun-mi Xa-lít" looks so
