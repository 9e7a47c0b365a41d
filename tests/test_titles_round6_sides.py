"""Round 6: sides of a meeting that were never made people. Every sentence is written for
these tests (invented names, places, bodies):

- each coordinated honorific object of one meeting verb ("tiếp bà A và ông B, đại diện ...")
  is a person, with the title written after it;
- an academic degree before a name ("GS.TS", "PGS.TS", "ThS") opens a list entry "name - office"
  or "name, office" like a comma does, and is no part of the name;
- an all-capitals abbreviation the lexicon does not know, between two commas inside a person's
  apposition ("A, TVTU, Phó Chủ tịch ..."), is a title and does not end a list of receivers.
"""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chủ tịch tỉnh tiếp bà Marta Ruiz và ông Pablo Ortega tại trụ sở.", {"Pablo Ortega"}),
        (
            "Bí thư Thành ủy đã có buổi tiếp Tổng lãnh sự Chile tại Đà Nẵng bà Carmen Vidal "
            "và ông Tomas Rojas, đại diện Công ty PMX.",
            {"Carmen Vidal", "Tomas Rojas"},
        ),
        (
            "Bộ trưởng hội đàm với ngài Karl Weiss, Thứ trưởng Ngoại giao Áo, cùng bà Anna Berg.",
            {"Karl Weiss", "Anna Berg"},
        ),
        (
            "Phó Thủ tướng tiếp ông Li Wen, ông Zhao Ming và bà Maria Lopez.",
            {"Li Wen", "Zhao Ming", "Maria Lopez"},
        ),
        ("Giám đốc Sở gặp gỡ ông Ivo Horvat cùng ông Luka Babic hôm qua.", {"Luka Babic"}),
        # the dot of a short abbreviation inside the clause is no stop
        (
            "Giám đốc Sở tiếp ông Ivo Horvat của nhóm TP. Split và ông Luka Babic.",
            {"Luka Babic"},
        ),
    ],
)
def test_every_coordinated_honorific_object_is_a_person(text: str, names: set[str]) -> None:
    assert names <= set(people_by_name(text))


def test_the_role_after_a_coordinated_object_is_its_title() -> None:
    # (an organisation named by one capitalised word, "Tập đoàn Sierra", is still read as
    # a name after the title: open)
    text = "Chủ tịch tỉnh tiếp bà Marta Ruiz và ông Pablo Ortega, đại diện Tập đoàn SRX."
    assert people_by_name(text)["Pablo Ortega"].titles == ("đại diện Tập đoàn SRX",)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Chủ tịch tiếp ông Hans Olsen. Sau đó, ông Per Lund phát biểu.", "Per Lund"),
        ("Chủ tịch tiếp ông Hans Olsen tại trụ sở; ông Per Lund và ông Jon Moe dự.", "Jon Moe"),
        ("Chủ tịch tiếp đoàn, và ông Per Lund có mặt.", "Per Lund"),
    ],
)
def test_an_honorific_name_outside_the_objects_clause_is_no_side(text: str, absent: str) -> None:
    assert absent not in people_by_name(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Về phía Việt Nam, đón đoàn có Thứ trưởng Bộ Y tế Lê Văn Ba, GS.TSKH Trần Minh Sơn - "
            "Phó Giám đốc ĐHQGHN, GS.TS Phan Văn Lộc - Hiệu trưởng Trường ĐHBK cùng đại diện.",
            {
                "Lê Văn Ba": ("Thứ trưởng Bộ Y tế",),
                "Trần Minh Sơn": ("Phó Giám đốc ĐHQGHN",),
                "Phan Văn Lộc": ("Hiệu trưởng Trường ĐHBK",),
            },
        ),
        (
            "PGS.TS Lê Thị Hoa, Viện trưởng Viện Sử học phát biểu.",
            {"Lê Thị Hoa": ("Viện trưởng Viện Sử học",)},
        ),
        (
            "Đón đoàn có ThS Đỗ Văn Nam, Giám đốc Sở Ngoại vụ.",
            {"Đỗ Văn Nam": ("Giám đốc Sở Ngoại vụ",)},
        ),
        (
            "TS. Phan Văn Lộc - Giám đốc Sở Y tế tỉnh Bắc Kạn phát biểu.",
            {"Phan Văn Lộc": ("Giám đốc Sở Y tế tỉnh Bắc Kạn",)},
        ),
    ],
)
def test_a_degree_then_name_then_office_is_a_titled_person(
    text: str, expected: dict[str, tuple[str, ...]]
) -> None:
    _assert_titles(text, expected)


