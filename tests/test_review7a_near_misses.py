"""Round-7 review: near misses and untested variants of the round's rules, in invented words.

* an attendee list opened by "dự": "Dự án có ...", "Dự thảo có ...", "Dự báo có ..." name no
  attendee (the trigger table's "dự" compounds);
* a memorial's "của" names the honoured one only when the site's capital stands inside its
  sentence and the words before "của" describe it; a clause about the site at a sentence's
  start ("Tượng đài được khánh thành với sự tham dự của ...") names a person met;
* the lead's "tại" place inside a "sau/trước ..." clause is another act's place;
* "ĐT" alone (a team) is no contact bar beside a masthead date;
* "thủ đô X của nước Y" keeps its owner; "Ngày Độc lập <country> 4/7" names a holiday.
"""

from __future__ import annotations

import pytest

from vndiplo import Runner
from vndiplo.model import Document


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


def _run(runner: Runner, text: str, published: str | None = "2024-04-03") -> Document:
    return runner.run({"id": "r7a", "text": text, "published": published})


_OPENING = (
    "Bộ trưởng dự lễ khánh thành nhà máy\n\n"
    "Sáng 3/4, Bộ trưởng Công Thương Trần Minh Quang đã dự lễ khánh thành nhà máy điện gió "
    "Bình Sơn tại tỉnh Ninh Thuận. "
)


@pytest.mark.parametrize(
    "after",
    [
        "Dự án có tổng vốn 200 triệu USD, do ông Hoàng Đức Lâm, Chủ tịch Tập đoàn Gió Xanh, "
        "làm chủ đầu tư.",
        "Dự thảo có ý kiến góp ý của ông Hoàng Đức Lâm, Chủ tịch Tập đoàn Gió Xanh.",
        "Dự báo có mưa lớn, ông Hoàng Đức Lâm, Chủ tịch Tập đoàn Gió Xanh, đã cho dời giờ lễ.",
    ],
)
def test_a_noun_opened_by_du_is_no_attendee_list(runner: Runner, after: str) -> None:
    main = _run(runner, _OPENING + after).events[0]
    assert main.type == "attend"
    assert [p.name for p in main.participants] == ["Trần Minh Quang"]


def test_an_attendee_list_after_cung_tham_du_still_counts(runner: Runner) -> None:
    after = (
        "Cùng tham dự có ông Hoàng Đức Lâm, Chủ tịch Tập đoàn Gió Xanh và bà Phan Thu Hà, "
        "Phó Chủ tịch UBND tỉnh."
    )
    names = {p.name for p in _run(runner, _OPENING + after).events[0].participants}
    assert names == {"Trần Minh Quang", "Hoàng Đức Lâm", "Phan Thu Hà"}


_VISIT = (
    "Đoàn đại biểu thăm tỉnh Quảng Bình\n\n"
    "Sáng 3/4, Phó Chủ tịch Quốc hội Đỗ Minh Tâm đã dẫn đầu đoàn công tác thăm tỉnh Quảng "
    "Bình. "
)


@pytest.mark.parametrize(
    ("after", "name"),
    [
        (
            "Tượng đài được khánh thành với sự tham dự của Chủ tịch UBND tỉnh Lương Văn Hùng.",
            "Lương Văn Hùng",
        ),
        ("Bảo tàng tiếp nhận kỷ vật của Đại tá Nguyễn Văn Bình.", "Nguyễn Văn Bình"),
        ("Di tích được trùng tu nhờ khoản tài trợ của Đại sứ Nhật Bản Kenji Ota.", "Kenji Ota"),
        ("Sau lễ, Bảo tàng nhận bức thư của Thứ trưởng Mai Thị Loan.", "Mai Thị Loan"),
        ("Đoàn thăm Nhà lưu niệm đã nhận sách của Thứ trưởng Mai Thị Loan.", "Mai Thị Loan"),
    ],
)
def test_a_clause_about_a_site_names_a_person(runner: Runner, after: str, name: str) -> None:
    assert name in {p.name for p in _run(runner, _VISIT + after).people}


def test_a_site_described_by_noi_still_holds_no_person(runner: Runner) -> None:
    after = "Đoàn dâng hương tại Khu di tích nơi sinh và lớn lên của Đại tướng Trần Quốc Hưng."
    assert "Trần Quốc Hưng" not in {p.name for p in _run(runner, _VISIT + after).people}


_CONTACT_HEADLINE = "Phó Thủ tướng gặp Ngoại trưởng Nhật Bản\n\n"


def test_a_place_of_an_earlier_act_is_not_the_lead_place(runner: Runner) -> None:
    lead = (
        "Sáng 14/3, sau chuyến thăm tại Lào, Phó Thủ tướng Vũ Đức Long có cuộc tiếp xúc với "
        "Ngoại trưởng Nhật Bản Hiro Tanaka ở Hà Nội."
    )
    main = _run(runner, _CONTACT_HEADLINE + lead, "2024-03-14").events[0]
    assert main.location != "Lào"


def test_a_fronted_lead_place_after_sau_do_still_counts(runner: Runner) -> None:
    lead = (
        "Sáng 14/3, sau đó tại Tokyo, Phó Thủ tướng Vũ Đức Long có cuộc tiếp xúc với Ngoại "
        "trưởng Nhật Bản Hiro Tanaka."
    )
    main = _run(runner, _CONTACT_HEADLINE + lead, "2024-03-14").events[0]
    assert main.location == "Tokyo"


_BODY = (
    "Thủ tướng tiếp Đại sứ Lào\n\n"
    "Sáng 3/4, tại Hà Nội, Thủ tướng Lê Văn An đã tiếp Đại sứ Lào Somsak Phom. Hai bên trao "
    "đổi về hợp tác kinh tế, giáo dục và du lịch trong thời gian tới.\n\n"
    "Đại sứ Somsak Phom cảm ơn sự giúp đỡ của Việt Nam đối với Lào trong những năm qua.\n"
)


def test_a_team_abbreviation_is_no_contact_bar(runner: Runner) -> None:
    doc = _run(runner, "Thứ Tư, 3/4/2024\nBóng đá ĐT Việt Nam\n" + _BODY, None)
    assert str(doc.published) == "2024-04-03"


def test_a_hotline_beside_the_masthead_date_still_marks_the_clock(runner: Runner) -> None:
    doc = _run(runner, "Thứ Tư, 3/4/2024\nĐT: 024 3825 1234\n" + _BODY, None)
    assert doc.published is None


def test_a_capital_of_nuoc_country_keeps_its_owner(runner: Runner) -> None:
    text = (
        "Thủ tướng hội đàm với Thủ tướng Lào\n\n"
        "Chiều 3/4, tại thủ đô Viêng Chăn của nước Lào, Thủ tướng Lê Văn An đã hội đàm với Thủ "
        "tướng Lào Bounthong Vilay."
    )
    assert _run(runner, text).events[0].location == "thủ đô Viêng Chăn của nước Lào"


def test_an_independence_day_with_its_country_is_no_date(runner: Runner) -> None:
    text = (
        "Chủ tịch nước gửi điện mừng\n\n"
        "Nhân dịp Ngày Độc lập Hoa Kỳ 4/7, Chủ tịch nước Đỗ Minh Khang đã gửi điện mừng."
    )
    assert [d.text for d in _run(runner, text, "2024-07-05").dates] == []
