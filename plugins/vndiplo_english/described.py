"""A side written as an office and a country stands for the one holder the page names.

"Prime Minister A held phone talks with the Japanese Prime Minister", "... received the
Ambassador of Egypt", "... met the Indian leader": the phrase names no one, but the page does
("Japanese Prime Minister B thanked ..."). The phrase is a mention of the one person holding
that office for that country, or of the page's one person of that country for "the <demonym>
leader" (the events plugin's described_offices does the same for Vietnamese pages; README: a
side named only by title is resolved to the person the article names). None or several: no
mention. Never an office written right before a name (that name's title, a mention already).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_english.event_parts import Mention
from vndiplo_english.lexicon import COUNTRY_NAMES, DEMONYMS, TITLES

__all__ = ["described_mentions"]


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: "the Japanese Prime Minister", "Chilean President"; "the Prime Minister of Japan"
_DESCRIBED: Final = re.compile(
    r"\b(?:(?P<demonym>"
    + _alternation(list(DEMONYMS))
    + r")\s+(?P<office>"
    + _alternation(TITLES)
    + r")|the\s+(?P<office2>"
    + _alternation(TITLES)
    + r")\s+of\s+"
    r"(?:the\s+)?(?P<country>" + _alternation(list(COUNTRY_NAMES)) + r"))\b"
)
#: "the Indian leader", "the Australian head of government": the page's one person of that
#: country
_LEADER: Final = re.compile(
    r"\bthe\s+(?P<demonym>" + _alternation(list(DEMONYMS)) + r")\s+(?:leader|head\s+of\s+"
    r"(?:state|government))\b"
)
#: a capitalised word right after the phrase: the holder's name (or a longer office)
_NAME_AFTER: Final = re.compile(r"\s+[A-Z]")


def _holds(person: Person, office: str) -> bool:
    """One of the person's titles is ``office`` (its last words, no deputy's)."""
    low = office.lower()
    for title in person.titles:
        key = " ".join(title.lower().split())
        if key == low:
            return True
        if key.endswith(" " + low):
            before = key[: -len(low)].split()
            if not before or before[-1] not in ("deputy", "vice", "former", "acting"):
                return True
    return False


def described_mentions(
    text: str, people: Sequence[Person], mentions: Sequence[Mention]
) -> list[Mention]:
    """A mention of its one holder at each office-and-country phrase of ``text``."""
    found: list[Mention] = []
    for hit in _DESCRIBED.finditer(text):
        if _NAME_AFTER.match(text, hit.end()):
            continue
        if any(s < hit.end() and hit.start() < e for s, e, _ in mentions):
            continue
        office = hit.group("office") or hit.group("office2")
        code = DEMONYMS.get(hit.group("demonym") or "") or COUNTRY_NAMES.get(
            hit.group("country") or ""
        )
        pool = {p.name for p in people if p.country == code and _holds(p, office)}
        if len(pool) == 1:
            found.append((hit.start(), hit.end(), pool.pop()))
    for hit in _LEADER.finditer(text):
        if _NAME_AFTER.match(text, hit.end()):
            continue
        code = DEMONYMS[hit.group("demonym")]
        pool = {p.name for p in people if p.country == code}
        if len(pool) == 1:
            found.append((hit.start(), hit.end(), pool.pop()))
    return found
