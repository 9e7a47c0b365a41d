"""Infer the reference date from the article itself, when neither caller nor page gave one.

Vietnamese news writes the day and month of the main event ("Chiều 18/2") and leaves the year
to the dateline. When the dateline is gone, the body usually still fixes the year; this module
reads it from, in order of trust:

1. the main (first) day/month itself, when it carries a year ("ngày 16/9/2025"); a landmark's
   date is not the main one ("từ khi hai nước lập quan hệ ngoại giao ngày 5-6-1975");
2. anchors that name the current year: a sentence opening "Năm 2025 ...", "(đầu) Xuân 2025",
   "Tết 2025", a themed year ("Năm giao lưu nhân văn ... 2025"), and anniversaries whose
   founding year is written ("kỷ niệm 75 năm ... (1950-2025)", "kỷ niệm 75 năm ... năm 1950"),
   and the years the text ties to now (:mod:`vndiplo_dates.present_year`: "tháng 12 tới đây
   ... năm 2025", a greeted "Tết Nguyên đán Ất Tỵ", taken in the 60-year cycle nearest the
   page's month stamp or latest written year). They must agree (or one year must
   outnumber the rest);
3. a lone year written in the main day/month's own sentence ("... hội đàm thường niên năm
   2023"), unless a word makes it a target, a start or a landmark ("đến năm", "từ năm",
   "kỷ niệm"); or, in a year-end review's sentence ("tổng kết ... năm 2023, triển khai nhiệm
   vụ năm 2024"), the year that puts the day nearest the turn of the two;
4. a month the page stamps itself with before the body ("date 2018-10", "2018-10", "tháng
   10/2018" on a line of its own), when the stamp gives no day and so no publication date: the
   year that puts the main day/month nearest that month; unless the stamp lies years after
   every year the article may call its own and the lead writes one: the crawl's month then
   yields to the lead's year;
5. the first year of the term a congress in the main day's sentence opens ("Đại hội ... lần
   thứ XI, nhiệm kỳ 2026 - 2031");
6. unless ``settings["dates"]["strict_reference"]`` is true, a period the main one is said to
   follow ("sau hơn 58 năm (02/12/1960 - 02/12/2018)") or an event it follows by a counted
   time ("đúng một năm sau chuyến thăm ... (10-2022)"): the main day/month is then the first
   one after it (a bare earlier date, "kể từ sau cuộc họp ngày 27/10/2012", fixes nothing);
7. unless strict, the latest year the article writes outside the main day's sentence, read by
   its tense (:mod:`vndiplo_dates.written_year`).

Otherwise it returns None: year-less dates then stay ``--MM-DD``. The day of the reference is
the main day/month, shifted by its relative word ("hôm qua (30/3)" was written on 31/3), so
relative expressions elsewhere resolve as the reader would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from vndiplo_dates.later_dated_year import later_dated_year
from vndiplo_dates.normalise import nearest_year
from vndiplo_dates.parse import Found, valid_day
from vndiplo_dates.present_year import tied_years
from vndiplo_dates.written_year import (
    is_current_candidate,
    is_goal,
    is_landmark,
    latest_year,
    sentence_bounds,
    written_year,
)
from vndiplo_dates.years import last_tense

__all__ = ["crawler_month", "infer_reference", "stamp_month"]

_ANNIVERSARY = re.compile(r"kỷ\s+niệm\s+(?P<n>\d{1,3})\s+năm", re.IGNORECASE)
_FOUNDED = re.compile(r"(?:năm|\()\s*(?P<y>1[7-9]\d\d|20\d\d)(?!\d)", re.IGNORECASE)
_DASH_NEXT = re.compile(r"\s*[-–—]")
_CELEBRATED = re.compile(r"(?:diễn ra|tổ chức)\s+(?:vào\s+)?$", re.IGNORECASE)
#: No article is written after next year: an anniversary "current year" beyond it is misread.
_LATEST_YEAR: Final = dt.date.today().year + 1
_AFTER = re.compile(r"(?<!\w)sau(?!\w)", re.IGNORECASE)
#: "đúng một năm sau chuyến thăm ... (10-2022)": the main event lies that many years after.
_YEARS_AFTER: Final = re.compile(
    r"(?<!\w)(\d{1,2}|một|hai|ba|bốn|mười)\s+năm\s+sau(?!\w)", re.IGNORECASE
)
_COUNT_WORDS: Final = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "mười": 10}
#: Words that make an earlier event recent: "những tiến triển thời gian vừa qua ... sau ...".
_RECENT: Final = re.compile(r"(?<!\w)(?:vừa\s+qua|gần\s+đây)(?!\w)", re.IGNORECASE)
_SENTENCE_END: Final = '.!?;:\n"“(…'
#: How far (characters) a cue may sit from the expression it qualifies: about one clause.
_WINDOW: Final = 160


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" ")
    return not before or before[-1] in _SENTENCE_END


def _sentence_before(text: str, start: int) -> str:
    chunk = text[max(0, start - _WINDOW) : start]
    cut = max(chunk.rfind(". "), chunk.rfind("\n"), chunk.rfind("; "))
    return chunk[cut + 1 :] if cut >= 0 else chunk


#: Year expressions quoted bare whose name ties the page to the year ("Năm APEC 2017",
#: "Xuân Giáp Thìn 2024").
_NAMED_YEARS: Final = frozenset(("themed_year", "festival_year"))


#: "(từ tháng 9/2018) đến nay": a period that runs up to the present.
_UNTIL_NOW: Final = re.compile(r"\s*(?:cho\s+)?(?:đến|tới)\s+nay(?!\w)", re.IGNORECASE)


def _until_now_year(text: str, found: Sequence[Found]) -> int | None:
    """The latest year a period "đến nay" starts in ("Từ tháng 9/2018 đến nay, ông giữ cương vị
    ..."): a career or a tally told up to the present, so the page is written in that year or
    later. A start year is no candidate for the page's own year (``latest_year`` leaves it out),
    but it shows that an earlier "Năm 2013, ông được bổ nhiệm ..." looks back."""
    years = [
        item.first.year
        for item in found
        if item.first.year is not None
        and item.kind in ("year", "month", "date")
        and _UNTIL_NOW.match(text, item.end)
    ]
    return max(years) if years else None


def _names_current_year(text: str, item: Found, phrase: str, latest: int | None) -> bool:
    """ "Xuân 2025", "Tết 2025", a themed year, or a sentence opening "Năm 2025 ..." (unless
    the article writes a later year: the paragraph then looks back, "Năm 2006, bà ... thăm")."""
    if item.pattern in _NAMED_YEARS or "xuân" in phrase or "tết" in phrase:
        return True
    if latest is not None and item.first.year is not None and latest > item.first.year:
        return False
    if _described_as_present(text, item):
        return True
    if not (phrase.startswith("năm") and _sentence_start(text, item.start)):
        return False
    # "Năm 2014, hai nước đã có bản ký kết ...": the year of an act the sentence tells as done
    # is history (README round 5 "Historical years"), not the page's year
    return _DONE_ACT.search(_sentence_after(text, item.end)) is None


#: A year described as a whole, mid-sentence: "(Hai bên cho rằng) 2015 là năm có ý nghĩa đặc
#: biệt", "năm 2022 cũng là một năm bản lề". A writer weighs the year they are in (as an opening
#: "Năm 2025 là năm ..." does); only words that weigh a year count, not an act in it ("1995 là năm
#: hai nước thiết lập quan hệ": a landmark), nor "sẽ là năm" (said ahead) or "đã/từng là năm".
_PRESENT_YEAR_WEIGHED: Final = re.compile(
    r"\s*(?:cũng\s+)?là\s+(?:một\s+)?năm\s+(?:có\s+(?:ý\s+nghĩa|nhiều)|đặc\s+biệt|quan\s+trọng"
    r"|bản\s+lề|then\s+chốt|bứt\s+phá|tăng\s+tốc|nước\s+rút|kỷ\s+niệm)(?!\w)",
    re.IGNORECASE,
)
#: A weighing that looks back: "năm có ý nghĩa lịch sử" (historic).
_HISTORIC: Final = re.compile(r"(?<!\w)lịch\s+sử(?!\w)", re.IGNORECASE)
#: Words before the year in its sentence that tell it as the past ("nhắc lại 2015 là năm ...").
_PAST_BEFORE: Final = re.compile(
    r"(?<!\w)(?:đã|từng|hồi|nhắc\s+lại|nhớ\s+lại)(?!\w)", re.IGNORECASE
)


def _described_as_present(text: str, item: Found) -> bool:
    """Whether the year ``item`` writes is weighed as the present one right after it (see
    :data:`_PRESENT_YEAR_WEIGHED`), with no past word in its sentence before it."""
    weighed = _PRESENT_YEAR_WEIGHED.match(text, item.end)
    if weighed is None or _HISTORIC.search(_sentence_after(text, weighed.end())):
        return False
    start, _ = sentence_bounds(text, item)
    return _PAST_BEFORE.search(text, start, item.start) is None


#: A done act in a sentence: "đã", "từng" or "vừa", then within four words an act that happens
#: on a day (a signing, a visit, a meeting, a founding, an adoption).
_DONE_ACT: Final = re.compile(
    r"(?<!\w)(?:đã|từng)\s+(?:[^\W\d_]+\s+){0,4}?"
    r"(?:ký|thăm|gặp|hội\s+đàm|hội\s+kiến|tiếp|thành\s+lập|thiết\s+lập|ban\s+hành|thông\s+qua"
    r"|khởi\s+công|khánh\s+thành|tổ\s+chức|sang|đến|nâng\s+cấp|bình\s+thường\s+hóa"
    r"|bình\s+thường\s+hoá|kết\s+nghĩa|công\s+nhận|gia\s+nhập|đặt\s+quan\s+hệ|trao)(?!\w)"
)


def _sentence_after(text: str, end: int) -> str:
    """The lower-cased rest of the sentence after ``end``."""
    stop = min((at for at in (text.find(". ", end), text.find("\n", end)) if at >= 0), default=-1)
    return text[end : stop if stop >= 0 else len(text)].lower()


def _anchor_years(text: str, found: Sequence[Found]) -> list[int]:
    """Years the text names as the current one."""
    years: list[int] = []
    opened: set[int] = set()  # the years of sentences opening "Năm 2025 ..."
    latest = max(
        (year for year in (latest_year(text, found), _until_now_year(text, found)) if year),
        default=None,
    )
    for item in found:
        phrase = text[item.start : item.end].lower()
        if (
            item.kind == "year"
            and item.first.year is not None
            and _names_current_year(text, item, phrase, latest)
        ):
            years.append(item.first.year)
        elif (
            item.kind == "span"
            and item.last is not None
            and item.last.year is not None
            and _ANNIVERSARY.search(_sentence_before(text, item.start))
        ):
            years.append(item.last.year)
        opens = item.pattern == "year" and phrase.startswith("năm")
        if opens and _sentence_start(text, item.start):
            opened.add(item.first.year or 0)
    if len(opened) > 1:  # "Năm 1993, ông ... Năm 1998, ông ...": a life told year by year
        years = [year for year in years if year not in opened]
    for match in _ANNIVERSARY.finditer(text):
        clause = text[match.end() : match.end() + _WINDOW].split(".")[0]
        founded = _FOUNDED.search(clause)
        if founded is None or _DASH_NEXT.match(clause[founded.end() :]):
            continue
        # "... sẽ được tổ chức vào năm 2023" dates the celebration, not the founding: the page
        # may be written the year before it, so it names no current year.
        if _CELEBRATED.search(clause[: founded.start()]):
            continue
        current = int(founded["y"]) + int(match["n"])
        if current <= _LATEST_YEAR:  # a founding year read wrongly lands in the future
            years.append(current)
        elif (
            _CELEBRATED_IN.search(clause[: founded.start()])
            and _PRESENT_FRAME.search(text, max(0, match.start() - _FRAME_REACH), match.start())
            and not _planned_before(text, match.start())
        ):
            # "trong bối cảnh hai nước kỷ niệm 50 năm thiết lập quan hệ ... vào năm 2023": a
            # founding year would put the anniversary in the future, so the year is the one it
            # is marked in, set as the present's circumstance (README round 6 years); a
            # celebration simply told ("Hai bên kỷ niệm ... vào năm 2022 tại X") may be history,
            # and "sẽ kỷ niệm ... vào năm Y" is a plan, written before
            years.append(int(founded["y"]))
    return years


#: Words that set an anniversary as the present's circumstance: "trong bối cảnh hai nước kỷ
#: niệm", "diễn ra khi", "nhân dịp", "đây là dịp", "năm nay", "đang".
_PRESENT_FRAME: Final = re.compile(
    r"(?<!\w)(?:bối\s+cảnh|khi|dịp|năm\s+nay|đang|giữa\s+lúc|thời\s+điểm)(?!\w)[^.;\n]*$",
    re.IGNORECASE,
)
_FRAME_REACH: Final = 60
#: "vào năm 2023", "trong năm 2023" closing the anniversary: the year it is marked in.
_CELEBRATED_IN: Final = re.compile(r"(?:vào|trong)\s+$", re.IGNORECASE)


#: Words that make the celebration something to organise ("phối hợp tổ chức các hoạt động kỷ
#: niệm ... vào năm 2023"): a plan, which a writer in that year would tell with "năm nay".
_ORGANISED: Final = re.compile(
    r"(?<!\w)(?:tổ\s+chức|phối\s+hợp|hướng\s+(?:tới|đến)|tiến\s+tới|kế\s+hoạch|chương\s+trình)"
    r"(?!\w)",
    re.IGNORECASE,
)


def _planned_before(text: str, at: int) -> bool:
    """Whether the sentence up to ``at`` says a plan last ("hai nước sẽ kỷ niệm ...") or
    organises the celebration ("phối hợp tổ chức các hoạt động kỷ niệm ...")."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    before = text[start:at]
    return last_tense(before.lower()) == "future" or _ORGANISED.search(before) is not None


def _same_sentence_year(text: str, found: Sequence[Found], main: Found) -> int | None:
    """A lone year written in the main day/month's own sentence ("hội đàm thường niên năm 2023",
    "Lễ hội giao lưu ... năm 2019"): the year that sentence's event happens in (not a target,
    history, a landmark's year or a goal's deadline: "nơi được thành lập năm 1959", "sinh năm
    1961", "hướng tới mục tiêu đạt 50 tỷ USD vào năm 2030")."""
    start, end = sentence_bounds(text, main)
    return _lone_year(text, found, start, end)


def _paragraph_bounds(text: str, main: Found) -> tuple[int, int]:
    """Start and end of the paragraph (the line) holding ``main``."""
    end = text.find("\n", main.end)
    return text.rfind("\n", 0, main.start) + 1, end if end >= 0 else len(text)


def _lone_year(text: str, found: Sequence[Found], start: int, end: int) -> int | None:
    """The one year ``text[start:end]`` writes for an event of its own, if just one."""
    years = set()
    for item in found:
        if not start <= item.start < end or item.kind != "year" or item.first.year is None:
            continue
        if item.pattern == "bare_year":  # "Kế hoạch hợp tác 2019": a name, not the event's year
            continue
        if item.last is not None and item.last != item.first:
            continue
        if is_current_candidate(text, item, floor=start) and not is_goal(text, item, start):
            years.add(item.first.year)
    return years.pop() if len(years) == 1 else None


#: "Hội nghị tổng kết công tác năm 2031, triển khai nhiệm vụ năm 2032": a review of one year
#: that sets the next one's tasks meets around the turn of the two.
_REVIEW: Final = re.compile(r"(?<!\w)tổng\s+kết(?!\w)", re.IGNORECASE)


def _review_year(text: str, found: Sequence[Found], main: Found) -> int | None:
    """The year that puts the main day/month nearest the turn of the year its sentence reviews
    ("tổng kết ... năm 2031") and the next one it plans ("nhiệm vụ năm 2032")."""
    start, end = sentence_bounds(text, main)
    if _REVIEW.search(text, start, end) is None:
        return None
    years = {
        item.first.year
        for item in found
        if start <= item.start < end and item.kind == "year" and item.first.year is not None
    }
    if len(years) != 2 or max(years) - min(years) != 1:
        return None
    month, day = main.first.month, main.first.day
    if month is None or day is None:
        return None
    return nearest_year(month, day, dt.date(max(years), 1, 1))


#: "Đại hội ... lần thứ XI, nhiệm kỳ 2026 - 2031": the congress that opens a term, held in the
#: term's first year. A session within a term ("kỳ họp thứ 9, ... nhiệm kỳ 2026 - 2031"), an
#: election to it or a visit by its office holders may fall in any of its years: no rule.
_CONGRESS: Final = re.compile(r"(?<!\w)đại\s+hội(?!\w)", re.IGNORECASE)
_TERM_BEFORE: Final = re.compile(r"nhiệm\s+kỳ\s*$", re.IGNORECASE)
#: The congress named right after the term it opens: "được bầu làm Chủ tịch khóa IV (nhiệm kỳ
#: 2026-2031) tại Đại hội ...", "nhiệm kỳ 2026 - 2031 do Đại hội lần thứ V bầu ra".
_CONGRESS_AFTER: Final = re.compile(
    r"\s*\)?\s*,?\s*(?:tại|của|do|ở|trong)\s+(?:(?:phiên|kỳ)\s+[^\W\d_]+\s+(?:[^\W\d_]+\s+)?(?:của\s+)?)?"
    r"đại\s+hội(?!\w)",
    re.IGNORECASE,
)
#: How many years a term may last (a party or a union congress elects for five).
_TERM_YEARS: Final = range(2, 11)


def _congress_term_year(text: str, found: Sequence[Found], main: Found) -> int | None:
    """The first year of the term the congress in the main day's sentence opens, if any."""
    start, end = sentence_bounds(text, main)
    for item in found:
        if not start <= item.start < end or item.kind != "span" or item.last is None:
            continue
        first, last = item.first.year, item.last.year
        if first is None or last is None or item.first.month is not None:
            continue
        if last - first not in _TERM_YEARS:
            continue
        if _TERM_BEFORE.search(text, max(start, item.start - 12), item.start) is None:
            continue
        if _CONGRESS.search(text, start, item.start) is not None:
            return first
        if _CONGRESS_AFTER.match(text, item.end, end) is not None:
            return first
    return None


def _agreed(years: list[int]) -> int | None:
    if not years:
        return None
    ranked = Counter(years).most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _years_after(sentence: str) -> int:
    """The years a counted "... năm sau" puts between the earlier event and the main one."""
    counted = _YEARS_AFTER.search(sentence)
    if counted is None:
        return 0
    count = counted.group(1).lower()
    return int(count) if count.isdigit() else _COUNT_WORDS[count]


def _after_year(text: str, found: Sequence[Found], month: int, day: int) -> int | None:
    """The year that puts ``day/month`` first after the latest event it is said to follow; after
    a counted "một năm sau", the year that puts it nearest that many years after the event."""
    latest: tuple[int, int, int, int] | None = None
    for item in found:
        point = item.last if item.kind == "span" and item.last is not None else item.first
        if item.kind not in ("date", "datetime", "month", "span") or point.year is None:
            continue
        before = _sentence_before(text, item.start)
        if point.month is None or not _AFTER.search(before):
            continue
        counted = _years_after(before)
        # "sau hơn 58 năm (02/12/1960 - 02/12/2031)" counts a period up to now, "một năm sau
        # chuyến thăm (10/2030)" says how long after, "thời gian vừa qua ... sau chuyến thăm
        # tháng 10/2030" says it was recent; a bare earlier date ("kể từ sau cuộc họp ngày
        # 27/10/2030") only says the main day is later, not how much: no year.
        if item.kind != "span" and not counted and not _RECENT.search(before):
            continue
        key = (point.year, point.month, point.day or 31, counted)
        latest = key if latest is None or key > latest else latest
    if latest is None:
        return None
    year, after_month, after_day, counted = latest
    if counted:
        return nearest_year(month, day, dt.date(year + counted, after_month, 15))
    return year if (month, day) > (after_month, after_day) else year + 1


#: A page stamp of month precision before the body: "date 2018-10" (a crawler's line), "2018-10",
#: "10/2018", "tháng 10/2018", "Tháng 10 năm 2018", alone on its line or opening it.
_STAMP_MONTH: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:date[ \t]+)?(?:(?P<y>1[7-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])"
    r"|(?:tháng[ \t]+)?(?P<m2>0?[1-9]|1[0-2])(?:/|[ \t]+năm[ \t]+)(?P<y2>1[7-9]\d\d|20\d\d))"
    r"(?![-/.]?\d)",
    re.IGNORECASE,
)


