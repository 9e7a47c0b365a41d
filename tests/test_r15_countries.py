"""Whose country a country word is (round 15).

* A country the lead-in names for one side of an act ("Đoàn ... Chile ... đã làm việc với X",
  "Phái đoàn ... Chile đến thăm X") is that side's: the person on the other side of the act
  is not of it.
* A country named as where a delegation goes ("đến thăm ... tại tỉnh X (Lào)") is its
  destination: the delegation's members listed next ("Tham gia đoàn có ...") are not of it.
* A chain of units written with slashes ("huyện X/tỉnh Y/Vương quốc Campuchia") places every
  unit, as commas do.
* An organisation named after two foreign countries ("Phòng Thương mại Myanmar - Hoa Kỳ")
  fixes neither as its officer's country; a pair with Vietnam keeps the first-named side.
* "Ngài" inside a quotation is a speaker's courtesy, no sign that the person is foreign.
* "phu nhân <title>, bà X": the spouse's title is written whole, never the husband's office.
"""

from __future__ import annotations

import pytest

import vndiplo
from tests.titles_helpers import people_by_name

# -- the lead-in's country belongs to the side that acts ---------------------------------


@pytest.mark.parametrize(
    "act",
    [
        "đã làm việc với Ban Trị sự do Hòa thượng Thích Minh Tâm dẫn đầu",
        "đã đến thăm Hòa thượng Thích Minh Tâm tại chùa Phước Hải",
        "đã gặp Hòa thượng Thích Minh Tâm tại chùa Phước Hải",
        "đã hội kiến Hòa thượng Thích Minh Tâm tại chùa Phước Hải",
        "đã đến chào Hòa thượng Thích Minh Tâm",
    ],
)
def test_the_other_side_of_an_act_is_not_the_lead_ins_country(act: str) -> None:
    text = f"Sáng 4/3, Phái đoàn Bộ Ngoại giao Chile do ông Pablo Rojas dẫn đầu {act}."
    people = people_by_name(text)
    assert people["Thích Minh Tâm"].country != "CL"


@pytest.mark.parametrize("name", ["Y Bhin Niê", "K'sor Hà", "Ksor Hà"])
def test_a_member_listed_after_the_act_of_the_visitors_is_not_theirs(name: str) -> None:
    text = (
        "Chiều 5/3, Đoàn đại biểu Quốc hội Chile do Chủ tịch Thượng viện Pablo Rojas dẫn đầu "
        f"đã làm việc với Hội đồng Dân tộc do Chủ tịch {name} dẫn đầu."
    )
    assert people_by_name(text)[name].country == "VN"


@pytest.mark.parametrize("act", ["đã tiếp kiến", "đã hội kiến", "đã đến chào"])
def test_the_one_a_headed_delegation_calls_on_is_not_of_it(act: str) -> None:
    text = (
        "Chiều 4/9, đoàn cán bộ của Bộ Tư pháp Chile do Bộ trưởng Pablo Rojas làm trưởng đoàn "
        f"{act} Phó Chủ tịch Quốc hội Uông Văn Lưu."
    )
    people = people_by_name(text)
    assert people["Uông Văn Lưu"].country == "VN"
    assert people["Pablo Rojas"].country == "CL"


@pytest.mark.parametrize(
    "where",
    [
        "Nhân chuyến công tác tại Chile, chiều 21/11, tại thành phố Santiago,",
        "Trong khuôn khổ chuyến thăm Chile, sáng 21/11,",
    ],
)
def test_the_one_met_where_the_visit_goes_is_of_that_country(where: str) -> None:
    text = f"{where} Thủ tướng Lê Văn Tám gặp Tổng thư ký Đảng Xã hội Pablo Rojas."
    assert people_by_name(text)["Pablo Rojas"].country == "CL"


@pytest.mark.parametrize(
    "lead",
    [
        "Đoàn Tùy viên Quốc phòng Chile, có: Đại tá Pablo Rojas, Tùy viên Quân sự",
        "Về phía Chile có: ông Pablo Rojas, Thứ trưởng",
        "Đoàn Chile gồm: ông Pablo Rojas, Thứ trưởng",
    ],
)
def test_a_list_the_lead_in_places_keeps_its_country(lead: str) -> None:
    text = f"Sáng 4/3, Bộ trưởng Lê Văn Tám tiếp đoàn. {lead}."
    assert people_by_name(text)["Pablo Rojas"].country == "CL"


# -- a delegation's destination is not its members' country -------------------------------


