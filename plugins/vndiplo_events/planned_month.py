"""An announced act dated only by its month takes the day a later mention gives it.

"Tổng thống A và Chủ tịch B sẽ gặp nhau vào cuối tháng này ... cuộc gặp giữa hai nhà lãnh đạo
sẽ diễn ra vào khoảng 10 giờ sáng (thứ Sáu ngày 22 tháng 6)": the lead's month is the
announcement's first word on the date, the later day its fuller one (README round 5 "A planned
main event": the scorer compares the date as for a past act). A later mention of the same
type, still to come or referring back ("Cuộc hội đàm dự kiến diễn ra vào chiều 22/6"), with no
other people than the act's and a day inside that month, dates it.
"""

from __future__ import annotations

from collections.abc import Sequence

from vndiplo_events.candidate import Candidate
from vndiplo_events.event_dates import date_value, part_of_day_near, written_part_of_day
from vndiplo_events.view import ArticleView

__all__ = ["day_in_planned_month"]


def day_in_planned_month(
    view: ArticleView, act: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """``act`` with the day a later planned mention gives inside its month (see the module)."""
    month = act.iso_date
    if not act.planned or month is None or len(month) not in (4, 7):  # "--06", "2007-06"
        return act
    names = {p.name for p in act.participants}
    for cand in candidates:
        ref = cand.date
        if (
            cand.hit.start <= act.hit.start
            or cand.type != act.type
            or not (cand.planned or cand.form == "backref")  # "Cuộc hội đàm dự kiến ..."
            or ref is None
            or ref.expr.kind not in ("date", "datetime")
            or not {p.name for p in cand.participants} <= names
        ):
            continue
        day = date_value(ref)
        if not day.startswith(month) or len(day) <= len(month):
            continue
        return act.but(
            date=ref,
            date_value=day,
            part_of_day=written_part_of_day(ref) or part_of_day_near(view.lower, ref.start),
        )
    return act
