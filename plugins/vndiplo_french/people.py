"""People of a French page: the English plugin's grouping of titled mentions into persons
(:func:`vndiplo_english.people.find_people`), fed with French titled names."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_english.people import find_people as group_people

from vndiplo.model import Document, Person, Span
from vndiplo_french.lexicon import NOT_NAME_WORDS
from vndiplo_french.titles import titled_names

__all__ = ["find_people"]

_NOT_OWNERS: Final = NOT_NAME_WORDS


def find_people(document: Document) -> list[Person]:
    """The page's titled people, each with all its mentions, in order of first mention; a
    full name written again without its title ("..., X Y a déclaré") is a mention too."""
    people = group_people(document, titled_names, _NOT_OWNERS)
    return [_with_repeats(document, p) for p in people]


def _with_repeats(document: Document, person: Person) -> Person:
    if " " not in person.name:
        return person
    spans = set(person.mentions)
    taken = [(s.start, s.end) for s in spans]
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(person.name)}(?![\w'’-])")
    for block in document.body_blocks:
        for m in pattern.finditer(document.text, block.start, block.end):
            if m.start() > person.mentions[0].start and not any(
                s < m.end() and m.start() < e for s, e in taken
            ):
                spans.add(Span(m.start(), m.end()))
    if len(spans) == len(person.mentions):
        return person
    mentions = sorted(spans, key=lambda s: (s.start, s.end))
    return Person(name=person.name, titles=person.titles, country=person.country, mentions=mentions)
