"""Round-5 name boundaries: a country spelt the official joined way or hyphen-paired before a
name, a title glued to the name by a hyphen, an honorific after "và" inside a title, a
royal rank before a first name, a monarch's regnal number and the country in brackets after
it, and minority family names. Sentences written for these tests (other names, places and
outlets than any page); every case also checks that the windowed scan equals the whole
scan."""

from __future__ import annotations

import pytest
from vndiplo_titles.matcher import joined_spelling
from vndiplo_titles.names import tokenize

from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Chiều 3/4, Tổng thống Inđônêxia Joko Santoso Wirahadi tiếp đoàn.",
            "Joko Santoso Wirahadi",
            "Tổng thống Inđônêxia",
            "ID",
        ),
        (
            "Thủ tướng Malaixia Farid Rahim Ismail nói chuyện với sinh viên.",
            "Farid Rahim Ismail",
            "Thủ tướng Malaixia",
            "MY",
        ),
        (
            "Bộ trưởng Ngoại giao Xingapo Vivek Raman dự lễ.",
            "Vivek Raman",
            "Bộ trưởng Ngoại giao Xingapo",
            "SG",
        ),
        (
            "Dự tiệc có Chủ tịch Bosnia-Herzegovina Emir Kovac Hadzic cùng phu nhân.",
            "Emir Kovac Hadzic",
            "Chủ tịch Bosnia-Herzegovina",
            "BA",
        ),
        (
            "Tổng thống Mianma Thein Aung Kyaw tới Hà Nội.",
            "Thein Aung Kyaw",
            "Tổng thống Mianma",
            "MM",
        ),
    ],
)
def test_country_spelt_joined_or_paired_is_the_titles(
    text: str, name: str, title: str, country: str
) -> None:
    person = _people(text)[name]
    assert person.titles == (title,)
    assert person.country == country


def test_joined_spelling_of_places() -> None:
    assert joined_spelling("In-đô-nê-xi-a") == "Inđônêxia"
    assert joined_spelling("Niu Di-lân") == "Niu Dilân"
    assert joined_spelling("Bosnia và Herzegovina") == "Bosnia-Herzegovina"
    assert joined_spelling("Timor-Leste") is None  # a capital after the hyphen: a pair
    assert joined_spelling("Hà Nội") is None


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Đoàn do đồng chí Vi Văn Khánh-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dẫn đầu.",
            "Vi Văn Khánh",
            ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
        ),
        (
            "Đón đoàn có đồng chí Xôm Xắc Vông Phết-Phó Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông.",
            "Xôm Xắc Vông Phết",
            ("Phó Bí thư Tỉnh ủy", "Tỉnh trưởng tỉnh Sê Kông"),
        ),
        (
            "Cùng dự có ông Đào Minh Tâm-Chủ tịch UBND huyện.",
            "Đào Minh Tâm",
            ("Chủ tịch UBND huyện",),
        ),
    ],
)
def test_title_glued_to_the_name_by_a_hyphen(text: str, name: str, titles: tuple[str, ...]) -> None:
    people = _people(text)
    assert people[name].titles == titles
    assert not any("-" in n for n in people)


def test_hyphens_inside_names_and_places_stay() -> None:
    assert [t.text for t in tokenize("Díaz-Canel Xay-nha-xỏn Rịa-Vũng")] == [
        "Díaz-Canel",
        "Xay-nha-xỏn",
        "Rịa-Vũng",
    ]


def test_honorific_after_va_opens_the_next_person() -> None:
    people = _people(
        "Nhận lời mời của Ngài Choi Dong-hyun, Chủ tịch Quốc hội Hàn Quốc và Ngài Zaw Min"
        " Htet, Chủ tịch Quốc hội Liên bang Mianma, đoàn đã khởi hành."
    )
    assert people["Choi Dong-hyun"].titles == ("Chủ tịch Quốc hội Hàn Quốc",)
    assert people["Zaw Min Htet"].titles == ("Chủ tịch Quốc hội Liên bang Mianma",)
    assert people["Zaw Min Htet"].country == "MM"
    assert not any(n.startswith("Ngài") for n in people)


def test_royal_rank_keeps_the_first_name() -> None:
    people = _people(
        "Đại sứ Lê Quang Huy hội kiến Hoàng thân Karim bin Nasser Al-Hamdi, Thống đốc tỉnh Qassim."
    )
    assert people["Karim bin Nasser Al-Hamdi"].titles == ("Hoàng thân", "Thống đốc tỉnh Qassim")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("cùng Tổng thống Pháp Marc Dubois và Nhà vua Aldric IV (Na Uy).", "Aldric IV", "NO"),
        ("Quốc vương Aldric XIV Benedek tiếp Đại sứ.", "Aldric XIV Benedek", None),
        ("Quốc vương Godric V tiếp Đại sứ.", "Godric V", None),
        ("Thủ tướng Bỉ Jan Peeters, Quốc vương Godric II (Bỉ) dự lễ.", "Godric II", "BE"),
    ],
)
def test_regnal_number_and_bracketed_country(text: str, name: str, country: str | None) -> None:
    people = _people(text)
    person = people[name]
    assert person.country == country
    # the regnal number is the name's, never trimmed as a stray initial ("Godric V")
    numeral = next(w for w in name.split() if set(w) <= set("IVXLC"))
    assert numeral in person.name.split()
    assert name.split()[0] not in people


def test_initial_after_a_latin_name_is_still_trimmed() -> None:
    assert "Ibnu Rasyid" in _people("Đại sứ Ibnu Rasyid S. tới dự.")


@pytest.mark.parametrize("surname", ["Bế", "Đèo", "Bàn", "Giáp"])
def test_minority_family_name_keeps_a_given_name_like_an_organisation(surname: str) -> None:
    name = f"{surname} Văn Trường"
    people = _people(f"Tham gia đoàn có Thiếu tướng {name}, Phó Tư lệnh Quân khu 4; và khách.")
    assert name in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thủ tướng Pak Bong Sơncảm ơn chủ nhà.", "Pak Bong Sơn"),
        ("Chủ tịch Ri Yong Namđã phát biểu.", "Ri Yong Nam"),
    ],
)
def test_next_word_glued_to_the_name(text: str, name: str) -> None:
    assert name in _people(text)


def test_joined_syllables_inside_a_name_stay() -> None:
    tokens = [t.text for t in tokenize("Bộ trưởng Tờrạ XăKhun và Bănglađét")]
    assert "Tờrạ" in tokens and "Bănglađét" in tokens


def test_no_person_from_a_party_after_a_lower_case_title() -> None:
    people = _people(
        "Vốn là một tổng thống Cộng Hòa, sáng 4/9, Tổng thống Joe Miller tiếp Thủ tướng Lê"
        " Văn Bình."
    )
    assert sorted(people) == ["Joe Miller", "Lê Văn Bình"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo nguồn tin, tổng thống Obama sẽ tới.", "Obama"),
        ("Hôm qua thủ tướng Nguyễn Văn Minh phát biểu.", "Nguyễn Văn Minh"),
        ("Đoàn do thiếu tá Khăm Phon Sụt Thi dẫn đầu.", "Khăm Phon Sụt Thi"),
    ],
)
def test_lower_case_title_still_names_foreign_family_named_and_ranked(text: str, name: str) -> None:
    assert name in _people(text)
