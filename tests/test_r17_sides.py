"""Round 17, sides: a side written as an office or a description is the one named holder.

A participant of the main event is often written without a name: "Thủ tướng Nhật Bản", "Tỉnh
trưởng Salavan", "lãnh đạo HĐND thành phố", "Bí thư - Tỉnh trưởng tỉnh X". When the page names
exactly one holder of that office elsewhere (a later paragraph, an earlier one, an apposition),
the description stands for that person: the events stage reads it as a mention of him, so every
rule that reads a side from a zone sees it. The office is told by its own words (a title the
page gives the holder), or by its head and a country or a place the page writes as one; the
leadership of a body ("lãnh đạo <body>") by the one head of that body. With no holder, or
several, nothing changes. A letter conveyed by a go-between ("A chuyển thư của B tới C") is
B's to C: A carries it and is no side (README round 16, BT04; B11).

Varied: the act (call, reception, courtesy call, message, talks), the office (prime minister,
governor, ambassador, chairman, president), the qualifier (a country, a province, a body), the
order (active, passive, subject described, object described), where the holder is named
(before, after). Near misses: two holders, a country that is not the holder's, a deputy's
office, a bare head with no qualifier, an office written right before its holder's name.

Names, places and dates are invented; no page text is quoted.
"""

from __future__ import annotations

import pytest

import vndiplo


def _main(text: str) -> dict[str, object]:
    return vndiplo.extract(text).to_dict()["events"][0]


def _names(text: str) -> set[str]:
    return {p["name"] for p in _main(text)["participants"]}  # type: ignore[union-attr]


def _roles(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in _main(text)["participants"]}  # type: ignore[union-attr]


# --- described offices resolve to the one holder -------------------------------------------

