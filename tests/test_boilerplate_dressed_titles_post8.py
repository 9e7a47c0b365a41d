"""Post-round-8 (studied): a headline printed twice, once dressed in the site's chrome.

A breadcrumb run flattened onto the headline's line ("Trang chủ <section> <headline>") or a
title bar closed by the site's name and a date ("<headline> - <site>, 12.03.2023") stands next
to the bare headline. The bare one is the title. Invented pages, other outlets' layouts.
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import page, titles

TITLE = "Chủ tịch UBND tỉnh Lạng Sơn tiếp Tổng Lãnh sự Trung Quốc tại Nam Ninh"
LEAD = (
    "Sáng 9/3, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu đã tiếp "
    "Tổng Lãnh sự Trung Quốc tại Nam Ninh Vương Minh nhân dịp ông đến chào xã giao."
)
MORE = (
    "Hai bên nhất trí tăng cường phối hợp quản lý cửa khẩu, thúc đẩy thông quan hàng hóa và "
    "trao đổi đoàn các cấp giữa Lạng Sơn và Quảng Tây trong thời gian tới."
)
STAMP = "Thứ năm, 09/03/2023 10:15"


@pytest.mark.parametrize(
    "dressed",
    [
        f"Trang chủ Tin tức Hoạt động đối ngoại {TITLE}",
        f"Trang chủ Đại sứ quán Tin tức & Sự kiện {TITLE}",
        f"Home Tin tức Ngoại vụ {TITLE}",
        f"{TITLE} - Báo Biên Cương, 1280, 09.03.2023",
        f"{TITLE} | Cổng thông tin Sở Ngoại vụ, 09/03/2023",
        f"{TITLE} - Đài Phát thanh Lạng Sơn",
    ],
)
@pytest.mark.parametrize("bare_first", [True, False])
def test_the_bare_headline_beats_its_dressed_copy(dressed: str, bare_first: bool) -> None:
    head = [TITLE, dressed] if bare_first else [dressed, TITLE]
    assert titles(page(*head, STAMP, LEAD, MORE)) == [TITLE]


@pytest.mark.parametrize(
    "longer",
    [
        # The longer headline goes on with its own words: not a copy dressed in chrome.
        f"{TITLE} và Đại sứ Lào tại Hà Nội",
        # A dash inside a headline, no site after it and no date: the headline goes on.
        "Quan hệ Việt Nam - Lào tiếp tục được củng cố ở tất cả các cấp",
    ],
)
def test_a_longer_headline_that_goes_on_is_no_dressed_copy(longer: str) -> None:
    from vndiplo_boilerplate.headlines import dressed_core

    assert dressed_core(longer, [TITLE, "Quan hệ Việt Nam"]) is None


def test_a_dated_clause_after_a_dash_in_a_headline_is_no_title_bar() -> None:
    from vndiplo_boilerplate.headlines import dressed_core

    assert dressed_core("Hội nghị ASEAN khai mạc hôm nay - dự kiến bế mạc ngày 14", []) is None
    # a bare date closing a headline with no site's name before it
    assert dressed_core("Lịch làm việc của Bộ trưởng ngày 14.10.2024", []) is None
