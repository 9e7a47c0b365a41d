"""The lexicons compiled for matching: token tries, built once per registry version.

Why tries over tokens rather than one big regex: the chain parser asks, at one token, "does
a title / organisation / place start here, and how long is it?" many times per article; a
dict-of-dicts walk answers in time proportional to the match, never backtracks, and lets a
user's registered entries take part without recompiling a pattern by hand.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, Generic, TypeVar

from attrs import frozen

from vndiplo.places import LEXICON_KIND as PLACES_KIND
from vndiplo.places import gazetteer
from vndiplo.registry import Registry
from vndiplo.text import fold
from vndiplo_titles import lexicon
from vndiplo_titles.constructions import KIN_HONORIFICS, WORLD_REGIONS
from vndiplo_titles.names import Token, tokenize, transliterated
from vndiplo_titles.windows import Windows

__all__ = [
    "KINDS",
    "Lexicon",
    "OrgInfo",
    "PlaceInfo",
    "TitleInfo",
    "Trie",
    "default_entries",
    "lexicon_for",
]

T = TypeVar("T")

#: Lexicon kinds this plugin reads from the registry, with their default entries.
KINDS = (
    "titles.titles",
    "titles.organisations",
    "titles.fields",
    "titles.surnames",
    "titles.honorifics",
    "titles.people",
)


@frozen
class TitleInfo:
    """One title of the lexicon; see :mod:`vndiplo_titles.lexicon` for the meaning of flags."""

    title: str
    gloss: str | None = None
    country: str | None = None
    domestic: bool = True
    posted: bool = False
    absorbs: bool = False
    membership: bool = False
    #: A rank written before an office ("Đức TGM Ngoại trưởng", "ĐHY Quốc vụ khanh"): the
    #: office right after it is part of the same title.
    style: bool = False
    #: The entry writes a later word in lower case ("Quốc vương"): an all-capitalised match
    #: inside a run of capitals ("Trung Quốc Vương Nghị") is then a name, not this title.
    has_lower: bool = False


@frozen
class OrgInfo:
    name: str
    gloss: str | None = None
    country: str | None = None


@frozen
class PlaceInfo:
    name: str
    country: str | None
    kind: str = "region"


class Trie(Generic[T]):
    """Longest match of token sequences, compared by folded form (case and tone-mark blind)."""

    __slots__ = ("_root",)

    def __init__(self) -> None:
        self._root: dict[str, Any] = {}

    def starts(self) -> frozenset[str]:
        """First words of every entry: a set look-up rules most tokens out before a walk."""
        return frozenset(self._root)

    def entries(self) -> Iterator[tuple[str, ...]]:
        """Every entry's key (folded tokens), depth first."""
        stack: list[tuple[tuple[str, ...], dict[str, Any]]] = [((), self._root)]
        while stack:
            prefix, node = stack.pop()
            for part, child in node.items():
                if part == "":
                    yield prefix
                else:
                    stack.append(((*prefix, part), child))

    def get(self, key: Sequence[str]) -> T | None:
        """The entry of exactly these folded words, or None."""
        node: dict[str, Any] | None = self._root
        for part in key:
            node = node.get(part) if node is not None else None
        return None if node is None else node.get("")

    def add(self, key: Sequence[str], value: T) -> None:
        node = self._root
        for part in key:
            node = node.setdefault(part, {})
        node.setdefault("", value)  # first registration wins: defaults stay, extras add

    def longest(
        self, tokens: Sequence[Token], i: int, stop: int | None = None
    ) -> tuple[int, T] | None:
        """The longest entry starting at ``tokens[i]`` (not reaching ``stop``): (length, value)."""
        end = len(tokens) if stop is None else min(stop, len(tokens))
        if i >= end:
            return None
        # Speed: most calls start at a token that opens no entry; one look-up settles them.
        node: dict[str, Any] | None = self._root.get(tokens[i].fold)
        if node is None:
            return None
        best: tuple[int, T] | None = (1, node[""]) if "" in node else None
        j = i + 1
        while j < end:
            node = node.get(tokens[j].fold)
            if node is None:
                break
            j += 1
            if "" in node:
                best = (j - i, node[""])
        return best


def joined_spelling(name: str) -> str | None:
    """The same name as pages also write it, or None: a pair joined by a hyphen instead of
    "và" ("Bosnia-Herzegovina"), or a transliterated name without its hyphens, as official
    Vietnamese style writes it ("In-đô-nê-xi-a" -> "Inđônêxia", "Niu Di-lân" -> "Niu
    Dilân"; not "Timor-Leste", whose second part is capitalised)."""
    words = name.split()
    if len(words) == 3 and words[1] == "và" and words[0][:1].isupper() and words[2][:1].isupper():
        return f"{words[0]}-{words[2]}"  # "Bosnia và Herzegovina" -> "Bosnia-Herzegovina"
    joined = [w.replace("-", "") if transliterated(w) and w[1:].islower() else w for w in words]
    return " ".join(joined) if joined != words else None


def _key(text: str) -> list[str]:
    return [t.fold for t in tokenize(fold(text))]


def _field(entry: Any, name: str) -> Any:
    return entry.get(name) if isinstance(entry, Mapping) else None


def _text(entry: Any, *names: str) -> str | None:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, Mapping):
        for name in names:
            value = entry.get(name)
            if isinstance(value, str) and value.strip():
                return value
    return None


