"""A plan whose meeting the corpus holds only undated (pages without a stamp): the plan's page
counts for that meeting when nothing else could be it (vndiplo.corpus.mention_undated).

Whole pipeline (Runner), our own sentences; no page has a stamp or a date in its URL, so the
reports are year-less ("chiều 12-3") or dated by nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from vndiplo import Runner
from vndiplo.corpus import CorpusStore
from vndiplo.corpus.mention_undated import _month_days, _near
from vndiplo.corpus.page_record import page_record

TALKS_A = (
    "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Thái Lan\n\n"
    "Chiều 12-3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng "
    "Thái Lan Srettha Thavisin."
)
TALKS_B = (
    "Hai Thủ tướng Việt Nam - Thái Lan hội đàm\n\n"
    "Chiều 12-3, Thủ tướng Thái Lan Srettha Thavisin và Thủ tướng Phạm Minh Chính đã hội đàm "
    "tại Hà Nội."
)
MEETING = (
    "Tổng Bí thư Tô Lâm hội kiến Tổng thống Chile\n\n"
    "Sáng 9-5, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã hội kiến Tổng thống Chile "
    "Gabriel Boric."
)
VISIT_A = (
    "Chủ tịch Quốc hội đến Viêng Chăn\n\n"
    "Chiều 5-10, Chủ tịch Quốc hội Trần Thanh Mẫn đã đến Viêng Chăn, bắt đầu thăm chính thức "
    "Lào theo lời mời của Chủ tịch Quốc hội Lào Saysomphone Phomvihane."
)
VISIT_B = (
    "Chủ tịch Quốc hội Trần Thanh Mẫn thăm Lào\n\n"
    "Trưa 5-10, Chủ tịch Quốc hội Trần Thanh Mẫn đã tới Thủ đô Viêng Chăn, bắt đầu chuyến thăm "
    "chính thức Lào theo lời mời của Chủ tịch Quốc hội Lào Saysomphone Phomvihane."
)

#: Announcements of the talks (or the meeting, or the visit), each varying one feature.
PLANS = {
    # the talks announced within the visit
    "talks-in-visit": (
        "Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Thái Lan Srettha Thavisin sẽ "
        "thăm chính thức Việt Nam. Dự kiến trong chuyến thăm, Thủ tướng Srettha Thavisin sẽ hội "
        "đàm với Thủ tướng Phạm Minh Chính.",
        "talks",
    ),
    # the other side first, another verb of the plan
    "order-and-verb": (
        "Theo kế hoạch, Thủ tướng Phạm Minh Chính sẽ tiến hành hội đàm với Thủ tướng Thái Lan "
        "Srettha Thavisin.",
        "talks",
    ),
    # the plan a paragraph below an arrival whose welcomer is a deputy minister
    "after-arrival": (
        "Tối 11-3, Thủ tướng Thái Lan Srettha Thavisin đã đến Hà Nội, bắt đầu chuyến thăm chính "
        "thức Việt Nam. Đón Thủ tướng tại sân bay có Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt.\n\n"
        "Theo chương trình, Thủ tướng Srettha Thavisin sẽ hội đàm với Thủ tướng Phạm Minh Chính.",
        "talks",
    ),
    # a call on the party leader, in brackets after the programme
    "meeting-bracketed": (
        "Theo chương trình (trong thời gian ở Hà Nội), Tổng thống Chile Gabriel Boric sẽ hội kiến "
        "Tổng Bí thư Tô Lâm.",
        "meeting",
    ),
    # the guest to be received, in the passive
    "received": (
        "Tối 8-5, Tổng thống Chile Gabriel Boric đã đến Hà Nội. Ra sân bay đón có Thứ trưởng Bộ "
        "Ngoại giao Lê Thị Thu Hằng.\n\nTrong chuyến thăm, Tổng thống Gabriel Boric sẽ được Tổng "
        "Bí thư Tô Lâm tiếp.",
        "meeting",
    ),
    # a visit announced with its year and days, the arrivals told without a year
    "visit-with-year": (
        "Theo lời mời của Chủ tịch Quốc hội Lào Saysomphone Phomvihane, Chủ tịch Quốc hội Trần "
        "Thanh Mẫn sẽ thăm chính thức Lào từ ngày 5 đến 7/10/2024.",
        "visit",
    ),
}

REPORTS = {
    "talks": (TALKS_A, TALKS_B),
    "meeting": (MEETING, MEETING.replace("Sáng 9-5", "Sáng 9/5").replace("Tô Lâm đã", "Tô Lâm")),
    "visit": (VISIT_A, VISIT_B),
}


def _records(texts: dict[str, str]) -> dict[str, str | None]:
    runner = Runner()
    docs = list(runner.run_many([{"id": k, "text": t} for k, t in texts.items()]))
    with CorpusStore() as store:
        store.add_many(docs)
        return {k: page_record(store.conn, k) for k in texts}


def _plan_and_reports(plan: str, kind: str) -> dict[str, str | None]:
    first, second = REPORTS[kind]
    return _records({"plan": "Thông báo\n\n" + plan, "r1": first, "r2": second})


def test_each_wording_of_a_plan_counts_for_the_undated_meeting() -> None:
    passing = []
    for name, (plan, kind) in PLANS.items():
        got = _plan_and_reports(plan, kind)
        if got["r1"] is not None and got["plan"] == got["r1"] == got["r2"]:
            passing.append(name)
    assert passing == list(PLANS)


def test_a_plan_for_other_days_stays_apart() -> None:
    plan = (
        "Theo lời mời của Chủ tịch Quốc hội Lào Saysomphone Phomvihane, Chủ tịch Quốc hội Trần "
        "Thanh Mẫn sẽ thăm chính thức Lào từ ngày 20 đến 22/6/2025."
    )
    got = _plan_and_reports(plan, "visit")
    assert got["r1"] == got["r2"] and got["plan"] != got["r1"]


def test_a_pair_that_also_met_on_a_stated_day_keeps_the_plan_apart() -> None:
    plan, _kind = PLANS["talks-in-visit"]
    dated = (
        "Hà Nội, ngày 20/8/2023 - Sáng 20/8, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng "
        "Thái Lan Srettha Thavisin.\n\nChiều cùng ngày, hai Thủ tướng đã hội đàm trực tiếp tại "
        "Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Srettha Thavisin."
    )
    got = _records({"plan": plan, "r1": TALKS_A, "r2": TALKS_B, "old": dated})
    assert got["plan"] not in (got["r1"], got["old"])


def test_a_pair_that_met_twice_undated_keeps_the_plan_apart() -> None:
    plan, _kind = PLANS["talks-in-visit"]
    other = TALKS_A.replace("Chiều 12-3", "Sáng 4-11")
    got = _records({"plan": plan, "r1": TALKS_A, "r2": TALKS_B, "r3": other})
    assert got["r1"] == got["r2"] != got["r3"]
    assert got["plan"] not in (got["r1"], got["r3"])


def test_a_plan_naming_one_side_stays_apart() -> None:
    plan = "Thủ tướng Thái Lan Srettha Thavisin sẽ thăm chính thức Việt Nam trong thời gian tới."
    got = _records({"plan": plan, "r1": TALKS_A, "r2": TALKS_B})
    assert got["plan"] != got["r1"]


@given(st.text(max_size=30), st.dates(), st.integers(min_value=0, max_value=40))
def test_month_days_never_fail_and_cover_at_most_a_week(
    junk: str, start: dt.date, length: int
) -> None:
    assert len(_month_days(junk)) <= 7
    end = start + dt.timedelta(days=length)
    days = _month_days(f"{start.isoformat()}/{end.isoformat()}")
    assert days[0] == start.strftime("%m-%d") and len(days) == min(length + 1, 7)
    assert all(_near(day, day) for day in days)


def test_the_link_follows_later_builds(tmp_path: Path) -> None:
    plan, _kind = PLANS["talks-in-visit"]
    runner = Runner()
    path = tmp_path / "c.sqlite"

    def build(texts: dict[str, str]) -> dict[str, str | None]:
        with CorpusStore(path) as store:
            store.add_many(runner.run_many([{"id": k, "text": t} for k, t in texts.items()]))
            return dict(
                store.conn.execute(
                    "SELECT document_id, event_id FROM mentions WHERE type = 'talks'"
                ).fetchall()
            )

    assert build({"plan": plan}) == {"plan": None}
    linked = build({"r1": TALKS_A, "r2": TALKS_B})["plan"]
    assert linked is not None and linked.startswith("r1#")
    # A second undated meeting of the pair: either could be the one announced.
    assert build({"r3": TALKS_A.replace("Chiều 12-3", "Sáng 4-11")})["plan"] is None
