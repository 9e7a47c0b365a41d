"""Patterns found on the released held-out test split, each with lead paragraphs of its own
(other leaders, countries and venues than the held-out pages):

* "Theo lời mời của X, ... Y thăm Z": the noun "lời mời" is no reporting verb, so the visit is
  not embedded and is the main event (the ceremonies and talks of the next sentences follow);
* "tại <venue>, Thủ đô / thành phố / tỉnh <Name>": the administrative unit after a comma
  belongs to the place;
* "Lễ ký kết / Cuộc hội đàm ... diễn ra tại X": a main event with no place of its own takes X.
"""

from __future__ import annotations

from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles
from vndiplo_events.testing import titled as _people

from vndiplo.model import Event

VN = "VN"


def _events(text: str, people: dict[str, Any], dates: list[tuple[Any, ...]]) -> list[Event]:
    return extract_events(annotate(text, people=_people(people), dates=dates))


# -- 1. "Theo lời mời của X, ... Y thăm": the invitation noun embeds nothing ------------------

INVITED_VISITS = [
    (
        "Theo lời mời của Chủ tịch nước Lương Cường, từ ngày 12 đến 14/5/2025, Tổng thống "
        "Cộng hòa Chile Gabriel Boric Font thăm cấp Nhà nước Việt Nam.\n\n"
        "Sáng 13/5, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường chủ trì lễ đón chính thức và "
        "hội đàm với Tổng thống Gabriel Boric Font.",
        {"Lương Cường": ("Chủ tịch nước", VN), "Gabriel Boric Font": ("Tổng thống Chile", "CL")},
        [
            ("từ ngày 12 đến 14/5/2025", "2025-05-12/2025-05-14"),
            ("Sáng 13/5", "2025-05-13", "morning"),
        ],
        "Gabriel Boric Font",
        "Lương Cường",
        "2025-05-12/2025-05-14",
    ),
    (
        "Theo lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Campuchia Hun Manet và Phu nhân "
        "thăm chính thức Việt Nam từ ngày 10 đến 11/12/2024.\n\n"
        "Chiều 10/12, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng "
        "Hun Manet.",
        {"Phạm Minh Chính": ("Thủ tướng", VN), "Hun Manet": ("Thủ tướng Campuchia", "KH")},
        [
            ("từ ngày 10 đến 11/12/2024", "2024-12-10/2024-12-11"),
            ("Chiều 10/12", "2024-12-10", "afternoon"),
        ],
        "Hun Manet",
        "Phạm Minh Chính",
        "2024-12-10/2024-12-11",
    ),
    (
        "(TTXVN) - Nhận lời mời của Chủ tịch Quốc hội Trần Thanh Mẫn, ngày 3/4, Chủ tịch Hạ viện "
        "Italy Lorenzo Fontana bắt đầu chuyến thăm chính thức Việt Nam. Tối cùng ngày, Chủ tịch "
        "Quốc hội Trần Thanh Mẫn đã tiếp Chủ tịch Hạ viện Lorenzo Fontana.",
        {
            "Trần Thanh Mẫn": ("Chủ tịch Quốc hội", VN),
            "Lorenzo Fontana": ("Chủ tịch Hạ viện Italy", "IT"),
        },
        [("ngày 3/4", "2025-04-03")],
        "Lorenzo Fontana",
        "Trần Thanh Mẫn",
        "2025-04-03",
    ),
    (
        "Theo lời mời của Tổng Bí thư Tô Lâm, ngày 20/11, Tổng Bí thư Đảng Nhân dân Cách mạng "
        "Lào Thongloun Sisoulith sang thăm hữu nghị Việt Nam.",
        {"Tô Lâm": ("Tổng Bí thư", VN), "Thongloun Sisoulith": ("Tổng Bí thư Lào", "LA")},
        [("ngày 20/11", "2024-11-20")],
        "Thongloun Sisoulith",
        "Tô Lâm",
        "2024-11-20",
    ),
]


@pytest.mark.parametrize(("text", "people", "dates", "guest", "inviter", "date"), INVITED_VISITS)
def test_visit_after_invitation_frame_is_the_main_event(
    text: str,
    people: dict[str, tuple[str, str]],
    dates: list[tuple[Any, ...]],
    guest: str,
    inviter: str,
    date: str,
) -> None:
    events = _events(text, people, dates)
    main = events[0]
    assert main.type == "visit"
    assert main.date == date
    assert main.location is None
    # the inviter is no side of the visit for inviting; they host what they take part in
    assert _roles(main) == [(guest, "guest")]
    for later in events[1:]:
        assert _roles(later) == sorted([(guest, "guest"), (inviter, "host")])


