"""The raw expression types and the small readers every pattern family shares.

:class:`Parts` and :class:`Found` say *what was written*; the handlers in
:mod:`vndiplo_dates.handlers` (digits and month numbers) and :mod:`vndiplo_dates.words` (weekdays,
word months, counted periods, ordinal parts) build them; :mod:`vndiplo_dates.parse` runs the
patterns. They live here so that the handler modules and the scanner need not import each other.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from attrs import frozen

from vndiplo.place_names import COUNTRIES
from vndiplo_dates import patterns as P

__all__ = ["ANAPHORIC", "DEICTIC", "TWO_DIGIT_PIVOT", "WEEKDAYS", "Found", "Parts", "valid_day"]

#: The weekday a "thứ ..." word names (Monday is 0, as in :meth:`datetime.date.weekday`).
WEEKDAYS: Final[dict[str, int]] = {
    "hai": 0,
    "2": 0,
    "ba": 1,
    "3": 1,
    "tư": 2,
    "4": 2,
    "năm": 3,
    "5": 3,
    "sáu": 4,
    "6": 4,
    "bảy": 5,
    "7": 5,
    "chủ nhật": 6,
    # the Catholic and southern spelling of Sunday ("Chúa Nhật (12/5)")
    "chúa nhật": 6,
}
#: Relative day words and their offset in days from the anchor; ``same``-style words anchor on
#: the previous date in the text, the others on the reference date.
DEICTIC: Final[dict[str, int]] = {"nay": 0, "qua": -1, "mai": 1, "kia": -2}
ANAPHORIC: Final[dict[str, int]] = {"cùng ngày": 0, "sau": 1, "trước": -1}


def _words(text: str) -> list[str]:
    return text.split()


# Words that, right before a bare "1/3" or "3/2025", make it a fraction, an address or a
# document number rather than a date.
_NOT_BEFORE_BARE: Final = frozenset(
    _words(
        "số khoảng hơn gần chiếm bằng đạt còn mất ngõ ngách hẻm kiệt phòng nhà lô tỷ tỉ lệ "
        "định thông tư thị luật luận văn quyết nghị chỉ quy điều khoản mục bảng tháng "
        # "Quốc khánh 2/9": the holiday's name ("ngày 2/9", "Quốc khánh 2/9/2025" are dates)
        "khánh"
    )
)
# Share nouns that, right after a bare "1/10" or "2/3", make it a share of something: "1/10 số
# người", "2/3 dân số", "1/5 diện tích", "2/3 trong số". Only these: any other noun ("3/9 Đại sứ
# gặp", "2/9 các nghệ sĩ") is what the day is about.
_SHARE_OF: Final = re.compile(
    r" (?:số|dân số|tổng|diện tích|lượng|phần|trong số)(?!\w)", re.IGNORECASE
)
# Count nouns that, right after a bare "6/9" whose first number is no larger than the second,
# make it a share of a counted whole: "ở 6/9 tỉnh biên giới", "3/5 huyện", "4/7 thành viên",
# "5/12 quốc gia". A date opening its clause ("6/9 tỉnh X đón đoàn") stays a date.
_COUNT_OF: Final = re.compile(
    r" (?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thôn|bản|làng|ấp|nước|quốc\s+gia"
    r"|đơn\s+vị|thành\s+viên|người|đại\s+biểu|cử\s+tri|hộ|gia\s+đình|doanh\s+nghiệp"
    r"|công\s+ty|cơ\s+quan|địa\s+phương|trường|học\s+sinh|sinh\s+viên|đồn|trạm|tiểu\s+đoàn"
    r"|dự\s+án|chỉ\s+tiêu|tiêu\s+chí|nhiệm\s+vụ|nội\s+dung|mục\s+tiêu|hạng\s+mục|lĩnh\s+vực"
    r"|khu\s+vực|điểm|trận|phiếu|ghế|ca|bệnh\s+nhân|nhóm|chi\s+bộ|đảng\s+bộ|ý\s+kiến"
    r"|câu|bài|vòng|lượt|chiếc|tàu|cửa\s+khẩu|đầu\s+mối|đội|bộ(?!\s+trưởng)|ngành|sở|ban(?!\s+hành)|cơ\s+sở"
    r"|bệnh\s+viện|văn\s+bản|hồ\s+sơ|thủ\s+tục|công\s+trình|sản\s+phẩm)(?!\w)",
    re.IGNORECASE,
)
# After the count noun, a lower-case word or a list of nouns ("7/10 trường đạt chuẩn", "4/11
# bộ, ngành đã ..."): the share's predicate, also when it opens its clause; a day opening its
# clause is followed by its proper name ("6/9 tỉnh Quảng Nam đón đoàn").
_LOWER_AFTER: Final = re.compile(r",?\s+[a-zà-ỹđ]")
#: Words before a bare day that make it a time, whatever follows: "vào 6/9 tỉnh ...".
_TIME_BEFORE: Final = frozenset(_words("vào từ đến tới hôm ngày trước sau dịp nhân đêm"))
# A day listed after another ("1/9 và 2/9", "ngày 1 và 2/9", "30/8, 2/9", "1/9 - 3/9") is a
# date whatever follows it: fractions are not listed that way.
_LISTED_AFTER: Final = re.compile(r"\d\s*(?:,|;|-|–|và|hoặc|đến|tới)\s*$", re.IGNORECASE)
# Quantity words that turn "tháng trước" / "tuần sau" into a duration ("hai tháng trước").
_QUANTITY: Final = frozenset(
    _words("một hai ba bốn năm sáu bảy tám chín mười mươi vài mấy nhiều các những mỗi")
)
_PREVIOUS_WORD = re.compile(r"(\w+)\W{0,3}$")


@frozen
class Parts:
    """What was written for one point in time; ``None`` where the text says nothing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None


