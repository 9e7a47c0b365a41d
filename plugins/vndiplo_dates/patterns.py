"""The compiled regular expressions that find Vietnamese temporal expressions.

They run over the *normalised* text (NFC, one tone-mark style, plain spaces; see
:class:`vndiplo.text.NormalizedText`), so a pattern never has to spell "Chiều" with a
non-breaking space or "hoá" two ways. Every pattern is anchored on literal Vietnamese words or on
digits with bounded quantifiers and no nested repetition, so each one runs in linear time and
cannot backtrack catastrophically on hostile input.

The guards around numbers are what keep out the look-alikes the press is full of: ``16,4%``
(a percentage), ``Covid-19`` (a name), ``2-1`` (a score), ``1.500`` (money), ``15/2020/NĐ-CP``
(a decree number). Which pattern found a match is kept (``Pattern.name``) so that
:mod:`vndiplo_dates.parse` knows how to read its groups.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "BARE_YEAR",
    "CALENDAR_YEAR",
    "COUNTED",
    "DATE",
    "DATE_TIME",
    "DAY_ALONE",
    "DAY_LIST",
    "DAY_SPAN_ALONE",
    "EDGE_MONTH",
    "GLUED_YEAR",
    "ISO",
    "LUNAR_YEAR",
    "MONTH",
    "MONTH_NAMES",
    "MONTH_NUMERIC",
    "MONTH_SPAN",
    "NUMBER_WORDS",
    "ORDINAL",
    "PAREN",
    "PARTS_OF_DAY",
    "QUARTER",
    "RELATIVE",
    "RELATIVE_PERIOD",
    "SPAN",
    "SPAN_WRITTEN",
    "THEMED_YEAR",
    "TIME_ALONE",
    "TIME_DATE",
    "TIME_WRITTEN",
    "WEEKDAY",
    "WEEKEND",
    "WRITTEN",
    "YEAR",
    "YEAR_PART",
    "YEAR_SPAN",
]

#: Part-of-day words, longest first so "chiều tối" wins over "chiều", and the contract's name.
PARTS_OF_DAY: Final[dict[str, str]] = {
    "rạng sáng": "morning",
    "sáng sớm": "morning",
    "chiều tối": "evening",
    "đêm khuya": "night",
    "sáng": "morning",
    "trưa": "noon",
    "chiều": "afternoon",
    "tối": "evening",
    "đêm": "night",
}
#: Small numbers written as words, for counted periods ("hai tháng tiếp theo").
NUMBER_WORDS: Final[dict[str, int]] = {
    w: n for n, w in enumerate(("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"), 1)
} | {"mười": 10}
#: Months written as words: the numbers, "tư" for the fourth, and the lunar "tháng Giêng"
#: (first) and "tháng Chạp" (twelfth), used for the calendar month in news.
MONTH_NAMES: Final[dict[str, int]] = NUMBER_WORDS | {
    "tư": 4,
    "mười một": 11,
    "mười hai": 12,
    "giêng": 1,
    "chạp": 12,
}

_POD = r"(?:rạng\s+sáng|sáng\s+sớm|chiều\s+tối|đêm\s+khuya|sáng|trưa|chiều|tối|đêm)"
#: The same with a qualifier, before a written date only: "Cuối giờ chiều 15/6", "buổi chiều
#: thứ ba, ngày 6 tháng 12" (one more branch, not an optional group: an optional group before
#: the alternation costs every position that opens a word).
_POD_Q = (
    r"(?:rạng\s+sáng|sáng\s+sớm|chiều\s+tối|đêm\s+khuya|sáng|trưa|chiều|tối|đêm"
    r"|(?:(?:đầu|cuối)\s+(?:giờ|buổi)|buổi)\s+(?:sáng|trưa|chiều|tối))"
)
#: "thứ 3" after a counted noun is an ordinal, not Tuesday: "Hội nghị lần thứ 3 ngày 7/12",
#: "Kỳ họp thứ 5 ngày 20/6", "Phiên họp thứ 2", "khóa thứ 4" (lower-cased text, one space)
_ORDINAL_NOUN = r"(?<!lần\s)(?<!họp\s)(?<!phiên\s)(?<!khóa\s)(?<!khoá\s)(?<!đợt\s)(?<!vòng\s)"
_WEEKDAY = rf"(?:{_ORDINAL_NOUN}thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7](?!\d))|ch(?:ủ|úa)\s+nhật)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
#: A month as a word: "tháng năm", "tháng mười hai", "tháng Giêng" (longest first).
_MONTH_WORD = (
    r"(?:mười\s+một|mười\s+hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|giêng|chạp)(?!\w)"
)
_MON = r"(?:1[0-2]|0?[1-9])"
#: Years 1700-2099: anniversaries reach back to 1789 ("(14/7/1789 - 14/7/2025)").
_YEAR = r"(?:1[7-9]\d\d|20\d\d)"
# Left guard before a number: not glued to a word, a digit or another date's separator
# ("Covid-19", "A3/2", "1.500.16/2"), but an opening parenthesis or a space is fine.
_L = r"(?<![\w/.,:])(?<!\w-)"
# Right guard after a number: not followed by more digits, a letter, a percentage, a decimal
# or thousands part, or a decree's "/NĐ-CP" suffix.
_R = r"(?!\w|[/.,:\-]\w|\s*%)"
# " / " (spaced) joins two full dates only: "(20-1-1949 / 20-1-2025)"; the handler checks.
_DASH = r"(?P<dash>\s*[-–—]\s*|\s+/\s+|\s+(?:đến|tới)\s+(?:(?:hết\s+)?(?:ngày|hôm)\s+)?)"
_TZ = r"(?:\s*\(?\s*(?i:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d\d)?\s*\)?)?"
_PREFIX = (
    rf"(?:(?P<pod>{_POD_Q})\s+(?:(?:hôm|ngày)\s+)?)?"
    # "hôm thứ ba, mùng 6 tháng 12", "ngày thứ Tư 12.3": "hôm"/"ngày" before the weekday
    # "CN": Sunday abbreviated, before a date only ("Sáng CN 19/5")
    rf"(?:(?:hôm\s+|ngày\s+)?(?P<wd>{_WEEKDAY}|cn)\s*,?\s*)?"
    # "mồng" in the same group as "ngày": a second optional group costs every match 8%
    # "ngày14/10/2016": a page that dropped the space after "ngày" (the guard then lets it be)
    r"(?:(?P<ngay>ngày|hôm|mồng|mùng)(?:\s+|(?<=y)(?=\d))(?:(?P<mong>mồng|mùng)\s+)?)?"
)
#: The left guard after :data:`_PREFIX`: "ngày" glued to its day is no word glued to a number.
_L_PREFIXED = r"(?:" + _L + r"|(?<=ngày))"
#: Minutes marked with a prime or an apostrophe, as some outlets write them: "12h30’", "9h5'"
#: (one digit only with the mark).
_PRIME = r"[’'′]"
_MINUTE_H = rf"(?P<mi2>[0-5]\d|\d(?={_PRIME})){_PRIME}?"
#: An English-style half of the day after a clock time: "11AM", "10:30 pm" (not "a.m.").
_AMPM = r"(?:\s?(?P<ampm>[ap]m)(?![^\W\d_]))?"
_REL_DAY = (
    r"(?:ngày\s+hôm\s+(?:nay|qua|sau|trước)|hôm\s+(?:nay|qua|kia|sau|trước)"
    r"|ngày\s+(?:mai|kia|mốt)|cùng\s+ngày)"
)

#: The deictic days a clock time may be placed on ("11h30 hôm qua", "7 giờ ngày mai").
_CLOCK_DAY = r"(?:ngày\s+hôm\s+(?:nay|qua)|hôm\s+(?:nay|qua)|ngày\s+mai)"


def _dmy(n: str = "", *, spaced: bool = False) -> str:
    """Day, separator, month and an optional year with the same separator: 16/9, 1.1.2016;
    ``spaced``: a space may follow the first separator ("24- 4-2010", the year then required)."""
    space = r"(?P<sp> )?" if spaced else ""
    return (
        rf"(?P<d{n}>{_DAY})(?P<s{n}>[/.\-]){space}(?P<m{n}>{_MON})"
        rf"(?:(?P=s{n})(?P<y{n}>{_YEAR}|(?<=/)\d\d))?"
    )


def _compile(pattern: str, *, ignore_case: bool = True) -> re.Pattern[str]:
    # Every expression starts a word; saying so first makes the engine drop most positions
    # (those inside words) after one character test instead of trying every alternative.
    if not pattern.startswith("(?<!\\w)"):
        pattern = "(?<!\\w)" + pattern
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


#: A time after a date: "16/09/2025 17:02", "ngày 5/3/2024, lúc 9:30 (GMT+7)".
_TIME_AFTER = (
    r"(?:\s*,)?\s+(?:(?:vào\s+)?lúc\s+)?"
    r"(?P<h>2[0-3]|[01]?\d)(?::|h)(?P<mi>[0-5]\d)(?::[0-5]\d)?" + _TZ
)

#: "Chiều 18/2", "Sáng ngày 11/9/2025", "ngày 1.1.2016", "Thứ Sáu, 16/5/2025", "(30/3)", and with
#: the time when one follows, "16/09/2025 17:02". One pattern for both: the two readings start at
#: the same place, the longer one wins anyway, and each match then costs one pass, not two.
DATE: Final = _compile(
    _PREFIX
    + _L_PREFIXED
    + _dmy(spaced=True)
    # "Chiều 9-11tại Hà Nội": a word glued to the date (the handler wants a prefix, a word)
    + rf"(?:{_TIME_AFTER}{_R}|{_R}|(?P<glued>(?=[^\W\d_]{{2}})))"
)

#: Kept for callers of the old name: the same pattern as :data:`DATE`.
DATE_TIME: Final = DATE

#: "13 giờ 30 phút ngày 16/11", "lúc 9h30 ngày 5/3", "8 giờ tối ngày 5/3/2024", "17:02 ngày 16/9".
TIME_DATE: Final = _compile(
    r"(?:(?:vào\s+)?lúc\s+)?"
    + _L
    + r"(?P<h>2[0-3]|[01]?\d)"
    + rf"(?:\s*giờ(?:\s*(?P<mi>[0-5]?\d)(?:\s*phút)?)?|h(?:{_MINUTE_H})?"
    + r"|:(?P<mi3>[0-5]\d)|g(?P<mi4>[0-5]\d)|(?=\s?[ap]m))"
    + _AMPM
    # "9h5’, sáng 31.3": the part of day may follow the comma
    + rf"(?:\s+(?P<pod>{_POD}))?\s*,?\s+(?:(?P<pod2>{_POD})\s+)?(?:(?:ngày|hôm)\s+)?"
    + _L
    + _dmy()
    + _R
)

#: "2022-10-15", "2022-10-15 22:02:05 (GMT+08:00)", "2022-10-15T22:02".
ISO: Final = _compile(
    r"(?<![\w/.\-])(?P<y>" + _YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[Tt ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:[Zz]|[+-]\d\d:?\d\d)?"
    + _TZ
    + r")?(?!\w|[-/:]\d)"
)

#: "ngày 16 tháng 9 năm 2025", "16 tháng 9 năm 2025", "sáng ngày 2 tháng Giêng".
WRITTEN: Final = _compile(
    _PREFIX
    + _L_PREFIXED
    + rf"(?P<d>{_DAY})\s+tháng\s+(?P<m>{_MON}|{_MONTH_WORD})"
    # "ngày 31 tháng Năm, 2017": a comma before a bare year, as English-style datelines write it
    + rf"(?:\s*,?\s*năm\s+(?P<y>{_YEAR})|(?:\s*/\s*|\s*,\s*|\s+)(?P<y2>{_YEAR}))?"
    + _R
)

#: A year after its calendar's mark: "DL.2024", "năm DL 2024" (dương lịch, the solar year beside
#: a Buddhist-era "PL.2568"), "AL 2024" (âm lịch). Cased: the marks are capitals.
CALENDAR_YEAR: Final = _compile(
    rf"(?:[Nn]ăm\s+)?(?:DL|AL|ÂL)\.?\s*(?P<y>{_YEAR})(?!\d)", ignore_case=False
)

#: "30/10 - 01/11/2022", "từ ngày 16 đến 18/11/2025", "ngày 8-10/9/2025", "(18/1/1950-18/1/2026)".
SPAN: Final = _compile(
    rf"(?:(?P<pod>{_POD})\s+)?(?:(?P<tu>từ)\s+)?(?:(?P<ngay>ngày|hôm)\s+)?"
    + _L
    + rf"(?P<d1>{_DAY})(?:(?P<s1>[/.\-])(?P<m1>{_MON})(?:(?P=s1)(?P<y1>{_YEAR}))?)?"
    + _DASH
    + _dmy("2")
    + _R
)

#: A typo that drops the separator between month and year: "Ngày 24/112013", "từ ngày
#: 5-7/42015", "sáng 3.92019". Only after "ngày", "hôm" or a part of day (the handler checks):
#: a bare "12/112013" may be a file or document number. The year must start 19 or 20, so
#: "1/12020" is January 2020 (a month 12 would leave "020").
GLUED_YEAR: Final = _compile(
    rf"(?:(?P<pod>{_POD})\s+)?(?:(?P<tu>từ)\s+)?(?:(?P<ngay>ngày|hôm)\s+)?"
    + _L
    + rf"(?:(?P<d1>{_DAY})\s*[-–]\s*)?(?P<d>{_DAY})(?P<s>[/.\-])(?P<m>{_MON})"
    + r"(?P<y>(?:19|20)\d\d)(?!\w|[/.,:\-]\w)"
)

#: A span whose month is written in words: "Từ ngày 3 đến ngày 6 tháng 8 năm 2031", "ngày
#: 12-14 tháng 5", "từ ngày 30 tháng 4 đến ngày 2 tháng 5 năm 2019".
SPAN_WRITTEN: Final = _compile(
    rf"(?:(?P<pod>{_POD})\s+)?(?:(?P<tu>từ)\s+)?(?:(?P<ngay>ngày|hôm|mồng|mùng)\s+)?"
    + _L
    + rf"(?P<d1>{_DAY})(?:\s+tháng\s+(?P<m1>{_MON}|{_MONTH_WORD})"
    + rf"(?:\s*,?\s*năm\s+(?P<y1>{_YEAR}))?)?"
    + _DASH
    + rf"(?:(?:mồng|mùng)\s+)?(?P<d2>{_DAY})\s+tháng\s+(?P<m2>{_MON}|{_MONTH_WORD})"
    + rf"(?:\s*,?\s*năm\s+(?P<y2>{_YEAR}))?"
    + _R
)

#: A quarter of a year: "quý III/2025", "quý 3/2025", "Quý I năm 2026", "quý IV-2024",
#: "quý 1 của năm 2026", "quý II năm nay", and "quý II" alone (the year then comes from the
#: reference, as for a year-less month): a month span.
QUARTER: Final = _compile(
    r"(?<!\w)quý\s+(?P<q>iv|iii|ii|i|[1-4])"
    rf"(?:(?:\s*[/\-]\s*|\s*,?\s*(?:của\s+)?năm\s+)(?P<y>{_YEAR})"
    r"|\s*,?\s*(?:của\s+)?năm\s+(?P<rel>nay|ngoái|tới|trước|sau))?(?!\w|[/.,\-]\d)"
)

#: "(1950-2025)", "từ năm 2020 đến năm 2025", and the span alone in "giai đoạn 2021-2025",
#: "nhiệm kỳ 2024-2029": a noun naming the period is not part of the expression (see the docs,
#: "Extent"); "năm" after a number ("kế hoạch 5 năm 2021-2025") is dropped by the handler.
YEAR_SPAN: Final = _compile(
    r"(?:(?:từ\s+năm|từ|năm)\s+)?"
    + _L
    + rf"(?P<y1>{_YEAR})(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+(?:năm\s+)?)(?P<y2>{_YEAR})"
    + r"(?!\w|[/.,\-]\d)"
)

#: "tháng 02/2025", "tháng 12.2025", "tháng 10 năm 2022", "đầu tháng 3", "tháng Giêng",
#: "cuối tháng 12 năm nay".
MONTH: Final = _compile(
    r"(?<!\w)(?<!\d )"
    r"(?:(?P<q>đầu|giữa|cuối|trung\s+tuần|thượng\s+tuần|hạ\s+tuần)\s+)?"
    rf"tháng\s+(?P<m>{_MON}|{_MONTH_WORD})"
    # "tháng 12.2025": the dot only with the year right after it (not a sentence's full stop)
    rf"(?:\s*(?:/|-|\.(?=\d)|,?\s*năm|\s)\s*(?P<y>{_YEAR})|\s+năm\s+(?P<rel>nay|ngoái|tới))?" + _R
)

#: A bare month and year, "3/2025" (the day/month reading is impossible: 2025 is no month),
#: or a range of two such months, each with its year: "(9/1973 – 9/2023)"; with a dash only
#: alone in brackets ("(5-1998)", the handler checks).
MONTH_NUMERIC: Final = _compile(
    _L
    + rf"(?P<m>{_MON})(?P<s>[/\-])(?P<y>{_YEAR})"
    + rf"(?:\s*[-–—]\s*(?P<m2>{_MON})/(?P<y2>{_YEAR}))?"
    + _R
)

_SEASON = r"(?:(?:mùa\s+)?xuân|năm|tết(?:\s+nguyên\s+đán)?)"
#: "năm 2025", "Năm 2025", "cuối năm 2024", "đầu Xuân 2025", "Tết Nguyên đán 2025", "năm nay",
#: "đầu năm mới 2026". An open start quotes no "từ" ("từ cuối năm 2019" quotes "cuối năm 2019",
#: "kể từ đầu năm 2023" "đầu năm 2023"; README round 7 AH5, round 10 #7 AW03).
#: Every branch opens with its first letter and checks the word boundary after it ("(?<!\w.)":
#: no word character before that letter), so the engine jumps between the letters that can open
#: a match instead of trying the whole pattern at every position (three times faster than a
#: leading look-behind). The handler reads the qualifier from the matched text.
YEAR: Final = re.compile(
    r"(?:t(?<!\w.)ết(?:\s+nguyên\s+đán)?"
    rf"|đ(?<!\w.)ầu\s+{_SEASON}|g(?<!\w.)iữa\s+{_SEASON}|c(?<!\w.)uối\s+{_SEASON}"
    r"|m(?<!\w.)ùa\s+xuân|x(?<!\w.)uân|n(?<!\w.)ăm)\s+"
    # "(đầu) năm mới 2026", "Xuân mới 2025": the new year, named by its number
    r"(?:mới\s+(?=\d))?"
    rf"(?:(?P<y>{_YEAR})(?!\w|[/.,\-]\d|\s*[-–—]\s*\d)|(?P<rel>nay|ngoái|tới)(?!\w))",
    re.IGNORECASE,
)

#: A year written alone, 1900-2099: in a name ("APEC 2017", "Festival Huế 2016", "Sách trắng
#: Quốc phòng 2019"), after "hồi" ("hồi 2013"), or listed after "năm" ("các năm 1998, 2004 và
#: 2009"). The handler keeps out counts ("khoảng 2000 người") and numbers in a row.
BARE_YEAR: Final = _compile(
    r"(?<![\w/.,:+\-])(?<!năm )(?P<y>(?:19|20)\d\d)(?!\w|[/.,:\-]\w|\s*[-–—]\s*\d|\s*%)"
)

#: The sexagenary names, in cycle order: the year 4 (and every 60th after it) is Giáp Tý.
STEMS: Final = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
BRANCHES: Final = (
    "Tý",
    "Sửu",
    "Dần",
    "Mão",
    "Thìn",
    "Tỵ",
    "Ngọ",
    "Mùi",
    "Thân",
    "Dậu",
    "Tuất",
    "Hợi",
)
#: Spellings some outlets use for a branch.
BRANCH_VARIANTS: Final = {"Mẹo": "Mão", "Tị": "Tỵ"}
#: A year with its lunar name before it, as Tết greetings write it: "năm Canh Tý 2020",
#: "năm Kỷ Hợi - 2019", "Xuân Giáp Thìn 2024", "Canh Tý 2020". Case-sensitive names: "canh"
#: and "tân" are ordinary words.
LUNAR_YEAR: Final = _compile(
    r"(?<!\w)(?:(?P<lead>[nN]ăm|[tT]ết(?:\s+(?:[nN]guyên\s+[đĐ]án|cổ\s+truyền))?|[xX]uân)\s+)?"
    rf"(?P<stem>{'|'.join(STEMS)})\s+(?P<branch>{'|'.join((*BRANCHES, *BRANCH_VARIANTS))})"
    rf"\s*(?:[-–—]\s*)?(?P<y>{_YEAR})(?!\w|[/.,\-]\d)",
    ignore_case=False,
)

#: A themed year named with a capital "Năm": "Năm giao lưu nhân văn Việt Nam - Trung Quốc 2025".
#: Case-sensitive on purpose: lower-case "năm ... 2025" is ordinary prose.
THEMED_YEAR: Final = _compile(
    r"(?<!\w)Năm\s+(?!nay\b|ngoái\b|tới\b|qua\b|sau\b|trước\b)"
    r"(?:[^\W\d_]+(?:\s*[-–]\s*|\s+)){1,10}?"
    rf"(?P<y>{_YEAR})(?!\w|[/.,\-]\d)",
    ignore_case=False,
)

#: Relative and anaphoric days: "hôm qua", "sáng nay", "chiều qua", "tối cùng ngày", "ngày mai",
#: with a qualified part of day too ("Buổi tối cùng ngày", "cuối giờ chiều nay").
RELATIVE: Final = _compile(
    rf"(?<!\w)(?:(?P<pod>{_POD_Q})\s+(?P<r1>nay|qua|mai|{_REL_DAY})|(?P<r2>{_REL_DAY}))(?!\w)"
)

#: A relative day or weekday with the date in parentheses: "hôm qua (30/3)", "thứ Hai (18/2)";
#: or after a comma: "chiều nay, 11/11".
PAREN: Final = _compile(
    # "17h chiều nay (7/10)", "9 giờ 30 sáng nay (12/3)": a clock before the part of day
    rf"(?<!\w)(?:(?P<ch>2[0-3]|[01]?\d)(?:\s*giờ(?:\s*(?P<cmi>[0-5]?\d)(?:\s*phút)?)?"
    rf"|h(?P<cmi2>[0-5]\d)?{_PRIME}?)\s+(?=(?:{_POD}|{_CLOCK_DAY})\s))?"
    rf"(?:(?P<pod>{_POD})\s+)?"
    rf"(?:(?P<rel>nay|qua|mai|{_REL_DAY})|(?P<wd>{_WEEKDAY}|cn))"
    # "Sáng nay 14/9", "Ngày mai 7/4": a relative day before its date, no brackets; "Chiều qua,
    # 18/3", "Hôm nay, 21/1": the date in apposition after a comma
    rf"(?:\s*(?P<open>\()\s*|\s*(?P<comma>,)\s*|\s+)(?:{_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?"
    + _L
    + _dmy()
    + r"(?(open)\s*\)|(?!\w|[/.,:\-]\w|\s*%))"
)

#: What "qua" (via) goes through: then it is no "yesterday" after a clock.
_CHANNEL = r"đường|nền\s+tảng|hình\s+thức|cầu\s+truyền|mạng|điện\s+thoại|video|kênh|hệ\s+thống"

#: A clock time alone, on the day the text is at: "vào khoảng 8h25", "lúc 11 giờ sáng",
#: "16 giờ 30 phút cùng ngày" (with a date after it, it is :data:`TIME_DATE`'s).
TIME_ALONE: Final = _compile(
    # "Đúng 14h": "đúng" (sharp) marks a clock, not a duration; read, never quoted
    r"(?:(?P<lead>(?:vào\s+)?(?:lúc|hồi|khoảng)|vào|đúng)\s+)?"
    + _L
    + r"(?P<h>2[0-3]|[01]?\d)"
    + rf"(?:\s*giờ(?:\s*(?P<mi>[0-5]?\d)(?:\s*phút)?)?|h(?:{_MINUTE_H})?"
    # "12:30", "11AM": English-style clocks (the handler wants a cue before the colon form)
    # "14g26"; "8g" only before its part of day ("lúc 8g sáng"): "5g" alone may weigh
    + rf"|g(?:(?P<mi3>[0-5]\d)|(?=\s+(?:{_POD})(?!\w)))|:(?P<mi4>[0-5]\d)|(?=\s?[ap]m))"
    + _AMPM
    # "15h chiều nay", "8 giờ sáng mai": the clock on a day the relative word names
    # ("qua" before a channel is "via": "9h sáng qua đường dây nóng", "qua hình thức trực tuyến")
    + rf"(?:\s+(?P<pod>{_POD})(?:\s+(?P<rel>nay|mai|qua(?!\s+(?:{_CHANNEL}))))?)?"
    # "20h hôm nay", "9 giờ sáng hôm qua", "7 giờ ngày mai": the clock on a bare relative day
    + rf"(?:\s+(?P<rel2>{_CLOCK_DAY}))?"
    + r"(?:\s+(?P<same>cùng\s+ngày))?"
    + r"(?!\w|[/.,:\-]\d)"
)

#: A day of the month alone, its month the text's: "tại Bắc Kinh ngày 23, ..." (the handler
#: wants punctuation or "tại"/"vừa qua" after it, as a dateline does).
DAY_ALONE: Final = _compile(
    rf"(?<!\w)(?:(?P<pod>{_POD})\s+)?ngày\s+(?P<d>{_DAY})(?=\s*[,.;)](?!\d)|\s+(?:tại|vừa\s+qua)(?!\w))"
)

#: Two days of a month the text fixes elsewhere: "từ ngày 18 đến ngày 20", "từ ngày 10 đến 13"
#: (the month and year those of the last date written, as for :data:`DAY_ALONE`).
DAY_SPAN_ALONE: Final = _compile(
    rf"(?<!\w)(?:(?P<pod>{_POD})\s+)?từ\s+ngày\s+(?P<d1>{_DAY})\s+(?:đến|tới)\s+(?:hết\s+)?"
    rf"(?:ngày\s+)?(?P<d2>{_DAY})(?!\w|\s*[/.\-]\s*\d|\s*tháng|\s+năm|\s*[-–]\s*\d)"
)

#: Relative weeks, months, quarters and years: "tuần trước", "tháng này", "quý tới", "năm sau",
#: "năm kế tiếp", "quý hiện tại" ("năm nay/ngoái/tới" are :data:`YEAR`'s).
RELATIVE_PERIOD: Final = _compile(
    # an edge word belongs to the period: "cuối tháng này", "đầu tháng trước", "giữa quý tới"
    r"(?<!\w)(?:(?:(?:đầu|cuối|giữa)\s+(?=tháng|quý|năm))?(?P<unit>tuần|tháng|quý|năm)\s+"
    r"(?P<rel>trước|này|tới|sau|kế\s+tiếp|tiếp\s+theo"
    r"|hiện\s+tại|sắp\s+tới|vừa\s+qua|vừa\s+rồi)"
    # "(từ) hồi đầu năm", "vào cuối năm": the edge of the article's year, after a word that
    # places an event at it (not "6 tháng đầu năm", "đầu năm học", "đầu năm mới", nor the tally
    # period "từ đầu năm (đến nay)", round 9 #2)
    r"|(?:(?<=hồi\s)|(?<=vào\s))(?P<edge>đầu|cuối|giữa)\s+năm(?!\w|\s*[(\d]"
    r"|\s+(?:nay|ngoái|mới|học|tài|sau|tới|trước|qua|đó|ấy|này|kế|tiếp|vừa|sắp|hiện|âm|dương)"
    r"(?!\w)))(?!\w)"
)

_WEEK_WORDS = (
    r"này|nay|trước|tới|sau|sắp\s+tới|kế\s+tiếp|tiếp\s+theo|vừa\s+qua|vừa\s+rồi|qua|hiện\s+tại"
)

#: A weekday, alone or placed in a week: "thứ 4", "sáng thứ bảy", "chủ nhật", "thứ sáu tuần này",
#: "thứ 3 của tuần này", "thứ năm tuần tới". A direction word after it ("chủ nhật tới", "thứ hai
#: vừa rồi") is read by the handler but, as for every date, not quoted.
WEEKDAY: Final = _compile(
    rf"(?<!\w)(?:(?P<pod>{_POD})\s+)?(?:(?P<ngay>hôm|ngày)\s+)?"
    r"(?P<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|ch(?:ủ|úa)\s+nhật)"
    rf"(?:\s+(?:của\s+)?tuần\s+(?P<week>{_WEEK_WORDS}))?(?!\w|[/.,\-]\d)"
)

_NUMBER = r"(?:[1-9]\d?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
#: A counted period from the reference date: "5 ngày qua", "7 ngày tới", "hai tháng tiếp theo",
#: "3 năm vừa qua", "5 năm tới"; a count of days or weeks away: "3 tuần sau", "2 ngày trước";
#: and of any unit: "3 ngày nữa", "hai tháng nữa", "cách đây 5 năm".
COUNTED: Final = _compile(
    r"(?:(?P<ago>cách\s+đây)\s+)?" + _L + rf"(?P<n>{_NUMBER})\s+(?P<unit>ngày|tuần|tháng|năm)(?:\s+"
    r"(?P<dir>vừa\s+qua|vừa\s+rồi|qua|sắp\s+tới|tới|tiếp\s+theo|kế\s+tiếp|trước|sau|nữa))?"
    r"(?!\w)"
)

#: A weekend: "cuối tuần", "cuối tuần này", "cuối tuần trước", "cuối tuần tới" (Saturday and
#: Sunday of that week).
WEEKEND: Final = _compile(
    r"(?<!\w)cuối\s+tuần(?:\s+(?P<rel>này|nay|trước|qua|vừa\s+qua|vừa\s+rồi|tới|sau|sắp\s+tới"
    r"|kế\s+tiếp|tiếp\s+theo))?(?!\w)"
)

#: The first or last months of a year: "6 tháng đầu năm 2025", "9 tháng đầu năm nay", "sáu
#: tháng cuối năm" (a month span).
YEAR_PART: Final = _compile(
    _L
    + rf"(?P<n>[1-9]|1[01]|{_NUMBER})\s+tháng\s+(?P<which>đầu|cuối)\s+năm"
    + rf"(?:\s+(?P<y>{_YEAR})|\s+(?P<rel>nay|ngoái|trước|sau|tới))?(?!\w|[/.,\-]\d)"
)

#: The first or last month of a named year: "tháng cuối năm 2020" (December), "tháng đầu năm
#: 2021" (January); with no count before it ("6 tháng cuối năm" is :data:`YEAR_PART`'s).
EDGE_MONTH: Final = _compile(
    _L + rf"tháng\s+(?P<which>đầu|cuối)\s+năm\s+(?P<y>{_YEAR})(?!\w|[/.,\-]\d|\s*[-–—]\s*\d)"
)

_MONTH_YEAR = rf"tháng\s+(?P<m>{_MON}|{_MONTH_WORD})(?:\s*(?:/|-|,?\s*năm)\s*(?P<y>{_YEAR}))?"
#: The first or last day or week of a month: "ngày cuối cùng của tháng 6", "ngày đầu tiên của
#: tháng 10", "tuần cuối cùng của tháng 12 năm 2025".
ORDINAL: Final = _compile(
    r"(?<!\w)(?P<unit>ngày|tuần)\s+(?P<which>đầu\s+tiên|cuối\s+cùng)\s+(?:của\s+)?"
    + _MONTH_YEAR
    + _R
)

#: A month range with the year written once: "từ tháng 3 đến tháng 5/2025", "tháng 3-5/2025",
#: "tháng 11/2024 đến tháng 2/2025" is a SPAN of two months ("từ tháng 3 đến tháng 5").
MONTH_SPAN: Final = _compile(
    rf"(?<!\w)(?:(?P<tu>từ)\s+)?tháng\s+(?P<m1>{_MON}|{_MONTH_WORD})"
    rf"(?:\s*(?:/|-|,?\s*năm)\s*(?P<y1>{_YEAR}))?"
    r"(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+(?:hết\s+)?)(?P<th>tháng\s+)?"
    rf"(?P<m2>{_MON}|{_MONTH_WORD})(?:\s*(?:/|-|,?\s*năm)\s*(?P<y>{_YEAR}))?" + _R
)

_DAY_TAIL = (
    rf"(?:(?P<sep>[/.\-])(?P<m>{_MON})(?:(?P=sep)(?P<y>{_YEAR}))?"
    rf"|\s+tháng\s+(?P<mw>{_MON}|{_MONTH_WORD})(?:\s*,?\s*năm\s+(?P<yw>{_YEAR}))?)"
)
#: The first of two days that write their month once: "ngày 16 và 17/5/2025" (the first day,
#: "ngày 16"; the second is an ordinary date), "ngày 2 hoặc 3 tháng 9", "ngày 13, 14/4".
#: Without "ngày" the first day stands alone: "(13 và 14/4)", "13, 14/4" (the handler asks
#: for a bracket, a comma or the next day before taking it).
DAY_LIST: Final = _compile(
    rf"(?<![\w/.,\-])(?:(?:(?P<pod>{_POD})\s+)?(?P<ngay>ngày|hôm|mồng|mùng)\s+"
    rf"(?:(?:mồng|mùng)\s+)?)?"
    rf"(?P<d>{_DAY})(?=(?:\s*,?\s+(?:và|hoặc)|\s*,)\s+(?:ngày\s+)?"
    rf"(?P<d2>{_DAY}){_DAY_TAIL}(?!\w|[/.,:\-]\w|\s*%))"
)

#: A clock time before a date written in words: "lúc 9 giờ sáng ngày 12 tháng 5",
#: "10 giờ 30 phút ngày 2 tháng 9 năm 2025" (the digit forms are :data:`TIME_DATE`'s).
TIME_WRITTEN: Final = _compile(
    r"(?:(?:vào\s+)?lúc\s+)?"
    + _L
    + r"(?P<h>2[0-3]|[01]?\d)(?:\s*giờ(?:\s*(?P<mi>[0-5]?\d)(?:\s*phút)?)?"
    + rf"|h(?:{_MINUTE_H})?|g(?P<mi3>[0-5]\d))"
    + rf"(?:\s+(?P<pod>{_POD}))?\s*,?\s+(?:(?:ngày|hôm)\s+)?(?:(?:mồng|mùng)\s+)?"
    + rf"(?P<d>{_DAY})\s+tháng\s+(?P<m>{_MON}|{_MONTH_WORD})"
    + rf"(?:\s*,?\s*năm\s+(?P<y>{_YEAR}))?"
    + _R
)
