"""Headlines round-4 blind pages got wrong: a breadcrumb trail whose last item is the whole
headline, and a menu flattened onto one line ("Chuyên đề Tin tức - Thời sự")."""

from __future__ import annotations

import pytest
from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lexicon import compiled_markers
from vndiplo_boilerplate.sections import ends_in_section_menu

from tests.boilerplate_helpers import page, titles

HEADLINE = (
    "Diễn văn bế mạc Kỳ họp thứ Sáu, Hội đồng nhân dân thành phố khóa XVI, nhiệm kỳ 2021 - 2026"
)
LEAD = (
    "Sau ba ngày làm việc khẩn trương, Kỳ họp thứ Sáu, Hội đồng nhân dân thành phố khóa XVI đã "
    "hoàn thành toàn bộ nội dung chương trình đề ra."
)
NEXT = "Kỳ họp đã xem xét, thông qua 18 nghị quyết quan trọng về kinh tế - xã hội của thành phố."


def test_a_trail_ending_in_the_headline_is_a_breadcrumb() -> None:
    trail = "> Trang chủ > Hoạt động HĐND > " + HEADLINE[:60] + " -"
    assert rules.is_breadcrumb(trail, len(trail.split()))
    assert titles(page(trail, HEADLINE, "08/07/2023", LEAD, NEXT)) == [HEADLINE]


def test_one_arrow_in_a_long_line_is_no_trail() -> None:
    line = (
        "Giá vàng hôm nay > 80 triệu đồng mỗi lượng, người dân đổ xô đi mua vàng tại các cửa hàng"
    )
    assert not rules.is_breadcrumb(line, len(line.split()))


SECTIONS = compiled_markers(None).sections


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Những chủ trương lớn Tin tức - Thời sự", True),
        ("Hội nghị quân chính Quốc phòng | Đối ngoại", True),
        ("Việt Nam - Lào thúc đẩy hợp tác kinh tế - văn hóa", False),
        ("Thủ tướng tiếp Đại sứ Nhật Bản - Tin tức", False),
    ],
)
def test_a_menu_flattened_onto_a_line(line: str, menu: bool) -> None:
    assert ends_in_section_menu(line, SECTIONS) is menu


def test_a_menu_line_is_no_title() -> None:
    found = titles(
        page("Thứ Hai, 03/06/2024, 08:15", "Chuyên đề lớn Tin tức - Thời sự", LEAD, NEXT)
    )
    assert found == []
