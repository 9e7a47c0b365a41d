"""``country_swap`` for ``benchmarks.metamorphic``: the same meeting with another country.

The page's one foreign country (its name, official names, capital, its short form in "Việt -
Lào") becomes another country everywhere; the people of that country must get the new country
code and nothing else may change. Only countries whose names are never a person's name or a
Vietnamese place are used ("Nga", "Đức", "Mỹ", "Anh" are given names; "Lào Cai" is a province).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from vndiplo_titles.country import known_country
from vndiplo_titles.matcher import lexicon_for

from benchmarks.metamorphic_transforms import Found, Rewrite, _seed
from vndiplo.place_names import CITIES, REGIONS
from vndiplo.place_names import COUNTRIES as PLACE_COUNTRIES


class Country(NamedTuple):
    code: str
    name: str
    #: Official names, written first so that they are replaced whole.
    official: tuple[str, ...]
    capitals: tuple[str, ...]
    #: The form in "Việt - X" and "X - Việt"; the name itself when the language has none.
    short: str


COUNTRIES: tuple[Country, ...] = (
    Country(
        "LA",
        "Lào",
        ("Cộng hòa Dân chủ Nhân dân Lào", "CHDCND Lào"),
        ("Viêng Chăn", "Vientiane"),
        "Lào",
    ),
    Country(
        "KH", "Campuchia", ("Vương quốc Campuchia",), ("Phnôm Pênh", "Phnom Penh"), "Campuchia"
    ),
    Country("TH", "Thái Lan", ("Vương quốc Thái Lan",), ("Băng Cốc", "Bangkok"), "Thái"),
    Country("CU", "Cuba", ("Cộng hòa Cuba",), ("La Habana", "Havana"), "Cuba"),
    Country("KR", "Hàn Quốc", ("Đại Hàn Dân Quốc",), ("Seoul",), "Hàn"),
    Country("JP", "Nhật Bản", (), ("Tokyo",), "Nhật"),
    Country("IN", "Ấn Độ", ("Cộng hòa Ấn Độ",), ("New Delhi",), "Ấn"),
    Country("ID", "Indonesia", ("Cộng hòa Indonesia",), ("Jakarta",), "Indonesia"),
    Country("HU", "Hungary", (), ("Budapest",), "Hungary"),
    Country("PL", "Ba Lan", ("Cộng hòa Ba Lan",), ("Warsaw", "Vác-sa-va"), "Ba Lan"),
    Country("CL", "Chile", ("Cộng hòa Chile",), ("Santiago",), "Chile"),
    Country("MN", "Mông Cổ", (), ("Ulan Bator", "Ulaanbaatar"), "Mông Cổ"),
    Country("AU", "Australia", ("Ô-xtrây-li-a",), ("Canberra",), "Australia"),
    Country("MZ", "Mozambique", ("Cộng hòa Mozambique",), ("Maputo",), "Mozambique"),
)

_VIET = r"Việt(?: Nam)?"
#: "Lào Cai" is a Vietnamese province, not Laos.
_NOT_AFTER = r"(?! Cai\b)"


def _word(form: str) -> str:
    return rf"(?<![\w-]){re.escape(form)}(?![\w-])"


def _mentions(country: Country, text: str) -> int:
    return len(re.findall(_word(country.name) + _NOT_AFTER, text)) + sum(
        len(re.findall(_word(c), text)) for c in country.capitals
    )


def _page_country(text: str, names: tuple[str, ...]) -> Country | None:
    """The one table country the page names, none if it names several or a name holds it."""
    named = [c for c in COUNTRIES if _mentions(c, text)]
    if len(named) != 1:
        return None
    country = named[0]
    words = {w for n in names for w in n.split()}
    if any(w in words for w in (*country.name.split(), *country.short.split())):
        return None
    return country


def replace_country(text: str, old: Country, new: Country) -> str:
    """Every form of ``old`` written as the same form of ``new``."""
    for form in old.official:
        text = re.sub(_word(form), new.official[0] if new.official else new.name, text)
    for form in old.capitals:
        text = re.sub(_word(form), new.capitals[0], text)
    if old.short != old.name:
        dash = r"\s*[-–]\s*"
        text = re.sub(rf"({_VIET}{dash}){re.escape(old.short)}(?![\w])", rf"\g<1>{new.short}", text)
        text = re.sub(rf"(?<![\w]){re.escape(old.short)}(?={dash}Việt)", new.short, text)
    return re.sub(_word(old.name) + _NOT_AFTER, new.name, text)


@cache
def _other_places(code: str) -> re.Pattern[str]:
    """Every other spelling, province and city of the country ``code`` the gazetteer knows
    ("Champasak", "Nara", "Laos"): a page that still names one after the swap would tie its
    people to the old country, so it is left alone."""
    names = [
        n for table in (PLACE_COUNTRIES, REGIONS, CITIES) for n, c in table.items() if c == code
    ]
    names.sort(key=len, reverse=True)
    return re.compile("|".join(_word(n) for n in names) + _NOT_AFTER)


def _well_known(names: tuple[str, ...], code: str) -> bool:
    """Whether one of ``names`` is a well-known person of ``code`` ("Hun Sen"): the world
    knows their country, a page that gives them another one says something else."""
    lex = lexicon_for(None)
    return any(known_country(n, lex) == code for n in names)


def country_swap(text: str, found: Found) -> Rewrite | None:
    old = _page_country(text, found.names)
    if old is None or _well_known(found.names, old.code):
        return None
    others = [c for c in COUNTRIES if c != old and c.short not in text and c.name not in text]
    new = others[_seed(found.page, "country") % len(others)]
    rewritten = replace_country(text, old, new)
    if rewritten == text or (old.short != old.name and re.search(_word(old.short), rewritten)):
        return None  # a bare "Nhật", "Hàn" left: the page would name both countries
    if _other_places(old.code).search(rewritten):
        return None

    def forward(value: str) -> str:
        return replace_country(value, old, new)

    def country(code: str | None) -> str | None:
        return new.code if code == old.code else code

    return Rewrite(rewritten, forward, country)
