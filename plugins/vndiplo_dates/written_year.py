"""The last resort for a year-less main day: the latest year the article writes elsewhere.

A crawled page that lost its stamp often still writes a year outside the lead: a later edition
the visitor flies on to ("... sẽ tham dự Hội nghị APEC 2031"), a past month it looks back on
("làm Chủ tịch Hội đồng tháng 4/2031"), a report on the year ("tình hình kinh tế năm 2031"),
or a target ahead ("sẽ hỗ trợ ... trong năm 2032", "hướng tới Đại hội vào đầu năm 2032"). A
reader takes the main day in the year that latest written year puts it in:

* a year said of a plan ("sẽ", "dự kiến", "hướng tới") is the year after the article's own
  (a writer in that year would say "năm nay"), unless it is the year in an edition's name
  ("APEC 2031", held in the current year);
* a recent past month (up to two months before) is the latest point before the main day: the
  main day is the first one after it (a planned month, up to six months ahead, the first one
  before);
* a year a report or a plan covers ("tình hình ... năm 2031", "kế hoạch hoạt động của năm
  2031") is the article's own;
* any other past year is a landmark ("năm 2026, hai nước ...", "trận động đất năm 2027"): the
  article's year is at or after it, which fixes nothing.

Targets, starts and landmarks ("đến năm", "từ năm", "kỷ niệm") fix nothing, nor does a year
no plan word before it governs ("kêu gọi ủng hộ để X đăng cai Triển lãm ... năm 2030 và hy vọng
... sẽ ..."), and neither do two different years in the main day's own sentence (the reader
cannot tell which one is its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.recalled_clauses import recalling_clause_start
from vndiplo_dates.core import Found, valid_day
from vndiplo_dates.years import last_tense, tense

__all__ = [
    "NOT_CURRENT",
    "back_then",
    "is_current_candidate",
    "is_goal",
    "is_landmark",
    "latest_year",
    "past_act",
    "recalled_in_clause",
    "sentence_bounds",
    "written_year",
]

#: Words before a year that make it a target, a start, a period or a landmark.
NOT_CURRENT: Final = re.compile(
    r"(?:đến|tới|từ|trước|sau|giai đoạn|nhiệm kỳ|kỷ niệm|thành lập|khóa|kể từ|vào cuối)\s*$"
)
#: A landmark earlier in the clause: "từ khi hai nước lập quan hệ ngoại giao ngày
#: 5-6-1975", "Trường được thành lập tháng 4/1962". The date is history, not the article's
#: time: no comma or sentence end between the word and the date, and no verb that makes the
#: date a celebration's ("kỷ niệm ... thiết lập quan hệ ... sẽ được tổ chức vào năm 2023").
_LANDMARK: Final = re.compile(
    r"(?<!\w)(?:kể\s+từ\s+khi|thiết\s+lập|thành\s+lập|ra\s+đời)(?!\w)"
    r"(?:(?!sẽ|tổ\s+chức|diễn\s+ra)[^,;.\n])*$"
)
_LANDMARK_REACH: Final = 80
#: An anniversary ahead in the clause: "hướng tới kỷ niệm 10 năm thiết lập quan hệ ... vào năm
#: 2032" names the coming celebration's year, not the landmark's (README round 5: a plan names
#: the coming year).
_ANNIVERSARY_AHEAD: Final = re.compile(
    r"(?<!\w)(?:hướng\s+(?:tới|đến)|tiến\s+tới|chuẩn\s+bị)\s+(?:(?:lễ|dịp)\s+)?kỷ\s+niệm"
    r"\s+\d+\s+năm(?!\w)[^,;.\n]*$"
)
_AHEAD_REACH: Final = 140
#: A birth date right before the expression: "sinh ngày 23-11-1962", "sinh năm 1950" (not "học
#: sinh", "vệ sinh", "phát sinh"): a life's landmark, never the article's day.
_BORN: Final = re.compile(r"(?<!\w)(?<!học )(?<!vệ )(?<!phát )sinh\s+(?:vào\s+)?(?:ngày\s+)?$")
#: "hồi năm 2013" (back in 2013): a year told as history ("hồi tháng 12/2030" may be recent).
#: Not "hồi" closing a compound word ("phục hồi năm 2031", recovery; "thu hồi", "khứ hồi").
_BACK_THEN: Final = re.compile(
    r"(?<!\w)(?<!phục )(?<!thu )(?<!vãn )(?<!chiêu )(?<!luân )(?<!khứ )hồi\s*$"
)
#: Words right before a year that set it against the time told: "tăng 12% so với (cùng kỳ) năm
#: 2029", "gấp đôi năm 2029", "cao hơn năm 2029", "bằng năm 2029": a year compared with.
_COMPARED: Final = re.compile(
    r"(?<!\w)(?:so\s+với|cùng\s+kỳ|hơn|bằng|như|gấp(?:\s+[^\s.;]+){0,3}?)\s*$"
)
#: An act the year dates, right before it ("hiệp định có hiệu lực năm 2027", "Nghị định thư
#: ký kết năm 2027"): a past act's year, unless a plan word governs the act ("sẽ ký năm 2031").
_DATED_ACT: Final = re.compile(
    r"(?<!\w)(?:có\s+hiệu\s+lực|ký(?:\s+kết)?|ban\s+hành|thông\s+qua|khởi\s+công"
    r"|khánh\s+thành|hoàn\s+thành)(?:\s+(?:vào|trong))?\s*$"
)
_ACT_REACH: Final = 32
_PLAN_REACH: Final = 14
#: How far before a year the words that make it a target, a start or history may stand.
_BEFORE_REACH: Final = 24
#: A document's number right before the date: "Nghị quyết số 43/2029/QH15 ngày 11/01/2029",
#: "Quyết định 12/QĐ-UBND, ngày ...". The date a law or a decree was issued is history too.
_DOCUMENT: Final = re.compile(r"\d/(?:\d{2,4}/)?[^\W\d_][\w\-]*\s*,?\s*(?:ban\s+hành\s+)?$")
_DOCUMENT_REACH: Final = 40
#: Plan words the shared tense reading leaves out ("hướng tới Đại hội vào đầu năm 2032"), and
#: "sớm" (soon) before the act planned ("cùng nỗ lực để sớm tiến hành Đối thoại ... trong năm
#: 2032": a plan naming the coming year, README round 5); not "đã/vừa sớm" (done early), "từ
#: (rất) sớm" (long since), "sớm nhất/hơn", "càng sớm".
_AHEAD: Final = re.compile(
    r"(?<!\w)(?:hướng\s+tới|hướng\s+đến|sắp\s+tới"
    r"|(?<!đã )(?<!vừa )(?<!từ )(?<!rất )(?<!càng )sớm(?!\s+(?:nhất|hơn|muộn|càng))"
    r"\s+[^\W\d_]+)(?!\w)"
)
_REACH: Final = 120
#: A goal's deadline ("hướng tới mục tiêu đạt 70 tỷ USD vào năm 2030", "phấn đấu đến 2030"): a
#: writer sets it years ahead, so it says nothing of the article's own year.
#: A vision is a goal too ("tầm nhìn 2045").
_GOAL: Final = re.compile(r"(?<!\w)(?:mục\s+tiêu|phấn\s+đấu|tầm\s+nhìn)(?!\w)[^.;\n]*$")
#: Words shortly before a year that make it the year a report, a plan or a programme covers
#: ("kế hoạch hoạt động của năm 2031", "bàn những biện pháp làm sâu sắc quan hệ trong năm
#: 2031", said of a plan, not with "sẽ"): the article's own.
_REPORT: Final = re.compile(
    r"(?<!\w)(?:tình\s+hình|kết\s+quả|kế\s+hoạch|chương\s+trình|(?:biện|phương)\s+pháp"
    r"|(?:phương|định)\s+hướng)(?!\w)[^.;\n]*$"
)
_REPORT_REACH: Final = 80
#: A month an earlier act is dated by: "(vào|hồi|trong) tháng 3/2030" right before the month,
#: in a clause that tells the past ("đã", "từng", "nhắc lại", "trước đó") or names a done act
#: ("chuyến thăm", "cuộc gặp"). The act lies some time before the page: its month fixes nothing
#: (README rounds 5-6, "Historical years"; V06, X07).
_DATED_BY_MONTH: Final = re.compile(r"(?<!\w)(?:vào|hồi|trong)\s*$")
_RECALLED_ACT: Final = re.compile(
    r"(?<!\w)(?:đã|từng|vừa|nhắc\s+lại|nhớ\s+lại|trước\s+đó|chuyến\s+thăm|cuộc\s+(?:gặp|hội|làm)"
    r"|lần\s+(?:trước|gặp))(?!\w)"
)
#: How many months a written month may stand from the main day and still fix its year.
_NEAR_MONTHS: Final = 2
#: The same for a month a future-tensed plan names with its year ("Hội nghị sẽ được tổ chức
#: vào tháng 1-2012" four months after the main day): a plan is announced months ahead.
_NEAR_PLANNED_MONTHS: Final = 6
_BOUNDARY: Final = ". "


def sentence_bounds(text: str, found: Found) -> tuple[int, int]:
    """Start and end of the sentence holding ``found`` (". " and line breaks end sentences)."""
    start = max(text.rfind(_BOUNDARY, 0, found.start), text.rfind("\n", 0, found.start)) + 1
    ends = [i for i in (text.find(_BOUNDARY, found.end), text.find("\n", found.end)) if i >= 0]
    return start, min(ends) if ends else len(text)


def _candidates(text: str, found: Sequence[Found]) -> list[Found]:
    """Expressions that write a year which may be the article's own (not a target, a start)."""
    out = []
    for item in found:
        if item.first.year is None or item.kind not in ("year", "month", "date", "datetime"):
            continue
        if item.last is not None and item.last != item.first:
            continue  # "2011-2016", "từ 3 - 6/8/2031": periods, read by other rules
        if not is_current_candidate(text, item):
            continue
        if not is_goal(text, item):
            out.append(item)
    return out


