"""A reproduced letter's head opens the body: letterhead, date line and address block.

A page that reproduces a letter or a cable prints, above its salutation ("Thưa Ngài Chủ
tịch,", "Kính thưa đồng chí Tổng Bí thư,"), the letter's own head: the sender's letterhead in
capitals ("THƯ CẢM ƠN", "BỘ TRƯỞNG BỘ NGOẠI GIAO", "NHÀ TRẮNG"), its place and date, and the
address block ("Kính gửi: Ngài X" / "Thân gửi đồng chí X", the addressee's office, the city).
None of these is the page's headline: the letter is the page's text from its letterhead on
(README round 4). The address block or the letter's date line marks the head as a letter's; it
opens at the topmost line in capitals above it (the letterhead), else at the block itself. A
news headline in ordinary case above the letterhead stays the title.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate.document_heads import DOCUMENT_HEAD
from vndiplo_boilerplate.letter_dates import is_letter_date_line
from vndiplo_boilerplate.lines import Label, Line
from vndiplo_boilerplate.salutations import is_salutation
from vndiplo_boilerplate.state import PageState

__all__ = ["mark_letter_head"]

#: How far above the salutation a letter's head reaches.
HEAD_MAX_LINES: Final = 10
#: "Kính gửi:", "Thân gửi", "Gửi:", "Kính gửi Ngài ...", or the addressee alone ("Ngài X"):
#: the line that opens an address block.
_ADDRESS: Final = re.compile(r"(?i:(?:kính |thân |trân trọng )?gửi\b)|(?i:ngài)\s+[A-ZĐ]")
#: An address block's lines are short; a longer line is the letter's text.
ADDRESS_MAX_WORDS: Final = 16


def _in_capitals(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.upper()


def _opens_address(line: Line) -> bool:
    return line.words <= ADDRESS_MAX_WORDS and _ADDRESS.match(line.text.strip()) is not None


def _dates_letter(line: Line) -> bool:
    """A letter's place-and-date line ("Hà Nội, ngày 5 tháng 3 năm 2021"); a bare date under a
    speech's headline is the page's stamp."""
    return is_letter_date_line(line.lowered) and any(c.isalpha() for c in line.lowered)


def mark_letter_head(page: PageState) -> None:
    """Relabel the head of a letter reproduced as the page's text as body (see module doc)."""
    lines, labels = page.lines, page.labels
    salutation = next(
        (i for i, lab in enumerate(labels) if lab is not None and lab.kind == "body"), None
    )
    if salutation is None or not is_salutation(lines[salutation]):
        return
    top = max(0, salutation - HEAD_MAX_LINES)
    window = range(top, salutation)
    marked = [k for k in window if _opens_address(lines[k]) or _dates_letter(lines[k])]
    if not marked:
        return
    capitals = [k for k in range(top, marked[0]) if _in_capitals(lines[k].text)]
    opens = capitals[0] if capitals else marked[0]
    title_lost = False
    for k in range(opens, salutation):
        label = labels[k]
        if label is not None and label.kind == "dateline":
            continue  # the letter's date line dates the letter already (see letter_dates)
        title_lost = title_lost or (label is not None and label.kind == "title")
        labels[k] = Label("body", DOCUMENT_HEAD)
    if not title_lost:
        return
    # The page's own headline, if any, stands above the letterhead in ordinary case.
    above = next((k for k in range(opens - 1, -1, -1) if lines[k].text.strip()), None)
    if above is not None and lines[above].headline and not _in_capitals(lines[above].text):
        labels[above] = Label("title", "title")
