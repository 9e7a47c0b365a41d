"""Round-10 year-inference guards, in invented wordings with near misses:

* a bid, a candidacy or a vision names a year far ahead ("kêu gọi ủng hộ để X đăng cai ... năm
  2034", "ứng cử ... năm 2030", "tầm nhìn đến năm 2045"): it is no plan of the coming year, so
  a page without a stamp keeps its days year-less; a plan of the coming year still ties it;
* a plan sentence in the future tense that names a month with its year up to about six months
  after the main day ("sẽ được tổ chức vào tháng 1-2012") fixes the main day's year;
* a day reported as done ("đã tiếp") in a month after the page stamp's is the year before's
  (README round 9 #4); a planned day, or one in the stamp's month, keeps the stamp's year.
"""

from __future__ import annotations

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _first_date(runner: vndiplo.Runner, text: str, published: str | None = None) -> str:
    doc = runner.run({"id": "t", "text": text, "published": published})
    return doc.dates[0].value


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Ngoại giao Nhật Bản cho biết Ngoại trưởng Sato chiều ngày 13/7 đã điện đàm với "
        "người đồng cấp Việt Nam Lê Văn Hải. Ông Sato kêu gọi sự ủng hộ của Việt Nam để Nhật "
        "Bản đăng cai Đại hội Thể thao châu Á năm 2034 và hy vọng quan hệ sẽ phát triển.",
        "Sáng 4/11, Thứ trưởng Ngoại giao Đỗ Hùng tiếp Đại sứ Ba Lan Adam Nowak. Đại sứ đề nghị "
        "Việt Nam ủng hộ Ba Lan ứng cử thành viên Hội đồng Nhân quyền nhiệm kỳ năm 2029 và sẽ "
        "tiếp tục thúc đẩy hợp tác.",
        "Chiều 22/9, Bí thư Tỉnh ủy Lê Thành Công tiếp Thống đốc tỉnh Chiba Ito Kenta. Hai bên "
        "sẽ triển khai chương trình hợp tác theo tầm nhìn đến năm 2045.",
    ],
)
def test_a_bid_or_a_vision_does_not_date_the_page(runner: vndiplo.Runner, text: str) -> None:
    assert _first_date(runner, text).startswith("--")


@pytest.mark.parametrize(
    "plan",
    [
        "Hai bên sẽ phối hợp tổ chức các hoạt động trong năm 2016.",
        # the plan word after the year, in the year's own clause
        "Hai bên nhấn mạnh bối cảnh năm 2016 hai nước sẽ kỷ niệm 25 năm quan hệ.",
        # a year opening its clause, the plan word after it
        "Hai bên cho biết, trong năm 2016, hai bộ sẽ tổ chức kỳ họp Ủy ban liên chính phủ.",
    ],
)
def test_a_plan_of_the_coming_year_still_dates_the_page(runner: vndiplo.Runner, plan: str) -> None:
    text = f"Sáng 10/8, Thủ tướng Lê Hoàng Nam tiếp Bộ trưởng Ngoại giao Chile Pedro Soto. {plan}"
    assert _first_date(runner, text) == "2015-08-10"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Chiều ngày 1-9, tại Trụ sở Trung ương Đảng, Tổng Bí thư Lê Minh Hùng đã tiếp đồng "
            "chí Carlos Pérez, Trưởng Ban Đối ngoại Đảng Cộng sản Cuba. Đồng chí Carlos Pérez "
            "thông báo công tác chuẩn bị cho Hội nghị toàn quốc của Đảng bạn sẽ được tổ chức vào "
            "tháng 1-2012.",
            "2011-09-01",
        ),
        (
            "Sáng 10/8, Thủ tướng Lê Hoàng Nam tiếp Bộ trưởng Ngoại giao Chile Pedro Soto. Hai "
            "bên nhất trí sẽ tổ chức kỳ họp Ủy ban hỗn hợp vào tháng 12/2015.",
            "2015-08-10",
        ),
        (
            "Ngày 20.11, Chủ tịch UBND tỉnh Đặng Văn Bình làm việc với Đoàn tỉnh Attapeu. Lễ kỷ "
            "niệm sẽ được tổ chức vào tháng 3 năm 2019 tại Attapeu.",
            "2018-11-20",
        ),
    ],
)
def test_a_planned_month_months_ahead_dates_the_page(
    runner: vndiplo.Runner, text: str, value: str
) -> None:
    assert _first_date(runner, text) == value


def test_a_past_month_far_before_fixes_nothing(runner: vndiplo.Runner) -> None:
    text = (
        "Sáng 10/8, Thủ tướng Lê Hoàng Nam tiếp Bộ trưởng Ngoại giao Chile Pedro Soto. Hai bên "
        "nhắc lại kết quả kỳ họp Ủy ban hỗn hợp hồi tháng 2/2015."
    )
    assert _first_date(runner, text).startswith("--")


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        (
            "Ngày 15/5, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Lê Thị Hoa đã tiếp đoàn Thanh "
            "niên Lào do ông Somphone Keo dẫn đầu.",
            "2019-03-20",
            "2018-05-15",
        ),
        (
            "Chiều 2/12, Giám đốc Sở Ngoại vụ Hà Văn Tín đã làm việc với Tổng Lãnh sự Lào.",
            "2021-10-28",
            "2020-12-02",
        ),
        (
            "Sáng 9-7, Đại sứ Trần Minh Đức đã chào xã giao Bộ trưởng Ngoại giao Peru.",
            "2016-05-30",
            "2015-07-09",
        ),
    ],
)
def test_a_day_reported_done_after_the_stamps_month_is_last_years(
    runner: vndiplo.Runner, text: str, published: str, value: str
) -> None:
    assert _first_date(runner, text, published) == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # planned: the coming May
        (
            "Ngày 15/5, Phó Chủ tịch Quốc hội Lê Thị Hoa sẽ tiếp đoàn Thanh niên Lào.",
            "2019-03-20",
            "2019-05-15",
        ),
        # the stamp's own month: a later day of it is this year's
        (
            "Ngày 25/3, Phó Chủ tịch Quốc hội Lê Thị Hoa đã tiếp đoàn Thanh niên Lào.",
            "2019-03-20",
            "2019-03-25",
        ),
        # no tense word: the nearest reading stays
        (
            "Ngày 15/5, Phó Chủ tịch Quốc hội Lê Thị Hoa tiếp đoàn Thanh niên Lào.",
            "2019-03-20",
            "2019-05-15",
        ),
    ],
)
def test_a_planned_or_same_month_day_keeps_the_stamps_year(
    runner: vndiplo.Runner, text: str, published: str, value: str
) -> None:
    assert _first_date(runner, text, published) == value
