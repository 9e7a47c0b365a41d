"""Wire datelines in shapes outlets write beyond "VATICAN. " and "Tin X – ": a city with its
state or country, a date or an agency after it, a correspondent's "Từ ... tại X:" credit. The
city is the place of a main event whose body names none (README round 7, AK9); a place the body
names wins. All sentences are invented."""

from __future__ import annotations

import pytest

import vndiplo

_HEAD = "Bộ trưởng Ngoại giao Trịnh Văn Khải gặp người đồng cấp\n\n"
_TAIL = "\n\nHai bên trao đổi về hợp tác kinh tế và giáo dục.\n"


def _location(lead: str) -> str | None:
    doc = vndiplo.extract(_HEAD + lead + _TAIL)
    assert doc.events, lead
    return doc.events[0].location


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # "City, State. (Agency) –"
        (
            "Geneva, Thụy Sĩ. (AFP) – Bộ trưởng Ngoại giao Trịnh Văn Khải đã gặp Ngoại trưởng "
            "Thụy Sĩ Hans Moser hôm thứ Ba ngày 3 tháng 5.",
            "Geneva",
        ),
        # no full stop before the agency
        (
            "New Delhi, Ấn Độ (Reuters) - Bộ trưởng Ngoại giao Trịnh Văn Khải đã hội kiến Ngoại "
            "trưởng Ấn Độ Raj Kapoor hôm thứ Tư.",
            "New Delhi",
        ),
        # "CITY (Agency) -"
        (
            "BERLIN (VNA) - Chiều 3/5, Bộ trưởng Ngoại giao Trịnh Văn Khải đã gặp Ngoại trưởng "
            "Đức Klaus Weber.",
            "BERLIN",
        ),
        # "City, ngày D (Agency) -"
        (
            "Bắc Kinh, ngày 3/5 (TTXVN) - Bộ trưởng Ngoại giao Trịnh Văn Khải đã hội đàm với "
            "Ngoại trưởng Trung Quốc Lý Hải Minh.",
            "Bắc Kinh",
        ),
        # "City, D/M (Agency) –", a provincial paper's wire
        (
            "Phnom Penh, 12/9 (TTXVN) – Bí thư Tỉnh ủy An Giang Lê Thanh Hòa đã gặp Tỉnh trưởng "
            "tỉnh Takeo Sok Chenda.",
            "Phnom Penh",
        ),
        # "City, (Agency) -": a comma before the bracketed agency, a call placed there too
        (
            "Canberra, (Xinhua) - Bộ trưởng Ngoại giao Trịnh Văn Khải đã điện đàm với Thủ tướng "
            "Australia Tom Reilly về hợp tác thương mại.",
            "Canberra",
        ),
        (
            "Moskva, (TASS) – Bộ trưởng Ngoại giao Trịnh Văn Khải đã gặp Ngoại trưởng Nga "
            "Pavel Orlov bên lề diễn đàn.",
            "Moskva",
        ),
        # "Từ phóng viên TTXVN tại X:" opening the lead
        (
            "Từ phóng viên TTXVN tại Viêng Chăn: Chiều 3/5, Bộ trưởng Ngoại giao Trịnh Văn Khải "
            "đã gặp Ngoại trưởng Lào Bun Nhăng Phôm.",
            "Viêng Chăn",
        ),
    ],
)
def test_a_dateline_places_an_event_the_body_does_not(lead: str, place: str) -> None:
    assert _location(lead) == place


def test_a_place_the_body_names_wins_over_the_dateline() -> None:
    lead = (
        "Bắc Kinh, ngày 3/5 (TTXVN) - Tại Nhà khách Điếu Ngư Đài, Bộ trưởng Ngoại giao Trịnh "
        "Văn Khải đã hội đàm với Ngoại trưởng Trung Quốc Lý Hải Minh."
    )
    assert _location(lead) == "Nhà khách Điếu Ngư Đài"


@pytest.mark.parametrize(
    "lead",
    [
        # a credit naming no place
        "Theo phóng viên, chiều 3/5, Bộ trưởng Ngoại giao Trịnh Văn Khải đã gặp Ngoại trưởng "
        "Lào Bun Nhăng Phôm.",
        # a day and an agency, no city
        "Hôm qua, ngày 3/5 (TTXVN) - Bộ trưởng Ngoại giao Trịnh Văn Khải đã gặp Ngoại trưởng "
        "Lào Bun Nhăng Phôm.",
        # an outlet's name, no place
        "Tin độc quyền (AFP) - Bộ trưởng Ngoại giao Trịnh Văn Khải đã gặp Ngoại trưởng Lào Bun "
        "Nhăng Phôm.",
    ],
)
def test_no_place_without_a_known_city(lead: str) -> None:
    assert _location(lead) is None
