"""An act told only as a noun is an act of the page's own day (round 18, main-event choice).

Round 17's blind pages told their one act only by its noun: "Tại buổi tiếp, A hoan nghênh ..."
on a page with no lead (a visit recalled "tháng 9/2023 vừa qua" won), "His working session
with the embassy was part of ..." and "chaired a reception for the delegation of ..." on
English pages (no event at all). The structure that decides:

* a back-reference opening the body is the page's act even when its own sentence embeds other
  acts (what was said there: "hoan nghênh chuyến thăm ...", "chuyển lời mời thăm ..."); a
  comma closing its bare noun makes the person after it the clause's subject, not its object,
  unless a second person stands apposed right after him;
* an invitation to an act ("lời mời thăm Việt Nam của X") is planned, not reported;
* English: the owner of "His/Her <act noun>" is the person named last before, a body written as
  the other side ("with the embassy", "for the delegation of") is the person the next sentence
  opens on, and a reception of a delegation needs only its host.

Invented names, places and dates throughout.
"""

from __future__ import annotations

import pytest

import vndiplo


def _main(lines: list[str], published: str = "2024-06-05") -> vndiplo.Event | None:
    doc = vndiplo.extract("\n\n".join(lines), published=published)
    return doc.events[0] if doc.events else None


def _roles(event: vndiplo.Event | None) -> dict[str, str]:
    return {} if event is None else {p.name: p.role for p in event.participants}


# --- Vietnamese: an opening back-reference over acts embedded in its sentence ------------

HEADLINE = "Quan hệ hợp tác giữa Việt Nam và Chile còn nhiều dư địa"
RECALLED = (
    "Phó Thủ tướng đã chia sẻ những ấn tượng tốt đẹp về Chile trong chuyến thăm vào tháng"
    " 5/2022 vừa qua."
)

OPENINGS = [
    (
        "Tại buổi tiếp, Phó Thủ tướng Đỗ Minh Khang hoan nghênh chuyến thăm của Bộ trưởng Ngoại"
        " giao Chile tới Việt Nam, nhờ Bộ trưởng chuyển lời mời thăm Việt Nam của Chủ tịch nước"
        " Hoàng Văn Lâm tới Tổng thống Chile Ricardo Molina.",
        "reception",
    ),
    (
        "Tại buổi tiếp, Phó Thủ tướng Đỗ Minh Khang chào mừng Bộ trưởng sang thăm Việt Nam lần"
        " thứ ba, đồng thời gửi lời mời sang thăm Việt Nam của Chủ tịch nước Hoàng Văn Lâm tới"
        " Tổng thống Chile Ricardo Molina.",
        "reception",
    ),
    (
        "Tại cuộc hội kiến, Phó Thủ tướng Đỗ Minh Khang hoan nghênh chuyến thăm của Bộ trưởng,"
        " chuyển lời mời thăm Việt Nam của Chủ tịch nước Hoàng Văn Lâm.",
        "meeting",
    ),
    (
        "Trong buổi tiếp, Phó Thủ tướng Đỗ Minh Khang hoan nghênh chuyến thăm của Bộ trưởng"
        " Ngoại giao Chile; chuyển lời mời thăm Việt Nam của Chủ tịch nước Hoàng Văn Lâm.",
        "reception",
    ),
]


@pytest.mark.parametrize(("opening", "kind"), OPENINGS)
def test_opening_backref_is_the_act_over_a_recalled_visit(opening: str, kind: str) -> None:
    main = _main(
        [
            HEADLINE,
            opening,
            "Bộ trưởng Ngoại giao Rodrigo Fuentes cảm ơn sự đón tiếp trọng thị.",
            RECALLED,
        ]
    )
    assert main is not None
    assert main.type == kind
    assert main.date is None  # not the recalled visit's month
    roles = _roles(main)
    assert roles.get("Đỗ Minh Khang") in ({"host"} if kind == "reception" else {"host", "guest"})
    # the inviter named in what was said is no side of the act, nor its visitor
    assert "Hoàng Văn Lâm" not in roles


