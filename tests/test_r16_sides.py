"""Round 16, sides and roles: talks between two bodies whose people a list after the act names.

"Đoàn đại biểu tỉnh A đã hội đàm với tỉnh B. Dự hội đàm có X – <office of A>, Y – <office of
B>": the act names nobody, the list names each body's head. Each head belongs to the body his
titles name (a country, or shared pairs of words), the one whose titles tell nothing to the body
nobody else took; the body written as the delegation ("Đoàn ...") came, so its head is the guest
and the other body's the host (README round 13 BK04, round 15 home ground). Varied: who came
(the body before the act or after "với"), the act word, the list in one sentence or one per side,
dash, comma or semicolon between the items, order of the items, honorifics. Near misses: a list
when no body is written as a delegation, or both are; an act that names its people itself.

Names, places and dates are invented; no page text is quoted.
"""

from __future__ import annotations

import pytest

import vndiplo


def _sides(text: str) -> dict[str, str]:
    event = vndiplo.extract(text).to_dict()["events"][0]
    return {p["name"]: p["role"] for p in event["participants"]}


HEAD = "Tin đối ngoại\n\n"

#: the delegation came from before the act word; the other body is after "với"
CAME_BEFORE = [
    (
        "Ngày 14/9, Đoàn đại biểu tỉnh ta đã hội đàm với tỉnh Xay Lăm (Lào). Dự hội đàm có "
        "đồng chí Lê Văn Bình – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đồng chí Khăm Phon "
        "Vi Lay – Phó Tỉnh trưởng tỉnh Xay Lăm cùng đại diện lãnh đạo các sở, ngành hai tỉnh."
    ),
    (
        "Ngày 14/9, Đoàn đại biểu tỉnh ta đã có buổi hội đàm với tỉnh Xay Lăm (Lào). Tham dự "
        "hội đàm có đồng chí Khăm Phon Vi Lay, Phó Tỉnh trưởng tỉnh Xay Lăm; đồng chí Lê Văn "
        "Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh."
    ),
    (
        "Sáng 3/5, đoàn công tác của tỉnh Hòa Sơn đã hội đàm, trao đổi kinh nghiệm với tỉnh "
        "Xay Lăm của nước bạn Lào.\nDự buổi hội đàm có ông Lê Văn Bình - Chủ tịch UBND tỉnh Hòa "
        "Sơn và ông Khăm Phon Vi Lay - Phó Tỉnh trưởng tỉnh Xay Lăm."
    ),
    (
        "Ngày 20/11, Đoàn đại biểu tỉnh Hòa Sơn đã hội đàm với tỉnh Xay Lăm. Dự hội đàm, phía "
        "tỉnh Xay Lăm có đồng chí Khăm Phon Vi Lay - Phó Tỉnh trưởng tỉnh Xay Lăm; phía tỉnh Hòa "
        "Sơn có đồng chí Lê Văn Bình - Chủ tịch UBND tỉnh Hòa Sơn."
    ),
]

#: the delegation came from after "với"; the receiving body is before the act word
CAME_AFTER = [
    (
        "Ngày 8/10, Ủy ban MTTQ Việt Nam tỉnh Hòa Sơn đã hội đàm với Đoàn đại biểu Mặt trận Lào "
        "xây dựng đất nước tỉnh Xay Lăm (Lào). Tham dự hội đàm, tỉnh ta có đồng chí Trần Văn "
        "Định, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện lãnh đạo các ban, ngành. Đoàn đại "
        "biểu Mặt trận Lào xây dựng đất nước có các đồng chí: Bun Xổm Phết, Phó Chủ tịch Ủy ban "
        "Mặt trận Lào xây dựng đất nước tỉnh Xay Lăm làm Trưởng Đoàn."
    ),
    (
        "Chiều 2/6, Hội Nông dân tỉnh Hòa Sơn đã hội đàm với đoàn đại biểu Hội Nông dân tỉnh "
        "Quảng Lạc (Trung Quốc). Tham dự hội đàm có ông Trương Minh Hải, Phó Chủ tịch Hội Nông "
        "dân tỉnh Quảng Lạc; ông Trần Văn Định, Chủ tịch Hội Nông dân tỉnh Hòa Sơn."
    ),
    (
        "Ngày 8/10, Sở Ngoại vụ tỉnh Hòa Sơn đã làm việc với Đoàn công tác Sở Ngoại vụ tỉnh "
        "Xay Lăm, Lào. Dự buổi làm việc có bà Trần Thị Định, Giám đốc Sở Ngoại vụ tỉnh Hòa Sơn; "
        "ông Khăm Phon Vi Lay, Phó Giám đốc Sở Ngoại vụ tỉnh Xay Lăm."
    ),
]


