"""Failure classes seen on crawled pages (round 3, second pass), on sentences written for these
tests:

* each name of a list with its own "đồng chí", one title after the last name shared by all
  ("đồng chí X, đồng chí Y, nguyên Chủ tịch nước");
* a transliterated name with a particle ("đa") and its home spelling in brackets after it, the
  title after the bracket; a country written in the old hyphenated transliteration;
* Lao names: five syllables after a rank (a family name inside the run does not open it), and
  given names, a dash, family name ("Bun Mi – Xay Nha Vông");
* "về phía X có: ..." lists: the side named fixes the country of the names listed after it;
* a well-known person written with a middle initial ("Marco A. Rubio") is still known;
* "Tham gia đoàn gồm có: ..." after a foreign delegation's arrival: the members (with no
  Vietnamese family name) are of the last foreign country named before the list;
* "Chủ nhiệm Văn phòng Chủ tịch nước": a title after "Văn phòng" is its owner, one title.
"""

from __future__ import annotations

from tests.titles_helpers import people_by_name

# -- "đồng chí X, đồng chí Y, Title" ------------------------------------------------------------


def test_comrades_each_named_with_the_honorific_share_the_title_after_the_last() -> None:
    people = people_by_name(
        "Tới dự có các vị khách: đồng chí Hồ Văn Đạt, đồng chí Kiều Thị Mai, nguyên Phó Chủ "
        "tịch nước; đồng chí Lò Văn Sáng, nguyên Chủ tịch Quốc hội."
    )
    assert people["Hồ Văn Đạt"].titles == ("nguyên Phó Chủ tịch nước",)
    assert people["Kiều Thị Mai"].titles == ("nguyên Phó Chủ tịch nước",)
    assert people["Lò Văn Sáng"].titles == ("nguyên Chủ tịch Quốc hội",)


def test_three_comrades_share_a_chain_of_titles() -> None:
    people = people_by_name(
        "Có mặt đồng chí Hồ Văn Đạt, đồng chí Kiều Thị Mai, đồng chí Tăng Văn Khoa, nguyên Ủy "
        "viên Bộ Chính trị, nguyên Phó Thủ tướng."
    )
    want = ("nguyên Ủy viên Bộ Chính trị", "nguyên Phó Thủ tướng")
    for name in ("Hồ Văn Đạt", "Kiều Thị Mai", "Tăng Văn Khoa"):
        assert people[name].titles == want


def test_comrades_with_a_title_each_keep_their_own() -> None:
    people = people_by_name(
        "Có mặt đồng chí Hồ Văn Đạt, Bí thư Tỉnh ủy, đồng chí Kiều Thị Mai, Chủ tịch UBND tỉnh."
    )
    assert people["Hồ Văn Đạt"].titles == ("Bí thư Tỉnh ủy",)
    assert people["Kiều Thị Mai"].titles == ("Chủ tịch UBND tỉnh",)


def test_comrades_with_no_title_name_no_one() -> None:
    assert people_by_name("Buổi gặp có đồng chí Hồ Văn Đạt, đồng chí Kiều Thị Mai tham dự.") == {}


# -- transliterated names with their home spelling in brackets ---------------------------------


def test_a_hyphenated_name_with_a_particle_and_its_bracketed_spelling_keeps_its_title() -> None:
    people = people_by_name(
        "Bộ trưởng Lê Văn Tâm gửi điện tới Ngài Phéc-nan-đô đa Xin-va (Fernando da Silva), "
        "Bộ trưởng Ngoại giao nước Cộng hòa dân chủ Ti-mo Lét-xte."
    )
    person = people["Phéc-nan-đô đa Xin-va"]
    assert person.titles == ("Bộ trưởng Ngoại giao nước Cộng hòa dân chủ Ti-mo Lét-xte",)
    assert person.country == "TL"


def test_a_vietnamese_word_like_da_outside_a_foreign_name_stays_out() -> None:
    people = people_by_name("Bộ trưởng Lê Văn Tâm đa dạng hóa quan hệ với các đối tác.")
    assert set(people) == {"Lê Văn Tâm"}


# -- Lao names: after a rank, and written with a dash -------------------------------------------


def test_a_rank_reads_the_whole_capitalised_run_after_it_as_the_name() -> None:
    people = people_by_name(
        "Đoàn có đồng chí Thiếu tá Xổm Phết Bua Lao Ly, Phó tùy viên, và đồng chí Đại úy Trần "
        "Minh Khoa, trợ lý."
    )
    assert people["Xổm Phết Bua Lao Ly"].titles[0] == "Thiếu tá"
    assert "Lao Ly" not in people
    assert people["Trần Minh Khoa"].titles[0] == "Đại úy"


