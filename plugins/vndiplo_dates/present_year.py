"""Years the text ties to the present: the page's own year when no stamp gives it.

A year written in the body fixes the year of the page's undated days only when the text ties it
to the time of writing (benchmarks/realpages/README.md, "Settled in round 5"):

* an explicit year in the clause of a word that points from now: "tháng 12 tới (đây)" (the
  coming December), "sắp tới", "năm nay" ("dự kiến vào tháng 12 tới đây tỉnh sẽ tổ chức Hội chợ
  ... năm 2031": the page is written in 2031, before December);
* the lunar name of the Tết being greeted ("chúc mừng ... nhân dịp Tết Nguyên đán Giáp Thân"):
  greetings are written in the weeks around the festival, which falls in January or February.

A bare planned year ("dự kiến tổ chức trong năm 2031") or a historical one ("hồi năm 2013") is no
such tie: the reader cannot tell from it how far the page stands from that year. Neither is a
year the clause sets against now ("năm nay tăng 12% so với (cùng kỳ) năm 2029") or the year of a
past act it recalls ("sắp tới sẽ triển khai Bản ghi nhớ đã ký năm 2027", "hiệp định có hiệu lực
năm 2027"), nor a Tết told as history ("nhân dịp kỷ niệm Tết Mậu Thân").

A lunar name repeats every 60 years: the greeted year is the one nearest the page's other
evidence (its month stamp, else the latest year it writes), else the latest one up to a bound
the caller sets (``settings["dates"]["latest_year"]``); with neither, it fixes nothing. The
output never depends on the day the code runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_dates import patterns as P
from vndiplo_dates.core import Found, valid_day
from vndiplo_dates.written_year import is_current_candidate, past_act
from vndiplo_dates.years import last_tense

__all__ = ["tied_years"]

#: Words that point from the time of writing: "tháng 12 tới (đây)", "sắp tới", "năm nay".
#: ("năm tới" is next year and "thời gian tới" has no end: neither says which year is now.)
_NOW_WORDS: Final = re.compile(
    r"(?<!\w)(?:tháng\s+(?P<m>\d{1,2}|[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+tới|sắp\s+tới|năm\s+nay)(?!\w)"
)
#: How far (characters) a pointing word may stand from the year it ties: about one clause.
_CLAUSE_REACH: Final = 90
_CLAUSE_BREAK: Final = re.compile(r"[.;!?\n]\s")
#: "bằng 80% của năm 2029": a year whose share the clause counts, not now (the words that
#: compare, "so với năm 2029", are :func:`~vndiplo_dates.written_year.is_current_candidate`'s).
_OF_YEAR: Final = re.compile(r"(?<!\w)của\s*$")
_WORDS_REACH: Final = 16
#: The greeted Tết with its lunar name and no year after it: "nhân dịp Tết Nguyên đán Quý Tỵ",
#: "chúc mừng năm mới Xuân Bính Ngọ". A greeting word comes within two words before it ("dịp"
#: right before it); a history ("cuộc Tổng tiến công Tết Mậu Thân") has none. Names are
#: case-sensitive.
_GREETED_TET: Final = re.compile(
    r"(?<!\w)(?:(?:[cC]húc|[mM]ừng|[đĐ]ón|[vV]ui)\s+(?:[^\W\d_]+\s+){0,2}?|[dD]ịp\s+)"
    r"(?:Tết|Xuân)\s+(?:[nN]guyên\s+[đĐ]án\s+|[cC]ổ\s+truyền\s+)?"
    rf"(?P<stem>{'|'.join(P.STEMS)})\s+(?P<branch>{'|'.join((*P.BRANCHES, *P.BRANCH_VARIANTS))})"
    r"(?!\w|\s*[-–—]?\s*\d)"
)
#: Words in the clause before a Tết that tell it as history, not greeted: "nhân dịp kỷ niệm Tết
#: Mậu Thân", "từng chiến đấu trong dịp Tết Mậu Thân" (not "cựu chiến binh", who greet too).
_TET_HISTORY: Final = re.compile(
    r"(?<!\w)(?:kỷ\s+niệm|từng|năm\s+xưa|lịch\s+sử|(?:tiến|tấn)\s+công"
    r"|chiến\s+(?:đấu|dịch|trường|thắng|công))(?!\w)",
    re.IGNORECASE,
)
_TET_HISTORY_REACH: Final = 60
#: A festival with its year: "Tết cổ truyền <any name> 2031", "Lễ hội <any name> năm 2031",
#: "Tết Nguyên đán 2031". Any festival name (Lao, Thai, Khmer New Years come in many
#: spellings) of up to five words. Case-sensitive festival words: "hội", "lễ" are common.
# (The word start is looked behind from the first letter, "T(?<!\w.)ết" for "(?<!\w)Tết": the
# pattern then opens with literal letters, which ``re`` skips to in C; a leading look-behind
# makes it try every position of the page, ten times slower.)
_FESTIVAL_YEAR: Final = re.compile(
    r"(?:T(?<!\w.)ết|l(?<!\w.)ễ\s+hội|L(?<!\w.)ễ\s+hội|L(?<!\w.)ễ|H(?<!\w.)ội)\s+(?:[^\W\d_]+\s+){0,5}?(?:[nN]ăm\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?![\w/.\-]?\d)"
)
#: The festival is the occasion when a greeting or occasion word comes right before it:
#: "nhân dịp", "chúc mừng", "mừng", "đón (năm mới)".
_OCCASION_BEFORE: Final = re.compile(
    r"(?<!\w)(?:dịp|chúc(?:\s+mừng)?|mừng|đón)\s+(?:năm\s+mới\s+)?$", re.IGNORECASE
)
#: A chairmanship with its year, held now: "Chủ tịch luân phiên ASEAN 2031", "Chủ tịch AIPA
#: năm 2031", after a verb of holding ("đảm nhiệm vai trò", "giữ cương vị", "trên cương vị"):
#: the body is a capitalised name or acronym (case-sensitive).
#: A rotating chair is held for a term only, so its body may be any name ("Chủ tịch luân phiên
#: Hội đồng Bảo an Liên hợp quốc"), and the term a month ("tháng 10/2031", "tháng 10 năm 2031").
_CHAIR_YEAR: Final = re.compile(
    r"C(?<!\w.)hủ\s+tịch\s+(?:[lL]uân\s+phiên\s+(?:[^\W\d_][\w\-]*(?:\s*[-–]\s*|\s+)){1,8}?"
    r"|(?:[A-ZĐ][\w\-]*(?:\s*[-–]\s*|\s+)){1,4})"
    r"(?:[nN]ăm\s+|[tT]háng\s+(?:1[0-2]|0?[1-9])\s*(?:[/\-]|\s+năm\s+)\s*)?"
    r"(?P<y>(?:19|20)\d\d)(?![\w/.\-]?\d)"
)
#: An apposition names the office held now as a verb of holding does: "Ngoại trưởng Lào X,
#: Chủ tịch luân phiên ASEAN 2031", "(Chủ tịch AIPA 2031)", "với tư cách Chủ tịch ...".
_HOLDING_BEFORE: Final = re.compile(
    r"(?:(?<!\w)(?:đảm\s+(?:nhiệm|nhận|trách)|giữ|nắm|trên|với|là|tư\s+cách)\s+"
    r"(?:(?:vai\s+trò|cương\s+vị|chức|ghế|vị\s+trí)\s+)?(?:nước\s+)?|\w\s*[,(–-]\s*)$",
    re.IGNORECASE,
)
_BEFORE_REACH: Final = 32
#: The lunar New Year, greeted in the months before it: "Tết Nguyên đán 2031", "Tết 2031".
_LUNAR_NEW_YEAR: Final = re.compile(r"Tết\s+(?:[nN]guyên\s+[đĐ]án\s+)?(?:[nN]ăm\s+)?\d")
#: Words before a named year in its clause that make it an earlier one: "từng giữ vai trò Chủ
#: tịch ASEAN 2024", "nhớ lại lễ hội ... 2019", "trước đây", "nguyên" (former; not "Nguyên
#: đán"). "đã" is not: greetings are reported in the past.
_EARLIER: Final = re.compile(
    r"(?<!\w)(?:từng|trước\s+đây|nguyên(?!\s+đán)|nhớ\s+lại|nhắc\s+lại|hồi|năm\s+xưa|kỷ\s+niệm)(?!\w)",
    re.IGNORECASE,
)
_EARLIER_REACH: Final = 50
#: Greetings for the coming Tết may be written from October of the year before.
_GREETED_EARLY_FROM: Final = 10
_CYCLE: Final = 60


def tied_years(
    text: str,
    found: Sequence[Found],
    month: int,
    day: int,
    *,
    stamp_year: int | None = None,
    latest: int | None = None,
) -> list[int]:
    """The years of the page that the text ties to the present, for a main day ``day/month``.

    ``stamp_year``: the year of the page's month stamp, if any; ``latest``: the latest year a
    page may be written in, if the caller sets one (see :func:`_greeted_year`)."""
    years = [year for item in found if (year := _tied_to_now(text, item, month, day)) is not None]
    years += [year for year in _numbered_next_years(text, found) if valid_day(year, month, day)]
    years += [year for year in _named_present_years(text, month) if valid_day(year, month, day)]
    if "Tết" in text or "Xuân" in text:
        near = stamp_year if stamp_year is not None else _latest_written(found)
        greeted = _greeted_year(text, month, near, latest)
        if greeted is not None and valid_day(greeted, month, day):
            years.append(greeted)
    return years


#: "năm tới" (next year) and "năm ngoái" (last year) as one year, not "những năm tới", "5 năm
#: tới", "nhiều năm tới" (a run of years ahead).
_NEXT_OR_LAST: Final = re.compile(r"(?<!\w)năm\s+(?P<w>tới|ngoái)(?!\w)", re.IGNORECASE)
_RUN_BEFORE: Final = re.compile(
    r"(?:\d|(?<!\w)(?:những|các|nhiều|mấy|vài|hai|ba|bốn|năm|mười|hàng|trong\s+vòng))\s*$",
    re.IGNORECASE,
)
#: Words right before a year that make it a target or a period's end, not the year "năm tới"
#: names ("đến năm 2030"); a start ("từ tháng 7/2032") is the coming year's, told by "năm tới".
_TARGET_BEFORE: Final = re.compile(
    r"(?<!\w)(?:đến|tới|trước|so\s+với|giai\s+đoạn|nhiệm\s+kỳ|mục\s+tiêu)\s*(?:năm\s+|tháng\s+\d{1,2}\s*[/.\-]\s*)?$",
    re.IGNORECASE,
)


def _numbered_next_years(text: str, found: Sequence[Found]) -> list[int]:
    """The page's year when "năm tới" or "năm ngoái" has its number in its clause: "chuyển giao
    công việc trong năm tới để lui về hậu trường từ tháng 7/2032" is written in 2031, "năm
    ngoái (2030)" in 2031 (README round 5: a plan naming the coming year is written the year
    before). One number only; a target, a past act's or a compared year does not count."""
    years: set[int] = set()
    for word in _NEXT_OR_LAST.finditer(text):
        if _RUN_BEFORE.search(text, max(0, word.start() - 14), word.start()):
            continue
        start, end = _clause_at(text, word.start(), word.end())
        shift = -1 if word["w"].lower() == "tới" else 1
        for item in found:
            year = item.first.year
            # (the word's own bracket counts: "năm ngoái (2030)" is one expression)
            if year is None or not start <= item.start < end:
                continue
            if item.kind not in ("year", "month", "date") or item.last not in (None, item.first):
                continue
            before = text[max(start, item.start - 24) : item.start]
            if _TARGET_BEFORE.search(before):
                continue
            # a past act's year is set apart from "năm tới", never from "năm ngoái" (it is one)
            if shift < 0 and _set_apart(text[start : item.start].lower()):
                continue
            years.add(year + shift)
    return list(years) if len(years) == 1 else []