def is_goal(text: str, item: Found, floor: int = 0) -> bool:
    """Whether ``item`` is a goal's deadline ("hướng tới mục tiêu đạt 70 tỷ USD vào năm 2030"):
    a year set ahead, which dates neither the article nor the event of its sentence."""
    return _GOAL.search(text[max(floor, item.start - _REACH) : item.start].lower()) is not None


def is_current_candidate(text: str, item: Found, floor: int = 0) -> bool:
    """Whether the year ``item`` writes may be the article's own: no word just before it makes
    it a target, a start or a period ("đến năm", "từ năm"), history ("hồi năm"), a year compared
    with ("so với năm") or a landmark's (relations set up, a body founded, a birth, a document's
    number), or one a relative clause recalls (", nơi X từng ... năm 1962").
    ``floor``: the text before it is read from there on (a sentence's start)."""
    before = text[max(floor, item.start - _BEFORE_REACH) : item.start].lower()
    if NOT_CURRENT.search(before) is not None and not _tally_as_of(before, item):
        return False
    if back_then(before, item):
        return False
    if _COMPARED.search(before) is not None:
        return False
    if recalled_in_clause(text, item, floor):
        return False  # ", nơi Bác Hồ từng về thăm năm 1962": what the clause recalls
    return not is_landmark(text, item)


