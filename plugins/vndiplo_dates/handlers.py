"""Handlers for the digit families: day/month dates, times, ISO, spans, years, quarters, months.

Each handler reads one match of its pattern (:mod:`vndiplo_dates.patterns`) into a
:class:`~vndiplo_dates.core.Found`, or returns None when the match is a look-alike (a fraction,
a score, an impossible day). The word families live in :mod:`vndiplo_dates.words`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from vndiplo_dates.core import (
    _NOT_BEFORE_BARE,
    _QUANTITY,
    ANAPHORIC,
    DEICTIC,
    Found,
    Parts,
    _bare_ok,
    _clock_hour,
    _clock_start,
    _hour,
    _int,
    _lower,
    _month,
    _pod,
    _previous_word,
    _year_int,
    valid_day,
)
from vndiplo_dates.patterns import BRANCH_VARIANTS, BRANCHES, STEMS
from vndiplo_dates.present_day import as_today, present_day


def _date_match(m: re.Match[str], text: str) -> Found | None:
    d, s, mo, y, pod, wd, ngay, mong, sp, glued = m.group(*_DATE_GROUPS)
    day, month, year = int(d), int(mo), _year_int(y)
    if not valid_day(year, month, day):
        return None
    prefixed = bool(pod or wd or ngay or mong)
    if sp and year is None:
        return None  # "24- 4": a span's dash; "Tối 24- 4-2010" is a date
    start = m.start()
    if glued is not None and (
        not prefixed or year is not None or _next_word(text, m.end()) in _NOT_AFTER_YEAR
    ):
        return None  # "Chiều 9-11tại": a missing space; "ngày 2-3km" is a measure
    timed = "h" in m.re.groupindex and bool(m["h"])
    bare = year is None and not prefixed  # a bare "d/m": only with "/", not after a quantity
    # "(24-4)": a dash date alone in brackets is a date as well ("ngày làm việc đầu tiên (24-4)")
    # unless a quantity word comes before it ("tỷ số (2-1)")
    if bare and not (
        (s == "/" or _bracketed(text, start, m.end()) or _second_listed_day(text, start, s))
        and _bare_ok(text, start, day, month, timed=timed, end=m.end())
    ):
        return None
    if y and len(y) == 2 and not prefixed and _previous_word(text, start) in _NOT_BEFORE_BARE:
        return None  # "ngõ 12/3/45" is an address, "số 4/5/19" a number
    if year is not None and not prefixed and _dateline(text, start):
        return None  # "VOA, 24/06/2008 Tổng thống ...": the outlet's stamp, not the story's
    if timed:
        part = _pod(pod)
        minute = _int(m["mi"]) or 0
        time = Parts(year, month, day, _hour(int(m["h"]), part), minute)
        return Found(start, m.end(), "datetime", time, part_of_day=part, pattern="date_time")
    parts = Parts(year, month, day)
    return Found(start, m.end(), "date", parts, part_of_day=_pod(pod), pattern="date")


_DATE_GROUPS: Final = ("d", "s", "m", "y", "pod", "wd", "ngay", "mong", "sp", "glued")


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all a pair of round brackets holds: "(24-4)"."""
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _dateline(text: str, start: int) -> bool:
    """Whether a line opens with one word and a comma before ``start``: "VOA, 24/06/2008"."""
    reach = max(0, start - 16)
    newline = text.rfind("\n", reach, start)
    if newline < 0 and reach > 0:
        return False  # no line start within reach
    line = text[newline + 1 : start].rstrip()
    word = line[:-1]
    return line.endswith(",") and 2 <= len(word) <= 10 and word.isalpha()


def _time_date(m: re.Match[str], _text: str) -> Found | None:
    day, month, year = int(m["d"]), int(m["m"]), _year_int(m["y"])
    if not valid_day(year, month, day):
        return None
    pod = _pod(m["pod"] or m["pod2"])
    hour = _clock_hour(int(m["h"]), pod, m["ampm"])
    if hour is None:
        return None
    minute = _int(m["mi"] or m["mi2"] or m["mi3"] or m["mi4"]) or 0
    parts = Parts(year, month, day, hour, minute)
    return Found(_clock_start(m), m.end(), "datetime", parts, part_of_day=pod, pattern="time_date")