@pytest.mark.parametrize(
    "arrival",
    [
        "đã đến thăm và làm việc tại tỉnh Phong Sa Lỳ (Nước Cộng hòa dân chủ nhân dân Lào)",
        "đã sang thăm Lào",
        "đã có chuyến thăm và làm việc tại Lào",
    ],
)
def test_members_of_a_delegation_gone_abroad_are_not_of_its_destination(arrival: str) -> None:
    text = (
        f"Ngày 2-11, Thiếu tướng Lê Văn Tám, Tư lệnh Quân khu cùng đoàn công tác {arrival}. "
        "Tham gia đoàn công tác có Thiếu tướng Định Văn Bảy, Phó Tư lệnh Quân khu."
    )
    assert people_by_name(text)["Định Văn Bảy"].country != "LA"


def test_members_of_a_foreign_delegation_keep_its_country() -> None:
    text = (
        "Ngày 2-11, Đoàn đại biểu Bộ Quốc phòng Lào do Thượng tướng Vông Xay dẫn đầu đã sang "
        "thăm Việt Nam. Tham gia đoàn có Thiếu tướng Xỉ Xổn Phôm, Phó Tư lệnh Quân khu."
    )
    assert people_by_name(text)["Xỉ Xổn Phôm"].country == "LA"


# -- units chained with slashes ----------------------------------------------------------


@pytest.mark.parametrize("sep", ["/", " / "])
def test_a_slash_chain_of_units_places_the_units(sep: str) -> None:
    text = (
        f"Sáng 22/1, Đoàn đại biểu huyện Kong Pisei{sep}tỉnh Kampong Speu{sep}Vương quốc "
        "Campuchia đến thăm huyện Cần Giuộc. Ông Bun Thy - Phó Chủ tịch đảng, Huyện trưởng "
        "huyện Kong Pisei bày tỏ lòng biết ơn."
    )
    assert people_by_name(text)["Bun Thy"].country == "KH"


def test_a_unit_with_a_slash_and_no_country_stays_unplaced() -> None:
    text = (
        "Sáng 22/1, Đoàn đại biểu huyện Kong Pisei/tỉnh Kampong Speu đến thăm. Ông Bun Thy - "
        "Huyện trưởng huyện Kong Pisei bày tỏ lòng biết ơn."
    )
    assert people_by_name(text)["Bun Thy"].country != "VN"


# -- an organisation named after two foreign countries -----------------------------------


@pytest.mark.parametrize(
    "org",
    [
        "Phòng Thương mại Myanmar - Hoa Kỳ",
        "Phòng Thương mại Myanmar – Hoa Kỳ",
        "Hội đồng Doanh nghiệp Ấn Độ-Nhật Bản",
    ],
)
def test_an_organisation_of_two_foreign_countries_fixes_neither(org: str) -> None:
    text = f"Tổng Lãnh sự Lê Văn Tám làm việc với ông Rahman Moton, Chủ tịch {org}."
    assert people_by_name(text)["Rahman Moton"].country is None


def test_an_office_of_two_foreign_countries_before_the_name_fixes_neither() -> None:
    text = (
        "Tổng Lãnh sự Lê Văn Tám cảm ơn đề xuất của Chủ tịch Phòng Thương mại Myanmar - "
        "Hoa Kỳ Rahman Moton."
    )
    assert people_by_name(text)["Rahman Moton"].country is None


@pytest.mark.parametrize(
    ("org", "country"),
    [
        ("Phòng Thương mại Hoa Kỳ", "US"),
        ("Hội hữu nghị Lào - Việt Nam", "LA"),
        ("Hội hữu nghị Việt Nam - Lào", "VN"),
    ],
)
def test_one_country_or_a_pair_with_vietnam_still_fixes_it(org: str, country: str) -> None:
    name = "Lê Văn Tám" if country == "VN" else "Rahman Moton"
    text = f"Sáng 3/4, ông {name}, Chủ tịch {org}, phát biểu."
    assert people_by_name(text)[name].country == country


# -- "Ngài" quoted ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "“Ngài Chủ tịch nước Lê Văn Tám là người bạn lớn” – Đại sứ Carlos Medina nói.",
        "Đại sứ Carlos Medina nói: “Ngài Chủ tịch nước Lê Văn Tám là người bạn lớn”.",
        'Đại sứ Carlos Medina nói: "Ngài Chủ tịch nước Lê Văn Tám là người bạn lớn".',
    ],
)
def test_a_quoted_ngai_does_not_make_a_vietnamese_office_foreign(quote: str) -> None:
    text = f"Sáng 3/4, Chủ tịch nước Lê Văn Tám tiếp Đại sứ Cuba Carlos Medina. {quote}"
    assert people_by_name(text)["Lê Văn Tám"].country == "VN"


