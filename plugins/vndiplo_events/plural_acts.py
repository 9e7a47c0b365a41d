"""One plural act noun over a list of counterparts: "đã có các cuộc gặp với A, B và C", "các
cuộc trao đổi trực tuyến với A, B và C" reports one meeting (or call) with each of them, the
first written being the main one (README AK2, round 4 T10). One event holding everybody would
make A, B and C meet each other. A list run on across ";" after the zone still joins each
titled item (semicolon_lists.py, round 4).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.triggers import TriggerHit

__all__ = ["first_of_plural_acts"]

#: "các cuộc", "những buổi" right before the act word, or "các" before an act noun that opens
#: with its own "cuộc" ("các cuộc tiếp xúc với")
_PLURAL_ACT: Final = re.compile(r"(?<!\w)(?:các|những)\s+(?:(?:cuộc|buổi)\s+)?$")
#: the types whose counterparts a plural act noun lists one by one
_COUNTERPART_TYPES: Final = frozenset({"meeting", "talks", "phone_call", "reception"})


def first_of_plural_acts(
    low: str, hit: TriggerHit, objects: tuple[Person, ...]
) -> tuple[Person, ...]:
    """The counterparts of ``hit``'s event: the first of ``objects`` when a plural act noun
    governs the list ("các cuộc gặp với A, B và C"), else all of them."""
    if len(objects) < 2 or hit.trigger.type not in _COUNTERPART_TYPES:
        return objects
    found = _PLURAL_ACT.search(low, max(0, hit.start - 16), hit.start)
    if found is None:
        return objects
    nominal = found.group().rstrip().endswith(("cuộc", "buổi"))
    if not nominal and not hit.trigger.phrase.startswith(("cuộc ", "buổi ")):
        return objects  # "các Bộ trưởng hội đàm": "các" is the subject's, not the act's
    return objects[:1]
