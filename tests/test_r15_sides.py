"""The other side of a meeting named outside the event sentence, and the roles of working
sessions (round 15, participants class). Invented names, places and dates.

* a welcome list naming the receivers, placed by where the reception was held ("Tiếp Đoàn tại
  trụ sở Tỉnh ủy có A; B; C"): all of them host the visit, even when the visited body's head
  was read as its host first; a greeting at the place of arrival is still no such list;
* "X tiếp và làm việc cùng đoàn" after a delegation's visit: X hosts it, as "với đoàn" does;
* a working session ("có buổi làm việc với", "làm việc với") between a delegation and the body
  it comes to: the delegation's head is the guest, the receiving side's the host (README round
  7 #6, round 14 #3 BM07); no delegation, or two, tell nothing;
* an envoy working with someone at his own mission: nobody travelled as far as the text says,
  both participant (README round 11 #5, round 14 #3 BM12);
* a condolence message opening on "Được tin X, <a long row of past offices>, đã từ trần": X is
  mourned, no side (README companions, round 14 #3 BO04).
"""

from __future__ import annotations

import pytest

import vndiplo


def _main(text: str) -> dict[str, str]:
    doc = vndiplo.extract(text, published="2024-03-20").to_dict()
    assert doc["events"], "no event"
    return {p["name"]: p["role"] for p in doc["events"][0]["participants"]}


def _main_type(text: str) -> str:
    return str(vndiplo.extract(text, published="2024-03-20").to_dict()["events"][0]["type"])


VISIT = (
    "Chiều 12/3, Đoàn đại biểu tỉnh Salavan, nước CHDCND Lào do ông Khamphet Sounthone, "
    "Phó Tỉnh trưởng tỉnh Salavan làm Trưởng đoàn đã đến thăm, chúc mừng Tỉnh ủy Quảng Trị."
)

# --- the receivers' list placed where the reception was held -----------------------------


@pytest.mark.parametrize(
    "welcome",
    [
        "Tiếp Đoàn tại trụ sở Tỉnh ủy có Bí thư Tỉnh ủy Lê Quang Bình; Phó Bí thư Tỉnh ủy "
        "Trần Văn Tâm; Phó Chủ tịch UBND tỉnh Hồ Thị Lan.",
        "Tiếp đoàn tại Nhà khách Tỉnh ủy có Bí thư Tỉnh ủy Lê Quang Bình; Phó Bí thư Tỉnh ủy "
        "Trần Văn Tâm; Phó Chủ tịch UBND tỉnh Hồ Thị Lan.",
        "Đón tiếp đoàn tại Văn phòng Tỉnh ủy có Bí thư Tỉnh ủy Lê Quang Bình; Phó Bí thư Tỉnh "
        "ủy Trần Văn Tâm; Phó Chủ tịch UBND tỉnh Hồ Thị Lan.",
        "Tiếp và làm việc với đoàn tại trụ sở Tỉnh ủy có Bí thư Tỉnh ủy Lê Quang Bình; Phó Bí "
        "thư Tỉnh ủy Trần Văn Tâm; Phó Chủ tịch UBND tỉnh Hồ Thị Lan.",
        "Tiếp Đoàn ở trụ sở Tỉnh ủy có Bí thư Tỉnh ủy Lê Quang Bình; Phó Bí thư Tỉnh ủy Trần "
        "Văn Tâm; Phó Chủ tịch UBND tỉnh Hồ Thị Lan.",
        "Tiếp Đoàn tại hội trường Tỉnh ủy có đồng chí Lê Quang Bình, Bí thư Tỉnh ủy; đồng chí "
        "Trần Văn Tâm, Phó Bí thư Tỉnh ủy; bà Hồ Thị Lan, Phó Chủ tịch UBND tỉnh.",
    ],
)
def test_a_placed_welcome_list_hosts_the_visit(welcome: str) -> None:
    roles = _main(f"{VISIT} {welcome}\n\nHai bên trao đổi về hợp tác giữa hai tỉnh.")
    assert roles.get("Khamphet Sounthone") == "guest"
    for host in ("Lê Quang Bình", "Trần Văn Tâm", "Hồ Thị Lan"):
        assert roles.get(host) == "host", (host, roles)


