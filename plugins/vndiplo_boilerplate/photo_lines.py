"""Captions on their own: a photo's credit ("Ảnh: X"), its number ("ảnh 1") or note ("(Ảnh
minh họa)"), and which neighbour such a line leaves open as the caption."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate.file_names import ends_in_digit

__all__ = ["CAPTION_MAX_WORDS", "CREDIT_MAX_WORDS", "is_photo_anchor", "photo_caption_rule"]

# -- captions -----------------------------------------------------------------------------------

# "ảnh 1" closing a line (the alt text some sites print under each photo), also in a slug's
# unaccented words ("... le don doan hinh 3") or a gallery's "-3" ("Lễ đón Đoàn X -3").
_PHOTO_NUMBER: Final = re.compile(r"(?:^|\s)(?:(?:ảnh|photo|hình|hinh)\s*|-)\d{1,2}$")
# A credit "Ảnh: X", "(Ảnh: X)", "- Ảnh: X", "ẢNH: X", "Nguồn ảnh: X", "Photo: X".
_PHOTO_CREDIT: Final = re.compile(
    r"(?:^|[\s(\[\-–—|.,])(?:ảnh|hình ảnh|nguồn ảnh|photo|video|clip|đồ họa|infographic)"
    r"\s*(?:minh họa\s*)?:"
)
# "(Ảnh minh họa)", "Ảnh minh họa", "(Ảnh do nhân vật cung cấp)", "(Ảnh tư liệu)".
_PHOTO_PAREN: Final = re.compile(r"\(\s*(?:ảnh|hình|photo)\b[^()]{0,60}\)\s*\.?$|^ảnh minh họa\.?$")
# Cheap substring test before the patterns: every caption rule needs one of these words.
_PHOTO_CUES: Final = ("ảnh", "photo", "hình", "video", "clip", "đồ họa", "infographic")
# "Tin, ảnh: X", "Bài và ảnh: X": the reporter's credit for the whole article, a byline.
_TEXT_AND_PHOTO: Final = re.compile(r"[(\[]?\s*(?:tin|bài)\s*(?:,|và|-|/|&)?\s*ảnh\s*:")
#: Captions are a sentence or two; longer lines with a credit are paragraphs quoting one.
CAPTION_MAX_WORDS: Final = 60
_CREDIT_LINE: Final = re.compile(r"[(\[]?\s*(?:ảnh|photo)\s*:")
#: A standalone credit line ("Ảnh: Viết Thành") has at most this many words.
CREDIT_MAX_WORDS: Final = 8


def photo_caption_rule(lowered: str, words: int) -> str | None:
    """The caption rule a line matches on its own ("photo_credit", "photo_number",
    "photo_note"), or None."""
    if words > CAPTION_MAX_WORDS:
        return None
    # Each pattern needs a character that a plain test finds far faster than an unanchored
    # search (15-25 us on a paragraph): a final digit, a colon, a parenthesis or the "ảnh minh
    # họa" line. A gallery's number ("... -3") comes with no cue word.
    if ends_in_digit(lowered) and _PHOTO_NUMBER.search(lowered) is not None:
        return "photo_number"
    # Prose says "tình hình" and "mô hình", so the cues pass often.
    if not any(map(lowered.__contains__, _PHOTO_CUES)) or _TEXT_AND_PHOTO.match(lowered):
        return None
    if ":" in lowered and _PHOTO_CREDIT.search(lowered) is not None:
        return "photo_credit"
    if (")" in lowered or lowered.startswith("ảnh")) and _PHOTO_PAREN.search(lowered) is not None:
        return "photo_note"
    return None


#: An editor's image toolbar flattened with the photo ("leftcenterrightdel": align left,
#: centre, right, delete): the photo's caption is the next line.
_IMAGE_TOOLBAR: Final = re.compile(r"left\s*center\s*right(?:\s*del(?:ete)?)?")


def is_photo_anchor(lowered: str, words: int) -> tuple[bool, bool]:
    """Whether a caption line leaves its neighbour's role open: ``(after, before)``.

    "... ảnh 1" (or an image toolbar) is printed above the caption text, so the next line is
    the caption; a bare
    credit "Ảnh: Viết Thành" is printed below it, so the previous line is.
    """
    after = (ends_in_digit(lowered) and _PHOTO_NUMBER.search(lowered) is not None) or (
        lowered.startswith("left") and _IMAGE_TOOLBAR.fullmatch(lowered) is not None
    )  # (the toolbar's pattern opens with "left": a plain test first, as for the digit)
    before = words <= CREDIT_MAX_WORDS and _CREDIT_LINE.match(lowered) is not None
    return after, before