def _clause_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``, at most :data:`_CLAUSE_REACH` either side."""
    floor = max(0, start - _CLAUSE_REACH)
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, floor, start)]
    after = _CLAUSE_BREAK.search(text, end, end + _CLAUSE_REACH)
    return (breaks[-1] if breaks else floor), (
        after.start() if after else min(len(text), end + _CLAUSE_REACH)
    )


def _named_present_years(text: str, month: int) -> list[int]:
    """Years a name written in the present carries: the festival greeted as the occasion, the
    chairmanship held now (README round 6 "Years"). A clause that tells it as earlier ("từng",
    "nhớ lại") ties nothing. The lunar New Year ("Tết Nguyên đán 2031") is greeted from October
    of the year before: a main day from then on lies in that year."""
    years: list[int] = []
    rules = ((_FESTIVAL_YEAR, _OCCASION_BEFORE), (_CHAIR_YEAR, _HOLDING_BEFORE))
    for pattern, before in rules:
        for match in pattern.finditer(text):
            if before.search(text, max(0, match.start() - _BEFORE_REACH), match.start()) is None:
                continue
            window = max(0, match.start() - _EARLIER_REACH)
            breaks = [cut.end() for cut in _CLAUSE_BREAK.finditer(text, window, match.start())]
            if _EARLIER.search(text, breaks[-1] if breaks else window, match.start("y")):
                continue
            year = int(match["y"])
            if month >= _GREETED_EARLY_FROM and _LUNAR_NEW_YEAR.match(text, match.start()):
                year -= 1
            years.append(year)
    return sorted(set(years))


def _latest_written(found: Sequence[Found]) -> int | None:
    """The latest year the page writes anywhere (a lunar name's year lies near it)."""
    years = [
        year for item in found for year in (item.first.year, item.last and item.last.year) if year
    ]
    return max(years) if years else None


def _clause(text: str, item: Found) -> tuple[int, int]:
    """The stretch around ``item`` up to a sentence or clause break, at most one clause long."""
    start = max(0, item.start - _CLAUSE_REACH)
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, start, item.start)]
    start = breaks[-1] if breaks else start
    after = _CLAUSE_BREAK.search(text, item.end, item.end + _CLAUSE_REACH)
    return start, after.start() if after else min(len(text), item.end + _CLAUSE_REACH)