def test_the_visited_bodys_head_is_one_of_the_listed_receivers() -> None:
    # "chúc mừng Tỉnh ủy" would make the Party secretary the only host; the list names two
    text = (
        f"{VISIT} Tiếp Đoàn tại trụ sở Tỉnh ủy có Bí thư Tỉnh ủy Lê Quang Bình; Phó Bí thư "
        "Tỉnh ủy Trần Văn Tâm.\n\nThay mặt Tỉnh ủy, Bí thư Tỉnh ủy Lê Quang Bình cảm ơn ông "
        "Khamphet Sounthone cùng đoàn."
    )
    roles = _main(text)
    assert roles == {
        "Khamphet Sounthone": "guest",
        "Lê Quang Bình": "host",
        "Trần Văn Tâm": "host",
    }


ARRIVAL = (
    "Chiều 12/3, Đoàn đại biểu tỉnh Salavan do ông Khamphet Sounthone, Phó Tỉnh trưởng làm "
    "Trưởng đoàn đã đến thăm tỉnh Quảng Trị. {welcome} có ông Trần Văn Tâm, Phó Chủ tịch UBND "
    "tỉnh."
)


@pytest.mark.parametrize(
    ("welcome", "host"),
    [
        # a greeting where the delegation crossed the border names no host (round 6)
        ("Đón đoàn tại cửa khẩu quốc tế Lao Bảo", False),
        ("Đón Đoàn ở cửa khẩu Lao Bảo", False),
        # airport welcomers host by their own rule (README AJ3), as before
        ("Đón đoàn tại sân bay Đồng Hới", True),
        ("Đón đoàn tại ga Đông Hà", True),
        # the place where they were received makes the list of receivers
        ("Tiếp đoàn tại trụ sở UBND tỉnh", True),
        ("Đón tiếp đoàn tại Nhà khách Tỉnh ủy", True),
    ],
)
def test_only_the_place_of_arrival_keeps_a_list_from_hosting(welcome: str, host: bool) -> None:
    roles = _main(ARRIVAL.format(welcome=welcome))
    assert roles.get("Khamphet Sounthone") == "guest"
    assert (roles.get("Trần Văn Tâm") == "host") is host, roles


# --- "tiếp và làm việc cùng đoàn" -------------------------------------------------------


@pytest.mark.parametrize(
    "receiving",
    [
        "Đồng chí Lê Quang Bình, Bí thư Tỉnh ủy tiếp và làm việc cùng đoàn.",
        "Đồng chí Lê Quang Bình - Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy tiếp và làm "
        "việc cùng đoàn.",
        "Bí thư Tỉnh ủy Lê Quang Bình tiếp và làm việc cùng đoàn.",
        "Bí thư Tỉnh ủy Lê Quang Bình đã tiếp và làm việc cùng đoàn.",
        "Bí thư Tỉnh ủy Lê Quang Bình tiếp và làm việc với đoàn.",
        "Ông Lê Quang Bình, Bí thư Tỉnh ủy tiếp và làm việc cùng Đoàn tại trụ sở Tỉnh ủy.",
    ],
)
def test_the_one_who_works_with_the_delegation_hosts_its_visit(receiving: str) -> None:
    text = (
        "Sáng 12/3, đoàn lãnh đạo tỉnh Salavan do đồng chí Khamphet Sounthone - Phó Bí thư "
        "Tỉnh ủy làm trưởng đoàn đã tới thăm và chúc mừng Bí thư Tỉnh ủy Quảng Trị. "
        f"{receiving}\n\nHai bên trao đổi về hợp tác."
    )
    roles = _main(text)
    assert roles.get("Khamphet Sounthone") == "guest"
    assert roles.get("Lê Quang Bình") == "host", roles


def test_one_who_only_goes_along_with_the_delegation_hosts_nothing() -> None:
    text = (
        "Sáng 12/3, đoàn lãnh đạo tỉnh Salavan do đồng chí Khamphet Sounthone - Phó Bí thư "
        "Tỉnh ủy làm trưởng đoàn đã tới thăm tỉnh Quảng Trị. Ông Lê Quang Bình, Phó Giám đốc "
        "Sở Ngoại vụ cùng đi với đoàn."
    )
    assert _main(text).get("Lê Quang Bình") != "host"


