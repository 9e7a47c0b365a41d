"""A commentator's "now": "Nay ông X viếng thăm A trong khi ông Y thăm B" sums up what is going
on to argue about it; with no day written, it reports no event of the page, it refers to one
(T12). A news report says when ("Hôm nay", "Sáng 5/6"), so a dated sentence stays reported.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.sentences import Sentence
from vndiplo_events.view import ArticleView

__all__ = ["commentary_now"]

#: the sentence opens on a bare "now" ("Hôm nay" is a news day, not this)
_NOW: Final = re.compile(r"[\W_]*(?:nay|giờ\s+đây|bây\s+giờ)(?!\w)")


def commentary_now(view: ArticleView, sentence: Sentence) -> bool:
    """The sentence opens on "Nay"/"Giờ đây"/"Bây giờ" and writes no date."""
    return _NOW.match(view.lower, sentence.start, sentence.end) is not None and not view.dates_in(
        sentence.start, sentence.end
    )
