"""Resolve raw expressions (:class:`~vndiplo_dates.parse.Found`) into contract values.

The rules, in the order they are tried for a day or month written without a year:

0. a day inside a short span the article writes with its year, anywhere in the body ("Sáng 4/8
   ... chuyến thăm từ ngày 3 - 6/8/2013"; ``"context"``, see :mod:`vndiplo_dates.years`);
1. the reference date fixed by the caller, the page or its URL (``year_source="reference"``);
2. the last earlier expression in the text with an explicit year and at least month precision,
   e.g. "ngày 16/9/2025 ... Sáng 17/9" (``"context"``);
3. a reference date inferred from the text (``"context"``);
4. nothing: the value stays ``--MM-DD`` (or ``--MM``) and ``year_source`` is None. We never fall
   back to today's year: a wrong year is worse than an honest gap.

Against the publication date, news reports what has happened: a year-less day takes the latest
year that does not put it more than :data:`AHEAD_DAYS` after publication, so "3/3" in an article
of 7 November is this March, and "2/1" in one of 28 December is next week. A year-less month
("vào tháng 10"), as often an upcoming event, and any date against a date of the text
(context) take the year that puts them nearest their anchor.
A plan in the sentence ("sẽ", "dự kiến") overrides both and takes the coming year.

Relative days ("hôm qua", "sáng nay") count from the reference date; anaphoric ones ("cùng
ngày", "hôm sau") from the last *reported* day in the text: a day-precision date, not a span
("(26/2/1973 - 26/2/2025)") and not inside parentheses, preferring one with a part of day or
opening its clause ("Sáng 3/6, ...", "Trước đó, ngày 2/6") over one mid-sentence ("... ký vào
ngày 15/9"), which usually names another event; without one, the reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence

from attrs import frozen

from vndiplo_dates import relative as R
from vndiplo_dates import years as Y
from vndiplo_dates.core import Found, Parts, valid_day
from vndiplo_dates.written_year import is_landmark, recalled_in_clause
from vndiplo_dates.year_choice import (
    AHEAD_DAYS,
    after_stamp_month,
    directed_year,
    nearest_year,
    plan_within_reach,
    reported_year,
)

__all__ = [
    "AHEAD_DAYS",
    "Anchor",
    "Resolved",
    "format_parts",
    "nearest_year",
    "reported_year",
    "resolve",
]

_REFERENCE_SOURCES = (None, "caller", "page", "url")
#: How far back (characters) to look for the clause opening or the parenthesis around a date.
_LOOK_BACK = 120
#: A clause boundary before a date: a sentence end, a line, or a dateline dash ("TTO - ",
#: "(Chinhphu.vn) - ") that is not between two numbers ("14/7/1789 - 14/7/2025").
# "tháng 3 vừa qua" is past and "ngày 5/3 tới" upcoming, whatever the nearest year says.
_PAST_AFTER = re.compile(r"\s*(?:vừa qua|qua)(?![^\W\d_])", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"\s*(?:sắp tới|tới đây|tới)(?![^\W\d_])", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.!?;:\n]|(?<!\d)\s[-–—]\s")
#: Words that may precede a date that still opens its clause: "Trước đó, ngày 2/6",
#: "Vào ngày 3/6", "Tại Hà Nội, ngày 3/6".
_LEAD_WORDS = 4


@frozen
class Anchor:
    """A date to resolve against, and the ``year_source`` a value taken from it gets."""

    date: dt.date
    source: str
    #: False for a written month ("tháng 9 năm 2031"): it dates a period, often history, and
    #: gives its year to a later bare month but not to a later reported day.
    dates_days: bool = True


@frozen
class Resolved:
    """A found expression with its contract value."""

    found: Found
    value: str
    kind: str
    part_of_day: str | None
    year_source: str | None


def format_parts(parts: Parts) -> str:
    """ISO 8601 for what is known: ``2025-02-18``, ``--02-18``, ``2025-02``, ``--02``, ``2025``,
    with ``THH:MM`` when a time is known."""
    year = f"{parts.year:04d}" if parts.year is not None else "-"
    if parts.month is None:
        return year
    out = f"{year}-{parts.month:02d}"
    if parts.day is not None:
        out += f"-{parts.day:02d}"
        if parts.hour is not None:
            out += f"T{parts.hour:02d}:{parts.minute or 0:02d}"
    return out


def _with_year(parts: Parts, year: int | None) -> Parts:
    return Parts(year, parts.month, parts.day, parts.hour, parts.minute)


def _as_parts(date: dt.date, hour: int | None = None, minute: int | None = None) -> Parts:
    return Parts(date.year, date.month, date.day, hour, minute)


#: The first hour of the morning: a clock before it belongs to the night before.
_DAWN = 5


class _Resolver:
    """Walks the expressions in text order, remembering what anaphora and year-less dates need."""

    def __init__(
        self,
        reference: dt.date | None,
        reference_source: str | None,
        text: str = "",
        items: Sequence[Found] = (),
        stamp_clock: tuple[int, int] | None = None,
    ) -> None:
        self.text = text
        self.items = items
        self.stamp_clock = stamp_clock  # the page stamp's own time ("23/05/2031, 05:27")
        # the article's dated spans, when a year-less day first asks: its days fall inside them
        self.spans: tuple[tuple[dt.date, dt.date], ...] | None = None
        self.plans: bool | None = None  # whether the text has a future word anywhere
        self.reference: Anchor | None = None
        self.text_reference: Anchor | None = None
        if reference is not None:
            if reference_source in _REFERENCE_SOURCES:
                self.reference = Anchor(reference, "reference")
            else:
                self.text_reference = Anchor(reference, "context")
        self.context: Anchor | None = None  # last explicit year at month precision or finer
        # Candidate antecedents of "cùng ngày", in text order: day-precision dates (with the
        # expression, whose context is read only when an anaphor asks) and relative days (None:
        # always a reported day). Spans are not candidates.
        self.days: list[tuple[Found | None, Parts, str | None]] = []
        self.read = 0  # how many of ``days`` _antecedent has read
        self.reported: tuple[Parts, str | None] | None = None
        # the day of writing when only a relative day's parenthesis gives it ("hôm nay (25/11)")
        self.writing: Parts | None = None
        self.fallback: tuple[Parts, str | None] | None = None

    # -- anchors -------------------------------------------------------------------------

    def _year_anchor(self, day: int | None = None) -> Anchor | None:
        context = self.context
        if context is not None and day is not None and not context.dates_days:
            context = None
        return self.reference or context or self.text_reference

    def _deictic_anchor(self) -> Anchor | None:
        return self.reference or self.text_reference

    def _last_written(self) -> dt.date | None:  # the last full day written before the phrase
        for found, parts, _ in reversed(self.days):
            if found is not None and parts.year and parts.month and parts.day:
                return dt.date(parts.year, parts.month, parts.day)
        return None

    def _fix_year(self, parts: Parts, found: Found | None = None) -> tuple[Parts, str | None]:
        """Give a year-less day or month its year, and say where the year came from."""
        if parts.year is not None:
            return parts, "explicit"
        if self.spans is None:
            self.spans = Y.dated_spans(self.items)
        if parts.day is not None and parts.month is not None and self.spans:
            year = Y.year_within(parts.month, parts.day, self.spans)
            if year is not None:
                return _with_year(parts, year), "context"
        anchor = self._year_anchor(parts.day)
        if anchor is None or parts.month is None:
            return parts, None
        direction = self._direction(found)
        if direction is not None:
            year = directed_year(parts.month, parts.day, anchor.date, past=direction == "past")
        else:
            # A bare day is reported news, so past-leaning; a bare month ("vào tháng 10") is
            # as often an upcoming event, so it takes the nearest year.
            reported = anchor.source == "reference" and parts.day is not None
            choose = reported_year if reported else nearest_year
            year = choose(parts.month, parts.day or 15, anchor.date)
            # A day named from the writer's own ("hôm qua 18/9", "hôm nay 5/3") is no plan,
            # whatever "tới" the sentence's plan carries; and a plan lies ahead of the writer's
            # day, not of another event's written date ("từ 29/5 đến 2/6/2031 ... (26/5) sẽ").
            planned = anchor is not self.context and (found is None or (found.hint or 1) > 0)
            if found is not None and planned:
                # Beyond AHEAD_DAYS a day went to last year, and a month to the nearest year;
                # a plan ("sẽ", "dự kiến") announced in February for May keeps it ahead. The
                # whole-text test for plan words comes last: most dates need no look at all.
                coming = directed_year(parts.month, parts.day, anchor.date, past=False)
                if (
                    coming is not None
                    and coming != year
                    and plan_within_reach(parts.month, parts.day, coming, anchor.date)
                    and self._plans()
                    and self._tense(found) == "future"
                ):
                    year = coming
            # "Ngày 15/5, A đã tiếp B" under a March stamp: last year's May (year_choice.py)
            if found is not None and reported and after_stamp_month(parts.month, year, anchor.date):
                year = anchor.date.year - (self._tense(found) == "past")
        if year is None or (parts.day is not None and not valid_day(year, parts.month, parts.day)):
            return parts, None
        return _with_year(parts, year), anchor.source

    def _direction(self, found: Found | None) -> str | None:
        """ "past" for "tháng 3 vừa qua", "future" for "ngày 5/3 tới", else None."""
        if found is None or not self.text:
            return None
        if _PAST_AFTER.match(self.text, found.end):
            return "past"
        if _FUTURE_AFTER.match(self.text, found.end):
            return "future"
        return None

    def _remember(
        self,
        parts: Parts,
        source: str | None,
        explicit: bool,
        found: Found | None = None,
        *,
        antecedent: bool = True,
    ) -> None:
        """Keep ``parts`` as the year context (``explicit``) and, unless not an ``antecedent``
        (a span), as a candidate antecedent of anaphora (``found`` None: a relative day)."""
        if parts.year is not None and parts.month is not None and explicit:
            day = parts.day or 1
            when = dt.date(parts.year, parts.month, day)
            self.context = Anchor(when, "context", dates_days=parts.day is not None)
        if parts.day is not None and antecedent:
            self.days.append((found, parts, source))

    def _inherited(self) -> tuple[Parts, str | None] | None:
        """The antecedent as an anaphor takes it: a year written there is context here."""
        antecedent = self._antecedent()
        if antecedent is None:
            return None
        parts, source = antecedent
        return parts, "context" if source == "explicit" else source

    def _antecedent(self) -> tuple[Parts, str | None] | None:
        """The last reported day, else the last day-precision date outside parentheses.

        Candidates are read once each, and only when an anaphor asks: linear in the text.
        """
        for found, parts, source in self.days[self.read :]:
            reported = True if found is None else self._reported(found)
            if reported:
                self.reported = parts, source
            elif reported is False:
                self.fallback = parts, source
        self.read = len(self.days)
        return self.reported or self.fallback

    def _reported(self, found: Found) -> bool | None:
        """Whether a day-precision date reports the article's events (see :meth:`_remember`)."""
        text = self.text
        if not text:
            return True
        before = text[max(0, found.start - _LOOK_BACK) : found.start]
        if before.rfind("(") > max(before.rfind(")"), before.rfind("\n")):
            return None  # "(ngày 3/6)", a date given in passing
        if found.part_of_day is not None:
            return True
        if before.endswith(", ") and text.startswith(",", found.end):
            # ", ngày 23/3, Bộ trưởng ... đã": set off by commas, the date opens the main clause
            # after a fronted one ("Được tin vụ tấn công tối 22/3 ..., ngày 23/3, ..."), which
            # reports what the article does, however long that first clause is
            return True
        cuts = [match.end() for match in _BOUNDARY.finditer(before)]
        if not cuts and found.start > _LOOK_BACK:
            return False  # no boundary within reach: deep in a long sentence
        lead = before[cuts[-1] :] if cuts else before
        return len(lead.replace(",", " ").split()) <= _LEAD_WORDS

    # -- kinds -----------------------------------------------------------------------------

    def resolve(self, found: Found) -> Resolved | None:
        if found.kind == "relative":
            return self._relative(found)
        if found.kind == "year":
            return Resolved(found, format_parts(found.first), "year", None, "explicit")
        if found.kind == "span":
            return self._span(found)
        parts, source = self._fix_year(found.first, found)
        # a landmark's date ("thiết lập quan hệ ngoại giao ngày 8-2-1993") is history, and so is
        # one a relative clause recalls (", nơi B từng đến tháng 9/1973"): its year is no
        # context for the year-less days after it
        explicit = (
            found.first.year is not None
            and not is_landmark(self.text, found)
            and not recalled_in_clause(self.text, found)
        )
        if found.hint is not None and parts.year is None and parts.month and parts.day:
            day = dt.date(2000, parts.month, parts.day) - dt.timedelta(days=found.hint)
            self.writing = Parts(None, day.month, day.day)
        self._remember(parts, source, explicit, found)
        return Resolved(found, format_parts(parts), found.kind, found.part_of_day, source)

    def _span(self, found: Found) -> Resolved:
        first, last = found.first, found.last or found.first
        if first.month is None:  # years only: "(1950-2025)"
            value = f"{format_parts(first)}/{format_parts(last)}"
            return Resolved(found, value, "span", found.part_of_day, "explicit")
        if last.year is not None:
            source: str | None = "explicit"
        else:
            last, source = self._fix_year(last)
            if last.year is not None and first.year is None:
                # "quý II", "từ tháng 3 đến tháng 5": the start in the end's year, or the one
                # before when it comes later in the year ("30/12 - 2/1")
                start_year = (
                    last.year
                    if (first.month, first.day or 1) <= (last.month, last.day or 1)
                    else last.year - 1
                )
                first = _with_year(first, start_year)
        self._remember(last, source, source == "explicit", antecedent=False)
        value = f"{format_parts(first)}/{format_parts(last)}"
        return Resolved(found, value, "span", found.part_of_day, source)

    def _relative(self, found: Found) -> Resolved | None:
        unit, _, amount = (found.relative or "").partition(":")
        if unit == "ord":
            return self._ordinal(found, amount)
        anchor = self._deictic_anchor()
        if unit in ("wd", "count", "ago", "quarter", "qyear", "weekend", "part"):
            if anchor is None:
                return _unplaced(found, unit, amount)
            return self._counted(found, unit, amount, anchor)
        if unit == "clock":
            return self._clock(found, amount)
        if unit == "dom":
            return self._day_of_month(found)
        if unit == "domspan":
            return self._day_span(found)
        if unit == "mday":
            return self._day_of_counted_month(found, int(amount))
        if unit == "dayspan":
            return self._day_to_date(found, int(amount), anchor) or _unplaced(found, unit, amount)
        offset = int(amount or 0)
        if unit == "same":
            return self._anaphoric(found, offset)
        if anchor is None and unit == "day" and self.writing is not None:
            # "hôm nay (25/11)" fixed the day of writing but not its year: "hôm qua" is 24/11
            base = dt.date(2000, self.writing.month or 1, self.writing.day or 1)
            day = base + dt.timedelta(days=offset)
            parts = Parts(None, day.month, day.day)
            self._remember(parts, None, False)
            return Resolved(found, format_parts(parts), "date", found.part_of_day, None)
        if anchor is None:
            return _unplaced(found, unit, amount)
        ref = anchor.date
        if unit == "day":
            written = self._last_written() if anchor.source == "reference" else None
            hour = found.first.hour
            if hour is not None and hour < _DAWN and found.part_of_day == "night":
                offset += 1  # "0 giờ 30 đêm qua": after midnight, the next calendar day
            day = R.deictic_day(ref, offset, written)
            self._remember(_as_parts(day), anchor.source, False)
            # "15h chiều nay": the clock rides along
            clock = found.first.hour
            parts = _as_parts(day, clock, found.first.minute if clock is not None else None)
            kind = "date" if clock is None else "datetime"
            return Resolved(found, format_parts(parts), kind, found.part_of_day, anchor.source)
        if unit == "week":
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
            value = f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
            return Resolved(found, value, "span", None, anchor.source)
        if unit == "month":
            index = ref.year * 12 + ref.month - 1 + offset
            return Resolved(
                found, f"{index // 12:04d}-{index % 12 + 1:02d}", "month", None, anchor.source
            )
        # unit == "year": "năm nay", or "tháng 12 năm nay" when a month rides along
        year = ref.year + offset
        if found.first.month is not None:
            return Resolved(
                found, f"{year:04d}-{found.first.month:02d}", "month", None, anchor.source
            )
        return Resolved(found, f"{year:04d}", "year", None, anchor.source)

    def _day_to_date(self, found: Found, offset: int, anchor: Anchor | None) -> Resolved | None:
        """ "từ hôm nay đến ngày 25/5": the relative day to the written one, in its year or the
        next when the end comes earlier in the year; with no reference, no value (as a
        relative day alone)."""
        last = found.last
        if anchor is None or last is None or last.month is None or last.day is None:
            return None
        start = R.deictic_day(anchor.date, offset, None)
        year = last.year or start.year + ((last.month, last.day) < (start.month, start.day))
        if not valid_day(year, last.month, last.day):
            return None
        end = dt.date(year, last.month, last.day)
        value = f"{start.isoformat()}/{end.isoformat()}"
        return Resolved(found, value, "span", found.part_of_day, anchor.source)

    def _day_of_counted_month(self, found: Found, offset: int) -> Resolved | None:
        """ "ngày 12 tháng vừa qua": day 12 of the month ``offset`` from the reference's."""
        anchor = self._deictic_anchor()
        if anchor is None:
            return _unplaced(found, "mday", str(offset))
        if found.first.day is None:
            return None
        index = anchor.date.year * 12 + anchor.date.month - 1 + offset
        year, month, day = index // 12, index % 12 + 1, found.first.day
        if not valid_day(year, month, day):
            return None
        parts = Parts(year, month, day)
        self._remember(parts, anchor.source, False)
        return Resolved(found, format_parts(parts), "date", found.part_of_day, anchor.source)

    def _counted(self, found: Found, unit: str, code: str, anchor: Anchor) -> Resolved:
        """Weekdays, counted periods and quarters, all counted from the reference date."""
        ref, source = anchor.date, anchor.source
        fields = code.split(":")
        if unit == "wd":
            tense = self._tense(found) if fields[1] == "near" else None
            day = R.weekday_date(ref, int(fields[0]), fields[1], tense)
            self._remember(_as_parts(day), source, False)
            return Resolved(found, day.isoformat(), "date", found.part_of_day, source)
        if unit == "count":
            value = R.counted_span(ref, fields[0], int(fields[1]), fields[2])
            return Resolved(found, value, "span", None, source)
        if unit == "ago":
            value, kind = R.counted_away(ref, fields[0], int(fields[1]))
            return Resolved(found, value, kind, None, source)
        if unit == "quarter":
            return Resolved(found, R.quarter_of(ref, int(fields[0])), "span", None, source)
        if unit == "weekend":
            return Resolved(found, R.weekend_span(ref, int(fields[0])), "span", None, source)
        if unit == "part":  # "6 tháng đầu năm (nay)": the months of the reference's year
            year = ref.year + int(fields[0])
            last = found.last.month if found.last is not None else 12
            value = f"{year:04d}-{found.first.month or 1:02d}/{year:04d}-{last:02d}"
            return Resolved(found, value, "span", None, source)
        # "qyear": "quý I năm nay", the quarter's first month in ``found.first``
        quarter = ((found.first.month or 1) - 1) // 3 + 1
        value = R.quarter_span(ref.year + int(fields[0]), quarter)
        return Resolved(found, value, "span", None, source)

    def _ordinal(self, found: Found, code: str) -> Resolved | None:
        """ "ngày cuối cùng của tháng 6": the month's year as for a year-less month."""
        unit, which = code.split(":")
        parts = found.first
        source: str | None = "explicit"
        if parts.year is None:
            parts, source = self._fix_year(parts, found)
            if parts.year is None:
                return None
        else:
            self._remember(parts, source, True)
        value, kind = R.ordinal_value(parts.year, parts.month, unit, which)
        return Resolved(found, value, kind, None, source)

    def _clock(self, found: Found, which: str) -> Resolved | None:
        """ "vào khoảng 8h25", "16 giờ 30 phút cùng ngày": the time on the day the text is at,
        the last reported day ("cùng ngày" or not), else the reference date; else left out."""
        inherited = self._inherited()
        if inherited is not None:
            base, source = inherited
        else:
            anchor = self._deictic_anchor()
            if anchor is None:
                return None
            base, source = _as_parts(self._clock_day(anchor, found)), anchor.source
        if base.month is None or base.day is None:
            return None
        time = Parts(base.year, base.month, base.day, found.first.hour, found.first.minute)
        return Resolved(found, format_parts(time), "datetime", found.part_of_day, source)

    def _clock_day(self, anchor: Anchor, found: Found) -> dt.date:
        """The day a bare clock falls on: the stamp's, or the day before when the clock is later
        than the stamp's own time ("Lúc 21 giờ 30" on a page stamped 05:27: last night; README
        round 10 #4)."""
        clock = (found.first.hour, found.first.minute or 0)
        if (
            anchor is self.reference
            and self.stamp_clock is not None
            and clock[0] is not None
            and (clock[0], clock[1]) > self.stamp_clock
        ):
            return anchor.date - dt.timedelta(days=1)
        return anchor.date

    def _day_of_month(self, found: Found) -> Resolved | None:
        """ "ngày 23," alone: the month (and year) of the last date the text gave, else the
        reference's (the month before when the day is later than the reference's)."""
        day = found.first.day
        if day is None:
            return None
        month_of = self._month_of(day)
        if month_of is None:
            return None
        parts, source = Parts(month_of[0].year, month_of[0].month, day), month_of[1]
        if parts.month is None or not valid_day(parts.year, parts.month, day):
            return None
        self._remember(parts, source, False, found)
        return Resolved(found, format_parts(parts), "date", found.part_of_day, source)

    def _month_of(self, day: int) -> tuple[Parts, str | None] | None:
        """The month (and year) a day written alone lies in: the last date's the text gave,
        else the reference's (the month before when the day is later than the reference's)."""
        inherited = self._inherited()
        if inherited is not None and inherited[0].month is not None:
            return inherited
        anchor = self._deictic_anchor()
        if anchor is None:
            return None
        ref = anchor.date
        month = ref.month if day <= ref.day + 1 else ref.month - 1 or 12
        year = ref.year if month <= ref.month else ref.year - 1
        return Parts(year, month), anchor.source

    def _day_span(self, found: Found) -> Resolved | None:
        """ "từ ngày 18 đến ngày 20": two days of the month the text is at (see _month_of)."""
        first, last = found.first.day, (found.last or found.first).day
        if first is None or last is None:
            return None
        month_of = self._month_of(last)
        if month_of is None:
            return None
        base, source = month_of
        if base.month is None or not valid_day(base.year, base.month, last):
            return None
        start = Parts(base.year, base.month, first)
        end = Parts(base.year, base.month, last)
        self._remember(end, source, False, antecedent=False)
        value = f"{format_parts(start)}/{format_parts(end)}"
        return Resolved(found, value, "span", found.part_of_day, source)

    def _plans(self) -> bool:
        """Whether the text says "sẽ", "dự kiến" ... anywhere: once per text, as most never do."""
        if self.plans is None:
            self.plans = Y.says_plans(self.text)
        return self.plans

    def _tense(self, found: Found) -> str | None:
        return Y.tense(self.text, found) if self.text else None

    def _anaphoric(self, found: Found, offset: int) -> Resolved | None:
        inherited = self._inherited()
        if inherited is not None:
            base, source = inherited
            if base.month is None or base.day is None:
                return None
            year = base.year if base.year is not None else 2000
            date = dt.date(year, base.month, base.day) + dt.timedelta(days=offset)
            parts = Parts(date.year if base.year is not None else None, date.month, date.day)
        else:
            anchor = self._deictic_anchor()
            if anchor is None:
                return _unplaced(found, "same", str(offset))
            parts, source = _as_parts(anchor.date + dt.timedelta(days=offset)), anchor.source
        self._remember(parts, source, False)
        return Resolved(found, format_parts(parts), "date", found.part_of_day, source)


