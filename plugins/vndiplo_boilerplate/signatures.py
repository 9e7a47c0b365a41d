"""A letter reproduced in a page ends with its signature: the signer's name and office.

A letter's last sentence speaks in the first person ("Tôi chúc Ngài ...", "Xin gửi tới đồng
chí lời chào ...", "Trân trọng."), then the signer signs: a name over one or two offices
("Nguyễn Văn A" / "Chủ tịch Ủy ban ..."), or both on one line ("Hans Berger Thủ tướng Cộng hòa
Áo"). Those lines look like a byline and captions, but they are the letter's own text (README,
round 4: a reproduced letter keeps its signature in the body).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.letters import CLOSING_FORMULAS, FIRST_PERSON, is_letter
from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Label, Line
from vndiplo_boilerplate.state import PageState

__all__ = ["is_office_line", "mark_letter_signature", "signature_name_end"]

#: The head words of an office a letter is signed with.
_OFFICE: Final = re.compile(
    r"(?:phó |nguyên )?(?:chủ tịch|tổng thống|thủ tướng|bộ trưởng|thứ trưởng|tổng bí thư"
    r"|bí thư|đại sứ|tổng lãnh sự|lãnh sự|quốc vương|nhà vua|hoàng đế|nữ hoàng|tổng thư ký"
    r"|tổng giám đốc|giám đốc|chủ nhiệm|trưởng ban|trưởng đoàn|tỉnh trưởng|thị trưởng"
    r"|thống đốc|ủy viên|uỷ viên|chánh văn phòng)\b"
)
#: An office names bodies and places, capitalised: "Chủ tịch nước tiếp Đại sứ X" narrates.
_ACTS: Final = re.compile(
    r"\b(?:tiếp|hội đàm|hội kiến|gặp|thăm|dự|chủ trì|phát biểu|trao|chụp|đón|tặng|ký|làm việc)\b"
)
#: A letter's closing words, in the first person or as a formula ("Trân trọng", "Kính thư").
_CLOSING: Final = re.compile(rf"\b(?:{FIRST_PERSON}|{CLOSING_FORMULAS})\b")
#: The words of ``_CLOSING`` as plain strings: a line holding none of them is not searched (the
#: pattern opens with ``\b``, which ``re`` tries at every character of a paragraph). Should a
#: word ever be a pattern, "" stands in for them all and every line is searched.
_CLOSING_WORDS: Final = tuple(f"{FIRST_PERSON}|{CLOSING_FORMULAS}".split("|"))
_CLOSING_CUES: Final = (
    _CLOSING_WORDS if all(w.replace(" ", "").isalpha() for w in _CLOSING_WORDS) else ("",)
)
#: A closing formula alone on its line, as letters end it with a comma before the signature
#: ("Trân trọng,", "Chào thân ái,"): it closes the letter as "Trân trọng." does.
_FORMULA_LINE: Final = re.compile(rf"^(?:(?:xin )?chào |kính )?(?:{CLOSING_FORMULAS})\s*[,.!]?$")
#: A signature is a name and one or two offices.
SIGNATURE_MAX_LINES: Final = 4
_OFFICE_MAX_WORDS: Final = 20


def is_office_line(text: str, lowered: str) -> bool:
    """ "Chủ tịch Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam": an office head and the
    body's name, mostly capitalised, with no act and no sentence."""
    head = _OFFICE.match(lowered)
    if head is None or ". " in text or text.endswith(("?", "!")):
        return False
    if ":" in text or _joins_another(text, lowered):
        return False  # a headline ("Chủ tịch nước: ...") or two people's offices
    words = text.split()
    # acts past the office's head word: "ký" in "Tổng Thư ký" signs nothing
    if len(words) > _OFFICE_MAX_WORDS or _ACTS.search(lowered, head.end()) is not None:
        return False
    capitals = sum(word[:1].isupper() for word in words)
    return 3 * capitals >= len(words)  # "... nước Cộng hòa Xã hội chủ nghĩa Việt Nam"


def _joins_another(text: str, lowered: str) -> bool:
    """Does a "và" join another office ("Chủ tịch nước và Tổng thống ...") or run into a
    sentence ("Thủ tướng Nhật Bản và những kỷ niệm ...")? A body's own "và" ("Bộ trưởng Bộ
    Khoa học và Công nghệ") is followed by a capitalised word that opens no office."""
    k = lowered.find(" và ")
    while k >= 0:
        after = text[k + 4 :]
        if not after[:1].isupper() or _OFFICE.match(after.lower()) is not None:
            return True
        k = lowered.find(" và ", k + 1)
    return False


#: What may stand between the signer's name and office on one line: "Nguyễn Văn A - Chủ tịch
#: nước ...", "Nguyễn Văn A, Chủ tịch ...", "Nguyễn Văn A – Thủ tướng ...".
_NAME_OFFICE_SEPARATOR: Final = re.compile(r"^(?:[-–—]\s+|,\s*)")


