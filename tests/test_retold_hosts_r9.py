"""Hosts named around the main event, and the main event told again (round 9, review B C2/C5).

* "Buổi tiếp diễn ra tại P với sự tham dự của ông X, <titles>": the home official present at a
  reception whose host is a body ("tỉnh A đón tiếp đoàn") hosts it; the presence is no attend.
* "Thay mặt <body>, ông X, <titles> cảm ơn/chào mừng/hoan nghênh <guest|đoàn> ... đến thăm": X
  hosts the visit.
* A later undated act of the main event's type between the same host and guest ("X tiếp và
  thông tin với Y", "Tại buổi tiếp, X tiếp và làm việc với Y") is the main event told again.
* The receivers of a welcome list ("Tiếp đón đoàn có A; B") host a meeting whose other side is
  the delegation's head, who is its guest.

Invented names, provinces and bodies throughout, at province, ministry, party and
mass-organisation level. Near misses: a foreign envoy present, a host already named, the
guest speaking for his delegation, thanks to someone else, a dated second act, another host.
"""

from __future__ import annotations

import pytest

import vndiplo


def _events(text: str) -> list[vndiplo.Event]:
    return list(vndiplo.Runner().run({"id": "h", "text": text, "published": "2024-06-10"}).events)


def _roles(event: vndiplo.Event) -> dict[str, str]:
    return {p.name: p.role for p in event.participants}


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        # reviewer B's sentence, after a lead of our own
        (
            "Sáng 10/5, tỉnh Sóc Trăng đón tiếp đoàn công tác tỉnh Luang Namtha (Lào) do ông "
            "Khamsing Vong, Phó Tỉnh trưởng làm trưởng đoàn. Buổi tiếp diễn ra tại trụ sở UBND "
            "tỉnh Sóc Trăng với sự tham dự của ông Lâm Văn Mẫn, Chủ tịch UBND tỉnh.",
            "Lâm Văn Mẫn",
            "Khamsing Vong",
        ),
        # a ministry, "bà"
        (
            "Sáng 5/9, Bộ Công Thương tiếp đoàn doanh nghiệp Nhật Bản do ông Tanaka Hiroshi, "
            "Chủ tịch Tập đoàn Sakura dẫn đầu. Buổi tiếp diễn ra tại trụ sở Bộ với sự tham dự "
            "của bà Nguyễn Thị Lan, Thứ trưởng Bộ Công Thương.",
            "Nguyễn Thị Lan",
            "Tanaka Hiroshi",
        ),
        # a party body, "đồng chí", "được tổ chức", a comma before "với"
        (
            "Ngày 20/4, Tỉnh ủy Bình Phước đón đoàn đại biểu tỉnh Kratie (Campuchia) do ông Sok "
            "Vanna, Bí thư Tỉnh ủy Kratie dẫn đầu. Buổi đón tiếp được tổ chức tại Hội trường "
            "Tỉnh ủy, với sự tham dự của đồng chí Trần Tuệ Hiền, Bí thư Tỉnh ủy Bình Phước.",
            "Trần Tuệ Hiền",
            "Sok Vanna",
        ),
        # a mass organisation, "có sự tham dự của"
        (
            "Chiều 8/11, Trung ương Hội Liên hiệp Phụ nữ Việt Nam tiếp đoàn Hội Phụ nữ Lào do "
            "bà Inthavong Keo, Phó Chủ tịch Hội dẫn đầu. Buổi tiếp có sự tham dự của bà Hà Thị "
            "Minh, Chủ tịch Hội LHPN Việt Nam.",
            "Hà Thị Minh",
            "Inthavong Keo",
        ),
        # the scene a few lines after the lead, and a closing line retelling the reception
        (
            "Ngày 3/2, tỉnh Cà Mau đón tiếp đoàn công tác tỉnh Takeo do bà Sok Mony, Tỉnh "
            "trưởng làm trưởng đoàn đến thăm và chúc Tết.\nHai tỉnh hợp tác nhiều năm.\n"
            "Tin liên quan.\nBuổi tiếp diễn ra tại trụ sở tỉnh với sự tham dự của ông Hồ Văn "
            "Tám, Chủ tịch UBND tỉnh.\nChủ tịch UBND tỉnh Hồ Văn Tám tiếp và thông tin với bà "
            "Sok Mony về tình hình kinh tế của tỉnh.",
            "Hồ Văn Tám",
            "Sok Mony",
        ),
    ],
)
def test_official_present_at_a_reception_hosts_it(text: str, host: str, guest: str) -> None:
    events = _events(text)
    main = events[0]
    assert main.type == "reception"
    assert _roles(main) == {host: "host", guest: "guest"}
    # the presence and the closing line are the same sitting
    assert not [e for e in events if e.type == "attend"]
    assert len([e for e in events if e.type == "reception"]) == 1


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # an envoy of the guest's country came with them: no host
        (
            "Chiều 12/3, tỉnh Quảng Trị đón tiếp đoàn công tác tỉnh Savannakhet (Lào) do ông "
            "Bounma Sithong, Phó Tỉnh trưởng làm trưởng đoàn. Buổi tiếp diễn ra với sự tham dự "
            "của Tổng Lãnh sự Lào tại Đà Nẵng Vilayphone Sy.",
            "Vilayphone Sy",
        ),
        # the host is named already: the one present only attended
        (
            "Chiều 12/3, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng tiếp đoàn công tác tỉnh "
            "Savannakhet (Lào) do ông Bounma Sithong, Phó Tỉnh trưởng làm trưởng đoàn. Buổi tiếp "
            "diễn ra với sự tham dự của ông Hoàng Nam, Phó Chủ tịch UBND tỉnh.",
            "Hoàng Nam",
        ),
    ],
)
def test_presence_that_hosts_nothing(text: str, present: str) -> None:
    main = _events(text)[0]
    assert main.type == "reception"
    assert present not in _roles(main)


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        # reviewer B's sentence alone: the thanks is the visit's only sentence
        (
            "Thay mặt lãnh đạo tỉnh Tây Ninh, ông Phan Văn Lộc, Bí thư Tỉnh ủy đã cảm ơn bà Sok "
            "Chenda cùng đoàn đến thăm và chúc Tết.",
            "Phan Văn Lộc",
            "Sok Chenda",
        ),
        # the thanks after the visit's lead, the body spoken for with commas
        (
            "Ngày 6/2, đoàn công tác tỉnh Kampot do ông Meas Sophal, Tỉnh trưởng tỉnh Kampot dẫn "
            "đầu đã đến thăm, chúc Tết tỉnh Kiên Giang. Thay mặt Đảng bộ, chính quyền và nhân "
            "dân tỉnh, ông Lâm Minh Thành, Chủ tịch UBND tỉnh đã cảm ơn ông Meas Sophal cùng đoàn "
            "đến thăm.",
            "Lâm Minh Thành",
            "Meas Sophal",
        ),
        # the thanks before the visit's lead
        (
            "Thay mặt lãnh đạo tỉnh Kiên Giang, ông Lâm Minh Thành, Chủ tịch UBND tỉnh đã cảm ơn "
            "ông Meas Sophal cùng đoàn đến thăm. Ngày 6/2, đoàn công tác tỉnh Kampot do ông Meas "
            "Sophal, Tỉnh trưởng tỉnh Kampot dẫn đầu đã đến thăm tỉnh Kiên Giang.",
            "Lâm Minh Thành",
            "Meas Sophal",
        ),
        # a military command, a rank before the name, "nhiệt liệt chào mừng"
        (
            "Ngày 15/1, Đoàn đại biểu Bộ Quốc phòng Lào do Thiếu tướng Khamphet Vong dẫn đầu đến "
            "thăm Bộ Tư lệnh Quân khu 5. Thay mặt Bộ Tư lệnh, Trung tướng Nguyễn Văn Hùng, Tư "
            "lệnh Quân khu đã nhiệt liệt chào mừng Thiếu tướng Khamphet Vong cùng đoàn.",
            "Nguyễn Văn Hùng",
            "Khamphet Vong",
        ),
        # a ministry, the title before the name
        (
            "Sáng 3/7, đoàn đại biểu Bộ Tư pháp Campuchia do ông Koeut Rith, Bộ trưởng dẫn đầu "
            "đã đến thăm Bộ Tư pháp Việt Nam. Thay mặt Bộ Tư pháp, Bộ trưởng Lê Thành Long nhiệt "
            "liệt chào mừng ông Koeut Rith và đoàn.",
            "Lê Thành Long",
            "Koeut Rith",
        ),
        # a mass organisation, "hoan nghênh đoàn"
        (
            "Ngày 12/8, đoàn Hội Nông dân tỉnh Bokeo (Lào) do ông Sisouk Phan dẫn đầu đến thăm "
            "Hội Nông dân tỉnh Điện Biên. Thay mặt Ban Thường vụ Hội, bà Lò Thị Mai, Chủ tịch "
            "Hội Nông dân tỉnh hoan nghênh đoàn đến thăm.",
            "Lò Thị Mai",
            "Sisouk Phan",
        ),
    ],
)
def test_speaker_for_the_receiving_body_hosts_the_visit(text: str, host: str, guest: str) -> None:
    main = _events(text)[0]
    assert main.type == "visit"
    assert _roles(main) == {guest: "guest", host: "host"}