def recalled_in_clause(text: str, item: Found, floor: int = 0) -> bool:
    """Whether ``item`` is written in a relative clause that recalls the past of a place or a
    person (", nơi X từng về thăm năm 1962", ", người đã học tập tại Y từ năm 1985")."""
    clause = text[max(floor, item.start - _REACH) : item.start].lower()
    return recalling_clause_start(clause, 0, len(clause)) is not None


#: "Tính đến tháng 6-2031, ... có 144 dự án": figures given as of a month, the latest the writer
#: has; the month is the article's own time (README round 10 #3: AF07, AW04). A bare "tính đến
#: năm 2031" names no month and stays a target.
_TALLY_AS_OF: Final = re.compile(r"(?<!\w)tính\s+(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?$")


def _tally_as_of(before: str, item: Found) -> bool:
    """Whether ``item``, a month or a day with its year, is the point a tally is given as of."""
    return item.first.month is not None and _TALLY_AS_OF.search(before) is not None


def past_act(before: str) -> bool:
    """Whether the lower-cased text ``before`` a year ends with a past act the year dates: "có
    hiệu lực năm 2027", "sẽ sửa đổi Nghị định thư ký kết năm 2027" (not "sẽ ký kết năm 2031")."""
    near = before[-_ACT_REACH:]
    act = _DATED_ACT.search(near)
    if act is None:
        return False
    return last_tense(near[max(0, act.start() - _PLAN_REACH) : act.start()]) != "future"