def signature_name_end(text: str) -> int | None:
    """Where the office starts after a name on the same line ("Hans Berger Thủ tướng ...",
    "Trần Văn An - Chủ tịch nước ..."): two to five capitalised words, perhaps a dash or a
    comma, then an office line; None if the line is not that."""
    words = text.split()
    for count in range(2, min(6, len(words))):
        name = " ".join(words[:count])
        bare = name.rstrip(",")
        if not rules.is_name_like(bare, count):
            return None
        rest = " ".join(words[count:])
        if name != bare:
            rest = ", " + rest
        rest = _NAME_OFFICE_SEPARATOR.sub("", rest)
        if is_office_line(rest, rest.lower()):
            return len(bare)
    return None


def _signature_parts(text: str, lowered: str, words: int) -> tuple[bool, bool]:
    """(names the signer, gives an office): both for "Hans Berger Thủ tướng ..."."""
    if rules.is_name_like(text, words) and words >= 2:
        return True, False
    if signature_name_end(text) is not None:
        return True, True
    return False, is_office_line(text, lowered)


def mark_letter_signature(page: PageState) -> None:
    """Relabel as body the signature block right after a letter's closing sentence.

    The block runs from the line after the last body line (or caption: "Trân trọng."), which
    must close the letter in the first person or with a formula: the signer's name, then
    offices right under it (no ":", no "và" joining a second office), at most
    :data:`SIGNATURE_MAX_LINES` lines, never into the tail unless the name opens it or stands
    right above it. The page must hold a letter (:func:`vndiplo.letters.is_letter`): an
    interview's last answer speaks in the first person too. A tail that begins with the block
    begins after it.
    """
    lines, labels = page.lines, page.labels
    closing = None
    for i in range(min(page.tail_from, len(lines)) - 1, -1, -1):
        label = labels[i]
        if (
            label is not None
            and label.kind in ("body", "caption")  # "Trân trọng." alone reads as a caption
            and _closes(lines[i])
        ):
            closing = i
            break
    if closing is None:
        return
    closing = _above_signed_line(page, closing)
    if closing + 1 < len(lines) and _is_formula_line(lines[closing + 1]):
        closing += 1  # "Trân trọng," under the last paragraph, read as a byline's leftover
    end = min(len(lines), closing + 1 + SIGNATURE_MAX_LINES)
    lines[closing].prepare()
    if not _closes(lines[closing]) or not _in_person(lines[closing].lowered):
        return
    block: list[int] = []
    office = False
    for j in range(closing + 1, end):
        if j >= page.tail_from and (block[0] if block else j) < page.tail_from - 1:
            break  # no signature reaches into the tail but by the name or the line under it
        line = lines[j]
        line.prepare()
        names, gives = _signature_parts(line.text, line.lowered, line.words)
        # the name first, then its offices right under it: never an office before the name
        if not block and not names:
            break  # the block opens with the signer's name
        if block and (names or not gives):
            break  # under the name, only lines that give an office and name nobody
        office = office or gives
        block.append(j)
    if not (block and office):
        return  # a name alone under a first-person quote is the reporter's byline
    if not is_letter(lines[closing].text, "\n".join(line.text for line in lines[:closing])):
        return  # an interview's last answer speaks in the first person too
    was = labels[closing]
    if was is None or was.kind != "body":
        labels[closing] = Label("body", "letter_closing")
    for j in block:
        labels[j] = Label("body", "letter_signature")
    after = block[-1] + 1
    if page.tail_from <= block[-1]:  # the block was read as the tail's first lines
        page.tail_from = after
        if after < len(lines):
            labels[after] = Label("boilerplate", "tail_start")


def _in_person(lowered: str) -> bool:
    """Does the (lower-cased) line speak in the first person or close with a formula?"""
    return any(cue in lowered for cue in _CLOSING_CUES) and _CLOSING.search(lowered) is not None


def _closes(line: Line) -> bool:
    """Does ``line`` end a sentence, or is it a closing formula ended by a comma?"""
    return rules.ends_sentence(line.text) or _is_formula_line(line)


def _is_formula_line(line: Line) -> bool:
    line.prepare()
    return _FORMULA_LINE.match(line.lowered.strip()) is not None


def _above_signed_line(page: PageState, closing: int) -> int:
    """The closing line above a signature that ends a sentence itself ("Trần Văn An - Chủ
    tịch nước ... Việt Nam."): that line is the signature, the closing formula stands right
    above it ("Chào thân ái!"); else ``closing`` unchanged."""
    lines = page.lines
    line = lines[closing]
    line.prepare()
    if closing == 0 or _in_person(line.lowered):
        return closing
    names, gives = _signature_parts(line.text, line.lowered, line.words)
    if not (names and gives):
        return closing
    above = lines[closing - 1]
    above.prepare()
    label = page.labels[closing - 1]
    if (
        label is not None
        and label.kind in ("body", "caption")
        and rules.ends_sentence(above.text)
        and _in_person(above.lowered)
    ):
        return closing - 1
    return closing
