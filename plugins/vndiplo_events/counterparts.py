"""A counterpart phrase stands for the person the page names on the other side.

"A gửi điện chúc mừng người đồng cấp phía Việt Nam", "hội đàm với người đồng nhiệm", "A tiếp
người đồng cấp Lào", "Bộ trưởng nước chủ nhà": the phrase names no one, but the page does; it
is the named holder on the side the phrase gives (a country after it), else on the side across
from the clause's subject (the person named last before it in its sentence). Among several,
the one holding the subject's office ("đồng cấp": of the same rank) wins, then the one named
nearest before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo.places import gazetteer

__all__ = ["counterpart_spans", "country_span", "names_a_counterpart"]

#: "người đồng cấp", "người đồng nhiệm", "vị đồng cấp", "<office> nước chủ nhà"
_COUNTERPART: Final = re.compile(
    r"(?<!\w)(?:(?:người|vị|nhà\s+lãnh\s+đạo)\s+đồng\s+(?:cấp|nhiệm)"
    r"|(?P<office>(?:bộ\s+trưởng|thủ\s+tướng|tổng\s+thống|chủ\s+tịch|ngoại\s+trưởng)"
    r"(?:\s+\w+){0,2}?)\s+(?:nước|phía)\s+chủ\s+nhà)(?!\w)"
)
#: the side a counterpart phrase gives after it: "phía Việt Nam", "(của) Lào", "bên Lào"
_SIDE: Final = re.compile(r"\s+(?:mới\s+)?(?:của\s+)?(?:(?:phía|bên|nước)\s+)?(?=\w)")
#: how far back the clause's subject may be named
_SUBJECT_REACH: Final = 400


def _office_heads(person: Person) -> set[str]:
    """Each title's first two words, lower-cased: the office a counterpart shares ("Ngoại
    trưởng" is a "Bộ trưởng")."""
    heads = {" ".join(t.lower().split()[:2]) for t in person.titles}
    return {_SAME_OFFICE.get(h, h) for h in heads}


#: title heads that name the same office as another head
_SAME_OFFICE: Final = {"ngoại trưởng": "bộ trưởng"}
#: how far after a counterpart phrase its holder may be named first
_LATER_REACH: Final = 1500


def _named_later(
    end: int,
    known: Sequence[tuple[int, int, Person]],
    starts: list[int],
    subject: Person,
    side: str | None,
) -> Person | None:
    """The first person named after ``end`` (within reach) on the other side, holding the
    subject's office: of the side's country, or of none the page fixed."""
    heads = _office_heads(subject)
    for start, _e, person in known[bisect_left(starts, end) :]:
        if start - end > _LATER_REACH:
            break
        if person.name == subject.name or not _office_heads(person) & heads:
            continue
        if person.country is None or person.country == side:
            return person
        if side is None:
            if subject.country and person.country != subject.country:
                return person
            continue
        # a side written after the phrase ("người đồng cấp Trung Quốc"): a name read as the
        # subject's country for want of a country by it ("Trưởng Ban Liên lạc Đối ngoại Lưu
        # Kiến Siêu") is on that side, unless a title of his names the subject's country
        places = gazetteer(None)
        if all(places.country_of(t) != subject.country for t in person.titles):
            return person
    return None


def names_a_counterpart(low: str, start: int, end: int) -> bool:
    """``low[start:end]`` names a side as a counterpart ("người đồng nhiệm Australia"): only
    the holder of the matching office stands for it, as :func:`counterpart_spans` finds him."""
    return _COUNTERPART.search(low, start, end) is not None


def counterpart_spans(
    text: str,
    low: str,
    start: int,
    end: int,
    known: Sequence[tuple[int, int, Person]],
) -> list[tuple[int, int, Person]]:
    """The counterpart phrases in ``low[start:end]``, each with the named person it stands
    for. ``known``: the mentions found so far, in text order."""
    if not known or (low.find("đồng", start, end) == -1 and low.find("chủ nhà", start, end) == -1):
        return []
    starts = [m[0] for m in known]
    found: list[tuple[int, int, Person]] = []
    for hit in _COUNTERPART.finditer(low, start, end):
        person = _resolve(text, low, hit, known, starts)
        if person is not None:
            found.append((hit.start(), hit.end(), person))
    return found


def _resolve(
    text: str,
    low: str,
    hit: re.Match[str],
    known: Sequence[tuple[int, int, Person]],
    starts: list[int],
) -> Person | None:
    i = bisect_left(starts, hit.start()) - 1
    stop = max(low.rfind(".", 0, hit.start()), low.rfind("\n", 0, hit.start()))
    subject = None
    if i >= 0 and known[i][0] > stop and hit.start() - known[i][1] <= _SUBJECT_REACH:
        subject = known[i][2]
    side = None
    if hit.group("office") is None:
        after = _SIDE.match(low, hit.end())
        if after is not None:
            side = _country_at(text, after.end())
    people: dict[str, Person] = {}
    for _s, _e, person in known:
        people.setdefault(person.name, person)
    if subject is not None:
        people.pop(subject.name, None)
    if side is not None:
        pool = [p for p in people.values() if p.country == side]
    elif subject is not None and subject.country:
        pool = [p for p in people.values() if p.country and p.country != subject.country]
    else:
        return None
    office = hit.group("office")
    if office is not None:
        pool = [p for p in pool if any(t.lower().startswith(office) for t in p.titles)]
    elif subject is not None and len(pool) > 1:
        same = [p for p in pool if _office_heads(p) & _office_heads(subject)]
        pool = same or pool
    if not pool and subject is not None and office is None:
        # "điện đàm với người đồng cấp Nhật Bản. Bộ trưởng N cảm ơn ...": the holder named
        # only later, his country not written by his name
        return _named_later(hit.end(), known, starts, subject, side)
    if not pool:
        return None
    if len(pool) == 1:
        return pool[0]
    names = {p.name for p in pool}
    before = [m for m in known[: i + 1] if m[2].name in names]
    return before[-1][2] if before else next(m[2] for m in known if m[2].name in names)


def _country_at(text: str, at: int) -> str | None:
    """The country named right at ``at`` (one to four words), not further on."""
    found = country_span(text, at)
    return found[0] if found else None


def country_span(text: str, at: int, limit: int | None = None) -> tuple[str, int] | None:
    """(country, end) of the place named right at ``at`` (one to four words, a country or a
    place of one, before ``limit``), not further on."""
    stop = at + 40 if limit is None else min(limit, at + 40)
    words = text[at:stop].split()
    places = gazetteer(None)
    for k in range(min(4, len(words)), 0, -1):
        place = places.lookup(" ".join(words[:k]).strip(",.;:()"))
        if place is not None and place.country:
            end = at
            for word in words[:k]:
                end = text.index(word, end) + len(word)
            # a closing mark read with the last word is no part of the place
            while end > at and text[end - 1] in ",.;:()":
                end -= 1
            return place.country, end
    return None
