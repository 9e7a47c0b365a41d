"""People of an English page: titled names merged into one :class:`vndiplo.Person` each.

A full name is its own person; a one-word titled mention ("President Thuong", "PM Chính",
"Prime Minister Modi") is a further mention of the one full name on the page ending with that
word, and a person of its own when no full name, or more than one, ends with it ("Russian
President Putin" on a page that never writes his given name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from vndiplo.model import Document, Person, Span
from vndiplo_english.lexicon import COUNTRY_NAMES, NOT_NAME_WORDS
from vndiplo_english.titles import TitledName, titled_names

# A capitalised word not followed by another one ("Quang Nam Province" is a place, not Mr
# Quang); the word before it is checked in code.
_LONE_WORD: Final = re.compile(r"(?<![\w'’.-])[A-Z][\w-]{2,}(?![\w-])(?! [A-Z])")
_WORD_BEFORE: Final = re.compile(r"([\w'’.-]+) $")

__all__ = ["find_people", "titled_mentions"]


#: Finds the titled names of one block (its text and offset): one per language.
Scan = Callable[[str, int], Iterable[TitledName]]
_NOT_OWNERS: Final = NOT_NAME_WORDS | frozenset(COUNTRY_NAMES)


def titled_mentions(document: Document, scan: Scan = titled_names) -> list[TitledName]:
    """Every titled name in the body blocks, in text order."""
    text = document.text
    found: list[TitledName] = []
    for block in document.body_blocks:
        found.extend(scan(text[block.start : block.end], block.start))
    return found


def _owner(mention: TitledName, full_names: dict[str, list[str]]) -> str:
    """The full name a one-word mention stands for, when exactly one ends with it."""
    if " " in mention.name:
        return mention.name
    owners = full_names.get(mention.name, [])
    return owners[0] if len(owners) == 1 else mention.name


def find_people(
    document: Document, scan: Scan = titled_names, not_names: frozenset[str] = _NOT_OWNERS
) -> list[Person]:
    """The page's titled people, each with all its mentions, in order of first mention;
    ``scan`` reads a block's titled names, ``not_names`` are words no lone mention stands for."""
    mentions = titled_mentions(document, scan)
    full_names: dict[str, list[str]] = {}
    for m in mentions:
        words = m.name.split()
        if len(words) > 1 and m.name not in full_names.get(words[-1], []):
            full_names.setdefault(words[-1], []).append(m.name)
    grouped: dict[str, list[TitledName]] = {}
    for m in mentions:
        grouped.setdefault(_owner(m, full_names), []).append(m)
    bare = _bare_mentions(document, grouped, not_names)
    people = []
    for name, group in grouped.items():
        titles = tuple(dict.fromkeys(m.title for m in group if m.title))
        country = next((m.country for m in group if m.country), None)
        spans = sorted(
            {Span(m.start, m.end) for m in group} | set(bare.get(name, ())),
            key=lambda s: (s.start, s.end),
        )
        people.append(Person(name=name, titles=titles, country=country, mentions=spans))
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def _bare_mentions(
    document: Document, grouped: dict[str, list[TitledName]], not_names: frozenset[str]
) -> dict[str, list[Span]]:
    """The lone words standing for a full name after its first mention (see the module doc)."""
    owners: dict[str, list[str]] = {}
    for name in grouped:
        words = name.split()
        keys = {words[-1]} | ({words[0]} if len(words) == 2 else set())
        for key in keys:
            if key not in not_names:
                owners.setdefault(key, []).append(name)
    if not owners:
        return {}
    first = {name: group[0].start for name, group in grouped.items()}
    taken = [(m.start, m.end) for group in grouped.values() for m in group]
    text = document.text
    found: dict[str, list[Span]] = {}
    for block in document.body_blocks:
        for m in _LONE_WORD.finditer(text, block.start, block.end):
            names = owners.get(m.group())
            if names is None or len(names) != 1 or m.start() < first[names[0]]:
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before is not None and before.group(1)[:1].isupper():
                continue  # "Quang Nam", "Viet Nam": the end of a longer name
            found.setdefault(names[0], []).append(Span(m.start(), m.end()))
    return found
