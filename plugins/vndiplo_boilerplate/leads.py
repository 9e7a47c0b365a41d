"""What a lead and a sapo look like: a lead's opening date phrase, a visit's invitation frame,
a summary's shape and the names two paragraphs share.

The classifier tells the article's first paragraph (the lead) from a summary printed above it
(the sapo) with these signals; :mod:`.rules` re-exports them beside the other line signals.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "SAPO_MAX_WORDS",
    "capitalised_words",
    "closes_with_date",
    "date_opening",
    "frame_then_date",
    "generic_subject",
    "mentions_date",
    "opens_with_date",
    "opens_with_frame",
    "opens_with_invitation",
    "points_back",
    "reports_visit",
    "same_date_opening",
    "sapo_shape",
    "shared_names",
]

_PART_OF_DAY: Final = r"(?:rạng sáng|sáng sớm|sáng|trưa|chiều tối|chiều|tối|đêm|khuya)"
_DAY_MONTH: Final = r"\(?\s*\d{1,2}\s?[/.\-]\s?\d{1,2}(?!\d)"
_CLOCK: Final = r"(?:(?:đúng|vào lúc|lúc|vào)\s+)?\d{1,2}\s?(?:h|giờ)(?:\s?\d{2}(?:\s?phút)?)?"
# A lead's date phrase: "Sáng 26/5,", "Chiều ngày 5/6/2025,", "Ngày 1.10.2024,", "Tối 4-6,",
# "Thứ Hai (24/3),", "Hôm qua (30/3),", "Sáng nay,", "Ngày 3 tháng 6 năm 2024,". Relative
# ones ("Cùng ngày") are not.
_DATE_OPENING: Final = re.compile(
    rf"(?:như (?:tin )?đã (?:đưa tin|đưa|thông tin|thông báo),\s*)?"  # "Như tin đã đưa, sáng nay"
    rf"(?:vào\s+)?(?:{_PART_OF_DAY}\s+(?:ngày\s+)?{_DAY_MONTH}"
    rf"|{_PART_OF_DAY}\s+(?:nay|qua|hôm nay|hôm qua)\b"
    rf"|ngày\s+{_DAY_MONTH}|hôm\s+(?:nay|qua)\b"
    # The month written as a word: "Ngày 31 tháng 5 năm 2024,", "Chiều ngày 2 tháng 9,".
    rf"|(?:{_PART_OF_DAY}\s+)?ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}(?!\d)"
    rf"|(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*(?:ngày\s+)?{_DAY_MONTH}"
    rf"|\d{{1,2}}/\d{{1,2}}(?!\d)"
    # A clock time before the day: "Đúng 15h ngày 23/10,", "Lúc 9 giờ 30 sáng 5/3,".
    rf"|{_CLOCK}\s+(?:{_PART_OF_DAY}\s+)?(?:ngày\s+)?{_DAY_MONTH})"
)
# Any date inside a line: a day/month ("ngày 18/2", "13.11") or "ngày 5".
_ANY_DATE: Final = re.compile(r"(?<![\d.,])\d{1,2}\s?[/.\-]\s?\d{1,2}(?![\d.,]\d)|ngày\s+\d")
# How a lead opens that a summary does not: a frame, a place, a link to an earlier line.
_LEAD_FRAME: Final = re.compile(
    r"(?:tại|trong|nhân|nhận lời|theo|cùng|trước|sau|tiếp theo|tiếp đó|ngoài ra|bên cạnh"
    r"|đồng thời|từ|vào|dự|phát biểu|thay mặt)\b"
)
#: A sapo is one to three sentences; longer first paragraphs are articles of their own.
SAPO_MAX_WORDS: Final = 80
_WORD_PUNCT: Final = ",.;:!?()[]\"'“”‘’«»"


#: How far into a framed lead (in characters) its date phrase stands ("Tại cuộc hội đàm với
#: X, ngày 20/6 tại Hà Nội, ..."; "Theo thông cáo ngày 5-9 của Bộ ...").
FRAMED_DATE_CHARS: Final = 160
# A date phrase inside a sentence: a part of the day or "ngày" before a day/month.
_NAMED_DATE: Final = re.compile(rf"\b(?:{_PART_OF_DAY}\s+(?:ngày\s+)?|ngày\s+){_DAY_MONTH}")


def frame_then_date(lowered: str) -> bool:
    """The (lower-cased) lead opens with its frame and gives its date in that first clause
    ("trong khuôn khổ ..., chiều 21/11, tại ...", "theo thông cáo ngày 5-9 của ...")."""
    return (
        _LEAD_FRAME.match(lowered) is not None
        and _PLAN_FRAME.match(lowered) is None
        and _NAMED_DATE.search(lowered, 0, FRAMED_DATE_CHARS) is not None
    )


# A programme's frame: what is planned goes on from the lead, it does not open the article
# ("Theo kế hoạch, trong ngày 28/5, X sẽ ...").
_PLAN_FRAME: Final = re.compile(
    r"(?:theo|trong)\s+(?:kế hoạch|chương trình|lịch trình|dự kiến|lịch)\b|(?:trong|từ)\s+ngày\b"
)


# A summary's subject that names nobody: the parties referred to as a pair or a group ("hai
# nước", "hai bên", "các nhà lãnh đạo"), or the event itself ("đây là chuyến thăm ...",
# "cuộc hội đàm ...").
_GENERIC_SUBJECT: Final = re.compile(
    r"(?:hai|các|cả hai)\s+(?:bên|nước|phía|quốc gia|nhà lãnh đạo|lãnh đạo|đoàn|vị|ông|bà"
    r"|đồng chí|ngoại trưởng|bộ trưởng|thủ tướng|tổng thống|chủ tịch|nguyên thủ)\b"
    r"|(?:đây|đó)\s+là\b|(?:chuyến thăm|chuyến công du|cuộc\s+(?:gặp|hội đàm|hội kiến|tiếp"
    r"|điện đàm|làm việc))\b"
)


def generic_subject(lowered: str) -> bool:
    """The (lower-cased) summary names no one: its subject is "hai nước", "đây là ...", ..."""
    return _GENERIC_SUBJECT.match(lowered) is not None


def mentions_date(lowered: str) -> bool:
    """The (lower-cased) text writes a day anywhere ("4/2", "ngày 4")."""
    return _ANY_DATE.search(lowered) is not None


def opens_with_frame(lowered: str) -> bool:
    """The (lower-cased) prose opens with a lead's frame ("tại ...", "trong khuôn khổ ...")."""
    return _LEAD_FRAME.match(lowered) is not None