@frozen
class Found:
    """One expression as written, with offsets into the normalised text.

    ``kind`` is the contract's kind, or ``"relative"`` for a day, week, month or year named
    relative to another date; then ``relative`` says how (``"day:-1"`` for "hôm qua",
    ``"same:0"`` for "cùng ngày", ``"week:-1"``, ``"month:0"``, ``"year:1"``).
    ``hint`` is a relative word that accompanies an explicit date ("hôm qua (30/3)"), used by the
    reference-date inference to fix the publication day.
    """

    start: int
    end: int
    kind: str
    first: Parts = Parts()
    last: Parts | None = None
    part_of_day: str | None = None
    relative: str | None = None
    hint: int | None = None
    pattern: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


def _int(value: str | None) -> int | None:
    return int(value) if value else None


#: Two-digit years ("4/5/19", "2/9/45") up to this are 20xx, above it 19xx: a fixed pivot, so a
#: phrase reads the same in every article (news rarely writes a year more than 15 years ahead).
TWO_DIGIT_PIVOT: Final = 40


def _year_int(value: str | None) -> int | None:
    """A written year; a two-digit one ("19", "45") by :data:`TWO_DIGIT_PIVOT`."""
    if not value:
        return None
    year = int(value)
    if len(value) == 2:
        year += 2000 if year <= TWO_DIGIT_PIVOT else 1900
    return year


def _lower(word: str) -> str:
    """``word`` lower-cased one character for one, as the case-insensitive patterns read it:
    "MAİ" matched "mai", but ``str.lower`` gives "mai̇" (with a combining dot above)."""
    low = word.lower()
    return low if len(low) == len(word) else "".join(ch.lower()[0] for ch in word)


def _month(value: str) -> int:
    return P.MONTH_NAMES.get(" ".join(_lower(value).split())) or int(value)


