"""Round 13 (names13b): countries and offices found by the shape around a name.

1. A one-word country misspelt by one letter between a title and a name ("Thủ tướng
   Campuchea X", "Ngoại trưởng Indonexia Y"): the word is the country, not the name's; given
   names one letter off a country ("Angela", "Giorgia") stay names.
2. A district, province or city whose page ties it to a country in another sentence
   ("huyện X, tỉnh Y (Campuchia)", "tỉnh Y của Lào", "X thuộc tỉnh Y, Campuchia"): its local
   official ("Huyện trưởng huyện X") is of that country.
4. A title before the object of a giving verb ("tặng Đại sứ Chile bức ảnh Chủ tịch X"): the
   title stops at the object's classifier; the person named after the object is not the
   envoy.
3. An office a verb gives a person named before it ("nhân dịp được bầu làm Tổng thống",
   "người vừa tái đắc cử Chủ tịch", "trúng cử Thống đốc"): the person's title.

5. An untitled principal after a meeting verb: a reverent "Đức" before a Latin name ("tiếp
   Đức Dalai Lama"; "Đức" is also Germany and a given name), a monk named by the calling
   ("gặp nhà sư Thích A").

Sentences written for these tests (invented people and places).
"""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name

# -- 1. one-word country slips -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Thủ tướng Campuchea Hun Rathana đã hội đàm với Thủ tướng Lê Văn Tâm.",
            "Hun Rathana",
            "KH",
        ),
        (
            "Sáng 3/5, Phó Thủ tướng Lê Văn Tâm tiếp Ngoại trưởng Indonexia Retno Sari.",
            "Retno Sari",
            "ID",
        ),
        (
            "Chủ tịch Quốc hội tiếp Tổng thống Philipines Juan Santos tại Hà Nội.",
            "Juan Santos",
            "PH",
        ),
        (
            "Bộ trưởng Quốc phòng Singapor Ng Eng Wah thăm Việt Nam (12/4).",
            "Ng Eng Wah",
            "SG",
        ),
        (
            "Đại sứ Malaysa Ahmad Razak trình quốc thư sáng thứ Hai.",
            "Ahmad Razak",
            "MY",
        ),
        ("Cùng dự có Chủ tịch Thượng viện Argentia – bà Laura Gómez.", "Laura Gómez", None),
        (
            "Đoàn được Thống đốc Ngân hàng Trung ương Venezuala Carlos Díaz đón tiếp.",
            "Carlos Díaz",
            "VE",
        ),
    ],
)
def test_a_slipped_country_word_is_no_part_of_the_name(
    text: str, name: str, country: str | None
) -> None:
    people = people_by_name(text)
    assert name in people, people
    if country is not None:
        assert people[name].country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thủ tướng Giorgia Meloni tiếp Thủ tướng Lê Văn Tâm tại Rome.", "Giorgia Meloni"),
        ("Bộ trưởng Angela Rayner đã thăm Hà Nội.", "Angela Rayner"),
        ("Giám đốc Olivia Brown làm việc với đoàn.", "Olivia Brown"),
        ("Đại sứ Dominic Barton trình quốc thư.", "Dominic Barton"),
        ("Tổng thống Georgi Parvanov hội đàm với Chủ tịch nước Trần Văn Quang.", "Georgi Parvanov"),
        ("Đại sứ Cameron Hill đã chào từ biệt Thứ trưởng Lê Văn Tâm.", "Cameron Hill"),
    ],
)
def test_a_given_name_one_letter_off_a_country_stays_a_name(text: str, name: str) -> None:
    assert name in people_by_name(text)