DESCRIBED = [
    # a phone call whose other side is "the Japanese prime minister", named a paragraph later
    (
        "Chiều 4/8, Thủ tướng Lạc Văn Hòa đã điện đàm với Thủ tướng Nhật Bản.\n"
        "Thủ tướng Nhật Bản bày tỏ cảm ơn Việt Nam. Thủ tướng Sato Kenji cũng mời Thủ tướng "
        "Lạc Văn Hòa thăm Tokyo.",
        {"Lạc Văn Hòa", "Sato Kenji"},
    ),
    # a governor written by his province, which the page writes as a province elsewhere
    (
        "Chiều 2/9, Phó Chủ tịch UBND tỉnh Hà Văn Tâm đã tiếp Tỉnh trưởng Xê Kông cùng đoàn "
        "công tác tỉnh Xê Kông.\nTỉnh trưởng Bun Mi Xay cảm ơn sự đón tiếp của tỉnh.",
        {"Hà Văn Tâm", "Bun Mi Xay"},
    ),
    # the passive: the guest is described, the host named
    (
        "Sáng 12/6, Đại sứ Ai Cập đã được Bộ trưởng Bộ Tư pháp Trịnh Bá Lộc tiếp tại Hà Nội.\n"
        "Đại sứ Ahmed Nour Eldin khẳng định Ai Cập coi trọng quan hệ với Việt Nam.",
        {"Trịnh Bá Lộc", "Ahmed Nour Eldin"},
    ),
    # a courtesy call on a body's leadership: its one head, named later
    (
        "Chiều 19/5, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng Kim Min-jun đến chào xã giao lãnh đạo "
        "UBND thành phố nhân dịp nhận nhiệm kỳ mới.\nTại buổi tiếp, Chủ tịch UBND thành phố "
        "Trần Văn Long chúc tân Tổng Lãnh sự có nhiệm kỳ công tác thành công và thông tin về "
        "tình hình phát triển kinh tế - xã hội của thành phố trong những tháng đầu năm.",
        {"Kim Min-jun", "Trần Văn Long"},
    ),
    # a message whose sender is written as an office chain with the country
    (
        "Ngày 9/10, Tổng thống Mông Cổ đã gửi Thư cảm ơn tới Chủ tịch nước Lạc Văn Hòa.\n"
        "Trong thư, Tổng thống Mông Cổ Bat Erdene cảm ơn sự đón tiếp nồng hậu dành cho ông "
        "trong chuyến thăm Việt Nam vừa qua.",
        {"Bat Erdene", "Lạc Văn Hòa"},
    ),
    # the whole title of the holder, written without his name, as the object
    (
        "Ngày 7/3, Chủ tịch UBND tỉnh Lê Quang Định đã hội đàm với Bí thư Tỉnh ủy, Tỉnh trưởng "
        "tỉnh Salavan.\nDự hội đàm có ông Khăm Sy Bun Ma, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh "
        "Salavan.",
        {"Lê Quang Định", "Khăm Sy Bun Ma"},
    ),
    # a call told by what was said in it; the other side answers by office alone
    (
        "Phát biểu trong cuộc điện đàm, Thủ tướng Lạc Văn Hòa cảm ơn Hàn Quốc đã hỗ trợ vật tư "
        "y tế cho Việt Nam.\nĐáp lại, Thủ tướng Hàn Quốc bày tỏ sự khâm phục Việt Nam.\n"
        "Thủ tướng Park Jin-ho cũng mời Thủ tướng Lạc Văn Hòa sớm thăm Seoul.",
        {"Lạc Văn Hòa", "Park Jin-ho"},
    ),
    # the leadership of two bodies: the head of the first one named
    (
        "Chiều 8/11, tân Đại sứ Ba Lan Tomasz Nowak đến chào xã giao lãnh đạo HĐND và Ủy ban "
        "MTTQ Việt Nam tỉnh nhân dịp nhận nhiệm kỳ công tác mới.\nTại buổi tiếp, Chủ tịch HĐND "
        "tỉnh Vũ Đình Khải chúc tân Đại sứ có nhiệm kỳ công tác thành công và thông tin về tình "
        "hình phát triển kinh tế - xã hội của tỉnh trong những năm gần đây.",
        {"Tomasz Nowak", "Vũ Đình Khải"},
    ),
    # a visit whose visitor the host thanks by office and province
    (
        "Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh Hà Văn Tâm cảm ơn Tỉnh trưởng Xê Kông "
        "cùng đoàn công tác đã tới thăm và chúc mừng Quốc khánh.\nTỉnh trưởng Bun Mi Xay gửi "
        "lời chúc mừng tới lãnh đạo và nhân dân tỉnh nhân dịp kỷ niệm Quốc khánh; chúc quan hệ "
        "hữu nghị giữa hai tỉnh Hòa Sơn và Xê Kông ngày càng tốt đẹp.",
        {"Hà Văn Tâm", "Bun Mi Xay"},
    ),
    # a chain of offices with no name: the one leader all of them are
    (
        "Ngày 20/9, Tổng Bí thư, Chủ tịch nước Lào đã gửi Thư cảm ơn đến Tổng Bí thư, Chủ tịch "
        "nước Lạc Văn Hòa.\nTrong thư, Tổng Bí thư, Chủ tịch nước Lào Sổm Vông cảm ơn sự đón "
        "tiếp nồng hậu dành cho ông trong chuyến thăm Việt Nam vừa qua.",
        {"Sổm Vông", "Lạc Văn Hòa"},
    ),
    # a country's leader, described without an office
    (
        "Chiều 3/3, Thủ tướng Lạc Văn Hòa đã điện đàm với người đứng đầu Chính phủ Australia.\n"
        "Thủ tướng Australia Tom Baker chúc mừng những thành tựu của Việt Nam và mời Thủ tướng "
        "Lạc Văn Hòa thăm Canberra.",
        {"Lạc Văn Hòa", "Tom Baker"},
    ),
    (
        "Chiều 3/3, Thủ tướng Lạc Văn Hòa đã hội đàm với nhà lãnh đạo Ấn Độ tại New Delhi.\n"
        "Tổng thống Ấn Độ Raj Kumar khẳng định Ấn Độ coi trọng quan hệ với Việt Nam.",
        {"Lạc Văn Hòa", "Raj Kumar"},
    ),
]


@pytest.mark.parametrize(("text", "names"), DESCRIBED)
def test_a_described_side_is_its_one_holder(text: str, names: set[str]) -> None:
    assert _names(text) == names


def test_the_described_guest_of_a_reception_is_the_guest() -> None:
    text = (
        "Sáng 12/6, Bộ trưởng Bộ Tư pháp Trịnh Bá Lộc đã tiếp Đại sứ Ai Cập tại Hà Nội.\n"
        "Đại sứ Ahmed Nour Eldin khẳng định Ai Cập coi trọng quan hệ với Việt Nam."
    )
    assert _roles(text) == {"Trịnh Bá Lộc": "host", "Ahmed Nour Eldin": "guest"}


def test_a_hyphenated_office_matches_its_holder() -> None:
    text = (
        "Chiều 9/8, Chủ tịch UBND tỉnh Lê Quang Định đã gửi thư chúc mừng tới Bí thư - Tỉnh "
        "trưởng tỉnh Salavan.\nBí thư Tỉnh trưởng tỉnh Salavan Khăm Sy Bun Ma đã cảm ơn tỉnh "
        "bạn."
    )
    assert _names(text) == {"Lê Quang Định", "Khăm Sy Bun Ma"}