# --- working sessions ---------------------------------------------------------------------

SIDES = (
    " Tham dự buổi làm việc, về phía tỉnh Bình Định có đồng chí Phạm Anh Tuấn - Phó Chủ tịch "
    "UBND tỉnh; đồng chí Lê Văn Hải - Giám đốc Sở Tài chính. Về phía đoàn chuyên gia có ông "
    "Tanaka Hiroshi - Trưởng đại diện KOICA tại Việt Nam."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Chiều 14/3, đoàn chuyên gia của Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) đã có buổi "
        "làm việc với UBND tỉnh Bình Định về Dự án cấp nước.",
        "Chiều 14/3, đoàn chuyên gia của KOICA Hàn Quốc đã làm việc với UBND tỉnh Bình Định "
        "về Dự án cấp nước.",
        "Chiều 14/3, Đoàn chuyên gia KOICA Hàn Quốc có buổi làm việc với UBND tỉnh Bình Định "
        "về Dự án cấp nước.",
        "Chiều 14/3, đoàn chuyên gia của KOICA (Hàn Quốc) vừa có buổi làm việc với UBND tỉnh "
        "Bình Định.",
        "Chiều 14/3, tại trụ sở UBND tỉnh, đoàn chuyên gia của Cơ quan Hợp tác quốc tế "
        "Hàn Quốc đã có buổi làm việc với UBND tỉnh Bình Định.",
        "Chiều 14/3, đoàn công tác của Đại học Seoul, Hàn Quốc đã có buổi làm việc với lãnh "
        "đạo tỉnh Bình Định.",
    ],
)
def test_a_delegation_working_with_the_body_it_visits_is_the_guest(lead: str) -> None:
    roles = _main(lead + SIDES)
    assert roles.get("Tanaka Hiroshi") == "guest", roles
    assert roles.get("Phạm Anh Tuấn") == "host", roles


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 14/3, Phó Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn đã làm việc với đoàn "
        "chuyên gia của KOICA do ông Tanaka Hiroshi, Trưởng đại diện KOICA dẫn đầu.",
        "Chiều 14/3, Phó Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn đã có buổi làm việc với "
        "đoàn chuyên gia của KOICA do ông Tanaka Hiroshi, Trưởng đại diện KOICA dẫn đầu.",
    ],
)
def test_the_one_working_with_a_delegation_receives_it(text: str) -> None:
    roles = _main(text)
    assert roles.get("Tanaka Hiroshi") == "guest", roles
    assert roles.get("Phạm Anh Tuấn") == "host", roles


@pytest.mark.parametrize(
    "text",
    [
        # no delegation: who travelled is not written
        "Chiều 14/3, Bộ trưởng Lê Văn Hải đã có buổi làm việc với ông Tanaka Hiroshi, Trưởng "
        "đại diện KOICA.",
        "Chiều 14/3, ông Tanaka Hiroshi, Trưởng đại diện KOICA đã làm việc với Giám đốc Sở Tài "
        "chính Lê Văn Hải.",
    ],
)
def test_a_working_session_with_no_delegation_keeps_its_roles(text: str) -> None:
    assert set(_main(text).values()) == {"participant"}


def test_two_delegations_working_together_tell_no_visitor() -> None:
    text = (
        "Chiều 14/3, đoàn công tác tỉnh Bình Định đã có buổi làm việc với đoàn công tác tỉnh "
        "Attapeu." + SIDES.replace("đoàn chuyên gia", "đoàn tỉnh Attapeu")
    )
    roles = _main(text)
    assert roles.get("Tanaka Hiroshi") != "guest" or roles.get("Phạm Anh Tuấn") != "host"


# --- an envoy at his own mission ----------------------------------------------------------


