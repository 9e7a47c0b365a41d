"""The sides of an act between two bodies, from the list that names each body's people.

"Cục X đã tổ chức tiếp đón, làm việc với đoàn Cục Y Bộ An ninh Lào. Tham dự buổi gặp mặt, đại
diện Cục X có đồng chí A, Cục trưởng; đại diện đoàn Lào có đồng chí B": the act names no one,
the next sentences say who stood for each side ("đại diện <body> có", "về phía <body> có",
"phía <body>:"). The first person of each side's stretch is that side's; the side is the one
whose words its label shares: the receiving body named before the act, the delegation after
it ("đoàn", or the country or body written there). Only for a reception, meeting or talks that
names no person, and only when the list names exactly two sides, one each way (a label that
tells nothing takes the side the other label leaves).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["side_by_country", "side_by_overlap", "with_listed_sides"]

_SIDE_TYPES: Final = frozenset({"reception", "meeting", "talks"})
#: a side's label and the word that opens its people: "đại diện Cục X có", "về phía bạn,
#: có", "Phía Việt Nam:", "về phía đoàn Lào gồm"
_SIDE: Final = re.compile(
    r"(?<!\w)(?:về\s+phía|đại\s+diện(?:\s+cho)?|phía)\s+(?P<label>[^,;:.()\n]{2,80}?)\s*,?\s*"
    r"(?:(?:có|gồm(?:\s+có)?|là)(?!\w)|:)"
)
#: how many sentences after the act's own the list may come
_REACH: Final = 2
#: label words that name no body of either side
_GENERIC: Final = frozenset({"của", "các", "và", "cho", "tỉnh", "thành", "phố", "bộ", "cục"})


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text) if w not in _GENERIC}


def side_by_country(label: str, before: str, after: str, gaz: Gazetteer) -> str | None:
    """ "subject" or "object": the zone of the act (``before`` it, ``after`` its "với") that
    names the country ``label`` names, when exactly one of them does; else None."""
    country = gaz.country_of(label)
    if country is None:
        return None
    in_before = gaz.country_of(before) == country
    in_after = gaz.country_of(after) == country
    if in_before == in_after:
        return None
    return "subject" if in_before else "object"


def _side_of(label: str, before: str, after: str, gaz: Gazetteer) -> str | None:
    """ "subject" or "object": the zone of the act whose words the label shares most; a
    delegation's label ("đoàn Lào") the zone that names the delegation."""
    if "đoàn" in label.split():
        in_before, in_after = "đoàn" in before.split(), "đoàn" in after.split()
        if in_before != in_after:
            return "subject" if in_before else "object"
    by_country = side_by_country(label, before, after, gaz)
    if by_country is not None:
        return by_country
    words = _words(label)
    return side_by_overlap(len(words & _words(before)), len(words & _words(after)))


def side_by_overlap(ahead: int, behind: int) -> str | None:
    """ "subject" when the label shares more with the zone before the act, "object" when more
    with the zone after it, None on a tie."""
    if ahead == behind:
        return None
    return "subject" if ahead > behind else "object"


def _listed(view: ArticleView, start: int, end: int) -> list[tuple[str, Person]]:
    """(label, first person) of each side's stretch in ``[start, end)``."""
    low = view.lower
    opened = list(_SIDE.finditer(low, start, end))
    out: list[tuple[str, Person]] = []
    for index, found in enumerate(opened):
        stop = opened[index + 1].start() if index + 1 < len(opened) else end
        named = view.mentions_in(found.end(), stop)
        if named:
            out.append((found.group("label"), named[0].person))
    return out


def with_listed_sides(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """``main``, an act between two bodies naming no one, with the people the list after it
    gives each side."""
    if main.type not in _SIDE_TYPES or main.participants or main.subjects or main.objects:
        return main
    low = view.lower
    sentence = own.sentence
    before = low[sentence.start : main.hit.start]
    after = low[main.hit.end : sentence.end]
    last = min(len(view.sentences), main.sentence_index + 1 + _REACH)
    start = main.hit.end
    end = view.sentences[last - 1].end
    listed = _listed(view, start, end)
    if len(listed) != 2:
        return main
    told = [_side_of(label, before, after, gaz) for label, _person in listed]
    if told.count(None) == 1:
        # one label tells its side ("đoàn Lào"): the other stands for the other side
        known = next(t for t in told if t is not None)
        told = [t or ("object" if known == "subject" else "subject") for t in told]
    if set(told) != {"subject", "object"}:
        return main
    sides = {side: person for side, (_label, person) in zip(told, listed, strict=True) if side}
    return with_roles(
        view, main.but(subjects=(sides["subject"],), objects=(sides["object"],)), own, gaz
    )
