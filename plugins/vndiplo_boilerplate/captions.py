"""Caption forms beyond the photo credit (see :func:`rules.photo_caption_rule`).

Each function reads one line on its own: a short scene sentence credited to a source
("... hội đàm. (Nguồn: TTXVN)"), a photo table's cell ("| Quang cảnh hội đàm. |") and a
gallery's alt text glued to the caption ("Lễ đón Đoàn X -2Chủ tịch Y đón ...").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["caption_form"]

#: A credited caption is one short sentence; a paragraph may end with its source as well.
CREDITED_CAPTION_MAX_WORDS: Final = 30
#: A photo table's cell holds a caption, never a paragraph of its own.
TABLE_CELL_MAX_WORDS: Final = 60

# "... cái bắt tay lịch sử. (Nguồn: Getty Images)": a sentence, then its source in brackets.
_SOURCE_AFTER_SENTENCE: Final = re.compile(r"[.!?…]\s*\(\s*nguồn\s*:[^()]{1,40}\)\s*\.?$")
# "... Phomvihane -2Chủ tịch ...", "... Mozambique ảnh 1Phó Thủ tướng ...": a photo's number
# glued to the next photo's caption (the letter after the number is a capital).
_GLUED_NUMBER: Final = re.compile(
    r"\s(?:-|(?:ảnh|hình|hinh|photo)\s?)\d{1,2}([^\W\d_])", re.IGNORECASE
)


def caption_form(text: str, lowered: str, words: int) -> str | None:
    """The caption rule this line matches ("source_caption", "table_cell",
    "glued_photo_number"), or None."""
    if (
        words <= CREDITED_CAPTION_MAX_WORDS
        and lowered.endswith(")")
        and "nguồn" in lowered
        and _SOURCE_AFTER_SENTENCE.search(lowered) is not None
    ):
        return "source_caption"
    if (
        words <= TABLE_CELL_MAX_WORDS
        and len(text) > 2
        and text.startswith("|")
        and text.endswith("|")
        and any(ch.isalpha() for ch in text)
    ):
        return "table_cell"
    if words <= TABLE_CELL_MAX_WORDS:
        found = _GLUED_NUMBER.search(text)
        if found is not None and found.group(1).isupper():
            return "glued_photo_number"
    return None
