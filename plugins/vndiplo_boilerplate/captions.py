"""Caption forms beyond the photo credit (see :func:`rules.photo_caption_rule`).

Each function reads one line on its own: a short scene sentence credited to a source
("... hội đàm. (Nguồn: TTXVN)"), a photo table's cell ("| Quang cảnh hội đàm. |") and a
gallery's alt text glued to the caption ("Lễ đón Đoàn X -2Chủ tịch Y đón ..."), and a
scene that places its people in the photo ("Bộ trưởng X (phải) tiếp Đại sứ Y").
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate import rules

__all__ = ["caption_form", "lead_before_caption", "may_be_caption_form"]

#: A lead glued before a photo's caption on one line is a paragraph of its own, this long at
#: least; a caption's own first sentence (the scene before "Quang cảnh buổi tiếp.") is shorter.
GLUED_LEAD_MIN_WORDS: Final = 20
# "Ảnh: Đức Tám", "Photo: Reuters": where the credit of a caption starts.
_CREDIT_CUE: Final = re.compile(r"(?:^|[\s(\[\-–—|.,])(?:ảnh|photo)\s*:")

#: A credited caption is one short sentence; a paragraph may end with its source as well.
CREDITED_CAPTION_MAX_WORDS: Final = 30
#: A photo table's cell holds a caption, never a paragraph of its own.
TABLE_CELL_MAX_WORDS: Final = 60

# "... cái bắt tay lịch sử. (Nguồn: Getty Images)": a sentence, then its source in brackets.
_SOURCE_AFTER_SENTENCE: Final = re.compile(r"[.!?…]\s*\(\s*nguồn\s*:[^()]{1,40}\)\s*\.?$")
# "... Phomvihane -2Chủ tịch ...", "... Mozambique ảnh 1Phó Thủ tướng ...": a photo's number
# glued to the next photo's caption (the letter after the number is a capital). Found with
# plain substring searches: a regex over every line costs more than the rest of the rule.
_GLUED_CUES: Final = (" -", " ảnh ", " hình ", " hinh ")
#: A caption placing its people is a sentence or two; prose does not say where people stand.
POSITIONED_CAPTION_MAX_WORDS: Final = 45
# "X (phải)", "Y (bên trái)", "Z (giữa)", "W (thứ hai từ trái sang)", "V (ngoài cùng bên phải)":
# where a person stands in the photo, right after the name (a capitalised word).
_POSITION_CUES: Final = ("phải)", "trái)", "giữa)", "sang)")
_POSITION_NOTE: Final = re.compile(
    r"(?P<name>[^\s()]+)\s*\(\s*(?:ngoài\s+cùng\s+)?(?:bên\s+)?(?:thứ\s+\S+\s+từ\s+)?"
    r"(?:phải|trái|giữa)(?:\s+sang)?\s*\)"
)


def may_be_caption_form(text: str, lowered: str) -> bool:
    """What :func:`caption_form` needs, in plain substring tests (most lines fail them)."""
    return (
        text.endswith((")", "|"))
        or " -" in text
        or " ảnh " in lowered
        or " hình " in lowered
        or " hinh " in lowered
        or ("(" in text and any(map(lowered.__contains__, _POSITION_CUES)))
    )


def caption_form(text: str, lowered: str, words: int) -> str | None:
    """The caption rule this line matches ("source_caption", "table_cell",
    "glued_photo_number", "position_note"), or None."""
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
    if words <= TABLE_CELL_MAX_WORDS and _glued_number(text, lowered):
        return "glued_photo_number"
    if words <= POSITIONED_CAPTION_MAX_WORDS and _places_people(text):
        return "position_note"
    return None


def _glued_number(text: str, lowered: str) -> bool:
    """A cue, one or two digits, then a capital letter with no space: "... -2Chủ tịch"."""
    size = len(text)
    if len(lowered) != size:
        lowered = text  # lower-casing changed the length: search the text as written
    for cue in _GLUED_CUES:
        pos = lowered.find(cue)
        while pos != -1:
            start = end = pos + len(cue)
            while end < size and end - start < 2 and text[end].isdigit():
                end += 1
            if start < end < size and text[end].isupper():
                return True
            pos = lowered.find(cue, pos + 1)
    return False


def _places_people(text: str) -> bool:
    """A position note right after a name: "Koizumi (phải)", not "hai bên (phải)"."""
    return any(found.group("name")[:1].isupper() for found in _POSITION_NOTE.finditer(text))


def lead_before_caption(text: str, lowered: str, page_lowered: str) -> bool:
    """A credited caption line whose text before the caption sentence is a paragraph of its own
    ("Chiều 3/4, tại X, A đã hội đàm với B. A (trái) và B. Ảnh: Y |"): the lead and the caption
    printed on one line. The line is the article's lead; a caption's first sentence is short, and
    one that restates the body is printed there again (so it must occur only once on the page).
    """
    credit = _CREDIT_CUE.search(lowered)
    if credit is None:
        return False
    before = text[: credit.start()].rstrip()
    cut = before.rfind(". ", 0, len(before) - 1)
    if cut < 0:
        return False  # one sentence, then its credit: a caption
    lead = before[: cut + 1]
    words = len(lead.split())
    return (
        words >= GLUED_LEAD_MIN_WORDS
        and rules.is_strong(lead, words)
        and page_lowered.count(lowered[: cut + 1]) == 1
    )
