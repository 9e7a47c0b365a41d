"""People of an English page: titled names merged into one :class:`vndiplo.Person` each.

A full name is its own person; a one-word titled mention ("President Thuong", "PM Chính",
"Prime Minister Modi") is a further mention of the one full name on the page ending with that
word, and a person of its own when no full name, or more than one, ends with it ("Russian
President Putin" on a page that never writes his given name).
"""

from __future__ import annotations

from vndiplo.model import Document, Person, Span
from vndiplo_english.titles import TitledName, titled_names

__all__ = ["find_people", "titled_mentions"]


def titled_mentions(document: Document) -> list[TitledName]:
    """Every titled name in the body blocks, in text order."""
    text = document.text
    found: list[TitledName] = []
    for block in document.body_blocks:
        found.extend(titled_names(text[block.start : block.end], block.start))
    return found


def _owner(mention: TitledName, full_names: dict[str, list[str]]) -> str:
    """The full name a one-word mention stands for, when exactly one ends with it."""
    if " " in mention.name:
        return mention.name
    owners = full_names.get(mention.name, [])
    return owners[0] if len(owners) == 1 else mention.name


def find_people(document: Document) -> list[Person]:
    """The page's titled people, each with all its mentions, in order of first mention."""
    mentions = titled_mentions(document)
    full_names: dict[str, list[str]] = {}
    for m in mentions:
        words = m.name.split()
        if len(words) > 1 and m.name not in full_names.get(words[-1], []):
            full_names.setdefault(words[-1], []).append(m.name)
    grouped: dict[str, list[TitledName]] = {}
    for m in mentions:
        grouped.setdefault(_owner(m, full_names), []).append(m)
    people = []
    for name, group in grouped.items():
        titles = tuple(dict.fromkeys(m.title for m in group if m.title))
        country = next((m.country for m in group if m.country), None)
        spans = sorted({Span(m.start, m.end) for m in group}, key=lambda s: (s.start, s.end))
        people.append(Person(name=name, titles=titles, country=country, mentions=spans))
    people.sort(key=lambda p: p.mentions[0].start)
    return people
