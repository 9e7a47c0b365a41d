"""Hand-made Documents for the corpus tests: events as outlets report them, no pipeline run."""

from __future__ import annotations

import random
from collections.abc import Sequence

from vndiplo.corpus import CorpusStore, merged_events, people
from vndiplo.model import Document, Event, Participant, Person, Span


def report(
    doc_id: str,
    sentence: str,
    *,
    people: Sequence[tuple[str, str, str | None, str]],  # name, title, country, role
    type: str = "reception",
    date: str | None = "2025-02-18",
    published: str | None = "2025-02-18",
    location: str | None = None,
    url: str | None = None,
    referenced: bool = False,
    planned: bool = False,
    trigger: str = "tiếp",
) -> Document:
    """A one-event article whose text is the evidence sentence."""
    return Document(
        text=sentence,
        id=doc_id,
        url=url or f"https://{doc_id.split('-')[0]}.vn/{doc_id}",
        published=published,
        people=[
            Person(name, titles=[title] if title else [], country=country)
            for name, title, country, _role in people
        ],
        events=[
            Event(
                type=type,
                trigger=trigger,
                evidence=Span(0, len(sentence)),
                date=date,
                location=location,
                participants=[Participant(name, role) for name, _t, _c, role in people],
                referenced=referenced,
                planned=planned,
            )
        ],
    )


def planned_visit(doc_id: str, published: str = "2025-02-01") -> Document:
    """An article announcing that the Lao prime minister will visit, on no stated day."""
    return report(
        doc_id,
        "Thủ tướng Lào sẽ thăm Việt Nam.",
        people=[SONEXAY],
        type="visit",
        date=None,
        published=published,
        planned=True,
    )


CUONG = ("Lương Cường", "Chủ tịch nước", "VN", "host")
SONEXAY = ("Sonexay Siphandone", "Thủ tướng Lào", "LA", "guest")
CHINH = ("Phạm Minh Chính", "Thủ tướng", "VN", "host")
KNAPPER = ("Marc Knapper", "Đại sứ Hoa Kỳ", "US", "guest")


def corpus_state(docs: list[Document]) -> object:
    """The merged events and people one build of ``docs`` gives, for comparing builds."""
    with CorpusStore() as store:
        store.add_many(docs)
        return merged_events(store.conn), people(store.conn)


def assert_order_and_builds_free(docs: list[Document], rng: random.Random, cut: int) -> None:
    """The corpus ``docs`` build the same in any order, and in two builds cut at ``cut``."""
    expected = corpus_state(docs)
    shuffled = list(docs)
    rng.shuffle(shuffled)
    assert corpus_state(shuffled) == expected
    with CorpusStore() as store:
        store.add_many(shuffled[:cut])
        store.add_many(shuffled[cut:])
        assert (merged_events(store.conn), people(store.conn)) == expected
