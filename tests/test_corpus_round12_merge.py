"""Round 12 merge classes: what a page without a stamp, or a foreign-language page, still tells.

Names, places, dates and sentences are made up.

- A page with no stamp whose URL states the month ("/2024/05/", "/202405/") fixes the year of
  a year-less date in its text, as a stamp would.
- A French-language page prints Vietnamese names with their vowel marks but no tones ("Nguyên
  Minh Hao" for "Nguyễn Minh Hảo"): beside a person shared exactly, the same side.
- A visit page in English ("Tran Quoc Vinh", no marks) attaches to the talks its
  Vietnamese counterpart dates, as a Vietnamese visit page does.
- A report with no day naming both sides as mere participants (talks on a summit's sidelines,
  where no one receives anyone) is not the pair's hosted state visit.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from tests.corpus_helpers import report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.corpus.facts import resolve_day, url_month_end
from vndiplo.corpus.sides import shared_sides, spelled_into

HAO = ("Nguyễn Minh Hảo", "Chủ tịch nước", "VN", "host")
VINH = ("Trần Quốc Vinh", "Chủ tịch nước", "VN", "host")
GUEST = ("Ingrid Solberg", "Thủ tướng Na Uy", "NO", "guest")


def _of(events: list[MergedEvent], doc_id: str) -> set[str]:
    event = next(e for e in events if any(s.document_id == doc_id for s in e.sources))
    return {s.document_id for s in event.sources}


def test_a_url_month_fixes_the_year_of_a_yearless_date() -> None:
    assert url_month_end("https://x.vn/thoi-su/202405/bai-viet-1.html") == dt.date(2024, 5, 31)
    assert url_month_end("https://x.vn/2024/02/slug/") == dt.date(2024, 2, 29)
    assert url_month_end("https://x.vn/2024/12/slug/") == dt.date(2024, 12, 31)
    assert url_month_end("https://x.vn/post123.html") is None
    end = url_month_end("https://x.vn/2024/05/slug/")
    assert resolve_day("--05-10", None, end) == ("2024-05-10", False)
    # December talks on a page filed under January of the next year.
    assert resolve_day("--12-30", None, dt.date(2025, 1, 31)) == ("2024-12-30", False)
    # A month gives no day of its own: a page without any date stays without a day.
    assert resolve_day(None, None, end) == (None, True)
    # A stamp, when there is one, decides.
    assert resolve_day("--05-10", dt.date(2026, 5, 11), end) == ("2026-05-10", False)


def test_a_yearless_page_filed_under_its_month_joins_the_dated_talks() -> None:
    dated = report("a-1", "Chủ tịch nước tiếp.", people=[HAO, GUEST], date="2024-05-10")
    filed = report(
        "b-1",
        "Chiều 10/5, Chủ tịch nước hội đàm.",
        people=[HAO, GUEST],
        type="talks",
        date="--05-10",
        published=None,
        url="https://b.vn/chinh-tri/202405/hoi-dam-1.html",
    )
    assert _of(merge([dated, filed]), "b-1") == {"a-1", "b-1"}


def test_a_tone_dropping_spelling_is_the_same_side() -> None:
    guest = {"g": "Ingrid Solberg"}
    for toneless, marked in (("Nguyên Minh Hao", "Nguyễn Minh Hảo"), ("Trân Quôc Vinh", VINH[0])):
        assert shared_sides({"a": toneless, **guest}, {"b": marked, **guest}) == (1, 2)
    # A name whose family name has no tone to lose keeps its own tones: two people.
    assert shared_sides({"a": "Lê Quang Tam", **guest}, {"b": "Lê Quang Tâm", **guest}) == (1, 1)
    assert shared_sides({"a": "Đinh Văn Hoa", **guest}, {"b": "Đinh Văn Hòa", **guest}) == (1, 1)
    # Never the only person shared.
    assert shared_sides({"a": "Nguyên Minh Hao"}, {"b": "Nguyễn Minh Hảo"}) == (0, 0)


def test_a_french_arrival_page_joins_the_dated_visit() -> None:
    dated = report(
        "a-1",
        "Thủ tướng Na Uy thăm Việt Nam.",
        people=[HAO, GUEST],
        type="visit",
        date="2024-05-10",
    )
    french = report(
        "b-1",
        "La Première ministre est arrivée à Hanoi.",
        people=[("Nguyên Minh Hao", "Président", "VN", "host"), GUEST],
        type="visit",
        date="2024-05-10",
        published="2024-05-10",
    )
    assert _of(merge([dated, french]), "b-1") == {"a-1", "b-1"}


def test_a_weak_report_in_the_other_script_fits_its_anchor() -> None:
    anchor = {"vinh": "Trần Quốc Vinh", "g": "Ingrid Solberg"}
    assert spelled_into({"x": "Tran Quoc Vinh", "g": "Ingrid Solberg"}, anchor) == {"vinh", "g"}
    # Nothing shared exactly: a fold alone pins no one down.
    assert spelled_into({"x": "Tran Quoc Vinh"}, anchor) is None
    laos = {"h": "Trần Quốc Vinh", "s": "Somsack Vongkhamsao"}
    respelt = {"h": "Trần Quốc Vinh", "v": "Xổm-xắc Vông-khăm-xao"}
    assert spelled_into(respelt, laos) == {"h", "s"}


def test_an_english_visit_page_attaches_to_the_dated_talks() -> None:
    talks = report(
        "a-1", "Chủ tịch nước hội đàm.", people=[VINH, GUEST], type="talks", date="2024-05-10"
    )
    arrival = report(
        "b-1",
        "The Norwegian Prime Minister began a state visit.",
        people=[("Tran Quoc Vinh", "President", "VN", "host"), GUEST],
        type="visit",
        date="2024-05-10",
    )
    assert _of(merge([talks, arrival]), "b-1") == {"a-1", "b-1"}


def _visit_talks(doc_id: str) -> object:
    return report(
        doc_id,
        "Chủ tịch nước hội đàm với Thủ tướng Na Uy.",
        people=[HAO, GUEST],
        type="talks",
        date="2024-05-10",
        location="Hà Nội",
    )


def test_a_dayless_sideline_meeting_is_not_the_hosted_visit() -> None:
    sideline = report(
        "b-1",
        "Bên lề hội nghị, hai nhà lãnh đạo hội đàm.",
        people=[(HAO[0], HAO[1], "VN", "participant"), (GUEST[0], GUEST[1], "NO", "participant")],
        type="talks",
        date=None,
        published=None,
    )
    events = merge([_visit_talks("a-1"), sideline])  # type: ignore[list-item]
    assert _of(events, "b-1") == {"b-1"}


def test_a_dayless_hosted_report_still_joins_it() -> None:
    hosted = report(
        "b-1",
        "Chủ tịch nước hội đàm.",
        people=[HAO, GUEST],
        type="talks",
        date=None,
        published=None,
    )
    events = merge([_visit_talks("a-1"), hosted])  # type: ignore[list-item]
    assert _of(events, "b-1") == {"a-1", "b-1"}


@given(
    st.one_of(st.none(), st.text(max_size=30)),
    st.one_of(st.none(), st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31))),
    st.one_of(st.none(), st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31))),
)
def test_resolve_day_never_fails_and_stays_near_its_bound(
    date: str | None, published: dt.date | None, month: dt.date | None
) -> None:
    day, _inferred = resolve_day(date, published, month)
    bound = published or month
    if day is not None and bound is not None and date and date.startswith("--"):
        gap = (bound - dt.date.fromisoformat(day[:10])).days
        assert -7 <= gap <= 366 + 7 or day == (published.isoformat() if published else None)


@given(st.text(max_size=40), st.text(max_size=40))
def test_side_matching_never_fails(a: str, b: str) -> None:
    shared_sides({"a": a, "g": "X Y"}, {"b": b, "g": "X Y"}, cross_script=True)
    spelled_into({"a": a, "g": "X Y"}, {"b": b, "g": "X Y"})


def test_a_yearless_arrival_joins_talks_dated_by_their_page_stamp() -> None:
    talks = report(
        "a-1",
        "Hai bên hội đàm.",
        people=[VINH, GUEST],
        type="talks",
        date=None,
        published="2024-05-10",
        location="Hà Nội",
    )
    arrival = report(
        "b-1",
        "Tối 8/5, Thủ tướng Na Uy đến Hà Nội.",
        people=[VINH, GUEST],
        type="visit",
        date="--05-08",
        published=None,
        location="Hà Nội",
    )
    assert _of(merge([talks, arrival]), "b-1") == {"a-1", "b-1"}