class Lexicon:
    """Every table the parser consults, compiled from registry entries (defaults + users')."""

    def __init__(self, entries: Mapping[str, Iterable[Any]]) -> None:
        self.titles: Trie[TitleInfo] = Trie()
        self.modifiers: Trie[str] = Trie()
        self.orgs: Trie[OrgInfo] = Trie()
        self.fields: Trie[str] = Trie()
        self.places: Trie[PlaceInfo] = Trie()
        self.honorifics: Trie[bool] = Trie()
        self.surnames: set[str] = set()
        self.people: dict[str, str] = {}
        self.people_names: Trie[str] = Trie()
        for entry in entries.get("titles.titles", ()):
            self._add_title(entry)
        for entry in entries.get("titles.organisations", ()):
            name = _text(entry, "name")
            if name:
                info = OrgInfo(name, _field(entry, "gloss"), _field(entry, "country"))
                self.orgs.add(_key(name), info)
        for entry in entries.get("titles.fields", ()):
            name = _text(entry, "name")
            if name:
                self.fields.add(_key(name), str(_field(entry, "gloss") or name))
        for place in entries.get(PLACES_KIND, ()):
            # The shared gazetteer's kinds: a country fixes a person's country; anything else
            # (capital, province, region, venue) reads as a region inside a title.
            kind = "country" if place.kind == "country" else "region"
            where = PlaceInfo(place.name, place.country, kind)
            self.places.add(_key(place.name), where)
            joined = joined_spelling(place.name)
            if joined is not None:
                self.places.add(_key(joined), where)
        for region in WORLD_REGIONS:
            if self.places.longest(tokenize(region), 0) is None or region == "Thái Bình Dương":
                # a place of no one country ("Thái Bình Dương" is not the province Thái Bình)
                self.places.add(_key(region), PlaceInfo(region, None, "region"))
        for entry in entries.get("titles.surnames", ()):
            name = _text(entry, "name")
            if name:
                self.surnames.add(fold(name))
        for entry in entries.get("titles.honorifics", ()):
            name = _text(entry, "name")
            if name:
                self.honorifics.add(_key(name), bool(_field(entry, "foreign")))
        for entry in entries.get("titles.people", ()):
            name = _text(entry, "name")
            country = _field(entry, "country")
            if name and isinstance(country, str):
                self.people.setdefault(" ".join(_key(name)), country)
                self.people_names.add(_key(name), name)

        #: First words that may open a title (a title word or a modifier), or an honorific.
        self.title_starts = self.titles.starts() | self.modifiers.starts()
        self.honorific_starts = self.honorifics.starts()
        #: Lower-case words the scan must stop at; every other lower-case word opens nothing.
        self.openers = self.title_starts | self.honorific_starts | KIN_HONORIFICS
        #: Where in a block a title or honorific may start (see :mod:`.windows`).
        self.windows = Windows(self)

    def with_places(self, places: Trie[PlaceInfo]) -> Lexicon:
        """A copy of this lexicon that matches places with ``places`` (one document's view;
        every other table is shared)."""
        view = copy.copy(self)
        view.places = places
        return view

    def with_orgs(self, orgs: Trie[OrgInfo]) -> Lexicon:
        """A copy of this lexicon that matches organisations with ``orgs`` (one document's
        view, as :meth:`with_places`)."""
        view = copy.copy(self)
        view.orgs = orgs
        return view

    def tries(self) -> tuple[Trie[Any], ...]:
        """Every token trie, for checks that must see all entries (the stops of windows)."""
        return (
            self.titles,
            self.modifiers,
            self.orgs,
            self.fields,
            self.places,
            self.honorifics,
            self.people_names,
        )

    def _add_title(self, entry: Any) -> None:
        modifier = _text(entry, "modifier") if isinstance(entry, Mapping) else None
        if modifier:
            self.modifiers.add(_key(modifier), str(_field(entry, "meaning") or "deputy"))
            return
        title = _text(entry, "title", "name")
        if not title:
            return
        domestic = _field(entry, "domestic")
        info = TitleInfo(
            title=title,
            gloss=_field(entry, "gloss"),
            country=_field(entry, "country"),
            domestic=True if domestic is None else bool(domestic),
            posted=bool(_field(entry, "posted")),
            absorbs=bool(_field(entry, "absorbs")),
            membership=bool(_field(entry, "membership")),
            style=bool(_field(entry, "style")),
            has_lower=any(not w[:1].isupper() for w in title.split()[1:]),
        )
        self.titles.add(_key(title), info)


def default_entries() -> dict[str, list[Any]]:
    """The entries this plugin registers, by lexicon kind."""
    return {
        "titles.titles": [*lexicon.TITLES, *lexicon.MODIFIERS],
        "titles.organisations": list(lexicon.ORGANISATIONS),
        "titles.fields": list(lexicon.FIELDS),
        "titles.surnames": list(lexicon.SURNAMES),
        "titles.honorifics": list(lexicon.HONORIFICS),
        "titles.people": list(lexicon.PEOPLE),
    }


def lexicon_for(registry: Registry | None) -> Lexicon:
    """The compiled lexicon for a registry, cached per registry version.

    Every ``titles.*`` kind left empty (a bare ``Context()`` in a unit test, or a runner with
    this plugin's registration disabled) gets the defaults, so the plugin always has something
    to match with; places come from the shared gazetteer (:mod:`vndiplo.places`).
    """
    if registry is None:
        return _default_lexicon()
    return registry.compiled("vndiplo_titles.lexicon", _build)


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return _build(None)


def _build(registry: Registry | None) -> Lexicon:
    defaults = default_entries()
    entries: dict[str, Iterable[Any]] = {
        kind: (registry.get(kind) if registry is not None else ()) or defaults[kind]
        for kind in KINDS
    }
    entries[PLACES_KIND] = gazetteer(registry).places.values()
    return Lexicon(entries)
