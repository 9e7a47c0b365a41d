"""Round 18: a visit and the acts inside its days (issue #13, the corpus merge).

The rulings (benchmarks/corpus_gold/gold.json, ``about``): a page reporting a visit's arrival,
welcome, talks or departure belongs to the visit's meeting; another leader's own meeting with
the visitor is a meeting of its own; a tea or a banquet is its own meeting. So

- a visit that names its own host does not join a meeting another leader hosts during it, even
  when that report names the visit's host too (a recap read with him as a second guest);
- a visit joins its own host and guest's meeting reported on a page dated only by its stamp
  ("on Friday", no day), when no meeting of a stated day fits it;
- a visit report whose guests hold two countries (the host read as a guest too) does not have
  the guest from the country it goes to travelling, so it does not put the meeting on another
  ground;
- a welcome or talks dated without a year that no dated meeting fits joins the stated-day visit
  naming the same sides (and no other), going the same way, within a visit's reach;
- a welcome or talks with no day at all that no meeting fits joins the one visit of its cast
  going the same way.

People, places, dates and sentences are made up.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.corpus_helpers import report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.model import Document

GUEST = ("Rafael Montoya Cruz", "Tổng thống Chile", "CL", "guest")
HOST = ("Trần Văn Khải", "Chủ tịch nước", "VN", "host")
OTHER = ("Lê Minh Đạo", "Tổng Bí thư", "VN", "host")
HOST_AS_GUEST = (HOST[0], HOST[1], HOST[2], "guest")
HOST_AS_PARTY = (HOST[0], HOST[1], HOST[2], "participant")
GUEST_AS_PARTY = (GUEST[0], GUEST[1], GUEST[2], "participant")

SPAN = "2031-05-06/2031-05-08"


def _groups(events: list[MergedEvent]) -> list[list[str]]:
    return sorted(sorted({s.document_id for s in e.sources}) for e in events)


def _together(events: list[MergedEvent], *ids: str) -> bool:
    return any(set(ids) <= set(group) for group in _groups(events))


def _visit(
    doc_id: str,
    sentence: str,
    *,
    people: Sequence[tuple[str, str, str | None, str]] = (GUEST, HOST),
    date: str | None = SPAN,
    published: str | None = "2031-05-06",
    location: str | None = "Hà Nội",
    trigger: str = "thăm cấp Nhà nước",
) -> Document:
    return report(
        doc_id,
        sentence,
        people=people,
        type="visit",
        date=date,
        published=published,
        location=location,
        trigger=trigger,
    )


def _talks(doc_id: str, day: str = "2031-05-07", **kw: object) -> Document:
    return report(
        doc_id,
        "Chủ tịch nước Trần Văn Khải hội đàm với Tổng thống Chile Rafael Montoya Cruz.",
        people=[HOST, GUEST],
        type="talks",
        date=day,
        published=day,
        trigger="hội đàm",
        **kw,  # type: ignore[arg-type]
    )


def _other_hosts(doc_id: str, people: Sequence[tuple[str, str, str | None, str]]) -> Document:
    """Another leader receives the guest on the visit's last day; the page also names the host."""
    return report(
        doc_id,
        "General Secretary Lê Minh Đạo received the Chilean leader, while President Trần Văn "
        "Khải hosted the welcome ceremony and held talks with him.",
        people=people,
        type="reception",
        date="2031-05-08",
        published="2031-05-08",
        trigger="received",
    )


# --- a visit naming its host does not join another leader's meeting during it --------------


VISITS_WITH_HOST = [
    ("Chiều 6/5, Tổng thống Chile đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước.", "thăm"),
    ("Chilean President arrived in Hanoi on May 6, starting a state visit.", "state visit"),
    ("Le président chilien est arrivé à Hanoï le 6 mai pour une visite d'État.", "visite"),
    ("President Montoya Cruz wrapped up his three-day state visit on May 8.", "state visit"),
]


