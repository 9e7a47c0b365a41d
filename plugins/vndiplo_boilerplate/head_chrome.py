"""The head of a page with no clean headline: a bullet menu, a site's label, a credited caption.

Three layouts put something other than the headline where the title rule looks for it:

* a menu printed as bullet items ("• Trang chủ", "• Giới thiệu", "• <headline>"): every item
  but the last of the run is a link; the last one, at the top of the page, is the page's own
  crumb, its headline;
* a site's label glued before the headline with a spaced colon ("View Full Version : <headline>",
  "News & Activities : <headline>"): unaccented words the article never uses, set off the way a
  template joins two fields (Vietnamese text writes no space before a colon);
* a photo's caption standing where the headline was lost: a sentence closed by its full stop,
  then the photo agency in brackets ("... tại Hà Nội. (Reuters)"). A headline has no full stop.

An image's title copied with the site's name ("<caption> - Sputnik Việt Nam") under the
photo's credit and caption ("© Sputnik / X / <caption>") is the caption again, not the headline.

Two more lines are never the headline: an editor's note wholly in brackets ("(Toàn văn bài
phát biểu của ...)", "(Trích bài viết của ...)"), and a site's slogan banner in capitals above
the headline ("NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ...", "... MUÔN NĂM"); a headline in capitals with
no other headline under it stays the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_boilerplate.lines import Line

__all__ = [
    "captions_title_copy",
    "credited_caption",
    "in_bullet_menu",
    "is_bracketed_note",
    "is_caption_label",
    "is_crumb_question",
    "is_slogan_banner",
    "label_prefix",
]

_BULLETS: Final = frozenset("•·●▪►◦")
#: A site's label: one to five unaccented words (no digit), a spaced colon, then the headline.
_LABEL: Final = re.compile(r"([A-Za-z][A-Za-z&'.-]*(?: [A-Za-z&][A-Za-z&'.-]*){0,4}) : (?=\S)")
#: A sentence's full stop, then a short credit in brackets: "... của ông. (AAP)".
_CREDIT_AFTER_STOP: Final = re.compile(r"[.!]\s*\((?:ảnh:?\s*)?[^\W\d_][^()]{0,30}\)$", re.I)


def _bulleted(line: Line) -> bool:
    return line.text[:1] in _BULLETS


def in_bullet_menu(lines: Sequence[Line], i: int, head_end: int) -> bool:
    """Line ``i`` of the head is an item of a bullet menu: another item follows it, or a
    headline-like line with no bullet stands above the run (the run is then highlights or
    links under the page's own headline)."""
    if not _bulleted(lines[i]):
        return False
    if i + 1 < head_end and _bulleted(lines[i + 1]):
        return True
    start = i
    while start > 0 and _bulleted(lines[start - 1]):
        start -= 1
    return any(lines[j].headline and not _bulleted(lines[j]) for j in range(start))


#: A question headline is a headline's length (see :data:`.headlines.REPOSTED_MAX_WORDS`).
_QUESTION_MAX_WORDS: Final = 30


def is_crumb_question(lines: Sequence[Line], i: int, head_end: int) -> bool:
    """Line ``i`` is the last item of a bullet menu (the page's own crumb, see the module doc)
    and its headline asks a question ("• Vì sao ... chọn Hà Nội?"): the question mark makes it
    no headline-like line, but the crumb is the headline all the same."""
    line = lines[i]
    if not _bulleted(line) or in_bullet_menu(lines, i, head_end) or i == 0:
        return False
    if not _bulleted(lines[i - 1]):
        return False  # a lone bulleted line is no menu's crumb
    rest = line.text[1:].strip()
    return (
        rest.endswith("?")
        and 3 <= len(rest.split()) <= _QUESTION_MAX_WORDS
        and (rest[:1].isupper() or rest[:1].isdigit())
    )


def label_prefix(text: str, page: str) -> tuple[int, int] | None:
    """``(label_end, headline_start)`` when the title line opens with a site's label (see the
    module doc) or a bullet, else None. ``page`` is the page's text: a label that the page
    prints anywhere without its colon (a name the article is about: "John Kerry : ...") is
    part of the headline."""
    if text[:1] in _BULLETS:
        rest = text[1:].lstrip()
        return (1, len(text) - len(rest)) if rest else None
    found = _LABEL.match(text)
    if found is None or text[found.end() :].isascii():
        return None  # an English headline is all unaccented: its colon is its own
    label = found.group(1)
    if page.count(label) > page.count(label + " : "):
        return None
    return len(label), found.end()


def credited_caption(text: str) -> bool:
    """A photo's caption closed by its agency's credit: "<sentence>. (Reuters)"."""
    return _CREDIT_AFTER_STOP.search(text) is not None


def is_bracketed_note(text: str) -> bool:
    """The whole line is one bracketed remark: "(Toàn văn phát biểu của ...)"."""
    if not (text.startswith(("(", "[")) and text.endswith((")", "]"))) or len(text) < 3:
        return False
    depth = 0
    for k, ch in enumerate(text):
        depth += ch in "([" or -(ch in ")]")
        if depth == 0 and k < len(text) - 1:
            return False  # "(TTXVN) Chiều nay ... (ảnh)": the bracket closes early
    return True


# Greetings and calls a banner opens with, and the cheer it may end with.
_SLOGAN_OPENERS: Final = (
    "nhiệt liệt chào mừng",
    "chào mừng",
    "chúc mừng",
    "mừng đảng",
    "mừng xuân",
    "hướng tới",
    "thi đua",
    "quyết tâm",
    "toàn đảng, toàn dân",
    "toàn dân đoàn kết",
)
_SLOGAN_CHEERS: Final = ("muôn năm", "muôn năm!", "quang vinh", "quang vinh!")
#: A banner is a long call, not a two-word label.
_SLOGAN_MIN_WORDS: Final = 5


def is_slogan_banner(line: Line, below: Sequence[Line]) -> bool:
    """A slogan in capitals ("CHÀO MỪNG THÀNH CÔNG ĐẠI HỘI ...") with a headline-like line
    ``below`` it in the head: the site's banner, not the page's headline."""
    # isupper(): every cased letter is a capital and there is one at least
    if line.words < _SLOGAN_MIN_WORDS or not line.text.isupper():
        return False
    lowered = line.text.lower()
    if not (lowered.startswith(_SLOGAN_OPENERS) or lowered.rstrip(" .").endswith(_SLOGAN_CHEERS)):
        return False
    for other in below:
        other.prepare()
        if other.headline and other.text != line.text:
            return True
    return False


#: Labels a site prints before a photo's caption ("Chụp lại hình ảnh, <caption>" on BBC pages).
_CAPTION_LABELS: Final = ("chụp lại hình ảnh", "chú thích ảnh", "chú thích hình ảnh")


def is_caption_label(text: str) -> bool:
    """The line is a photo's caption under its site's label: "Chú thích ảnh, <caption>"."""
    return text.lower().startswith(_CAPTION_LABELS)


#: A site's name after a copied caption: a few words after a dash or bar.
_SITE_TAIL: Final = re.compile(r"\s[-–|]\s+[^\s].{0,40}$")
_SITE_MAX_WORDS: Final = 4
#: What a photo's credit holds before its caption: a copyright sign or a photo word.
_CREDIT_WORDS: Final = ("©", "ảnh", "photo", "hình")
#: How far from its copy the photo's caption is looked for, in lines.
_COPY_WINDOW: Final = 4
#: A copied caption says a scene, not two words.
_COPIED_MIN_WORDS: Final = 4


def captions_title_copy(lines: Sequence[Line], i: int, head_end: int) -> bool:
    """Line ``i`` of the head is "<caption> - <site>", and the caption is printed in the head
    after its photo's credit ("© Agency / Name / <caption>"): the image's title, not the page's
    headline, however many names it shares with the lead."""
    text = lines[i].text
    tail = _SITE_TAIL.search(text)
    if tail is None or len(text[tail.start() :].split()) - 1 > _SITE_MAX_WORDS:
        return False
    core = text[: tail.start()].strip()
    if len(core.split()) < _COPIED_MIN_WORDS:
        return False
    # The photo's caption is printed next to its copy: a few lines either side are read.
    for j in range(max(0, i - _COPY_WINDOW), min(head_end, i + _COPY_WINDOW + 1)):
        other = lines[j].text
        if j == i or len(other) <= len(core) or not other.endswith(core):
            continue
        credit = other[: len(other) - len(core)].lower()
        if any(word in credit for word in _CREDIT_WORDS):
            return True
    return False