def back_then(before: str, item: Found) -> bool:
    """Whether ``item``, a year alone, is told as history: "hồi năm 2013" (``before`` is the
    lower-cased text just before it)."""
    return item.kind == "year" and _BACK_THEN.search(before) is not None


def is_landmark(text: str, item: Found) -> bool:
    """Whether ``item`` dates a landmark its clause names (relations set up, a body founded) or
    a document it follows the number of."""
    clause = text[max(0, item.start - _LANDMARK_REACH) : item.start].lower()
    if "/" in clause[-_DOCUMENT_REACH:] and _DOCUMENT.search(clause) is not None:
        return True
    if "sinh" in clause[-16:] and _BORN.search(clause) is not None:
        return True
    if not ("từ" in clause or "lập" in clause or "đời" in clause) or not _LANDMARK.search(clause):
        return False
    ahead = text[max(0, item.start - _AHEAD_REACH) : item.start].lower()
    return "kỷ niệm" not in ahead or _ANNIVERSARY_AHEAD.search(ahead) is None


def latest_year(text: str, found: Sequence[Found]) -> int | None:
    """The latest year the article writes as possibly its own, if any."""
    years = [item.first.year for item in _candidates(text, found) if item.first.year]
    return max(years) if years else None


def _planned(text: str, item: Found) -> bool:
    """Whether ``item`` is said of a plan: the tense word nearest before it in its sentence
    says so (a long sentence may report first and plan later), else the sentence around it.
    The year a plan covers ("kế hoạch hoạt động của năm 2031") is read by the sentence alone:
    its own "kế hoạch" is no tense word."""
    start, _ = sentence_bounds(text, item)
    said = None if _report_on(text, item) else last_tense(text[start : item.start].lower())
    if said is None:
        said = last_tense(_own_clause_after(text, item))  # "năm 2015 hai nước sẽ kỷ niệm ..."
    if said is None and (
        _opens_its_clause(text[start : item.start]) or text[item.end : item.end + 2].strip() == ","
    ):
        # "Năm 2032, hai bên sẽ ...", "Tiến tới lễ kỷ niệm ... vào năm 2032, hai tỉnh sẽ": a
        # year opening its clause or closing a fronted one is read with the tense after it;
        # one inside a clause with no tense word before ("kêu gọi ủng hộ để X đăng cai
        # Triển lãm ... năm 2030 và hy vọng quan hệ sẽ ...") is no plan's: the "sẽ" after it
        # is another clause's, and the bid lies years ahead
        said = tense(text, item)
    if past_act(text[max(start, item.start - _REACH) : item.start].lower()):
        return False
    if said == "future":
        return True
    window = text[max(start, item.start - _REACH) : item.start].lower()
    ends = [match.end() for match in _AHEAD.finditer(window)]
    # "sắp tới sẽ triển khai Bản ghi nhớ đã ký năm 2027": a past act after the plan word
    return bool(ends) and last_tense(window[ends[-1] :]) != "past"


#: What may open a clause before its year: nothing, a comma, or a preposition of time.
_CLAUSE_OPENING: Final = re.compile(
    r"(?:^|[,;:(])\s*(?:(?:trong|vào|sang|đầu|giữa|cuối)\s+)?(?:năm\s+)?$"
)


