"""Event extraction: who met whom, when, where (first-party vndiplo plugin).

Registers the default trigger table (lexicon ``"events.triggers"``), place gazetteer
(``"places"``), statement verbs (``"events.statement_verbs"``), cue words
(``"events.cues"``) and topic vocabulary (``"events.topics"``), and implements
``vndiplo_extract_events``. See docs/plugins/events.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from vndiplo.hookspecs import hookimpl
from vndiplo.model import Document, Event
from vndiplo.registry import Context
from vndiplo_events import topics, triggers
from vndiplo_events.extract import extract_events

__all__ = ["extract_events", "vndiplo_extract_events", "vndiplo_register_lexicon"]


@hookimpl
def vndiplo_register_lexicon(register: Callable[[str, Iterable[Any]], None]) -> None:
    """Register the default tables, so user plugins extend rather than replace them."""
    register(triggers.LEXICON_KIND, triggers.default_entries())
    register(topics.LEXICON_KIND, topics.DEFAULT_TOPICS)


@hookimpl
def vndiplo_extract_events(document: Document, context: Context) -> list[Event]:
    """The article's events, main event first (see :mod:`vndiplo_events.extract`)."""
    return extract_events(document, context)