def stamp_month(text: str, end: int) -> tuple[int, int] | None:
    """The year and month of a month-precision page stamp in ``text[:end]`` (before the body)."""
    match = _STAMP_MONTH.search(text, 0, end)
    if match is None:
        return None
    return int(match["y"] or match["y2"]), int(match["m"] or match["m2"])


#: A crawler's month marker opening the first body line: " date 2016-12 Có phải để ...". The
#: word "date" and the ISO month make it furniture, whatever follows on the line.
_CRAWLER_MONTH: Final = re.compile(
    r"[ \t]*date[ \t]+(?P<y>1[7-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])(?![-/.]?\d)"
)


def crawler_month(text: str, start: int) -> tuple[int, int] | None:
    """The year and month of a crawler's " date YYYY-MM" marker opening ``text[start:]``."""
    match = _CRAWLER_MONTH.match(text, start)
    return (int(match["y"]), int(match["m"])) if match is not None else None


#: How many years a month stamp may lie after every year the article writes and still date it.
_STAMP_SLACK: Final = 1


def _stamp_far_from_text(text: str, found: Sequence[Found], stamp_year: int) -> bool:
    """Whether every year the article may call its own lies more than _STAMP_SLACK years before
    the stamp's: a crawler's "date 2017-03" over an item whose lead says "chủ tịch ASEAN năm
    2010" was stamped when crawled. A start's, a landmark's or a goal's year ("từ năm 2017",
    "hồi năm 2013", "đến năm 2030") tells nothing about the stamp, and a period's end or any
    later year near the stamp keeps it."""
    years = []
    for item in found:
        if item.kind == "span" and item.last is not None and item.last.year is not None:
            years.append(item.last.year)
        elif (
            item.first.year is not None
            and is_current_candidate(text, item)
            and not is_goal(text, item)
        ):
            years.append(item.first.year)
    return bool(years) and all(year < stamp_year - _STAMP_SLACK for year in years)


