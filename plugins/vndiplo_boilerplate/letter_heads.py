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
from vndiplo_boilerplate.rules import ends_sentence
from vndiplo_boilerplate.salutations import is_salutation
from vndiplo_boilerplate.signatures import is_office_line
from vndiplo_boilerplate.state import PageState

__all__ = ["mark_letter_head"]

#: How far above the salutation a letter's head reaches.
HEAD_MAX_LINES: Final = 10
#: "Kính gửi:", "Thân gửi", "Gửi:", "Kính gửi Ngài ...", or the addressee alone ("Ngài X"):
#: the line that opens an address block.
_ADDRESS: Final = re.compile(r"(?i:(?:kính |thân |trân trọng )?gửi\b)|(?i:ngài)\s+[A-ZĐ]")
#: An address block's lines are short; a longer line is the letter's text.
ADDRESS_MAX_WORDS: Final = 16
#: A sender block's lines: the signer's name (with degrees: "TS. X, M.Si") over offices, which
#: may run long ("Điều phối viên ... của Hội đồng ... (ECOSOC)") but end no sentence.
SENDER_NAME_MAX_WORDS: Final = 8
SENDER_LINE_MAX_WORDS: Final = 40


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
    first = next(
        (i for i, lab in enumerate(labels) if lab is not None and lab.kind == "body"), None
    )
    if first is None:
        return
    salutation = _head_end(page, first)
    if _opens_address(lines[salutation]) and _salutes_below(page, salutation):
        # "Kính gửi: ..." kept already, the salutation under it: the head is above it.
        top = max(0, salutation - HEAD_MAX_LINES)
        marked = [salutation]
    elif is_salutation(lines[salutation]):
        top = max(0, salutation - HEAD_MAX_LINES)
        window = range(top, salutation)
        marked = [k for k in window if _opens_address(lines[k]) or _dates_letter(lines[k])]
    else:
        return
    if not marked:
        return
    capitals = [k for k in range(top, marked[0]) if _in_capitals(lines[k].text)]
    opens = capitals[0] if capitals else _sender_block_start(page, marked[0])
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
    # past the page's stamp ("08/03/2012" between headline and letter)
    above = next(
        (k for k in range(opens - 1, -1, -1) if lines[k].text.strip() and not _stamp(labels[k])),
        None,
    )
    if above is not None and lines[above].headline and not _in_capitals(lines[above].text):
        labels[above] = Label("title", "title")


def _sender_block_start(page: PageState, address: int) -> int:
    """Where a letter's sender block opens above its address block (line ``address``): the
    signer's name, then the offices right under it ("TS. X" / "Chủ tịch Hội đồng ..." /
    "Chủ tịch Liên đoàn ..."), printed as the letterhead (README round 4, AH2: a letter keeps
    its letterhead); ``address`` when no such block stands right above it. The block is
    short lines that end no sentence, up to the page's stamp or headline above it."""
    lines, labels = page.lines, page.labels
    k = address - 1
    while k >= 0 and address - k <= HEAD_MAX_LINES:
        label, line = labels[k], lines[k]
        line.prepare()
        if (label is not None and label.kind == "dateline") or not line.text.strip():
            break
        if line.words > SENDER_LINE_MAX_WORDS or ends_sentence(line.text):
            break
        k -= 1
    run = list(range(k + 1, address))
    if len(run) < 2:
        return address
    name, office = lines[run[0]], lines[run[1]]
    if name.words > SENDER_NAME_MAX_WORDS or is_office_line(name.text, name.lowered):
        return address
    return run[0] if is_office_line(office.text, office.lowered) else address


def _salutes_below(page: PageState, address: int) -> bool:
    """A salutation stands within the few lines under the address block at ``address``."""
    lines = page.lines
    return any(is_salutation(lines[k]) for k in range(address + 1, min(len(lines), address + 4)))


def _head_end(page: PageState, first: int) -> int:
    """The salutation or address line that ends a letter's head, from the first body line
    ``first`` on: the forward pass may keep the head's last office line ("Điều phối viên ...
    (ECOSOC)") as a paragraph. Only short lines ending no sentence stand before it; ``first``
    when none is found."""
    lines = page.lines
    for k in range(first, min(len(lines), first + HEAD_MAX_LINES)):
        line = lines[k]
        line.prepare()
        if is_salutation(line) or (_opens_address(line) and _salutes_below(page, k)):
            return k
        if line.words > SENDER_LINE_MAX_WORDS or ends_sentence(line.text):
            break
    return first


def _stamp(label: Label | None) -> bool:
    return label is not None and label.kind == "dateline"
