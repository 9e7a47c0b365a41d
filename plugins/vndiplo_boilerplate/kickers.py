"""Kickers: the short label some outlets print before a lead, on the lead's own line.

Beside the outlet credits :func:`vndiplo_boilerplate.rules.lead_credit` knows by shape (an
acronym, a domain, a bracketed agency), pages open their lead with labels of any wording: a
station's name ("Hà Giang TV - "), a source ("Theo Tân Hoa xã: "), a section ("Tin tức & Sự
kiện : "), a dateline ("Tin Washington – ") or the post's date in brackets ("(16/07/2014)").
Such a label is no part of the lead's sentence. Its wording cannot be listed, so its place
decides: a few words with no sentence mark, then a dash or a colon, then a lead that opens with
a date phrase (the caller checks the date). A dateline ("Tin <Place> –") needs no date after it.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "bracketed_date",
    "dateline_kicker",
    "is_acronym",
    "is_bracketed_date",
    "is_dated_dateline",
    "label_kicker",
    "mark_within_reach",
    "opens_with_day_span",
]

#: A label is a name or a short phrase; longer openings are the sentence itself.
KICKER_MAX_WORDS: Final = 6

# Up to the first colon, or a dash with a space on one side (a hyphen inside a word is no
# separator: "Bà Rịa-Vũng Tàu"). No sentence mark in the label; a full stop only inside a word
# (a site's name: "Web.ĐTN"), a number only as a name's word ("Kênh 14"), never a date:
# "Ngày 5/9 - ..." and "Hai bên nhất trí: ..." are prose.
_LABEL: Final = re.compile(
    r"^(?P<credit>[^\W\d_](?:[^\n.!?;:–—]|\.(?=\w)){0,60}?)"
    r"(?:\s*:\s*|\s+[-–—]\s*|\s*[–—]\s+|-\s+)(?=[^\W\d_])"
)
# A date or a count of days inside the label: the sentence itself ("Ngày 5 - 6/9, ...").
_DATE_IN_LABEL: Final = re.compile(
    r"\d\s*[/.\-]\s*\d|(?:ngày|tháng|năm|từ|sáng|chiều|tối) \d", re.IGNORECASE
)
# "Tin New York – ...", "Tin Hà Nội - ...": a news dateline, a place in capitals after "Tin",
# maybe with its filing day ("Tin Hà Nội (28/11/2005) - ", "Tin Huế, ngày 3/2/2010 – ").
_FILED: Final = r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}"
_DATELINE: Final = re.compile(
    r"^(?P<credit>Tin [A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*| phố){0,4}"
    rf"(?:\s*\(\s*(?:ngày\s+)?{_FILED}\s*\)|\s*,\s*(?:ngày\s+)?{_FILED})?)"
    r"\s*[-–—]\s+(?=[A-ZĐ\"“])"
)
_FILED_DAY: Final = re.compile(_FILED)
# "(16/07/2014)Chiều ngày 16/7, ...": the post's date in brackets, glued to the lead or not.
_DATE_IN_BRACKETS: Final = re.compile(r"\(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\)")
_BRACKETED_DATE: Final = re.compile(rf"^(?P<credit>{_DATE_IN_BRACKETS.pattern})\s*(?=[A-ZĐ])")


#: The label's longest reach: its first character and 60 more (see ``_LABEL``).
_LABEL_REACH: Final = 61
_SEPARATOR_MARK: Final = re.compile(r"[:\-–—]")


def mark_within_reach(text: str, reach: int, marks: re.Pattern[str]) -> bool:
    """Is one of ``marks`` (a character class) within the first ``reach`` characters of
    ``text`` or just after them, across white space only?

    A cheap test before a pattern that reads a credit of at most ``reach`` characters, lazily,
    then white space and such a mark: that pattern tries its separator after every character of
    a prose line in turn, and cannot match when this is False.
    """
    while reach < len(text) and text[reach].isspace():
        reach += 1
    return marks.search(text, 0, reach + 1) is not None


def label_kicker(text: str) -> tuple[int, int] | None:
    """``(credit_end, prose_start)`` of a label before a dash or colon, or None.

    Only the shape is checked here; the label counts when the prose after it opens with a date.
    """
    if not mark_within_reach(text, _LABEL_REACH, _SEPARATOR_MARK):
        return None
    found = _LABEL.match(text)
    if found is None or len(found.group("credit").split()) > KICKER_MAX_WORDS:
        return None
    credit = found.group("credit")
    if any(ch.isdigit() for ch in credit) and _DATE_IN_LABEL.search(credit) is not None:
        return None
    return found.end("credit"), found.end()


def is_dated_dateline(credit: str) -> bool:
    """The credit is a news dateline with its filing day ("Tin Hà Nội (28/11/2005)"): the
    page's stamp when it shows no other."""
    found = _DATELINE.match(credit.rstrip() + " - X")
    return (
        found is not None
        and found.group("credit") == credit.rstrip()
        and _FILED_DAY.search(credit) is not None
    )


def dateline_kicker(text: str) -> tuple[int, int] | None:
    """``(credit_end, prose_start)`` of a "Tin <Place> –" dateline, or None."""
    found = _DATELINE.match(text)
    return (found.end("credit"), found.end()) if found is not None else None


def bracketed_date(text: str) -> tuple[int, int] | None:
    """``(credit_end, prose_start)`` of a bracketed full date opening the line, or None."""
    found = _BRACKETED_DATE.match(text)
    return (found.end("credit"), found.end()) if found is not None else None


def is_bracketed_date(credit: str) -> bool:
    """The credit is a bracketed full date and nothing else (see :func:`bracketed_date`)."""
    return _DATE_IN_BRACKETS.fullmatch(credit.strip()) is not None


# A lead may open with a span of days ("Từ ngày 21 - 23/12, ...", "Từ 21 - 23/12, ...",
# "Từ 21/12 đến ...") as well as with one date.
_DAY_SPAN: Final = re.compile(
    r"(?:từ|trong)\s+(?:hai\s+|ba\s+)?"
    r"(?:ngày\s+\d|\d{1,2}\s*[-–]\s*\d{1,2}\s*[/.]\s*\d|\d{1,2}\s*[/.]\s*\d{1,2}(?!\d))"
)


def opens_with_day_span(lowered: str) -> bool:
    """The (lower-cased) prose opens with a span of days ("từ ngày 21 - 23/12")."""
    return _DAY_SPAN.match(lowered) is not None


# An outlet's acronym: one word of capitals, maybe a digit or a dotted part ("DNTH", "VTV1").
_ACRONYM: Final = re.compile(r"[A-ZĐ]{2,8}\d?(?:\.[A-Za-zĐ]{2,4})?")


def is_acronym(label: str) -> bool:
    """The label is an outlet's acronym and nothing else ("DNTH", "BNA", "VTC1")."""
    return _ACRONYM.fullmatch(label.strip()) is not None
