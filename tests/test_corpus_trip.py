"""A visit report and a meeting report of one trip join when neither gives a year or a day.

Names, places, outlets and dates are made up. One outlet writes the arrival ("sang thăm chính
thức"), another the welcome or the talks. Near misses: the return visit (roles the other way),
a summit where no one hosts, a phone call that week, a visit days away from the meeting, the
pair's meetings of two years, a place in another country.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.model import Document

HOST = ("Lục Thành Đạt", "Chủ tịch nước", "VN", "host")
GUEST = ("Oskar Lindahl", "Tổng thống Thụy Điển", "SE", "guest")
GUEST_VARIANT = ("Oscar Lindahl", "Tổng thống Thụy Điển", "SE", "guest")
AWAY_HOST = ("Lục Thành Đạt", "Chủ tịch nước", "VN", "guest")
AWAY_GUEST = ("Oskar Lindahl", "Tổng thống Thụy Điển", "SE", "host")
AT_SUMMIT = [
    ("Lục Thành Đạt", "Chủ tịch nước", "VN", "participant"),
    ("Oskar Lindahl", "Tổng thống Thụy Điển", "SE", "participant"),
]


def _visit(doc_id: str, date: str | None, **kw: object) -> Document:
    """A page with no stamp: "Tổng thống Thụy Điển thăm chính thức Việt Nam" on ``date``."""
    return report(
        doc_id,
        "Tổng thống Thụy Điển sang thăm chính thức Việt Nam.",
        people=kw.pop("people", [HOST, GUEST]),  # type: ignore[arg-type]
        type="visit",
        date=date,
        published=None,
        **kw,  # type: ignore[arg-type]
    )


def _meeting(doc_id: str, date: str, **kw: object) -> Document:
    stated = not date.startswith("--")
    return report(
        doc_id,
        "Chủ tịch nước chủ trì lễ đón Tổng thống Thụy Điển.",
        people=kw.pop("people", [HOST, GUEST]),  # type: ignore[arg-type]
        type=kw.pop("type", "reception"),  # type: ignore[arg-type]
        date=date,
        published=date if stated else None,
        **kw,  # type: ignore[arg-type]
    )


def _together(events: list[MergedEvent], a: str, b: str) -> bool:
    return any({a, b} <= {s.document_id for s in e.sources} for e in events)


def test_a_yearless_arrival_joins_the_dated_welcome_a_day_later() -> None:
    events = merge([_meeting("tuoitre-1", "2025-09-16"), _visit("hnm-1", "--09-15")])
    assert _together(events, "tuoitre-1", "hnm-1")
    assert events[0].type == "reception"  # the two-sided meeting names the event


def test_a_yearless_visit_joins_a_dated_visit_spelled_another_way() -> None:
    dated = report(
        "vov-1",
        "Tổng thống Oskar Lindahl đến Hà Nội.",
        people=[HOST, GUEST],
        type="visit",
        date="2025-09-15",
        published="2025-09-15",
    )
    events = merge([dated, _visit("kt-1", "--09-15", people=[HOST, GUEST_VARIANT])])
    assert _together(events, "vov-1", "kt-1")


def test_yearless_visit_and_yearless_talks_of_one_day_join() -> None:
    talks = _meeting("qdnd-1", "--09-16", type="talks")
    events = merge([talks, _visit("nld-1", "--09-16")])
    assert _together(events, "qdnd-1", "nld-1")


def test_a_dayless_visit_joins_the_one_meeting_of_its_trip() -> None:
    events = merge([_meeting("tuoitre-1", "--09-16", type="talks"), _visit("bd-1", None)])
    assert _together(events, "tuoitre-1", "bd-1")


def test_the_return_visit_or_a_summit_stays_apart() -> None:
    for dated in (
        _meeting("a-1", "2025-09-16", people=[AWAY_HOST, AWAY_GUEST], location="Stockholm"),
        _meeting("a-1", "2025-09-16", people=[AWAY_HOST, AWAY_GUEST]),
        _meeting("a-1", "2025-09-16", people=AT_SUMMIT, type="meeting"),
    ):
        for visit in (_visit("b-1", "--09-15"), _visit("b-1", None)):
            assert not _together(merge([dated, visit]), "a-1", "b-1")


def test_a_call_that_week_or_a_meeting_days_away_stays_apart() -> None:
    call = _meeting("a-1", "2025-09-16", type="phone_call")
    assert not _together(merge([call, _visit("b-1", "--09-15")]), "a-1", "b-1")
    assert not _together(merge([call, _visit("b-1", None)]), "a-1", "b-1")
    later = _meeting("a-1", "2025-09-20")
    assert not _together(merge([later, _visit("b-1", "--09-15")]), "a-1", "b-1")
    far = _meeting("a-1", "--09-20", type="talks")
    assert not _together(merge([far, _visit("b-1", "--09-15")]), "a-1", "b-1")


def test_the_pair_meeting_in_two_years_keeps_it_apart() -> None:
    docs = [_meeting("a-1", "2025-09-16"), _meeting("c-1", "2022-09-14")]
    for visit in (_visit("b-1", "--09-15"), _visit("b-1", None)):
        events = merge([*docs, visit])
        assert not _together(events, "a-1", "b-1")
        assert not _together(events, "c-1", "b-1")


def test_a_place_in_another_country_stays_apart() -> None:
    abroad = _meeting("a-1", "2025-09-16", location="Stockholm")
    home = _visit("b-1", "--09-15", location="Hà Nội")
    assert not _together(merge([abroad, home]), "a-1", "b-1")
    home = _visit("b-1", None, location="Hà Nội")
    assert not _together(merge([abroad, home]), "a-1", "b-1")
