"""Two reports with no day at all, of a pair with no other meeting they fit, join each other.

Names, places, outlets and sentences are made up. Near misses: the return visit (roles the
other way), another family (a call), another country's ground, a chain where the two ends do
not fit, a pair with a dated meeting the reports fit (they join it, or stay apart if two), and
two reports that nothing but the pair ties together (no place on one of them, URLs of two
months): the pair may have met in any year.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore, MergedEvent, merge, merged_events
from vndiplo.model import Document

HOST = ("Hồ Ngọc Quyết", "Thủ tướng", "VN", "host")
GUEST = ("Amara Okonkwo", "Tổng thống Nigeria", "NG", "guest")
BOTH_HOSTS = [HOST, ("Amara Okonkwo", "Tổng thống Nigeria", "NG", "host")]
RETURN = [("Hồ Ngọc Quyết", "Thủ tướng", "VN", "guest"), ("Amara Okonkwo", "", "NG", "host")]


def _dayless(doc_id: str, **kw: object) -> Document:
    return report(
        doc_id,
        "Thủ tướng đón Tổng thống Nigeria tại Phủ Chủ tịch.",
        people=kw.pop("people", [HOST, GUEST]),  # type: ignore[arg-type]
        type=kw.pop("type", "reception"),  # type: ignore[arg-type]
        date=None,
        published=None,
        **kw,  # type: ignore[arg-type]
    )


def _together(events: list[MergedEvent], a: str, b: str) -> bool:
    return any({a, b} <= {s.document_id for s in e.sources} for e in events)


def test_two_dayless_reports_of_the_pair_join() -> None:
    events = merge(
        [_dayless("nhandan-1", location="Phủ Chủ tịch"), _dayless("laodong-1", location="Hà Nội")]
    )
    assert _together(events, "nhandan-1", "laodong-1")
    # "the two leaders held talks", read as two hosts, is the same meeting
    talks = _dayless("vnexpress-1", people=BOTH_HOSTS, type="talks", location="Hà Nội")
    first = _dayless("nhandan-1", location="Hà Nội")
    assert _together(merge([first, talks]), "nhandan-1", "vnexpress-1")


def test_unplaced_reports_join_when_their_urls_state_one_month() -> None:
    a = _dayless("tuoitre-1", url="https://tuoitre.vn/thoi-su/202403/thu-tuong-don-1.htm")
    b = _dayless("vietnamplus-1", url="https://vietnamplus.vn/2024/03/thu-tuong-don-2.vnp")
    assert _together(merge([a, b]), "tuoitre-1", "vietnamplus-1")


def test_nothing_but_the_pair_ties_two_reports_together() -> None:
    # Two calls of the pair, one in 2022 and one in 2024, neither placed: no guess.
    calls = [
        _dayless("baoquocte-1", type="phone_call", url="https://baoquocte.vn/goi-dien-1.html"),
        _dayless("thanhnien-1", type="phone_call", url="https://thanhnien.vn/dien-dam-2.htm"),
    ]
    assert not _together(merge(calls), "baoquocte-1", "thanhnien-1")
    # URLs stating two months of different years.
    a = _dayless("tuoitre-1", type="phone_call", url="https://tuoitre.vn/202205/goi-dien-1.htm")
    b = _dayless("vtv-1", type="phone_call", url="https://vtv.vn/2024/05/goi-dien-2.htm")
    assert not _together(merge([a, b]), "tuoitre-1", "vtv-1")
    # One report placed, the other not.
    c = _dayless("nhandan-1", location="Phủ Chủ tịch")
    assert not _together(merge([c, _dayless("laodong-1")]), "nhandan-1", "laodong-1")


def test_the_result_does_not_depend_on_the_order() -> None:
    docs = [
        _dayless("a-1", location="Hà Nội"),
        _dayless("b-1", location="Phủ Chủ tịch"),
        _dayless("c-1", type="talks", location="Hà Nội"),
    ]
    with CorpusStore() as store:
        for doc in reversed(docs):
            store.add_many([doc])
        one_by_one = merged_events(store.conn)
    assert one_by_one == merge(docs)
    assert len(one_by_one) == 1


def test_the_return_visit_a_call_or_another_country_stays_apart() -> None:
    for other in (
        _dayless("b-1", people=RETURN),
        _dayless("b-1", type="phone_call"),
        _dayless("b-1", location="Abuja"),
    ):
        assert not _together(merge([_dayless("a-1", location="Hà Nội"), other]), "a-1", "b-1")


def test_a_chain_whose_ends_do_not_fit_joins_nothing() -> None:
    docs = [_dayless("a-1", location="Hà Nội"), _dayless("b-1"), _dayless("c-1", location="Abuja")]
    events = merge(docs)
    assert len(events) == 3


def test_a_dated_meeting_they_fit_takes_them_instead() -> None:
    dated = report(
        "vov-1", "Sáng 3/4/2025, Thủ tướng đón.", people=[HOST, GUEST], date="2025-04-03"
    )
    events = merge([dated, _dayless("a-1"), _dayless("b-1")])
    assert len(events) == 1
    second = report(
        "vov-2", "Sáng 9/8/2023, Thủ tướng đón.", people=[HOST, GUEST], date="2023-08-09"
    )
    events = merge([dated, second, _dayless("a-1"), _dayless("b-1")])
    assert not _together(events, "a-1", "b-1")  # two meetings they could be of: no guess
