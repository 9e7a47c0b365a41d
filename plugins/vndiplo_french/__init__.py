"""French-language pages: people, dates and events (first-party vndiplo plugin).

Vietnam's outlets run French services (VNA's fr.vietnamplus.vn, Le Courrier du Vietnam, VOV
World, Nhân Dân in French). Without this plugin a French page yields no people, dates or events,
so the corpus view never joins it to the meeting it reports. Every hook first asks
:func:`.language.is_french` and returns nothing for any other page, so Vietnamese and English
pages are left to their plugins untouched. Built like ``vndiplo_english``, whose
language-independent helpers it reuses. See docs/plugins/french.md.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Final

from vndiplo_english.cleaning import prose_blocks

from vndiplo.hookspecs import hookimpl
from vndiplo.model import Block, Document, Event, Person, TimeExpression
from vndiplo_french.dates import find_dates
from vndiplo_french.events import extract_events
from vndiplo_french.language import blocks_are_french, is_french
from vndiplo_french.people import find_people

__all__ = [
    "is_french",
    "vndiplo_clean",
    "vndiplo_extract_events",
    "vndiplo_find_dates",
    "vndiplo_find_people",
]

#: The rule of a block a French page's prose got back from the cleaner.
RULE: Final = "french_prose"


@hookimpl(wrapper=True)
def vndiplo_clean(
    document: Document,
) -> Generator[None, Sequence[Block] | None, Sequence[Block] | None]:
    """Around the page cleaner: on a French page, its lead and narration stay body (the
    cleaner judges short prose by Vietnamese wording)."""
    blocks = yield
    return prose_blocks(document.text, blocks, blocks_are_french, RULE) if blocks else blocks


@hookimpl
def vndiplo_find_dates(document: Document) -> list[TimeExpression]:
    """French dates ("le 10 juin 2024", "lundi matin 28 juin", "du 10 au 12 juin")."""
    return find_dates(document) if is_french(document) else []


@hookimpl
def vndiplo_find_people(document: Document) -> list[Person]:
    """Titled people of a French page ("le Premier ministre laotien X")."""
    return find_people(document) if is_french(document) else []


@hookimpl
def vndiplo_extract_events(document: Document) -> list[Event]:
    """Receptions, talks, meetings, calls, visits, messages of a French page."""
    return extract_events(document) if is_french(document) else []
