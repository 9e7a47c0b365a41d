"""Photo descriptions versus narration: a short line that pictures a scene ("Quang cảnh cuộc
gặp."), perhaps closing on the photo's day, rather than reports what was said or done."""

from __future__ import annotations

import re
from typing import Final

from vndiplo.letters import FIRST_PERSON

__all__ = [
    "CLOSING_DAY",
    "CLOSING_DAY_EXTRA_WORDS",
    "DESCRIPTION_MAX_WORDS",
    "closing_day",
    "description_word_limit",
    "ends_on_year",
    "is_photo_description",
    "narrates",
    "tells_the_story",
]

#: A line opening on who attended or received, then "có" and the list ("Cùng dự buổi tiếp có
#: X", "Tiếp đoàn có Y, Phó Chủ tịch UBND tỉnh", "Đón đoàn có Z"): told, never pictured.
_ATTENDANCE: Final = (
    r"^(?:cùng )?(?:tham dự|dự|tham gia|tháp tùng|đi cùng|có mặt|tiếp|đón tiếp|đón"
    r"|làm việc với)\b[^.]{0,60}?\bcó\b"
)
# Words that mark narration, not a photo: reporting verbs, connectives, time anchors.
_NARRATION: Final = re.compile(
    r"\b(?:khẳng định|đề nghị|cho biết|nhấn mạnh|bày tỏ|cảm ơn|đánh giá|nhất trí|chúc mừng"
    r"|mong muốn|tin tưởng|hoan nghênh|thông báo|tuyên bố|cho rằng|kêu gọi|đồng ý|cam kết"
    r"|cũng|đồng thời|tuy nhiên|trong khi|ngoài ra|bên cạnh|sau đó|trước đó|dự kiến|sẽ|đã"
    r"|theo|nhưng|vì|nên|nếu|được biết|hiện nay|sáng|trưa|chiều|tối|hôm|tuần|tháng|năm"
    r"|cùng ngày|cùng dịp"
    # "Đoàn do X làm Trưởng đoàn.": who led the delegation is told, a caption pictures it.
    r"|làm trưởng đoàn|dẫn đầu"
    # "Buổi tiếp diễn ra tại X ...": where the act took place is told, a caption pictures it
    r"|diễn ra tại|được tổ chức tại"
    # An agreement or a purpose is told, not pictured: "Hai bên thống nhất ... để ...".
    r"|thống nhất|để|nhằm"
    # A letter's closing wish speaks as "tôi" to "Ngài" ("Tôi chúc Ngài ...", "Xin gửi tới
    # đồng chí ..."): a caption never speaks in the first person.
    rf"|{FIRST_PERSON}|chúng ta)\b"
    r"|\d{1,2}/\d{1,2}"
    # "Ngày 14-2, X gặp mặt Y.": the act's own day written with a dash or a dot is the same
    # time anchor as "14/2" (a caption's closing day is cut off before this test).
    r"|ngày\s+\d{1,2}\s?[.\-]\s?\d{1,2}(?!\d)"
    # "Cùng tham dự buổi tiếp có X.", "Tiếp đoàn có Y.": who attended or received, told as a fact
    rf"|{_ATTENDANCE}"
)
#: Photo descriptions are short: "Quang cảnh cuộc gặp.", "Bộ trưởng X với Đại sứ Y."
DESCRIPTION_MAX_WORDS: Final = 20


#: A caption may close on the day its photo was taken ("X và Y tại Z, 13/1/2031.", "Quang cảnh
#: phiên họp, ngày 5-3-2030."): a news sentence gives its day up front, not after a comma at
#: its end. Such a caption names who and where at more length.
CLOSING_DAY: Final = re.compile(
    r",\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}\s*\.?$", re.IGNORECASE
)
CLOSING_DAY_EXTRA_WORDS: Final = 10
_DAY_END: Final = frozenset("0123456789.")
#: The scene before a closing day names more than a place ("Hà Nội, ngày 5/3/2031." is a
#: letter's date line).
_SCENE_MIN_WORDS: Final = 5


