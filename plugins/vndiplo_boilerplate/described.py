"""A page's description printed twice, around the headline and its stamp.

Crawled pages often open with the description meta (a one-sentence summary), then the
headline and the stamp line ("Theo TTXVN | 13/12/2021, 08:55"), then the same summary again as
the sapo, and only then the lead. Neither copy is body: the summary restates the lead, and its
act (undated, with fewer sides) would otherwise be read before the lead's. The shape, not the
words, tells it: the same paragraph twice, the page's stamp or credit between the copies, and
below the second copy a longer paragraph that says most of it again. A lead printed twice
around a photo has no stamp between its copies; a lead printed twice around a credit has no
third paragraph restating it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from vndiplo_boilerplate.lines import Label, Line
from vndiplo_boilerplate.restated import restated_share

__all__ = ["described_twice"]

#: Lines between the two copies: the headline, a stamp, a credit, a share bar.
TWIN_WINDOW: Final = 6
#: Share of the summary's words that the lead below the second copy says again, in order.
RESTATED_SHARE: Final = 0.5
#: Kinds of line that stand between a description and its sapo copy: the page's own chrome.
_STAMP_KINDS: Final = frozenset({"dateline", "byline"})


def described_twice(
    lines: Sequence[Line],
    i: int,
    ready: Callable[[int], None],
    content_label: Callable[[int], Label | None],
) -> int | None:
    """The index of the second copy when paragraph ``i`` is a description printed twice
    around the stamp (see the module doc), else None. Lines up to ``i`` are prepared."""
    line = lines[i]
    end = min(len(lines), i + TWIN_WINDOW + 2)
    text = line.text
    if not any(lines[j].text == text for j in range(i + 1, end)):
        return None  # cheap first, on the raw lines: no copy below, nothing to prepare
    ready(end + 3)  # the lead below the last copy is read too
    stamped = False
    for j in range(i + 1, end):
        other = lines[j]
        if other.text == text:
            return j if stamped and _restated_below(lines, j, line) else None
        label = content_label(j)
        stamped = stamped or (label is not None and label.kind in _STAMP_KINDS)
        if other.strong and label is None:
            return None  # a paragraph between the copies: the article has started
    return None


def _restated_below(lines: Sequence[Line], j: int, summary: Line) -> bool:
    """The next paragraph after the second copy is longer and says the summary again."""
    for k in range(j + 1, min(len(lines), j + 3)):
        lead = lines[k]
        if lead.strong:
            return (
                lead.words > summary.words
                and restated_share(summary.text, lead.text, RESTATED_SHARE) >= RESTATED_SHARE
            )
    return False
