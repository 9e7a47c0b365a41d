"""Short lines between the article's paragraphs that are page furniture, not text.

Three shapes no sentence of the article has: a table cell's caption closed by the cell's bar
("Quang cảnh buổi tiếp |"), a template's token the page never filled in ("[links()]",
"{{related}}"), and the article's address slug printed as a line (unaccented, lower-case words
joined by spaces or hyphens: "ha tinh tiep doan cong tac"). Each is told by its form alone, so
the test is cheap and runs only on lines that are not paragraphs.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Label

__all__ = ["inline_furniture", "names_an_image"]

#: A slug has words enough to be a headline's; a few unaccented words may be a name or a code.
SLUG_MIN_WORDS: Final = 4
#: Template tokens: a call or a placeholder in brackets, braces or percent signs, one token.
_TEMPLATE_TOKEN: Final = re.compile(
    r"[\[{<%]{1,2}\s*[\w.:-]+(?:\(\s*\))?\s*[\]}>%]{1,2}|[\w.:-]+\(\s*\)"
)
_SLUG_WORD: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def inline_furniture(text: str, words: int) -> Label | None:
    """The label of a short line inside the article that is furniture (see the module doc),
    or None."""
    if text.endswith("|") and words >= 2:
        # "Bộ trưởng X tại buổi tiếp. |": the caption in a photo's table cell (README
        # round 9: a line between a table's bars next to a photo is its caption).
        return Label("caption", "cell_caption")
    if words == 1 and _TEMPLATE_TOKEN.fullmatch(text) is not None:
        return Label("boilerplate", "template_token")
    if words >= SLUG_MIN_WORDS and text.isascii() and _is_slug(text):
        return Label("boilerplate", "slug")
    return None


def _is_slug(text: str) -> bool:
    """Lower-case unaccented words with no punctuation between them: an address's slug."""
    return all(_SLUG_WORD.fullmatch(word) is not None for word in text.split())


def names_an_image(text: str, words: int) -> bool:
    """A photo's file name ("anh-hoi-dam-01.jpg") or its slug printed as alt text: the line
    below it is the photo's caption."""
    if words >= SLUG_MIN_WORDS and text.isascii() and _is_slug(text):
        return True
    return words == 1 and rules.is_file_name(text)
