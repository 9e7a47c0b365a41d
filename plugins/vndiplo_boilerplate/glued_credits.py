"""A photo widget's label glued to its caption with no space, as crawled: "Chuyển đến kho
ảnhTổng thống ...", "Chú thích ảnhBộ trưởng ...", "Phóng to hìnhThủ tướng ...".

Normalising puts the lost space back ("kho ảnh Tổng thống"), after which the line reads like
prose that opens on a photo word. The missing space is the mark of the widget, so it is read
where the view's space has no character in the input. Such a line is a caption: never the
headline, never a paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo.text import NormalizedText
from vndiplo_boilerplate.lines import Line

__all__ = ["WIDGET_LABEL_MAX_WORDS", "glued_caption_starts"]

#: A widget's label before the cue is a few words; a cue glued later in a line sits inside a
#: paragraph, which must not be dropped with it.
WIDGET_LABEL_MAX_WORDS: Final = 5
#: A caption is a sentence or two.
CAPTION_MAX_WORDS: Final = 60
_CUES: Final = ("ảnh ", "hình ", "photo ")


def glued_caption_starts(normalized: NormalizedText, lines: Sequence[Line]) -> frozenset[int]:
    """The view offsets where lines start that open with a photo widget's label glued to the
    caption in the input (see the module doc)."""
    if normalized.is_identity:
        return frozenset()  # no space was put back: nothing was glued
    original = normalized.original
    found = set()
    for line in lines:
        text = line.text
        if len(text.split()) <= CAPTION_MAX_WORDS and _glued_label(normalized, original, line):
            found.add(line.start)
    return frozenset(found)


def _glued_label(normalized: NormalizedText, original: str, line: Line) -> bool:
    text = line.text
    lowered = text.lower()  # "ẢnhTổng thống ..." opens the line too
    if len(lowered) != len(text):
        return False
    for cue in _CUES:
        pos = lowered.find(cue)
        while pos != -1 and len(text[:pos].split()) < WIDGET_LABEL_MAX_WORDS:
            space = pos + len(cue) - 1
            if (
                (pos == 0 or text[pos - 1] == " ")
                and text[space + 1 : space + 2].isupper()
                and _put_back(normalized, original, line.start + space)
            ):
                return True
            pos = lowered.find(cue, space)
    return False


def _put_back(normalized: NormalizedText, original: str, offset: int) -> bool:
    """The view's space at ``offset`` stands for no space of the input."""
    at = normalized.to_original(offset)
    return at < len(original) and not original[at].isspace()
