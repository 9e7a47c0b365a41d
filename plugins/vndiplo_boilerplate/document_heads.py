"""A reproduced document's own head opens the body: its letterhead, kind and date line.

An embassy or a newspaper that reproduces a statement, a readout or a letter prints, under the
page's headline, the document's own head: the issuer in capitals ("BỘ NGOẠI GIAO"), an office
("Văn phòng Người phát ngôn"), the place and date ("Paris, ngày 6 tháng 6 năm 2005"), the kind
of document in capitals ("TUYÊN BỐ CỦA NGƯỜI PHÁT NGÔN", "THƯ CHÚC TẾT"), then its text. The
document is the page's text, letterhead included (README round 4), and its date line dates the
document, no page stamp (round 8 #1): the body starts at the letterhead, or at the date line
when no letterhead stands above it. Run after the forward pass, this relabels that head.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate.letter_dates import is_letter_date_line
from vndiplo_boilerplate.lines import Label
from vndiplo_boilerplate.state import PageState

__all__ = ["DOCUMENT_HEAD", "mark_document_head"]

#: The rule of a body line that belongs to a reproduced document's head.
DOCUMENT_HEAD: Final = "document_head"

#: The kind of document, in capitals at the head of its text.
_KIND: Final = re.compile(
    r"(?:BÀI |TOÀN VĂN )?(?:THƯ|TUYÊN BỐ|THÔNG CÁO|TÓM TẮT|CÔNG ĐIỆN|ĐIỆN|THÔNG BÁO|PHÁT BIỂU"
    r"|DIỄN VĂN|LỜI CHÚC|NGHỊ QUYẾT|CHỈ THỊ|BIÊN BẢN|THÔNG ĐIỆP|BẢN TIN)\b"
)
#: A head's label line is short ("Văn phòng Người phát ngôn", "Xuân Mậu Tuất - 2018").
_LABEL_MAX_WORDS: Final = 8
#: The document's head is a few lines.
_HEAD_MAX_LINES: Final = 8
#: Rules of lines that are never part of the document's head.
_NOT_HEAD_RULES: Final = frozenset({"title", "title_chrome", "section_name", "section_menu"})


def _in_capitals(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.upper()


def _is_kind(text: str) -> bool:
    return _in_capitals(text) and _KIND.match(text.strip()) is not None


def _dates_the_document(lowered: str) -> bool:
    """A date line in words or after its place ("ngày 6 tháng 8 năm 2020", "paris, 6/6/2005");
    a bare "14/02/2022" under a headline is the page's stamp."""
    return is_letter_date_line(lowered) and any(c.isalpha() for c in lowered)


def _head_line(page: PageState, k: int) -> bool:
    """Line ``k`` may stand in a document's head: capitals, the date line, a short label, or
    the page's headline printed again."""
    label, line = page.labels[k], page.lines[k]
    if label is None or label.kind in ("body", "caption") or label.rule in _NOT_HEAD_RULES:
        return False
    text = line.text.strip()
    if _in_capitals(text) or _dates_the_document(line.lowered):
        return True
    title = page.title
    if title is not None and line.key == title.key:
        return True
    return len(text.split()) <= _LABEL_MAX_WORDS and not text.endswith((".", ":", "!", "?"))


def mark_document_head(page: PageState) -> None:
    """Relabel a reproduced document's head, between the headline and the body, as body."""
    lines, labels = page.lines, page.labels
    start = next(
        (i for i, lab in enumerate(labels) if lab is not None and lab.kind == "body"), None
    )
    if start is None or page.title is None:
        return
    first = start
    while first - 1 >= 0 and start - (first - 1) <= _HEAD_MAX_LINES and _head_line(page, first - 1):
        first -= 1
    head = range(first, start)
    # The head opens at the issuer in capitals, or at the date line; a kind of document in
    # capitals must follow (a capital byline over a stamp is no document's head).
    opens = next(
        (
            k
            for k in head
            if (_in_capitals(lines[k].text) and not _is_kind(lines[k].text))
            or _dates_the_document(lines[k].lowered)
        ),
        None,
    )
    if opens is None or not any(_is_kind(lines[k].text) for k in range(opens, start)):
        return
    for k in range(opens, start):
        if lines[k].text.strip():
            labels[k] = Label("body", DOCUMENT_HEAD)
