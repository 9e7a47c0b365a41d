"""Country and bracket phrases that close a place ("..., nước Cộng hòa Séc", "Bắc Kinh (Trung
Quốc)", "Nhà máy X (Núi Thành)"): where a "tại" phrase may run on past its name (locations.py).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.places import Gazetteer

__all__ = [
    "STATE_STYLE",
    "bracketed_place",
    "bracketed_units",
    "ends_phrase",
    "named_country",
    "spaces",
    "styled_country",
    "with_bracket",
]

#: "nước Cộng hòa dân chủ nhân dân", "Cộng hòa xã hội chủ nghĩa": a state's style, one word
#: of a title's country ("Tổng lãnh sự nước Cộng hòa dân chủ nhân dân Lào tại TP HCM")
STATE_STYLE: Final = (
    r"(?:nước\s+)?(?:cộng\s+h(?:òa|oà)|liên\s+bang|vương\s+quốc)"
    r"(?:\s+(?:dân\s+chủ|nhân\s+dân|xã\s+hội\s+chủ\s+nghĩa|hồi\s+giáo|liên\s+bang))*"
)
#: a short name in parentheses ("(Núi Thành)", "(Quảng Nam)"): one to four words of letters
_BRACKETED_WORDS: Final = re.compile(r"\(\s*([^\W\d_]+(?:[ -][^\W\d_]+){0,3})\s*\)")


def _bracketed_name(text: str, at: int, limit: int) -> int | None:
    """The end of "(<Name>)" at ``at`` when every word is capitalised and none is an
    abbreviation ("(Núi Thành)"; not "(ảnh)", "(TTXVN)")."""
    found = _BRACKETED_WORDS.match(text, at, limit)
    if found is None:
        return None
    words = found.group(1).replace("-", " ").split()
    if all(w[0].isupper() and not w.isupper() for w in words):
        return found.end()
    return None


#: an administrative unit written before a name inside parentheses ("huyện Mường Nhé")
_UNIT: Final = r"(?:(?:huyện|tỉnh|thành\s+phố|tp\.?|quận|thị\s+xã|xã|thị\s+trấn|phường)\s+)?"
_UNIT_NAME: Final = rf"{_UNIT}[^\W\d_]+(?:[ -][^\W\d_]+){{0,3}}"
#: "(Mộc Châu, Sơn La)", "(huyện Mường Nhé, tỉnh Điện Biên)", "(thị xã Sơn Tây)": the district
#: and province (or province and country) of a commune or town, set off by commas, each name
#: capitalised and maybe after its unit's word
_BRACKETED_UNITS: Final = re.compile(
    rf"\(\s*({_UNIT_NAME}(?:\s*,\s*{_UNIT_NAME}){{0,2}})\s*\)", re.IGNORECASE
)
_UNIT_AT: Final = re.compile(_UNIT, re.IGNORECASE)


def bracketed_units(text: str, at: int, limit: int) -> int | None:
    """The end of "(<Name>, <Name>)" or "(<unit> <Name>)" at ``at`` when every name is
    capitalised and none is an abbreviation: the units a place lies in, written inside one pair
    of parentheses (README: the "tại" phrase as written; a list of people or bodies has
    lower-case words or initials). A lone bare name is bracketed_place's."""
    found = _BRACKETED_UNITS.match(text, at, limit)
    if found is None:
        return None
    items = [item.strip() for item in found.group(1).split(",")]
    # the unit's word is optional: the match is empty for a bare name
    units = [_UNIT_AT.match(item) for item in items]
    ends = [unit.end() if unit is not None else 0 for unit in units]
    if len(items) == 1 and not ends[0]:
        return None
    for item, end in zip(items, ends, strict=True):
        words = item[end:].replace("-", " ").split()
        if not words or not all(w[0].isupper() and not w.isupper() for w in words):
            return None
    return found.end()


def bracketed_place(text: str, at: int, limit: int, gazetteer: Gazetteer) -> int | None:
    """The end of the parentheses opening at ``at`` when they hold where the place before
    them lies: a known country or place ("(Trung Quốc)", "(Cộng hòa Séc)"), or a short
    capitalised name that closes the phrase ("(Núi Thành),"); else None."""
    inner = at + 1 + spaces(text, at + 1)
    known = gazetteer.country_regex.match(text, inner, limit) or gazetteer.regex.match(
        text, inner, limit
    )
    inner_end = known.end() if known is not None else styled_country(text, inner, limit, gazetteer)
    if inner_end is not None:
        close = inner_end + spaces(text, inner_end)
        if close < limit and text[close] == ")":
            return close + 1
    named = _bracketed_name(text, at, limit)
    if named is not None:
        after = named + spaces(text, named)
        if after >= limit or text[after] in ",.;:\n":
            return named
    return None


#: ", nước Cộng hòa dân chủ nhân dân Lào": "nước" and a state's style before its name
_NUOC: Final = re.compile(r"nước\s+", re.IGNORECASE)
_CLAUSE_PUNCT: Final = re.compile(r"[,;.:()\n“”\"]")


#: "Vương quốc", "nước Cộng hòa Dân chủ Nhân dân": a state's style before its name
_STYLE_BEFORE_NAME: Final = re.compile(rf"{STATE_STYLE}\s+", re.IGNORECASE)


def styled_country(text: str, pos: int, limit: int, gazetteer: Gazetteer) -> int | None:
    """The end of "<state style> <Country>" opening at ``pos`` when the phrase ends there
    ("Vương quốc Bhutan", "nước Cộng hòa Séc"), else None. A country whose long form holds
    its style ("Vương quốc Hashemite Jordan") is matched whole first."""
    whole = gazetteer.country_regex.match(text, pos, limit)
    if whole is not None and ends_phrase(text, whole.end(), limit):
        return whole.end()
    style = _STYLE_BEFORE_NAME.match(text, pos, limit)
    if style is None:
        return None
    country = gazetteer.country_regex.match(text, style.end(), limit)
    if country is None or not ends_phrase(text, country.end(), limit):
        return None
    return country.end()


def named_country(text: str, pos: int, limit: int, gazetteer: Gazetteer) -> int | None:
    """The end of ", nước <style> <Country>" when the clause ends with a country's name, within
    eight words ("tại tỉnh X, nước Cộng hòa dân chủ nhân dân Lào, sáng nay ...")."""
    nuoc = _NUOC.match(text, pos, limit)
    if nuoc is None:
        return None
    punct = _CLAUSE_PUNCT.search(text, nuoc.end(), limit)
    stop = punct.start() if punct is not None else limit
    while stop > nuoc.end() and text[stop - 1].isspace():
        stop -= 1
    if len(text[nuoc.end() : stop].split()) > 8:
        return None
    for match in gazetteer.country_regex.finditer(text, nuoc.end(), stop):
        if match.end() == stop:
            return stop
    return None


def spaces(text: str, pos: int) -> int:
    n = 0
    while pos + n < len(text) and text[pos + n] == " ":
        n += 1
    return n


def with_bracket(text: str, end: int, limit: int, gazetteer: Gazetteer) -> int:
    """``end`` moved past a place's parentheses right after it (see :func:`bracketed_place`)."""
    at = end + spaces(text, end)
    if at < limit and text[at] == "(":
        closed = bracketed_place(text, at, limit, gazetteer)
        if closed is not None:
            return closed
    return end


def ends_phrase(text: str, pos: int, limit: int) -> bool:
    return pos >= limit or text[pos] in ",.;:)\n" or text[pos : pos + 1].isspace()
