"""Framing phrases: "Trong khuôn khổ", "Nhân dịp", "Bên lề", "Theo lời mời của" ...

A *frame* opens with "Trong khuôn khổ", "Nhân dịp", "Nhân chuyến", "Bên lề", "Theo/Nhận lời mời
của" and runs to the first top-level comma after which the sentence goes on with a date, "tại",
a person or an event verb (else to the end of the sentence). Frames give ``occasion``, and the
triggers inside them ("dự Hội chợ", "chuyến công tác") are secondary events. Kept apart from
locations and dates (locations.py, event_dates.py): a frame is found once per sentence, before
any candidate, and is what the later steps check positions against. See docs/plugins/events.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from vndiplo.place_prepositions import place_preposition_at
from vndiplo_events.frame_subject import unmarked_subject_start
from vndiplo_events.patterns import word_start
from vndiplo_events.sentences import Sentence
from vndiplo_events.view import ArticleView

__all__ = ["Frame", "find_frames"]

#: the openings of a frame; every one holds a word of ``_PREFILTER_WORDS``
_FRAME_OPENINGS: Final = (
    r"trong\s+khuôn\s+khổ",
    r"nhân\s+dịp",
    r"nhân\s+chuyến",
    # ... but not the "nhân" of a noun: "Phu nhân dự tiệc trà", "các doanh nhân dự"
    r"n(?<!phu n)(?<!công n)(?<!doanh n)(?<!quân n)hân\s+"
    r"(?=(?:dự|sang|tới|đến|kỷ\s+niệm|lễ)(?!\w))",
    r"bên\s+lề",
    # "..., trong khi ông ở New York tham dự Đại hội đồng": the attendance frames the day
    r"trong\s+(?:khi|lúc)\s+(?=[^,;.]{0,60}?(?<!\w)(?:tham\s+)?dự\s(?!án|kiến|báo|thảo))",
    r"theo\s+lời\s+mời\s+của",
    r"nhận\s+lời\s+mời\s+của",
)
_FRAME: Final = re.compile(word_start(*_FRAME_OPENINGS))
#: what :func:`_may_frame` looks for: one of them is in every opening of ``_FRAME_OPENINGS``
_PREFILTER_WORDS: Final = ("trong", "nhân", "lề", "mời")
#: a clause after a comma opens on a date or a time ("..., sáng 9/6, A ..."), else on a place
#: preposition (:func:`~vndiplo.place_prepositions.place_preposition_at`)
_CLAUSE_START: Final = re.compile(r"\s*(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|vào|cùng\s+ngày)(?!\w)")


@frozen
class Frame:
    """A framing phrase; ``kind`` is "occasion", "sidelines" or "invitation"."""

    start: int
    end: int
    kind: str


# The characters _top_level_commas reacts to; the regex skips the rest in C.
_NESTING: Final = re.compile(r'[(\[“")\]”,]')


def _top_level_commas(text: str, start: int, end: int) -> list[int]:
    depth = 0
    out: list[int] = []
    for found in _NESTING.finditer(text, start, end):
        i = found.start()
        ch = text[i]
        if ch in '([“"':
            depth += 1 if ch != '"' else (-1 if depth else 1)
        elif ch in ")]”":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append(i)
    return out


def find_frames(
    view: ArticleView, sentence: Sentence, anchors: Sequence[int], date_starts: Sequence[int]
) -> list[Frame]:
    """Frames of one sentence. ``anchors``: starts of person mentions and event verbs."""
    text, low = view.text, view.lower
    frames: list[Frame] = []
    if not _may_frame(low, sentence.start, sentence.end):
        return frames
    for match in _FRAME.finditer(low, sentence.start, sentence.end):
        if frames and match.start() < frames[-1].end:
            continue
        kind = _frame_kind(match.group())
        # a semicolon closes the frame's clause ("Nhân dịp X sang thăm ...; ngày 14/8, A đón")
        semicolon = low.find(";", match.end(), sentence.end)
        end = semicolon if semicolon != -1 else sentence.end
        commas = _top_level_commas(text, match.end(), end)
        # "... thăm Lào theo lời mời của Tổng Bí thư Đảng ..., Chủ tịch nước A": a trailing
        # invitation runs on over the inviter's titles until the inviter is named
        trailing = kind == "invitation" and _any_between(anchors, sentence.start, match.start())
        for i, comma in enumerate(commas):
            seg_end = commas[i + 1] if i + 1 < len(commas) else end
            if trailing and not _any_between(anchors, match.end(), comma):
                continue
            if (
                _CLAUSE_START.match(low, comma + 1, seg_end)
                or place_preposition_at(text, low, comma + 1)
                or _any_between(date_starts, comma + 1, comma + 4)
                or _dated_after_lead(low, date_starts, comma + 1, seg_end)
                or _any_between(anchors, comma + 1, seg_end)
            ):
                end = comma
                break
        if kind == "occasion":
            # "Nhân dịp dự X Bộ trưởng A đã gặp B": no comma before the subject (frame_subject)
            end = unmarked_subject_start(view, anchors, match.end(), end)
        frames.append(Frame(match.start(), end, kind))
    return frames


#: a time preposition, maybe with a count, before the date opening a clause ("..., trong hai
#: ngày 8-9/4, ...", "..., từ 10-12/11, ...", "..., suốt các ngày 3-5/6, ...")
_TIME_LEAD: Final = re.compile(
    r"\s*(?:trong|từ|suốt|vào|qua)(?:\s+(?:các|những|hai|ba|bốn|năm|sáu|bảy|\d+))?\s*"
)
#: how far after the comma such a date may start
_LEAD_REACH: Final = 24


def _dated_after_lead(low: str, date_starts: Sequence[int], start: int, end: int) -> bool:
    """The clause from ``start`` opens with a time preposition and a date: the frame ended
    at the comma before it, as it does before a bare date."""
    i = bisect_left(date_starts, start)
    if i == len(date_starts) or date_starts[i] >= min(end, start + _LEAD_REACH):
        return False
    return _TIME_LEAD.fullmatch(low, start, date_starts[i]) is not None


def _may_frame(low: str, start: int, end: int) -> bool:
    """Does ``low[start:end]`` hold a word every branch of :data:`_FRAME` has one of ("trong",
    "nhân", "lề", "mời")? Most sentences hold none, and ``find`` skips in C where the pattern
    tries a match at every "t", "n" and "b": a third of the scan's cost on dev pages."""
    find = low.find
    return (
        find("trong", start, end) != -1  # the most frequent first: a pass costs one find
        or find("nhân", start, end) != -1
        or find("lề", start, end) != -1
        or find("mời", start, end) != -1
    )


def _frame_kind(phrase: str) -> str:
    """ "sidelines" for "bên lề", "invitation" for "theo/nhận lời mời của", else "occasion"."""
    if phrase.startswith("bên"):
        return "sidelines"
    return "invitation" if phrase.endswith("của") else "occasion"


def _any_between(sorted_positions: Sequence[int], start: int, end: int) -> bool:
    """True if a position lies in ``[start, end)`` (positions sorted)."""
    i = bisect_left(sorted_positions, start)
    return i < len(sorted_positions) and sorted_positions[i] < end
