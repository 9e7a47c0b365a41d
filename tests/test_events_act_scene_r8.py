"""Which date and place belong to the main act, in invented words (round 8).

* A fronted "sau lễ đón ... tại X," clause after several fronted phrases (a date, "theo giờ địa
  phương", a "trong khuôn khổ / nhân dịp chuyến thăm ..." frame) still sets the talks' scene.
* A date right after the reporting verb of a trailing attribution clause ("..., Y cho biết ngày
  18/9", "..., theo thông cáo ngày 2/6 của ...") dates the statement, not the act it announces;
  the act takes the day a later sentence gives the same act, still to come.
Near misses: an airport welcome, an act with its own place, a date written before the
reporting verb or with no comma before it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Trần Văn Nam": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Paulo Mendes": {"titles": ["Tổng thống Mozambique"], "country": "MZ"},
    "Lê Thị Hoa": {"titles": ["Chủ tịch UBND tỉnh Bình Định"], "country": "VN"},
    "Kim Sung-ho": {"titles": ["Tỉnh trưởng tỉnh Gyeonggi"], "country": "KR"},
    "Kenji Ota": {"titles": ["Thủ tướng Nhật Bản"], "country": "JP"},
    "Mark Dell": {"titles": ["Tổng thống Mỹ"], "country": "US"},
    "Phạm Đức Anh": {"titles": ["Bộ trưởng Ngoại giao"], "country": "VN"},
}


def _main(text: str, dates: Sequence[Sequence[Any]]) -> Event:
    return extract_events(annotate(text, PEOPLE, dates))[0]


@pytest.mark.parametrize(
    ("text", "dates", "place"),
    [
        (
            "Sáng 7-8, theo giờ địa phương, trong khuôn khổ chuyến thăm cấp Nhà nước tới Cộng hòa "
            "Mozambique, sau lễ đón cấp Nhà nước được tổ chức trọng thể tại Phủ Tổng thống "
            "Mozambique, Chủ tịch nước Trần Văn Nam đã hội đàm với Tổng thống Mozambique Paulo "
            "Mendes.",
            [("Sáng 7-8", "--08-07", "morning")],
            "Phủ Tổng thống Mozambique",
        ),
        (
            "Chiều 3/4 (giờ địa phương), nhân dịp thăm chính thức Cộng hòa Mozambique theo lời "
            "mời của Tổng thống, ngay sau lễ đón chính thức tại Dinh Tổng thống ở Maputo, Chủ "
            "tịch nước Trần Văn Nam đã có cuộc hội đàm với Tổng thống Paulo Mendes.",
            [("Chiều 3/4", "--04-03", "afternoon")],
            "Dinh Tổng thống ở Maputo",
        ),
        (
            "Ngày 12/5, trong chương trình chuyến thăm và làm việc tại Hàn Quốc của đoàn đại biểu "
            "tỉnh Bình Định, sau lễ đón tại Trụ sở chính quyền tỉnh Gyeonggi, Chủ tịch UBND tỉnh "
            "Lê Thị Hoa đã hội đàm với Tỉnh trưởng tỉnh Gyeonggi Kim Sung-ho.",
            [("Ngày 12/5", "--05-12")],
            "Trụ sở chính quyền tỉnh Gyeonggi",
        ),
        (
            "Tối 20/10 - giờ Tokyo - nhân chuyến thăm chính thức Nhật Bản, sau khi dự lễ đón "
            "trọng thể ở Phủ Thủ tướng Nhật Bản, Bộ trưởng Ngoại giao Phạm Đức Anh đã hội đàm với "
            "Thủ tướng Nhật Bản Kenji Ota.",
            [("Tối 20/10", "--10-20", "evening")],
            "Phủ Thủ tướng Nhật Bản",
        ),
    ],
)
def test_a_welcome_after_fronted_phrases_sets_the_talks_scene(
    text: str, dates: Sequence[Sequence[Any]], place: str
) -> None:
    main = _main(text, dates)
    assert main.type == "talks"
    assert main.location == place


def test_an_airport_welcome_after_fronted_phrases_is_no_scene() -> None:
    text = (
        "Tối 6/8, theo giờ địa phương, trong khuôn khổ chuyến thăm cấp Nhà nước tới Cộng hòa "
        "Mozambique, sau lễ đón tại sân bay quốc tế Maputo, Chủ tịch nước Trần Văn Nam đã hội "
        "đàm với Tổng thống Mozambique Paulo Mendes."
    )
    location = _main(text, [("Tối 6/8", "--08-06", "evening")]).location
    assert location is None or "sân bay" not in location


def test_talks_with_their_own_place_keep_it() -> None:
    text = (
        "Sáng 7-8, theo giờ địa phương, trong khuôn khổ chuyến thăm cấp Nhà nước tới Cộng hòa "
        "Mozambique, sau lễ đón tại Quảng trường Độc lập, Chủ tịch nước Trần Văn Nam đã hội đàm "
        "với Tổng thống Mozambique Paulo Mendes tại Phủ Tổng thống."
    )
    assert _main(text, [("Sáng 7-8", "--08-07", "morning")]).location == "Phủ Tổng thống"


@pytest.mark.parametrize(
    ("text", "dates", "value"),
    [
        (
            "Thủ tướng Nhật Bản Kenji Ota có kế hoạch điện đàm với Tổng thống Mỹ Mark Dell trong "
            "thời gian tới, Chánh văn phòng Nội các cho biết ngày 18/9. Truyền thông Nhật Bản đưa "
            "tin hai bên đang chuẩn bị điện đàm vào tối 20/9.",
            [("ngày 18/9", "--09-18"), ("tối 20/9", "--09-20", "evening")],
            "--09-20",
        ),
        (
            "Thủ tướng Nhật Bản Kenji Ota có kế hoạch hội đàm với Tổng thống Mỹ Mark Dell tại "
            "Tokyo, theo thông cáo ngày 2/6 của Bộ Ngoại giao Nhật Bản. Hai nhà lãnh đạo dự kiến "
            "hội đàm vào ngày 10/6.",
            [("ngày 2/6", "--06-02"), ("ngày 10/6", "--06-10")],
            "--06-10",
        ),
        (
            "Tổng thống Mỹ Mark Dell sẽ điện đàm với Thủ tướng Nhật Bản Kenji Ota, người phát "
            "ngôn Nhà Trắng nói hôm 14/7.",
            [("hôm 14/7", "--07-14")],
            None,
        ),
        (
            "Tỉnh trưởng tỉnh Gyeonggi Kim Sung-ho sẽ thăm tỉnh Bình Định, Sở Ngoại vụ thông báo "
            "vào chiều 3/3.",
            [("chiều 3/3", "--03-03", "afternoon")],
            None,
        ),
    ],
)
def test_the_statements_day_is_not_the_acts(
    text: str, dates: Sequence[Sequence[Any]], value: str | None
) -> None:
    assert _main(text, dates).date == value


@pytest.mark.parametrize(
    "text",
    [
        # the date written before the reporting verb is the act's
        "Thủ tướng Nhật Bản Kenji Ota điện đàm với Tổng thống Mỹ Mark Dell ngày 18/9, Chánh văn "
        "phòng Nội các cho biết.",
        # no attribution clause: "cho biết" goes on from the act's own subject
        "Thủ tướng Nhật Bản Kenji Ota đã điện đàm với Tổng thống Mỹ Mark Dell và cho biết ngày "
        "18/9 hai nước sẽ ký thỏa thuận.",
    ],
)
def test_a_date_of_the_act_itself_stays(text: str) -> None:
    assert _main(text, [("ngày 18/9", "--09-18")]).date == "--09-18"


def test_the_planned_acts_part_of_day_comes_with_its_later_day() -> None:
    text = (
        "Thủ tướng Nhật Bản Kenji Ota có kế hoạch điện đàm với Tổng thống Mỹ Mark Dell, Chánh văn "
        "phòng Nội các cho biết ngày 18/9. Hai bên đang chuẩn bị điện đàm vào tối 20/9."
    )
    main = _main(text, [("ngày 18/9", "--09-18"), ("tối 20/9", "--09-20", "evening")])
    assert (main.date, main.part_of_day) == ("--09-20", "evening")
