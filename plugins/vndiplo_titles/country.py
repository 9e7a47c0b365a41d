"""A person's country from their titles and name: the rules of :func:`resolve_country`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import define

from vndiplo.model import Role
from vndiplo_titles.constructions import VIETNAMESE_OFFICES
from vndiplo_titles.ethnic_names import ethnic_vietnamese
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import Token, looks_foreign, tokenize

__all__ = [
    "known_country",
    "past_modifiers",
    "resolve_country",
    "vietnamese_office",
    "vietnamese_organ",
]


def resolve_country(
    roles: Sequence[Role], *, name: str, foreign_hint: bool, lex: Lexicon
) -> str | None:
    """A person's ISO country code, by the first rule that applies.

    1. A country the titles themselves fix: a place named in a title ("Chủ tịch nước Trung
       Quốc", "Bí thư Tỉnh ủy Quảng Ninh"), the sending country of an envoy ("Đại sứ Việt
       Nam tại Trung Quốc" -> VN), a trailing locator (", Trung Quốc"), an organisation or
       title that belongs to one country ("Nhân đại toàn quốc" -> CN). First title wins; an
       office only Vietnam has ("nguyên Chủ tịch nước", "Thủ tướng Chính phủ") naming no
       country is a title fixing VN for a Vietnamese-spelt name (a well-known name's country
       first), so a later apposed foreign title cannot override it. So does a body only
       Vietnam's state has ("Chủ tịch UBND tỉnh", "Hội đồng Dân tộc"), whatever the name's
       shape (an ethnic-minority name reads as foreign).
    2. The well-known people lexicon ("Tập Cận Bình" -> CN).
    3. Vietnam, when the text reads as a Vietnamese outlet speaking of its own officials: at
       least one title exists in Vietnam's system ("Tổng Bí thư", "Phó Thủ tướng Chính phủ",
       "Chủ tịch"), the name is Vietnamese-spelt, nothing marks the office foreign ("nước
       bạn", "nước chủ nhà") and no honorific "Ngài" introduced the person.
    4. Otherwise None: the text does not fix it.
    """
    known = known_country(name, lex)
    for role in roles:
        if role.country:
            return role.country
        if not foreign_hint and vietnamese_organ(role.title):
            # a body only Vietnam's state has: also for an ethnic-minority name ("Y Kla Niê")
            return known or "VN"
        vietnamese = not foreign_hint and vietnamese_office(role.title, lex)
        if vietnamese and not _foreign_spelt(name):
            return known or "VN"
    if known:
        return known
    if foreign_hint:
        return None
    if _foreign_spelt(name):
        return None
    domestic = any(_domestic(role.title, lex) for role in roles)
    return "VN" if domestic else None


#: Bodies of Vietnam's own state, named by no other country's offices as Vietnamese news
#: writes them: the people's councils and committees (HĐND, UBND), the Fatherland Front,
#: the National Assembly's Ethnic Council.
_VIETNAMESE_ORGAN = re.compile(
    r"(?<!\w)(?:HĐND|UBND|UBMTTQ|MTTQ|Hội đồng [Nn]hân dân|[UỦ]y ban [Nn]hân dân"
    r"|Mặt trận Tổ quốc|Hội đồng Dân tộc)(?!\w)"
)


def vietnamese_organ(title: str) -> bool:
    """Does ``title`` name a body only Vietnam's state has ("Phó Chủ tịch UBND tỉnh")?"""
    return _VIETNAMESE_ORGAN.search(title) is not None


def _foreign_spelt(name: str) -> bool:
    """Is ``name`` spelt as a foreign one? Not an ethnic-minority Vietnamese name ("Y Thanh
    Niê Kđăm"), whose words Vietnamese spelling need not cover."""
    tokens = tokenize(name)
    return looks_foreign(tokens) and not ethnic_vietnamese(tokens)


def known_country(name: str, lex: Lexicon) -> str | None:
    """The country of a well-known person ``name`` from the people lexicon, also when the
    text adds a middle initial or a patronymic the lexicon leaves out ("Antony J. Blinken"),
    joins or splits
    syllables with a hyphen ("Yoon Suk-yeol"), or gives the family name alone ("Tổng thống
    Obama": the lexicon's people of that last name all of one country), or None."""
    words = _loose(name)
    known = lex.people.get(" ".join(name.lower().split()))
    index = _index(lex)
    if known is None:
        known = index.full.get(" ".join(words))
    if known is None and len(words) > 2:
        bare = [w for w in words if _INITIAL.fullmatch(w) is None]
        if 2 <= len(bare) < len(words):
            known = index.full.get(" ".join(bare))
    if known is None and len(words) > 2:
        # "Sergey Viktorovich Lavrov": a patronymic the lexicon leaves out
        known = index.full.get(f"{words[0]} {words[-1]}")
    if known is None and len(words) == 1 and looks_foreign(tokenize(name)):
        known = index.last.get(words[0])
    return known


def _loose(name: str) -> list[str]:
    """The words of a name, lower-cased, a hyphen a space ("Suk-yeol" -> suk, yeol), an
    initial's dot dropped however it is spaced ("W. ", "W ." -> w)."""
    words = name.lower().replace("-", " ").replace("‐", " ").replace(".", " ").split()
    return words


@define
class _PeopleIndex:
    #: loose full name -> country
    full: dict[str, str]
    #: a Latin family name (last word) -> country, when all its bearers share one
    last: dict[str, str]


def _index(lex: Lexicon) -> _PeopleIndex:
    """The people lexicon keyed loosely, made once per people table.

    Keyed on the table, not the lexicon: a document that names places of its own gets a copy
    of the lexicon (``Lexicon.with_places``) sharing this table, and must not rebuild it.
    """
    people = lex.people
    cached = _INDEXES.get(id(people))
    if cached is not None and cached[0] is people:
        return cached[1]
    full: dict[str, str] = {}
    by_last: dict[str, set[str]] = {}
    for key, country in people.items():
        words = _loose(key)
        full.setdefault(" ".join(words), country)
        if len(words) > 1 and looks_foreign(tokenize(key.title())):
            by_last.setdefault(words[-1], set()).add(country)
    last = {w: next(iter(cs)) for w, cs in by_last.items() if len(cs) == 1}
    index = _PeopleIndex(full, last)
    _INDEXES[id(people)] = (people, index)
    return index


#: People table id -> (the table, kept alive so its id stays its own; its index).
_INDEXES: dict[int, tuple[dict[str, str], _PeopleIndex]] = {}


#: A middle initial as a word of a name: "J.", "W".
_INITIAL = re.compile(r"[^\W\d_]\.?")


def _domestic(title: str, lex: Lexicon) -> bool:
    tokens = tokenize(title)
    hit = lex.titles.longest(tokens, past_modifiers(tokens, lex))
    return hit is not None and hit[1].domestic


def past_modifiers(tokens: list[Token], lex: Lexicon) -> int:
    """The index of the first token past the title modifiers ("nguyên", "Phó") at the start."""
    i = 0
    while i < len(tokens):
        mod = lex.modifiers.longest(tokens, i)
        if mod is None:
            break
        i += mod[0]
    return i


def vietnamese_office(title: str, lex: Lexicon) -> bool:
    """Is ``title``, past its modifiers ("nguyên", "Phó" are kept: see the set), exactly an
    office only Vietnam's state has ("Chủ tịch nước", "Thủ tướng Chính phủ")?"""
    low = title.lower()
    if not any(office in low for office in VIETNAMESE_OFFICES):
        return False  # most titles: no tokenising
    tokens = tokenize(title)
    i = 0
    while i < len(tokens):
        mod = lex.modifiers.longest(tokens, i)
        if mod is None or " ".join(t.fold for t in tokens[i : i + mod[0]]) in _OFFICE_HEADS:
            break
        i += mod[0]
    return " ".join(t.fold for t in tokens[i:]) in VIETNAMESE_OFFICES


#: First words of the offices, which a modifier reading must not swallow.
_OFFICE_HEADS = frozenset(o.split()[0] for o in VIETNAMESE_OFFICES)
