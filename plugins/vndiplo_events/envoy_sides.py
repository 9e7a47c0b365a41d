"""Who hosts a meeting between an envoy and an official of another country, when neither the
place nor the wording says who travelled.

An ambassador or consul lives abroad, at his post: "Đại sứ X gặp và làm việc với Thống đốc
tỉnh Y" (the envoy calls on the official) and "Bộ trưởng Y gặp Đại sứ X" (the official
receives him) both put the official at home. So the envoy's side is the guest and the
official's the host, unless both sides are envoys or of one country, or the meeting sits at the
envoy's own mission ("tại Trụ sở Tổng Lãnh sự quán Việt Nam tại X, Tổng Lãnh sự A làm việc với
ông B"): B came to him, yet the text writes no visitor, so both stay participants (README round
11 #5 AZ08, round 14 #3 BM12).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate
from vndiplo_events.finishing import with_travelling
from vndiplo_events.participants import is_envoy, person_country
from vndiplo_events.places import Gazetteer

__all__ = ["with_envoy_as_guest"]

#: a diplomatic mission, then the country it is of ("Đại sứ quán Việt Nam tại ...")
_MISSION: Final = re.compile(
    r"(?<!\w)(?:đại\s+sứ\s+quán|lãnh\s+sự\s+quán)(?!\w)(?P<rest>.*)", re.IGNORECASE
)


def _all_envoys(people: Sequence[Person]) -> bool:
    return bool(people) and all(is_envoy(p) for p in people)


def with_envoy_as_guest(main: Candidate, gaz: Gazetteer) -> Candidate:
    """A meeting or talks left with participants only (nothing told who travelled; not held on
    neutral ground, CAMEO 044) between envoys and officials of another country: the envoys are
    the guests."""
    if main.type not in ("meeting", "talks") or not main.subjects or not main.objects:
        return main
    if main.cameo == "044" or any(p.role != "participant" for p in main.participants):
        return main
    subject_envoys, object_envoys = _all_envoys(main.subjects), _all_envoys(main.objects)
    if subject_envoys == object_envoys:
        return main
    envoys, officials = (
        (main.subjects, main.objects) if subject_envoys else (main.objects, main.subjects)
    )
    if any(is_envoy(p) for p in officials):
        return main
    envoy_countries = {person_country(p, gaz) for p in envoys}
    if envoy_countries & {person_country(p, gaz) for p in officials}:
        return main
    mission = _MISSION.search(main.location) if main.location else None
    if mission is not None and gaz.country_of(mission.group("rest"), first=True) in envoy_countries:
        return main  # the envoy's own mission: he received no visit, nor paid one
    return with_travelling(main, frozenset(p.name for p in envoys))