def opens_with_date(lowered: str) -> bool:
    """The (lower-cased) prose opens with a date phrase, as a lead does ("sáng 26/5, ...")."""
    return _DATE_OPENING.match(lowered) is not None


def date_opening(lowered: str) -> re.Match[str] | None:
    """The date phrase a (lower-cased) lead opens with ("sáng 26/5"), if any."""
    return _DATE_OPENING.match(lowered)


# "Nhận lời mời của X, Y thăm Z từ ngày ...": the frame of a visit, printed above the lead.
_INVITATION: Final = re.compile(r"(?:được sự nhất trí và )?nhận lời mời\b")
# The words of a headline that reports the visit itself ("... thăm Lào", "... công du châu Âu").
_VISIT_WORDS: Final = re.compile(r"\b(?:thăm|công du)\b")


# A paragraph that names who said the summary above it ("Đây là khẳng định của ông X, ...",
# "Đó cũng là nhận định chung của ..."): a statement noun pointed back at by a demonstrative.
_POINTS_BACK: Final = re.compile(
    r"(?:đây|đó|trên đây)\s+(?:cũng\s+)?là\s+(?:(?:những|một|các|lời)\s+)?"
    r"(?:khẳng định|nhận định|đánh giá|phát biểu|ý kiến|chia sẻ|thông điệp|cam kết|nhấn mạnh"
    r"|tuyên bố|quan điểm|mong muốn|lời|thông tin)\b(?:\s+\S+){0,3}?\s+của\b"
)


def points_back(lowered: str) -> bool:
    """The (lower-cased) paragraph opens by naming the speaker of the words above it: the
    narration restarts there, and the line above is the speaker's words set as a summary."""
    return _POINTS_BACK.match(lowered) is not None


def opens_with_invitation(lowered: str) -> bool:
    """The (lower-cased) prose opens with an invitation frame ("nhận lời mời của ...")."""
    return _INVITATION.match(lowered) is not None


def reports_visit(lowered: str) -> bool:
    """The (lower-cased) headline reports a visit ("thăm", "công du")."""
    return _VISIT_WORDS.search(lowered) is not None


#: A date phrase closing a one-clause sentence ("... chủ trì lễ đón chiều 10/7."): the same
#: lead with its date moved to the end.
_DATE_CLOSING: Final = re.compile(
    rf"(?:{_PART_OF_DAY}\s+)?(?:ngày\s+)?{_DAY_MONTH}(?:\s?[/.\-]\s?\d{{4}})?\s*\)?\s*\.?\s*$"
)
#: What two writings of one date share: "chiều ngày 10/7" and "chiều 10/7" name the same day.
_DATE_FILLER: Final = re.compile(r"(?:vào|ngày)\s+|[\s(),]+")


def _date_key(phrase: str) -> str:
    return _DATE_FILLER.sub("", phrase).rstrip(".")


def closes_with_date(lowered: str) -> bool:
    """The (lower-cased) sentence ends in a date phrase ("... tiếp Đại sứ X sáng 26/5.")."""
    return _DATE_CLOSING.search(lowered) is not None


def same_date_opening(lowered: str, other: str) -> bool:
    """Both (lower-cased) texts open with the same date phrase ("chiều 10/7, ..."), or the
    first closes with the date ``other`` opens with ("... chiều 10/7." above "Chiều ngày 10/7,
    tại ..."): "ngày" said or not, the same day."""
    theirs = date_opening(other)
    if theirs is None:
        return False
    mine = date_opening(lowered) or _DATE_CLOSING.search(lowered)
    return mine is not None and _date_key(mine.group()) == _date_key(theirs.group())


def sapo_shape(lowered: str, words: int, *, dated: bool = False) -> bool:
    """A summary as sapos are written: a sentence or three, no lead-style opening, and no date
    (unless ``dated``: a summary above a credited lead may quote the visit's dates)."""
    return (
        words <= SAPO_MAX_WORDS
        and _LEAD_FRAME.match(lowered) is None
        and (dated or _ANY_DATE.search(lowered) is None)
    )


def shared_names(text: str, other: str) -> int:
    """How many capitalised words (names, titles; not the first word) two lines share."""
    mine = capitalised_words(text)
    return len(mine.intersection(capitalised_words(other))) if mine else 0


def capitalised_words(text: str) -> set[str]:
    """The capitalised words of a line (names, titles), past its first word."""
    words = (word.strip(_WORD_PUNCT) for word in text.split()[1:])
    return {word for word in words if len(word) > 1 and word[0].isupper()}