@pytest.mark.parametrize("text", CAME_BEFORE)
def test_the_delegation_before_the_act_is_the_guest(text: str) -> None:
    sides = _sides(HEAD + text)
    assert sides.get("Lê Văn Bình") == "guest"
    assert sides.get("Khăm Phon Vi Lay") == "host"


def test_a_receiving_body_head_on_a_list_of_its_own_hosts() -> None:
    sides = _sides(HEAD + CAME_AFTER[0])
    assert sides == {"Trần Văn Định": "host", "Bun Xổm Phết": "guest"}


@pytest.mark.parametrize("text", CAME_AFTER[1:])
def test_the_delegation_after_with_is_the_guest(text: str) -> None:
    sides = _sides(HEAD + text)
    guest = "Trương Minh Hải" if "Quảng Lạc" in text else "Khăm Phon Vi Lay"
    host = "Trần Văn Định" if "Quảng Lạc" in text else "Trần Thị Định"
    assert sides.get(guest) == "guest"
    assert sides.get(host) == "host"


def test_two_heads_of_the_delegation_are_both_guests() -> None:
    text = CAME_AFTER[0].replace(
        "làm Trưởng Đoàn.",
        "làm Trưởng Đoàn; Xổm Xay Na, Phó Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước "
        "tỉnh Pha Lay làm Trưởng Đoàn.",
    )
    sides = _sides(HEAD + text)
    assert sides.get("Trần Văn Định") == "host"
    assert sides.get("Bun Xổm Phết") == "guest"


# -- near misses: nothing tells who came, or the act names its people ------------------------


def test_no_body_written_as_a_delegation_keeps_equal_sides() -> None:
    text = (
        "Ngày 14/9, tỉnh Hòa Sơn đã hội đàm với tỉnh Xay Lăm (Lào) tại cửa khẩu. Dự hội đàm có "
        "đồng chí Lê Văn Bình – Chủ tịch UBND tỉnh Hòa Sơn, đồng chí Khăm Phon Vi Lay – Phó "
        "Tỉnh trưởng tỉnh Xay Lăm."
    )
    sides = _sides(HEAD + text)
    assert "host" not in sides.values() and "guest" not in sides.values()


def test_two_delegations_keep_equal_sides() -> None:
    text = (
        "Ngày 14/9, Đoàn đại biểu tỉnh Hòa Sơn đã hội đàm với Đoàn đại biểu tỉnh Xay Lăm tại "
        "Hà Nội. Dự hội đàm có đồng chí Lê Văn Bình – Chủ tịch UBND tỉnh Hòa Sơn, đồng chí "
        "Khăm Phon Vi Lay – Phó Tỉnh trưởng tỉnh Xay Lăm."
    )
    sides = _sides(HEAD + text)
    assert "host" not in sides.values() and "guest" not in sides.values()


def test_an_act_naming_its_people_is_read_from_its_own_sentence() -> None:
    text = (
        "Ngày 14/9, tại Viêng Chăn, Chủ tịch UBND tỉnh Hòa Sơn Lê Văn Bình đã hội đàm với Phó "
        "Tỉnh trưởng tỉnh Xay Lăm Khăm Phon Vi Lay. Dự hội đàm có đồng chí Trần Văn Định, Phó "
        "Chủ tịch UBND tỉnh Hòa Sơn."
    )
    sides = _sides(HEAD + text)
    assert "Trần Văn Định" not in sides
    assert "Lê Văn Bình" in sides


