"""A headline closed by a full stop ("Lãnh đạo tỉnh tiếp Tổng Lãnh sự X.").

Some outlets end their headline with a full stop, so it reads as a one-sentence sapo or a
photo's caption and the page loses its title. Where it stands tells it apart: it is the page's
first sentence with no headline above it, one sentence of a headline's length, and what comes
right below it opens the article the way only a headline is followed: the page's stamp
("Thứ sáu - 01/12/2023 09:12"), or a lead that opens with the outlet's credit ("VOV.VN - ...")
or with its date and names the headline's people. A caption is followed by its photo credit,
a summary by a lead that tells it again from its occasion ("Nhân dịp ..."): neither is taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.leads import opens_with_frame
from vndiplo_boilerplate.lines import Line

__all__ = ["is_stopped_headline"]

#: A headline is one sentence of at most this many words; a longer line is a sapo.
STOPPED_MAX_WORDS: Final = 40
#: Names (capitalised words) the headline shares with a dated lead below it.
MIN_SHARED_NAMES: Final = 2
_CLOSERS: Final = " \"'”’»)]"


def _one_sentence(text: str) -> bool:
    core = text.rstrip(_CLOSERS)
    if not core.endswith(".") or core.endswith(("..", "./.")):
        return False
    return ". " not in core and "? " not in core and "! " not in core


def is_stopped_headline(lines: Sequence[Line], i: int, *, summary: bool = False) -> bool:
    """Line ``i``, the first strong line of the page, is its headline closed by a full stop
    (``lines[i + 1]`` must be prepared). A dated lead below that names its people makes it
    the headline only when it was read as a ``summary`` of that lead already (a sapo with no
    headline above it): a headless page's own first sentence above a second dated paragraph
    stays the lead, and a caption on top stays a caption."""
    line = lines[i]
    if line.words > STOPPED_MAX_WORDS or not _one_sentence(line.text):
        return False
    if not (line.text[:1].isupper() or line.text[:1].isdigit()):
        return False
    lowered = line.lowered
    if rules.opens_with_date(lowered) or rules.lead_credit(line.text) is not None:
        return False  # the lead itself
    if opens_with_frame(lowered) or rules.opens_with_invitation(lowered):
        return False  # "Nhận lời mời của ...", "Tại ...": a lead's frame, never a headline
    if i + 1 >= len(lines) or any(lines[j].headline or lines[j].strong for j in range(i)):
        return False  # a page has one headline: this is a sapo or caption below it
    below = lines[i + 1]
    if rules.is_dateline(below.lowered, below.words):
        return True  # the page's stamp, under its headline
    if not below.strong:
        return False
    credit = rules.lead_credit(below.text)
    if credit is not None and credit[0] > 0:
        return True  # "VOV.VN - ...": the outlet's credit opens the article below its headline
    return (
        summary
        and rules.opens_with_date(below.lowered)
        and rules.shared_names(line.text, below.text) >= MIN_SHARED_NAMES
    )
