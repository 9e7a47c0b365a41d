"""Sentences told as what came before the news: "Trước đó, ...", "Một ngày trước đó, ...".

Shared by the main-event choice (sidelines.py: such an event is background) and the main date
(main_date.py: a day written in such a sentence dates an earlier act, never the main event).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["BEFORE", "opens_before"]

#: "Trước đó,", "Trước đó một ngày,", "Một ngày trước đó,", "Hôm trước,": what follows happened
#: before the article's event
BEFORE: Final = re.compile(
    r"[\W_]*(?:(?:một|hai|ba|vài|mấy)\s+(?:ngày|hôm|tuần)\s+trước\s+đó"
    r"|(?:ngày\s+)?hôm\s+trước|trước\s+đó(?:\s+\w+){0,3})\s*,"
)


def opens_before(lower: str, start: int, end: int) -> bool:
    """Whether the lower-cased text from ``start`` (a sentence start) opens with "Trước đó,"
    or the like before ``end``."""
    return BEFORE.match(lower, start, end) is not None