def test_invitation_to_visit_is_planned() -> None:
    doc = vndiplo.extract(
        "\n\n".join([HEADLINE, OPENINGS[0][0]]),
        published="2024-06-05",
    )
    visits = [e for e in doc.events if e.type == "visit" and e.trigger == "thăm"]
    assert visits and all(e.referenced and e.planned for e in visits)


def test_object_apposed_before_the_speaker_stays_the_guest() -> None:
    main = _main(
        [
            "Lãnh đạo tỉnh tiếp các đoàn khách quốc tế",
            "Ngày 30/4, Chủ tịch UBND tỉnh Lò Văn Kiên có các buổi tiếp những đoàn khách quốc tế.",
            "Tại buổi tiếp, Đại sứ Mông Cổ Batbold Ganzorig, ông Lò Văn Kiên thông tin về các"
            " hoạt động du lịch của tỉnh.",
        ],
        published="2016-05-01",
    )
    roles = _roles(main)
    assert roles.get("Lò Văn Kiên") == "host"
    assert roles.get("Batbold Ganzorig") == "guest"


# --- near misses: what must not change ------------------------------------------------------


def test_reported_act_after_the_opening_noun_wins() -> None:
    main = _main(
        [
            "Thúc đẩy hợp tác địa phương",
            "Tại cuộc gặp, hai bên trao đổi về hợp tác giáo dục, chuyển lời mời thăm tỉnh của Chủ"
            " tịch UBND tỉnh Lê Văn Tài.",
            "Chiều 4/6, Bí thư Tỉnh ủy Trần Quốc Hưng đã tiếp Đại sứ Đức Klaus Brenner.",
        ]
    )
    assert main is not None and main.type == "reception"
    assert _roles(main) == {"Trần Quốc Hưng": "host", "Klaus Brenner": "guest"}


def test_reported_lead_before_the_noun_stays_main() -> None:
    main = _main(
        [
            "Thúc đẩy hợp tác địa phương",
            "Chiều 4/6, Bí thư Tỉnh ủy Trần Quốc Hưng đã tiếp Đại sứ Đức Klaus Brenner. Tại buổi"
            " tiếp, Bí thư Tỉnh ủy hoan nghênh chuyến thăm của Đại sứ, chuyển lời mời thăm tỉnh"
            " của Chủ tịch UBND tỉnh Lê Văn Tài.",
        ]
    )
    assert main is not None and main.type == "reception" and main.date == "2024-06-04"
    assert _roles(main) == {"Trần Quốc Hưng": "host", "Klaus Brenner": "guest"}


@pytest.mark.parametrize(
    "lead",
    [
        "Theo lời mời của Thủ tướng Đỗ Minh Khang, Thủ tướng Chile Ricardo Molina thăm chính"
        " thức Việt Nam từ ngày 3 đến 5/6.",
        "Thủ tướng Chile Ricardo Molina thăm chính thức Việt Nam từ ngày 3 đến 5/6 theo lời mời"
        " của Thủ tướng Đỗ Minh Khang.",
        "Theo lời mời của Chính phủ Việt Nam Thủ tướng Chile Ricardo Molina thăm chính thức Việt"
        " Nam từ ngày 3 đến 5/6.",
    ],
)
def test_visit_at_an_invitation_stays_reported(lead: str) -> None:
    main = _main(["Thủ tướng Chile thăm chính thức Việt Nam", lead])
    assert main is not None and main.type == "visit" and not main.referenced
    assert _roles(main).get("Ricardo Molina") == "guest"


def test_accepted_invitation_stays_planned() -> None:
    doc = vndiplo.extract(
        "Hai bên trao đổi về hợp tác\n\nTổng thống Chile Ricardo Molina đã nhận lời mời sang"
        " thăm Việt Nam trong thời gian tới.",
        published="2024-06-05",
    )
    visits = [e for e in doc.events if e.type == "visit"]
    assert all(e.planned for e in visits)


