"""The headline of a page that lost its own: the photo caption printed above the body.

Agency pages copied without their title open with the lead photo's caption, "A tiếp B. Ảnh:
X", and the body goes straight on with what was said ("Đại sứ B chuyển lời ..."): the caption
is then the only line that states the event and its two sides, as a headline would. It stands
in for the headline only where the body reports no event of its own (a caption's wording is
looser than a headline's: "tiếp đón" over a body's "gặp gỡ", so it never outranks the body),
only when the page has no headline, and only when the caption comes before every body block;
its credit ("Ảnh: X", "(Nguồn: Y)") is cut, so the photographer is never read as a side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Document
from vndiplo.stated_line import lead_caption_block
from vndiplo_events.candidate import Candidate
from vndiplo_events.headline_event import headline_main
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["caption_act_over_embedded", "lead_caption"]

# the credit and what follows it: "Ảnh: X", "(Ảnh: X)", "- Ảnh: X", "Nguồn: X", "Photo: X"
_CREDIT: Final = re.compile(
    r"[\s(\[\-–—|.,]*(?<!\w)(?:ảnh|nguồn ảnh|nguồn|photo)\s*:.*$", re.IGNORECASE | re.DOTALL
)


def lead_caption(document: Document) -> str | None:
    """The caption standing before the body of a page with no headline, its credit cut."""
    block = lead_caption_block(document)
    if block is None:
        return None
    caption = _CREDIT.sub("", document.text[block.start : block.end]).strip()
    return caption or None


def caption_act_over_embedded(
    view: ArticleView, caption: str, hits: Sequence[TriggerHit], candidates: Sequence[Candidate]
) -> Candidate | None:
    """The lead caption's event ("A tiếp B. Ảnh: X"), keyed after ``candidates``, when the
    body names it only by a back-reference ("Cùng dự buổi tiếp có ...") and its one event with
    people is embedded ("Chào mừng B sang thăm Việt Nam, A ..."): the visit is why the guest
    is there, the caption says what happened. None otherwise."""
    if not caption:
        return None
    act = headline_main(view, caption, hits, candidates)
    if act is None or not any(_retells(c, act) for c in candidates):
        return None
    return act


def _retells(cand: Candidate, act: Candidate) -> bool:
    """``cand`` is the body's word for the caption's ``act``: a back-reference of its type
    ("Cùng dự buổi tiếp"), or the act embedded under the guest's thanks ("B cảm ơn A đã dành
    thời gian tiếp") with a side of the caption's."""
    if cand.type != act.type:
        return False
    if cand.form == "backref":
        return True
    names = {p.name for p in act.participants}
    return cand.embedded and any(p.name in names for p in cand.participants)
