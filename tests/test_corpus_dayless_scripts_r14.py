"""A report with no day, placed by its people as the corpus resolves them: an English report's
"Doan Minh Khai" is the "Đoàn Minh Khải" of a Vietnamese one (the only marked person of that
fold), so a Vietnamese day-less report of a Lao leader's visit joins the English dated report of
it though the two share no spelling. A respelt foreign name is never the key; a fold with two
marked namesakes is no one. When the pair's day-less reports name a cast the one dated meeting
lacks, they may be another meeting, and the report stays apart. Names are made up."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.corpus_helpers import assert_order_and_builds_free, report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.model import Document

LAO_VI = ("Xổm-xạ-vắt Lẹng-xạ-vắt", "Chủ tịch nước Lào", "LA", "guest")
LAO_EN = ("Somsavat Lengsavad", "Lao President", "LA", "guest")
HOST_VI = ("Đoàn Minh Khải", "Tổng Bí thư", "VN", "host")
HOST_EN = ("Doan Minh Khai", "General Secretary", "VN", "host")
HOST2_VI = ("Vũ Thị Hạnh", "Chủ tịch nước", "VN", "host")
HOST2_EN = ("Vu Thi Hanh", "President", "VN", "host")


def _visit(doc_id: str, people: list[tuple[str, str, str, str]], day: str | None) -> Document:
    return report(
        doc_id,
        "Chủ tịch nước Lào thăm hữu nghị chính thức.",
        people=people,
        type="visit",
        date=day,
        published=day,
        trigger="thăm",
    )


def _of(events: list[MergedEvent], doc_id: str) -> set[str]:
    event = next(e for e in events if any(s.document_id == doc_id for s in e.sources))
    return {s.document_id for s in event.sources}


def test_dayless_vietnamese_report_joins_the_english_dated_one() -> None:
    events = merge(
        [
            _visit("en-1", [LAO_EN, HOST_EN, HOST2_EN], "2019-05-06"),
            _visit("vi-1", [LAO_VI, HOST_VI, HOST2_VI], None),
        ]
    )
    assert _of(events, "vi-1") == {"en-1", "vi-1"}


def test_dayless_english_report_joins_the_vietnamese_dated_one() -> None:
    events = merge(
        [
            _visit("vi-1", [LAO_VI, HOST_VI, HOST2_VI], "2019-05-06"),
            _visit("en-1", [LAO_EN, HOST_EN, HOST2_EN], None),
        ]
    )
    assert _of(events, "en-1") == {"en-1", "vi-1"}


def test_folds_with_two_marked_namesakes_are_no_one() -> None:
    twins = [
        ("Vũ Thị Hành", "Phó Chủ tịch Quốc hội", "VN", "host"),
        ("Đoàn Minh Khài", "Bộ trưởng", "VN", "host"),
    ]
    events = merge(
        [
            _visit("en-1", [LAO_EN, HOST_EN, HOST2_EN], "2019-05-06"),
            _visit("vi-1", [LAO_VI, HOST_VI, HOST2_VI], None),
            report("other-1", "Phó Chủ tịch Quốc hội tiếp.", people=twins, date="2020-01-02"),
        ]
    )
    # "Doan Minh Khai" and "Vu Thi Hanh" may each be two people: no host is known to be shared,
    # and the respelt Lao name is no key
    assert _of(events, "vi-1") == {"vi-1"}


def test_one_resolved_host_and_a_respelt_guest_are_not_enough() -> None:
    events = merge(
        [
            _visit("en-1", [LAO_EN, HOST_EN], "2019-05-06"),
            _visit("vi-1", [LAO_VI, HOST_VI], None),
        ]
    )
    assert _of(events, "vi-1") == {"vi-1"}


def test_dayless_reports_naming_a_cast_the_dated_meeting_lacks_stay_apart() -> None:
    # a later welcome by one host; the two day-less reports name both hosts of another visit
    later = _visit("en-2", [("Somsavat Lenhsavad", "Lao President", "LA", "guest"), HOST_EN],
                   "2021-11-30")  # fmt: skip
    events = merge(
        [
            later,
            _visit("en-1", [LAO_EN, HOST_EN, HOST2_EN], None),
            _visit("vi-1", [LAO_VI, HOST_VI, HOST2_VI], None),
        ]
    )
    assert _of(events, "en-2") == {"en-2"}


def test_a_dated_meeting_naming_the_whole_cast_still_takes_the_report() -> None:
    # the pair's other, placeless day-less report (another meeting) does not hold it back
    hostless = report(
        "vi-9",
        "Hai nhà lãnh đạo gặp nhau bên lề hội nghị.",
        people=[(LAO_VI[0], LAO_VI[1], "LA", "participant"), (*HOST_VI[:3], "participant")],
        type="meeting",
        date=None,
        published=None,
    )
    events = merge(
        [
            report("vi-1", "Tổng Bí thư tiếp.", people=[HOST_VI, LAO_VI], date="2019-05-06"),
            report("vi-2", "Tổng Bí thư tiếp.", people=[HOST_VI, LAO_VI], date=None,
                   published=None),
            hostless,
        ]
    )  # fmt: skip
    assert _of(events, "vi-2") == {"vi-1", "vi-2"}


_POOL = [
    LAO_VI,
    LAO_EN,
    HOST_VI,
    HOST_EN,
    HOST2_VI,
    HOST2_EN,
    ("Vũ Thị Hành", "Bộ trưởng", "VN", "host"),
]


@st.composite
def _scripts_documents(draw: st.DrawFn) -> list[Document]:
    """Visits and welcomes spelt in both scripts, dated by day, by stamp, or not at all."""
    docs = []
    for i in range(draw(st.integers(1, 7))):
        day = f"{draw(st.sampled_from([2019, 2021]))}-05-06"
        how = draw(st.sampled_from(["stated", "stamp", "dayless"]))
        date, published = {"stated": (day, day), "stamp": (None, day), "dayless": (None, None)}[how]
        docs.append(
            report(
                f"s{i}-{i}",
                f"bài {i}",
                people=draw(st.lists(st.sampled_from(_POOL), min_size=2, max_size=3, unique=True)),
                type=draw(st.sampled_from(["visit", "reception"])),
                date=date,
                published=published,
            )
        )
    return docs


@given(_scripts_documents(), st.randoms(use_true_random=False), st.integers(0, 7))
def test_placement_through_aliases_does_not_depend_on_order_or_builds(
    docs: list[Document], rng: random.Random, cut: int
) -> None:
    assert_order_and_builds_free(docs, rng, cut)