# --- English: the act told as a noun ---------------------------------------------------------

SESSIONS = [
    (
        [
            "Minister stresses ties with Kenya",
            "Minister of Industry Tran Duc Minh told staff of the Vietnamese Embassy in Kenya on"
            " March 4 that the two countries should raise trade.",
            "His working session with the embassy was part of his trip to East Africa from March"
            " 5 to 7.",
            "Ambassador Le Thi Hoa said the embassy had supported Vietnamese firms.",
        ],
        {"Tran Duc Minh", "Le Thi Hoa"},
        "2024-03-04",
    ),
    (
        [
            "Deputy PM visits embassy",
            "Deputy Prime Minister Vo Thanh Lan praised the staff of the Vietnamese Embassy in Peru"
            " in Lima on May 9.",
            "Her working session with the embassy came ahead of the APEC meetings.",
            "Ambassador Nguyen Van Duc briefed her on the embassy's work.",
        ],
        {"Vo Thanh Lan", "Nguyen Van Duc"},
        "2024-05-09",
    ),
    (
        # a modifier between the owner and the noun
        [
            "Minister meets embassy staff in Japan",
            "Minister of Transport Dinh Quang Huy told staff of the Vietnamese Embassy in Japan in"
            " Tokyo on July 8 that the two countries should expand flights.",
            "His two-hour working session with the embassy was the last stop of the trip.",
            "Ambassador Tran Minh Chau said the community had grown in recent years.",
        ],
        {"Dinh Quang Huy", "Tran Minh Chau"},
        "2024-07-08",
    ),
]


@pytest.mark.parametrize(("lines", "sides", "day"), SESSIONS)
def test_en_session_told_as_a_noun(lines: list[str], sides: set[str], day: str) -> None:
    main = _main(lines)
    assert main is not None
    assert (main.type, main.trigger) == ("meeting", "working session")
    assert set(_roles(main)) == sides
    assert main.date == day


RECEPTIONS = [
    (
        "On June 2, Chairman of the Provincial People's Committee Hoang Van Sinh chaired a"
        " reception for the delegation of Houaphanh province (Laos).",
        "At the meeting, the two sides discussed border trade.",
        {"Hoang Van Sinh": "host"},
    ),
    (
        "Secretary of the Provincial Party Committee Hoang Van Sinh presided over a reception for"
        " a visiting delegation from Luang Prabang on June 2.",
        "The delegation thanked the province for its support.",
        {"Hoang Van Sinh": "host"},
    ),
    (
        "Chairman of the Provincial People's Committee Hoang Van Sinh received a delegation from"
        " Luang Prabang province on June 2.",
        "Governor Bounmy Phommachanh thanked the province for its support.",
        {"Hoang Van Sinh": "host", "Bounmy Phommachanh": "guest"},
    ),
]


@pytest.mark.parametrize(("lead", "after", "roles"), RECEPTIONS)
def test_en_reception_of_a_delegation(lead: str, after: str, roles: dict[str, str]) -> None:
    main = _main(["Provincial leader receives Lao delegation", lead, after])
    assert main is not None
    assert main.type == "reception"
    assert main.date == "2024-06-02"
    assert _roles(main) == roles


def test_en_act_joining_two_people_stays_main() -> None:
    main = _main(
        [
            "Leaders meet",
            "President Vo Thanh Lan received Thai Foreign Minister Somchai Phan in Hanoi on June"
            " 2.",
            "Her working session with the embassy was held the next day.",
            "Ambassador Nguyen Van Duc briefed her.",
        ]
    )
    assert main is not None and main.type == "reception"
    assert _roles(main) == {"Vo Thanh Lan": "host", "Somchai Phan": "guest"}