def _tied_to_now(text: str, item: Found, month: int, day: int) -> int | None:
    """The page's year when ``item`` writes a year that a pointing word in its clause ties to
    now: the year itself, or the year before it when the main day falls after the coming month
    the clause names."""
    year = item.first.year
    if (
        year is None
        or item.kind not in ("year", "month", "date")
        or item.last not in (None, item.first)
    ):
        return None
    if not is_current_candidate(text, item):
        return None
    start, end = _clause(text, item)
    clause = text[start:end].lower()
    word = _NOW_WORDS.search(clause)
    if word is None or (start + word.start() < item.end and start + word.end() > item.start):
        return None  # "năm nay" inside the expression itself is no tie of another year
    if _set_apart(clause[: item.start - start]):
        return None
    coming = _month_number(word["m"]) if word["m"] else None
    if coming is not None and (month, day) > (coming, 31):
        year -= 1  # "tháng 3 tới ... năm 2031" said on 20/10: written in 2030
    return year if valid_day(year, month, day) else None


def _set_apart(before: str) -> bool:
    """Whether the clause up to a year (lower-cased) sets the year apart from now: a share of it
    ("của năm 2029"), or a past act's ("đã ký năm 2027", "có hiệu lực năm 2027")."""
    if last_tense(before) == "past":
        return True
    return _OF_YEAR.search(before[-_WORDS_REACH:]) is not None or past_act(before)