@pytest.mark.parametrize(
    "text",
    [
        # the guest speaks for his delegation
        "Ngày 6/2, đoàn công tác tỉnh Kampot do ông Meas Sophal, Tỉnh trưởng tỉnh Kampot dẫn đầu "
        "đã đến thăm, chúc Tết tỉnh Kiên Giang. Thay mặt đoàn công tác, ông Meas Sophal cảm ơn sự "
        "đón tiếp chu đáo của tỉnh Kiên Giang.",
        # the thanks goes to others, not the visitors
        "Ngày 6/2, đoàn công tác tỉnh Kampot do ông Meas Sophal, Tỉnh trưởng tỉnh Kampot dẫn đầu "
        "đã đến thăm, chúc Tết tỉnh Kiên Giang. Thay mặt lãnh đạo tỉnh, ông Lâm Minh Thành, Chủ "
        "tịch UBND tỉnh cảm ơn các doanh nghiệp đã đóng góp cho quỹ vì người nghèo.",
    ],
)
def test_speaker_who_hosts_no_visit(text: str) -> None:
    main = _events(text)[0]
    assert main.type == "visit"
    assert _roles(main) == {"Meas Sophal": "guest"}


@pytest.mark.parametrize(
    "text",
    [
        # a party leader, the closing "tiếp và thông tin với"
        "Sáng 15/4, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm tiếp Đại sứ Trung Quốc Hùng Ba. Bí "
        "thư Tỉnh ủy Hoàng Văn Nghiệm tiếp và thông tin với Đại sứ Hùng Ba về kết quả phát triển "
        "kinh tế của tỉnh.",
        # a mass organisation, "Tại buổi tiếp, ... tiếp và làm việc với"
        "Chiều 20/5, tại Hà Nội, Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam Nguyễn Văn Được "
        "tiếp đoàn Hội Cựu chiến binh Lào do ông Bouavanh Sy dẫn đầu. Tại buổi tiếp, ông Nguyễn "
        "Văn Được tiếp và làm việc với ông Bouavanh Sy về kế hoạch phối hợp năm tới.",
    ],
)
def test_reception_told_again_is_one_event(text: str) -> None:
    assert len([e for e in _events(text) if e.type == "reception"]) == 1


