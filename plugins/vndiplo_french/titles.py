"""Titled names in French prose: "le Premier ministre laotien Sonexay Siphandone".

French writes the office in lower case, then what it is the office of, then the name:

- a title of :data:`.lexicon.TITLES`, optionally its demonym ("le président vietnamien");
- a complement of connectors ("de", "du", "de la", "de l'", "des", "d'") each followed by a
  capitalised head (a country of :data:`.lexicon.COUNTRY_NAMES` or a place of the shared list,
  else one capitalised word, else a capitalised run closed by a comma) and lower-case words
  ("du Parti communiste du Vietnam (PCV)", "de l'Assemblée nationale", "des Affaires
  étrangères"); another title may be chained with "et" ("... et président lao");
- an optional comma, then the name: a run of capitalised words.

A name may also come first, its office set off by a comma: "Leklay Sivilay, gouverneur de
Sékong". Reuses the English plugin's :class:`~vndiplo_english.titles.TitledName`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from vndiplo_english.alternation import alternation
from vndiplo_english.titles import TitledName

from vndiplo.place_names import CITIES, COUNTRIES, REGIONS
from vndiplo_french.lexicon import COUNTRY_NAMES, DEMONYMS, NOT_NAME_WORDS, TITLES

__all__ = ["titled_names"]

_PLACES: Final[dict[str, str]] = {**REGIONS, **CITIES, **COUNTRIES, **COUNTRY_NAMES}
_LONGEST_PLACE: Final = 4


_TITLE: Final = re.compile(
    r"(?<![\w-])(?:" + alternation(TITLES).replace("'", "['’]") + r")(?![\w'’-])",
    re.IGNORECASE,
)
_DEMONYM: Final = re.compile(rf" (?P<demonym>{alternation(DEMONYMS)})(?![\w'’-])", re.I)
_CONNECTOR: Final = re.compile(
    r",? (?:et )?(?:de la |de l['’]|du |des |de |d['’]|en |au |aux )|,? et (?=\w)", re.IGNORECASE
)
_CAPITAL_WORD: Final = re.compile(r"[^\W\d_a-zß-ÿ][\w'’.-]*")
_LOWER_WORD: Final = re.compile(r" (?P<w>[a-zà-ÿ][\w'’-]*)(?![\w'’-])")
_ABBREVIATION: Final = re.compile(r" \([A-Z][A-Za-z-]{1,9}\)")
_NAME_WORD: Final = re.compile(r"[A-ZÀ-ỸĐ][\w'’-]*")
#: Lower-case words that end a complement: a verb, an article or a preposition comes next.
_STOP_WORDS: Final = frozenset(
    {"a", "ont", "est", "sont", "et", "le", "la", "les", "à", "au", "aux", "en", "pour", "qui",
     "que", "avec", "dans", "sur", "par", "lors", "s", "se", "son", "sa", "ses", "ne", "il"}
)  # fmt: skip
_APPOSED: Final = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-ỸĐ][\w'’-]+(?: [A-ZÀ-ỸĐ][\w'’-]+){1,3}), "
)
_AFTER_CONNECTOR: Final = frozenset({"de", "du", "des", "d", "l", "à", "au", "en", "dans"})


def _head_end(block: str, at: int) -> int | None:
    """Where the capitalised head of a complement starting at ``at`` ends (None: none)."""
    words = block[at : at + 120].split(" ")[:_LONGEST_PLACE]
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if candidate.rstrip(",") in _PLACES and not any(w.endswith(",") for w in words[: n - 1]):
            return at + len(candidate.rstrip(","))
    m = _CAPITAL_WORD.match(block, at)
    if m is None:
        return None
    # "de Thua Thien-Hue, Nguyen Van Phuong": a run closed by a comma is the head as a whole
    run = re.match(r"[A-ZÀ-ỸĐ][\w'’.-]*(?: [A-ZÀ-ỸĐ][\w'’.-]*){1,3}(?=, [A-ZÀ-ỸĐ])", block[at:])
    return at + run.end() if run is not None else m.end()


def _complement_end(block: str, at: int) -> int:
    """The end of the demonym, complements and chained titles that follow a title."""
    pos = at
    while True:
        demonym = _DEMONYM.match(block, pos)
        if demonym is not None:
            pos = demonym.end()
            continue
        abbreviation = _ABBREVIATION.match(block, pos)
        if abbreviation is not None:
            pos = abbreviation.end()
            continue
        connector = _CONNECTOR.match(block, pos)
        if connector is not None:
            chained = _TITLE.match(block, connector.end())
            if chained is not None:
                pos = chained.end()
                continue
            head = _head_end(block, connector.end())
            if head is not None:
                pos = head
                continue
            if connector.group().strip(", ") == "et":
                return pos
        lower = _LOWER_WORD.match(block, pos)
        if lower is not None and lower.group("w").lower() not in _STOP_WORDS:
            pos = lower.end()
            continue
        return pos


def _name_at(block: str, at: int) -> tuple[int, int] | None:
    """The capitalised run of up to four words at ``at``, stopping at a non-name word."""
    end = at
    count = 0
    pos = at
    while count < 4:
        m = _NAME_WORD.match(block, pos)
        if m is None or m.group().rstrip("'’") in NOT_NAME_WORDS:
            break
        end = m.end()
        count += 1
        if not block.startswith(" ", end):
            break
        pos = end + 1
    return (at, end) if count else None


def _country(block: str, start: int, end: int) -> str | None:
    phrase = block[start:end]
    demonym = _DEMONYM.search(phrase)
    if demonym is not None:
        return DEMONYMS[demonym.group("demonym").lower()]
    for name, code in COUNTRY_NAMES.items():
        if re.search(rf"\b(?:du |de la |de l['’]|de |d['’]){re.escape(name)}(?![\w-])", phrase):
            return code
    return None


def titled_names(block: str, offset: int = 0) -> Iterator[TitledName]:
    """Every titled name in ``block`` (offsets shifted by ``offset``), in text order."""
    hits: list[TitledName] = []
    pos = 0
    while (m := _TITLE.search(block, pos)) is not None:
        end = _complement_end(block, m.end())
        at = end + 2 if block.startswith(", ", end) else end + 1
        name = _name_at(block, at) if block.startswith(" ", at - 1) else None
        if name is not None:
            start, stop = name
            hits.append(
                TitledName(
                    name=block[start:stop],
                    start=offset + start,
                    end=offset + stop,
                    title=" ".join(block[m.start() : end].split()),
                    country=_country(block, m.start(), end),
                )
            )
            pos = stop
        else:
            pos = max(end, m.end())
    hits.extend(_apposed(block, offset, hits))
    yield from sorted(hits, key=lambda t: t.start)


def _apposed(block: str, offset: int, hits: list[TitledName]) -> Iterator[TitledName]:
    """ "Leklay Sivilay, gouverneur de Sékong": a name before its office, no article between."""
    for m in _APPOSED.finditer(block):
        title = _TITLE.match(block, m.end())
        if title is None:
            continue
        before = block[max(0, m.start() - 4) : m.start()].split(" ")
        if len(before) > 1 and before[-2].lower().rstrip("'’") in _AFTER_CONNECTOR:
            continue  # "de Thua Thien-Hue, président ...": a place after a preposition
        name = m.group("name")
        if any(w.rstrip("'’") in NOT_NAME_WORDS for w in name.split()):
            continue
        start = offset + m.start("name")
        if any(t.start < start + len(name) and start < t.end for t in hits):
            continue
        end = _complement_end(block, title.end())
        yield TitledName(
            name=name,
            start=start,
            end=start + len(name),
            title=" ".join(block[title.start() : end].split()),
            country=_country(block, title.start(), end),
        )