# --- a conveyed letter: the sender's and the addressee's, not the carrier's --------------------

CONVEYED = [
    (
        "Ngày 3/8, ông Lê Minh Trí, Giám đốc Sở Ngoại vụ, đã chuyển thư thăm hỏi của Bí thư "
        "Tỉnh ủy Hòa Bình Đỗ Quang Vinh tới ông Bun Xay, Tỉnh trưởng tỉnh Salavan."
    ),
    (
        "Ngày 3/8, Giám đốc Sở Ngoại vụ Lê Minh Trí đã trao thư chúc mừng của Bí thư Tỉnh ủy "
        "Hòa Bình Đỗ Quang Vinh cho Tỉnh trưởng tỉnh Salavan Bun Xay."
    ),
    (
        "Ngày 3/8, Đại sứ Lê Minh Trí đã chuyển điện chia buồn của Chủ tịch nước Đỗ Quang Vinh "
        "đến Tổng thống Bun Xay."
    ),
]


@pytest.mark.parametrize("text", CONVEYED)
def test_a_conveyed_letter_is_the_senders_to_the_addressee(text: str) -> None:
    main = _main(text)
    assert main["type"] == "message"
    assert _names(text) == {"Đỗ Quang Vinh", "Bun Xay"}


# --- near misses: nothing changes ------------------------------------------------------------


def test_two_holders_of_the_office_resolve_to_neither() -> None:
    text = (
        "Sáng 12/6, Bộ trưởng Bộ Tư pháp Trịnh Bá Lộc đã tiếp Đại sứ Ai Cập tại Hà Nội.\n"
        "Đại sứ Ai Cập Ahmed Nour Eldin và Đại sứ Ai Cập Omar Salem cùng dự buổi lễ."
    )
    assert _names(text) == {"Trịnh Bá Lộc"}


def test_an_office_of_another_country_is_not_the_holder() -> None:
    text = (
        "Sáng 12/6, Bộ trưởng Bộ Tư pháp Trịnh Bá Lộc đã tiếp Đại sứ Pháp tại Hà Nội.\n"
        "Đại sứ Ai Cập Ahmed Nour Eldin cũng có mặt tại Hà Nội."
    )
    assert "Ahmed Nour Eldin" not in _names(text)


def test_a_deputys_office_is_not_the_head() -> None:
    text = (
        "Chiều 4/8, Thủ tướng Lạc Văn Hòa đã tiếp Phó Thủ tướng Nhật Bản.\n"
        "Thủ tướng Nhật Bản Sato Kenji gửi lời chào tới Việt Nam."
    )
    assert "Sato Kenji" not in _names(text)


def test_a_bare_office_with_no_qualifier_is_not_resolved_here() -> None:
    text = (
        "Chiều 4/8, Thủ tướng Lạc Văn Hòa đã tiếp Đại sứ tại Hà Nội.\n"
        "Đại sứ Ai Cập Ahmed Nour Eldin cũng có mặt."
    )
    assert _names(text) == {"Lạc Văn Hòa"}


def test_a_body_whose_leaders_are_several_is_left() -> None:
    text = (
        "Chiều 19/5, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng Kim Min-jun đến chào xã giao lãnh đạo "
        "UBND thành phố.\nChủ tịch UBND thành phố Trần Văn Long và Chủ tịch UBND thành phố "
        "Hoàng Minh Nhật cùng dự."
    )
    assert "Hoàng Minh Nhật" not in _names(text)


def test_an_office_written_before_its_name_stays_one_mention() -> None:
    text = (
        "Chiều 4/8, Thủ tướng Lạc Văn Hòa đã điện đàm với Thủ tướng Nhật Bản Sato Kenji.\n"
        "Thủ tướng Sato Kenji cảm ơn Việt Nam."
    )
    assert _roles(text) == {"Lạc Văn Hòa": "participant", "Sato Kenji": "participant"}


def test_a_letter_sent_not_conveyed_keeps_its_sender() -> None:
    text = (
        "Ngày 3/8, Bí thư Tỉnh ủy Hòa Bình Đỗ Quang Vinh đã gửi thư thăm hỏi tới ông Bun Xay, "
        "Tỉnh trưởng tỉnh Salavan."
    )
    assert _names(text) == {"Đỗ Quang Vinh", "Bun Xay"}


def test_a_reception_after_credentials_takes_the_envoy_it_describes() -> None:
    text = (
        "Sáng 6/3, Đại sứ Ai Cập Ahmed Nour Eldin, Đại sứ Peru Luis Ortega và Đại sứ Chile "
        "Pablo Reyes đã lần lượt trình Quốc thư lên Chủ tịch nước Lạc Văn Hòa.\n"
        "Tiếp Đại sứ Peru, Chủ tịch nước Lạc Văn Hòa đề nghị hai nước tăng cường hợp tác "
        "trong lĩnh vực nông nghiệp và thương mại."
    )
    assert _roles(text) == {"Lạc Văn Hòa": "host", "Luis Ortega": "guest"}