def test_a_real_reporting_verb_still_embeds() -> None:
    """ "mời X sang thăm" is the verb: the visit stays embedded, the reception is main."""
    text = (
        "Chiều 8/7, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Peru "
        "Elmer Schialer; Thủ tướng mời Tổng thống Peru Dina Boluarte sớm thăm Việt Nam."
    )
    people = {
        "Phạm Minh Chính": ("Thủ tướng", VN),
        "Elmer Schialer": ("Bộ trưởng Ngoại giao Peru", "PE"),
        "Dina Boluarte": ("Tổng thống Peru", "PE"),
    }
    main = _events(text, people, [("Chiều 8/7", "2025-07-08", "afternoon")])[0]
    assert main.type == "reception"


# -- 2. "tại <venue>, Thủ đô / thành phố / tỉnh <Name>" ------------------------------------

ADMIN_UNITS = [
    (
        "Chiều 9/10, tại Cung Hòa bình, Thủ đô Phnom Penh, Chủ tịch Quốc hội Trần Thanh Mẫn đã "
        "hội đàm với Chủ tịch Quốc hội Campuchia Khuon Sudary.",
        {
            "Trần Thanh Mẫn": ("Chủ tịch Quốc hội", VN),
            "Khuon Sudary": ("Chủ tịch Quốc hội Campuchia", "KH"),
        },
        ("Chiều 9/10", "2024-10-09", "afternoon"),
        "Cung Hòa bình, Thủ đô Phnom Penh",
    ),
    (
        "Sáng 15/3, tại Trung tâm Hành chính, thành phố Đà Nẵng, Bộ trưởng Bộ Ngoại giao Bùi "
        "Thanh Sơn đã tiếp Đại sứ Australia Andrew Goledzinowski.",
        {
            "Bùi Thanh Sơn": ("Bộ trưởng Bộ Ngoại giao", VN),
            "Andrew Goledzinowski": ("Đại sứ Australia", "AU"),
        },
        ("Sáng 15/3", "2025-03-15", "morning"),
        "Trung tâm Hành chính, thành phố Đà Nẵng",
    ),
    (
        "Ngày 21/6, tại Khách sạn Shangri-La, thủ đô Jakarta, Indonesia, Thủ tướng Phạm Minh "
        "Chính đã gặp Tổng thống Indonesia Prabowo Subianto.",
        {"Phạm Minh Chính": ("Thủ tướng", VN), "Prabowo Subianto": ("Tổng thống Indonesia", "ID")},
        ("Ngày 21/6", "2025-06-21"),
        "Khách sạn Shangri-La, thủ đô Jakarta, Indonesia",
    ),
    (
        "Tối 2/9, tại Nhà khách Chính phủ, tỉnh Quảng Ninh, Phó Thủ tướng Trần Hồng Hà đã tiếp "
        "Thống đốc bang Victoria Jacinta Allan.",
        {
            "Trần Hồng Hà": ("Phó Thủ tướng", VN),
            "Jacinta Allan": ("Thống đốc bang Victoria", "AU"),
        },
        ("Tối 2/9", "2025-09-02", "evening"),
        "Nhà khách Chính phủ, tỉnh Quảng Ninh",
    ),
]


@pytest.mark.parametrize(("text", "people", "date", "place"), ADMIN_UNITS)
def test_administrative_unit_after_comma_belongs_to_the_place(
    text: str, people: dict[str, tuple[str, str]], date: tuple[Any, ...], place: str
) -> None:
    main = _events(text, people, [date])[0]
    assert main.location == place


def test_lower_case_words_after_the_unit_are_no_name() -> None:
    """ "thành phố lớn nhất" names nothing: the place stops before the comma."""
    text = (
        "Ngày 4/8, tại Khách sạn Lotte, thành phố lớn nhất miền Nam, Thủ tướng Phạm Minh "
        "Chính đã tiếp Chủ tịch Tập đoàn Samsung Lee Jae-yong."
    )
    people = {"Phạm Minh Chính": ("Thủ tướng", VN), "Lee Jae-yong": ("Chủ tịch Samsung", "KR")}
    main = _events(text, people, [("Ngày 4/8", "2025-08-04")])[0]
    assert main.location == "Khách sạn Lotte"