# -- a reproduced letter: addressee on the "Kính gửi" line, sender in the signature --------

LETTER_HEAD = "Thủ tướng Lào gửi thư cảm ơn\n\n"
CLOSING = (
    "Thưa đồng chí Thủ tướng,\n\nThay mặt đoàn đại biểu, tôi chân thành cảm ơn đồng chí và nhân "
    "dân Việt Nam đã dành cho đoàn chúng tôi sự đón tiếp nồng hậu.\n\nXin gửi tới đồng chí "
    "những lời chúc tốt đẹp nhất.\n\n"
)
ADDRESSES = [
    "Kính gửi: Đồng chí Phạm Quang Vinh, Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa "
    "Việt Nam",
    "Kính gửi: Ngài Phạm Quang Vinh, Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Kính gửi: Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam Phạm Quang Vinh",
]
SIGNATURES = [
    "Nguyễn Minh Trung Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Nguyễn Minh Trung\nChủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Nguyễn Minh Trung, Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Nguyễn Minh Trung – Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
]


def _letter(address: str, signature: str) -> str:
    return LETTER_HEAD + address + "\n\n" + CLOSING + signature + "\n"


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize("signature", SIGNATURES)
def test_a_letter_has_its_signer_and_addressee_as_participants(
    address: str, signature: str
) -> None:
    sides = _sides(_letter(address, signature))
    assert sides == {"Nguyễn Minh Trung": "participant", "Phạm Quang Vinh": "participant"}


def test_an_unsigned_letter_keeps_its_addressee() -> None:
    sides = _sides(_letter(ADDRESSES[1], ""))
    assert sides == {"Phạm Quang Vinh": "participant"}


def test_a_sentence_opening_on_a_name_after_the_letter_signs_nothing() -> None:
    note = "Nguyễn Minh Trung là Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam từ năm 2021."
    sides = _sides(_letter(ADDRESSES[1], note))
    assert "Nguyễn Minh Trung" not in sides


def test_an_address_line_closed_by_a_comma_over_the_office_names_the_addressee() -> None:
    text = (
        "THƯ CẢM ƠN\nKính gửi: Đồng chí Phạm Quang Vinh,\nTổng Bí thư Ban Chấp hành Trung ương "
        "Đảng Cộng sản Việt Nam,\nKính thưa đồng chí Tổng Bí thư,\nTôi chân thành cảm ơn Đồng "
        "chí đã gửi lời thăm hỏi tới nhân dân chúng tôi.\nXin gửi tới Đồng chí những lời chúc "
        "tốt đẹp.\n"
    )
    event = vndiplo.extract(text).to_dict()["events"][0]
    assert event["type"] == "message"
    assert [p["name"] for p in event["participants"]] == ["Phạm Quang Vinh"]


@pytest.mark.parametrize(
    "recalled",
    [
        "Vừa qua, đồng chí Tổng Bí thư đã có chuyến thăm rất thành công tới nước chúng tôi.",
        "Tháng trước, đồng chí Tổng Bí thư và tôi đã hội đàm tại thủ đô hai nước.",
    ],
)
def test_an_act_the_letter_recalls_is_no_news_of_the_page(recalled: str) -> None:
    text = (
        "THƯ CẢM ƠN\nKính gửi: Ngài Phạm Quang Vinh, Tổng Bí thư Ban Chấp hành Trung ương Đảng "
        "Cộng sản Việt Nam\nKính thưa đồng chí Tổng Bí thư,\nTôi chân thành cảm ơn Đồng chí đã "
        "gửi lời thăm hỏi tới nhân dân chúng tôi. " + recalled + "\nXin gửi tới Đồng chí những "
        "lời chúc tốt đẹp.\n"
    )
    event = vndiplo.extract(text).to_dict()["events"][0]
    assert event["type"] == "message"
    assert {p["name"]: p["role"] for p in event["participants"]} == {
        "Phạm Quang Vinh": "participant"
    }


