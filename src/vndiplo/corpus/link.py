"""When two articles' events are one real-world event: a symmetric test on two reports.

The merge is the connected components of this pairwise test, so the result does not depend on
the order articles arrive in (union-find over a symmetric relation). The test is strict on
purpose, because a chain of loose links would fuse a leader's whole day into one event:

- the same type family (:data:`vndiplo.corpus.facts.FAMILIES`), a tea or a banquet being a family
  of its own (:data:`vndiplo.corpus.facts.SOCIAL`): not the same pair's talks that day;
- days that agree: equal when both articles state the day, one day apart when either falls back
  to its publication date, two for visits (outlets date a visit by arrival or by its talks); an
  undated report published up to three days after a stated one when they share two people and
  name the same place;
- participants that overlap after name resolution: two shared people, or the one person of two
  one-person reports (a message, an attendance); beside one person shared exactly, a short
  Latin-script spelling the pair pins down ("V. Putin", "Putin" for "Vladimir Putin") counts as
  a shared side (:mod:`vndiplo.corpus.sides`); when family and day agree, a Vietnamese name
  without marks that folds to exactly one marked name of the other report is the person
  shared, and a foreign name and its Vietnamese respelling a further side
  (:mod:`vndiplo.corpus.scripts`);
- places that do not contradict each other: a missing place, one place inside the other, or two
  places in one country that are not two different cities.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Collection
from functools import lru_cache

from attrs import frozen

from vndiplo.corpus.sides import shared_sides
from vndiplo.places import Place, gazetteer
from vndiplo.text import fold

__all__ = [
    "AT_A_DISTANCE",
    "MAX_SLACK_DAYS",
    "Report",
    "days_agree",
    "late_report",
    "linked",
    "place_country",
    "places_agree",
    "sides_agree",
]

#: The widest day difference :func:`days_agree` ever accepts (for the candidate query).
MAX_SLACK_DAYS = 3
_CITY_KINDS = ("city", "capital", "province", "region")


@frozen
class Report:
    """The parts of one source event that linking looks at."""

    family: str
    day: str | None
    day_inferred: bool
    location: str | None
    people: frozenset[str]
    #: (person id, name as written) for each person, when known: see :func:`sides_agree`.
    names: tuple[tuple[str, str], ...] = ()

    def named(self) -> dict[str, str]:
        """Each person id with the name the report writes (the id itself when not known)."""
        found = dict(self.names)
        return {pid: found.get(pid, pid) for pid in self.people}


def days_agree(a: Report, b: Report) -> bool:
    if a.day is None or b.day is None:
        return False
    gap = abs((dt.date.fromisoformat(a.day) - dt.date.fromisoformat(b.day)).days)
    slack = 2 if a.family == "visit" else 0
    if a.day_inferred or b.day_inferred:
        slack += 1
    return gap <= slack


def people_agree(a: Collection[str], b: Collection[str]) -> bool:
    shared = len(set(a) & set(b))
    if shared >= 2:
        return True
    return shared == 1 and len(a) == 1 and len(b) == 1


def sides_agree(a: Report, b: Report, *, cross_script: bool = False) -> bool:
    """:func:`people_agree`, counting the short spellings the pair pins down as shared, and
    (``cross_script``, for reports of one family and day) one person in two scripts."""
    if people_agree(a.people, b.people):
        return True
    if not a.names or not b.names or not (cross_script or a.people & b.people):
        return False
    return shared_sides(a.named(), b.named(), cross_script=cross_script)[1] >= 2


def _capitalised(location: str) -> str:
    """A venue written mid-sentence with its head noun in lower case ("tại trụ sở Chính phủ"),
    as the gazetteer spells it ("Trụ sở Chính phủ"). Only the head's first letter: the name
    after it keeps its own case, so "trụ sở công ty" stays unknown."""
    return location[:1].upper() + location[1:]


@lru_cache(maxsize=4096)
def _place(location: str) -> Place | None:
    places = gazetteer(None)
    found = places.lookup(location) or places.lookup(_capitalised(location))
    if found is not None:
        return found
    country = places.country_of(location)
    # A phrase we only know the country of ("Nhà Quốc hội, Hà Nội"): no city to contradict.
    return Place(location, "institution", country) if country else None


def place_country(location: str) -> str | None:
    """The country a report's place lies in, when the gazetteer knows it."""
    place = _place(location)
    return place.country if place is not None else None


def places_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    if same_place(a, b):
        return True
    pa, pb = _place(a), _place(b)
    if pa is None or pb is None:
        return True
    if pa.country and pb.country and pa.country != pb.country:
        return False
    return not (
        pa.kind in _CITY_KINDS and pb.kind in _CITY_KINDS and _bare(pa.name) != _bare(pb.name)
    )


def _bare(name: str) -> str:
    """A place name without marks or spaces: "Hà Nội" in a Vietnamese report is the "Hanoi"
    of an English one (the gazetteer knows both, as a province and as a city)."""
    decomposed = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isspace())


def same_place(a: str | None, b: str | None) -> bool:
    """Both places given and one inside the other as written ("Phủ Chủ tịch, Hà Nội")."""
    if not a or not b:
        return False
    fa, fb = fold(" ".join(a.split())), fold(" ".join(b.split()))
    return fa in fb or fb in fa


def late_report(a: Report, b: Report) -> bool:
    """An undated report published a few days after a stated event, same people, same place.

    An article without a day ("the talks at the Presidential Palace") may come out days later;
    its publication date then says little, so the people and the place must say it all.
    """
    if a.day_inferred == b.day_inferred or a.day is None or b.day is None:
        return False
    stated, undated = (b, a) if a.day_inferred else (a, b)
    assert stated.day is not None and undated.day is not None
    late = (dt.date.fromisoformat(undated.day) - dt.date.fromisoformat(stated.day)).days
    return (
        0 <= late <= MAX_SLACK_DAYS
        and shared_sides(a.named(), b.named())[1] >= 2
        and same_place(a.location, b.location)
    )


#: Families of acts done at a distance: a call or a message joins two capitals, and each
#: outlet gives the place it files from (Seoul for one, Hanoi for the other), so two places
#: never tell two such reports apart.
AT_A_DISTANCE: frozenset[str] = frozenset({"call", "message"})


def linked(a: Report, b: Report) -> bool:
    """True when the two reports are of one real-world event."""
    if a.family != b.family:
        return False
    same_day = days_agree(a, b)
    return (
        (same_day or late_report(a, b))
        and sides_agree(a, b, cross_script=same_day)
        and (a.family in AT_A_DISTANCE or places_agree(a.location, b.location))
    )
