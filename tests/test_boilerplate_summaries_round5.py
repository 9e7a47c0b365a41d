"""Sapo or lead? Constructions written anew in our own words (names, places, outlets invented).

- the return home that closes a visit, naming the inviter and the spouse, above a dated
  paragraph about one day of the trip: the lead, kept although it reports an ending;
- a dated summary above a lead whose drop-cap first letter was lost ("huyến thăm ..."): a sapo;
- a page with no headline that opens with a one-sentence summary, then the lead that tells
  it again with its occasion or date: the summary is no body;
- near variants that must keep their first paragraph.
"""

from __future__ import annotations

import pytest
from vndiplo_boilerplate.summaries import lost_drop_cap, names_unrestated

from tests.boilerplate_helpers import body_lines as body
from tests.boilerplate_helpers import page

RETURN_HOME = (
    "Phó Chủ tịch nước Lê Minh Khoa và Phu nhân Đỗ Thị Hồng Vân cùng Đoàn đại biểu cấp cao "
    "đã về đến Thủ đô Hà Nội, kết thúc tốt đẹp chuyến thăm chính thức Hà Lan theo lời mời "
    "của Thủ tướng Hà Lan Pieter van Dalen và Phu nhân."
)
DAY_OF_TRIP = (
    "Sáng ngày 14/3, tại thành phố Rotterdam, gặp gỡ đại diện cộng đồng người Việt Nam, "
    "Phó Chủ tịch nước Lê Minh Khoa đánh giá cao những đóng góp của bà con và mong muốn "
    "cộng đồng tiếp tục đoàn kết, gắn bó với quê hương."
)
LATER = (
    "Phó Chủ tịch nước cho biết Nhà nước luôn quan tâm tới kiều bào, coi cộng đồng là một "
    "bộ phận không tách rời của dân tộc."
)


@pytest.mark.parametrize(
    "closing",
    [RETURN_HOME, RETURN_HOME.replace("đã về đến Thủ đô Hà Nội, kết thúc", "đã kết thúc")],
)
def test_the_return_home_closing_a_visit_is_the_lead(closing: str) -> None:
    text = page("Phó Chủ tịch nước kết thúc chuyến thăm Hà Lan", closing, DAY_OF_TRIP, LATER)
    assert body(text)[0] == closing


def test_a_summary_the_body_restates_is_still_a_sapo() -> None:
    summary = "Phó Chủ tịch nước Lê Minh Khoa gặp gỡ cộng đồng người Việt Nam tại Rotterdam."
    text = page("Phó Chủ tịch nước thăm Hà Lan", summary, DAY_OF_TRIP, LATER)
    assert body(text)[0] == DAY_OF_TRIP


ANNOUNCED = (
    "Phủ Tổng thống thông báo Tổng thống Anna Kowalska sẽ hội đàm với Chủ tịch nước "
    "Vũ Đức Hạnh ở thành phố Gdańsk vào ngày 12/5 tới."
)
DROP_CAP_LEAD = (
    "huyến thăm của Chủ tịch nước Vũ Đức Hạnh tới Ba Lan diễn ra trong năm kỷ niệm quan hệ "
    "hai nước, với nhiều hoạt động hợp tác kinh tế và giáo dục."
)


@pytest.mark.parametrize(
    "lead",
    [DROP_CAP_LEAD, "rong chuyến thăm Ba Lan, Chủ tịch nước Vũ Đức Hạnh sẽ dự diễn đàn kinh tế."],
)
def test_a_summary_above_a_lost_drop_cap_is_a_sapo(lead: str) -> None:
    text = page("Chủ tịch nước sẽ hội đàm với Tổng thống Ba Lan", ANNOUNCED, lead, LATER)
    assert body(text)[0] == lead


def test_a_slug_in_lower_case_is_no_drop_cap() -> None:
    assert not lost_drop_cap("ba lan hoi dam viet nam thong bao Bất đồng giữa hai bên")
    assert lost_drop_cap("huyến thăm của đoàn diễn ra")
    assert not lost_drop_cap("Chuyến thăm của đoàn diễn ra")


SUMMARY = "Chủ tịch Quốc hội Mai Văn Thịnh gửi điện mừng tới Nghị viện Chile nhân dịp bầu lãnh đạo."
RESTATING = (
    "Nhân dịp bà Carla Rojas được bầu làm Chủ tịch Thượng viện Chile, ngày 3/8/2019, Chủ tịch "
    "Quốc hội Mai Văn Thịnh đã gửi điện mừng tới bà Carla Rojas, chúc Nghị viện Chile thành công."
)


@pytest.mark.parametrize("lead", [RESTATING, RESTATING.split(", ", 1)[1].capitalize()])
def test_a_headless_summary_above_its_restated_lead_is_no_body(lead: str) -> None:
    if not lead.startswith(("Nhân dịp", "Ngày")):
        lead = "Ngày 3/8/2019, " + lead[0].lower() + lead[1:]
    assert body(page(SUMMARY, lead))[0] == lead


def test_a_headless_lead_above_a_new_dated_event_stays() -> None:
    # The first paragraph is an event of its own; the dated one below tells another.
    lead = "Chủ tịch Quốc hội Mai Văn Thịnh đã tiếp Đại sứ Chile Tomás Vidal tại Nhà Quốc hội."
    other = (
        "Ngày 4/8, Đại sứ Tomás Vidal cũng làm việc với lãnh đạo tỉnh Quảng Ngãi về hợp tác "
        "trồng nho và xuất khẩu rượu vang sang thị trường Việt Nam trong năm tới."
    )
    assert body(page(lead, other))[0] == lead


def test_names_unrestated_counts_capitals_missing_below() -> None:
    text = "Ông Pieter van Dalen tiếp Đoàn. Sau đó có ông Khoa."
    assert names_unrestated("Ông Pieter Dalen gặp Khoa", text, 0) is False
    assert names_unrestated("Ông Hendrik Smit gặp Khoa", text, 0) is False  # two: too few
    assert names_unrestated("Ông Hendrik Smit và Jan Bos gặp Khoa", text, 0) is True