def test_an_unquoted_ngai_still_marks_a_foreign_guest() -> None:
    text = "Sáng 3/4, Chủ tịch Lê Văn Tám tiếp Ngài Chủ tịch Tăng Văn Lợi của Lào."
    assert people_by_name(text)["Tăng Văn Lợi"].country != "VN"


# -- a spouse's title ------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    ["phu nhân Tổng thống Hàn Quốc", "Phu nhân Tổng thống Hàn Quốc"],
)
def test_a_spouse_apposed_after_her_title_gets_it_whole(head: str) -> None:
    text = f"Ngày 11, {head}, bà Kim Min-ji, đã gặp bà Lê Thị Hoa."
    person = people_by_name(text)["Kim Min-ji"]
    assert list(person.titles) == [head]


def test_a_lower_case_spouse_before_the_husbands_name_is_his_office() -> None:
    text = "Ngày 11, phu nhân Thủ tướng Lê Văn Tám đã đến thăm trường."
    people = people_by_name(text)
    assert list(people["Lê Văn Tám"].titles) == ["Thủ tướng"]


# -- an office the page writes for its time --------------------------------------------


@pytest.mark.parametrize(
    "since",
    [
        "kể từ khi Chủ tịch nước còn trên cương vị Bộ trưởng Công an",
        "kể từ khi Chủ tịch nước còn trên cương vị Bộ trưởng Công An",
        "từ khi Chủ tịch nước trong cương vị Bộ trưởng Công an",
        "từ khi ông còn trên cương vị Bộ trưởng Công an",
    ],
)
def test_an_earlier_office_in_a_capacity_is_the_persons_too(since: str) -> None:
    text = f"Sáng 3/4, Đại sứ Carlos Medina cho biết ông quen Chủ tịch nước Lê Văn Tám {since}."
    titles = people_by_name(text)["Lê Văn Tám"].titles
    assert titles[0] == "Chủ tịch nước"
    assert any(t.lower() == "bộ trưởng công an" for t in titles), titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Nhân dịp đồng chí Lê Văn Tám nhậm chức Bí thư Tỉnh ủy tỉnh Hà Tĩnh, đoàn đến "
            "chúc mừng.",
            "Lê Văn Tám",
            "Bí thư Tỉnh ủy tỉnh Hà Tĩnh",
        ),
        ("Ông Park Min nhậm chức Tổng thống Hàn Quốc hôm nay.", "Park Min", "Tổng thống Hàn Quốc"),
    ],
)
def test_the_office_a_person_takes_is_theirs(text: str, name: str, title: str) -> None:
    assert title in people_by_name(text)[name].titles


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch nước Lê Văn Tám dự lễ nhậm chức Tổng thống Hàn Quốc.",
        "Chủ tịch nước Lê Văn Tám gửi điện chúc mừng nhậm chức Tổng thống Hàn Quốc tới ông Park.",
    ],
)
def test_an_inauguration_attended_gives_no_office(text: str) -> None:
    assert people_by_name(text)["Lê Văn Tám"].titles == ("Chủ tịch nước",)


# -- a reverent "Đức" is no Germany; a lower-case last syllable ends a unit's name ----------


@pytest.mark.parametrize("style", ["Đức Hồng Y", "Đức TGM", "Đức Tổng Giám mục"])
def test_a_reverent_style_does_not_count_as_germany(style: str) -> None:
    text = (
        f"Chiều 28/11, {style} Marco Bellini đã đến chào Phó Thủ tướng Lê Văn Tám. {style} "
        f"Marco Bellini cảm ơn. {style} nói rằng ông vui mừng. {style} Bellini chúc mừng."
    )
    assert people_by_name(text)["Marco Bellini"].country != "DE"


def test_a_german_counterpart_is_still_german() -> None:
    text = (
        "Chiều 28/11, Phó Thủ tướng Lê Văn Tám tiếp Bộ trưởng Hans Weber. Hai bên bàn về "
        "quan hệ Việt Nam - Đức. Đức là đối tác lớn. Bộ trưởng Hans Weber cảm ơn."
    )
    assert people_by_name(text)["Hans Weber"].country == "DE"


