"""The summary-above-lead rule (round 17) leaves a first paragraph that tells its own time.

A first paragraph written from the writer's day ("hôm nay", "trong năm 2018") reports the news
itself; the dated paragraph below it goes on with the details. Only an undated one, with no time
of its own, is the lead's summary. Found by the round's transfer check (two older dev pages lost
their opening paragraph); invented wordings.
"""

from __future__ import annotations

import pytest

import vndiplo

LEAD = (
    "Theo Bộ Công Thương Việt Nam, từ ngày 9 đến 12/5, ông gặp các quan chức thương mại Hàn"
    " Quốc, các trợ lý của Thủ tướng Yoon và Ủy ban Thương mại Quốc hội nhằm thảo luận về quan"
    " hệ Việt Nam – Hàn Quốc."
)


def _first_paragraph_kind(first: str) -> str:
    text = "\n".join(
        [
            "Thứ trưởng Công Thương Việt Nam thăm Hàn Quốc",
            "![]() |",
            "Ông Lê Văn Tâm (trái) tại một hội nghị năm 2016. |",
            first,
            LEAD,
            "Trong lịch trình làm việc hôm 10/5, Thứ trưởng Thương mại Hàn Quốc Kim Min-su đã gặp"
            " ông Lê Văn Tâm tại trụ sở Bộ.",
            "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, giáo dục và văn hóa.",
        ]
    )
    doc = vndiplo.extract(text, published="2018-05-13")
    return next(b.kind for b in doc.blocks if text[b.start : b.end] == first)


@pytest.mark.parametrize(
    "first",
    [
        "Ông Lê Văn Tâm hôm nay bắt đầu chuyến thăm Hàn Quốc kéo dài bốn ngày để “trao đổi các"
        " biện pháp thúc đẩy quan hệ hai nước”.",
        "Ông Lê Văn Tâm mới tới Hàn Quốc trong chuyến thăm kéo dài bốn ngày để “trao đổi các biện"
        " pháp thúc đẩy quan hệ hai nước trong năm 2018”.",
    ],
)
def test_first_paragraph_with_its_own_time_is_body(first: str) -> None:
    assert _first_paragraph_kind(first) == "body"


def test_undated_summary_above_the_lead_is_still_its_sapo() -> None:
    first = (
        "Ông Lê Văn Tâm mới tới Hàn Quốc trong chuyến thăm kéo dài bốn ngày để “trao đổi các biện"
        " pháp thúc đẩy quan hệ hai nước”."
    )
    assert _first_paragraph_kind(first) == "boilerplate"