def test_a_letter_quoted_after_the_news_leaves_the_news_main() -> None:
    text = (
        "Thủ tướng Lào cảm ơn Việt Nam\n\nChiều 12/3, tại Hà Nội, Thủ tướng Phạm Quang Vinh đã "
        "tiếp Đại sứ Lào Bun Xổm Phết. Sau buổi tiếp, Đại sứ đã chuyển thư của Thủ tướng Lào. "
        "Nội dung bức thư như sau:\n\nKính gửi: Ngài Phạm Quang Vinh, Thủ tướng Chính phủ nước "
        "Cộng hòa xã hội chủ nghĩa Việt Nam\n\nThưa Ngài Thủ tướng,\n\nTôi chân thành cảm ơn "
        "Ngài đã hội đàm với tôi tại Viêng Chăn.\n"
    )
    event = vndiplo.extract(text).to_dict()["events"][0]
    assert event["type"] == "reception"


# -- a meeting at one side's own seat: that side hosts, also between one country's officials --


def _main(text: str) -> dict:
    return vndiplo.extract("Tin đối ngoại\n\n" + text).to_dict()["events"][0]


SEATS = [
    (
        "Chiều 3/4, tại trụ sở UBND tỉnh, đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh đã làm "
        "việc với đồng chí Trần Văn Định, Tổng Lãnh sự Việt Nam tại Quảng Lạc về hợp tác.",
        "Lê Văn Bình",
        "Trần Văn Định",
    ),
    (
        "Sáng 3/4, tại trụ sở Bộ Ngoại giao, Đại sứ Việt Nam tại Pháp Trần Văn Định đã làm việc "
        "với Bộ trưởng Ngoại giao Lê Văn Bình.",
        "Lê Văn Bình",
        "Trần Văn Định",
    ),
    (
        "Ngày 3/4, tại trụ sở Tỉnh ủy Hòa Sơn, Bí thư Tỉnh ủy Hòa Sơn Lê Văn Bình đã gặp Đại sứ "
        "Việt Nam tại Lào Trần Văn Định.",
        "Lê Văn Bình",
        "Trần Văn Định",
    ),
]


@pytest.mark.parametrize(("text", "host", "guest"), SEATS)
def test_the_side_whose_seat_holds_the_meeting_hosts(text: str, host: str, guest: str) -> None:
    event = _main(text)
    sides = {p["name"]: p["role"] for p in event["participants"]}
    assert sides == {host: "host", guest: "guest"}
    assert event["cameo"] is None  # one country's officials


@pytest.mark.parametrize(
    "text",
    [
        # a place that is nobody's seat
        "Chiều 3/4, tại khách sạn Sao Mai, đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh đã làm "
        "việc với đồng chí Trần Văn Định, Tổng Lãnh sự Việt Nam tại Quảng Lạc.",
        # both hold an office of the seat
        "Chiều 3/4, tại trụ sở UBND tỉnh, đồng chí Lê Văn Bình, Chủ tịch UBND tỉnh đã làm việc "
        "với đồng chí Trần Văn Định, Phó Chủ tịch UBND tỉnh.",
    ],
)
def test_no_side_at_home_keeps_equal_sides(text: str) -> None:
    roles = {p["role"] for p in _main(text)["participants"]}
    assert roles == {"participant"}


# -- "Đại diện <receiving act> đoàn (phía X) có A - <office>, ...": the receiving head hosts ----

VISIT_LEAD = (
    "Ngày 5/6/2022, Ngài Carlos Mendoza - Đại sứ đặc mệnh toàn quyền nước Cộng hòa Chi-lê đã "
    "đến thăm và làm việc tại Trường Đại học Bạch Lâm.\n"
)