def _month_number(word: str) -> int | None:
    if word.isdigit():
        number = int(word)
        return number if 1 <= number <= 12 else None
    return P.MONTH_NAMES.get(" ".join(word.split()))


def _greeted_year(text: str, month: int, near: int | None, latest: int | None) -> int | None:
    """The year of the Tết whose lunar name a greeting writes, shifted back for a main day late
    in the year before it: the year of that name nearest ``near`` (the page's other evidence),
    else the latest one up to ``latest``; None with neither."""
    for match in _GREETED_TET.finditer(text):
        window = max(0, match.start() - _TET_HISTORY_REACH)
        breaks = [cut.end() for cut in _CLAUSE_BREAK.finditer(text, window, match.start())]
        if _TET_HISTORY.search(text, breaks[-1] if breaks else window, match.start("stem")):
            continue  # "nhân dịp kỷ niệm Tết Mậu Thân": history, not a greeting
        year = _named_year(match["stem"], match["branch"], near, latest)
        if year is None:
            return None
        return year - 1 if month >= _GREETED_EARLY_FROM else year
    return None


def _named_year(
    stem_name: str, branch_name: str, near: int | None, latest: int | None
) -> int | None:
    """The year named ``stem_name branch_name`` nearest ``near``, else the latest up to
    ``latest`` (year 4 is Giáp Tý); None when a stem and a branch of different parity name no
    year (a misread), or with no evidence at all."""
    stem = P.STEMS.index(stem_name)
    branch = P.BRANCHES.index(P.BRANCH_VARIANTS.get(branch_name, branch_name))
    if near is not None:
        years = range(near - _CYCLE // 2 + 1, near + _CYCLE // 2 + 1)
    elif latest is not None:
        years = range(latest - _CYCLE + 1, latest + 1)
    else:
        return None
    return next((y for y in years if (y - 4) % 10 == stem and (y - 4) % 12 == branch), None)
