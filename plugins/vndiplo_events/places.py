"""Places for the events plugin: the shared gazetteer of :mod:`vndiplo.places`.

Locations end at a known place ("tại Hà Nội, Thủ đô Việt Nam") and a meeting's home side is the
one whose country the place names; both read the one gazetteer titles read too, so a user
registers a place once, under the ``"places"`` lexicon kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo.places import Gazetteer
from vndiplo.places import gazetteer as gazetteer_for
from vndiplo.text import normalize

__all__ = ["Gazetteer", "gazetteer_for", "names_a_seat", "seat_country", "seat_holders"]

#: "Phủ", "trụ sở", "Văn phòng": a seat whose name is an office ("Phủ Thủ tướng"); the "phủ"
#: of "Chính phủ" is none
_SEAT_TAILS: Final = ("phủ ", "dinh ", "trụ sở ", "văn phòng ", "nhà khách ")
_SEAT: Final = re.compile(r"(?<!\w)(?<!chính\s)(?:phủ|dinh|trụ\s+sở|văn\s+phòng|nhà\s+khách)\s+$")


def names_a_seat(low: str, text: str, start: int, end: int, name: str) -> bool:
    """The mention ``[start, end)`` of ``name`` is a bare title right after a seat noun: "tại
    Phủ Tổng thống", "Văn phòng Chủ tịch nước" name a building or an office, not the person
    the titles stage took the title for. ``low`` is the lower-cased ``text``."""
    if name in text[start:end]:
        return False
    lo = max(0, start - 12)
    return low.endswith(_SEAT_TAILS, lo, start) and _SEAT.search(low, lo, start) is not None


#: a seat named by the office it houses, no country: "Phủ Tổng thống", "Dinh Thủ tướng",
#: "trụ sở UBND tỉnh K", "Văn phòng Bộ trưởng Quốc phòng"; the office is group 1
_OFFICE_SEAT: Final = re.compile(
    r"(?:tòa\s+)?(?:phủ|dinh|văn\s+phòng|trụ\s+sở|nhà\s+khách|cung\s+điện)\s+(\w.{2,60}?)"
    r"\s*(?:\(|,|$| ở | tại )"
)
#: a palace houses the monarch ("tại Hoàng cung", "Cung điện Hoàng gia")
_PALACE: Final = re.compile(r"^(?:hoàng\s+cung|cung\s+điện\s+hoàng\s+gia|hoàng\s+thành)(?!\w)")
_MONARCHS: Final = ("quốc vương", "nhà vua", "vua ", "hoàng đế", "sultan", "nữ hoàng")


def seat_country(
    place: str, people: Sequence[Person], country: Callable[[Person], str]
) -> str | None:
    """The country of the one side whose office the place is the seat of, when the place names
    no country: "tại Hoàng cung" with a king among the people, "tại Phủ Tổng thống" with one
    president, "tại trụ sở UBND tỉnh K" with the province's chairman. ``country`` gives each
    person's country. None when nobody, or people of two countries, hold it."""
    countries = {country(p) for p in seat_holders(place, people)}
    return countries.pop() if len(countries) == 1 else None


def seat_holders(place: str, people: Sequence[Person]) -> list[Person]:
    """Those of ``people`` whose office the place is the seat of (see :func:`seat_country`)."""
    low = _office_words(place)
    if _PALACE.match(low):
        return [p for p in people if any(t.lower().startswith(_MONARCHS) for t in p.titles)]
    seat = _OFFICE_SEAT.match(low + " ")
    if seat is None:
        return []
    office = seat.group(1).strip()
    # "trụ sở Bộ Quốc phòng" houses the "Bộ trưởng Quốc phòng"
    forms = (office, "bộ trưởng " + office[3:]) if office.startswith("bộ ") else (office,)
    return [p for p in people if any(f in _office_words(t) for t in p.titles for f in forms)]


#: long forms of offices written short in seats or titles
_SHORT_FORMS: Final = (("ủy ban nhân dân", "ubnd"), ("uỷ ban nhân dân", "ubnd"))


def _office_words(phrase: str) -> str:
    """A seat or a title lower-cased, its offices in their short forms."""
    low = normalize(" ".join(phrase.split())).lower()
    for long, short in _SHORT_FORMS:
        low = low.replace(long, short)
    return low
