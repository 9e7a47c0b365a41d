"""The other side of a meeting, speaking later in its own paragraph (round 13).

An account often gives each side's words in turn: "Tại hội đàm, Bộ trưởng A nhấn mạnh ...",
and paragraphs later "Về phía Campuchia, ông B ...", "Phía Lào, Bộ trưởng B ...", "Về phần
mình, B ...", "Đáp từ, B ...", "Đáp lại, B ...". When the act names one side only, the
person such an opening gives the floor to is the other, unless the page ties them to the
known side's own country ("Về phía Việt Nam, có Thứ trưởng C": one more of the same side).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo.syllables import is_vietnamese_syllable
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.statements import finder_for
from vndiplo_events.view import ArticleView

__all__ = ["guest_speaking_after", "speaker_of_the_other_side"]

#: a sentence giving the floor to a side: "Về phía Lào, (ông) ", "Phía bạn, ", "Về phần
#: mình, ", "Đáp từ, ", "Phát biểu đáp từ, "; what may stand before the name (an honorific, a
#: title of a few words)
_FLOOR: Final = re.compile(
    r"[\W\d]*(?:(?:về\s+)?phía\s+[^,;.:!?\n]{1,40}|về\s+phần\s+mình|(?:phát\s+biểu\s+)?đáp\s+(?:từ|lại))"
    r"\s*,\s*"
)
#: how many sentences after the act's own the other side may speak
_REACH: Final = 12
#: how far into its sentence the speaker's name may start after the opening (a title between)
_NAME_WITHIN: Final = 90


def speaker_of_the_other_side(
    view: ArticleView,
    sides: Sequence[Person],
    first: int,
    gaz: Gazetteer,
) -> Person | None:
    """The first person a later sentence gives the floor to ("Về phía X, ông B ...") who is
    none of ``sides`` and of no country of theirs, from the sentence after ``first`` on."""
    names = {p.name for p in sides}
    countries = {c for c in (person_country(p, gaz) for p in sides) if c is not None}
    for index in range(first + 1, min(len(view.sentences), first + 1 + _REACH)):
        sentence = view.sentences[index]
        floor = _FLOOR.match(view.lower, sentence.start, sentence.end)
        if floor is None:
            continue
        speakers = view.mentions_in(floor.end(), min(sentence.end, floor.end() + _NAME_WITHIN))
        if not speakers:
            continue
        person = speakers[0].person
        if person.name in names or person_country(person, gaz) in countries:
            continue
        return person
    return None


#: how many sentences after a reception told with its host only its guest may speak
_GUEST_REACH: Final = 6


def guest_speaking_after(
    view: ArticleView, hosts: Sequence[Person], first: int, start: int, gaz: Gazetteer
) -> Person | None:
    """The guest of a reception told with its host only ("Tại buổi tiếp, Đại sứ A ...",
    "A đã có cuộc tiếp đoàn đại biểu ..."): the first speaker named after ``start``, in
    sentence ``first`` or the few after it, who is no host and comes from elsewhere than
    every host ("Bà B, Chủ tịch Hội hữu nghị Thụy Sĩ - Việt Nam, cho biết ...", "Thứ trưởng
    C đánh giá cao ..."): the other side of the page's one reception (round 17 CA06)."""
    names = {p.name for p in hosts}
    home = {person_country(p, gaz) for p in hosts}
    finder = finder_for(None)
    for index in range(first, min(len(view.sentences), first + 1 + _GUEST_REACH)):
        sentence = view.sentences[index]
        for raw in finder.find(view, sentence):
            if raw.start < start:
                continue
            # the speaker as named, else the person the clause opens on, his titles between
            # ("Tại buổi tiếp, ông B, Chủ tịch Liên hiệp ..., đã bày tỏ")
            opening = view.mentions_in(max(start, sentence.start), raw.start)
            if len({m.person.name for m in opening} - names) > 1:
                # "Tổng thống A và Thủ tướng B đều khẳng định ...": several speak for
                # elsewhere, none of them alone is the other side (round 17 near miss)
                return None
            person = raw.speaker_mention or (opening[0].person if opening else None)
            if person is None or person.name in names:
                continue
            if _from_elsewhere(person, home):
                return person
    return None


def _from_elsewhere(person: Person, home: set[str]) -> bool:
    """``person``'s stated country is none of ``home``; with none stated, a name no
    Vietnamese syllable spells beside Vietnamese hosts ("Ramon Ripoll Diaz")."""
    if person.country:
        return person.country not in home
    return home == {"VN"} and not all(is_vietnamese_syllable(w) for w in person.name.split())