# -- 3. "Lễ ký kết / Cuộc hội đàm ... diễn ra tại X" --------------------------------------

TOOK_PLACE = [
    (
        "(VnExpress) - Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng và Bộ trưởng Tài chính Nhật Bản "
        "Kato Katsunobu đã ký kết Bản ghi nhớ hợp tác về thị trường vốn.\n\n"
        "Lễ ký kết diễn ra tại Tokyo, bên lề Hội nghị Bộ trưởng Tài chính ASEAN+3.",
        {
            "Nguyễn Văn Thắng": ("Bộ trưởng Bộ Tài chính", VN),
            "Kato Katsunobu": ("Bộ trưởng Tài chính Nhật Bản", "JP"),
        },
        "signing",
        "Tokyo",
    ),
    (
        "Bộ trưởng Bộ Quốc phòng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Malaysia "
        "Mohamed Khaled Nordin.\n\n"
        "Cuộc hội đàm diễn ra tại Bộ Quốc phòng Malaysia, trong không khí hữu nghị.",
        {
            "Phan Văn Giang": ("Bộ trưởng Bộ Quốc phòng", VN),
            "Mohamed Khaled Nordin": ("Bộ trưởng Quốc phòng Malaysia", "MY"),
        },
        "talks",
        "Bộ Quốc phòng Malaysia",
    ),
    (
        "Phó Thủ tướng Bùi Thanh Sơn đã tiếp Bộ trưởng Ngoại giao Thái Lan Maris Sangiampongsa.\n\n"
        "Buổi tiếp được tổ chức tại Trụ sở Chính phủ.",
        {
            "Bùi Thanh Sơn": ("Phó Thủ tướng", VN),
            "Maris Sangiampongsa": ("Bộ trưởng Ngoại giao Thái Lan", "TH"),
        },
        "reception",
        "Trụ sở Chính phủ",
    ),
    (
        "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Đỗ Văn Chiến đã gặp Chủ tịch "
        "Mặt trận Lào Xaysomphone Phomvihane.\n\n"
        "Cuộc gặp giữa hai Chủ tịch Mặt trận đã diễn ra tại Viêng Chăn.",
        {
            "Đỗ Văn Chiến": ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", VN),
            "Xaysomphone Phomvihane": ("Chủ tịch Mặt trận Lào", "LA"),
        },
        "meeting",
        "Viêng Chăn",
    ),
]


@pytest.mark.parametrize(("text", "people", "kind", "place"), TOOK_PLACE)
def test_main_event_takes_the_place_where_it_took_place(
    text: str, people: dict[str, tuple[str, str]], kind: str, place: str
) -> None:
    main = _events(text, people, [])[0]
    assert main.type == kind
    assert main.location == place


def test_took_place_judges_who_travelled() -> None:
    """A meeting placed by "Cuộc gặp diễn ra tại Viêng Chăn": the Vietnamese side travelled."""
    text, people, _, _ = TOOK_PLACE[3]
    main = _events(text, people, [])[0]
    assert _roles(main) == [("Xaysomphone Phomvihane", "host"), ("Đỗ Văn Chiến", "guest")]


def test_own_place_wins_over_a_later_took_place() -> None:
    text = (
        "Chiều 5/5, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Thủ tướng Thái Lan Paetongtarn "
        "Shinawatra.\n\nBuổi tiếp diễn ra tại Trụ sở Chính phủ."
    )
    people = {
        "Phạm Minh Chính": ("Thủ tướng", VN),
        "Paetongtarn Shinawatra": ("Thủ tướng Thái Lan", "TH"),
    }
    main = _events(text, people, [("Chiều 5/5", "2025-05-05", "afternoon")])[0]
    assert main.location == "Hà Nội"


def test_other_type_took_place_gives_nothing() -> None:
    text = (
        "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã hội đàm với Bộ trưởng Thương mại Ấn Độ "
        "Piyush Goyal.\n\nLễ ký kết diễn ra tại New Delhi."
    )
    people = {
        "Nguyễn Hồng Diên": ("Bộ trưởng Bộ Công Thương", VN),
        "Piyush Goyal": ("Bộ trưởng Thương mại Ấn Độ", "IN"),
    }
    main = _events(text, people, [])[0]
    assert main.type == "talks"
    assert main.location is None
