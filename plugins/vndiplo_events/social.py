"""Who hosts a social encounter of two principals (a tea, a walk, a working breakfast, a banquet).

Outlets report the same tea party as "A và B thưởng trà", "A mời B dự tiệc trà" or "A chiêu đãi
B". The first is a meeting of both; when one side invites or hosts, it is a reception of that
side. Two constructions put both principals before or after the trigger the wrong way round:

* "A mời B dự tiệc trà / thưởng trà / đi dạo": both before the trigger; "mời" splits them, A
  (before it) hosts, B (after it) is the guest.
* "tiệc chiêu đãi A và B" with no one before it: a meeting of both.
* "B dự tiệc chiêu đãi do A chủ trì": the one who attends is the guest, the one after "do" hosts;
  with no "do" it is an attendance of B, not a reception B holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.triggers import Trigger, TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["SOCIAL", "social_sides"]

#: the social triggers whose sides :func:`social_sides` settles
SOCIAL: Final = frozenset(
    {
        "tiệc trà",
        "dự tiệc trà",
        "thưởng trà",
        "đi dạo",
        "dạo bộ",
        "ăn sáng làm việc",
        "ăn trưa làm việc",
        "ăn tối làm việc",
        "dự tiệc chiêu đãi",
        "dự chiêu đãi",
        "chiêu đãi",
        "tiệc chiêu đãi",
        "quốc yến",
        "dự quốc yến",
        "thết đãi",
        "thiết đãi",
    }
)
_BANQUET: Final = ("chiêu đãi", "tiệc chiêu đãi", "quốc yến", "thết đãi", "thiết đãi")
_ATTEND_BANQUET: Final = ("dự tiệc chiêu đãi", "dự chiêu đãi", "dự quốc yến")


def _as(hit: TriggerHit, kind: str, cameo: str | None) -> TriggerHit:
    """The hit with its phrase kept and another type."""
    return TriggerHit(
        hit.start, hit.end, hit.text, Trigger(hit.trigger.phrase, kind, cameo, hit.trigger.head)
    )


def _invited(low: str, zone_start: int, hit: TriggerHit) -> int:
    """Where the verb "mời" stands before the trigger (not the noun "lời mời"), else -1."""
    at = low.rfind(" mời ", zone_start, hit.start)
    return -1 if at == -1 or low.endswith("lời", zone_start, at) else at


def social_sides(
    view: ArticleView,
    hit: TriggerHit,
    zone_start: int,
    zone_end: int,
    subjects: Sequence[Person],
    objects: Sequence[Person],
) -> tuple[TriggerHit, tuple[Person, ...], tuple[Person, ...]]:
    """The hit (its type changed when one side hosts), the subjects and the objects."""
    low = view.lower
    if hit.trigger.phrase in _ATTEND_BANQUET:
        do = low.find(" do ", hit.end, zone_end)
        after = view.mentions_in(do, zone_end) if do != -1 else ()
        if not after or not objects:
            return _as(hit, "attend", None), tuple(subjects), tuple(objects)
        # "B dự tiệc chiêu đãi do A chủ trì": A hosts B
        return hit, tuple(objects), tuple(subjects)
    if hit.trigger.phrase in _BANQUET:
        if not subjects and len(objects) > 1:
            # "tiệc chiêu đãi A và B đã diễn ra": no one is named as the host
            return _as(hit, "meeting", "040"), (), tuple(objects)
        return hit, tuple(subjects), tuple(objects)
    at = _invited(low, zone_start, hit)
    if at == -1 or len(subjects) < 2:
        return hit, tuple(subjects), tuple(objects)
    guest_names = {m.person.name for m in view.mentions_in(at, hit.start)}
    hosts = tuple(p for p in subjects if p.name not in guest_names)
    guests = tuple(p for p in subjects if p.name in guest_names)
    if not hosts or not guests:
        return hit, tuple(subjects), tuple(objects)
    return _as(hit, "reception", "043"), hosts, (*guests, *objects)
