"""Where an English event took place: after the trigger, a visit's destination, the dateline.

- a trigger ending with its preposition ("arrived in", "landed at", "left Hanoi for") names
  the place right after it; a visit names its destination after "to" ("a state visit to Laos");
- "in/at PLACE" from the trigger on ("During a reception in Hanoi for ..."), the first
  capitalised run that names no person; else the destination of a visit the sentence speaks
  of ("welcomed X on his visit to Laos");
- otherwise, except for a visit or a trip (whose dateline is where the report was written), the
  wire dateline that opens the story: "Hanoi (VNA) -", "HANOI, June 4 (VNA) -", "HÀ NỘI -".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_english.lexicon import MONTHS, WEEKDAYS

__all__ = ["dateline_place", "dateline_span", "event_place"]

# "the Presidential Palace", "the Government headquarters", "Noi Bai International Airport"
_NAME: Final = (
    r"(?:the )?[A-Z][\w'’.-]*(?: (?:of (?:the )?)?[A-Z][\w'’-]*){0,5}"
    r"(?: (?:headquarters|office|building|compound|palace))?"
)
# "the Lao capital Vientiane", "the capital city of Vientiane", "the capital, Hanoi": the city.
_CAPITAL: Final = r"(?:the (?:[A-Z][\w'’-]* )?capital(?: city)?(?: of)?,? (?=[A-Z]))?"
_PLACE: Final = re.compile(rf"\b(?:in|at) {_CAPITAL}(?P<place>{_NAME})")
_RIGHT_AFTER: Final = re.compile(rf" {_CAPITAL}(?P<place>{_NAME})")
_DESTINATION: Final = re.compile(rf"\bvisit to {_CAPITAL}(?P<place>{_NAME})")
_ENDS_WITH_PLACE_WORD: Final = re.compile(r"\b(?:in|at|for|visited|visits)$", re.I)
# "... talked to X and thanked him for ... in India": a second verb ends the trigger's clause.
_NEXT_VERB: Final = re.compile(r",? and (?:also )?[a-z]+ed\b")
_NOT_PLACES: Final = frozenset({*MONTHS, *WEEKDAYS})
_AGENCIES: Final = r"(?:VNA|VNS|VOV|VOVworld|VOVWORLD|AFP|AP|Reuters|Xinhua|Kyodo|Yonhap|Bernama)"
_DAY: Final = r"(?:, [A-Z][a-z]+\.? \d{1,2})?"
# "Hanoi (VNA) -", "HANOI, June 4 (VNA) -"; or a place in capitals and a dash: "HÀ NỘI -".
_DATELINES: Final = (
    re.compile(
        rf"(?<![\w-])(?P<place>[A-ZÀ-Ỹ][\w'’.-]*(?: [A-ZÀ-Ỹ][\w'’.-]*){{0,3}}){_DAY}"
        rf" ?\({_AGENCIES}\) ?[-–—]"
    ),
    re.compile(
        rf"(?<![\w-])(?P<place>[A-ZÀ-Ỹ][A-ZÀ-Ỹ.]+(?: [A-ZÀ-Ỹ][A-ZÀ-Ỹ.]+){{0,3}}){_DAY}"
        r"(?: [-–—]|:) "
    ),
)
_NOT_DATELINES: Final = frozenset({"VNA", "VNS", "VOV", "AFP", "AP", "PHOTO", "UPDATE", "NEWS"})


def _usable(place: str, people: Sequence[str]) -> bool:
    head = place.removeprefix("the ").split(" ", 1)[0]
    return head not in _NOT_PLACES and not any(place in n or n in place for n in people)


def event_place(
    text: str, trigger: re.Match[str], end: int, people: Sequence[str], visit: bool
) -> str | None:
    """The place the sentence gives the event whose trigger is ``trigger`` (sentence end
    ``end``)."""
    verb = _NEXT_VERB.search(text, trigger.end(), end)
    end = verb.start() if verb is not None else end
    found: list[re.Match[str] | None] = []
    if visit and _ENDS_WITH_PLACE_WORD.search(trigger.group(0)):
        found.append(_RIGHT_AFTER.match(text, trigger.end(), end))
    if visit:
        found.append(_DESTINATION.search(text, trigger.start(), end))
    found.extend(_PLACE.finditer(text, trigger.start(), end))
    if not visit:
        # "X welcomed Y on his official visit to Laos": the act takes place where Y went
        found.append(_DESTINATION.search(text, trigger.end(), end))
    for m in found:
        if m is not None and _usable(m.group("place"), people):
            place = m.group("place")
            # "in Vientiane." ends the sentence; "Washington D.C." keeps its stop
            ends_sentence = place.endswith(".") and len(place.rsplit(" ", 1)[-1]) > 3
            return place[:-1] if ends_sentence else place
    return None


def _dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    found = [m for p in _DATELINES if (m := p.search(text, start, end)) is not None]
    return min(found, key=lambda m: m.start()) if found else None


def dateline_place(text: str, start: int, end: int) -> str | None:
    """The place of the first wire dateline in ``text[start:end]`` ("HÀ NỘI" read as
    "Hà Nội")."""
    m = _dateline(text, start, end)
    if m is None:
        return None
    place = m.group("place")
    if place in _NOT_PLACES or place.upper() in _NOT_DATELINES:
        return None
    return place.title() if place.isupper() and len(place) > 3 else place


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the page's first wire dateline stands ("HANOI, June 4 (VNA) -"): its day is the
    lead's when the lead writes none (the cleaner may file the dateline as a byline)."""
    m = _dateline(text, 0, len(text))
    return (m.start(), m.end()) if m is not None else None
