"""A visit announced without its days ("Bộ Ngoại giao cho biết X sẽ có chuyến thăm ...") is
dated by the span the next sentences give it ("Theo kế hoạch, X sẽ tới ... từ ngày 20-23/2"),
not by the day of the announcement."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.event_dates import date_value, spans_years
from vndiplo_events.view import ArticleView, DateRef

__all__ = [
    "with_chained_span",
    "with_forum_span_before",
    "with_span_after",
    "with_span_of_the_trip",
]

#: how many sentences after the visit's own its span may come
_REACH: Final = 2


def with_span_after(view: ArticleView, main: Candidate) -> Candidate:
    """An undated visit with the first span of days of the next sentences."""
    if main.type != "visit" or main.date_value is not None:
        return main
    first = main.sentence_index
    for sentence in view.sentences[first + 1 : first + 1 + _REACH]:
        for ref in view.dates_in(sentence.start, sentence.end):
            # a span of days: a period of years ("giai đoạn 2013-2017") is no trip's
            if (
                ref.expr.kind == "span"
                and "T" not in ref.value
                and "-" in ref.value
                and not spans_years(ref)  # an anniversary's "(2/9/1945 - 2/9/2025)"
            ):
                return main.but(date=ref, date_value=date_value(ref))
    return main


#: how many sentences after the lead visit a sentence giving the trip's span may come
_TRIP_REACH: Final = 4
#: the acts a trip is made for, dated by the trip's span
_TRIP_ACTS: Final = frozenset({"visit", "attend"})


def with_span_of_the_trip(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """A visit dated by its departure or arrival day ("Sáng 2/6, X lên đường thăm ...") takes
    the span that a later mention of the same trip gives ("Chuyến thăm diễn ra từ ngày 2/6 đến
    10/6", "Theo lịch trình, Đoàn đi thăm ... từ ngày 11 đến 16/6") when that span holds the
    day: the whole visit is the event, the first day only its start. An attendance the trip
    was made for ("đã đến Brussels, bắt đầu chuyến tham dự Hội nghị X ... Chuyến thăm diễn ra
    từ 16 - 19/10"; "... sẽ tham dự Hội nghị X từ 9-11/11") takes the span of the trip or of
    its own later mention alike (README AJ7, round 6 "A plan of the main act itself")."""
    if (
        main.type not in _TRIP_ACTS
        or main.date is None
        or main.date.expr.kind not in ("date", "datetime")
    ):
        return main
    day = main.date.value.partition("T")[0]
    travellers = _travellers(main)
    last = main.sentence_index + _TRIP_REACH
    for cand in candidates:
        # "Rạng sáng 16/1, A lên đường tham dự Hội nghị X, thăm chính thức B và C từ ngày
        # 16-23/1": the days written once at the end of the chain are the whole trip's (AK8),
        # the lead's day only its start (round 12 #2 BF07)
        later = main.sentence_index < cand.sentence_index <= last
        if not (later and cand.type in ("visit", main.type)) and not _chained_after(main, cand):
            continue
        ref = cand.date or _span_before(view, cand)
        if ref is None or ref.expr.kind != "span" or "T" in ref.value:
            continue
        others = _travellers(cand)
        if travellers and others and not others & travellers:
            continue  # "Chuyến thăm của Thủ tướng B diễn ra từ ...": another one's trip
        if cand.type != "visit" and not others & travellers:
            # "Diễn đàn kéo dài từ 3-5/6, thu hút sự tham dự của 800 đại biểu": the forum's
            # days, told with other people's attendance; the main one went on its own day
            continue
        start, _, end = ref.value.partition("/")
        if _holds(start, end, day):
            return main.but(date=ref, date_value=date_value(ref), part_of_day=None)
    return main


def _chained_after(main: Candidate, cand: Candidate) -> bool:
    """Whether ``cand`` is a visit chained after the main act in its own sentence."""
    return (
        cand.type == "visit"
        and cand.sentence_index == main.sentence_index
        and cand.hit.start > main.hit.end
    )


def _span_before(view: ArticleView, cand: Candidate) -> DateRef | None:
    """The day span a later mention's sentence opens with, before its event word ("Trong các
    ngày từ 9-11/11, X sẽ tham dự ..."): a mention read forward only leaves it undated."""
    sentence = view.sentences[cand.sentence_index]
    spans = [r for r in view.dates_in(sentence.start, cand.hit.start) if r.expr.kind == "span"]
    return spans[-1] if spans else None


def _travellers(cand: Candidate) -> set[str]:
    """The names of who travels: the guests, else the subjects of a visit with no roles; never
    its inviters ("diễn ra từ ..., theo lời mời của Tổng thống B": B stays at home)."""
    guests = {p.name for p in cand.participants if p.role == "guest"}
    inviters = {p.name for p in cand.inviters}
    return (guests or {p.name for p in cand.subjects}) - inviters


def _holds(start: str, end: str, day: str) -> bool:
    """The span ``start``-``end`` holds ``day`` (ISO "2008-06-02" or yearless "--06-02"). With
    the year on all three, whole dates are compared; else months and days, a span with its end
    before its start running over New Year ("từ 28/12 đến 3/1")."""
    if not (start and end and day):
        return False
    if _has_year(start) and _has_year(end) and _has_year(day):
        return start[:10] <= day <= end[:10]
    first, final, md = _month_day(start), _month_day(end), _month_day(day)
    if not (first and final and md):
        return False
    if first <= final:
        return first <= md <= final
    return md >= first or md <= final


def _has_year(value: str) -> bool:
    return value[:4].isdigit()


def _month_day(value: str) -> str:
    """ "MM-DD" of an ISO or yearless value ("2008-06-02", "--06-02")."""
    value = value[:10] if _has_year(value) else value
    return value[-5:] if len(value) >= 5 else ""


def with_chained_span(main: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """An undated attendance or visit takes the span of days of a visit chained after it in
    its own sentence, by the same travellers ("đã dự Đại hội X ở Y, kết hợp thăm Z từ ngày
    7 đến 11-4"; "tham dự Hội nghị X và thăm Nhật Bản từ 3-6/5"): the days
    written once at the end of the chain are the whole trip's."""
    if main.type not in _TRIP_ACTS or main.date_value is not None:
        return main
    travellers = _travellers(main)
    for cand in candidates:
        if (
            cand.sentence_index != main.sentence_index
            or cand.hit.start <= main.hit.end
            or cand.type != "visit"
            or cand.date is None
            or cand.date.expr.kind != "span"
            or "T" in cand.date.value
            or spans_years(cand.date)
        ):
            continue
        others = _travellers(cand)
        if others and not others & travellers:
            continue  # another one's trip, told in the same sentence
        return main.but(date=cand.date, date_value=date_value(cand.date))
    return main


def with_forum_span_before(view: ArticleView, main: Candidate) -> Candidate:
    """An undated attendance takes the one span of days the sentence just before it writes in
    the same paragraph: "Từ ngày 14/4 đến ngày 16/4, tại Hà Nội diễn ra Hội nghị X. Đoàn tỉnh Y
    do A làm Trưởng đoàn tham dự Hội nghị." (README W11, round 11 #6 BC08b: the attendance takes
    its forum's span). Only an attendance: a reception inside a dated visit span has no day of
    its own (AI4)."""
    if main.type != "attend" or main.date_value is not None or main.sentence_index == 0:
        return main
    sentence = view.sentences[main.sentence_index]
    before = view.sentences[main.sentence_index - 1]
    if before.block != sentence.block:
        return main
    spans = [
        ref
        for ref in view.dates_in(before.start, before.end)
        if ref.expr.kind == "span"
        and "T" not in ref.value
        and len(ref.value.partition("/")[0]) >= 7  # days ("--04-14", "2023-04-14")
        and ref.value.partition("/")[0].count("-") >= 2
        and not spans_years(ref)
    ]
    if len(spans) != 1:
        return main
    return main.but(date=spans[0], date_value=date_value(spans[0]), part_of_day=None)