@pytest.mark.parametrize(("sentence", "trigger"), VISITS_WITH_HOST)
@pytest.mark.parametrize("misread", [HOST_AS_GUEST, HOST_AS_PARTY])
def test_a_visit_joins_its_hosts_talks_not_another_leaders_reception(
    sentence: str, trigger: str, misread: tuple[str, str, str | None, str]
) -> None:
    docs = [
        _visit("v-1", sentence, trigger=trigger),
        # the host's talks, on a page stamped the first day (two days before the reception)
        _stamped("t-1", STAMPED_TALKS[0][0], "talks", published="2031-05-06"),
        _other_hosts("o-1", [GUEST, misread, OTHER]),
    ]
    events = merge(docs)
    assert _together(events, "v-1", "t-1")
    assert not _together(events, "v-1", "o-1")
    assert _groups(merge(docs[::-1])) == _groups(events)


@pytest.mark.parametrize("misread", [HOST_AS_GUEST, HOST_AS_PARTY])
def test_a_visit_does_not_join_another_leaders_reception_alone(
    misread: tuple[str, str, str | None, str],
) -> None:
    # The host's own meeting is not in the corpus: the visit stays a record of its own.
    docs = [
        _visit("v-1", VISITS_WITH_HOST[0][0]),
        _other_hosts("o-1", [GUEST, misread, OTHER]),
    ]
    assert _groups(merge(docs)) == [["o-1"], ["v-1"]]


def test_a_visit_naming_the_guest_only_still_stays_apart_from_two_meetings() -> None:
    # Near miss: nothing tells which of the two meetings an arrival naming the guest alone is.
    docs = [
        _visit("v-1", "Tổng thống Chile đến Hà Nội.", people=[GUEST]),
        _talks("t-1"),
        _other_hosts("o-1", [GUEST, OTHER]),
    ]
    events = merge(docs)
    assert not _together(events, "v-1", "t-1")
    assert not _together(events, "v-1", "o-1")


def test_a_visit_still_joins_the_one_meeting_its_host_holds() -> None:
    # Near miss: the host rule removes nothing when the only meeting of the span is the host's.
    docs = [_visit("v-1", "Tổng thống Chile thăm Việt Nam."), _talks("t-1")]
    assert _groups(merge(docs)) == [["t-1", "v-1"]]


def test_a_visit_hosted_by_the_same_leader_on_the_other_page_still_joins() -> None:
    # The reception is hosted by the visit's own host: the same meeting, roles as written.
    docs = [
        _visit("v-1", "Tổng thống Chile thăm Việt Nam."),
        report(
            "r-1",
            "Chủ tịch nước Trần Văn Khải chủ trì lễ đón Tổng thống Chile.",
            people=[HOST, GUEST],
            type="reception",
            date="2031-05-07",
            published="2031-05-07",
            trigger="lễ đón",
        ),
    ]
    assert _groups(merge(docs)) == [["r-1", "v-1"]]


# --- a visit and its own talks on a page dated by its stamp ---------------------------------


STAMPED_TALKS = [
    ("President Trần Văn Khải on Friday held talks with President Rafael Montoya Cruz.", "talks"),
    ("Chủ tịch nước Trần Văn Khải hội đàm với Tổng thống Rafael Montoya Cruz.", "talks"),
    ("Le président Trần Văn Khải s'est entretenu avec Rafael Montoya Cruz.", "talks"),
    ("Chủ tịch nước Trần Văn Khải tiếp Tổng thống Rafael Montoya Cruz.", "reception"),
]


def _stamped(
    doc_id: str,
    sentence: str,
    kind: str,
    *,
    published: str = "2031-05-07",
    people: Sequence[tuple[str, str, str | None, str]] = (HOST, GUEST),
    trigger: str = "hội đàm",
) -> Document:
    return report(
        doc_id, sentence, people=people, type=kind, date=None, published=published, trigger=trigger
    )


@pytest.mark.parametrize(("sentence", "kind"), STAMPED_TALKS)
@pytest.mark.parametrize("arrival", [SPAN, "2031-05-06"])
def test_a_visit_joins_its_own_sides_meeting_on_a_stamp_dated_page(
    sentence: str, kind: str, arrival: str
) -> None:
    docs = [
        _visit("v-1", "Tổng thống Chile thăm Việt Nam.", date=arrival),
        _stamped("s-1", sentence, kind),
    ]
    events = merge(docs)
    assert _groups(events) == [["s-1", "v-1"]]
    assert _groups(merge(docs[::-1])) == _groups(events)