# -- 2. local units tied to a country elsewhere on the page ------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Đoàn đã làm việc tại huyện Prey Kabas, tỉnh Takeo Nam (Campuchia). Tiếp đoàn có"
            " ông Sok Pheap, Huyện trưởng huyện Prey Kabas.",
            "Sok Pheap",
            "KH",
        ),
        (
            "Ông Chea Sovann, Phó Huyện trưởng huyện Sampov Loun, đã đón đoàn. Huyện Sampov"
            " Loun thuộc tỉnh Pursat, Campuchia.",
            "Chea Sovann",
            "KH",
        ),
        (
            "Tỉnh Phoukhoun Nua của Lào giáp Nghệ An.\nSáng 4/6, Tỉnh trưởng tỉnh Phoukhoun Nua"
            " Khamla Lorlonsi đã tiếp đoàn.",
            "Khamla Lorlonsi",
            "LA",
        ),
        (
            "Đoàn thăm thành phố Krong Saom – Campuchia.\nChủ tịch thành phố Krong Saom Ouk"
            " Sambo tiếp đoàn.",
            "Ouk Sambo",
            "KH",
        ),
        (
            "Chủ tịch huyện Na Mo Bounmy Phet tiếp đoàn. Huyện Na Mo nằm ở phía bắc. Đoàn đã"
            " đến huyện Na Mo thuộc tỉnh Oudomxay (Lào) hôm qua.",
            "Bounmy Phet",
            "LA",
        ),
    ],
)
def test_a_local_official_takes_the_country_the_page_ties_the_unit_to(
    text: str, name: str, country: str
) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert people[name].country == country


def test_a_unit_tied_to_nothing_gives_no_country() -> None:
    text = (
        "Tiếp đoàn có ông Sok Pheap, Huyện trưởng huyện Prey Kabas. Huyện Prey Kabas có nhiều chùa."
    )
    assert people_by_name(text)["Sok Pheap"].country is None


def test_a_vietnamese_official_keeps_vietnam_beside_a_foreign_unit() -> None:
    text = "Chủ tịch huyện Mường Chà Lò Văn Thái tiếp đoàn huyện Sốp Bâu, Lào."
    assert people_by_name(text)["Lò Văn Thái"].country == "VN"


# -- 3. an office given by a verb ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chủ tịch nước gửi điện mừng ông Rumen Petkov nhân dịp được bầu làm Tổng thống"
            " Cộng hòa Bulgaria.",
            "Rumen Petkov",
            "Tổng thống Cộng hòa Bulgaria",
        ),
        (
            "Bà Helga Lindqvist, người vừa tái đắc cử Chủ tịch Quốc hội Thụy Điển, đã đón Phó"
            " Chủ tịch Quốc hội Lê Văn Tâm.",
            "Helga Lindqvist",
            "Chủ tịch Quốc hội Thụy Điển",
        ),
        (
            "Nhân dịp ông Ali Hassan tái đắc cử Tổng thống Cộng hòa Djibouti, Chủ tịch nước Trần"
            " Văn Quang đã gửi điện mừng.",
            "Ali Hassan",
            "Tổng thống Cộng hòa Djibouti",
        ),
        (
            "Chủ tịch nước đã gửi điện chúc mừng Ngài Jonas Berger nhân dịp Ngài được bầu làm"
            " Thủ tướng Cộng hòa Séc.",
            "Jonas Berger",
            "Thủ tướng Cộng hòa Séc",
        ),
        (
            "Thủ tướng gửi thư chúc mừng bà Maria Costa vừa được bổ nhiệm làm Tổng Giám đốc FAO.",
            "Maria Costa",
            "Tổng Giám đốc FAO",
        ),
        (
            "Ông Tomás Ruiz, khi được bổ nhiệm giữ chức Đại sứ Chile tại Việt Nam, đã thăm Huế.",
            "Tomás Ruiz",
            "Đại sứ Chile tại Việt Nam",
        ),
    ],
)
def test_an_office_given_by_a_verb_titles_the_person_before_it(
    text: str, name: str, title: str
) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles


def test_the_host_after_an_elected_office_keeps_only_his_own_title() -> None:
    text = (
        "Nhân dịp ông Ali Hassan tái đắc cử Tổng thống Cộng hòa Djibouti, Chủ tịch nước Trần"
        " Văn Quang đã gửi điện mừng."
    )
    assert people_by_name(text)["Trần Văn Quang"].titles == ("Chủ tịch nước",)