def _iso(m: re.Match[str], _text: str) -> Found | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_day(year, month, day):
        return None
    if m["h"]:
        parts = Parts(year, month, day, int(m["h"]), int(m["mi"]))
        return Found(m.start(), m.end(), "datetime", parts, pattern="iso")
    return Found(m.start(), m.end(), "date", Parts(year, month, day), pattern="iso")


#: The first day of a list that writes its month once, right before the second day: "ngày 9 và "
#: (then "10 tháng 7" is the second listed day, not ten months).
_LISTED_FIRST: Final = re.compile(
    r"(?<!\w)(?:ngày|hôm|mồng|mùng)\s+(?:(?:mồng|mùng)\s+)?(?:3[01]|[12]\d|0?[1-9])"
    r"\s*,?\s+(?:và|hoặc)\s+\Z",
    re.IGNORECASE,
)
#: The same list with its month written on each day: "ngày 25.6 và ", "hôm 3-4, 4-4 hoặc ".
_LISTED_DATED: Final = re.compile(
    r"(?<!\w)(?:ngày|hôm|mồng|mùng)\s+(?:3[01]|[12]\d|0?[1-9])[/.\-](?:1[0-2]|0?[1-9])"
    r"(?:\s*,\s*(?:3[01]|[12]\d|0?[1-9])[/.\-](?:1[0-2]|0?[1-9]))*"
    r"(?:\s*,\s*|\s*,?\s+(?:và|hoặc)\s+)\Z",
    re.IGNORECASE,
)
_SEPARATOR: Final = re.compile(r"\d([/.\-])\d")


def _second_listed_day(text: str, start: int, separator: str = "/") -> bool:
    """ "ngày 16 và 17-5", "ngày 25.6 và 26.6": the day after a listed first day is a date with
    any separator, as "ngày 16 và 17/5" is (README round 6 "Listed days"); the "ngày" before
    the list dates every day in it, when the days are written alike."""
    reach = max(0, start - 48)
    if _LISTED_FIRST.search(text, max(0, start - 32), start) is not None:
        return True
    listed = _LISTED_DATED.search(text, reach, start)
    return listed is not None and set(_SEPARATOR.findall(listed.group())) == {separator}


def _written(m: re.Match[str], text: str) -> Found | None:
    day, month = int(m["d"]), _month(m["m"])
    year = _int(m["y"] or m["y2"])
    if not valid_day(year, month, day):
        return None
    listed = _LISTED_FIRST.search(text, max(0, m.start() - 32), m.start()) is not None
    if year is None and not (m["pod"] or m["wd"] or m["ngay"] or m["mong"] or listed):
        return None  # "10 tháng 7" alone may be ten months; "ngày 9 và 10 tháng 7" is a day
    if not m["m"][0].isdigit() and _next_word(text, m.end("m")) in _NOT_AFTER_MONTH_WORD:
        return None  # "ngày 2 tháng hai lần"
    end = m.end()
    if m["y2"] and _next_word(text, end) in _NOT_AFTER_YEAR:
        # "ngày 2 tháng 9, 2000 người": a count after the date, not its year
        end, year = m.end("m"), None
        if not (m["pod"] or m["wd"] or m["ngay"] or m["mong"]):
            return None
    parts = Parts(year, month, day)
    return Found(m.start(), end, "date", parts, part_of_day=_pod(m["pod"]), pattern="written")


