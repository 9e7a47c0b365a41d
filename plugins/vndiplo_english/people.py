"""People of an English page: titled names merged into one :class:`vndiplo.Person` each.

A full name is its own person; a one-word titled mention ("President Thuong", "PM Chính",
"Prime Minister Modi") is a further mention of the one full name on the page ending with that
word, and a person of its own when no full name, or more than one, ends with it ("Russian
President Putin" on a page that never writes his given name).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Final

from vndiplo.model import Document, Person, Span
from vndiplo.syllables import VIETNAMESE_FAMILY_NAMES, is_unmarked_vietnamese_syllable
from vndiplo_english.alternation import alternation
from vndiplo_english.lexicon import COUNTRY_NAMES, DEMONYMS, NOT_NAME_WORDS, TITLES
from vndiplo_english.titles import TitledName, title_forms, titled_names

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
    """The full name a mention stands for: a one-word mention the one full name ending with it;
    a shorter form the one longer name opening with it ("President Ana Ruiz" on a page that
    also writes "Ms. Ana Ruiz Vega": Spanish and Portuguese names drop their last surname)."""
    if " " in mention.name:
        longer = {
            n for names in full_names.values() for n in names if n.startswith(mention.name + " ")
        }
        return longer.pop() if len(longer) == 1 else mention.name
    owners = full_names.get(mention.name, [])
    if len(owners) != 1:
        return mention.name
    return _owner(TitledName(owners[0], mention.start, mention.end, "", None), full_names)


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
    for name, spans in _repeated_names(document, grouped).items():
        bare.setdefault(name, []).extend(spans)
    for name, spans in _described(document, grouped).items():
        bare.setdefault(name, []).extend(spans)
    people = []
    for name, group in grouped.items():
        titles = tuple(dict.fromkeys(t for m in group for t in title_forms(m)))
        country = next((m.country for m in group if m.country), None) or _vietnamese(name)
        spans = sorted(
            {Span(m.start, m.end) for m in group} | set(bare.get(name, ())),
            key=lambda s: (s.start, s.end),
        )
        people.append(Person(name=name, titles=titles, country=country, mentions=spans))
    people.sort(key=lambda p: p.mentions[0].start)
    return people


# Letters, tones, circumflex, breve and horn that only Vietnamese spelling uses (in NFD).
_VIETNAMESE_MARKS: Final = re.compile("[đĐ\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]")


def _vietnamese(name: str) -> str | None:
    """ "VN" for a Vietnamese name, which the English page sets off by no demonym ("President
    Nguyễn Minh Triết", "Prime Minister Pham Minh Chinh"): the Vietnamese reader gives its
    people their country, so the English one must too. A name of two words or more written
    with Vietnamese marks, or unmarked opening with a common Vietnamese family name with every
    word one Vietnamese syllable (not "Ha Min-jun", "Li Qiang", "Hun Sen"). A demonym or a
    complement's country, read first, decides before this."""
    words = name.split()
    if len(words) < 2:
        return None
    if _VIETNAMESE_MARKS.search(unicodedata.normalize("NFD", name)):
        return "VN" if all(w[:1].isupper() for w in words) else None
    if words[0].lower() in VIETNAMESE_FAMILY_NAMES and all(
        w.isascii() and w.isalpha() and is_unmarked_vietnamese_syllable(w) for w in words
    ):
        return "VN"
    return None


#: "the Chilean President", "the Lao leader": a person named again by nationality and office
#: alone (no name after it), as the subject of the next act often is. The office is a title or
#: a word any office holder goes by.
_DESCRIBED: Final = re.compile(
    rf"(?<![\w-])[Tt]he +(?P<demonym>{alternation(DEMONYMS)}) +"
    rf"(?P<office>{alternation(TITLES)}|leader|guest|visitor|official|envoy|diplomat)"
    r"(?![\w'’-])(?-i:(?! +[A-Z][\w'’-]*[a-z]))",
    re.IGNORECASE,
)
_ANY_OFFICE: Final = frozenset({"leader", "guest", "visitor", "official", "envoy", "diplomat"})


def _described(document: Document, grouped: dict[str, list[TitledName]]) -> dict[str, list[Span]]:
    """The mentions "the <nationality> <office>" make of the one person on the page of that
    country holding that office (for "leader", "guest" ... of that country at all); none when
    two people could be meant. The words of the office are the mention."""
    text = document.text
    found: dict[str, list[Span]] = {}
    for block in document.body_blocks:
        for m in _DESCRIBED.finditer(text, block.start, block.end):
            demonym = next(
                (d for d in DEMONYMS if d.lower() == " ".join(m["demonym"].split()).lower()), None
            )
            if demonym is None:
                continue
            office = " ".join(m["office"].split()).lower()
            held = [
                name
                for name, group in grouped.items()
                if any(t.country == DEMONYMS[demonym] for t in group)
                and (
                    office in _ANY_OFFICE
                    or any(
                        t.title.lower() == office or t.title.lower().startswith(office + " ")
                        for t in group
                    )
                )
            ]
            if len(held) == 1:
                found.setdefault(held[0], []).append(Span(m.start("demonym"), m.end()))
    return found


def _repeated_names(
    document: Document, grouped: dict[str, list[TitledName]]
) -> dict[str, list[Span]]:
    """The full names written again without a title ("On May 4, Elsa Lindqvist held talks"):
    each is a mention, wherever it stands in the body, as the Vietnamese reader counts every
    occurrence of a full name. A name is the form a titled mention wrote (of two words at
    least), found whole: not inside a longer capitalised run."""
    owners: dict[str, set[str]] = {}
    for person, group in grouped.items():
        for m in group:
            if " " in m.name:
                owners.setdefault(m.name, set()).add(person)
    forms = sorted((n for n, o in owners.items() if len(o) == 1), key=len, reverse=True)
    if not forms:
        return {}
    pattern = re.compile(rf"(?<![\w'’.-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])")
    taken = [(t.start, t.end) for group in grouped.values() for t in group]
    text = document.text
    found: dict[str, list[Span]] = {}
    for block in document.body_blocks:
        for hit in pattern.finditer(text, block.start, block.end):
            if any(s < hit.end() and hit.start() < e for s, e in taken):
                continue
            before = _WORD_BEFORE.search(text, max(0, hit.start() - 30), hit.start())
            if before is not None and before[1][:1].isupper() and before[1] not in _OPENERS:
                continue  # the end of a longer name
            (person,) = owners[hit.group()]
            found.setdefault(person, []).append(Span(hit.start(), hit.end()))
    return found


#: Capitalised words that may stand right before a name written again: a sentence's opening
#: word, a courtesy word.
_OPENERS: Final = frozenset(
    {"The", "On", "In", "At", "And", "For", "With", "By", "As", "During", "After", "When"}
    | {"Mr.", "Ms.", "Mrs.", "Dr.", "Madam", "Mr", "Ms", "Mrs"}
)


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
