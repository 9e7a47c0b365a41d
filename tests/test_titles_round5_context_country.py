"""Where a person is from when the titles do not say (round 5), on sentences written for these
tests:

* the one foreign country an article is about gives its foreign-spelt counterparts named by a
  generic office ("Tổng thống X", "Thị trưởng thành phố Y") their country; not when two
  foreign countries are named alike, not to a Vietnamese-spelt name, not to someone the text
  ties to a non-state body ("Phái viên X của đài Y");
* the words written against the name: "X của <country>", the person's own apposition with an
  embassy or "của <country>" ("X, Lãnh sự mới của <country> tại ..."), which overrule the
  Vietnamese default of a Sino-Vietnamese spelling;
* a body only Vietnam's state has (HĐND, UBND, Hội đồng Dân tộc) makes an ethnic-minority
  name Vietnamese, and it wins over a later stray foreign title;
* a well-known name with a spaced initial ("George W. Bush") is still known.
"""

from __future__ import annotations

from tests.titles_helpers import people_by_name

_FINNISH_VISIT = (
    "Chủ tịch nước thăm chính thức Phần Lan\n"
    "Trong chuyến thăm chính thức Phần Lan, Chủ tịch nước Trần Minh Quang đã hội đàm với "
    "Tổng thống Aino Virtanen và tiếp kiến Thủ tướng Matti Laine.\n"
    "Hai bên khẳng định quan hệ Việt Nam – Phần Lan phát triển tốt đẹp.\n"
)


def test_counterparts_under_a_generic_office_take_the_partner_country() -> None:
    people = people_by_name(_FINNISH_VISIT)
    assert people["Aino Virtanen"].country == "FI"
    assert people["Matti Laine"].country == "FI"
    assert people["Trần Minh Quang"].country == "VN"


def test_a_mayor_received_in_a_province_takes_the_partner_country() -> None:
    people = people_by_name(
        "Chiều 4/9, Phó Chủ tịch UBND tỉnh Lưu Văn Hải tiếp ông Kenta Morimoto, Thị trưởng "
        "thành phố Kamisato.\nPhó Chủ tịch mong các doanh nghiệp Nhật Bản đầu tư vào tỉnh, "
        "góp phần vun đắp quan hệ giữa Nhật Bản và Việt Nam."
    )
    assert people["Kenta Morimoto"].country == "JP"
    assert people["Lưu Văn Hải"].country == "VN"


def test_two_partners_named_alike_give_no_country() -> None:
    people = people_by_name(
        "Bộ trưởng Lê Văn Khoa gặp Bộ trưởng Ngoại giao Aino Virtanen bên lề hội nghị. "
        "Quan hệ với Phần Lan và Na Uy được bàn thêm; Na Uy và Phần Lan cam kết hỗ trợ."
    )
    assert people["Aino Virtanen"].country is None


def test_a_reporter_of_a_station_keeps_no_country() -> None:
    people = people_by_name(
        _FINNISH_VISIT + "Phái viên Laura Hendry của đài ABX tường thuật từ Helsinki."
    )
    assert people["Laura Hendry"].country is None


def test_the_partner_country_does_not_overrule_a_vietnamese_spelt_name() -> None:
    people = people_by_name(
        _FINNISH_VISIT + "Đại sứ Phạm Thu Hà cùng dự buổi hội đàm tại Phần Lan."
    )
    assert people["Phạm Thu Hà"].country == "VN"


def test_of_a_country_after_the_name() -> None:
    people = people_by_name(
        "Ngay sau khi đến Geneva, Thủ tướng Lê Văn Khoa gặp Tổng thống Carlos Mena Rivas "
        "của Paraguay, rồi Thủ tướng Na Uy Erik Dahl."
    )
    assert people["Carlos Mena Rivas"].country == "PY"


def test_a_consul_s_own_apposition_overrules_the_vietnamese_default() -> None:
    people = people_by_name(
        "Ngày 9/8, Cục trưởng Cục Lãnh sự Đỗ Minh Hà trao giấy chấp nhận cho ông Tạ Quân, "
        "Tổng lãnh sự mới của Trung Quốc tại Đà Nẵng."
    )
    assert people["Tạ Quân"].country == "CN"
    assert people["Đỗ Minh Hà"].country == "VN"


def test_an_apposition_naming_a_field_not_a_tie_gives_nothing() -> None:
    people = people_by_name(
        "Bộ trưởng Lê Văn Khoa tiếp ông Mario Bento, Thứ trưởng phụ trách hợp tác với Nga "
        "và châu Á."
    )
    assert people["Mario Bento"].country != "RU"


def test_a_friendship_society_pair_before_the_name_keeps_vietnam() -> None:
    people = people_by_name(
        "Sáng 2/3, Phó Chủ tịch Hội hữu nghị Việt Nam - Lào Nguyễn Văn Bình tiếp đoàn."
    )
    assert people["Nguyễn Văn Bình"].country == "VN"


def test_an_ethnic_minority_provincial_official_is_vietnamese() -> None:
    people = people_by_name(
        "Dự lễ ký có Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Y Drang Êban; Chủ tịch Hội đồng "
        "Dân tộc của Quốc hội Rơ Châm Hlin và Tỉnh trưởng tỉnh Gangwon (Hàn Quốc) Kim Soo Min."
    )
    assert people["Y Drang Êban"].country == "VN"
    assert people["Rơ Châm Hlin"].country == "VN"
    assert people["Kim Soo Min"].country == "KR"


def test_a_provincial_chair_keeps_vietnam_over_a_later_stray_title() -> None:
    people = people_by_name(
        "Đồng chí Lương Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh tiếp đoàn Đại sứ quán "
        "Mông Cổ. Đồng chí Chủ tịch UBND tỉnh Lương Văn Tâm cảm ơn Đại sứ đặc mệnh toàn quyền "
        "Mông Cổ tại Việt Nam."
    )
    assert people["Lương Văn Tâm"].country == "VN"


def test_a_well_known_name_with_a_spaced_initial() -> None:
    people = people_by_name("Chủ tịch nước Trần Minh Quang hội kiến Tổng thống George W. Bush.")
    assert people["George W. Bush"].country == "US"