def test_a_rank_before_a_country_and_a_foreign_name_keeps_the_country() -> None:
    people = people_by_name("Đô đốc Mỹ Harold Quinn đến Hà Nội.")
    assert people["Harold Quinn"].country == "US"


def test_a_lao_name_written_with_a_dash_is_one_name() -> None:
    people = people_by_name(
        "Đoàn đã chào xã giao đồng chí Bun Mi – Xay Nha Vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh "
        "Luông Nặm Thà."
    )
    assert people["Bun Mi – Xay Nha Vông"].titles[:1] == ("Bí thư Tỉnh ủy",)


def test_a_dash_before_a_title_is_no_part_of_the_name() -> None:
    people = people_by_name("Đồng chí Hồ Văn Đạt – Bí thư Tỉnh ủy phát biểu khai mạc.")
    assert set(people) == {"Hồ Văn Đạt"}


# -- "về phía X có: ..." ----------------------------------------------------------------------


def test_a_side_list_gives_its_country_to_names_whose_titles_name_another() -> None:
    people = people_by_name(
        "Dự hội đàm, về phía Việt Nam có: Bộ trưởng Ngoại giao Trần Văn Minh; về phía Peru có: "
        "Bộ trưởng Ngoại giao Carlos Mendoza, Đại sứ Peru tại Việt Nam Luis Castro, Thứ trưởng "
        "Bộ Thương mại Rosa Quispe và các quan chức khác."
    )
    assert people["Rosa Quispe"].country == "PE"
    assert people["Luis Castro"].country == "PE"
    assert people["Trần Văn Minh"].country == "VN"


def test_phia_without_a_list_after_it_is_no_side_list() -> None:
    # the last country the lead-in names still counts, not the one after "phía"
    people = people_by_name(
        "Bộ trưởng Trần Văn Minh đề nghị phía Peru đón đoàn Chile, Thứ trưởng Bộ Thương mại Rosa "
        "Quispe cho biết."
    )
    assert people["Rosa Quispe"].country == "CL"


# -- a well-known name written with a middle initial ---------------------------------------------


def test_a_known_name_with_a_middle_initial_keeps_its_country() -> None:
    people = people_by_name(
        "Hôm nay, Ngoại trưởng Marco A. Rubio điện đàm với Bộ trưởng Lê Văn Tâm."
    )
    assert people["Marco A. Rubio"].country == "US"


def test_an_unknown_name_with_a_middle_initial_gets_no_country_from_the_lexicon() -> None:
    people = people_by_name("Ông Peter Q. Hollis, Giám đốc điều hành tập đoàn, dự buổi gặp.")
    assert people["Peter Q. Hollis"].country is None


# -- a visiting delegation's members -----------------------------------------------------------


def test_members_listed_after_a_delegation_lead_in_are_of_the_visiting_country() -> None:
    people = people_by_name(
        "Thủ tướng Vương quốc Lào Bun Mi Xổm dẫn đầu đoàn đến Hà Nội, bắt đầu thăm chính thức "
        "Việt Nam.\nTham gia đoàn gồm có: ngài Thống tướng Khăm Liêng Xu, Phó Thủ tướng, Bộ "
        "trưởng Bộ Quốc phòng; ngài Phết Xa Mon, Bộ trưởng Bộ Công Thương."
    )
    assert people["Khăm Liêng Xu"].country == "LA"
    assert people["Phết Xa Mon"].country == "LA"


def test_vietnamese_members_of_a_delegation_stay_vietnamese() -> None:
    people = people_by_name(
        "Chủ tịch nước Lê Văn Tâm lên đường thăm chính thức Lào.\nTham gia đoàn có: Bộ trưởng "
        "Bộ Công Thương Hồ Văn Đạt, Thứ trưởng Bộ Ngoại giao Kiều Thị Mai."
    )
    assert people["Hồ Văn Đạt"].country == "VN"
    assert people["Kiều Thị Mai"].country == "VN"


# -- the office of an office-holder ------------------------------------------------------------


def test_the_office_of_an_office_holder_is_part_of_one_title() -> None:
    people = people_by_name(
        "Dự lễ có Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hòa và Phó Chánh Văn phòng Thủ "
        "tướng Kiều Thị Mai."
    )
    assert people["Lê Khánh Hòa"].titles == ("Chủ nhiệm Văn phòng Chủ tịch nước",)
    assert people["Kiều Thị Mai"].titles == ("Phó Chánh Văn phòng Thủ tướng",)


def test_an_office_named_by_its_ministry_stays_one_title() -> None:
    people = people_by_name("Chánh Văn phòng Bộ Công Thương Hồ Văn Đạt phát biểu.")
    assert people["Hồ Văn Đạt"].titles == ("Chánh Văn phòng Bộ Công Thương",)