def _unplaced(found: Found, unit: str, amount: str) -> Resolved | None:
    """A relative date with nothing to count it from (no stamp, no written day before it):
    "Sáng hôm nay", "hôm thứ Ba", "tuần trước", "năm ngoái", "từ hôm nay đến ngày 18-9".

    The output contract gives every listed date an ISO 8601 value (a year-less ``--MM-DD`` at
    most), so such a date is left out rather than listed without one (the real-page gold lists
    it with value null: a known gap, kept for the contract's sake). A month or quarter of this
    year keeps its part: "vào tháng 11 năm nay" is that month of the page's unknown year,
    ``--11``, like a bare "tháng 11" (round 12 #4 BF01a), and "quý I năm nay" is ``--01/--03``
    like "quý I" (round 11 #6 BC05)."""
    month = found.first.month
    if month is None or amount.split(":")[0] != "0":
        return None
    if unit == "year":
        return Resolved(found, f"--{month:02d}", "month", found.part_of_day, None)
    if unit == "qyear":  # "quý I năm nay": as "quý I"
        return Resolved(found, f"--{month:02d}/--{month + 2:02d}", "span", None, None)
    return None


def resolve(
    found: Iterable[Found],
    reference: dt.date | None,
    reference_source: str | None,
    text: str = "",
    stamp_clock: tuple[int, int] | None = None,
) -> Iterator[Resolved]:
    """Resolve expressions given in text order; those that cannot be resolved are left out.

    ``text`` is the (normalised) text the offsets point into; it tells a reported day from a
    date in parentheses or mid-sentence for anaphora. Without it every date is a reported day.
    ``stamp_clock``: the hour and minute of the page stamp that gave ``reference``, if any.
    """
    items = found if isinstance(found, Sequence) else tuple(found)
    resolver = _Resolver(reference, reference_source, text, items, stamp_clock)
    for item in items:
        resolved = resolver.resolve(item)
        if resolved is not None:
            yield resolved
