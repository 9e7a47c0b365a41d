"""A plan stated without a date, inside a visit an unstamped page announces with its days: the
plan takes the visit's dates, and its page counts for the meeting it announced
(vndiplo.corpus.mention_frame); a plan naming the counterpart respelt the Vietnamese way
("Thoong-lun Xỉ-xu-lít") still meets the reports naming "Thongloun Sisoulith".

Whole pipeline (Runner), our own sentences. The plan pages have no stamp and no URL.
"""

from __future__ import annotations

from vndiplo import Runner
from vndiplo.corpus import CorpusStore
from vndiplo.corpus.page_record import page_record

TALKS_A = (
    "Chủ tịch nước Lương Cường hội đàm với Tổng Bí thư, Chủ tịch nước Lào\n\n"
    "Viêng Chăn, ngày 9/8/2024 - Chiều 9/8, Chủ tịch nước Lương Cường đã hội đàm với Tổng Bí "
    "thư, Chủ tịch nước Lào Thongloun Sisoulith tại Viêng Chăn."
)
TALKS_B = (
    "Lãnh đạo cấp cao Việt Nam - Lào hội đàm\n\n"
    "Viêng Chăn, ngày 10/8/2024 - Chiều qua, tại Phủ Chủ tịch Lào, Tổng Bí thư, Chủ tịch nước "
    "Lào Thongloun Sisoulith và Chủ tịch nước Lương Cường đã hội đàm."
)
LAO = "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith"

#: Announcements made at a briefing "chiều nay" (the page implies no publication date), each
#: varying one feature of the first.
PLANS = {
    "frame-then-plan": "Tại họp báo chiều nay, người phát ngôn cho biết chuyến thăm chính thức "
    "Lào của Chủ tịch nước Lương Cường diễn ra từ ngày 9 đến 10/8/2024. Theo chương trình, Chủ "
    f"tịch nước Lương Cường sẽ hội đàm với {LAO}.",
    "plan-next-paragraph": "Tại họp báo chiều nay, người phát ngôn cho biết chuyến thăm chính "
    "thức Lào của Chủ tịch nước Lương Cường diễn ra từ ngày 9 đến 10/8/2024.\n\nDự kiến trong "
    f"khuôn khổ chuyến thăm, Chủ tịch nước Lương Cường sẽ hội kiến {LAO}.",
    "other-briefing": "Sáng nay, Bộ Ngoại giao thông tin về chuyến thăm hữu nghị chính thức Lào "
    "của Chủ tịch nước Lương Cường, diễn ra trong hai ngày 9-10/8/2024. Trong chuyến thăm, Chủ "
    f"tịch nước Lương Cường sẽ hội đàm với {LAO}.",
    "respelt-counterpart": "Tại họp báo chiều nay, người phát ngôn cho biết chuyến thăm chính "
    "thức Lào của Chủ tịch nước Lương Cường diễn ra từ ngày 9 đến 10/8/2024. Theo chương trình, "
    "Chủ tịch nước Lương Cường sẽ hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thoong-lun "
    "Xỉ-xu-lít.",
    "invited-frame": "Tại họp báo chiều nay, người phát ngôn cho biết, nhận lời mời của "
    f"{LAO}, Chủ tịch nước Lương Cường sẽ thăm chính thức Lào từ ngày 9 đến 10/8/2024 (theo "
    "thông cáo). Trong thời gian ở Viêng Chăn, Chủ tịch nước Lương Cường sẽ hội đàm với "
    f"{LAO}.",
    "plan-before-frame": f"Chủ tịch nước Lương Cường sẽ hội đàm với {LAO} trong chuyến thăm "
    "chính thức Lào. Tại họp báo hôm qua, người phát ngôn cho biết chuyến thăm diễn ra ngày "
    "9-10/8/2024.",
}


def _records(texts: dict[str, str]) -> dict[str, str | None]:
    docs = list(Runner().run_many([{"id": k, "text": t} for k, t in texts.items()]))
    with CorpusStore() as store:
        store.add_many(docs)
        return {k: page_record(store.conn, k) for k in texts}


def _plan_page(plan: str) -> dict[str, str | None]:
    return _records({"plan": "Chủ tịch nước sẽ thăm Lào\n\n" + plan, "r1": TALKS_A, "r2": TALKS_B})


def test_each_wording_counts_for_the_meeting_its_visit_frame_dates() -> None:
    passing = []
    for name, plan in PLANS.items():
        got = _plan_page(plan)
        if got["r1"] is not None and got["plan"] == got["r1"] == got["r2"]:
            passing.append(name)
    assert passing == list(PLANS)


def test_a_tour_of_two_legs_dates_no_plan() -> None:
    # Each leg, dated, links as announced visits do; the talks could be on either leg's days.
    plan = (
        "Chủ tịch nước Lương Cường sẽ thăm chính thức Lào từ ngày 9 đến 10/8/2024 và thăm chính "
        "thức Campuchia từ ngày 11 đến 12/8/2024. Dự kiến trong chuyến thăm, Chủ tịch nước Lương "
        f"Cường sẽ hội đàm với {LAO}."
    )
    docs = list(Runner().run_many([{"id": "plan", "text": plan}, {"id": "r1", "text": TALKS_A}]))
    with CorpusStore() as store:
        store.add_many(docs)
        links = store.conn.execute(
            "SELECT type, date, event_id FROM mentions WHERE kind = 'planned' ORDER BY id"
        ).fetchall()
    assert ("talks", None, None) in links


def test_a_visit_of_other_days_keeps_the_plan_apart() -> None:
    got = _plan_page(PLANS["frame-then-plan"].replace("9 đến 10/8/2024", "20 đến 21/9/2025"))
    assert got["r1"] == got["r2"] and got["plan"] != got["r1"]


def test_a_recalled_visit_dates_no_plan() -> None:
    got = _plan_page(
        "Chuyến thăm Lào tháng 3/2019 của Chủ tịch nước Lương Cường đã để lại nhiều dấu ấn. "
        f"Chủ tịch nước Lương Cường sẽ hội đàm với {LAO}."
    )
    assert got["r1"] == got["r2"] and got["plan"] != got["r1"]


def test_a_visit_dated_by_its_year_or_month_only_dates_no_plan() -> None:
    for when in ("năm 2019", "tháng 3/2019"):
        got = _plan_page(
            f"Chuyến thăm Lào {when} của Chủ tịch nước Lương Cường đã để lại nhiều dấu ấn. Chủ "
            f"tịch nước Lương Cường sẽ hội đàm với {LAO}."
        )
        assert got["r1"] == got["r2"] and got["plan"] != got["r1"]
