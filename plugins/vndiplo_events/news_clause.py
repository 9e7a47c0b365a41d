"""The opening "Được tin ..." clause of a message: the news it answers, not the message.

"Được tin trận lũ ngày 5/8 tại tỉnh X, A gửi điện thăm hỏi B": the day and the place belong to
the disaster; the message has neither written (a day right after "Được tin" is the day the
news came, and the message's). The clause opens the sentence (maybe after a
short fronted phrase: "Trước đó, ", "Ngày 8/8, ") and runs until someone is named. Shared by
the places (locations.py) and the dates (event_dates.py, main_date.py) of an event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from vndiplo_events.sentences import Sentence
from vndiplo_events.view import ArticleView

__all__ = ["answers_news", "dates_the_news", "in_news_clause", "news_date_at"]

#: "Được tin", "nhận được tin", "nghe tin", "Trước tin", "được thông tin", "Sau khi được tin",
#: "Khi hay tin", "Ngay khi biết tin"
_NEWS_OPENING: Final = re.compile(
    r"[\W\d]*(?:(?:ngay\s+)?(?:sau\s+khi|khi)\s+)?"
    r"(?:được|nhận\s+được|nghe|trước|hay|biết)\s+(?:thông\s+)?tin(?!\w)",
    re.IGNORECASE,
)
#: a short fronted phrase before the news opening
_OPENING_PHRASE: Final = re.compile(r"[^,;:]{0,40}")


def in_news_clause(view: ArticleView, sentence: Sentence, pos: int) -> bool:
    """``pos`` lies in the sentence's opening "Được tin ..." clause, before anyone is named."""
    return _news_opening_end(view, sentence, pos) is not None


def _news_opening_end(view: ArticleView, sentence: Sentence, pos: int) -> int | None:
    """Where the "được tin" before ``pos`` ends, when ``pos`` lies in the news clause."""
    low = view.lower
    opening = _NEWS_OPENING.match(low, sentence.start, pos)
    if opening is None:
        # a short fronted phrase first ("Trước đó, ", "Cùng ngày, "): the news opens after it
        fronted = _OPENING_PHRASE.match(low, sentence.start, pos)
        if fronted is not None and fronted.end() < pos:
            opening = _NEWS_OPENING.match(low, fronted.end(), pos)
    if opening is None or view.mentions_in(sentence.start, pos):
        return None
    return opening.end()


def dates_the_news(view: ArticleView, sentence: Sentence, pos: int) -> bool:
    """The date at ``pos`` tells when the news happened ("Được tin vụ cháy xảy ra ngày 5/8",
    "nhận được tin cơn bão hôm 2/10"): written after what the news is about, inside the
    clause. A date right after "được tin" ("Được tin ngày 11/3, ...": the day the news came)
    or opening a part of its own after a comma (", ngày 31/5, Chủ tịch ...": the main
    clause's) is not the news's."""
    opened = _news_opening_end(view, sentence, pos)
    if opened is None:
        return False
    before = view.lower[opened:pos].rstrip()
    return bool(before) and not before.endswith(",")


def news_date_at(view: ArticleView, pos: int) -> bool:
    """:func:`dates_the_news` for the body sentence that holds ``pos``, if any."""
    i = bisect_right(view.sentence_starts, pos) - 1
    if i < 0 or pos >= view.sentences[i].end:
        return False
    return dates_the_news(view, view.sentences[i], pos)


def answers_news(view: ArticleView, sentence: Sentence) -> bool:
    """The sentence opens with a news clause before anyone is named ("Sau khi được tin bão gây
    thiệt hại ..., A gửi điện thăm hỏi B"): its act answers news the page may tell elsewhere,
    and a day told there (the storm's landfall) is the news's, not the act's."""
    mentions = view.mentions_in(sentence.start, sentence.end)
    first = mentions[0].start if mentions else sentence.end
    return _news_opening_end(view, sentence, first) is not None