# -- 4. a title stops at a verb's object ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "titles", "country"),
    [
        (
            "Chủ tịch tỉnh Lê Văn Tâm tặng Đại sứ Mông Cổ tấm ảnh Chủ tịch Hồ Chí Minh.",
            "Hồ Chí Minh",
            ("Chủ tịch",),
            "VN",
        ),
        (
            "Bí thư Lê Văn Tâm tặng Đại sứ Cuba bức tranh Đại tướng Võ Nguyên Giáp.",
            "Võ Nguyên Giáp",
            ("Đại tướng",),
            "VN",
        ),
        (
            "Thủ tướng Lê Văn Tâm trao tặng Tổng Lãnh sự Nhật Bản cuốn sách Đại tướng Võ"
            " Nguyên Giáp.",
            "Võ Nguyên Giáp",
            ("Đại tướng",),
            "VN",
        ),
        (
            "Chủ tịch Lê Văn Tâm tặng Đại sứ Pháp tấm ảnh của Chủ tịch Hồ Chí Minh.",
            "Hồ Chí Minh",
            ("Chủ tịch",),
            "VN",
        ),
        (
            "Phó Chủ tịch Lê Văn Tâm gửi Đại sứ Mông Cổ món quà lưu niệm; Tham tán Batbold"
            " nhận thay.",
            "Batbold",
            ("Tham tán",),
            None,
        ),
    ],
)
def test_a_title_stops_at_the_object_of_a_giving_verb(
    text: str, name: str, titles: tuple[str, ...], country: str | None
) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert people[name].titles == titles
    if country is not None:
        assert people[name].country == country


def test_an_envoy_named_before_the_object_keeps_the_title() -> None:
    text = "Chủ tịch Lê Văn Tâm tặng Đại sứ Lào – ông Khamla Vong bức ảnh về Hà Nội."
    people = people_by_name(text)
    assert people["Khamla Vong"].titles == ("Đại sứ Lào",)


# -- 5. untitled principals: a reverent "Đức", a monk ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sáng 5/3, Chủ tịch nước Trần Văn Quang tiếp Đức Dalai Lama tại Phủ Chủ tịch.",
            "Dalai Lama",
        ),
        (
            "Chủ tịch tỉnh Lê Văn Tâm hội kiến Đức Karmapa Ogyen Trinley tại Dharamsala.",
            "Karmapa Ogyen Trinley",
        ),
        ("Thủ tướng Lê Văn Tâm gửi điện mừng tới Đức Tenzin Gyatso.", "Tenzin Gyatso"),
        ("Hôm qua, Bộ trưởng Lê Văn Tâm đã gặp gỡ Đức Dalai Lama (Tây Tạng).", "Dalai Lama"),
        ("Bộ trưởng Lê Văn Tâm đã gặp nhà sư Thích Minh Đạo tại chùa.", "Thích Minh Đạo"),
        ("Đoàn đã đến thăm Thiền sư Thích Pháp Ân tại Làng Mai.", "Thích Pháp Ân"),
    ],
)
def test_an_untitled_principal_after_a_meeting_verb_is_a_person(text: str, name: str) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert people[name].country != "DE"


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Lê Văn Tâm làm việc với Đức về hợp tác.",
        "Thủ tướng Lê Văn Tâm thăm Đức từ ngày 5 đến 7/3.",
        "Ông Lê Văn Tâm gặp Đức Minh Trần tại Hà Nội.",
        "Bà Trần Thị Mai cảm ơn Đức và Pháp đã hỗ trợ.",
        "Thủ tướng Lê Văn Tâm tiếp Đức Anh, Giám đốc công ty.",
        "Các nhà sư đã tụng kinh tại chùa.",
    ],
)
def test_germany_and_a_given_name_stay_no_person(text: str) -> None:
    people = people_by_name(text)
    assert set(people) <= {"Lê Văn Tâm", "Trần Thị Mai"}, people


_PIECES = [
    "Thủ tướng Campuchea ", "Hun Rathana", " huyện Prey Kabas", ", tỉnh Takeo (Campuchia)",
    " thuộc ", "tỉnh ", "Lào", " nhân dịp ", "được bầu làm ", "Tổng thống ", "người vừa ",
    "tái đắc cử ", "Malaysa ", "ông ", "Angela ", "(", ")", ", ", ". ", "tặng ", "Đại sứ Mông Cổ ",
    "bức ảnh ", "Chủ tịch ", "tiếp Đức ", "Dalai Lama", "nhà sư ", "Thích Minh Đạo",
]  # fmt: skip


@given(mixes(_PIECES))
def test_slips_units_and_elected_offices_scan_safely(text: str) -> None:
    assert_scans_safely(text)
