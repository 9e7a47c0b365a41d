"""The one elected is a congratulation's addressee also past an apposition after the name.

"Nhân dịp bà X - Chủ tịch đảng Y (Z) - được bầu làm Thủ tướng, ông W gửi điện mừng": the title
between the name and "được bầu" used to hide the election, leaving the message one-sided.
Names are made up.
"""

from __future__ import annotations

import pytest

from tests.test_events_reception_sides import _main

PEOPLE: dict[str, dict[str, object]] = {
    "Lâm Quốc Bảo": {"titles": ["Thủ tướng"], "country": "VN"},
    "Hanna Virtanen": {"titles": ["Thủ tướng Phần Lan"], "country": "FI"},
}
BOTH = [("Hanna Virtanen", "participant"), ("Lâm Quốc Bảo", "participant")]


@pytest.mark.parametrize(
    "occasion",
    [
        "Nhân dịp bà Hanna Virtanen - Chủ tịch đảng Liên minh Xanh (VIHR) được bầu giữ chức "
        "Thủ tướng Phần Lan, ngày 3/5",
        "Nhân dịp bà Hanna Virtanen – Chủ tịch Đảng Xanh – được Quốc hội bầu làm Thủ tướng",
        "Nhân dịp bà Hanna Virtanen, Thủ lĩnh Đảng Xanh, đắc cử Thủ tướng Phần Lan",
        "Nhân dịp bà Hanna Virtanen, lãnh đạo liên minh cầm quyền, chính thức nhậm chức",
        "Nhân dịp bà Hanna Virtanen (Chủ tịch Đảng Xanh) được bầu làm Thủ tướng",
    ],
)
def test_an_apposed_title_does_not_hide_the_election(occasion: str) -> None:
    text = f"{occasion}, Thủ tướng Lâm Quốc Bảo đã gửi điện chúc mừng."
    assert sorted(_main(text, PEOPLE)) == BOTH


@pytest.mark.parametrize(
    "occasion",
    [
        # no election: a visit, or the apposition is no title
        "Nhân dịp bà Hanna Virtanen - Chủ tịch đảng Liên minh Xanh - sang thăm Việt Nam",
        "Nhân dịp bà Hanna Virtanen, người rất yêu Việt Nam, sang thăm Hà Nội",
        "Nhân dịp bà Hanna Virtanen - Chủ tịch đảng Xanh - tròn 60 tuổi",
    ],
)
def test_an_apposition_without_an_election_adds_no_addressee(occasion: str) -> None:
    text = f"{occasion}, Thủ tướng Lâm Quốc Bảo đã gửi điện chúc mừng."
    assert _main(text, PEOPLE) == [("Lâm Quốc Bảo", "participant")]