@pytest.mark.parametrize(
    ("receivers", "hosts"),
    [
        (
            "Đại diện đón tiếp đoàn phía Trường Đại học Bạch Lâm có ông Lê Văn Bình - Hiệu "
            "trưởng, ông Trần Văn Định - Phó Hiệu trưởng và một số cán bộ của Trường.",
            {"Lê Văn Bình"},
        ),
        (
            "Đại diện tiếp đoàn có ông Lê Văn Bình, Hiệu trưởng Trường Đại học Bạch Lâm; ông "
            "Trần Văn Định, Phó Hiệu trưởng.",
            {"Lê Văn Bình", "Trần Văn Định"},
        ),
        (
            "Đại diện đón tiếp và làm việc với đoàn có ông Lê Văn Bình, Hiệu trưởng Trường Đại "
            "học Bạch Lâm.",
            {"Lê Văn Bình"},
        ),
    ],
)
def test_those_who_received_the_delegation_for_their_side_host_its_visit(
    receivers: str, hosts: set[str]
) -> None:
    sides = _sides("Tin hợp tác\n\n" + VISIT_LEAD + receivers + "\n")
    assert sides.get("Carlos Mendoza") == "guest"
    assert {name for name, role in sides.items() if role == "host"} == hosts


def test_the_delegation_own_representatives_host_nothing() -> None:
    text = (
        "Tin hợp tác\n\n" + VISIT_LEAD + "Đại diện đoàn có ông Lê Văn Bình, Tham tán Đại sứ "
        "quán Chi-lê.\n"
    )
    sides = _sides(text)
    assert "host" not in sides.values()


# -- a body written with no person: who speaks for it next is its side ----------------------

SPEAKERS = [
    (
        "Sáng 4/5, tại Hà Nội, Hội Nông dân Việt Nam hội đàm với Đoàn đại biểu Hội Nông dân Lào "
        "do ông Khăm Phon Vi Lay, Chủ tịch Hội Nông dân Lào, làm Trưởng đoàn. Chủ tịch Hội "
        "Nông dân Việt Nam Lê Văn Bình cho biết hai bên có nhiều tiềm năng hợp tác.",
        "Lê Văn Bình",
        "Khăm Phon Vi Lay",
    ),
    (
        "Ngày 4/5, Đoàn đại biểu Hội Nông dân tỉnh Hòa Sơn do ông Lê Văn Bình, Chủ tịch Hội "
        "Nông dân tỉnh Hòa Sơn, làm trưởng đoàn đã hội đàm với Hội Nông dân tỉnh Xay Lăm (Lào). "
        "Ông Khăm Phon Vi Lay, Chủ tịch Hội Nông dân tỉnh Xay Lăm, hoan nghênh đoàn.",
        "Khăm Phon Vi Lay",
        "Lê Văn Bình",
    ),
    (
        "Sáng 4/5, Sở Ngoại vụ tỉnh Hòa Sơn đã làm việc với Đoàn công tác Đại sứ quán Chi-lê do "
        "ông Carlos Mendoza, Đại sứ Chi-lê tại Việt Nam, dẫn đầu. Giám đốc Sở Ngoại vụ tỉnh Hòa "
        "Sơn Trần Văn Định đã giới thiệu tình hình kinh tế của tỉnh.",
        "Trần Văn Định",
        "Carlos Mendoza",
    ),
]


@pytest.mark.parametrize(("text", "host", "guest"), SPEAKERS)
def test_who_speaks_for_the_unnamed_body_is_its_side(text: str, host: str, guest: str) -> None:
    sides = _sides(HEAD + text)
    assert sides == {host: "host", guest: "guest"}


def test_an_official_of_neither_body_is_no_side() -> None:
    text = (
        "Sáng 4/5, tại Hà Nội, Hội Nông dân Việt Nam hội đàm với Đoàn đại biểu Hội Nông dân Lào "
        "do ông Khăm Phon Vi Lay, Chủ tịch Hội Nông dân Lào, làm Trưởng đoàn. Thứ trưởng Bộ Công "
        "Thương Trần Văn Định cũng có mặt."
    )
    sides = _sides(HEAD + text)
    assert "Trần Văn Định" not in sides