@pytest.mark.parametrize(
    "where",
    [
        "tỉnh Phôn Xa lỳ (Nước Cộng hòa dân chủ nhân dân Lào)",
        "tỉnh Phôn Xa Lỳ (Nước Cộng hòa dân chủ nhân dân Lào)",
        "tỉnh Phôn Xa lỳ (Lào)",
    ],
)
def test_a_host_of_a_province_the_page_places_is_of_its_country(where: str) -> None:
    name = where.split(" (")[0].removeprefix("tỉnh ")
    text = (
        f"Ngày 2-11, Thiếu tướng Lê Văn Tám cùng đoàn công tác đã đến thăm {where}. Đón "
        f"tiếp đoàn có đồng chí Khăm Phăn Vông Sa, Bí thư, Tỉnh trưởng tỉnh {name}."
    )
    assert people_by_name(text)["Khăm Phăn Vông Sa"].country == "LA"


def test_a_leading_verb_ends_the_title() -> None:
    text = (
        "Sáng nay, phái đoàn do ông Eric Stone, thứ trưởng ngoại giao đặc trách châu Á "
        "hướng dẫn đã đến thăm Hòa thượng Thích Minh Tâm."
    )
    titles = people_by_name(text)["Eric Stone"].titles
    assert titles == ("thứ trưởng ngoại giao đặc trách châu Á",)


# -- a headline's office in another case ------------------------------------------------


def test_a_headline_office_in_another_case_is_a_spelling_of_its_own() -> None:
    text = (
        "Tổng thống Park và Chủ tịch Lê Văn Tám sẽ gặp nhau tại Nhà Xanh\n\n"
        "Tổng Thống Hàn Quốc Park Min-ho và Chủ Tịch Nước Việt Nam Lê Văn Tám sẽ gặp nhau "
        "vào cuối tháng này tại Nhà Xanh.\nHai bên sẽ bàn về thương mại.\n"
    )
    people = {p.name: p for p in vndiplo.extract(text, published="2024-05-01").people}
    assert people["Park Min-ho"].titles == ("Tổng Thống Hàn Quốc", "Tổng thống")
    assert people["Lê Văn Tám"].titles == ("Chủ Tịch Nước Việt Nam", "Chủ tịch")


def test_a_headline_office_the_body_writes_longer_in_its_case_adds_nothing() -> None:
    text = (
        "Tổng thống Park và Chủ tịch Lê Văn Tám sẽ gặp nhau tại Nhà Xanh\n\n"
        "Tổng thống Hàn Quốc Park Min-ho và Chủ tịch nước Lê Văn Tám sẽ gặp nhau vào cuối "
        "tháng này tại Nhà Xanh.\nHai bên sẽ bàn về thương mại.\n"
    )
    people = {p.name: p for p in vndiplo.extract(text, published="2024-05-01").people}
    assert people["Park Min-ho"].titles == ("Tổng thống Hàn Quốc",)
    assert people["Lê Văn Tám"].titles == ("Chủ tịch nước",)


# -- a province's name inside a longer one --------------------------------------------


@pytest.mark.parametrize("pacific", ["Thái Bình Duơng", "Thái Bình Dương"])
def test_a_province_inside_a_longer_name_gives_no_country(pacific: str) -> None:
    text = (
        "Sáng nay, một phái đoàn thuộc bộ ngoại giao Hoa Kỳ do ông Eric Stone, thứ trưởng "
        f"ngoại giao đặc trách Đông Á và {pacific} hướng dẫn đã đến thăm Hòa thượng Thích "
        "Minh Tâm."
    )
    people = people_by_name(text)
    assert people["Eric Stone"].country == "US"
    assert people["Eric Stone"].titles == (f"thứ trưởng ngoại giao đặc trách Đông Á và {pacific}",)


@pytest.mark.parametrize(
    "text",
    [
        "Sáng nay, ông Lê Văn Tám, Bí thư Tỉnh ủy Thái Bình, phát biểu.",
        "Sáng nay, Bí thư Tỉnh ủy Thái Bình Lê Văn Tám phát biểu.",
        "Sáng nay, Chủ tịch Tập đoàn Thái Bình Xanh Lê Văn Tám phát biểu.",
    ],
)
def test_a_province_before_a_name_or_a_comma_is_still_placed(text: str) -> None:
    person = people_by_name(text)["Lê Văn Tám"]
    assert person.country == "VN"
    assert "Thái Bình" in [r.place for r in person.roles]
