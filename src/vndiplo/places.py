"""Places, one shared layer: one entry shape, one lexicon kind, read by every plugin.

Titles need places to cut "Tổng thống Hàn Quốc Lee Jae Myung" where the name begins and to give
the person a country; events need them to end a location ("tại Hà Nội, Thủ đô Việt Nam") and to
know whose home ground a meeting is on. Both read the same gazetteer, so a user registers a new
place once, under the ``"places"`` lexicon kind::

    @hookimpl
    def vndiplo_register_lexicon(register):
        register("places", [{"name": "Viêng Chăn", "kind": "capital", "country": "LA"}])

Entries are :class:`Place` objects or mappings with the same keys (``(name, country)`` pairs are
read too). The built-in places (:mod:`vndiplo.place_names`) are always there; registered ones
are added to them, and a registered name overrides a built-in one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, Final

from attrs import field, frozen

from vndiplo import place_names
from vndiplo.registry import Registry, lexicon
from vndiplo.text import normalize
from vndiplo.tries import render, render_word_start, trie

__all__ = ["LEXICON_KIND", "PLACE_KINDS", "Gazetteer", "Place", "default_places", "gazetteer"]

LEXICON_KIND: Final = "places"
PLACE_KINDS: Final = ("country", "capital", "city", "province", "region", "institution")


@frozen
class Place:
    """A place name as written, what kind of place it is, and its ISO 3166-1 alpha-2 country."""

    name: str
    kind: str = field(default="region", validator=lambda _i, _a, v: _check_kind(v))
    country: str | None = None

    @classmethod
    def from_entry(cls, entry: Any) -> Place:
        """A registered entry: a Place, a ``{"name", "kind"?, "country"?}`` mapping or a pair."""
        if isinstance(entry, Place):
            return entry
        if isinstance(entry, Mapping):
            return cls(str(entry["name"]), str(entry.get("kind") or "region"), entry.get("country"))
        name, country = entry
        return cls(str(name), "region", None if country is None else str(country))


def _check_kind(value: str) -> None:
    if value not in PLACE_KINDS:
        raise ValueError(f"place kind must be one of {PLACE_KINDS}, got {value!r}")


@lru_cache(maxsize=1)
def default_places() -> tuple[Place, ...]:
    """The built-in gazetteer: countries, then regions and cities, then venues and leaders'
    seats."""
    tables: Sequence[tuple[str, Mapping[str, str]]] = (
        ("country", place_names.COUNTRIES),
        ("region", place_names.REGIONS),
        ("city", place_names.CITIES),
        ("institution", place_names.INSTITUTIONS),
        ("institution", place_names.SEATS),
    )
    places = [Place(name, kind, code) for kind, table in tables for name, code in table.items()]
    known = {place.name for place in places}
    spaced = (
        Place(variant, "country", code)
        for name, code in place_names.COUNTRIES.items()
        for variant in (spaced_transliteration(name), spaced_compound(name))
        if variant is not None and variant not in known
    )
    return (*places, *spaced)


_LATIN_COMPOUND: Final = re.compile(r"\b([A-Z][a-z]{3,})-([A-Z][a-z]{3,})\b")


def spaced_compound(name: str) -> str | None:
    """A Latin compound country name written with a space for its hyphen ("Timor-Leste" as
    "Timor Leste", "Guinea-Bissau" as "Guinea Bissau"), as outlets often print it. Only two
    capitalised Latin words of four letters or more: a short or lower-case part ("Ả-Rập",
    "el-Sheikh") is a transliteration with its own spellings. None when nothing changes."""
    spaced = _LATIN_COMPOUND.sub(r"\1 \2", name)
    return spaced if spaced != name else None


def spaced_transliteration(name: str) -> str | None:
    """A hyphenated transliteration written with spaces instead ("Ai-len" as "Ai Len",
    "Ác-hen-ti-na" as "Ác Hen Ti Na"), as many outlets write them: each hyphen-joined syllable
    capitalised. None for names without hyphens, Latin compounds ("Timor-Leste": a capital
    after the hyphen) and short forms ("Ma-li", "Cu-ba"), whose spaced spelling could be a
    person's name."""
    if "-" not in name or len(name) < 6:
        return None
    words = []
    for word in name.split():
        syllables = word.split("-")
        if any(not s.isalpha() or s[:1].isupper() for s in syllables[1:]):
            return None
        capitalised = (s[:1].upper() + s[1:] for s in syllables)
        words.append(" ".join(capitalised) if len(syllables) > 1 else word)
    return " ".join(words)


class Gazetteer:
    """Compiled places: lookup by name, a regex over the text, the country a phrase names."""

    def __init__(self, entries: Iterable[Any]) -> None:
        by_key: dict[str, Place] = {}
        for entry in entries:
            place = Place.from_entry(entry)
            by_key[normalize(" ".join(place.name.split()))] = place
        self.places: Mapping[str, Place] = by_key
        # Case-sensitive on purpose: "Anh", "Áo", "Nga" are also common lower-case words.
        self.regex = _alternation(by_key, word_start=True)
        self.country_regex = _alternation(
            (k for k, p in by_key.items() if p.kind == "country"), word_start=False
        )

    def __len__(self) -> int:
        return len(self.places)

    def lookup(self, name: str) -> Place | None:
        """The place of that name (white space and Unicode form do not matter), or None."""
        return self.places.get(_place_key(name))

    def country_of(self, phrase: str, *, first: bool = False) -> str | None:
        """The country the phrase names: its last place with a country (or first, for titles)."""
        code: str | None = None
        for match in self.regex.finditer(phrase):
            place = self.lookup(match.group())
            if place is not None and place.country:
                code = place.country
                if first:
                    return code
        return code


@lru_cache(maxsize=4096)
def _place_key(name: str) -> str:
    """The gazetteer key of a name as written: pages name the same few places over and over
    ("Hà Nội", "Trung Quốc"), so each spelling is normalised once, not at every look-up."""
    return normalize(" ".join(name.split()))


def _alternation(names: Iterable[str], *, word_start: bool) -> re.Pattern[str]:
    """One regex for many names, the longest that matches preferred, any run of spaces between
    their words, a word boundary after them (and before them with ``word_start``).

    The names are a trie (:mod:`vndiplo.tries`): a flat alternation of the 1,500 places tried
    every name at every word start (about 50 times slower over a page)."""
    keys = {" ".join(n.split()) for n in names}
    if not keys:
        return re.compile(r"(?!x)x")
    body = render_word_start(trie(keys)) if word_start else render(trie(keys))
    return re.compile(f"(?:{body})" + r"(?!\w)")


def gazetteer(registry: Registry | None) -> Gazetteer:
    """The built-in places plus those registered under ``"places"``, compiled once per registry
    version (once per process without a registry)."""
    return lexicon(registry, LEXICON_KIND, _build, default_places, extend=True)


def _build(entries: Sequence[Any]) -> Gazetteer:
    return Gazetteer(entries)
