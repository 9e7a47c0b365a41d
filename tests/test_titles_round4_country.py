"""Where people are from (round 4), on sentences written for these tests:

* a visiting delegation's member list: a country word right after an honorific or a degree is
  a family name ("ngài tiến sĩ Úc ...", a Khmer name), not the country of the names after it;
  the delegation is of the foreign country the text names most before the list, also for a
  list continued in a second sentence, and for a list too long to look back to its start;
* "Bộ Ngoại giao và Hợp tác quốc tế": "quốc tế" as a field of work is no international body,
  whose officials would have no country to find.
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