@pytest.mark.parametrize(
    ("text", "second_guest", "second_host"),
    [
        # its own day: another reception
        (
            "Ngày 3/2, Chủ tịch UBND tỉnh Cà Mau Hồ Văn Tám tiếp đoàn công tác tỉnh Takeo do bà "
            "Sok Mony, Tỉnh trưởng làm trưởng đoàn. Cùng ngày, Chủ tịch UBND tỉnh Hồ Văn Tám "
            "tiếp ông Kim Sung-ho, Tổng giám đốc Công ty Daehan.",
            "Kim Sung-ho",
            "Hồ Văn Tám",
        ),
        # another host receives the same guest
        (
            "Ngày 3/2, Chủ tịch UBND tỉnh Cà Mau Hồ Văn Tám tiếp bà Sok Mony, Tỉnh trưởng tỉnh "
            "Takeo. Phó Chủ tịch UBND tỉnh Lê Văn Sử tiếp và trao đổi với bà Sok Mony về hợp tác "
            "nông nghiệp.",
            "Sok Mony",
            "Lê Văn Sử",
        ),
    ],
)
def test_another_reception_stays(text: str, second_guest: str, second_host: str) -> None:
    receptions = [e for e in _events(text) if e.type == "reception"]
    assert len(receptions) == 2
    assert _roles(receptions[1]) == {second_host: "host", second_guest: "guest"}


@pytest.mark.parametrize(
    ("text", "hosts", "guest"),
    [
        # a business association receives a foreign business delegation
        (
            "Sáng ngày 22/3 tại Hội trường Khách sạn Hoa Sen đã diễn ra buổi làm việc giữa Hiệp "
            "hội doanh nghiệp tỉnh Phú Thọ và đoàn doanh nghiệp Nhật Bản do ông Sato Kenji – "
            "Giám đốc Công ty Sakura làm trưởng đoàn. Tiếp đón đoàn có ông Lê Văn Tùng – Giám đốc "
            "Sở Công Thương tỉnh Phú Thọ; ông Đào Minh Quân – Chủ tịch Hiệp hội doanh nghiệp tỉnh.",
            ("Lê Văn Tùng", "Đào Minh Quân"),
            "Sato Kenji",
        ),
        # a provincial council and a foreign parliament's committee, "Đón tiếp đoàn có"
        (
            "Chiều 9/3, tại thành phố Vinh, đã diễn ra buổi làm việc giữa HĐND tỉnh Nghệ An và "
            "Đoàn Ủy ban Kinh tế Quốc hội Lào do ông Khamla Vong, Phó Chủ nhiệm làm trưởng đoàn. "
            "Đón tiếp đoàn có ông Nguyễn Văn Thông, Chủ tịch HĐND tỉnh; bà Võ Thị Minh Sinh, Phó "
            "Chủ tịch HĐND tỉnh.",
            ("Nguyễn Văn Thông", "Võ Thị Minh Sinh"),
            "Khamla Vong",
        ),
    ],
)
def test_receivers_of_a_working_session_host_it(
    text: str, hosts: tuple[str, ...], guest: str
) -> None:
    events = _events(text)
    main = events[0]
    assert main.type == "meeting"
    assert _roles(main) == {**{h: "host" for h in hosts}, guest: "guest"}
    # the welcome list is no reception of its own
    assert not [e for e in events if e.type == "reception"]
