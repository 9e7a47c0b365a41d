"""Year ties written as names, and the history guard (round-6 test taxonomy, classes 14-15).

Tied to the page: a festival greeted as the occasion with its year (any festival name), a
rotating chairmanship held now with its year. Not tied: the same names told as earlier ("từng",
"nhớ lại"), an earlier act dated "vào/hồi tháng M/Y" in a clause about the past. Decades
("những năm 1950") are ten-year spans. Sentences are invented (other names, places, years).
"""

from __future__ import annotations

import pytest

from vndiplo import extract

LEAD = "Chiều 14-4, Phó Chủ tịch UBND tỉnh Lò Văn Sang tiếp Tổng Lãnh sự Lào Xổm Xạ Vắt.\n\n"


def main_date(later: str) -> str | None:
    doc = extract(f"{LEAD}{later}\n")
    return doc.dates[0].value if doc.dates else None


@pytest.mark.parametrize(
    "later",
    [
        "Nhân dịp Tết cổ truyền Bunpimay 2031, ông chúc Nhân dân Lào an khang.",
        "Ông gửi lời chúc mừng nhân dịp Tết Songkran năm 2031 tới bà con người Thái.",
        "Tỉnh gửi lẵng hoa chúc mừng Lễ hội Chol Chnam Thmay 2031 tới cộng đồng Khmer.",
        "Đoàn đến thăm, chúc Tết Bun Pi May 2031 cán bộ Tổng Lãnh sự quán.",
        "Nhân dịp Tết Nguyên đán 2031, ông chúc sức khỏe các cán bộ.",
    ],
)
def test_a_festival_greeted_as_the_occasion_ties_the_year(later: str) -> None:
    assert main_date(later) == "2031-04-14"


@pytest.mark.parametrize(
    "later",
    [
        "Ông đánh giá cao Lào khi đảm nhiệm vai trò Chủ tịch luân phiên ASEAN 2031.",
        "Việt Nam đang giữ vai trò Chủ tịch AIPA 2031.",
        "Lào đảm nhận cương vị Chủ tịch ASEAN năm 2031 với nhiều sáng kiến.",
        "Trên cương vị Chủ tịch Mekong - Lan Thương 2031, hai bên phối hợp chặt chẽ.",
    ],
)
def test_a_chairmanship_held_now_ties_the_year(later: str) -> None:
    assert main_date(later) == "2031-04-14"


@pytest.mark.parametrize(
    "later",
    [
        # told as earlier
        "Ông nhớ lại lễ hội Bunpimay 2019 mà ông từng dự ở Luông Pha Băng.",
        "Lào từng giữ vai trò Chủ tịch ASEAN năm 2024.",
        # a festival named, not greeted; an office without a holding verb
        "Tết Bunpimay 2019 thu hút nhiều du khách.",
        "Ông Xổm Xạ Vắt nguyên là Chủ tịch ASEAN 2024 phụ trách văn hóa.",
    ],
)
def test_names_told_as_earlier_tie_nothing(later: str) -> None:
    assert main_date(later) == "--04-14"


@pytest.mark.parametrize(
    "later",
    [
        "Hai bên đã gặp nhau hồi tháng 3/2028 tại Viêng Chăn.",
        "Ông nhắc lại chuyến thăm chính thức Lào của Bí thư tỉnh vào tháng 3/2028.",
        "Hai bên từng ký kết bản ghi nhớ hợp tác hồi tháng 2/2028.",
        "Tổng Lãnh sự vừa nhận nhiệm vụ vào tháng 3/2028.",
    ],
)
def test_an_earlier_act_dated_by_its_month_fixes_no_year(later: str) -> None:
    assert main_date(later) == "--04-14"


@pytest.mark.parametrize(
    ("later", "value"),
    [
        # a month without a recalled act still puts the main day right after it
        ("Lào đã giữ chức chủ tịch luân phiên của diễn đàn tháng 3/2028.", "2028-04-14"),
        # a planned month is ahead, not recalled
        ("Hai bên sẽ tổ chức kỳ họp Ủy ban hỗn hợp vào tháng 5/2028.", "2028-04-14"),
    ],
)
def test_near_months_that_are_no_recalled_act_still_fix_the_year(later: str, value: str) -> None:
    assert main_date(later) == value


@pytest.mark.parametrize(
    ("later", "text", "value"),
    [
        ("Quan hệ hai tỉnh bắt đầu từ những năm 1950.", "những năm 1950", "1950/1959"),
        ("Những năm 1980, hai bên trao đổi học sinh.", "Những năm 1980", "1980/1989"),
        (
            "Trong thập niên những năm 1990 thương mại tăng.",
            "thập niên những năm 1990",
            "1990/1999",
        ),
        ("Ông kể về các năm 1970 gian khó.", "các năm 1970", "1970/1979"),
    ],
)
def test_a_decade_is_a_ten_year_span(later: str, text: str, value: str) -> None:
    doc = extract(f"{LEAD}{later}\n")
    assert (text, value, "span") in [(d.text, d.value, d.kind) for d in doc.dates]


@pytest.mark.parametrize(
    ("later", "text"),
    [
        ("Ông sinh năm 1950 tại Chăm Pa Sắc.", "năm 1950"),  # one year
        ("Những năm 1955 là thời kỳ khó khăn.", "năm 1955"),  # not a round decade
    ],
)
def test_a_single_year_is_no_decade(later: str, text: str) -> None:
    doc = extract(f"{LEAD}{later}\n")
    assert all(d.kind != "span" or d.text != f"những {text}" for d in doc.dates)
    assert text in [d.text for d in doc.dates]


@pytest.mark.parametrize(
    "later",
    [
        "Hướng tới kỷ niệm 10 năm thiết lập quan hệ Đối tác Toàn diện vào năm 2032, hai bên"
        " nhất trí tăng cường trao đổi đoàn.",
        "Hai bên sẽ chuẩn bị kỷ niệm 50 năm thiết lập quan hệ ngoại giao năm 2032.",
        "Tiến tới lễ kỷ niệm 20 năm thành lập Hội hữu nghị vào năm 2032, hai tỉnh sẽ giao lưu.",
    ],
)
def test_an_anniversary_ahead_names_the_coming_year(later: str) -> None:
    assert main_date(later) == "2031-04-14"


@pytest.mark.parametrize(
    "later",
    [
        "Hai bên kỷ niệm 10 năm thiết lập quan hệ vào năm 2022 tại Viêng Chăn.",
        "Hai nước thiết lập quan hệ ngoại giao vào năm 1982.",
    ],
)
def test_a_landmark_year_stays_a_landmark(later: str) -> None:
    assert main_date(later) == "--04-14"