@pytest.mark.parametrize(
    "place",
    [
        "tại Trụ sở Tổng Lãnh sự quán Việt Nam tại Osaka",
        "tại Đại sứ quán Việt Nam tại Canberra",
        "tại trụ sở Đại sứ quán Việt Nam ở Canberra",
        "tại Tổng Lãnh sự quán Việt Nam tại Osaka (Nhật Bản)",
        "tại Lãnh sự quán Việt Nam tại Fukuoka",
        "tại trụ sở Tổng Lãnh sự quán Việt Nam ở Sydney",
    ],
)
def test_an_envoy_working_at_his_own_mission_is_no_guest(place: str) -> None:
    envoy = "Tổng Lãnh sự" if "Lãnh sự" in place else "Đại sứ"
    text = (
        f"Ngày 8/3/2024, {place}, {envoy} Đỗ Minh Khang đã có buổi làm việc với ông Peter "
        "Walsh, Chủ tịch Phòng Thương mại Úc - Việt."
    )
    assert _main(text) == {"Đỗ Minh Khang": "participant", "Peter Walsh": "participant"}


def test_an_envoy_calling_on_an_official_is_still_the_guest() -> None:
    text = (
        "Ngày 8/3/2024, Đại sứ Việt Nam tại Australia Đỗ Minh Khang đã có buổi làm việc với "
        "ông Peter Walsh, Thống đốc bang Victoria."
    )
    assert _main(text) == {"Đỗ Minh Khang": "guest", "Peter Walsh": "host"}


# --- the one mourned --------------------------------------------------------------------


@pytest.mark.parametrize(
    "news",
    [
        "Được tin Ngài Samuel Okafor, nguyên Chủ tịch Đảng Đoàn kết Dân tộc, nguyên Tổng thống "
        "Cộng hòa Liên bang Nigeria đã từ trần ngày 3/3/2024,",
        "Nhận được tin ông Samuel Okafor, nguyên Chủ tịch Đảng Đoàn kết Dân tộc, nguyên Tổng "
        "thống Cộng hòa Liên bang Nigeria đã từ trần,",
        "Được tin Ngài Samuel Okafor (Sam Okafor), nguyên Chủ tịch Đảng Đoàn kết Dân tộc, "
        "nguyên Tổng thống Cộng hòa Liên bang Nigeria đã qua đời,",
        "Hay tin ông Samuel Okafor, nguyên Chủ tịch Đảng Đoàn kết Dân tộc, nguyên Tổng thống "
        "Cộng hòa Liên bang Nigeria, đã từ trần ngày 3/3/2024,",
        "Được tin Ngài Samuel Okafor, nguyên Tổng thống Cộng hòa Liên bang Nigeria, người bạn "
        "lớn của nhân dân Việt Nam đã từ trần,",
        "Được tin Ngài Samuel Okafor từ trần,",
    ],
)
def test_the_one_mourned_is_no_side_of_the_condolence(news: str) -> None:
    text = (
        f"{news} ngày 4/3/2024, Chủ tịch nước Lê Hồng Sơn đã gửi điện chia buồn đến Tổng thống "
        "Cộng hòa Liên bang Nigeria Daniel Bello."
    )
    roles = _main(text)
    assert "Samuel Okafor" not in roles, roles
    assert {"Lê Hồng Sơn", "Daniel Bello"} <= set(roles)


def test_news_of_an_election_names_a_side() -> None:
    text = (
        "Được tin Ngài Daniel Bello, Chủ tịch Đảng Đoàn kết Dân tộc, được bầu làm Tổng thống "
        "Cộng hòa Liên bang Nigeria, ngày 4/3/2024, Chủ tịch nước Lê Hồng Sơn đã gửi điện mừng."
    )
    assert _main_type(text) == "message"
    assert "Daniel Bello" in _main(text)


# --- a foreign name introduced by an academic degree --------------------------------------


