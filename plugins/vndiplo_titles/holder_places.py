"""A territory closing the title chain of a holder already named: a place, not a person.

"ông Somcot Mangnomek, Ủy viên Trung ương Đảng, Bí thư, Tỉnh trưởng Xieng Khoang." The chain
after the name describes that one person, so the capitalised run after the last office of a
territory ("Tỉnh trưởng", "Thống đốc", "Thị trưởng", "Bí thư Tỉnh ủy" ...) is the territory
that office governs, however the gazetteer spells it (a Lao or Cambodian province in Latin
letters, a Chinese prefecture in Hán-Việt): no second person is named there.

Read only where nothing else can be meant: the title is apposed to a name just read (the
holder is named before the chain, not titled before the name: "Thống đốc A X, Thống đốc B Y"
lists two people), the chain names no territory before (one holder governs one: "ông X,
Tỉnh trưởng tỉnh A, Phó Tỉnh trưởng Y" names a deputy), the run comes right after the office
word, and the chain ends with it (a
stop, a bracket, or a comma or "và" that opens no further title or name). A run that reads as
a Vietnamese person's name (a family name of our list, then Vietnamese syllables) stays a name.
"""

from __future__ import annotations

import re

from vndiplo_titles.complement_state import Read
from vndiplo_titles.constructions import CONJUNCTION, DASHES
from vndiplo_titles.cursor import Cursor
from vndiplo_titles.names import is_vietnamese_syllable

__all__ = ["eponym_name", "holder_place"]

#: The glosses of offices that govern a territory (see :mod:`.lexicon`); a Governor-General
#: holds a country, a central bank's Governor is read with its bank first.
_TERRITORIAL = re.compile(r"\b(?:Governor|Mayor|Prefect|Premier|Provincial|Municipal|District)\b")
_NOT_TERRITORIAL = ("Governor-General",)

#: Marks that end the chain right after the run.
_CLOSERS = frozenset({".", ";", "!", "?", ")", "(", ":", "\n"})

#: More words than this are no province's name.
_MAX_PLACE_WORDS = 4


def _territorial(gloss: str | None) -> bool:
    return gloss is not None and gloss not in _NOT_TERRITORIAL and bool(_TERRITORIAL.search(gloss))


def holder_place(c: Cursor, s: Read, j: int, run_end: int) -> bool:
    """Is the capitalised run ``t[j:run_end]`` the territory of the office ``s.tp``, apposed
    to a holder already named (see the module docstring)?"""
    tp = s.tp
    if not c.named or c.placed or s.locating or j != tp.head_end or not _territorial(tp.head.gloss):
        return False
    if run_end - j > _MAX_PLACE_WORDS or not _chain_ends(c, run_end):
        return False
    t = c.t
    vietnamese_name = t[j].fold in c.lex.surnames and all(
        is_vietnamese_syllable(tok.text) for tok in t[j:run_end]
    )
    return not vietnamese_name


def _chain_ends(c: Cursor, k: int) -> bool:
    """Does the title chain end at ``t[k]``: the window's end, a closing mark, or a comma or
    "và" followed by a lower-case word that is no title ("…, cùng đoàn", "và đoàn")?"""
    t = c.t
    if k >= c.n or t[k].text in _CLOSERS or (not t[k].word and t[k].text.strip() == ""):
        return True
    if t[k].text in DASHES and k + 1 < c.n:
        # "Quỹ Inle Heritage - Myanmar;": a dash adds the body's or the place's country
        place = c.lex.places.longest(t, k + 1)
        if place is not None and place[1].kind == "country":
            return _chain_ends(c, k + 1 + place[0])
        return False
    if t[k].text != "," and t[k].fold != CONJUNCTION:
        return False
    nxt = k + 1
    if nxt >= c.n:
        return True
    after = t[nxt]
    return after.word and not after.cap and c.head_at(nxt) is None


#: Nouns of institutions and sites named after a person ("Bảo tàng Hồ Chí Minh", "Trường
#: THPT Chu Văn An", "Học viện Chính trị quốc gia Hồ Chí Minh"), folded; an acronym of the
#: school's kind may stand between ("Trường THPT", "Đoàn TNCS").
_EPONYM_NOUNS = frozenset(
    {
        ("bảo", "tàng"),
        ("trường",),
        ("đại", "học"),
        ("học", "viện"),
        ("quỹ",),
        ("hội",),  # "Hội Nordlys", "Hiệp hội Green River": a society's own name
        ("tổ", "chức"),
        ("viện",),
        ("bệnh", "viện"),
        ("thư", "viện"),
        ("đoàn",),
        ("giải", "thưởng"),
        ("quảng", "trường"),
        ("khu", "di", "tích"),
        ("nhà", "văn", "hóa"),
        ("công", "viên"),
        ("lăng",),
    }
)


def eponym_name(c: Cursor, s: Read, j: int, run_end: int) -> bool:
    """Is the capitalised run ``t[j:run_end]`` the name of the institution right before it,
    in a title apposed to a holder already named ("ông X, Giám đốc Bảo tàng Hồ Chí Minh,",
    "bà Y - Hiệu trưởng Trường THPT Chu Văn An.")? The holder is named, the chain ends with
    the run (or a verb follows it), so the run names the institution after a person, not a
    second person."""
    if not c.named or s.locating or run_end - j > _MAX_PLACE_WORDS + 1:
        return False
    t = c.t
    if t[j].acronym or c.lex.places.longest(t, j, run_end) is not None:
        return False  # "Đoàn TNCS Trung Quốc": the body's country, read as a place
    verb_after = run_end < c.n and t[run_end].word and not t[run_end].cap
    # "bà X, Chủ tịch Tổ chức Peace Call, nguyên Chủ tịch ...": another title of the named
    # holder after the comma ends this one as the chain's end does
    next_title = run_end + 1 < c.n and t[run_end].text == "," and c.head_at(run_end + 1) is not None
    if not (_chain_ends(c, run_end) or next_title or (verb_after and c.head_at(run_end) is None)):
        return False
    k = j
    while k > 0 and t[k - 1].acronym:
        k -= 1  # "Trường THPT", "Đoàn TNCS"
    return any(
        k >= len(noun) and tuple(tok.fold for tok in t[k - len(noun) : k]) == noun
        for noun in _EPONYM_NOUNS
    )