def ends_on_year(text: str) -> bool:
    """Does ``text`` end as ``CLOSING_DAY`` does, on four digits, white space and at most a
    full stop? A plain test before the pattern, which looks for its comma all along the line;
    most lines end on a word and a full stop."""
    if text.endswith("\n"):
        return True  # ("$" matches before a last newline: the pattern decides)
    head = (text[:-1] if text.endswith(".") else text).rstrip()
    return len(head) >= 4 and head[-4:].isdecimal()


def closing_day(text: str) -> re.Match[str] | None:
    """The day a photo caption closes on, after a scene of a few words (see CLOSING_DAY)."""
    if text.rstrip()[-1:] not in _DAY_END or not ends_on_year(text):
        return None  # the pattern ends on the year's digit or a stop: most lines do not
    found = CLOSING_DAY.search(text)
    if found is None or len(text[: found.start()].split()) < _SCENE_MIN_WORDS:
        return None
    return found


def narrates(lowered: str) -> bool:
    """The (lower-cased) words report rather than describe a picture: a verb of saying, a
    connective, a past marker with an act ("đã ký"), a time anchor."""
    return _NARRATION.search(lowered) is not None


def description_word_limit(text: str) -> int:
    """How many words a photo description may have: more when it closes on its day."""
    extra = CLOSING_DAY_EXTRA_WORDS if closing_day(text) is not None else 0
    return DESCRIPTION_MAX_WORDS + extra


def is_photo_description(text: str, lowered: str, words: int) -> bool:
    """A short one-sentence line ending in "." that describes a scene rather than narrates.

    Body sentences report (a verb of saying, a connective, a time anchor); captions name who
    is in the picture and where, sometimes closing on the photo's day ("..., ngày 5/3/2031."),
    which is no time anchor of a narration. Only applied inside the article, after a paragraph.
    """
    if not text.endswith(".") or not 2 <= words <= DESCRIPTION_MAX_WORDS + CLOSING_DAY_EXTRA_WORDS:
        return False  # (a paragraph is longer than any limit below: no closing day looked for)
    day = closing_day(lowered)
    limit = DESCRIPTION_MAX_WORDS + (CLOSING_DAY_EXTRA_WORDS if day is not None else 0)
    if not 2 <= words <= limit:
        return False
    if text.count(". ") or text.endswith(("...", "./.")):
        return False  # "./." closes a news agency's article: its last sentence, no caption
    scene = lowered[: day.start()] if day is not None else lowered
    return not narrates(scene)


# What a caption under a photo's number never does: report speech or an agreement ("cho biết",
# "nhất trí"), say who attended or led ("Cùng dự ... có", "... làm Trưởng đoàn"), or carry
# the story on from a connective ("Bên cạnh đó, ...", "Theo ...", "Phát biểu tại ...").
_TOLD: Final = re.compile(
    r"\b(?:khẳng định|đề nghị|cho biết|nhấn mạnh|bày tỏ|cảm ơn|đánh giá|nhất trí|thống nhất"
    r"|mong muốn|tin tưởng|hoan nghênh|thông báo|tuyên bố|cho rằng|kêu gọi|đồng ý|cam kết"
    r"|làm trưởng đoàn|dẫn đầu)\b"
    rf"|{_ATTENDANCE}"
    r"|^(?:tuy nhiên|ngoài ra|bên cạnh đó|theo|trong khi|sau đó|trước đó|cùng ngày|tại buổi"
    r"|phát biểu|trao đổi|trả lời|nhân dịp|đáp lại)\b"
)
# A sentence's end inside the line, before the next one's capital or quotation mark.
_INNER_STOP: Final = re.compile(r"[.!?…][\"”’]?\s+[\"“‘(]?[^\W\d_]")
_QUOTES: Final = ("“", "”", '"')


def tells_the_story(text: str, lowered: str) -> bool:
    """The line is a paragraph of the article, not a photo's caption: several sentences,
    a quotation, or a sentence that reports, says who attended or led, or opens on a
    connective (see ``_TOLD``). A caption names who is pictured, in one sentence."""
    if any(mark in text for mark in _QUOTES):
        return True
    inner = _INNER_STOP.search(text)
    if (
        inner is not None
        and text[inner.end() - 1].isupper()
        and len(text.split()) > (DESCRIPTION_MAX_WORDS)
    ):
        return True  # a gallery's caption may add a short second sentence, no more
    return _TOLD.search(lowered) is not None
