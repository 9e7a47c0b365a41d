"""The page's last line, cut off mid-sentence by an excerpt's fixed length, is article text.

Stored and crawled excerpts stop at a fixed length, so the article's last line may be a stub
("... Phó Thủ tướng đã t", "Tại", "* Cùng ngày, Đoàn đại biểu do Ủy viên B"). Run after the
forward pass, this turns such a stub back into body when nothing but body (or a caption inside
it) stands above it.
"""

from __future__ import annotations

from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Label, opened_earlier
from vndiplo_boilerplate.state import CUT_CAPTION_MIN_WORDS, PageState

__all__ = ["mark_cut_off_end"]

#: What a list item or a side note opens with before its first word ("* Cùng ngày, ...").
_BULLETS: Final = "*•+-–—· "
#: Words that open a sentence and are never a person's name: a stub of one of them alone is a
#: cut-off sentence, not a byline ("Tại" is "Tại buổi tiếp ..." cut after its first word).
SENTENCE_OPENERS: Final = frozenset(
    [
        "tại",
        "theo",
        "trong",
        "trước",
        "sau",
        "với",
        "về",
        "cũng",
        "các",
        "những",
        "khi",
        "nhân",
        "ngày",
        "sáng",
        "chiều",
        "tối",
        "trưa",
        "đêm",
        "cùng",
        "đây",
        "đó",
        "này",
        "và",
        "nhưng",
        "tuy",
        "từ",
        "để",
        "do",
        "vì",
        "qua",
        "ông",
        "bà",
        "hai",
        "phía",
        "hiện",
        "tiếp",
        "dịp",
    ]
)


def _opens_like_prose(text: str) -> bool:
    """A letter first; or a bullet, then a word that opens a report's sentence ("* Cùng ngày,
    ..."): a bullet before an instruction ("* Vui lòng nhập ...") is a form's notice."""
    if text[:1].isalpha():
        return True
    rest = text.lstrip(_BULLETS)
    return rest != text and rest.split(" ", 1)[0].lower() in SENTENCE_OPENERS


def _opens_sentence_only(text: str) -> bool:
    """One word that only ever opens a sentence ("Tại", "Theo", "Chiều")."""
    words = text.split()
    return len(words) == 1 and words[0].lower() in SENTENCE_OPENERS


def mark_cut_off_end(page: PageState) -> None:
    """Relabel the page's last line as body when it is cut off mid-sentence after the article.

    Stored and crawled excerpts stop at a fixed length ("... Phó Thủ tướng đã t"). Such a
    line follows body text (or a caption inside it) with no marker or tail between, does
    not end a sentence, and is no byline: a name alone ("Minh Anh") is still a byline, a word
    that only opens sentences ("Tại") is not. A bullet before its first word is allowed.
    A cut line that opens an earlier line ("Hai Thủ" under "Hai Thủ tướng ...") is cut from
    a line of that kind. One caption without a full stop may stand between it and the body.
    """
    lines, labels = page.lines, page.labels
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.strip()), None)
    if last is None or last >= page.tail_from or labels[last] is None:
        return
    label = labels[last]
    assert label is not None
    if label.rule in ("after_body", "byline_name"):
        opened = opened_earlier(lines, last)
        if opened is not None:
            was = labels[opened]
            kind = was.kind if was is not None else "boilerplate"
            labels[last] = Label(
                "body" if kind == "body" else "boilerplate",
                "cut_off" if kind == "body" else "cut_off_repeat",
            )
            return
    line = lines[last]
    stub = label.rule == "byline_name" and _opens_sentence_only(line.text)
    if label.rule != "after_body" and not stub:
        return  # a byline, credit, caption, widget or tail that a rule recognised
    line.prepare()
    if (
        rules.ends_sentence(line.text)
        or (not stub and rules.is_name_like(line.text, line.words))
        or not _opens_like_prose(line.text)
        or "@" in line.text  # a contact notice ("... vui lòng gửi về toasoan@...")
        or page._content_label(last) is not None
        or page._marker(last) is not None
    ):
        return
    above = [i for i in range(last - 1, max(-1, last - 3), -1) if lines[i].text.strip()]
    before = labels[above[0]] if above else None
    if before is not None and before.rule == "after_body" and len(above) > 1:
        caption = lines[above[0]]
        if caption.headline and caption.words >= CUT_CAPTION_MIN_WORDS:
            # "Các đại biểu chụp ảnh lưu niệm" between the last paragraph and the cut line.
            before = labels[above[1]]
            if before is not None and before.kind in ("body", "caption"):
                labels[above[0]] = Label("caption", "caption_before_cut")
    if before is None or before.kind not in ("body", "caption"):
        return
    if not any(lab is not None and lab.kind == "body" for lab in labels[:last]):
        return
    labels[last] = Label("body", "cut_off")
