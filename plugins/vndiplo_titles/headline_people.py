"""People the headline names and the body never does.

A page whose body lost its lead ("Cuộc hội đàm diễn ra ...") may name a side only in its
headline ("Chủ tịch Quốc hội A hội đàm trực tuyến với ..."), or, with no headline, in the lead
photo's caption standing in for it. That person is one of the article's people all the same,
with the headline's titles, so the headline's event gets its known side. Someone the body
also names (in full, or by a part of the same name: "Thủ tướng Medvedev" over "D. Medvedev")
keeps the body's record untouched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from vndiplo.model import Person
from vndiplo_titles.name_variants import name_words, spelling_key

__all__ = ["listed_with", "named_only_there"]


def named_only_there(found: Iterable[Person], body: Sequence[Person], line: str) -> list[Person]:
    """The people of ``found`` (read in the headline ``line``, lower-cased) whom no one of
    ``body`` already is. Not a "person" holding the office of someone the body names and the
    headline names too: the headline misread that one's office ("Tổng Giám đốc Đài Phát thanh
    ... <name>" giving "Đài Phát")."""
    known = [set(name_words(spelling_key(p.name))) for p in body]
    named = [p for p in body if p.name.lower() in line]
    out: list[Person] = []
    for person in found:
        words = set(name_words(spelling_key(person.name)))
        if not words or any(words <= k or k <= words for k in known if k):
            continue
        titles = {t.lower() for t in person.titles}
        if any(titles & {t.lower() for t in p.titles} for p in named):
            continue
        out.append(person)
    return out


def listed_with(found: Sequence[Person], body: Sequence[Person], line: str) -> list[Person]:
    """``found`` with a country given to whoever the headline lists right after someone of a
    foreign country, with an office that names none ("hội kiến Thủ tướng A, Chủ tịch QH B":
    B is A's compatriot, not Vietnamese by default). ``line`` is the headline as written."""
    low = line.lower()
    placed = sorted((at, p) for p in [*body, *found] if (at := low.find(p.name.lower())) != -1)
    countries = {p.name: p.country for p in body}
    out = []
    for person in found:
        if any(r.country for r in person.roles):
            out.append(person)
            continue
        at = low.find(person.name.lower())
        before = [(a, p) for a, p in placed if a < at]
        if before:
            a, prev = before[-1]
            country = countries.get(prev.name, prev.country)
            between = line[a + len(prev.name) : at]
            if country not in (None, "VN") and _is_next_item(between, person.titles):
                person = attrs.evolve(person, country=country)
                countries[person.name] = country
        out.append(person)
    return out


def _is_next_item(between: str, titles: Sequence[str]) -> bool:
    """Is ``between`` a list comma (or "và") and nothing but the next one's office?"""
    for joiner in (",", " và "):
        head, sep, office = between.partition(joiner)
        if sep and not head.strip():
            office = " ".join(office.split())
            return bool(office) and office.removeprefix("và ") in titles
    return False