@pytest.mark.parametrize(
    ("guest", "name"),
    [
        (
            "GS.TS Khăm Phăn Xỉ-Phôm-Ma, Chánh án Tòa án nhân dân tối cao Lào",
            "Khăm Phăn Xỉ-Phôm-Ma",
        ),
        (
            "PGS.TS Khăm Phăn Xỉ-Phôm-Ma, Viện trưởng Viện Khoa học xã hội Lào",
            "Khăm Phăn Xỉ-Phôm-Ma",
        ),
        ("TS Khăm Phăn Xỉ-Phôm-Ma, Bộ trưởng Bộ Giáo dục Lào", "Khăm Phăn Xỉ-Phôm-Ma"),
        (
            "GS.TS Bùa Khăm Thíp-pha-vông, Chánh án Tòa án nhân dân tối cao Lào",
            "Bùa Khăm Thíp-pha-vông",
        ),
        ("GS.TS Khăm Mẳn Sủn-vi-lay, Chánh án Tòa án nhân dân tối cao Lào", "Khăm Mẳn Sủn-vi-lay"),
        ("ThS Khăm Phăn Xỉ-Phôm-Ma, Phó Chủ tịch Quốc hội Lào", "Khăm Phăn Xỉ-Phôm-Ma"),
    ],
)
def test_a_degree_introduces_the_guests_name(guest: str, name: str) -> None:
    text = (
        "Chiều 6/5, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Minh Đức tiếp "
        f"{guest} đang thăm chính thức Việt Nam."
    )
    roles = _main(text)
    assert roles.get(name) == "guest", roles
    assert roles.get("Trần Minh Đức") == "host"


@pytest.mark.parametrize(
    "guest",
    [
        "GS.TS Nguyễn Văn Bình, Giám đốc Học viện Chính trị",  # a Vietnamese name, as before
        "các GS.TS, nhà khoa học của Viện Hàn lâm",  # degrees with no name
    ],
)
def test_degrees_before_known_names_or_none_are_unchanged(guest: str) -> None:
    text = f"Chiều 6/5, Chủ tịch Quốc hội Trần Minh Đức tiếp {guest}."
    people = {p.name for p in vndiplo.extract(text, published="2024-03-20").people}
    assert people == (
        {"Trần Minh Đức", "Nguyễn Văn Bình"} if "Nguyễn" in guest else {"Trần Minh Đức"}
    )


# --- the host speaking for the visited unit thanks the delegation's home ------------------

GREETING_TRIP = (
    "Chiều 9/2, đoàn công tác tỉnh Bò Kẹo, nước CHDCND Lào do đồng chí Xổm Xay Phôm-ma, Phó "
    "Tỉnh trưởng tỉnh Bò Kẹo làm trưởng đoàn đã đến thăm và chúc Tết cán bộ, chiến sĩ Bộ đội "
    "Biên phòng tỉnh Điện Biên.\n\n"
)


@pytest.mark.parametrize(
    "thanks",
    [
        "Thay mặt Đảng ủy, Bộ Chỉ huy BĐBP tỉnh, Đại tá Lò Văn Hùng, Chính ủy BĐBP tỉnh đã cảm "
        "ơn sự quan tâm của lãnh đạo, nhân dân và lực lượng vũ trang tỉnh Bò Kẹo.",
        "Thay mặt Bộ Chỉ huy, Đại tá Lò Văn Hùng, Chỉ huy trưởng đã cảm ơn tình cảm của lãnh đạo "
        "tỉnh Bò Kẹo.",
        "Thay mặt lãnh đạo đơn vị, Đại tá Lò Văn Hùng cảm ơn sự quan tâm của tỉnh Bò Kẹo.",
        "Thay mặt cán bộ, chiến sĩ đơn vị, Đại tá Lò Văn Hùng, Chính ủy đã chân thành cảm ơn "
        "chính quyền, nhân dân tỉnh Bò Kẹo.",
        "Tại buổi gặp, thay mặt Đảng ủy, Bộ Chỉ huy, ông Lò Văn Hùng, Chỉ huy trưởng đã cảm "
        "ơn tình cảm tốt đẹp của lực lượng vũ trang tỉnh Bò Kẹo.",
        "Thay mặt Bộ Chỉ huy BĐBP tỉnh, Thượng tá Lò Văn Hùng nhiệt liệt chào mừng lãnh đạo tỉnh "
        "Bò Kẹo.",
    ],
)
def test_the_one_thanking_the_delegations_home_hosts_its_visit(thanks: str) -> None:
    roles = _main(GREETING_TRIP + thanks)
    assert roles.get("Xổm Xay Phôm-ma") == "guest"
    assert roles.get("Lò Văn Hùng") == "host", roles