def test_two_visit_pages_join_the_stamp_dated_talks_between_them() -> None:
    docs = [
        _visit("v-1", "Chiều 6/5, Tổng thống Chile đến Hà Nội.", date="2031-05-06"),
        _visit(
            "v-2",
            "Sáng 8/5, Tổng thống Chile rời Hà Nội.",
            date="2031-05-08",
            published="2031-05-08",
        ),
        _stamped("s-1", STAMPED_TALKS[0][0], "talks", people=(HOST_AS_PARTY, GUEST_AS_PARTY)),
    ]
    assert _groups(merge(docs)) == [["s-1", "v-1", "v-2"]]


def test_a_stamp_dated_meeting_of_another_host_does_not_take_the_visit() -> None:
    docs = [
        _visit("v-1", "Tổng thống Chile thăm Việt Nam."),
        _stamped(
            "s-1",
            "Tổng Bí thư Lê Minh Đạo tiếp Tổng thống Chile.",
            "reception",
            people=(OTHER, GUEST),
            trigger="tiếp",
        ),
    ]
    assert _groups(merge(docs)) == [["s-1"], ["v-1"]]


def test_a_visit_naming_the_guest_only_does_not_join_a_stamp_dated_meeting() -> None:
    docs = [
        _visit("v-1", "Tổng thống Chile đến Hà Nội.", people=[GUEST]),
        _stamped("s-1", STAMPED_TALKS[1][0], "talks"),
    ]
    assert _groups(merge(docs)) == [["s-1"], ["v-1"]]


def test_a_stamp_dated_tea_is_not_the_visits_meeting() -> None:
    docs = [
        _visit("v-1", "Tổng thống Chile thăm Việt Nam."),
        _stamped(
            "s-1",
            "Chủ tịch nước Trần Văn Khải mời Tổng thống Chile dùng trà.",
            "meeting",
            trigger="dùng trà",
        ),
    ]
    assert _groups(merge(docs)) == [["s-1"], ["v-1"]]


def test_a_stamp_far_after_the_visit_keeps_the_page_apart() -> None:
    docs = [
        _visit("v-1", "Tổng thống Chile thăm Việt Nam.", date="2031-05-06"),
        _stamped("s-1", STAMPED_TALKS[1][0], "talks", published="2031-05-20"),
    ]
    assert _groups(merge(docs)) == [["s-1"], ["v-1"]]


def test_a_stated_day_meeting_is_preferred_to_a_stamp_dated_one() -> None:
    # The visit fits its stated talks; the stamped page of another day does not make it two.
    docs = [
        _visit("v-1", "Tổng thống Chile thăm Việt Nam."),
        _talks("t-1", day="2031-05-07"),
        _stamped("s-1", STAMPED_TALKS[0][0], "talks", published="2031-05-09"),
    ]
    assert _together(merge(docs), "v-1", "t-1")


# --- a visit whose guests hold two countries tells no travel --------------------------------


def _both_guests(doc_id: str) -> Document:
    """A French page read with both presidents as guests of the visit, no year, no stamp; it
    prints the Vietnamese name without marks, as French pages do."""
    return report(
        doc_id,
        "Le président Tran Van Khai a présidé le 6 mai à Hanoï la cérémonie d'accueil du "
        "président chilien Rafael Montoya Cruz, en visite d'État.",
        people=[GUEST, ("Tran Van Khai", "président", "VN", "guest")],
        type="visit",
        date="--05-06",
        published=None,
        location="Hà Nội",
        trigger="en visite",
    )


@pytest.mark.parametrize("with_talks", [False, True])
def test_a_visit_read_with_both_sides_as_guests_joins_the_visit(with_talks: bool) -> None:
    docs = [_visit("v-1", "Chiều 6/5, Tổng thống Chile đến Hà Nội.", date="2031-05-06")]
    if with_talks:
        docs.append(_talks("t-1", location="Hà Nội"))
    docs.append(_both_guests("f-1"))
    events = merge(docs)
    assert _together(events, "f-1", "v-1")
    assert _groups(merge(docs[::-1])) == _groups(events)


def test_a_visit_of_the_vietnamese_leader_abroad_still_keeps_his_home_meeting_apart() -> None:
    # Near miss: the host alone travelling (one country) still tells a trip abroad.
    abroad = report(
        "a-1",
        "Chủ tịch nước Trần Văn Khải thăm cấp Nhà nước Chile ngày 6/5.",
        people=[HOST_AS_GUEST],
        type="visit",
        date="--05-06",
        published=None,
        location="Santiago",
        trigger="thăm",
    )
    docs = [_talks("t-1", day="2031-05-06", location="Hà Nội"), abroad]
    assert _groups(merge(docs)) == [["a-1"], ["t-1"]]


