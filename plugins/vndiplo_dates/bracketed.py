"""A relative phrase with its date in brackets after it: one expression, the bracketed value.

Outlets name a day, month or year relative to the article ("đầu năm nay", "năm ngoái", "tuần
trước") and then pin it down in brackets: "đầu năm nay (tháng 1/2024)", "năm ngoái (2023)",
"tuần trước (ngày 3/5)". A reader takes the pair as one date, worth what the brackets say; the
scanner found two expressions, so :func:`join_bracketed` joins them. (A relative day with its
day and month in brackets, "hôm qua (30/3)", is one pattern already: :data:`patterns.PAREN`.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_dates.core import Found

__all__ = ["join_bracketed"]

_OPEN: Final = re.compile(r"\s*\(\s*")
_CLOSE: Final = re.compile(r"\s*\)")
#: The explicit kinds a bracket may give; relative units it may pin ("clock:" times are not).
_EXPLICIT: Final = frozenset(("date", "month", "year", "span"))
_UNITS: Final = (
    "day:",
    "same:",
    "wd:",
    "week:",
    "weekend:",
    "month:",
    "quarter:",
    "qyear:",
    "year:",
)


def join_bracketed(found: Sequence[Found], text: str) -> tuple[Found, ...]:
    """``found`` (in text order, none overlapping) with every relative expression followed by
    an explicit one in brackets made one :class:`Found` spanning both and the bracket."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        rel = found[i]
        if i + 1 < len(found) and (end := _bracket_end(rel, found[i + 1], text)) is not None:
            value = found[i + 1]
            out.append(
                Found(
                    rel.start,
                    end,
                    value.kind,
                    value.first,
                    value.last,
                    part_of_day=value.part_of_day or rel.part_of_day,
                    hint=value.hint,
                    pattern=value.pattern,
                )
            )
            i += 2
            continue
        out.append(rel)
        i += 1
    return tuple(out)


def _bracket_end(rel: Found, value: Found, text: str) -> int | None:
    """Where the bracket closing after ``value`` ends, when ``value`` is an explicit date
    written in brackets right after the relative ``rel``; else None."""
    if rel.kind != "relative" or not (rel.relative or "").startswith(_UNITS):
        return None
    if value.kind not in _EXPLICIT or value.relative is not None:
        return None
    opening = _OPEN.match(text, rel.end)
    if opening is None or opening.end() != value.start:
        return None
    closing = _CLOSE.match(text, value.end)
    return closing.end() if closing is not None else None