def _span(m: re.Match[str], text: str) -> Found | None:
    d1, m1, y1 = int(m["d1"]), _int(m["m1"]), _int(m["y1"])
    d2, m2, y2 = int(m["d2"]), int(m["m2"]), _year_int(m["y2"])
    prefixed = bool(m["tu"] or m["ngay"] or m["pod"])
    dash = m["dash"].strip(" -–—")
    if dash == "/":
        # "(20-1-1949 / 20-1-2025)": a spaced slash joins two full dates, nothing less
        if m["m1"] is None or m["y1"] is None or m["y2"] is None:
            return None
        dash = ""
    words = bool(dash)  # "đến"/"tới" rather than a dash
    if m1 is None:
        # "8-10/9": two days of one month; "16 đến 18/11" needs "từ"/"ngày" to be a range.
        if d1 == d2 or (words and not prefixed):
            return None
        m1 = m2
        if d1 > d2:
            # "từ ngày 24 đến 4/12" would run backwards: the first day is in the month before
            # (README round 15, backward spans); a bare "24-4/12" is no range
            if not (m["tu"] or m["ngay"]):
                return None
            m1 = m2 - 1 or 12
    if y2 is None and y1 is not None:
        return None
    if y2 is None and not prefixed and ("/" not in (m["s1"] or "/") or m["s2"] != "/"):
        return None
    if y2 is None and not prefixed and not _bare_ok(text, m.start(), d1, m1):
        return None
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)):
        return None
    if y1 is not None and y2 is not None and dt.date(y1, m1, d1) >= dt.date(y2, m2, d2):
        return None
    first, last = Parts(y1, m1, d1), Parts(y2, m2, d2)
    return Found(m.start(), m.end(), "span", first, last, _pod(m["pod"]), pattern="span")


def _year_span(m: re.Match[str], text: str) -> Found | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 <= y1:  # "(1789-2025)" is fine: every year the patterns read is 1700-2099
        return None
    start = m.start()
    if _lower(text[start : start + 3]) == "năm":  # but "5 năm 2021-2025" is a duration
        previous = _previous_word(text, start)
        if previous in _QUANTITY or previous.isdigit():
            start = m.start("y1")
    return Found(start, m.end(), "span", Parts(y1), Parts(y2), pattern="year_span")


_QUARTERS: Final[dict[str, int]] = {"i": 1, "ii": 2, "iii": 3, "iv": 4} | {
    str(n): n for n in range(1, 5)
}


def _quarter(m: re.Match[str], _text: str) -> Found | None:
    """ "quý III/2025": the quarter's three months, a month span (2025-07/2025-09); "quý II"
    alone keeps its months year-less for the resolver, "quý I năm nay" counts from the
    reference."""
    quarter = _QUARTERS[_lower(m["q"])]
    if m["rel"]:
        offset = _YEAR_WORDS[_lower(m["rel"])]
        first = Parts(None, 3 * quarter - 2)
        return Found(m.start(), m.end(), "relative", first, relative=f"qyear:{offset}")
    year = _int(m["y"])
    first, last = Parts(year, 3 * quarter - 2), Parts(year, 3 * quarter)
    return Found(m.start(), m.end(), "span", first, last, pattern="quarter")


#: "năm nay", "năm ngoái", "năm tới", "năm trước", "năm sau": years from the reference.
_YEAR_WORDS: Final[dict[str, int]] = {"nay": 0, "ngoái": -1, "tới": 1, "trước": -1, "sau": 1}
#: Words before "tháng năm" that make it "the months of" or a count ("các tháng năm 2025").
_NOT_BEFORE_MONTH_WORD: Final = _QUANTITY | frozenset(("hàng", "từng", "cả", "ngày", "mỗi"))
#: Words after "tháng hai" that make it a frequency or a count ("mỗi tháng hai lần").
_NOT_AFTER_MONTH_WORD: Final = frozenset(
    [
        *("lần", "lượt", "kỳ", "người", "triệu", "tỷ", "nghìn", "ngàn", "trăm", "chục", "đồng"),
        *("sinh", "bên", "nước", "phía", "đoàn", "vị", "nhà"),  # "tháng hai bên": "in the month,
    ]  # the two sides", not February
)
_NEXT_WORD = re.compile(r"\s*(\w+)")


def _next_word(text: str, end: int) -> str:
    match = _NEXT_WORD.match(text, end)
    return match.group(1).lower() if match else ""


def month_word_ok(text: str, start: int, end: int) -> bool:
    """A month written as a word ("tháng năm") is a month unless a count or a frequency reads
    better: "các tháng năm 2025", "mỗi tháng hai lần", "ngày tháng năm sinh"."""
    previous = _previous_word(text, start)
    if previous in _NOT_BEFORE_MONTH_WORD or previous.isdigit():
        return False
    return _next_word(text, end) not in _NOT_AFTER_MONTH_WORD


