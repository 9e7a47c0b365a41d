"""When: the date that governs a trigger, its value, and the part of day written with it.

The *date* governing a trigger is the nearest temporal expression before it in the sentence,
else the first one after it; the caller falls back to earlier context. Kept apart from frames
and locations (frames.py, locations.py): the dates themselves come from the dates stage, and
this module only chooses among them and reads the words around them. See
docs/plugins/events.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import PARTS_OF_DAY
from vndiplo.recalled_clauses import recalling_clause_start
from vndiplo.text import fold
from vndiplo_events.background_dates import in_background_clause
from vndiplo_events.bracket_asides import in_aside
from vndiplo_events.news_clause import dates_the_news
from vndiplo_events.report_dates import dates_the_report, governs_a_report
from vndiplo_events.sentences import Sentence
from vndiplo_events.view import ArticleView, DateRef

__all__ = [
    "date_value",
    "governing_date",
    "in_when_clause",
    "names_years",
    "own_time_unresolved",
    "part_of_day_near",
    "part_of_day_today",
    "recalled_by_clause_at",
    "spans_years",
    "written_part_of_day",
]

#: "chiều ngày 11/9", and "Chiều qua, 18/3": a relative day set off by a comma from its date
_POD_WORD: Final = re.compile(
    r"(?<!\w)(sáng|trưa|chiều|tối|đêm)"
    r"(?:\s+(?:ngày|cùng\s+ngày)|\s+(?:nay|qua|mai)(?:\s*,)?)?\s*$",
)
_POD: Final = {
    "sáng": "morning",
    "trưa": "noon",
    "chiều": "afternoon",
    "tối": "evening",
    "đêm": "night",
}


#: a part-of-day word inside a date phrase ("10 giờ sáng 5/6", "Chiều 18/2")
_POD_IN_PHRASE: Final = re.compile(r"(?<!\w)(?:sáng|trưa|chiều|tối|đêm|khuya)(?!\w)")


def written_part_of_day(ref: DateRef) -> str | None:
    """The part of day a date phrase writes, leaving out the one only its clock hour gives
    ("15h30 ngày 4/7" is afternoon by the hour, in the dates list): the real-page gold gives an
    event the hour's part of day on one page (A14) and not on three where the clock time was
    another act's moment (an arrival, a welcome, a live report: F20, Q04, W11), so the event
    keeps only a written one."""
    pod = ref.expr.part_of_day
    if pod is None or ref.expr.kind != "datetime":
        return pod
    # the phrase as the input wrote it: read in the normalised form ("sáng" in NFD too)
    return pod if _POD_IN_PHRASE.search(fold(ref.expr.text)) else None


def part_of_day_near(low: str, start: int) -> str | None:
    """A part of day written just before ``start`` ("chiều ngày 11/9" when the date is "11/9").

    ``low`` is the lower-cased text.
    """
    match = _POD_WORD.search(low, max(0, start - 20), start)
    if not match:
        return None
    value = _POD.get(match.group(1))
    return value if value in PARTS_OF_DAY else None


#: "sáng nay", "chiều hôm nay": today's part of day, even when no date resolves "nay"
_POD_TODAY: Final = re.compile(r"(?<!\w)(sáng|trưa|chiều|tối|đêm)\s+(?:hôm\s+)?nay(?!\w)")


def part_of_day_today(low: str, start: int, end: int) -> str | None:
    """The part of day of a "sáng nay" / "chiều hôm nay" in ``[start, end)`` of ``low`` (the
    lower-cased text): an article with no date stamp still says when in the day."""
    if low.find("nay", start, end) == -1:
        return None
    match = _POD_TODAY.search(low, start, end)
    if not match:
        return None
    value = _POD.get(match.group(1))
    return value if value in PARTS_OF_DAY else None


def date_value(ref: DateRef) -> str:
    """The event date for a temporal expression: a datetime loses its time."""
    value = ref.value
    if ref.expr.kind == "datetime" and "T" in value:
        return value.split("T", 1)[0]
    return value


_DAYISH: Final = ("date", "datetime", "span")


def _anniversary(ref: DateRef) -> bool:
    """A span from a day to the same day years later ("(2.9.1945 – 2.9.2025)"): the years an
    anniversary counts, never the day of an event."""
    if ref.expr.kind != "span" or "/" not in ref.value:
        return False
    first, last = ref.value.split("/", 1)
    return (
        len(first) == len(last) == 10
        and first[4:] == last[4:]
        and first[:4] != last[:4]
        and first[:4].isdigit()
    )


def spans_years(ref: DateRef) -> bool:
    """A span that counts years, never an act's days: whole years ("2021-2025"), an
    anniversary's ("(2/12/1975 - 2/12/2025)" after "nhân kỷ niệm 50 năm"), or any two days
    more than a year apart ("(18/1/1950 - 18/1/2025)", "1/1/1990 - 5/3/2025")."""
    if names_years(ref) or _anniversary(ref):
        return True
    if ref.expr.kind != "span":
        return False
    first, _, last = ref.value.partition("/")
    return first[:4].isdigit() and last[:4].isdigit() and int(last[:4]) - int(first[:4]) >= 2


def names_years(ref: DateRef) -> bool:
    """A span of whole years ("giai đoạn 2021-2025", "năm 2009 - 2010", "nhiệm kỳ 2020-2025"):
    the period an agreement, a programme or a term covers. A diplomatic act takes a day, never
    years: such a span dates no event (no dev gold has one), the act keeps its own day or none."""
    if ref.expr.kind != "span":
        return False
    first, _, last = ref.value.partition("/")
    return len(first) == len(last) == 4 and first != last


#: A time the dates stage could not resolve (no stamp to count from): "hôm nay", "chiều qua",
#: "sáng mai", a clock time "11h40", "14g26", "9 giờ 30".
_TIME_WORDS: Final = re.compile(
    r"(?<!\w)(?:(?:hôm|sáng|trưa|chiều|tối|đêm)\s+(?:nay|qua|mai)"
    r"|ngày\s+(?:mai|hôm\s+nay|hôm\s+qua)"
    r"|(?:2[0-3]|[01]?\d)\s*(?:h|g)[0-5]\d|(?:2[0-3]|[01]?\d)\s*giờ\s*[0-5]?\d\s*phút)(?!\w)"
)


def own_time_unresolved(view: ArticleView, sentence: Sentence, trigger_start: int) -> bool:
    """Whether the trigger's clause says when, in words no date resolves: "tới Lima lúc
    gần trưa nay, mở đầu chuyến thăm ...". The event then has its own time, only unknown: a
    date written for another act ("và dự APEC từ 16 đến 19/11") or another sentence is not it."""
    low = view.lower
    refs = view.dates_in(sentence.start, trigger_start)
    for match in _TIME_WORDS.finditer(low, sentence.start, trigger_start):
        # a time word inside a date the stage resolved ("11h30 hôm qua (1/4)": the clock and
        # the relative word ride on the bracket's day) is no unknown time
        if not any(r.start <= match.start() < r.end for r in refs):
            return True
    return False


#: "(kể) từ khi nhậm chức ngày 5/6", "sau khi ... ngày": a date inside a when-clause.
_WHEN: Final = re.compile(r"(?<!\w)khi(?!\w)")
#: How far back from a date its when-clause may open.
_WHEN_REACH: Final = 40


def in_when_clause(low: str, ref_start: int, floor: int) -> bool:
    """Whether a date is written inside a "khi" clause ("kể từ khi nhậm chức ngày 5/6"): it
    dates that clause's act (taking office), not an event told before it. ``floor``: no
    earlier than this (the trigger's end)."""
    reach = max(floor, ref_start - _WHEN_REACH)
    gap = low[reach:ref_start]
    last = gap.rfind("khi")
    if last == -1 or not _WHEN.match(gap, last):
        return False
    return not any(mark in gap[last:] for mark in ",;.\n")


def recalled_by_clause_at(low: str, floor: int, pos: int, own: int = -1) -> bool:
    """Whether the date at ``pos`` is written in a relative clause that recalls a place's or a
    person's past ("A thăm X, nơi B từng đến vào tháng 9/1973"): it dates what the clause
    recalls. The act at ``own`` told inside that clause keeps it; ``floor``: its sentence's
    start."""
    opens = recalling_clause_start(low, floor, pos)
    return opens is not None and not opens <= own < pos


def _clause_between(low: str, start: int, end: int) -> bool:
    """Whether a clause mark stands between two offsets of the lower-cased text."""
    return any(low.find(mark, start, end) != -1 for mark in ",;:")


def _own_clause_day(
    low: str, refs: Sequence[DateRef], trigger_end: int, limit: int
) -> DateRef | None:
    """The first day after the trigger in its own clause (no clause mark between), if any."""
    for ref in refs:
        if trigger_end <= ref.start < limit and ref.expr.kind in _DAYISH:
            if _clause_between(low, trigger_end, ref.start) or in_when_clause(
                low, ref.start, trigger_end
            ):
                return None
            return ref
    return None


def governing_date(
    view: ArticleView,
    sentence: Sentence,
    trigger_start: int,
    trigger_end: int,
    limit: int,
    acts: Sequence[int] = (),
) -> DateRef | None:
    """The date that governs a trigger: nearest before it in the sentence, else first after.

    ``limit`` bounds the search after the trigger (the end of its clause), so that a date that
    belongs to another event later in the sentence is not taken. ``acts``: where the
    sentence's event words start; a day inside a background adjunct the trigger is not in
    ("sau vụ cháy hôm 25/3", "Nhân dịp ... ngày 10/10, A gửi thư") is the adjunct's.
    """
    # "Được tin trận lũ ngày 5/8 ..., A gửi điện": the news's day, not the event's
    refs = [
        r
        for r in view.dates_in(sentence.start, sentence.end)
        if not spans_years(r)
        and not dates_the_news(view, sentence, r.start)
        and not in_aside(view.lower, sentence.start, r.start, trigger_start)
        and not in_background_clause(view, sentence.start, r.start, acts, trigger_start)
        and not recalled_by_clause_at(view.lower, sentence.start, r.start, trigger_start)
        # "Đài NHK ngày 24/11 đưa tin trong cuộc hội đàm ...": the report's day (README round
        # 8 #11), not the act's
        and not governs_a_report(view.lower, r.end)
    ]
    before = [r for r in refs if r.end <= trigger_start]
    for ref in reversed(before):
        if ref.expr.kind in _DAYISH:
            return ref
    month = next((r for r in reversed(before) if r.expr.kind == "month"), None)
    if month is not None and _clause_between(view.lower, month.end, trigger_start):
        # "B sẽ thăm Y vào tháng 7 tới, thông tin đưa ra trong buổi tiếp ... ngày 25/4": the
        # month is another clause's plan; a day in the trigger's own clause is its own
        own = _own_clause_day(view.lower, refs, trigger_end, limit)
        if own is not None:
            return own
    if month is not None:
        return month
    for ref in refs:
        if trigger_end <= ref.start < limit and ref.expr.kind in (*_DAYISH, "month"):
            if in_when_clause(view.lower, ref.start, trigger_end):
                return None  # "chuyến thăm ... từ khi nhậm chức ngày 5/6": the office's day
            if dates_the_report(view.lower, trigger_end, ref.start):
                return None  # "..., Y cho biết ngày 18/9": the statement's day (report_dates)
            return ref
    return None
