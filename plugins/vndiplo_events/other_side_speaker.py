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
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["speaker_of_the_other_side"]

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
