"""Where people are from (round 4), on sentences written for these tests:

* a visiting delegation's member list: a country word right after an honorific or a degree is
  a family name ("ngài tiến sĩ Úc ...", a Khmer name), not the country of the names after it;
  the delegation is of the foreign country the text names most before the list, also for a
  list continued in a second sentence, and for a list too long to look back to its start;
* "Bộ Ngoại giao và Hợp tác quốc tế": "quốc tế" as a field of work is no international body,
  whose officials would have no country to find;
* well-known people written loosely: hyphenated syllables, a patronymic, the family name alone
  (when all the lexicon's bearers share one country);
* the head of a delegation whose name holds its country ("Đoàn ... Trung Quốc do ông X ...
  làm trưởng đoàn") is of that country, a Sino-Vietnamese name too; not when the description
  says where the delegation goes or names Vietnam;
* "nước CHND Trung Hoa": the abbreviated state name is China.
"""

from __future__ import annotations

from tests.titles_helpers import people_by_name

_ARRIVAL = (
    "Thủ tướng Vương quốc Campuchia tới Hà Nội\n"
    "Chiều 3/4, Thủ tướng Campuchia cùng đoàn đại biểu cấp cao Campuchia đã tới Hà Nội.\n"
)


def test_a_family_name_that_spells_a_country_does_not_place_the_members_after_it() -> None:
    people = people_by_name(
        _ARRIVAL + "Tham gia đoàn gồm có: ngài Sa Rin, Bộ trưởng Bộ Y tế; ngài tiến sĩ Úc "
        "Pha-La, Bộ trưởng Bộ Giáo dục; ngài Mây Thon, Bộ trưởng Bộ Thương mại."
    )
    assert people["Sa Rin"].country == "KH"
    assert people["Mây Thon"].country == "KH"


def test_a_list_continued_in_a_second_sentence_keeps_the_delegation_country() -> None:
    people = people_by_name(
        _ARRIVAL + "Tham gia đoàn gồm có: ngài Sa Rin, Bộ trưởng Bộ Y tế; ngài tiến sĩ Úc "
        "Pha-La, Bộ trưởng Bộ Giáo dục.\n"
        "Tham gia đoàn còn có ngài Chia Mơ Ly, Bộ trưởng Bộ Tài chính."
    )
    assert people["Chia Mơ Ly"].country == "KH"


def test_a_long_list_is_placed_from_its_start() -> None:
    members = "; ".join(
        f"ngài {name}, Bộ trưởng Bộ {ministry}"
        for name, ministry in (
            ("Sa Rin", "Y tế"),
            ("Mây Thon", "Thương mại"),
            ("Chia Mơ Ly", "Tài chính"),
            ("Pen Sa Vơn", "Du lịch"),
            ("Tép Xa Rát", "Giao thông công chính"),
            ("Lim Khê Na", "Công nghiệp và Thủ công nghiệp"),
            ("Khiêu Ra Ni", "Thông tin"),
            ("Sun Sa Rết", "Văn hóa"),
            ("Ngô Pi Xét", "Môi trường"),
            ("Hơn Sa Ly", "Lao động và Dạy nghề"),
        )
    )
    people = people_by_name(_ARRIVAL + f"Tham gia đoàn gồm có: {members}.")
    assert people["Hơn Sa Ly"].country == "KH"


def test_a_ministry_of_international_cooperation_is_one_country_s() -> None:
    people = people_by_name(
        _ARRIVAL + "Tham gia đoàn gồm có: ngài Sa Rin, Quốc vụ khanh Bộ Ngoại giao và Hợp tác "
        "quốc tế; ngài Mây Thon, Bộ trưởng Bộ Thương mại."
    )
    assert people["Sa Rin"].country == "KH"


def test_a_country_after_a_word_for_members_still_places_the_list() -> None:
    people = people_by_name(
        "Đoàn Nghị sĩ Hungary gồm: ông Ferenc Tóth, thành viên Ủy ban, và bà Eszter Nagy."
    )
    assert people["Ferenc Tóth"].country == "HU"


# -- well-known people written loosely ------------------------------------------------------


def test_a_known_name_with_its_syllables_hyphenated_is_known() -> None:
    people = people_by_name("Tổng thống Moon Jae-In và Thủ tướng Roh Moo Hyun đã gặp nhau.")
    assert people["Moon Jae-In"].country == "KR"
    assert people["Roh Moo Hyun"].country == "KR"


def test_a_known_family_name_alone_is_known_when_its_bearers_share_a_country() -> None:
    people = people_by_name("Phát biểu tại hội nghị, Thủ tướng Merkel nhấn mạnh hợp tác.")
    assert people["Merkel"].country == "DE"


def test_a_family_name_borne_by_people_of_two_countries_stays_unknown() -> None:
    people = people_by_name("Phát biểu tại hội nghị, Bộ trưởng Wong nhấn mạnh hợp tác.")
    assert people["Wong"].country is None


def test_a_known_name_with_a_patronymic_is_known() -> None:
    people = people_by_name("Bộ trưởng Ngoại giao Sergey Viktorovich Lavrov phát biểu.")
    assert people["Sergey Viktorovich Lavrov"].country == "RU"


# -- the head of a foreign delegation ---------------------------------------------------------


def test_the_head_of_a_delegation_named_with_its_country_is_of_that_country() -> None:
    people = people_by_name(
        "Sáng 4/5, đoàn công tác thành phố Thẩm Quyến, Quảng Đông, Trung Quốc, do ông Lưu Kiến "
        "Quốc, Phó Thị trưởng làm trưởng đoàn, đã thăm tỉnh Bắc Ninh."
    )
    assert people["Lưu Kiến Quốc"].country == "CN"


def test_a_head_titled_before_the_name_and_a_bracketed_country() -> None:
    people = people_by_name(
        "Lãnh đạo tỉnh đã tiếp Đoàn đại biểu Hội đồng tỉnh Gangwon (Hàn Quốc) do Chủ tịch Hội "
        "đồng Park Min-soo dẫn đầu."
    )
    assert people["Park Min-soo"].country == "KR"


def test_a_delegation_going_abroad_keeps_its_head_vietnamese() -> None:
    people = people_by_name(
        "Đoàn công tác tỉnh Cao Bằng sang thăm Trung Quốc do ông Hoàng Văn Tám, Phó Chủ tịch "
        "UBND tỉnh làm trưởng đoàn."
    )
    assert people["Hoàng Văn Tám"].country == "VN"


def test_a_friendship_society_naming_vietnam_gives_its_head_no_foreign_country() -> None:
    people = people_by_name(
        "Đoàn Hội hữu nghị Việt Nam - Trung Quốc do ông Hoàng Văn Tám, Chủ tịch Hội làm trưởng "
        "đoàn đã tới Bắc Kinh."
    )
    assert people["Hoàng Văn Tám"].country != "CN"


def test_a_sino_vietnamese_name_under_an_abbreviated_chinese_state_title() -> None:
    people = people_by_name(
        "Ngày 3/5, Đại sứ Đặc mệnh toàn quyền nước CHND Trung Hoa tại Việt Nam Lương Quốc Vĩnh "
        "cùng phu nhân đã thăm tỉnh Nghệ An."
    )
    assert people["Lương Quốc Vĩnh"].country == "CN"