def _stamp_year(stamp: tuple[int, int], month: int, day: int) -> int | None:
    """The year that puts ``day/month`` nearest the middle of the stamped month."""
    return nearest_year(month, day, dt.date(stamp[0], stamp[1], 15))


#: A day named from the writer's own: "chiều nay", "hôm qua", "sáng mai" (not "năm nay",
#: "tuần qua": a week or a year does not fix a day).
_DEICTIC_DAY: Final = re.compile(
    r"(?<!\w)(?:hôm|sáng|trưa|chiều|tối|đêm|khuya)\s+(?:nay|qua|mai)$", re.IGNORECASE
)


def _deictic_before(text: str, found: Sequence[Found], main: Found) -> bool:
    """Whether a sentence before the first day/month already dates its event from the writer's
    day ("Chiều nay, tại ... Hôm qua, ... Ngày 31/10, hai bộ ký ..."): the lead's day is then
    the writer's, and a day/month written later dates another event, an earlier or a planned
    one, never the article's day. A relative word in the day/month's own sentence ("Chiều nay
    (2/11)", "hôm qua, ngày 30/3") is its hint, not another day."""
    if main.first.year is not None:
        return False  # "Ngày 12/6/2025, ...": a day that writes its year is the page's own
    start, _ = sentence_bounds(text, main)
    return any(
        item.kind == "relative"
        and item.end <= start
        and _DEICTIC_DAY.search(text[item.start : item.end].rstrip()) is not None
        and _opens_clause(text, item)
        and not _quoted(text, item.start)
        for item in found
        if item.start < main.start
    )