#: Where a clause after a year ends: a stop, or "và" joining another predicate.
_CLAUSE_END: Final = re.compile(r"[,;.:\n]|\svà\s")


def _own_clause_after(text: str, item: Found) -> str:
    """The rest of the year's own clause after it, lower-cased, up to a comma or a "và"."""
    tail = text[item.end : item.end + _REACH].lower()
    stop = _CLAUSE_END.search(tail)
    return tail[: stop.start()] if stop else tail


def _opens_its_clause(before: str) -> bool:
    """Whether the year after ``before`` (its sentence up to the year) opens a clause."""
    return not before.strip() or _CLAUSE_OPENING.search(before.lower()) is not None


def _report_on(text: str, item: Found) -> bool:
    """ "tình hình kinh tế năm 2031": the year a report covers, the article's own. Not a
    figure reached that year ("đạt kết quả khả quan với 1,5 tỷ USD trong năm 2031"): a
    statistic, often last year's, ties no year (AL10, AL11)."""
    before = text[max(0, item.start - _REPORT_REACH) : item.start].lower()
    found = _REPORT.search(before)
    return found is not None and _AMOUNT.search(before, found.start()) is None


#: An amount: a number with its unit ("1,59 tỷ USD", "500 triệu đồng", "12%", "3.000 lượt").
_AMOUNT: Final = re.compile(
    r"\d[\d.,]*\s*(?:(?:tỷ|triệu|nghìn|ngàn)\s*)?(?:usd|đô|đồng|euro|yên|%|lượt|người|tấn)(?!\w)"
)


def written_year(text: str, found: Sequence[Found], main: Found) -> int | None:
    """The year the latest year written outside the main day's sentence puts the main day in."""
    month, day = main.first.month, main.first.day
    if month is None or day is None:
        return None
    start, end = sentence_bounds(text, main)
    candidates = _candidates(text, found)
    own = {item.first.year for item in candidates if start <= item.start < end}
    if len(own) > 1:
        return None
    others = [item for item in candidates if not start <= item.start < end]
    if not others:
        return None
    # the same year written twice ("thống nhất năm 2031 ...", "ký Kế hoạch hợp tác năm 2031"):
    # the one a report or a programme covers says it is the article's own (round 10 #3)
    latest = max(
        others,
        key=lambda item: (item.first.year or 0, item.first.month or 0, _report_on(text, item)),
    )
    year = latest.first.year
    assert year is not None
    planned = _planned(text, latest)
    if latest.first.month is not None and not planned and _recalled(text, latest):
        return None  # "nhắc lại chuyến thăm vào tháng 3/2030": an earlier act, no tie to now
    if latest.first.month is not None:
        return _next_to_month(year, latest.first.month, (month, day), planned=planned)
    if planned:  # "APEC 2031" is held this year; "sẽ ... trong năm 2032" is next year's
        year = year if latest.pattern == "bare_year" else year - 1
    elif not _report_on(text, latest):
        return None  # a past year is a landmark: the article's year is at or after it
    return year if valid_day(year, month, day) else None


def _recalled(text: str, item: Found) -> bool:
    """Whether ``item``, a month with its year, dates an earlier act its clause recalls."""
    start, _ = sentence_bounds(text, item)
    before = text[start : item.start].lower()
    return _DATED_BY_MONTH.search(before) is not None and _RECALLED_ACT.search(before) is not None


def _next_to_month(year: int, written: int, main: tuple[int, int], *, planned: bool) -> int | None:
    """The main day next to a written month: the first one after a recent past month, the
    first one before a planned month; None when they stand too far apart to tell."""
    if planned:
        year = year if main <= (written, 31) else year - 1
        gap = (written - main[0]) % 12
    else:
        year = year if main >= (written, 1) else year + 1
        gap = (main[0] - written) % 12
    if gap > (_NEAR_PLANNED_MONTHS if planned else _NEAR_MONTHS) or not valid_day(
        year, main[0], main[1]
    ):
        return None
    return year
