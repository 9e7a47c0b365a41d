"""Month and weekday names of the foreign-language date stamps Vietnamese pages carry.

Overseas sites and blog platforms print their stamps in the platform's locale, not the
article's language: "June 26, 2008", "Wednesday, 4 June 2014", "Posted on 4th June 2014", a
German blog's "Donnerstag, 13. August 2015", a French one's "jeudi 13 août 2015". Only the
names differ, so one table serves every stamp pattern (datelines.py) and the blog-header test
(stamps.py). Pure data.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "ENGLISH_MONTH",
    "FOREIGN_MONTH",
    "FOREIGN_WEEKDAY",
    "MONTHS",
    "has_foreign_date",
    "is_foreign_stamp",
]

_BY_NUMBER: Final = (
    ("january", "jan", "januar", "jänner", "janvier", "janv"),
    ("february", "feb", "februar", "février", "fevrier", "févr"),
    ("march", "mar", "märz", "maerz", "mars"),
    ("april", "apr", "avril", "avr"),
    ("may", "mai"),
    ("june", "jun", "juni", "juin"),
    ("july", "jul", "juli", "juillet", "juil"),
    ("august", "aug", "août", "aout"),
    ("september", "sep", "sept", "septembre"),
    ("october", "oct", "oktober", "okt", "octobre"),
    ("november", "nov", "novembre"),
    ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc"),
)
#: Lower-case month name or abbreviation -> month number.
MONTHS: Final = {name: number for number, names in enumerate(_BY_NUMBER, 1) for name in names}
#: A month name, longest first so "june" is not read as "jun" + "e"; an abbreviation's dot.
FOREIGN_MONTH: Final = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_ENGLISH: Final = (
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
)
#: The English names only: the month-first order ("June 4, 2014") is English, and the German and
#: French "mai" is also the Vietnamese "mai" (tomorrow: "ngày mai 5 ...").
ENGLISH_MONTH: Final = (
    "(?:" + "|".join(sorted(_ENGLISH, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
)
#: A weekday name in English, German or French (full names only: "mar" is March).
FOREIGN_WEEKDAY: Final = (
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
)
_FOREIGN_WORD: Final = re.compile(rf"{FOREIGN_WEEKDAY}|\b{FOREIGN_MONTH}")
# "5 juin 2014", "June 5, 2014": a date in words, whatever else the line holds.
_FOREIGN_DATE: Final = re.compile(
    rf"\b\d{{1,2}}\.?\s+{FOREIGN_MONTH}\s+(?:19|20)\d\d\b"
    rf"|\b{ENGLISH_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\b"
)


def has_foreign_date(lowered: str) -> bool:
    """The lower-cased line writes a date with a foreign month name ("jeudi 5 juin 2014": an
    unaccented line, yet no photo's file name)."""
    return _FOREIGN_DATE.search(lowered) is not None


def is_foreign_stamp(lowered: str) -> bool:
    """A stamp line that names its weekday or month in a foreign language (lower-cased line)."""
    return _FOREIGN_WORD.search(lowered) is not None