@pytest.mark.parametrize(
    "lines",
    [
        # a caption-like line naming no one: no owner, no side
        [
            "Embassy news",
            "During the working session with the Vietnamese Embassy in Peru",
            "The embassy staff discussed plans for the year.",
        ],
        # a body after the act, but the next sentence opens on no one
        [
            "Embassy news",
            "The working session with the embassy was held in Lima.",
            "At the session, Ambassador Nguyen Van Duc said trade had grown.",
        ],
    ],
)
def test_en_noun_without_sides_is_no_event(lines: list[str]) -> None:
    assert _main(lines) is None


@pytest.mark.parametrize(
    "lead",
    [
        # a home group, not a delegation from elsewhere: an act of two sides still needs two
        "Chairman of the Provincial People's Committee Hoang Van Sinh chaired a reception for a"
        " delegation of war veterans on June 2.",
        "Chairman of the Provincial People's Committee Hoang Van Sinh received a delegation of"
        " business leaders on June 2.",
    ],
)
def test_en_home_group_alone_is_no_event(lead: str) -> None:
    assert (
        _main(["Provincial leader meets local groups", lead, "They discussed the budget."]) is None
    )


# --- Vietnamese: a signing of another time is no act of the page ------------------------------

PAST_SIGNINGS = [
    (
        "2018-10-19",
        [
            "Hiệp định thương mại sẽ được phê chuẩn",
            "Quốc hội sẽ xem xét phê chuẩn Hiệp định Đối tác kinh tế khu vực tại kỳ họp tới.",
            "Mặc dù hiệp định đã được ký kết từ tháng 03/2018, nhiều nước vẫn chưa phê chuẩn.",
        ],
    ),
    (
        "2014-03-21",
        [
            "Quy định về hợp tác quốc tế",
            "Văn bản hợp tác giữa hai tỉnh được ký ngày 05/12/2013 tại Cần Thơ.",
            "Các sở, ngành có trách nhiệm thi hành.",
        ],
    ),
]


@pytest.mark.parametrize(("published", "lines"), PAST_SIGNINGS)
def test_sideless_signing_months_before_the_page_is_recalled(
    published: str, lines: list[str]
) -> None:
    doc = vndiplo.extract("\n\n".join(lines), published=published)
    assert all(e.referenced for e in doc.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký.",
        "Từ ngày ký Hiệp định thương mại, kim ngạch hai chiều đã tăng gấp ba.",
    ],
)
def test_day_of_signing_as_a_starting_point_is_no_act(sentence: str) -> None:
    doc = vndiplo.extract("Quy chế mới\n\n" + sentence, published="2014-03-21")
    assert not [e for e in doc.events if e.type == "signing"]


@pytest.mark.parametrize(
    ("published", "day"),
    [("2018-10-06", "Ngày 5/10"), ("2018-10-02", "Ngày 28/9")],
)
def test_sideless_signing_of_the_pages_time_stays(published: str, day: str) -> None:
    main = _main(
        [
            "Hai tỉnh ký bản ghi nhớ",
            f"{day}, Bản ghi nhớ hợp tác giữa hai tỉnh đã được ký kết tại Hà Nội.",
        ],
        published=published,
    )
    assert main is not None and main.type == "signing" and not main.referenced


# --- Vietnamese: a visit's lead gives way to the meeting the body goes on about -------------

ARRIVAL = [
    "Chủ tịch nước Hoàng Văn Lâm bắt đầu thăm chính thức Peru",
    "Trưa 12/5, Chủ tịch nước Hoàng Văn Lâm và Đoàn đại biểu cấp cao Việt Nam đã đến Sân bay quốc"
    " tế Jorge Chávez, Thủ đô Lima, bắt đầu chuyến thăm chính thức Peru theo lời mời của Tổng"
    " thống Luis Castañeda.",
    "Chiều 12/5, tại trụ sở Quốc hội Peru, Chủ tịch nước Hoàng Văn Lâm đã {act} Chủ tịch Quốc hội"
    " Peru Martín Quispe.",
    "{next}",
    "Hai nhà lãnh đạo nhất trí thúc đẩy hợp tác kinh tế.",
]
ABOUT_HIM = [
    "Đánh giá cao những thành quả to lớn của Việt Nam, Chủ tịch Quốc hội Peru Martín Quispe khẳng"
    " định Peru coi trọng quan hệ với Việt Nam.",
    "Chủ tịch Quốc hội Martín Quispe khẳng định Peru coi trọng quan hệ với Việt Nam.",
]
NOT_ABOUT_HIM = [
    "Chủ tịch nước Hoàng Văn Lâm cảm ơn Chủ tịch Quốc hội Martín Quispe đã dành thời gian tiếp.",
    "Trước đó, Chủ tịch nước Hoàng Văn Lâm đã đặt vòng hoa tại Đài tưởng niệm.",
]


