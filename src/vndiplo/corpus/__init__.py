"""The corpus view: one record per real-world event across many articles, people resolved.

An analyst never reads one article: the same meeting is reported by several outlets and the same
official appears under several titles over the years. This package merges the events of many
:class:`~vndiplo.model.Document` objects into real-world events, each listing every article that
reports it with its evidence sentence, resolves people across articles, and keeps it all in a
SQLite database (``vndiplo corpus build``) that a static report is drawn from (``vndiplo
report``). See docs/corpus.md.

    >>> from vndiplo.corpus import merge
    >>> events = merge(documents)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable

from vndiplo.corpus.facts import DocFacts, facts_from_document
from vndiplo.corpus.names import name_key
from vndiplo.corpus.read import (
    MergedEvent,
    PersonRecord,
    SourceRef,
    TitleSighting,
    merged_events,
    people,
    title_sightings,
)
from vndiplo.corpus.store import CorpusStore
from vndiplo.model import Document

__all__ = [
    "CorpusStore",
    "DocFacts",
    "MergedEvent",
    "PersonRecord",
    "SourceRef",
    "TitleSighting",
    "facts_from_document",
    "merge",
    "merged_events",
    "name_key",
    "people",
    "title_sightings",
]


def merge(documents: Iterable[Document | DocFacts]) -> list[MergedEvent]:
    """Merge extracted documents into real-world events (an in-memory corpus database)."""
    with CorpusStore() as store:
        store.add_many(documents)
        return merged_events(store.conn)