def test_a_degree_and_a_name_with_no_office_is_no_person() -> None:
    assert people_by_name("GS.TS Phan Văn Lộc cho biết hội thảo thành công.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiếp đoàn có các đồng chí: Đinh Văn Ba, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; "
            "Tống Quang Vinh, TVTU, Phó Chủ tịch UBND tỉnh; Bùi Mai Lan, TVTU, Phó Chủ tịch "
            "HĐND tỉnh; lãnh đạo một số sở.",
            {
                "Đinh Văn Ba": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
                "Tống Quang Vinh": ("TVTU", "Phó Chủ tịch UBND tỉnh"),
                "Bùi Mai Lan": ("TVTU", "Phó Chủ tịch HĐND tỉnh"),
            },
        ),
        (
            "Ông Hà Văn Tư, UVBTV, Trưởng Ban Dân vận Tỉnh ủy dự buổi làm việc.",
            {"Hà Văn Tư": ("UVBTV", "Trưởng Ban Dân vận Tỉnh ủy")},
        ),
    ],
)
def test_an_unknown_abbreviation_inside_an_apposition_is_a_title(
    text: str, expected: dict[str, tuple[str, ...]]
) -> None:
    _assert_titles(text, expected)


def test_an_abbreviation_before_another_titled_person_is_nobodys_title() -> None:
    people = people_by_name("Thủ tướng đã gặp Lê Văn Ân, NATO, Tổng thống Pháp Jean Dupont.")
    assert "Lê Văn Ân" not in people
    assert people["Jean Dupont"].titles == ("Tổng thống Pháp",)


def test_an_abbreviation_with_no_title_after_it_ends_the_apposition() -> None:
    people = people_by_name("Bộ trưởng Lê Văn Ân, UBND, tỉnh bạn cùng dự.")
    assert people["Lê Văn Ân"].titles == ("Bộ trưởng",)


def test_an_attendance_list_after_the_meeting_noun_names_no_side() -> None:
    text = "Tham dự buổi gặp có ông Ivo Horvat, Chủ tịch Hội doanh nghiệp, cùng bà Mira Kos."
    assert "Mira Kos" not in people_by_name(text)


# -- numbered lists: "N. <office>: Ông <name>." ------------------------------------------


def test_each_numbered_entry_gives_its_office_to_its_name() -> None:
    text = (
        "1. Bí thư Tỉnh ủy Lào Cai: Ông Nguyễn Hữu Vân.\n"
        "2. Chủ tịch UBND tỉnh Lào Cai: Ông Lê Văn Nam, Phó Bí thư Tỉnh ủy.\n"
        "3) Giám đốc Sở Ngoại vụ: bà Trần Thu Hằng.\n"
        "4. Bí thư Thành ủy Cần Thơ : Ông Đỗ Minh Khang, Ủy viên T.Ư Đảng."
    )
    people = people_by_name(text)
    assert people["Nguyễn Hữu Vân"].titles == ("Bí thư Tỉnh ủy Lào Cai",)
    assert people["Lê Văn Nam"].titles == ("Chủ tịch UBND tỉnh Lào Cai", "Phó Bí thư Tỉnh ủy")
    assert people["Trần Thu Hằng"].titles == ("Giám đốc Sở Ngoại vụ",)
    assert people["Đỗ Minh Khang"].titles[0] == "Bí thư Thành ủy Cần Thơ"


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng nói: ông Lê Văn Tâm đã đến.",
        "Sau đó Bộ trưởng: ông Lê Văn Tâm đã đến.",
        "Trong năm qua, Bộ trưởng: ông Lê Văn Tâm đã đến.",
    ],
)
def test_a_colon_inside_a_sentence_gives_no_office(text: str) -> None:
    # an untitled "ông X" is no person: nobody is read, and nobody holds "Bộ trưởng"
    assert people_by_name(text) == {}
    # the office opening the sentence is the name's: the name itself reads
    opening = text[text.index("Bộ trưởng") :].replace(" nói:", ":")
    assert people_by_name(opening)["Lê Văn Tâm"].titles == ("Bộ trưởng",)


def _assert_titles(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    people = people_by_name(text)
    for name, titles in expected.items():
        assert people[name].titles == titles
