"""The date of a main event whose own sentence gives none: the paragraph's or the body's.

Kept apart from the choice of the main event (choice.py): which earlier date stands for the
event, and which later one belongs to another event's phrase instead, is a question of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Final

from vndiplo_events.attributive_dates import dates_another_act
from vndiplo_events.background_dates import background_at
from vndiplo_events.candidate import Candidate
from vndiplo_events.event_dates import (
    date_value,
    in_when_clause,
    own_time_unresolved,
    part_of_day_near,
    recalled_by_clause_at,
    written_part_of_day,
)
from vndiplo_events.news_clause import answers_news, news_date_at
from vndiplo_events.report_dates import dates_the_report, governs_a_report
from vndiplo_events.restated_facts import restated_date
from vndiplo_events.sentences import Sentence
from vndiplo_events.this_occasion import opens_this_occasion
from vndiplo_events.told_before import opens_before
from vndiplo_events.view import ArticleView, DateRef

__all__ = ["fallback_date"]

#: a message sent once the trip is over ("Sau khi về nước, X đã gửi thư cảm ơn ...", "Ngay sau
#: khi trở về nước", "Sau khi kết thúc chuyến thăm"): the departure's day before it is not its
#: day, and a message is dated by its own (README round 5, Q06)
_AFTER_THE_TRIP: Final = re.compile(
    r"[^\w]*(?:ngay\s+)?sau\s+khi\s+(?:(?:trở\s+)?về\s+(?:(?:đến|tới)\s+)?nước"
    r"|kết\s+thúc\s+(?:tốt\s+đẹp\s+)?chuyến)(?!\w)"
)


def fallback_date(view: ArticleView, main: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """The previous sentence's date in the same paragraph, else the body's first full date,
    unless that date comes later and dates an event of another type: "Trong chuyến thăm Nhật
    Bản hôm 18/10, ...", "Hiệp định ... ký ngày 9/7/2002" date another trip, an old signing.

    No date is borrowed for an event that has its own time, only unresolved ("11h40 hôm nay"),
    nor for one told "on this occasion" ("Nhân dịp này, X gửi điện mừng": the occasion's day is
    not the message's). An undated visit takes the span a later mention of the trip gives
    before any single day. A message written in a letter the page reproduces is dated by the
    letter's own date line, never by a meeting the letter recalls."""
    letter = _letter_date(view, main)  # the reproduced letter's own "Hà Nội, ngày ..." line
    if letter is not None:
        return main.but(date=letter, date_value=date_value(letter), part_of_day=None)
    restated = restated_date(view, main)  # "bức điện được gửi đi ngày D" (restated_facts.py)
    if restated is not None:
        # "Buổi tiếp diễn ra vào chiều 5/3": the restated day keeps the part of day it writes
        return main.but(
            date=restated,
            date_value=date_value(restated),
            part_of_day=written_part_of_day(restated),
        )
    sentence = view.sentences[main.sentence_index]
    if own_time_unresolved(view, sentence, main.hit.start) or opens_this_occasion(
        view.lower, sentence
    ):
        return main
    if main.type == "message" and _AFTER_THE_TRIP.match(view.lower, sentence.start):
        return main
    span = _span_of_the_trip(main, candidates)
    if span is not None:
        return main.but(date=span, date_value=date_value(span), part_of_day=None)
    announced = main.planned or any(
        dates_the_report(view.lower, main.hit.end, r.start)
        for r in view.dates_in(main.hit.end, sentence.end)
    )
    # "A có kế hoạch điện đàm với B, Y cho biết ngày 18/9. ... điện đàm vào tối 20/9"
    later = _day_of_the_planned_act(main, candidates) if announced else None
    if later is not None:
        return main.but(
            date=later,
            date_value=date_value(later),
            part_of_day=written_part_of_day(later) or part_of_day_near(view.lower, later.start),
        )
    # a day written in a "Được tin ..." clause is the news's (news_clause.py), and one in a
    # background adjunct ("sau vụ cháy hôm 25/3") its happening's: never borrowed
    acts = sorted(c.hit.start for c in candidates)
    earlier = [
        r
        for r in view.dates_in(0, sentence.start)
        if r.expr.kind in ("date", "datetime")
        and view.sentences[main.sentence_index - 1].block == sentence.block
        and not news_date_at(view, r.start)
        and not background_at(view, r.start, acts)
        and not _recalled(view, r)
    ]
    ref = earlier[-1] if earlier else None
    if ref is None:
        ref = next(
            (
                r
                for r in view.dates
                if r.expr.kind in ("date", "datetime")
                and not news_date_at(view, r.start)
                and not background_at(view, r.start, acts)
                and not _recalled(view, r)
            ),
            None,
        )
    if ref is None:
        return main
    if governs_a_report(view.lower, ref.end):
        return main  # "X ngày 22/12 cho biết ...": the statement's day, not the act's
    if sentence.start <= ref.start < sentence.end and dates_the_report(
        view.lower, main.hit.end, ref.start
    ):
        return main  # "..., Y cho biết ngày 18/9": the statement's day (report_dates.py)
    if not sentence.start <= ref.start < sentence.end and _news_told_apart(
        view, sentence, ref, candidates
    ):
        return main  # "Bão X đổ bộ ngày D. Được tin, A gửi điện": the storm's day
    if ref.start >= sentence.end and (
        _dates_another_event(view, ref, main, candidates)
        or _dates_a_plan(view, ref, main, candidates)
        or _in_bullet_item(view.text, ref.start, sentence.end)
        or in_when_clause(view.lower, ref.start, sentence.end)
        or _told_before(view, ref)
        or dates_another_act(view, ref, main, candidates)  # "khánh thành nhà máy ngày D"
    ):
        return main
    return main.but(
        date=ref,
        date_value=date_value(ref),
        part_of_day=written_part_of_day(ref) or part_of_day_near(view.lower, ref.start),
    )


#: How far a date may follow another event's trigger and still be written as its own:
#: "chuyến thăm Nhật Bản hôm 18/10", "Hiệp định ... ký ngày 9/7/2002".
_OWN_DATE_REACH: Final = 60


def _news_told_apart(
    view: ArticleView, sentence: Sentence, ref: DateRef, candidates: Sequence[Candidate]
) -> bool:
    """Whether the act answers news ("Sau khi được tin ..., A gửi điện") and ``ref`` lies in
    another sentence that tells no act: the news itself (a storm's landfall, a fire), whose day
    is not the act's."""
    if not answers_news(view, sentence):
        return False
    i = bisect_right(view.sentence_starts, ref.start) - 1
    return not any(c.sentence_index == i for c in candidates)


def _recalled(view: ArticleView, ref: DateRef) -> bool:
    """Whether ``ref`` is written in a relative clause recalling a place's or a person's past
    (", nơi B từng đến vào ngày 2/9/1973"): never another sentence's act's day."""
    i = bisect_right(view.sentence_starts, ref.start) - 1
    if i < 0 or ref.start >= view.sentences[i].end:
        return False
    return recalled_by_clause_at(view.lower, view.sentences[i].start, ref.start)


def _letter_date(view: ArticleView, main: Candidate) -> DateRef | None:
    """The date line of the reproduced letter a message is written in: the last one above the
    message's sentence (a page may reproduce several letters, each under its own date)."""
    if main.type != "message" or not view.letter_dates:
        return None
    at = view.sentences[main.sentence_index].start
    above = [r for r in view.letter_dates if r.end <= at and r.expr.kind in ("date", "datetime")]
    return above[-1] if above else None


def _dates_another_event(
    view: ArticleView, ref: DateRef, main: Candidate, candidates: Sequence[Candidate]
) -> bool:
    """Whether ``ref`` is written inside another event's phrase: it follows, with no comma
    between, the trigger of a candidate of another type that it dates. A date opening a
    clause ("Cũng trong sáng 19/11, ...") sets a scene instead, and may be the main's too."""
    for c in candidates:
        if c.date is None or c.date.start != ref.start or c.type == main.type:
            continue
        gap = view.text[c.hit.end : ref.start]
        if (
            c.hit.end <= ref.start
            and len(gap) <= _OWN_DATE_REACH
            and not any(mark in gap for mark in ",;.\n")
        ):
            return True
    return False


def _told_before(view: ArticleView, ref: DateRef) -> bool:
    """Whether ``ref`` lies in a later sentence told as what came before ("Trước đó, ngày 2/5,
    đoàn đã làm việc với ..."): the day of an earlier act, so not the main event's."""
    return any(
        s.start <= ref.start < s.end and opens_before(view.lower, s.start, ref.start + 1)
        for s in view.sentences
    )


def _dates_a_plan(
    view: ArticleView, ref: DateRef, main: Candidate, candidates: Sequence[Candidate]
) -> bool:
    """Whether ``ref`` lies in a later sentence that announces an act of another type ("Theo kế
    hoạch, trong ngày 28/5, X sẽ hội kiến ..."): the day of the plan, not of the main event."""
    return any(
        c.planned
        and c.type != main.type
        and view.sentences[c.sentence_index].start
        <= ref.start
        < view.sentences[c.sentence_index].end
        for c in candidates
    )


def _span_of_the_trip(main: Candidate, candidates: Sequence[Candidate]) -> DateRef | None:
    """The span of a later mention of the same trip ("Chuyến thăm chính thức của X từ ngày
    31/10-4/11 ..."), for an undated visit: a visit mention with a day span and no other
    people than the main's."""
    if main.type != "visit":
        return None
    names = {_name_key(p.name) for p in main.participants}
    for cand in candidates:
        ref = cand.date
        if (
            cand.sentence_index <= main.sentence_index
            or cand.type != "visit"
            or ref is None
            or ref.expr.kind != "span"
            or "T" in ref.value
            or len(ref.value) < 10  # days, not months or years
        ):
            continue
        if all(_name_key(p.name) in names for p in cand.participants):
            return ref
    return None


def _day_of_the_planned_act(main: Candidate, candidates: Sequence[Candidate]) -> DateRef | None:
    """The day a later sentence gives an announced act with no day of its own ("A có kế hoạch
    điện đàm với B ... Hai bên đang chuẩn bị điện đàm vào tối 20/9", "Cuộc hội đàm dự kiến diễn
    ra ngày 10/6"): the first later mention of the main's type, still to come or referring back,
    with a day and no other people than the main's."""
    names = {_name_key(p.name) for p in main.participants}
    for cand in candidates:
        ref = cand.date
        if (
            cand.sentence_index <= main.sentence_index
            or cand.type != main.type
            or (cand.form == "reported" and not cand.planned)  # a past act told later
            or ref is None
            or ref.expr.kind not in ("date", "datetime", "span")
        ):
            continue
        if all(_name_key(p.name) in names for p in cand.participants):
            return ref
    return None


def _name_key(name: str) -> str:
    """A name as compared across spellings: "Park Byeong-Seug" is "Park Byeong Seug"."""
    return " ".join(name.lower().replace("-", " ").split())


#: A line that opens a list item: "* Chiều 10/7, ...", "- Sáng 5/3, ...", "• ...".
_BULLET: Final = re.compile(r"[ \t]*[*•+\-–][ \t]")


def _in_bullet_item(text: str, start: int, floor: int) -> bool:
    """Whether ``start`` lies in a list item that opens on a line after ``floor``: a separate
    news item ("* Chiều 10/7, Thủ tướng tiếp ..."), whose date is its own event's."""
    line = text.rfind("\n", floor, start)
    return line != -1 and _BULLET.match(text, line + 1) is not None