# --- a year-less welcome or talks joins the dated visit of its sides ------------------------
# The visit (arrival on the 6th) is part of the talks of the 7th; a page with no year tells a
# step of the 6th, which no dated meeting of that day holds.


YEARLESS_STEPS = [
    ("Chiều 6/5, Chủ tịch nước Trần Văn Khải chủ trì lễ đón Tổng thống Chile.", "reception"),
    ("On May 6, President Trần Văn Khải held talks with the Chilean President.", "talks"),
    ("Le 6 mai, le président Trần Văn Khải a accueilli le président chilien.", "reception"),
    ("Tối 6-5, Chủ tịch nước Trần Văn Khải hội kiến Tổng thống Chile.", "meeting"),
]


def _yearless(
    doc_id: str,
    sentence: str,
    kind: str,
    *,
    people: Sequence[tuple[str, str, str | None, str]] = (HOST, GUEST),
    date: str = "--05-06",
    trigger: str = "lễ đón",
) -> Document:
    return report(
        doc_id, sentence, people=people, type=kind, date=date, published=None, trigger=trigger
    )


def _dated_visit() -> list[Document]:
    return [
        _visit("v-1", "Chiều 6/5, Tổng thống Chile đến Hà Nội.", date="2031-05-06"),
        _talks("t-1", day="2031-05-07"),
    ]


@pytest.mark.parametrize(("sentence", "kind"), YEARLESS_STEPS)
def test_a_yearless_welcome_or_talks_joins_the_dated_visit(sentence: str, kind: str) -> None:
    docs = [*_dated_visit(), _yearless("y-1", sentence, kind)]
    events = merge(docs)
    assert _groups(events) == [["t-1", "v-1", "y-1"]]
    assert _groups(merge(docs[::-1])) == _groups(events)


def test_a_yearless_meeting_of_another_host_stays_apart_from_the_visit() -> None:
    docs = [
        *_dated_visit(),
        _yearless(
            "y-1",
            "Ngày 6/5, Tổng Bí thư tiếp Tổng thống Chile.",
            "reception",
            people=(OTHER, GUEST),
        ),
    ]
    assert _groups(merge(docs)) == [["t-1", "v-1"], ["y-1"]]


def test_a_yearless_meeting_stays_apart_from_a_visit_of_two_inviters() -> None:
    # The guest meets each of the two inviters: which of them this one is cannot be told.
    docs = [
        _visit(
            "v-1", "Tổng thống Chile thăm Việt Nam.", date="2031-05-06", people=(GUEST, HOST, OTHER)
        ),
        _talks("t-1", day="2031-05-07"),
        _yearless("y-1", YEARLESS_STEPS[0][0], "reception"),
    ]
    assert ["y-1"] in _groups(merge(docs))


def test_a_yearless_tea_is_not_the_visits_meeting() -> None:
    docs = [
        *_dated_visit(),
        _yearless(
            "y-1",
            "Tối 6/5, Chủ tịch nước mời Tổng thống Chile dùng trà.",
            "meeting",
            trigger="dùng trà",
        ),
    ]
    assert _groups(merge(docs)) == [["t-1", "v-1"], ["y-1"]]


def test_a_yearless_meeting_far_from_the_visit_stays_apart() -> None:
    docs = [
        *_dated_visit(),
        _yearless("y-1", "Ngày 19/5, hai bên hội đàm.", "talks", date="--05-19"),
    ]
    assert _groups(merge(docs)) == [["t-1", "v-1"], ["y-1"]]


def test_a_yearless_return_meeting_stays_apart() -> None:
    # The host is the guest the other way round: another trip.
    docs = [
        *_dated_visit(),
        _yearless(
            "y-1",
            "Ngày 6/5, Tổng thống Chile đón Chủ tịch nước.",
            "reception",
            people=((GUEST[0], GUEST[1], GUEST[2], "host"), HOST_AS_GUEST),
        ),
    ]
    assert _groups(merge(docs)) == [["t-1", "v-1"], ["y-1"]]


# --- a welcome or talks with no day at all joins the one visit naming its cast --------------


