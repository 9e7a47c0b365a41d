"""Turn pattern matches into raw, unresolved temporal expressions (:class:`Found`).

A match says *what was written* (day 18, month 2, no year, afternoon); it does not yet say what
date that is. Resolving years and relative days needs the document (its reference date and the
dates before it) and lives in :mod:`vndiplo_dates.normalise`. Keeping the two apart lets the
reference-date inference (:mod:`vndiplo_dates.reference`) reuse the same scan.

The scan finds what running every pattern over the whole normalised text would find (a property
test holds it to that), then a longest-match-wins sweep makes "Sáng ngày 11/9/2025" one
expression, not "Sáng ngày 11/9/2025" and "11/9". It is fast because it does not run every
pattern everywhere: one pass finds *anchors* (a digit-separator-digit, a year, a relative
keyword), each anchor calls for the few patterns that can match around it, and each pattern runs
only in the windows around its anchors, and not at all where a cheap *gate* pattern says it
cannot match. Most paragraphs cost one anchor pass and one or two short pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Final

from attrs import Factory, field, frozen

from vndiplo_dates import patterns as P
from vndiplo_dates import words as W
from vndiplo_dates.bracketed import join_bracketed
from vndiplo_dates.core import Found, Parts, valid_day
from vndiplo_dates.day_apposition import join_apposed
from vndiplo_dates.glued_year import glued_year
from vndiplo_dates.handlers import (
    _bare_year,
    _calendar_year,
    _date_match,
    _day_alone,
    _day_span_alone,
    _iso,
    _lunar_year,
    _month_numeric,
    _month_word,
    _paren,
    _quarter,
    _relative,
    _relative_period,
    _span,
    _themed_year,
    _time_alone,
    _time_date,
    _written,
    _year,
    _year_span,
)
from vndiplo_dates.ordinals import without_ordinal

__all__ = ["RULES", "Found", "Parts", "Rule", "scan", "valid_day"]

Handler = Callable[[re.Match[str], str], "Found | None"]


@frozen(eq=False)
class Rule:
    """A pattern, the function that reads its match, and where the pattern is worth running.

    ``before`` and ``after`` bound the text around an anchor that can hold a match ("rạng sáng
    ngày hôm qua (thứ bảy, ngày " runs 38 characters before "30/3"; "/2025 17:02:05 (GMT+08:00)"
    26 after "16/0"). ``gate`` is a cheap pattern (it starts with a literal or a character class,
    which the engine scans for quickly) that every match contains: a window where it is not found
    is skipped. ``cased`` rules read the original-case text.
    """

    pattern: re.Pattern[str]
    handler: Handler
    gate: str | None = None
    before: int = 48
    after: int = 40
    cased: bool = False
    #: ``pattern`` and ``gate`` without IGNORECASE, for the lower-cased text: twice as fast.
    lower: re.Pattern[str] = field(
        default=Factory(lambda self: _case_sensitive(self.pattern), takes_self=True)
    )
    gate_lower: re.Pattern[str] | None = field(
        default=Factory(lambda self: _optional(self.gate, 0), takes_self=True)
    )
    gate_any_case: re.Pattern[str] | None = field(
        default=Factory(lambda self: _optional(self.gate, re.IGNORECASE), takes_self=True)
    )


def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _optional(pattern: str | None, flags: int) -> re.Pattern[str] | None:
    return re.compile(pattern, flags) if pattern is not None else None


_YEAR_DIGITS = r"(?:1[7-9]|20)\d\d"
_DASH_OR_WORD = "-|–|—|đến|tới"  # literal branches: the engine scans for their first letters
_ISO = Rule(P.ISO, _iso, _YEAR_DIGITS + "-")
_DATE = Rule(P.DATE, _date_match)
# "vào lúc 13 giờ 30 phút chiều tối, ngày " comes before the day/month it is anchored on.
_TIME_DATE = Rule(P.TIME_DATE, _time_date, r"\d(?:\s*giờ|h|:|g\d|\s?[ap]m)", before=64)
_SPAN = Rule(P.SPAN, _span, _DASH_OR_WORD + r"|\d /")
_YEAR_SPAN = Rule(P.YEAR_SPAN, _year_span, _DASH_OR_WORD, before=32, after=24)
_PAREN = Rule(P.PAREN, _paren, r"\(")
# the same pattern called by its relative word, for "Sáng nay 14/9", "Ngày mai 7/4" (no
# bracket; "nay" and "mai" only): "rạng sáng ngày hôm " before "nay", " ngày 16/09/2025" after
_REL_DATE = Rule(P.PAREN, _paren, r"(?:nay|mai|qua),?\s+(?:ngày\s+)?\d", before=24, after=24)
# "vào lúc 13 giờ 30 phút " before "giờ"/"h", " chiều tối cùng ngày" after it
_TIME_ALONE = Rule(P.TIME_ALONE, _time_alone, before=24, after=40)
# "rạng sáng ngày " before the day, the punctuation after it
_DAY_ALONE = Rule(P.DAY_ALONE, _day_alone, before=24, after=16)
# "chiều từ ngày " before the anchor "ngày 18 đ", "ến hết ngày 20" after it
_DAY_SPAN_ALONE = Rule(P.DAY_SPAN_ALONE, _day_span_alone, before=24, after=24)
# "Ngày 24/112013": the gate is the month run into a year, which dates almost never print
_GLUED_YEAR = Rule(P.GLUED_YEAR, glued_year, r"[/.\-](?:1[0-2]|0?[1-9])(?:19|20)\d\d(?!\d)")
_QUARTER = Rule(P.QUARTER, _quarter, "quý", before=16, after=24)
_WRITTEN = Rule(P.WRITTEN, _written, r"\d\s+tháng")
_MONTH = Rule(P.MONTH, _month_word)
_MONTH_NUMERIC = Rule(P.MONTH_NUMERIC, _month_numeric, "[/-]" + _YEAR_DIGITS)
# "Tết Nguyên đán Canh Tý - " before the year, the longest lead
# (the gate, a branch name right before the year, skips the windows of most years)
_LUNAR_YEAR = Rule(
    P.LUNAR_YEAR,
    _lunar_year,
    rf"[ \t](?:{'|'.join((*P.BRANCHES, *P.BRANCH_VARIANTS))})\s*[-–—]?\s*\d",
    before=32,
    after=8,
    cased=True,
)
# "năm DL " before the year
_CALENDAR_YEAR = Rule(P.CALENDAR_YEAR, _calendar_year, "DL|AL|ÂL", before=12, after=8, cased=True)
# "Năm giao lưu nhân văn Việt Nam - Trung Quốc 2025": case-sensitive, and reaching far back.
_THEMED_YEAR = Rule(P.THEMED_YEAR, _themed_year, "Năm", before=100, cased=True)
# "cuối tết nguyên đán 2025", the longest lead before a year, is 20 characters.
_YEAR = Rule(
    P.YEAR, _year, r"(?:xuân|năm|tết|đán)\s+(?:mới\s+)?(?:1[7-9]|20|nay|ngoái|tới)", 32, 24
)
# "2017" in "APEC 2017": the year anchor itself (the handler reads the words either side in the
# whole text) and what its look-ahead needs after it
_BARE_YEAR = Rule(P.BARE_YEAR, _bare_year, before=0, after=8)
_RELATIVE = Rule(P.RELATIVE, _relative)
_RELATIVE_PERIOD = Rule(P.RELATIVE_PERIOD, _relative_period)
# "đêm khuya hôm " before the weekday, " của tuần sắp tới" after it
_WEEKDAY = Rule(P.WEEKDAY, W.weekday, r"thứ|chủ|chúa", before=24, after=32)
# "mười " before the unit, "vừa qua" after it; the gate is the direction word
_COUNTED = Rule(
    P.COUNTED, W.counted, r"qua|rồi|tới|theo|tiếp|trước|sau|nữa|đây", before=16, after=16
)
# "ngày cuối cùng của tháng mười hai năm 2025": 19 characters before "tháng", 20 after it.
_WEEKEND = Rule(P.WEEKEND, W.weekend, before=8, after=24)
# "11 tháng " before the anchor "tháng đầu năm", " 2025" after it
_YEAR_PART = Rule(P.YEAR_PART, W.year_part, before=16, after=16)
# "tháng cuối năm 2020": the previous word (a count) is read in the whole text
_EDGE_MONTH = Rule(P.EDGE_MONTH, W.edge_month, before=16, after=16)
_ORDINAL = Rule(P.ORDINAL, W.ordinal, r"đầu\s+tiên|cuối\s+cùng", before=48, after=56)
_MONTH_SPAN = Rule(P.MONTH_SPAN, W.month_span, _DASH_OR_WORD, before=40, after=48)
# "rạng sáng từ ngày 30 tháng mười hai năm 2019 đến hết ngày " before the last "tháng"
_SPAN_WRITTEN = Rule(P.SPAN_WRITTEN, W.span_written, _DASH_OR_WORD, before=72, after=40)
# anchored on "v" of "và 17": "rạng sáng ngày mồng 16 " before, "à 17 tháng mười hai năm 2025"
# after
_DAY_LIST = Rule(P.DAY_LIST, W.day_list, before=32, after=40)
_TIME_WRITTEN = Rule(P.TIME_WRITTEN, W.time_written, r"\d(?:\s*giờ|h|g\d)", before=64)

#: Every rule, in the order that breaks ties between overlapping matches of one length.
RULES: Final = (
    _ISO,
    _DATE,
    _TIME_DATE,
    _TIME_WRITTEN,
    _SPAN,
    _SPAN_WRITTEN,
    _YEAR_SPAN,
    _PAREN,
    _REL_DATE,
    _TIME_ALONE,
    _WRITTEN,
    _DAY_LIST,
    _QUARTER,
    _MONTH_SPAN,
    _ORDINAL,
    _MONTH,
    _MONTH_NUMERIC,
    _LUNAR_YEAR,
    _CALENDAR_YEAR,
    _THEMED_YEAR,
    # before _YEAR: "6 tháng đầu năm 2021" and "năm 2021" quote the same "đầu năm 2021"
    _YEAR_PART,
    _EDGE_MONTH,
    _YEAR,
    _BARE_YEAR,
    _COUNTED,
    _WEEKDAY,
    _WEEKEND,
    _RELATIVE,
    _RELATIVE_PERIOD,
    _DAY_SPAN_ALONE,
    _DAY_ALONE,
    _GLUED_YEAR,
)

_RANK: Final = {rule: rank for rank, rule in enumerate(RULES)}

# Anchors: short strings one of which every match holds. Most of an article holds no date, and
# the patterns cost about the same per character whether they match or not, so running them only
# near anchors, and only the ones an anchor calls for, is the speed-up.
_AFTER_SEPARATED: Final = (
    _ISO,
    _DATE,
    _TIME_DATE,
    _SPAN,
    _PAREN,
    _MONTH_NUMERIC,
    _GLUED_YEAR,
)
_AFTER_LIST: Final = (_DAY_LIST,)
_AFTER_CLOCK: Final = (_TIME_ALONE,)
# (+ _BARE_YEAR: _windows)
_AFTER_YEAR: Final = (_YEAR_SPAN, _YEAR, _QUARTER, _LUNAR_YEAR, _CALENDAR_YEAR, _THEMED_YEAR)
_NAM: Final = ("năm ", "Năm ", "NĂM ")
_DIRECTED: Final = (_RELATIVE_PERIOD, _COUNTED, _YEAR_PART, _EDGE_MONTH)
_AFTER_UNIT = r"qua|vừa|tới|sắp|tiếp|kế|trước|sau|hiện|này|nữa"
#: The words without which no word pattern matches; they are whole words in every match.
_AFTER_KEYWORD: Final[dict[str, tuple[Rule, ...]]] = {
    "hôm": (_RELATIVE,),
    "mai": (_RELATIVE, _REL_DATE),
    "qua": (_RELATIVE, _REL_DATE),  # "chiều qua, 18/3"
    r"cùng\s+ngày": (_RELATIVE,),
    "nay": (_RELATIVE, _REL_DATE, _YEAR),  # "sáng nay", "năm nay"
    "ngoái": (_YEAR,),
    "tới": (_YEAR,),  # "năm tới"; "tháng tới", "tuần tới" come in through their noun
    # "tuần"/"tháng" with the word that makes them relative: "tuần trước", "6 tháng qua"
    rf"tuần\s+(?:{_AFTER_UNIT})": _DIRECTED,
    rf"tháng\s+(?:{_AFTER_UNIT}|đầu\s+năm|cuối\s+năm)": _DIRECTED,
    "tháng": (_WRITTEN, _MONTH, _MONTH_SPAN, _TIME_WRITTEN, _ORDINAL, _SPAN_WRITTEN),
    # "năm" and "ngày" are everywhere: only with the word that makes them relative ("năm sau",
    # "5 năm tới", "7 ngày qua"); "năm tới" is also the year pattern's.
    rf"năm\s+(?:{_AFTER_UNIT})": (_RELATIVE_PERIOD, _COUNTED, _YEAR),
    # "ngày kia": in two days; "ngày 23,": a day of the month alone
    # "ngày 18 đến ngày 20": two days of the text's month
    rf"ngày\s+(?:{_AFTER_UNIT}|kia|mốt|(?:[12]\d|3[01]|0?[1-9])(?=\s*[,.;)]|\s+[tvđ]))": (
        _COUNTED,
        _RELATIVE,
        _DAY_ALONE,
        _DAY_SPAN_ALONE,
    ),
    r"cách\s+đây": (_COUNTED,),  # "cách đây 5 năm"
    r"cuối\s+(?:tuần|năm)": (_WEEKEND, _RELATIVE_PERIOD),  # "vào cuối năm": an edge
    r"đầu\s+năm": (_RELATIVE_PERIOD,),  # "từ hồi đầu năm"
    r"giữa\s+năm": (_RELATIVE_PERIOD,),
    "quý": (_QUARTER, _RELATIVE_PERIOD),
    # a weekday word, not "Thứ trưởng" or "thứ tự"
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])": (_WEEKDAY,),
    r"chủ\s+nhật": (_WEEKDAY,),
    r"chúa\s+nhật": (_WEEKDAY,),
}
_ANCHOR_BRANCHES: Final = (
    # a digit, a separator, a digit: "16/9", "1.1", "13-1", "2022-10", "3/2025", "1973-2023"
    *(rf"\{separator}(?=\d)(?<=\d.)" for separator in "/.-"),
    # a year: "năm 2025", "Xuân 2025", "2020 đến 2025", a themed year
    r"1[7-9]\d\d(?!\d)",
    r"20\d\d(?!\d)",
    # two days and the month written once: "16 và 17/5" (the "v" alone, the rest looked
    # ahead: "v" opens many words, and a longer literal there costs the pass 5%)
    r"v(?=à\s+(?:ngày\s+)?\d)",
    r"hoặc\s+(?:ngày\s+)?(?=\d)",
    # "13, 14/4": a day, a comma and a dated day (the comma between two numbers)
    r",(?=\s?\d{1,2}[/.\-]\d)(?<=\d,)",
    # a clock time: "11 giờ", "8h25" (the "h" between digits); not "bao giờ". The space may be
    # doubled or lost ("11  giờ", "11giờ"), as the pattern allows.
    r"giờ(?:(?<=\d\sgiờ)|(?<=\d\s\sgiờ)|(?<=\dgiờ))(?!\w)",
    # and "9h5’", minutes with a prime; "Đúng 14h", "lúc 15h cùng ngày": no minutes
    r"h(?:(?=[0-5]\d|\d[’'′])|(?!\w))(?<=\dh)",
    r":(?=[0-5]\d)(?<=\d:)",  # "12:30"
    # "11AM", "3 pm" (the "m": rarer than the "a" or the "p")
    r"m(?<=\d[ap]m)(?![^\W\d_])",
    r"m(?<=\d [ap]m)(?![^\W\d_])",
    # "14g26", as some outlets write the clock, and "8g sáng" before its part of day
    r"g(?:(?=[0-5]\d(?!\d))|(?=\s+(?:sáng|trưa|chiều|tối|đêm|rạng)))(?<=\dg)",
    # the keywords, one branch per first letter ("t(?:ới|háng...|uần...|hứ...)"): each branch
    # opens with a literal, which the engine scans for, and a "t" costs one try, not four. (A
    # branch opening with a group or a digit class makes it try every position: 3x slower.)
    *(
        rf"{letter}(?:{'|'.join(word[1:] for word in _AFTER_KEYWORD if word[0] == letter)})(?!\w)"
        for letter in dict.fromkeys(word[0] for word in _AFTER_KEYWORD)
    ),
)


def _by_first_character(branches: Sequence[str]) -> str:
    """The alternation of ``branches`` (each opening with one literal character, maybe escaped),
    those that open with the same character sharing one branch: ``re`` tries branches one by one,
    so "h" ("hoặc", "8h25", "hôm") cost three tries at every "h" (30% of the anchor scan on
    synthetic pages). Branches with different first characters never match at one position, and
    each group keeps its branches' order, so the same branch wins everywhere."""
    groups: dict[str, list[str]] = {}
    for branch in branches:
        size = 2 if branch.startswith("\\") else 1
        if branch[size : size + 1] in ("?", "*", "+", "{"):
            raise ValueError(f"a branch must open with one literal character: {branch!r}")
        groups.setdefault(branch[:size], []).append(branch[size:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


#: All anchors in one pass. Every branch starts with a literal character, so the engine jumps
#: from one possible first character to the next instead of trying each branch at each position
#: (three times faster than three separate patterns, ten times faster than a leading look-behind).
_ANCHORS: Final = re.compile(_by_first_character(_ANCHOR_BRANCHES))
_ANCHORS_ANY_CASE: Final = re.compile(_ANCHORS.pattern, re.IGNORECASE)
#: The rules an anchor calls for, and where it starts and ends.
Anchor = tuple[tuple[Rule, ...], int, int]
#: Each keyword's first word and its rules ("tuần"/"tháng" with a direction word: _DIRECTED).
_KEYWORD_RULES: Final = {word.split("\\")[0]: rules for word, rules in _AFTER_KEYWORD.items()}
_WORD_RULES: Final = tuple(
    rule for rule in RULES if any(rule in rules for rules in _AFTER_KEYWORD.values())
)


def _anchor_rules(match: re.Match[str], subject: str, cased: bool) -> tuple[Rule, ...] | None:
    """The rules a keyword anchor calls for; None for a separator or a year (the caller's)."""
    start, end = match.span()
    first = subject[start]
    if first in "/.-" or first.isdigit():
        return None
    if cased:  # "MAİ" matches "mai" but lower-cases to "mai̇": try every word rule
        return _WORD_RULES
    word = match.group().split()[0]  # "cùng ngày" -> "cùng"
    if word in ("tuần", "tháng") and end - start > 5:
        return _DIRECTED  # "tháng tới", not "tháng 5"
    return _KEYWORD_RULES[word]


#: Anchors of one kind closer than this make one window for every rule (each reaches further).
_CLOSE: Final = min(rule.before + rule.after for rule in RULES if rule is not _BARE_YEAR)


def _windows(subject: str, text: str, cased: bool) -> dict[Rule, list[tuple[int, int]]]:
    """For each rule an anchor calls for, the stretches of text around its anchors.

    Anchors come in text order. A run of close anchors of one kind ("16/9/2025" has two
    separators) is taken as one, and since a rule reaches the same distance from each anchor, a
    window either extends the rule's last one or starts a new one: no sorting, no second pass.
    One loop, no generators: on a one-sentence text the bookkeeping costs as much as the regexes.
    """
    windows: dict[Rule, list[tuple[int, int]]] = {}
    length = len(subject)
    # most years are written "năm 2025" or "16/9/2025": no year alone there, no window for it
    year_rules, year_rules_alone = _YEAR_RULES if "Năm" in text else _YEAR_RULES_NO_THEME
    pending: tuple[tuple[Rule, ...], int, int] | None = None
    rules: tuple[Rule, ...]
    for match in (_ANCHORS_ANY_CASE if cased else _ANCHORS).finditer(subject):
        start, end = match.span()
        first = subject[start]
        if first in "/.-":  # the digits either side belong to the anchor
            rules, start, end = _AFTER_SEPARATED, start - 1, end + 1
        elif first.isdigit():
            before = subject[start - 1] if start else " "
            written = before in "/.,:+-" or before.isdigit() or subject[start - 4 : start] in _NAM
            rules = year_rules if written else year_rules_alone
        elif first in "vV," or (first in "hH" and subject[start : start + 4].lower() == "hoặc"):
            rules = _AFTER_LIST
        # "giờ", or the "h"/"g"/":" of "8h25", "14g26", "12:30", the "m" of "11AM" (not the
        # "g" of "giữa năm", a keyword)
        elif end - start == 1 or subject[start : start + 3].lower() == "giờ":
            rules = _AFTER_CLOCK
        else:
            rules = _anchor_rules(match, subject, cased) or ()
        if pending is not None and rules is pending[0] and start - pending[2] <= _CLOSE:
            pending = (rules, pending[1], end)
            continue
        if pending is not None:
            _add_windows(windows, pending, length)
        pending = (rules, start, end)
    if pending is not None:
        _add_windows(windows, pending, length)
    return windows


#: The year rules with and without the bare year, with and without the themed year ("Năm").
_YEAR_RULES: Final = (_AFTER_YEAR, (*_AFTER_YEAR, _BARE_YEAR))
_YEAR_RULES_NO_THEME: Final = (_AFTER_YEAR[:-1], (*_AFTER_YEAR[:-1], _BARE_YEAR))


@cache
def _reaches(rules: tuple[Rule, ...]) -> tuple[tuple[Rule, int, int], ...]:
    """Each rule of an anchor with how far it reaches before and after it (read once: the
    anchor tuples are few and fixed, and attribute reads cost as much as the window sums)."""
    return tuple((rule, rule.before, rule.after) for rule in rules)


def _add_windows(windows: dict[Rule, list[tuple[int, int]]], anchor: Anchor, length: int) -> None:
    rules, start, end = anchor
    for rule, before, after in _reaches(rules):
        lo = start - before
        hi = end + after
        window = (lo if lo > 0 else 0, hi if hi < length else length)
        spans = windows.get(rule)
        if spans is None:
            windows[rule] = [window]
        elif window[0] <= spans[-1][1]:
            last = spans[-1]
            spans[-1] = (last[0], last[1] if last[1] > window[1] else window[1])
        else:
            spans.append(window)


def _candidates(text: str, low: str) -> Iterator[Found]:
    """Every match of every rule near its anchors, rule by rule in :data:`RULES` order
    (``low`` is ``text.lower()``)."""
    cased = len(low) != len(text)  # lower() may lengthen a few rare letters (İ)
    subject = text if cased else low
    windows = _windows(subject, text, cased)
    for rule in sorted(windows, key=_RANK.__getitem__):
        spans = windows[rule]
        on_text = cased or rule.cased
        target, compiled = (text, rule.pattern) if on_text else (low, rule.lower)
        gate = rule.gate_any_case if cased else rule.gate_lower
        for start, end in spans:
            if gate is not None and gate.search(target, start, end) is None:
                continue
            for match in compiled.finditer(target, start, end):
                found = rule.handler(match, target)
                if found is not None and rule is not _WEEKDAY:
                    # "ngày làm việc thứ ba (9/3)": the date, not the ordinal (ordinals.py)
                    found = without_ordinal(found, text)
                if found is not None:
                    yield found


@lru_cache(maxsize=256)
def scan(text: str, lower: str | None = None) -> tuple[Found, ...]:
    """Every temporal expression in ``text`` (normalised), in order, none overlapping.

    ``lower`` is ``text.lower()`` when the caller has it: a slice of the page's lower case,
    which saves lower-casing each block again (see :func:`vndiplo_dates.scan_body`).

    Where two candidates overlap, the longer wins ("Sáng ngày 11/9/2025" over "11/9/2025"), then
    the earlier rule in :data:`RULES`. Cached: the reference-date and find-dates hooks scan the
    same body.
    """
    candidates = list(_candidates(text, text.lower() if lower is None else lower))
    if not candidates:  # most paragraphs hold no expression: nothing to settle
        return ()
    if len(candidates) == 1:  # one: no overlap to settle, but a relative day may take a date
        return join_apposed(tuple(found for found in candidates if found.length), text)
    ranked = sorted(
        enumerate(candidates), key=lambda item: (-item[1].length, item[1].start, item[0])
    )
    taken = bytearray(len(text) + 1)
    kept: list[Found] = []
    for _, found in ranked:
        if found.length == 0 or any(taken[found.start : found.end]):
            continue
        taken[found.start : found.end] = b"\x01" * found.length
        kept.append(found)
    kept.sort(key=lambda f: f.start)
    return join_apposed(join_bracketed(kept, text), text)
