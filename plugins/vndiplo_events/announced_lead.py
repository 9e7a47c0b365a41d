"""A page that opens announcing an act: the announcement is the news, what came before it is
background.

"Theo thông tin từ Bộ Ngoại giao, A sẽ thăm B ngày 5-2." opens an announcement page; a photo
caption under it ("A và C hội đàm ngày 26-1"), a recalled return visit ("Trước đó, C đã thăm
... từ ngày 26 đến 27-1") or any act the page dates before the announced one is context for
it: referred to, never the page's event (README: a planned main event; dev gold lists every
act dated before an announced main as referenced, AJ10, AK01, AL04). The announced act leads
a page without a headline, over an act the body tells with no date of
its own ("Lào là nước đầu tiên A đến thăm ...") and over the background itself when the body
reports nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence

from vndiplo_events.candidate import Candidate
from vndiplo_events.earlier_acts import date_parts

__all__ = ["announced_lead", "main_over_undated", "settle_announced_background"]


def announced_lead(candidates: Sequence[Candidate]) -> Candidate | None:
    """The body's first event when the lead sentence announces it, dated, with its people,
    and tells no act besides (news "đưa ra trong buổi tiếp ... ngày 25/4": that act's page)."""
    first = next((c for c in candidates if c.form != "backref"), None)
    if first is not None and any(
        c.sentence_index == first.sentence_index and c is not first and not c.planned
        for c in candidates
    ):
        return None
    if (
        first is None
        or first.sentence_index != 0
        or not first.planned
        or first.frame is not None
        or not first.participants
        or first.iso_date is None
    ):
        return None
    return first


def settle_announced_background(
    candidates: Sequence[Candidate], headline_types: frozenset[str], has_headline: bool
) -> list[Candidate]:
    """``candidates`` with every reported act dated before the announced lead's referenced,
    on a page with no headline or one naming the announced act (a headline on another matter,
    "Quan hệ Việt Nam - Séc ...", points at the body's act instead)."""
    lead = announced_lead(candidates)
    if lead is None or lead.iso_date is None:
        return list(candidates)
    if has_headline and lead.type not in headline_types:
        return list(candidates)
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.form == "reported" and _before(cand.iso_date, lead.iso_date):
            out[i] = cand.but(form="referenced")
    return out


def main_over_undated(main: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """The announced lead over a later act with no date of its own, or one made background."""
    lead = announced_lead(candidates)
    if lead is None or main.sentence_index == lead.sentence_index:
        return main
    background = main.form == "referenced" and not main.planned
    return lead if main.iso_date is None or background else main


def _before(own: str | None, lead: str) -> bool:
    """Whether ``own`` starts before ``lead`` on the parts both give (never when unsure)."""
    if own is None:
        return False
    a, b = date_parts(own), date_parts(lead)
    if a[0] and b[0] and a[0] != b[0]:
        return a[0] < b[0]
    if not (a[1] and b[1]):
        return False
    if a[1] != b[1]:
        return a[1] < b[1]
    return bool(a[2] and b[2]) and a[2] < b[2]