def _opens_clause(text: str, item: Found) -> bool:
    """Whether ``item`` opens its sentence or a clause of it ("Chiều nay, ...", "Theo tin
    riêng, tối qua ..."): then it dates what the sentence tells, as a lead's day does."""
    start, _ = sentence_bounds(text, item)
    before = text[start : item.start].rstrip()
    return not before or before[-1] in ",;:("


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` sits inside quotation marks opened on its line: a speaker's "hôm nay"
    dates nothing the writer reports."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def infer_reference(
    text: str,
    found: Sequence[Found],
    *,
    strict: bool = False,
    stamp: tuple[int, int] | None = None,
    latest: int | None = None,
) -> tuple[dt.date, Found] | None:
    """The reference date the body fixes and the expression it rests on, or None.

    ``text`` is the normalised text and ``found`` its expressions in the body, in order;
    ``stamp`` the year and month of a month-precision page stamp (:func:`stamp_month`);
    ``latest`` the latest year a page may be written in, when the caller sets one (it lets a
    greeted Tết's lunar name alone fix the year).
    """
    # a landmark's date ("kể từ khi hai nước thiết lập quan hệ ngày 8-2-1993") is history
    main = next(
        (
            f
            for f in found
            if f.kind in ("date", "datetime")
            and f.first.day is not None
            and not (f.first.year is not None and is_landmark(text, f))
        ),
        None,
    )
    if main is None and not _names_writers_day(found):
        main = _undated_span(found)
    if main is None:
        return _month_reference(text, found)
    if main.first.month is None or main.first.day is None:
        return None
    if _deictic_before(text, found, main):
        return None
    month, day = main.first.month, main.first.day
    year = main.first.year
    if year is None:
        stamp_year = stamp[0] if stamp is not None else None
        tied = tied_years(text, found, month, day, stamp_year=stamp_year, latest=latest)
        year = _agreed(_anchor_years(text, found) + tied)
    if year is None:
        year = _same_sentence_year(text, found, main) or _review_year(text, found, main)
    if year is None:
        year = later_dated_year(text, found, main)
    if year is None and stamp is not None:
        # the crawl's month, not the item's, when the lead writes its own year long before
        lead = _lone_year(text, found, *_paragraph_bounds(text, main))
        if lead is not None and _stamp_far_from_text(text, found, stamp[0]):
            year = lead
        else:
            year = _stamp_year(stamp, month, day)
    if year is None:
        year = _congress_term_year(text, found, main)
    if year is None and not strict:
        year = _after_year(text, found, month, day)
    if year is None and not strict:
        year = written_year(text, found, main)
    if year is None or not valid_day(year, month, day):
        return None
    date = dt.date(year, month, day) - dt.timedelta(days=main.hint or 0)
    return date, main


def _names_writers_day(found: Sequence[Found]) -> bool:
    """Whether the page names a day or week from the writer's ("hôm nay", "tuần tới"): a span
    or a month it also writes may be planned, so it does not say which day the writer's is."""
    return any(
        item.kind == "relative" and (item.relative or "").startswith(("day:", "week:"))
        for item in found
    )


def _undated_span(found: Sequence[Found]) -> Found | None:
    """The first year-less span of days ("từ ngày 16/11 đến 19/11", "ngày 1-2/12") of a page that
    writes no single day: its first day is the main one. A span that writes its year is left
    out (a period recalled, "(02/12/1960 - 02/12/2018)", may be all the page dates)."""
    return next(
        (
            f
            for f in found
            if f.kind == "span"
            and f.first.day is not None
            and f.first.month is not None
            and f.first.year is None
            and (f.last is None or f.last.year is None)
        ),
        None,
    )


#: The day of a month a page with months and no day is read from (as for a month stamp).
_MID_MONTH: Final = 15


def _month_reference(text: str, found: Sequence[Found]) -> tuple[dt.date, Found] | None:
    """The middle of the first year-less month ("tháng 11") of a page that writes no day, in the
    year the text names as the current one ("trong khuôn khổ Năm APEC 2031"); None without such
    a year."""
    if _names_writers_day(found):
        return None
    main = next(
        (f for f in found if f.kind == "month" and f.first.year is None and f.last is None),
        None,
    )
    if main is None or main.first.month is None:
        return None
    month = main.first.month
    year = _agreed(_anchor_years(text, found) + tied_years(text, found, month, _MID_MONTH))
    return (dt.date(year, month, _MID_MONTH), main) if year is not None else None
