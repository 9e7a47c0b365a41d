"""English-language pages: people, dates and events (first-party vndiplo plugin).

Vietnamese outlets publish English editions (VNA, VOV World, Vietnam News, Nhân Dân English,
SGGP English, The Saigon Times) and foreign outlets report the same meetings. Without this
plugin an English page yields no people, dates or events, so the corpus view never joins it to
the meeting it reports. Every hook first asks :func:`.language.is_english` (a cheap test on the
first body paragraphs) and returns nothing for any other page, so Vietnamese pages, including
those quoting an English phrase, are left to the Vietnamese plugins untouched.
See docs/plugins/english.md.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence

from vndiplo.hookspecs import hookimpl
from vndiplo.model import Block, Document, Event, Person, TimeExpression
from vndiplo_english.cleaning import english_blocks
from vndiplo_english.dates import find_dates
from vndiplo_english.events import extract_events
from vndiplo_english.language import is_english
from vndiplo_english.people import find_people

__all__ = [
    "is_english",
    "vndiplo_clean",
    "vndiplo_extract_events",
    "vndiplo_find_dates",
    "vndiplo_find_people",
]


@hookimpl(wrapper=True)
def vndiplo_clean(
    document: Document,
) -> Generator[None, Sequence[Block] | None, Sequence[Block] | None]:
    """Around the page cleaner: on an English page, its lead and narration stay body.

    The cleaner judges captions and summaries by Vietnamese wording, so it drops short English
    sentences; its furniture (menus, share bars, credits, related links) is kept as it said.
    """
    blocks = yield
    return english_blocks(document.text, blocks) if blocks else blocks


@hookimpl
def vndiplo_find_dates(document: Document) -> list[TimeExpression]:
    """English dates ("on May 3, 2024", "3 May", "on Tuesday" with a page date)."""
    return find_dates(document) if is_english(document) else []


@hookimpl
def vndiplo_find_people(document: Document) -> list[Person]:
    """Titled people of an English page ("Indonesian President Joko Widodo")."""
    return find_people(document) if is_english(document) else []


@hookimpl
def vndiplo_extract_events(document: Document) -> list[Event]:
    """Receptions, talks, meetings, calls, visits, messages of an English page."""
    return extract_events(document) if is_english(document) else []