def _month_word(m: re.Match[str], text: str) -> Found | None:
    if text[max(0, m.start() - 12) : m.start()].lower().endswith("cách mạng "):
        return None  # "Cách mạng tháng 8" names a revolution, not a month
    month = _month(m["m"])
    if not m["m"][0].isdigit() and not month_word_ok(text, m.start(), m.end("m")):
        return None
    if month == 5 and not m["y"] and _next_word(text, m.end()) in _YEAR_WORDS:
        return None  # "(trong) tháng năm nay": "năm" is the year's noun, not May
    if m["rel"]:
        offset = _YEAR_WORDS[_lower(m["rel"])]
        return Found(m.start(), m.end(), "relative", Parts(None, month), relative=f"year:{offset}")
    return Found(m.start(), m.end(), "month", Parts(_int(m["y"]), month), pattern="month")


def _month_numeric(m: re.Match[str], text: str) -> Found | None:
    if _previous_word(text, m.start()) in _NOT_BEFORE_BARE:
        return None
    if m["s"] == "-" and (m["m2"] or not _bracketed(text, m.start(), m.end())):
        return None  # "5-1998" outside brackets may be a code or a count
    parts = Parts(int(m["y"]), int(m["m"]))
    if m["m2"]:
        last = Parts(int(m["y2"]), int(m["m2"]))
        if (last.year, last.month) <= (parts.year, parts.month):  # not a forward range
            return Found(m.start(), m.end("y"), "month", parts, pattern="month_numeric")
        return Found(m.start(), m.end(), "span", parts, last, pattern="month_numeric")
    return Found(m.start(), m.end(), "month", parts, pattern="month_numeric")


#: The words that qualify a year ("đầu năm nay", "cuối năm tới"): the match opens with one.
_YEAR_QUALIFIERS: Final = ("đầu", "giữa", "cuối")


def _qualified(phrase: str) -> bool:
    return _lower(phrase[:4]).startswith(_YEAR_QUALIFIERS)


def _year(m: re.Match[str], text: str) -> Found | None:
    if m["rel"]:
        if not _qualified(m.group()):  # "(trong) những năm tới", "nhiều năm nay": plural years
            previous = _previous_word(text, m.start())
            if previous in _QUANTITY or previous.isdigit():
                return None
        offset = {"nay": 0, "ngoái": -1, "tới": 1}[_lower(m["rel"])]
        return Found(m.start(), m.end(), "relative", relative=f"year:{offset}", pattern="year")
    year = int(m["y"])
    if " mới " in _lower(m.group()) and _next_word(text, m.end()) in _NOT_AFTER_YEAR:
        return None  # "chúc năm mới 2000 người dân": a count after the greeting
    if year % 10 == 0 and _lower(m.group()[:3]) == "năm":
        decade = _DECADE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if decade is not None:  # "những năm 1950": ten years (README round 6), not one
            parts, last = Parts(year), Parts(year + 9)
            return Found(decade.start(), m.end(), "span", parts, last, pattern="decade")
    if _lower(m.group()[:3]) == "tết":
        # "Tết Nguyên đán 2020": the festival is no date, its year is (README round 8 #23, as
        # "Tết Canh Tý 2020"); "đầu Tết 2025" keeps its words, like "đầu Xuân 2025"
        return Found(m.start("y"), m.end(), "year", Parts(year), pattern="festival_year")
    return Found(m.start(), m.end(), "year", Parts(year), pattern="year")


#: Words before "năm 1950" that make it a decade: "những năm 1950", "các năm 1960",
#: "thập niên những năm 1970" (the extent opens with them).
_DECADE_BEFORE: Final = re.compile(
    r"(?<!\w)(?:(?:thập\s+niên|thập\s+kỷ)\s+)?(?:những|các)\s+$", re.IGNORECASE
)