DAYLESS_STEPS = [
    ("Chủ tịch nước Trần Văn Khải chủ trì lễ đón Tổng thống Chile.", "reception", "lễ đón"),
    (
        "President Trần Văn Khải hosted a welcome ceremony for the Chilean President.",
        "reception",
        "welcome ceremony",
    ),
    (
        "Le président Trần Văn Khải s'est entretenu avec son homologue chilien.",
        "talks",
        "entretenu",
    ),
    ("Chủ tịch nước Trần Văn Khải và Tổng thống Chile hội đàm.", "talks", "hội đàm"),
]


def _dayless(
    doc_id: str,
    sentence: str,
    kind: str,
    trigger: str,
    people: Sequence[tuple[str, str, str | None, str]] = (HOST, GUEST),
) -> Document:
    return report(
        doc_id,
        sentence,
        people=people,
        type=kind,
        date=None,
        published=None,
        trigger=trigger,
        url=f"https://{doc_id}.example.vn/tin-tuc",
    )


@pytest.mark.parametrize(("sentence", "kind", "trigger"), DAYLESS_STEPS)
def test_a_dayless_welcome_or_talks_joins_the_one_visit_of_its_cast(
    sentence: str, kind: str, trigger: str
) -> None:
    docs = [
        _visit("v-1", "Tổng thống Chile đến Hà Nội.", date="2031-05-06"),
        _dayless("d-1", sentence, kind, trigger),
    ]
    events = merge(docs)
    assert _groups(events) == [["d-1", "v-1"]]
    assert _groups(merge(docs[::-1])) == _groups(events)


def test_a_dayless_meeting_of_another_host_stays_apart_from_the_visit() -> None:
    docs = [
        _visit("v-1", "Tổng thống Chile đến Hà Nội.", date="2031-05-06"),
        _dayless("d-1", "Tổng Bí thư tiếp Tổng thống Chile.", "reception", "tiếp", (OTHER, GUEST)),
    ]
    assert _groups(merge(docs)) == [["d-1"], ["v-1"]]


def test_a_dayless_meeting_stays_apart_from_a_visit_of_two_inviters() -> None:
    docs = [
        _visit(
            "v-1", "Tổng thống Chile thăm Việt Nam.", date="2031-05-06", people=(GUEST, HOST, OTHER)
        ),
        _dayless("d-1", *DAYLESS_STEPS[0]),
    ]
    assert _groups(merge(docs)) == [["d-1"], ["v-1"]]


def test_a_dayless_meeting_stays_apart_from_two_visits_of_the_pair() -> None:
    docs = [
        _visit("v-1", "Tổng thống Chile đến Hà Nội.", date="2031-05-06"),
        _visit("v-2", "Tổng thống Chile đến Hà Nội.", date="2034-09-12", published="2034-09-12"),
        _dayless("d-1", *DAYLESS_STEPS[0]),
    ]
    assert ["d-1"] in _groups(merge(docs))


def test_a_dayless_meeting_stays_apart_from_the_return_visit() -> None:
    abroad = _visit(
        "v-1",
        "Chủ tịch nước Trần Văn Khải đến Santiago.",
        date="2031-05-06",
        people=(HOST_AS_GUEST, (GUEST[0], GUEST[1], GUEST[2], "host")),
        location="Santiago",
    )
    assert _groups(merge([abroad, _dayless("d-1", *DAYLESS_STEPS[0])])) == [["d-1"], ["v-1"]]


def test_a_dayless_meeting_prefers_the_pairs_dated_meeting() -> None:
    # The pair's dated talks (another year) fit: the visit is not weighed against them.
    docs = [
        _visit("v-1", "Tổng thống Chile đến Hà Nội.", date="2031-05-06"),
        _talks("t-1", day="2029-02-02"),
        _dayless("d-1", *DAYLESS_STEPS[3]),
    ]
    assert ["d-1", "t-1"] in _groups(merge(docs))


# --- roles compared across scripts, a host misread as a guest telling no direction ----------


def _english_arrival(doc_id: str, host_role: str = "host") -> Document:
    """An English arrival page with no year, printing the host's name without marks."""
    return report(
        doc_id,
        "On the afternoon of May 6, Chilean President Rafael Montoya Cruz arrived in Hanoi, "
        "starting a state visit at the invitation of President Tran Van Khai.",
        people=[GUEST, ("Tran Van Khai", "President", "VN", host_role)],
        type="visit",
        date="--05-06",
        published=None,
        location="Hanoi",
        trigger="arrived in",
    )