@pytest.mark.parametrize(
    "thanks",
    [
        # thanks to the hosts' own people, or to others: he received nobody by it
        "Thay mặt Bộ Chỉ huy, Đại tá Lò Văn Hùng cảm ơn các doanh nghiệp tỉnh Điện Biên.",
        "Thay mặt Bộ Chỉ huy, Đại tá Lò Văn Hùng cảm ơn sự quan tâm của tỉnh Sơn La.",
        # the one speaking for the delegation is on its side
        "Thay mặt đoàn công tác tỉnh Bò Kẹo, ông Bun Mi Xay cảm ơn sự đón tiếp của tỉnh Bò Kẹo.",
        # no one speaks for a body
        "Đại tá Lò Văn Hùng cảm ơn sự quan tâm của tỉnh Bò Kẹo.",
    ],
)
def test_other_thanks_host_nothing(thanks: str) -> None:
    roles = _main(GREETING_TRIP + thanks)
    assert roles.get("Xổm Xay Phôm-ma") == "guest"
    assert "host" not in roles.values(), roles


# --- a country written in the Latin order -----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Quốc vương Arabia Saudi Salman đánh giá cao chuyến thăm.",
        "Chủ tịch nước Lê Hồng Sơn hội đàm với Quốc vương Arabia Saudi Salman.",
        "Bộ trưởng Ngoại giao Arập Saudi Faisal bin Farhan đánh giá cao chuyến thăm.",
        "Thái tử Ả-rập Saudi Mohammed bin Salman đánh giá cao chuyến thăm.",
        "Đại sứ Arabia Saudi tại Việt Nam Mohammed Ismaeel đánh giá cao chuyến thăm.",
        "Bộ trưởng Năng lượng A-rập Saudi Abdulaziz bin Salman đánh giá cao chuyến thăm.",
    ],
)
def test_saudi_arabia_in_the_latin_order_is_no_part_of_the_name(line: str) -> None:
    doc = vndiplo.extract(f"Chiều 6/5, tại Riyadh. {line}", published="2024-03-20")
    foreign = [p for p in doc.people if p.country == "SA"]
    assert foreign, [(p.name, p.country) for p in doc.people]
    assert all("Saudi" not in p.name and "Arabia" not in p.name for p in doc.people)


# --- the last receiver joined by "và" ---------------------------------------------------

RECEIVED = (
    "Chiều 12/3, Đoàn đại biểu tỉnh Salavan, nước CHDCND Lào do ông Khamphet Sounthone, Phó "
    "Tỉnh trưởng tỉnh Salavan làm Trưởng đoàn đã đến thăm và làm việc tại tỉnh Quảng Trị.\n\n"
)


@pytest.mark.parametrize(
    ("welcome", "hosts"),
    [
        (
            "Tiếp đoàn có: Bí thư Tỉnh ủy Lê Quang Bình; Phó Bí thư Tỉnh ủy Trần Văn Tâm và Giám "
            "đốc Sở Ngoại vụ Hồ Thị Lan.",
            {"Lê Quang Bình", "Trần Văn Tâm", "Hồ Thị Lan"},
        ),
        (
            "Tiếp đoàn có đồng chí Lê Quang Bình, Bí thư Tỉnh ủy; đồng chí Trần Văn Tâm, Phó Bí "
            "thư Tỉnh ủy và đồng chí Hồ Thị Lan, Giám đốc Sở Ngoại vụ.",
            {"Lê Quang Bình", "Trần Văn Tâm", "Hồ Thị Lan"},
        ),
        (
            "Tiếp đoàn có ông Lê Quang Bình, Bí thư Tỉnh ủy và bà Hồ Thị Lan, Giám đốc Sở Ngoại "
            "vụ.",
            {"Lê Quang Bình", "Hồ Thị Lan"},
        ),
        (
            "Đón đoàn có Bí thư Tỉnh ủy Lê Quang Bình và Giám đốc Sở Ngoại vụ Hồ Thị Lan.",
            {"Lê Quang Bình", "Hồ Thị Lan"},
        ),
        (
            "Đón tiếp đoàn có Bí thư Tỉnh ủy Lê Quang Bình và Phó Chủ tịch UBND tỉnh Trần Văn Tâm.",
            {"Lê Quang Bình", "Trần Văn Tâm"},
        ),
        (
            "Tiếp và làm việc với đoàn có Bí thư Tỉnh ủy Lê Quang Bình; Phó Bí thư Tỉnh ủy Trần "
            "Văn Tâm và bà Hồ Thị Lan, Giám đốc Sở Ngoại vụ.",
            {"Lê Quang Bình", "Trần Văn Tâm", "Hồ Thị Lan"},
        ),
    ],
)
def test_every_receiver_of_the_list_hosts(welcome: str, hosts: set[str]) -> None:
    roles = _main(RECEIVED + welcome)
    assert {n for n, r in roles.items() if r == "host"} == hosts, roles
    assert roles.get("Khamphet Sounthone") == "guest"


