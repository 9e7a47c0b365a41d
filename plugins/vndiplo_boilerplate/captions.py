"""Caption forms beyond the photo credit (see :func:`rules.photo_caption_rule`).

Each function reads one line on its own: a short scene sentence credited to a source
("... hội đàm. (Nguồn: TTXVN)"), a photo table's cell ("| Quang cảnh hội đàm. |") and a
gallery's alt text glued to the caption ("Lễ đón Đoàn X -2Chủ tịch Y đón ..."), and a
scene that places its people in the photo ("Bộ trưởng X (phải) tiếp Đại sứ Y").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.photo_credits import credit_line, trailing_credit

__all__ = [
    "caption_form",
    "credited_caption",
    "lead_before_caption",
    "may_be_caption_form",
]

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
        or " photo " in lowered
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
    if words <= NUMBERED_PHOTO_MAX_WORDS and _headline_then_photo(text, lowered):
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


#: A headline, a photo's number and its caption on one line: a headline's and a caption's words.
NUMBERED_PHOTO_MAX_WORDS: Final = 100
#: The headline before the number is a few words at least; a shorter text is a label.
NUMBERED_HEADLINE_MIN_WORDS: Final = 3
# "<headline> - ảnh 1 <caption>", "<headline> hình 2 <caption>": the photo's number between
# the page's headline (its alt text) and the caption, set off by spaces.
_SPACED_NUMBER: Final = re.compile(r"\s[-–—]?\s*(?:ảnh|hình|hinh|photo)\s+\d{1,2}\s+(?=\S)")


def _headline_then_photo(text: str, lowered: str) -> bool:
    """A headline-like text (capitalised, no sentence ended inside it), a photo's number,
    then a capitalised caption: "Thủ tướng tiếp Đại sứ X - ảnh 1 Thủ tướng bắt tay ..."."""
    if len(lowered) != len(text) or not any(map(lowered.__contains__, _NUMBER_CUES)):
        return False
    found = _SPACED_NUMBER.search(lowered)
    if found is None or not text[found.end()].isupper():
        return False
    head = text[: found.start()].rstrip()
    return (
        len(head.split()) >= NUMBERED_HEADLINE_MIN_WORDS
        and head[:1].isupper()
        and not rules.ends_sentence(head)
        and not any(mark in head for mark in (". ", "? ", "! "))
    )


_NUMBER_CUES: Final = (" ảnh ", " hình ", " hinh ", " photo ")


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
    return credit is not None and _lead_before(text, lowered, page_lowered, credit.start())


def _ends_in_initial(text: str) -> bool:
    """``text`` ends with a name's initials and their full stop: "F.", "M.M.", "J.R."."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    parts = last[:-1].split(".")
    return all(len(part) == 1 and part.isupper() for part in parts)


def _lead_before(text: str, lowered: str, page_lowered: str, credit: int) -> bool:
    """The text before the credit at ``credit`` holds a lead paragraph, then a caption."""
    before = text[:credit].rstrip()
    cut = before.rfind(". ", 0, len(before) - 1)
    while cut >= 0 and _ends_in_initial(before[: cut + 1]):
        # "ông Jibril M.M. Alrajoub", "John F. Kerr": a name's initials end no sentence.
        cut = before.rfind(". ", 0, cut)
    if cut < 0:
        return False  # one sentence, then its credit: a caption
    lead = before[: cut + 1]
    words = len(lead.split())
    return (
        words >= GLUED_LEAD_MIN_WORDS
        and rules.is_strong(lead, words)
        and page_lowered.count(lowered[: cut + 1]) == 1
    )


#: "Nguồn: X" closes a short caption; a paragraph may end with its source as well.
SOURCE_CAPTION_MAX_WORDS: Final = 20


def credited_caption(
    text: str, lowered: str, words: int, page_lowered: Callable[[], str]
) -> str | None:
    """ "credited_caption" for a caption closed by a photo's credit in any shape ("... đón.
    Ảnh Thống Nhất", "... (Nguồn TTXVN)", "... AFP photo", see :mod:`.photo_credits`), or
    "credit_line" for the credit alone on its line; None for anything else, and for a lead
    paragraph with a caption glued after it (see :func:`lead_before_caption`)."""
    if words > rules.CAPTION_MAX_WORDS:
        return None
    credit = trailing_credit(text, lowered)
    if credit is None:
        return None
    if credit <= 1:  # nothing before it but a bracket: the credit alone
        return "credit_line" if credit_line(text, lowered, words) else None
    if lowered.startswith("nguồn", credit + (text[credit] in "([")) and (
        words > SOURCE_CAPTION_MAX_WORDS
    ):
        return None
    if _lead_before(text, lowered, page_lowered(), credit):
        return None
    return "credited_caption"