def test_a_yearless_arrival_in_another_script_joins_the_visit_and_its_talks() -> None:
    docs = [*_dated_visit(), _english_arrival("e-1")]
    events = merge(docs)
    assert _groups(events) == [["e-1", "t-1", "v-1"]]
    assert _groups(merge(docs[::-1])) == _groups(events)


def test_a_yearless_arrival_with_the_host_misread_as_a_guest_still_joins() -> None:
    docs = [*_dated_visit(), _english_arrival("e-1", host_role="guest")]
    assert _groups(merge(docs)) == [["e-1", "t-1", "v-1"]]


def test_a_yearless_return_visit_in_another_script_stays_apart() -> None:
    back = report(
        "e-1",
        "On May 6, President Tran Van Khai arrived in Santiago for a state visit.",
        people=[
            (GUEST[0], GUEST[1], GUEST[2], "host"),
            ("Tran Van Khai", "President", "VN", "guest"),
        ],
        type="visit",
        date="--05-06",
        published=None,
        location="Santiago",
        trigger="arrived in",
    )
    assert ["e-1"] in _groups(merge([*_dated_visit(), back]))


ACCENTED = ("Andrés Villagrán Núñez", "Tổng thống Uruguay", "UY", "guest")


def test_a_yearless_arrival_spelling_both_names_otherwise_joins_the_visit() -> None:
    # No id in common: the guest without his accents, the host without his marks.
    docs = [
        _visit(
            "v-1",
            "Chiều 6/5, Tổng thống Uruguay đến Hà Nội.",
            date="2031-05-06",
            people=(ACCENTED, HOST),
        ),
        report(
            "t-1",
            "Chủ tịch nước Trần Văn Khải hội đàm với Tổng thống Uruguay.",
            people=[HOST, ACCENTED],
            type="talks",
            date="2031-05-07",
            published="2031-05-07",
            trigger="hội đàm",
        ),
        report(
            "e-1",
            "On May 6, Uruguayan President Andres Villagran Nunez arrived in Hanoi, starting a "
            "state visit at the invitation of President Tran Van Khai.",
            people=[
                ("Andres Villagran Nunez", "President", "UY", "guest"),
                ("Tran Van Khai", "President", "VN", "host"),
            ],
            type="visit",
            date="--05-06",
            published=None,
            location="Hanoi",
            trigger="arrived in",
        ),
    ]
    events = merge(docs)
    assert _groups(events) == [["e-1", "t-1", "v-1"]]
    assert _groups(merge(docs[::-1])) == _groups(events)


def test_a_fold_across_scripts_supports_a_role_but_never_swaps_it() -> None:
    # The English page reads the host as a guest and gives no countries: the fold "Tran Van
    # Khai" / "Trần Văn Khải" is a guess, so it does not turn the page into a return visit.
    docs = [
        *_dated_visit(),
        report(
            "e-1",
            "On May 6, President Tran Van Khai welcomed Chilean President Rafael Montoya Cruz.",
            people=[
                (GUEST[0], GUEST[1], None, "guest"),
                ("Tran Van Khai", "President", None, "guest"),
            ],
            type="visit",
            date="--05-06",
            published=None,
            location="Hanoi",
            trigger="welcomed",
        ),
    ]
    assert _groups(merge(docs)) == [["e-1", "t-1", "v-1"]]


def test_a_yearless_reception_on_the_day_of_the_pairs_banquet_stays_apart() -> None:
    # "Đón tiếp" at the state banquet: the pair's banquet is dated that day, so the report may
    # be the banquet (its own meeting), not a step of the visit.
    banquet = report(
        "b-1",
        "Tối 6/5, Chủ tịch nước Trần Văn Khải chủ trì tiệc chiêu đãi Tổng thống Chile.",
        people=[HOST, GUEST],
        type="reception",
        date="2031-05-06",
        published="2031-05-06",
        trigger="tiệc chiêu đãi",
    )
    loose = _yearless(
        "y-1",
        "Tối 6/5, Chủ tịch nước Trần Văn Khải đón tiếp Tổng thống Chile.",
        "reception",
        trigger="đón tiếp",
    )
    groups = _groups(merge([*_dated_visit(), banquet, loose]))
    assert ["y-1"] in groups or ["b-1", "y-1"] in groups
