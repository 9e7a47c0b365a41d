"""The lead credit: where an outlet's credit ("TTO - ", "(TNO) ", "HÀ NỘI (TTXVN) - ") or a
kicker before a lead ends and its prose starts."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from vndiplo_boilerplate import kickers, lead_prefixes
from vndiplo_boilerplate.leads import opens_with_date, opens_with_frame, opens_with_invitation

__all__ = ["dated_credit", "lead_credit"]

# -- the lead credit ----------------------------------------------------------------------------

# The dash may stick to the prose ("VOV.VN -Trong chiều nay") when a space stands before it.
# A doubled dash ("TÒA GIÁM MỤC -- ...") is a typewriter's dash.
_LEAD: Final = re.compile(r"^(?P<credit>[^\n]{0,48}?)(?:\s*[-–—]{1,2}\s+|\s+[-–—]{1,2})(?=\S)")
_LEAD_REACH: Final = 48  # the credit's longest reach in ``_LEAD``
_DASH: Final = re.compile("[-–—]")
# "(TNO) Chiều nay ...": a bracketed outlet acronym or domain with no dash after it, or with a
# dash stuck to both words ("(TG)-Phát biểu ...").
_LEAD_BRACKET: Final = re.compile(
    r"^(?P<credit>\((?:[A-ZĐ]{2,8}\d?|[A-ZĐ][\w-]*\.(?:vn|com|net|org))\))"
    r"(?::?\s+|\s*[-–—]\s*|(?=[^\W\d_][^\W\d_]))(?=[^\W\d_])"
)  # glued too ("(ĐCSVN)Ngày 17/11, ..."), when a capitalised word follows
# "TGVN. Sáng 26/5, ...": an outlet's acronym closed by a full stop, then the prose; also a
# dateline of two to four words in capitals ("HÀ NỘI. Chiều nay ...").
_LEAD_DOT: Final = re.compile(
    r"^(?P<credit>\(?[A-ZĐ]{3,8}\)?|[^\W\d_]{2,}(?: [^\W\d_]{2,}){1,3})\.\s+(?=[^\W\d_])"
)
# "(Hanoitimes) Sáng nay ...": an outlet's one-word brand in brackets, no dash after it.
_LEAD_BRAND: Final = re.compile(r"^(?P<credit>\([A-ZĐ][a-z]{2,}[A-Za-z]*\)):?\s+(?=[A-ZĐ])")
# "RFI, 12/05/2009 Tổng thống ...", "*TTXVN*, 08.06.24, ...", "VOV, 3.4.2015 - ...": an
# outlet's acronym (bold or bracketed maybe), a comma or a space and the full date, any
# separator and year, then the prose after a comma, a dash or nothing.
_FULL_DATE: Final = r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:\d{4}|\d{2})(?![\d/.])"
_LEAD_DATED: Final = re.compile(
    r"^(?P<credit>[*_]{0,2}\(?[A-ZĐ]{2,8}(?:\.[A-Za-z]{2,3})?\)?[*_]{0,2}(?:,\s*|\s+)"
    rf"{_FULL_DATE})\s*[,:\-–—]?\s*(?=[A-ZĐ])"
)
# "Hà Nội (TTXVN 4/7/2007) Theo ...", "(TTXVN, 4/7/2007) ...", "Viêng Chăn (VNA 5/3/2031)": a
# dateline whose bracket holds an agency's acronym and the full date (either order), then prose.
_LEAD_AGENCY_DATED: Final = re.compile(
    r"^(?P<credit>(?:[A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*){0,3},?[ \t]*)?"
    rf"\((?:[A-ZĐ]{{2,8}}[ \t]*[,:\-–]?[ \t]*{_FULL_DATE}"
    rf"|{_FULL_DATE}[ \t]*[,:\-–]?[ \t]*[A-ZĐ]{{2,8}})\))\s*[-–—]?\s*(?=[A-ZĐ])"
)
# Abbreviations that open sentences with a full stop and are not outlets ("PGS. TS ...").
_NOT_OUTLETS: Final = frozenset({"PGS", "THS", "KTS", "TSKH", "BSCKII", "BSCKI"})
# An outlet's domain or brand as the first word: "VTV.vn", "Baoquocte.vn", "VnExpress", and a
# brand opening with an acronym ("VNGOVNet", "VOVworld", "PLOnline"): no word of prose, in either
# language, is two capitals or more run into lower case.
_OUTLET_WORD: Final = re.compile(
    r"^\(?[^\W\d_][\w-]*\.(?:vn|com|net|org)\)?$|^[A-ZĐ][a-z]+[A-Z]|^[A-ZĐ]{2,}[a-z]+$"
)
_PAREN_END: Final = re.compile(r"\([^()]{1,40}\)$")


# Cached: the head's rules ask it of the same few lines (the sapo, the lead, the line between)
# up to fourteen times a page, and the body's re-read asks again; a pure function of the text.
# A handful of entries holds one page's lines (bounded, so a stream of pages keeps no more).
@lru_cache(maxsize=32)
def lead_credit(text: str) -> tuple[int, int] | None:
    """Where a lead's outlet credits end and its prose starts, as ``(credit_end, prose_start)``.

    Credits may be stacked ("TTO - (VnMedia) - ..."); all of them are taken, so the prose
    never starts with another credit.
    """
    found = _one_lead_credit(text)
    if found is None:
        return None
    credit_end, prose_start = found
    for _ in range(_MAX_STACKED_CREDITS):
        more = _one_lead_credit(text[prose_start:])
        if more is None:
            break
        if more[0] > 0:
            credit_end = prose_start + more[0]
        prose_start += more[1]
    return credit_end, prose_start


_MAX_STACKED_CREDITS: Final = 3


_CREDIT_DATE: Final = re.compile(rf"(?<![\d/.]){_FULL_DATE}")


def dated_credit(credit: str) -> bool:
    """The lead's credit carries a full date ("VNA 25/12/2009", "(VNA - 12/11/2011)",
    "*TTXVN*, 08.06.24"): the day the agency filed it, the page's stamp. A credit is a few
    words before the prose, so a date inside it is no date of the article's sentence."""
    return _CREDIT_DATE.search(credit) is not None