def test_an_office_that_abbreviates_two_holders_is_neither() -> None:
    text = (
        "Chiều 10/4, đoàn tỉnh Hòa Sơn do ông Giàng A Lử - Ủy viên Trung ương Đảng, Bí thư "
        "Tỉnh ủy Hòa Sơn làm trưởng đoàn đã thăm tỉnh Phông Sa Lỳ. Tiếp đoàn có ông Khăm "
        "Phon, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông Sa Lỳ.\n"
        "Đồng chí Bí thư Tỉnh ủy phát biểu chào mừng đoàn."
    )
    # the bare "Bí thư Tỉnh ủy" is both leaders' office: it adds no one
    assert set(_names(text)) <= {"Giàng A Lử", "Khăm Phon"}


def test_an_office_naming_a_building_or_a_country_s_leaders_is_no_side() -> None:
    text = (
        "Chiều 4/8, Thủ tướng Lạc Văn Hòa đã điện đàm với Tổng thống Hàn Quốc Park Jin-ho.\n"
        "Văn phòng Tổng thống Hàn Quốc cho biết lãnh đạo Việt Nam và Chủ tịch Quốc hội Đỗ Minh "
        "Tuấn đã gửi lời chúc mừng tới Hàn Quốc nhân dịp Quốc khánh."
    )
    assert _names(text) == {"Lạc Văn Hòa", "Park Jin-ho"}


# --- English pages ---------------------------------------------------------------------------

ENGLISH_HEAD = "Vietnam and Japan agree to boost ties\n\nHANOI, May 3 (VNA) - "


def test_an_english_described_counterpart_is_its_one_holder() -> None:
    text = ENGLISH_HEAD + (
        "Prime Minister Lac Van Hoa held phone talks with the Japanese Prime Minister on May 3.\n"
        "Japanese Prime Minister Sato Kenji thanked Vietnam for its support and invited Prime "
        "Minister Lac Van Hoa to visit Tokyo later this year."
    )
    assert _names(text) == {"Lac Van Hoa", "Sato Kenji"}


def test_an_english_office_of_a_country_is_its_one_holder() -> None:
    text = ENGLISH_HEAD + (
        "President Lac Van Hoa on May 3 received the President of Chile in Hanoi.\n"
        "Chilean President Ana Torres said her country wants closer trade ties with Vietnam."
    )
    assert _names(text) == {"Lac Van Hoa", "Ana Torres"}


def test_an_english_office_two_people_hold_is_no_one() -> None:
    text = ENGLISH_HEAD + (
        "Prime Minister Lac Van Hoa held phone talks with the Japanese Prime Minister on May 3.\n"
        "Japanese Prime Minister Sato Kenji and Japanese Prime Minister Ito Hiro were quoted "
        "by local media."
    )
    for event in vndiplo.extract(text).to_dict()["events"]:
        names = {p["name"] for p in event["participants"]}
        assert "Lac Van Hoa" not in names or names == {"Lac Van Hoa"}


def test_an_english_country_leader_is_the_page_s_one_person_of_it() -> None:
    text = ENGLISH_HEAD + (
        "Prime Minister Lac Van Hoa on May 3 held talks with the Indian leader in New Delhi.\n"
        "Indian President Raj Kumar said India values its ties with Vietnam."
    )
    assert _names(text) == {"Lac Van Hoa", "Raj Kumar"}


def test_the_leaders_of_a_country_with_several_people_are_no_one() -> None:
    text = (
        "Chiều 3/3, Thủ tướng Lạc Văn Hòa đã hội đàm với nhà lãnh đạo Ấn Độ tại New Delhi.\n"
        "Tổng thống Ấn Độ Raj Kumar và Thủ tướng Ấn Độ Anil Mehta đều khẳng định Ấn Độ coi trọng "
        "quan hệ với Việt Nam."
    )
    assert _names(text) == {"Lạc Văn Hòa"}


def test_many_leaders_of_a_body_are_no_one() -> None:
    text = (
        "Sáng 9/9, Bí thư Tỉnh ủy Hòa Sơn Đỗ Quang Vinh tiếp các đồng chí lãnh đạo UBND tỉnh "
        "Champasak.\nChủ tịch UBND tỉnh Champasak Vi Lay Vông chưa tham gia đoàn lần này do bận "
        "công tác tại thủ đô."
    )
    assert "Vi Lay Vông" not in _names(text)