#: Words before a bare number that make it a count, a code or a measure ("khoảng 2000",
#: "mã 2019", "phòng 2020"): with :data:`_NOT_BEFORE_BARE` and :data:`_QUANTITY`.
_NOT_BEFORE_YEAR: Final = (
    _NOT_BEFORE_BARE
    | _QUANTITY
    | frozenset(
        (
            *("trên", "dưới", "tới", "mã", "hiệu", "kênh", "xe", "tàu", "máy", "bay", "chuyến"),
            *("ô", "lô", "căn", "km", "cột", "hàng", "thứ", "lần", "top", "iso", "mức", "giá"),
            *("tổng", "cộng", "gồm", "được", "có", "là", "với", "cho", "và", "hoặc", "của", "thêm"),
        )
    )
)
#: Words after a bare number that make it a count or a measure ("2000 người", "1950 tấn").
_NOT_AFTER_YEAR: Final = frozenset(
    (
        *("người", "tấn", "ha", "km", "m", "mét", "usd", "đô", "đồng", "euro", "yên", "chiếc"),
        *("lượt", "học", "sinh", "hộ", "căn", "cái", "con", "bản", "trang", "phút", "giờ"),
        *("ngày", "tuần", "tháng", "năm", "km2", "m2", "kg", "tỷ", "triệu", "nghìn", "ngàn"),
        *("trăm", "ký", "tự", "điểm", "vị", "đơn", "suất", "liều", "lít", "cây", "mẫu", "sào"),
        *("thí", "dự", "án", "doanh", "nghiệp", "cơ", "sở", "dặm", "hải", "lý", "feet", "ft"),
    )
)
_NUMBER_WORD = re.compile(r"\d+$")
#: The year before in a list: "1998, " or "2004 và ".
_YEAR_LIST = re.compile(r"(?<!\d)(?:1[7-9]|20)\d\d\s*(?:,|và|hoặc)\s*$")
_DIGIT_NEXT = re.compile(r"\s*\d")


def _bare_year(m: re.Match[str], text: str) -> Found | None:
    """A year standing alone: "APEC 2017", "hồi 2013", "(các năm 1998,) 2004 và 2009"."""
    previous = _previous_word(text, m.start())
    # unless in a list of years ("1998, 2004 và 2009"), not after a count, a code, a number
    if (previous in _NOT_BEFORE_YEAR or _NUMBER_WORD.match(previous)) and _YEAR_LIST.search(
        text, max(0, m.start() - 12), m.start()
    ) is None:
        return None
    if _next_word(text, m.end()) in _NOT_AFTER_YEAR:
        return None
    if _DIGIT_NEXT.match(text[m.end() : m.end() + 3]):
        return None  # "2019 15" : a row of numbers
    return Found(m.start(), m.end(), "year", Parts(int(m["y"])), pattern="bare_year")


def _lunar_year(m: re.Match[str], _text: str) -> Found | None:
    """ "năm Canh Tý 2020": the year, when its lunar name is the one that year bears."""
    year = int(m["y"])
    branch = BRANCH_VARIANTS.get(m["branch"], m["branch"])
    if STEMS[(year - 4) % 10] != m["stem"] or BRANCHES[(year - 4) % 12] != branch:
        return None  # a misread or a typo: the bare year stands alone
    lead = m["lead"]
    if lead is not None and lead[0] in "tTxX":
        # "Xuân Giáp Thìn 2024", "Tết Canh Tý 2020": the festival is no date, its year is
        return Found(m.start("y"), m.end(), "year", Parts(year), pattern="festival_year")
    return Found(m.start(), m.end(), "year", Parts(year), pattern="lunar_year")


def _themed_year(m: re.Match[str], _text: str) -> Found | None:
    """ "Năm APEC 2017", "Năm Chủ tịch ASEAN 2020": the year the name carries, quoted bare."""
    return Found(m.start("y"), m.end(), "year", Parts(int(m["y"])), pattern="themed_year")


def _relative_code(word: str) -> str:
    word = " ".join(_lower(word).split())
    if word == "cùng ngày":
        return "same:0"
    last = word.rsplit(" ", 1)[-1]
    if word.startswith(("hôm sau", "ngày hôm sau", "hôm trước", "ngày hôm trước")):
        return f"same:{ANAPHORIC[last]}"
    if word in ("ngày kia", "ngày mốt"):
        return "day:2"  # the day after tomorrow ("hôm kia" is the day before yesterday)
    return f"day:{DEICTIC[last]}"


def _relative(m: re.Match[str], text: str) -> Found | None:
    word = m["r2"]
    if word is not None and _lower(word) == "hôm nay" and present_day(text, m.start(), m.end()):
        return None  # "thế hệ hôm nay": present-day, no date
    if word is not None and _lower(word).endswith("hôm nay") and as_today(text, m.start()):
        return None  # "có sự phát triển như ngày hôm nay": how things are, no date
    code = _relative_code(m["r1"] or m["r2"])
    return Found(
        m.start(), m.end(), "relative", part_of_day=_pod(m["pod"]), relative=code, pattern="rel"
    )