def _one_lead_credit(text: str) -> tuple[int, int] | None:
    """Where a lead's credit ends and its prose starts: an outlet credit by its shape (see
    :func:`_outlet_credit`), else a kicker (:mod:`vndiplo_boilerplate.kickers`): a dateline,
    a bracketed date, or a short label before a lead that opens with a date phrase."""
    found = _outlet_credit(text)
    if found is not None:
        return found
    found = (
        kickers.dateline_kicker(text)
        or kickers.bracketed_date(text)
        or lead_prefixes.wire_dateline(text)
        or lead_prefixes.glued_image_name(text)
    )
    if found is not None:
        return found
    found = kickers.label_kicker(text)
    if found is not None:
        prose = text[found[1] :].lower()
        if opens_with_date(prose) or kickers.opens_with_day_span(prose):
            return found
        # An outlet's acronym ("DNTH: ") may stand before a lead that opens with its frame
        # ("Nhận lời mời của ...", "Tại ...") rather than a date.
        if kickers.is_acronym(text[: found[0]]) and (
            opens_with_invitation(prose) or opens_with_frame(prose)
        ):
            return found
    return None


#: A dateline in capitals ("THÀNH PHỐ HỒ CHÍ MINH - ", "TÒA GIÁM MỤC HÀ NỘI -- ") or a local
#: station's brand ("Điện Biên TV - ": its place, then an acronym) has at most these words.
_DATELINE_MAX_WORDS: Final = 6
_STATION_MAX_WORDS: Final = 4


def _is_acronym_word(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _dateline_or_station(credit: str) -> bool:
    """The credit before the dash is a dateline written in capitals, or a station's brand:
    capitalised words closed by an acronym ("Hà Giang TV"). A sentence's own dash stands
    after lower-case words ("Hội nghị ASEAN - ...") or between names ("Việt Nam - Lào")."""
    words = credit.split()
    if not words:
        return False
    if len(words) <= _DATELINE_MAX_WORDS and all(_is_acronym_word(w) for w in words):
        return True
    return (
        2 <= len(words) <= _STATION_MAX_WORDS
        and all(w[:1].isupper() for w in words)
        and _is_acronym_word(words[-1])
        and not any(_is_acronym_word(w) for w in words[:-1])
    )


def _opens_prose(text: str, start: int, credit_end: int) -> bool:
    """A capital opens the prose at ``start``; glued to the credit, a lower-case letter follows
    it (a word, not an acronym run on)."""
    if not text[start].isupper():
        return False
    return start > credit_end or text[start + 1 : start + 2].islower()


def _outlet_credit(text: str) -> tuple[int, int] | None:
    """Where a lead's outlet credit ends and its prose starts, as ``(credit_end, prose_start)``.

    Handles " - ...", "(VnMedia) - ...", "TTO - ...", "VOV.VN - ...", "QĐND Online - ...",
    "VTV.vn - ...", "(PLO)- ...", "(TNO) ...", "VOV.VN -...", "HÀ NỘI (TTXVN) - ...",
    "Hà Nội, 12/3 (TTXVN) - ..." and an
    acronym closed by a full stop ("TGVN. Sáng 26/5, ..."). A credit is empty, bracketed, ends
    in a bracketed agency, or starts with an upper-case acronym or an outlet's domain or brand
    ("Baoquocte.vn", "VnExpress"), so "Việt Nam - Lào ..." is prose.
    """
    dated = _LEAD_AGENCY_DATED.match(text) if "(" in text[:40] else None
    if dated is not None:  # its bracket may hold a dash: read before the dash credits
        return dated.end("credit"), dated.end()
    found = _LEAD.match(text) if kickers.mark_within_reach(text, _LEAD_REACH, _DASH) else None
    if found is None:
        bracket = _LEAD_BRACKET.match(text)
        if bracket is not None and _opens_prose(text, bracket.end(), bracket.end("credit")):
            return bracket.end("credit"), bracket.end()
        for plain in (_LEAD_BRAND, _LEAD_DATED):
            other = plain.match(text) if text[:1] in "(*_ABCDEFGHIJKLMNOPQRSTUVWXYZĐ" else None
            if other is not None:
                return other.end("credit"), other.end()
        dotted = _LEAD_DOT.match(text) if "." in text[:30] else None
        if dotted is None or dotted.group("credit").strip("()") in _NOT_OUTLETS:
            return None
        if not dotted.group("credit").isupper():
            return None  # "Thủ tướng Lào. Sáng nay ...": a dateline is all capitals
        return dotted.end("credit"), dotted.end()
    credit = found.group("credit").strip()
    if credit:
        first = credit.split()[0]
        letters = [ch for ch in first if ch.isalpha()]
        acronym = len(letters) >= 2 and all(ch.isupper() for ch in letters)
        acronym = acronym or _OUTLET_WORD.match(first) is not None
        if (
            not (acronym and len(credit.split()) <= 3)
            and _PAREN_END.search(credit) is None
            and not _dateline_or_station(credit)
        ):
            return None
    return found.start("credit") + len(credit), found.end()