def _pod(value: str | None) -> str | None:
    if not value:
        return None
    words = _lower(value).split()
    if words[0] in ("đầu", "cuối", "buổi"):  # "cuối giờ chiều", "buổi sáng": the part of day
        words = words[2:] if words[0] != "buổi" else words[1:]
    return P.PARTS_OF_DAY[" ".join(words)]


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists; a year-less 29/2 is allowed (some year has it)."""
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _clock_start(m: re.Match[str]) -> int:
    """Where a clock time is quoted from: "lúc" belongs to it, like "hôm" and "ngày" (realpages
    README, round 7 #2 and doubt D7: "lúc 14h50 chiều 3/8"); "vào", "hồi", "khoảng" and "đúng"
    before it are read, not quoted ("vào lúc 9h" quotes "lúc 9h")."""
    at = _lower(m.group(0)[: m.start("h") - m.start()]).rfind("lúc")
    return m.start() + at if at >= 0 else m.start("h")


def _previous_word(text: str, start: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else ""


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but white space since the start, a line, a bracket or punctuation."""
    before = text[max(0, start - 40) : start].rstrip()
    return not before or before[-1] in ".!?;:,(\n"


def _bare_ok(
    text: str,
    start: int,
    day: int | None,
    month: int,
    *,
    timed: bool = False,
    end: int | None = None,
) -> bool:
    """A date written with no "ngày", part of day or weekday must not look like a quantity
    (the word before it; with ``end``, a share's noun after it: "1/10 số người")."""
    if day == 24 and month == 7 and not timed and not _opens_clause(text, start):
        return False  # "trực 24/7": round the clock; "24/7, tại Hà Nội" or "(24/7)" is a date
    if (
        end is not None
        and not timed
        and _SHARE_OF.match(text, end)
        and not _LISTED_AFTER.search(text, max(0, start - 12), start)
    ):
        return False
    previous = _previous_word(text, start)
    if (
        end is not None
        and not timed
        and day is not None
        and day <= month
        and (count := _COUNT_OF.match(text, end)) is not None
        and previous not in _TIME_BEFORE
        and (
            not _opens_clause(text, start)
            or (text[count.start() + 1].islower() and _LOWER_AFTER.match(text, count.end()))
        )
        and not _LISTED_AFTER.search(text, max(0, start - 12), start)
    ):
        return False  # "ở 6/9 tỉnh biên giới": a share of the provinces, not a day
    return (
        previous not in _NOT_BEFORE_BARE
        and not _names_a_country_holiday(text, start)
        and not (previous in _PLACE_HEADS and _names_a_place(text, start))
    )


#: The last word of a street's, square's or park's name before the day it is named after:
#: "đường 2/9", "phố 19/5", "cầu 2/9", "chợ 19/5", and the two-word heads "đại lộ 30/4",
#: "quảng trường 30/4", "công viên 29/3".
_PLACE_HEADS: Final = frozenset(_words("đường phố cầu chợ lộ trường viên"))
_PLACE_TWO_WORD_HEADS: Final = {"lộ": "đại", "trường": "quảng", "viên": "công"}
#: The word before a one-word head that makes it no place: "lên đường 12/5" (sets off on a
#: day), "thành phố 14/3" (the city, then its day), "yêu cầu 5/3", "nhu cầu".
_PLACE_HEAD_NOT_AFTER: Final = frozenset(_words("lên thành yêu nhu"))
_WORD_BEFORE_HEAD = re.compile(r"(?:(\w+)\W{1,3})?\w+\W{0,3}$")


def _names_a_place(text: str, start: int) -> bool:
    """Whether the bare day ends a street's or a square's name ("số 8 đường 3/2", "Quảng trường
    30/4"): the day names the place, as "Quốc khánh 2/9" names the holiday. (The caller has
    checked that the word right before the day is one of :data:`_PLACE_HEADS`.)"""
    head = _previous_word(text, start)
    match = _WORD_BEFORE_HEAD.search(text, max(0, start - 32), start)
    before = (match.group(1) or "").lower() if match is not None else ""
    if head in _PLACE_TWO_WORD_HEADS:
        return before == _PLACE_TWO_WORD_HEADS[head]
    return before not in _PLACE_HEAD_NOT_AFTER


#: Country names as the scanned (lower-cased) text writes them, for "Quốc khánh Lào 2/12".
_COUNTRY_NAMES: Final = frozenset(" ".join(name.lower().split()) for name in COUNTRIES)


#: The last word of a national holiday's name, before its country: "Quốc khánh Lào",
#: "Ngày Độc lập Hoa Kỳ".
_HOLIDAY_HEADS: Final = ("khánh", "độc lập")


def _names_a_country_holiday(text: str, start: int) -> bool:
    """Whether the bare date ends a holiday's name with its country ("Quốc khánh Việt Nam 2/9",
    "Quốc khánh nước Lào (2/12)", "Ngày Độc lập Hoa Kỳ 4/7"): the day names the holiday, as in
    "Quốc khánh 2/9", not the day something happened."""
    window = text[max(0, start - 60) : start].lower()
    at, head = max((window.rfind(head), head) for head in _HOLIDAY_HEADS)
    if at < 0:
        return False
    words = window[at + len(head) :].rstrip(" (").split()
    if words[:1] == ["nước"]:
        words = words[1:]
    return bool(words) and " ".join(words) in _COUNTRY_NAMES


def _hour(hour: int, pod: str | None) -> int:
    """Read "8 giờ tối" as 20:00 and "2 giờ đêm" as 02:00, as a Vietnamese reader does."""
    if (pod in ("afternoon", "evening") and hour < 12) or (pod == "night" and 6 <= hour < 12):
        return hour + 12
    return hour


def _clock_hour(hour: int, pod: str | None, ampm: str | None) -> int | None:
    """The hour of "11AM", "3 pm" (None for "15PM" or "0AM"), else :func:`_hour`'s."""
    if not ampm:
        return _hour(hour, pod)
    if not 1 <= hour <= 12:
        return None
    return hour % 12 + (12 if ampm.lower() == "pm" else 0)
