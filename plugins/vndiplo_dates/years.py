"""Where a year-less day's year comes from when the article says more than its distance to the
publication date: the tense of its sentence, and the dated spans the article writes.

Kept apart from :mod:`vndiplo_dates.normalise`, which walks the text, because both rules read the
text around or beyond the expression: the sentence a day stands in ("Tổng thống Pháp sẽ thăm
Việt Nam ngày 20/5", a plan) and a visit whose year is written later ("Sáng 4/8 ... Chuyến thăm
từ ngày 3 - 6/8/2013").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from vndiplo_dates.core import Found, valid_day

__all__ = ["dated_spans", "last_tense", "says_plans", "tense", "year_within"]

#: Tense words: a plan ("sẽ", "dự kiến") or a report ("đã", "vừa"), read within the sentence.
# They open with a literal (no leading look-behind), which the engine scans for quickly; the
# word boundary before is checked by _said.
_FUTURE = re.compile(r"(?:sẽ|dự\s+kiến|dự\s+định|sắp(?!\s+xếp)|chuẩn\s+bị|kế\s+hoạch)(?!\w)")
_PAST = re.compile(r"(?:đã|vừa)(?!\w)")
#: A quick test before the regex: substrings, in both cases (``in`` is much faster than a
#: regex or ``lower()`` over a whole article).
FUTURE_WORDS = (
    "sẽ",
    "Sẽ",
    "dự",
    "Dự",
    "sắp",
    "Sắp",
    "chuẩn bị",
    "Chuẩn bị",
    "kế hoạch",
    "Kế hoạch",
)
_SENTENCE = re.compile(r"[.!?;\n]")
_TENSE_REACH = 150
#: The longest span whose days a year-less day is taken to fall in (a visit, a conference).
_VISIT_DAYS = 31


def says_plans(text: str) -> bool:
    """Whether ``text`` says "sẽ", "dự kiến" ... anywhere (a quick test, before :func:`tense`)."""
    return any(word in text for word in FUTURE_WORDS)


def tense(text: str, found: Found) -> str | None:
    """ "future" or "past" when the sentence around ``found`` says so with "sẽ", "dự kiến",
    "sắp" or with "đã", "vừa" (and not both), else None."""
    before = text[max(0, found.start - _TENSE_REACH) : found.start]
    after = text[found.end : found.end + _TENSE_REACH]
    cuts = [match.end() for match in _SENTENCE.finditer(before)]
    sentence = before[cuts[-1] :] if cuts else before
    stop = _SENTENCE.search(after)
    sentence = (sentence + " " + (after[: stop.start()] if stop else after)).lower()
    future, past = _said(_FUTURE, sentence), _said(_PAST, sentence)
    if future != past:
        return "future" if future else "past"
    if not future and cuts and _BACK_REFERENCE.match(sentence.lstrip()):
        # "A đã tiếp B. Buổi tiếp diễn ra vào ngày 15/5": the act's own tense
        return _tense_before(text, found.start - len(before) + cuts[-1])
    return None


#: A sentence that opens with an act already told and only says when or where it took place
#: ("Buổi tiếp diễn ra ...", "Cuộc hội đàm được tổ chức ...", "Chuyến thăm kéo dài từ ...").
_BACK_REFERENCE = re.compile(
    r"(?:buổi|cuộc|chuyến|lễ|phiên)(?:\s+[^\s,.;:]+){1,4}?\s+(?:đã\s+|sẽ\s+)?"
    r"(?:diễn\s+ra|được\s+tổ\s+chức|được\s+tiến\s+hành|kéo\s+dài|bắt\s+đầu)(?!\w)"
)


def _tense_before(text: str, start: int) -> str | None:
    """The tense of the sentence that ends before ``start`` (the act a back-reference names)."""
    before = text[max(0, start - 2 * _TENSE_REACH) : start].rstrip()
    if not before:
        return None
    cuts = [match.end() for match in _SENTENCE.finditer(before[:-1])]
    sentence = (before[cuts[-1] :] if cuts else before).lower()
    future, past = _said(_FUTURE, sentence), _said(_PAST, sentence)
    return ("future" if future else "past") if future != past else None


def last_tense(clause: str) -> str | None:
    """ "future" or "past" for the last tense word in ``clause`` (lower-cased), else None.

    A sentence may report and plan at once ("Ông đã đến ... và sẽ góp phần vào Hội nghị 2031"):
    the word nearest before an expression is the one that governs its clause."""
    last: tuple[int, str] | None = None
    for words, name in ((_FUTURE, "future"), (_PAST, "past")):
        for match in words.finditer(clause):
            if match.start() > 0 and clause[match.start() - 1].isalnum():
                continue
            if last is None or match.start() > last[0]:
                last = (match.start(), name)
    return last[1] if last else None


def _said(words: re.Pattern[str], text: str) -> bool:
    """Whether one of ``words`` stands in ``text`` as a word of its own ("đã", not "đãi")."""
    return any(
        match.start() == 0 or not text[match.start() - 1].isalnum()
        for match in words.finditer(text)
    )


def dated_spans(found: Sequence[Found]) -> tuple[tuple[dt.date, dt.date], ...]:
    """The day spans the text writes with their year ("từ ngày 3 - 6/8/2013"), short ones only
    (a visit, a conference: up to :data:`_VISIT_DAYS`), so that an anniversary is not one.

    Two days that write their month and year once ("ngày 9 và 10-7-2008") are a visit's days as
    well: the first day and the date after it."""
    spans = []
    for index, item in enumerate(found):
        first, last = item.first, item.last
        if item.pattern == "day_list" and index + 1 < len(found):
            last = found[index + 1].first
        elif item.kind != "span":
            continue
        if last is None or first.day is None or last.day is None:
            continue
        if first.year is None or last.year is None or first.month is None or last.month is None:
            continue
        start = dt.date(first.year, first.month, first.day)
        end = dt.date(last.year, last.month, last.day)
        if (end - start).days <= _VISIT_DAYS:
            spans.append((start, end))
    return tuple(spans)


def year_within(month: int, day: int, spans: tuple[tuple[dt.date, dt.date], ...]) -> int | None:
    """The year that puts ``day/month`` inside one of the article's dated spans, if any."""
    for start, end in spans:
        for year in {start.year, end.year}:
            if valid_day(year, month, day) and start <= dt.date(year, month, day) <= end:
                return year
    return None