def _arrival(act: str, nxt: str) -> vndiplo.Event | None:
    return _main([line.format(act=act, next=nxt) for line in ARRIVAL], published="2024-05-13")


@pytest.mark.parametrize("nxt", ABOUT_HIM)
@pytest.mark.parametrize(("act", "kind"), [("hội kiến với", "meeting"), ("gặp", "meeting")])
def test_meeting_the_body_goes_on_about_is_main(act: str, kind: str, nxt: str) -> None:
    main = _arrival(act, nxt)
    assert main is not None and main.type == kind
    assert _roles(main) == {"Martín Quispe": "host", "Hoàng Văn Lâm": "guest"}
    assert main.location == "trụ sở Quốc hội Peru"


@pytest.mark.parametrize("nxt", NOT_ABOUT_HIM)
def test_visit_stays_when_the_body_goes_on_about_the_visitor(nxt: str) -> None:
    main = _arrival("hội kiến với", nxt)
    assert main is not None and main.type == "visit"


# --- Vietnamese: the announced act over the background paragraph ----------------------------

ANNOUNCED = [
    "Trong một thông cáo, Văn phòng Tổng thống Chile cho biết, Tổng thống Ana Ruiz sẽ tiếp Thủ"
    " tướng Đỗ Minh Khang tại Dinh La Moneda. Hai nhà lãnh đạo sẽ trao đổi về thương mại và"
    " năng lượng.",
    "Các quan chức Chile cho rằng cuộc gặp sẽ mở ra giai đoạn mới trong quan hệ hai nước.",
    "Trước đó, chiều 5/6, Thủ tướng Đỗ Minh Khang đã dự lễ khánh thành nhà máy của một doanh"
    " nghiệp Việt Nam. Sau khi tiếp Bộ trưởng Kinh tế Chile Luis Vega, Thủ tướng Đỗ Minh Khang đã"
    " tới thăm Bảo tàng Quốc gia.",
    "Dự kiến, Chủ tịch Thượng viện Chile Pablo Soto sẽ chủ trì tiệc chiêu đãi trưa 7/6 để chào"
    " đón Thủ tướng Đỗ Minh Khang.",
]


def test_announced_act_over_the_background_paragraph() -> None:
    doc = vndiplo.extract("\n\n".join(ANNOUNCED), published="2024-06-06")
    main = doc.events[0]
    assert (main.type, main.planned, main.location) == ("reception", True, "Dinh La Moneda")
    assert main.date is None
    assert _roles(main) == {"Ana Ruiz": "host", "Đỗ Minh Khang": "guest"}
    # the banquet another host will give is another act, not merged into the news
    banquets = [e for e in doc.events if e.trigger == "tiệc chiêu đãi"]
    assert banquets and _roles(banquets[0]).get("Pablo Soto") == "host"


def test_reported_act_stays_main_without_a_background_opener() -> None:
    lines = list(ANNOUNCED)
    lines[2] = lines[2].replace("Trước đó, chiều 5/6", "Chiều 5/6")
    main = _main(lines, published="2024-06-06")
    assert main is not None and not main.referenced
    assert _roles(main) == {"Đỗ Minh Khang": "host", "Luis Vega": "guest"}