def _paren(m: re.Match[str], text: str) -> Found | None:
    day, month, year = int(m["d"]), int(m["m"]), _year_int(m["y"])
    if not valid_day(year, month, day):
        return None
    # without brackets, "nay" or "mai" with its own noun or part of day: "Sáng nay 14/9",
    # "Ngày mai 7/4"; not "qua 2/3" ("through two thirds") nor a weekday (DATE's). With its noun
    # or part of day "qua" is a day too: "hôm qua 8-3", "Chiều qua 7.9", "hôm qua, 2/3" (no
    # fraction follows "hôm qua" or a part of day)
    if m["open"] is None and (m["wd"] or not (m["pod"] or " " in m["rel"].strip())):
        return None
    if m["wd"] and not m["pod"] and _previous_word(text, m.start()) in _ORDINAL_NOUNS:
        return None  # "cuộc họp lần thứ 2 (ngày 27/10)": an ordinal; the date is DATE's
    hint = None
    if m["rel"]:
        code = _relative_code(m["rel"])
        hint = int(code.split(":")[1]) if code.startswith("day:") else None
    pod = _pod(m["pod"])
    if m["ch"] is not None:
        # "17h chiều nay (7/10)": the clock read with its part of day ("5 giờ chiều" is 17:00)
        hour = _clock_hour(int(m["ch"]), pod, None)
        if hour is None:
            return None
        minute = int(m["cmi"] or m["cmi2"] or 0)
        clocked = Parts(year, month, day, hour, minute)
        return Found(m.start(), m.end(), "datetime", clocked, part_of_day=pod, hint=hint)
    parts = Parts(year, month, day)
    return Found(m.start(), m.end(), "date", parts, part_of_day=pod, hint=hint, pattern="paren")


#: Nouns that take an ordinal "thứ hai", which is then no weekday: "lần thứ 2", "khóa thứ ba".
_ORDINAL_NOUNS: Final = frozenset(
    ("lần", "kỳ", "khóa", "khoá", "phiên", "đợt", "vòng", "lượt", "số", "hạng", "bên", "người")
)


#: Words before a clock time that make it a duration: "trong 2 giờ", "kéo dài 1 giờ 30 phút".
_NOT_BEFORE_TIME: Final = _QUANTITY | frozenset(
    ("trong", "dài", "mất", "hơn", "gần", "suốt", "sau", "chừng", "được", "còn", "tới", "đến")
)


#: Words after which "12:30" is a clock time: the moment something happens, starts or moves to.
_CLOCK_CUES: Final = frozenset(
    ("đúng", "đến", "tới", "thành", "từ", "trước", "sau", "tầm", "chừng", "lúc", "hồi", "vào")
)


def _time_alone(m: re.Match[str], text: str) -> Found | None:
    """ "vào khoảng 8h25", "lúc 11 giờ sáng", "16 giờ 30 phút cùng ngày": a clock time on the
    day the text is at (resolved by the normaliser: code ``clock:same`` or ``clock:here``)."""
    lead, ampm, colon = m["lead"], m["ampm"], m["mi4"]
    previous = _previous_word(text, m.start())
    if colon or ampm:  # "12:30", "11AM": never a duration, but "tỷ lệ 1:50" is a ratio
        if not (ampm or lead or m["pod"] or m["same"] or previous in _CLOCK_CUES):
            return None
    elif lead is None and previous in _NOT_BEFORE_TIME:
        return None
    if (
        m["mi3"] is None
        and text[m.end("h") : m.end("h") + 1] in ("g", "G")
        and not (lead or previous in _CLOCK_CUES)
    ):
        return None  # "8g sáng" is a clock after "lúc", "vào", "từ"; "nặng 5g" weighs
    minute = m["mi"] or m["mi2"] or m["mi3"] or colon
    day = m["pod"] or m["same"] or m["rel2"]  # a day named after the clock makes it one
    if (minute is None or m["mi3"]) and not (lead or day or ampm):
        return None  # "2 giờ" alone is as often a duration, "5g20" a weight
    if lead is not None and _lower(lead).strip() == "khoảng" and not (minute or day or ampm):
        return None  # "khoảng 2 giờ": about two hours
    pod = _pod(m["pod"])
    hour = _clock_hour(int(m["h"]), pod, ampm)
    if hour is None:
        return None
    parts = Parts(None, None, None, hour, int(minute or 0))
    code = "clock:same" if m["same"] else "clock:here"
    if m["rel"] is not None or m["rel2"] is not None:
        # "15h chiều nay", "20h hôm nay": the clock on that day
        code = _relative_code(m["rel"] or m["rel2"])
    # "vào khoảng 8h25" quotes "8h25", "vào lúc 8h25" quotes "lúc 8h25"
    return Found(_clock_start(m), m.end(), "relative", parts, part_of_day=pod, relative=code)


