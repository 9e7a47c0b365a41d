"""Prefixes glued before a lead's first word that are no part of its sentence.

Beside the outlet credits :mod:`.rules` and the kickers :mod:`.kickers` know, two more shapes
open a lead on the same line:

* a wire dateline with no dash after it: the place, then the agency in brackets with the day
  it filed ("Đà Nẵng (TTXVN 12/3/2009) Theo phóng viên ...", "Huế (VNA, 5-6-2011) Sáng nay
  ..."); the bracket may hold the agency alone ("Cần Thơ (TTXVN) Chiều qua ...");
* a photo's file name flattened into the text and glued to the first word
  ("090512_hoi_dam_640x360_afpChiều nay ..."): lower-case ASCII joined by underscores or
  hyphens, with a digit, running straight into a capitalised word.

Each returns ``(credit_end, prose_start)`` inside the line, like :func:`.rules.lead_credit`.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["glued_image_name", "wire_dateline", "wire_dateline_date"]

# A place of one to four words, then "(AGENCY[,] D/M/YYYY)" or "(AGENCY)", then the prose.
_WIRE: Final = re.compile(
    r"^(?P<credit>(?P<place>[^\W\d_]+(?:[ -][^\W\d_]+){0,3})\s*"
    r"\((?P<agency>[A-ZĐ]{2,8})(?P<date>[ ,]+\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4})?\))"
    r"\s*(?=[^\W\d_])"
)
#: What parts the words of a dateline's place.
_PLACE_WORD_BREAK: Final = re.compile(r"[ -]")


#: Agencies that file datelines; a bracket with no day must name one ("Việt Nam (ASEAN) ..." is
#: a sentence's aside, "Cần Thơ (TTXVN) Chiều qua ..." a dateline).
_WIRE_AGENCIES: Final = frozenset(
    {"TTXVN", "VNA", "TTX", "AFP", "AP", "TASS", "KPL", "AKP", "PNA", "VOV", "TTO", "PV", "NDĐT"}
)


def wire_dateline(text: str) -> tuple[int, int] | None:
    """``(credit_end, prose_start)`` of a wire dateline with no dash, or None.

    Every word of the place is capitalised (a sentence's "Bộ trưởng (TTXVN)" is not: "trưởng"),
    and the prose after the bracket opens with a capital, as a lead does."""
    found = _WIRE.match(text)
    if found is None or not text[found.end() : found.end() + 1].isupper():
        return None
    if not found.group("date") and found.group("agency") not in _WIRE_AGENCIES:
        return None
    if not all(word[:1].isupper() for word in _PLACE_WORD_BREAK.split(found.group("place"))):
        return None
    return found.end("credit"), found.end()


def wire_dateline_date(credit: str) -> bool:
    """The credit is a wire dateline that carries its filing day (the page's stamp)."""
    found = _WIRE.match(credit + " X")
    return found is not None and found.end("credit") == len(credit) and bool(found.group("date"))


# Lower-case ASCII parts joined by "_" or "-" (three parts at least), maybe an extension, then
# a capitalised word glued on.
_GLUED_IMAGE: Final = re.compile(
    r"^(?P<credit>[a-z0-9]+(?:[_\-][a-z0-9]+){2,}(?:\.(?:jpe?g|png|gif|webp))?)(?=[^\W\d_])",
    re.ASCII,
)


def glued_image_name(text: str) -> tuple[int, int] | None:
    """``(credit_end, prose_start)`` of a photo's file name glued before the lead, or None.

    The name holds a digit and an underscore or an extension, so a hyphenated word ("covid-19",
    "e-mail") is none; the prose opens with a capital followed by a lower-case letter."""
    found = _GLUED_IMAGE.match(text)
    if found is None:
        return None
    name, end = found.group("credit"), found.end()
    if not any(ch.isdigit() for ch in name):
        return None
    if "_" not in name and not name.endswith((".jpg", ".jpeg", ".png", ".gif", ".webp")):
        return None
    if not (text[end : end + 1].isupper() and text[end + 1 : end + 2].islower()):
        return None
    return end, end
