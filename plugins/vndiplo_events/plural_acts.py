"""Several equal acts in one plural clause: "đã có các cuộc gặp với A, B và C", "A, B và C đã
gửi các điện, thư mừng D". Each counterpart is an act of its own (README AK2, round 4 T10
extended): the main event keeps the first one written; senders set apart by semicolons each
send their own message, whatever their country. A plural noun whose counterparts are
all of one country ("các cuộc hội kiến với Tổng Bí thư Lào A; Thủ tướng Lào B") is one side
met in several rooms and keeps them all; without the plural noun ("gặp A và B") a list is one
act with everybody in it, and so is a count of many ("nhận được nhiều thư, điện ..., trong đó
có A, B"): the names are examples of one stream of greetings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from vndiplo.model import Person
from vndiplo_events.view import ArticleView, title_key

__all__ = [
    "first_of_several",
    "listed_leaders",
    "other_parties",
    "plural_act",
    "separate_senders",
]

#: a definite plural right before the act noun, its classifier and one listed sibling noun
#: between: "các cuộc gặp", "những buổi hội kiến", "các điện, thư mừng"; a count above one
#: with its classifier ("hai cuộc điện đàm", "2 buổi gặp"); "lần lượt" (in turn) before the
#: verb ("lần lượt điện đàm với A và B")
_PLURAL: Final = re.compile(
    r"(?<!\w)(?:(?:các|những)\s+(?:cuộc\s+|buổi\s+|bức\s+)?"
    r"|(?:hai|ba|bốn|năm|[2-9])\s+(?:cuộc|buổi|bức)\s+)(?:[^\s,.;]+\s*,\s*)?$"
    r"|(?<!\w)lần\s+lượt\s+(?:(?:có|tiến\s+hành)\s+(?:cuộc\s+|buổi\s+)?)?$"
)
#: "lần lượt" after the verb: "điện đàm lần lượt với A và B"
_IN_TURN_AFTER: Final = re.compile(r"\s+(?:riêng\s+)?lần\s+lượt(?!\w)")
#: how far before the trigger the quantifier may stand
_REACH: Final = 24


def plural_act(low: str, floor: int, trigger_start: int, trigger_end: int | None = None) -> bool:
    """The trigger at ``trigger_start`` is a plural act noun ("các cuộc gặp", "hai cuộc điện
    đàm") or a verb done in turn ("lần lượt điện đàm", "điện đàm lần lượt với")."""
    start = max(floor, trigger_start - _REACH)
    if _PLURAL.search(low, start, trigger_start) is not None:
        return True
    return trigger_end is not None and _IN_TURN_AFTER.match(low, trigger_end) is not None


#: the other side as a group of leaders whose members are listed after it: "gặp gỡ và làm
#: việc (với) các vị lãnh đạo cao cấp của Việt Nam, gồm A, B và C", "hội kiến những nhà lãnh
#: đạo chủ chốt là A và B"; the first one's titles between
_LEADERS_LISTED: Final = re.compile(
    r"(?:\s+và\s+(?:làm\s+việc|trao\s+đổi|hội\s+kiến|gặp\s+gỡ|gặp))?(?:\s+với)?\s+"
    # a country's or party's leaders, not a group of firms' ("lãnh đạo doanh nghiệp, tập đoàn")
    r"(?:các|những)\s+(?:vị|nhà|người)\s+lãnh\s+đạo(?!\s+(?:các\s+)?(?:doanh|tập\s+đoàn|công\s+ty|ngân\s+hàng|hãng|hiệp\s+hội|quỹ|trường))"
    r"(?:\s+[^\s,.;:]+){0,8}?\s*,?\s*"
    r"(?:gồm(?:\s+có)?|bao\s+gồm|là)(?!\w)\s*:?[^,.;:]{0,60}$"
)
#: events a leader is met in: a group of leaders listed is one meeting with each
_MET: Final = frozenset({"meeting", "talks"})


def listed_leaders(low: str, event_type: str | None, hit_end: int, first_object: int) -> bool:
    """The object zone opens on a group of leaders whose members are listed ("gặp gỡ các vị
    lãnh đạo ..., gồm A, B và C"): one meeting with each of them (README AK2)."""
    return event_type in _MET and _LEADERS_LISTED.match(low, hit_end, first_object) is not None


def _party(person: Person) -> str:
    """The side a person stands for: the country, else (an international body's official)
    the first title."""
    if person.country:
        return person.country
    return title_key(person.titles[0]) if person.titles else person.name


def first_of_several(
    people: Sequence[Person], *, one_by_one: bool = False
) -> tuple[Person, ...] | None:
    """The first person written and those of the same party, when ``people`` stand for more
    than one party; None when they are one party (nothing to cut). ``one_by_one``: acts of two
    sides each (calls), the first person alone whatever the parties."""
    if len(people) < 2:
        return None
    if one_by_one:
        return (people[0],)
    first = _party(people[0])
    if all(_party(p) == first for p in people[1:]):
        return None
    return tuple(p for p in people if _party(p) == first)


def other_parties(
    people: Sequence[Person], kept: Sequence[Person]
) -> tuple[tuple[Person, ...], ...]:
    """The people of ``people`` not ``kept``, one act each: grouped by party, or one by one
    when one of them shares the party of those kept (senders set apart by semicolons)."""
    names = {p.name for p in kept}
    rest = [p for p in people if p.name not in names]
    if not kept or any(_party(p) == _party(kept[0]) for p in rest):
        return tuple((p,) for p in rest)
    groups: dict[str, list[Person]] = {}
    for person in rest:
        groups.setdefault(_party(person), []).append(person)
    return tuple(tuple(group) for group in groups.values())


#: what may not stand between two senders of one list: a clause break, a verb, a possessive
_NOT_LISTED: Final = re.compile(
    r"[;.:\"\u201c\u201d]|(?<!\w)(?:đã|sẽ|đang|vừa|của|mời|cùng|cảm\s+ơn|chúc\s+mừng)(?!\w)"
)


def separate_senders(
    view: ArticleView, senders: Sequence[Person], floor: int, trigger_start: int
) -> tuple[Person, ...] | None:
    """The first sender's party, when ``senders`` of several parties are one list right
    before the message verb ("A (Rumani), B (Bỉ) và C đã gửi thư chúc mừng D"): leaders of
    several countries each send their own letter (README AK2); so do senders each set apart by
    a semicolon with his own titles, of one country too ("A; B; C gửi điện mừng"). None
    otherwise."""
    if len(senders) < 2:
        return None
    names = {p.name for p in senders}
    listed = [m for m in view.mentions_in(floor, trigger_start) if m.person.name in names]
    if {m.person.name for m in listed} != names:
        return None
    low = view.lower
    gaps = [low[before.end : after.start] for before, after in pairwise(listed)]
    if all(gap.count(";") == 1 and not _NOT_LISTED.search(gap.replace(";", " ")) for gap in gaps):
        first = listed[0].person.name
        return tuple(p for p in senders if p.name == first)
    cut = first_of_several(senders)
    if cut is None or any(_NOT_LISTED.search(gap) for gap in gaps):
        return None
    return cut