#: Words before "ngày 23" that make it a count or an ordinal day ("mỗi ngày 2", "trong ngày 2").
_NOT_BEFORE_DAY: Final = _QUANTITY | frozenset(("trong", "sau", "mất", "thứ", "từng", "hàng"))


def _day_alone(m: re.Match[str], text: str) -> Found | None:
    """ "tại Bắc Kinh ngày 23, ...": a day of the month whose month the text fixes."""
    if _previous_word(text, m.start()) in _NOT_BEFORE_DAY:
        return None
    parts = Parts(None, None, int(m["d"]))
    return Found(
        m.start(), m.end(), "relative", parts, part_of_day=_pod(m["pod"]), relative="dom:0"
    )


def _day_span_alone(m: re.Match[str], _text: str) -> Found | None:
    """ "từ ngày 18 đến ngày 20": two days, the first before the last, of the text's month."""
    first, last = int(m["d1"]), int(m["d2"])
    if first >= last:
        return None
    return Found(
        m.start(),
        m.end(),
        "relative",
        Parts(None, None, first),
        Parts(None, None, last),
        part_of_day=_pod(m["pod"]),
        relative="domspan:0",
        pattern="day_span_alone",
    )


#: Offsets of the words after a unit: "tuần trước" -1, "tháng này" 0, "quý tới" +1.
PERIOD_WORDS: Final[dict[str, int]] = {
    "trước": -1,
    "vừa qua": -1,
    "vừa rồi": -1,
    "qua": -1,
    "này": 0,
    "nay": 0,
    "hiện tại": 0,
    "tới": 1,
    "sau": 1,
    "sắp tới": 1,
    "kế tiếp": 1,
    "tiếp theo": 1,
}
_UNITS: Final[dict[str, str]] = {"tuần": "week", "tháng": "month", "quý": "quarter", "năm": "year"}
#: "năm vừa qua" / "năm vừa rồi" say "over the past year" as often as "last year": like "năm qua"
#: and "thời gian qua" they are no date (realpages README, round 7, convention 5); "năm ngoái" is.
_VAGUE_YEAR: Final = frozenset(("vừa qua", "vừa rồi"))
#: After "sau"/"trước", words that make them "after/before that", relative to another event.
_ANAPHORIC_AFTER: Final = frozenset(("đó", "khi", "này", "nữa"))


def _calendar_year(m: re.Match[str], _text: str) -> Found | None:
    """ "DL.2024", "năm DL 2024": the year its calendar mark names."""
    return Found(m.start(), m.end(), "year", Parts(int(m["y"])), pattern="calendar_year")


def _relative_period(m: re.Match[str], text: str) -> Found | None:
    previous = _previous_word(text, m.start())
    if previous in _QUANTITY or previous.isdigit():
        return None
    if m["edge"]:  # "từ hồi đầu năm": the article's year
        return Found(m.start(), m.end(), "relative", relative="year:0", pattern="period")
    rel = " ".join(_lower(m["rel"]).split())
    if rel in ("sau", "trước") and _next_word(text, m.end()) in _ANAPHORIC_AFTER:
        return None  # "năm sau đó", "tuần trước khi": the year after another event
    unit = _UNITS[_lower(m["unit"])]
    if unit == "year" and rel in _VAGUE_YEAR:
        return None  # "(trong) năm vừa qua": over the past year, a vague period like "năm qua"
    return Found(
        m.start(), m.end(), "relative", relative=f"{unit}:{PERIOD_WORDS[rel]}", pattern="period"
    )
