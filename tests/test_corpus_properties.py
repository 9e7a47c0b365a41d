"""Merging is order-independent and idempotent: the same articles give the same events."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.corpus_helpers import assert_order_and_builds_free, corpus_state, report
from vndiplo.corpus import CorpusStore, merged_events, people
from vndiplo.model import Document

_PEOPLE = [
    ("Lương Cường", "Chủ tịch nước", "VN", "host"),
    ("Ông Lương Cường", "Chủ tịch nước", "VN", "host"),
    ("Phạm Minh Chính", "Thủ tướng", "VN", "host"),
    ("Sonexay Siphandone", "Thủ tướng Lào", "LA", "guest"),
    ("S. Siphandone", "Thủ tướng Lào", "LA", "guest"),
    ("Siphandone", "Thủ tướng", "LA", "guest"),
    ("Lee Jae-myung", "Tổng thống Hàn Quốc", "KR", "guest"),
    ("Lee Jae Myung", "Tổng thống", "KR", "guest"),
    ("Tập Cận Bình", "Chủ tịch Trung Quốc", "CN", "guest"),
    ("Xi Jinping", "Chủ tịch Trung Quốc", "CN", "participant"),
]
_TYPES = ["reception", "meeting", "talks", "visit", "phone_call"]
_PLACES = [None, "Hà Nội", "Phủ Chủ tịch", "Bắc Kinh", "Seoul"]


def _drawn_report(
    draw: st.DrawFn, i: int, date: str | None, published: str | None, planned: bool = False
) -> Document:
    return report(
        f"o{draw(st.integers(0, 3))}-{i}",
        f"bài {i}",
        people=draw(st.lists(st.sampled_from(_PEOPLE), min_size=1, max_size=3)),
        type=draw(st.sampled_from(_TYPES)),
        date=date,
        published=published,
        location=draw(st.sampled_from(_PLACES)),
        planned=planned,
    )


@st.composite
def documents(draw: st.DrawFn) -> list[Document]:
    count = draw(st.integers(1, 8))
    docs = []
    for i in range(count):
        day = draw(st.integers(17, 20))
        stated = draw(st.booleans())
        date = f"2025-02-{day}" if stated else None
        published = f"2025-02-{day + draw(st.integers(0, 1))}"
        docs.append(_drawn_report(draw, i, date, published, draw(st.integers(0, 9)) == 0))
    return docs


@given(documents(), st.randoms(use_true_random=False))
def test_order_does_not_matter(docs: list[Document], rng: object) -> None:
    shuffled = list(docs)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert corpus_state(shuffled) == corpus_state(docs)


@given(documents(), st.integers(0, 8))
def test_merging_twice_or_in_two_builds_changes_nothing(docs: list[Document], cut: int) -> None:
    expected = corpus_state(docs)
    assert corpus_state(docs + docs) == expected
    with CorpusStore() as store:
        store.add_many(docs[:cut])
        store.add_many(docs[cut:])
        assert store.add_many(docs) == 0
        assert (merged_events(store.conn), people(store.conn)) == expected


@given(documents())
def test_every_report_is_a_source_of_exactly_one_event(docs: list[Document]) -> None:
    events, _people = corpus_state(docs)  # type: ignore[misc]
    sources = [s.id for e in events for s in e.sources]
    reported = [f"{d.id}#0" for d in docs if not d.events[0].planned]
    assert sorted(sources) == sorted(reported)


@st.composite
def yearless_documents(draw: st.DrawFn) -> list[Document]:
    """Reports over two years, some dated by day and month only, some not at all, no stamp."""
    docs = []
    for i in range(draw(st.integers(1, 8))):
        day = f"{draw(st.sampled_from([2024, 2025]))}-02-{draw(st.integers(17, 18))}"
        how = draw(st.sampled_from(["stated", "yearless", "stamp", "dayless"]))
        dated = {
            "stated": (day, day),
            "yearless": ("-" + day[4:], None),
            "stamp": (None, day),
            "dayless": (None, None),
        }
        docs.append(_drawn_report(draw, i, *dated[how]))
    return docs


@given(yearless_documents(), st.randoms(use_true_random=False), st.integers(0, 8))
def test_yearless_placement_does_not_depend_on_order_or_builds(
    docs: list[Document], rng: random.Random, cut: int
) -> None:
    assert_order_and_builds_free(docs, rng, cut)
