"""Headlines that look like prose: a question, or thirty words and more with no full stop.

:func:`rules.is_headline_like` takes a headline to be short and unpunctuated, so a long title
("... và thăm hữu nghị chính thức Cộng hòa X") or one that asks a question ("... sẽ thăm Y vào
tháng tới?") reads as the lead. What still tells it apart is where it stands: it is the page's
first paragraph, no shorter headline stands above it, it opens with no date or outlet credit
(as leads do), it ends in no full stop, and page chrome (a timestamp, a photo, a widget) comes
between it and the next paragraph, while a lead is followed by the article's next paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Line

__all__ = ["LOOKAHEAD", "is_prose_like_headline"]

#: Lines of chrome allowed between such a headline and the lead below it.
LOOKAHEAD: Final = 5
#: Longer lines are paragraphs even with no full stop.
_MAX_WORDS: Final = 60
_CLOSERS: Final = " \"'”’»)]"


def is_prose_like_headline(lines: Sequence[Line], i: int) -> bool:
    """Line ``i``, the first strong line, is the page's headline (lines up to
    ``i + LOOKAHEAD + 1`` must be prepared)."""
    line = lines[i]
    core = line.text.rstrip(_CLOSERS)
    if not core or core[-1] in ".…:;," or line.words > _MAX_WORDS:
        return False
    # Cheapest first: most leads run straight on into the article's next paragraph.
    if i + 1 >= len(lines) or lines[i + 1].strong:
        return False
    if any(lines[j].headline for j in range(i)):
        return False  # a page has one headline: this is the lead below it
    if rules.opens_with_date(line.lowered) or rules.lead_credit(line.text) is not None:
        return False
    end = min(len(lines), i + 2 + LOOKAHEAD)
    return any(lines[k].strong for k in range(i + 2, end))
