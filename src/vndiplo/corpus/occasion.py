"""Whether a meeting report is of a social occasion (a tea, a banquet, a meal) or a formal one.

On a state visit the same pair is welcomed and holds talks in the morning and shares a tea, a
banquet or a dinner later that day. Outlets report the welcome and the talks as one meeting, but
the tea or the banquet as a meeting of its own (the corpus gold's convention): so a report's
occasion, read from the words of its trigger, keeps the two apart. The social words are a word
class (tea, party, state banquet, hosting a meal, a meal of the day, a walk), not the phrases of
one outlet: "tiệc trà", "dùng trà", "quốc yến", "tiệc chiêu đãi", "ăn tối", "dạo bộ".
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final, Literal

from vndiplo.text import fold

__all__ = ["Occasion", "occasion_of", "occasions_in_article"]

Occasion = Literal["social", "formal", "plain", "unknown"]

#: Words (with their tones: "tra" investigates, "đạo" leads) that make a trigger social
#: wherever they stand in it; the English ones are for foreign services' pages ("hosted a
#: state banquet"), which report the same occasions.
_SOCIAL_WORDS: Final = frozenset(
    {"trà", "tiệc", "yến", "dạo", "banquet", "dinner", "luncheon", "lunch", "breakfast", "tea"}
)
#: Word pairs that do: hosting a meal, a meal of the day.
_SOCIAL_PAIRS: Final = frozenset(
    {("chiêu", "đãi"), ("ăn", "sáng"), ("ăn", "trưa"), ("ăn", "tối"), ("dùng", "bữa")}
)

#: The first words of a bare "meet" trigger, which says nothing of the occasion.
_PLAIN_HEADS: Final = (("gặp",), ("tiếp", "xúc"))


def occasion_of(trigger: str) -> Occasion:
    """``social`` for a tea, banquet, meal or walk trigger, ``plain`` for a bare "meet" ("gặp",
    "gặp gỡ", "tiếp xúc"), ``formal`` for any other trigger (a welcome, talks, a call), and
    ``unknown`` when the report has none (a hand-made or headline-only event)."""
    words = fold(trigger).split()
    if not words:
        return "unknown"
    if _SOCIAL_WORDS.intersection(words) or _SOCIAL_PAIRS.intersection(pairwise(words)):
        return "social"
    if any(tuple(words[: len(head)]) == head for head in _PLAIN_HEADS):
        return "plain"
    return "formal"


def occasions_in_article(reports: Sequence[tuple[str, str | None]]) -> list[Occasion]:
    """The occasion of each of one article's reported meetings, given as (trigger, day).

    A tea page says "the two leaders met" beside its "tiệc trà": a bare "meet" is of the occasion
    the article reports that day when all its other meetings that day are social; otherwise it
    is formal, as most meetings are.
    """
    own = [occasion_of(trigger) for trigger, _day in reports]
    social = {day for kind, (_t, day) in zip(own, reports, strict=True) if kind == "social"}
    formal = {day for kind, (_t, day) in zip(own, reports, strict=True) if kind == "formal"}
    return [
        ("social" if day in social and day not in formal else "formal") if kind == "plain" else kind
        for kind, (_t, day) in zip(own, reports, strict=True)
    ]