@pytest.mark.parametrize(
    "welcome",
    [
        "Tiếp đoàn có Bí thư Tỉnh ủy Lê Quang Bình và Phu nhân Hồ Thị Lan.",  # a spouse
        "Tiếp đoàn có Bí thư Tỉnh ủy Lê Quang Bình cùng Giám đốc Sở Ngoại vụ Hồ Thị Lan.",
        "Tiếp đoàn có Bí thư Tỉnh ủy Lê Quang Bình và đại diện các sở, ngành của tỉnh.",
        # a clause after the list is no item of it
        "Tiếp đoàn có Bí thư Tỉnh ủy Lê Quang Bình; sau đó đoàn làm việc với Giám đốc Sở "
        "Ngoại vụ Hồ Thị Lan.",
    ],
)
def test_what_is_no_item_hosts_nothing(welcome: str) -> None:
    roles = _main(RECEIVED + welcome)
    assert {n for n, r in roles.items() if r == "host"} == {"Lê Quang Bình"}, roles


# --- the one glad to welcome the delegation ---------------------------------------------


@pytest.mark.parametrize(
    "glad",
    [
        "Bí thư Tỉnh ủy Lê Quang Bình bày tỏ vui mừng được đón tiếp đoàn.",
        "Tại buổi tiếp, Bí thư Tỉnh ủy Lê Quang Bình bày tỏ vui mừng được đón tiếp đoàn đại "
        "biểu tỉnh Salavan.",
        "Đồng chí Lê Quang Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy rất vui mừng được đón "
        "tiếp ông Khamphet Sounthone và đoàn.",
        "Ông Lê Quang Bình, Bí thư Tỉnh ủy bày tỏ niềm vui mừng được tiếp đoàn tại tỉnh.",
        "Bí thư Tỉnh ủy Lê Quang Bình bày tỏ vinh dự được đón tiếp đoàn đại biểu tỉnh bạn.",
        "Tại buổi làm việc, Bí thư Tỉnh ủy Lê Quang Bình bày tỏ hết sức vui mừng được đón đoàn.",
    ],
)
def test_the_one_glad_to_welcome_the_delegation_hosts_its_visit(glad: str) -> None:
    roles = _main(RECEIVED + glad)
    assert roles.get("Khamphet Sounthone") == "guest"
    assert roles.get("Lê Quang Bình") == "host", roles


@pytest.mark.parametrize(
    "glad",
    [
        # the guest glad to be received: no host
        "Ông Khamphet Sounthone bày tỏ vui mừng được đón tiếp tại tỉnh Quảng Trị.",
        # glad of something else, or to welcome others
        "Bí thư Tỉnh ủy Lê Quang Bình bày tỏ vui mừng trước sự phát triển của tỉnh Salavan.",
        "Bí thư Tỉnh ủy Lê Quang Bình vui mừng được đón tiếp các doanh nghiệp Nhật Bản.",
        # the name is no subject
        "Đoàn đã gặp Bí thư Tỉnh ủy Lê Quang Bình, người vui mừng được đón tiếp đoàn.",
    ],
)
def test_other_gladness_hosts_nothing(glad: str) -> None:
    roles = _main(RECEIVED + glad)
    assert roles.get("Khamphet Sounthone") == "guest"
    assert "host" not in roles.values(), roles
