"""Acts the article recalls from before its news: "Trước đó, hôm 15/11, A đã gặp C tại Y",
"Hồi tháng 5, ...", "Năm ngoái, ...".

A sentence that opens with such a phrase and dates its act before the lead's day tells an
earlier act, of the news's kind or another, between other people or the same: it is referred
to, never the main event, and lends the main event neither its day nor its place. A day equal
to the lead's ("Trước đó, sáng 18/11, ...") keeps the act the day's news; a visit keeps its
span (the news may be the trip told in retrospect, ended.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView, DateRef

__all__ = ["date_parts", "settle_earlier_acts"]

#: phrases that open a sentence about an earlier time: "Trước đó,", "Hồi tháng 5,", "Năm
#: ngoái,", "Tháng trước,", "Cách đây hai năm,", "Lần trước,"
_EARLIER: Final = re.compile(
    r"[\W_]*(?:cũng\s+)?(?:(?P<before>trước\s+đó|(?:một|hai|ba|vài|mấy)\s+(?:ngày|hôm|tuần)"
    r"\s+trước\s+đó|(?:ngày\s+)?hôm\s+trước)"
    r"|(?:vào\s+)?hồi|trước\s+đây|năm\s+ngoái|năm\s+trước|tháng\s+trước|tuần\s+trước"
    r"|cách\s+đây|lần\s+trước)(?!\w)"
)
#: acts that span days: an earlier day may be the same trip's
_SPANNING: Final = frozenset({"visit"})


def settle_earlier_acts(
    view: ArticleView, candidates: Sequence[Candidate], headline_acts: bool
) -> list[Candidate]:
    """``candidates`` with the reported acts of earlier-time sentences made referenced, when
    the article names its own act: in the headline (``headline_acts``) or in the lead's first
    sentence. A page whose news is no act ("Việt Nam trợ giúp ...") may still report the
    background act as its event."""
    if not view.sentences:
        return list(candidates)
    if not headline_acts and not any(
        c.form == "reported" and c.sentence_index == 0 for c in candidates
    ):
        return list(candidates)
    lead = _lead_date(view)
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.form != "reported" or cand.type in _SPANNING or cand.date is None:
            continue
        sentence = view.sentences[cand.sentence_index]
        opener = _EARLIER.match(view.lower, sentence.start, cand.hit.start)
        if opener is None or not sentence.start <= cand.date.start < sentence.end:
            continue
        if lead is None or lead.start >= sentence.start:
            continue
        intrinsic = opener.group("before") is None  # "Hồi tháng 5", "Năm ngoái": always earlier
        if _earlier(cand.date, lead, intrinsic):
            out[i] = cand.but(form="referenced")
    return out


def _lead_date(view: ArticleView) -> DateRef | None:
    """The first date of the lead paragraph: the news's day."""
    first = view.sentences[0]
    block_end = max(s.end for s in view.sentences if s.block == first.block)
    return next(iter(view.dates_in(first.start, block_end)), None)


def date_parts(value: str) -> tuple[str, str, str]:
    """(year, month, day) of an ISO value, "" where it has none ("--11-15", "2024-05")."""
    value = value.split("/")[0].split("T")[0]
    if value.startswith("--"):
        month, _, day = value[2:].partition("-")
        return "", month, day
    year, _, rest = value.partition("-")
    month, _, day = rest.partition("-")
    return year, month, day


def _earlier(own: DateRef, lead: DateRef, intrinsic: bool) -> bool:
    """Whether ``own`` lies before ``lead`` on the parts both give; when they share none to
    tell, only a phrase that is earlier by itself ("Hồi tháng 5", "Năm ngoái") says so."""
    if not own.value or not lead.value:
        return False
    a, b = date_parts(own.value), date_parts(lead.value)
    if a[0] and b[0] and a[0] != b[0]:
        return a[0] < b[0]
    if a[1] and b[1]:
        if a[1] != b[1]:
            return a[1] < b[1]
        if a[2] and b[2]:
            return a[2] < b[2]
        return False
    return intrinsic
