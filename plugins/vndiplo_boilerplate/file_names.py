"""Photos' file names flattened into a page's text ("hoi-dam-2.jpg", "img_2034",
"anh-dai-su-trinh-quoc-thu.jpg"): lines that are no headline and no body."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate.foreign_dates import has_foreign_date

__all__ = ["ends_in_digit", "is_file_name", "is_image_name"]


def ends_in_digit(lowered: str) -> bool:
    """What ``\\d$`` needs (a decimal digit last, or before one final newline, as ``$``
    allows): the cheap test before the search."""
    return (lowered[:-1] if lowered.endswith("\n") else lowered)[-1:].isdecimal()


#: A photo's file name flattened into the page ("3. tong thong a1", "hoi-dam-2.jpg",
#: "img_2034"): unaccented lower-case words, no punctuation but the file's own, a final digit.
_FILE_NAME: Final = re.compile(
    r"(?:\d{1,2}[.)]? )?[a-z]{2,}[a-z0-9_\-]*(?:[ _\-][a-z0-9]+){0,6}"
    r"(?<=\d)(?:\.(?:jpe?g|png|gif|webp))?"
)


def is_file_name(text: str) -> bool:
    """The line is a photo's file name: the line below it is that photo's caption, never the
    page's headline (a caption stands in for a headline only as the README's K14 says).

    Written in lower case (so "APEC 2017" is no file name), with two words of letters, an
    underscore or an image's extension (so a lone "covid-19" is none either)."""
    if not (ends_in_digit(text) or text.endswith(_IMAGE_ENDINGS)):
        return False  # the cheap test first
    if not text.isascii() or not text.islower() or _FILE_NAME.fullmatch(text) is None:
        return False
    if "_" in text or text.endswith(_IMAGE_ENDINGS):
        return True
    if _SLUG.fullmatch(text) is not None:
        return True  # a photo's slug: a word and two numbers ("tran-4410-2207")
    if has_foreign_date(text):
        return False  # a blog's date header in French or English: "jeudi 5 juin 2014"
    return sum(1 for part in _FILE_NAME_PARTS.split(text) if part.isalpha()) >= 2


_FILE_NAME_PARTS: Final = re.compile(r"[ _\-.]+")
#: A word and two numbers, one of three digits or more: "tran-4410-2207", "img-20230915-01";
#: "covid-19" or "apec-2017" has one number only.
_SLUG: Final = re.compile(r"[a-z]{2,}(?:-\d+){2,}(?<=\d{3})|[a-z]{2,}-\d{3,}(?:-\d+)+")


_IMAGE_ENDINGS: Final = ("jpg", "jpeg", "png", "gif", "webp")


# An image's file name, alone or glued to its alt text: "anh-dai-su-trinh-quoc-thu.jpg",
# "baolaocai-br_0042.jpg", "bo-truong-tiep-doan-dai-bieu-QPQuang cảnh buổi tiếp".
_IMAGE_NAME: Final = re.compile(
    r"^(?:[\w-]+\.(?:jpe?g|png|gif|webp|bmp)\b|[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){3,})", re.ASCII
)


def is_image_name(text: str) -> bool:
    """A line that opens with an image file name (the slug of a photo and its alt text)."""
    return _IMAGE_NAME.match(text) is not None
