"""Where a person's office comes from and where it ends (round 16).

* **A career told of a pronoun.** A biography paragraph names its subject once ("Ông X, ...")
  and then tells the offices he held with a bare "ông"/"bà" or a short form ("ông Thành",
  "bà Rossi") as the subject of a verb of holding or taking office ("khi đang là ...", "ông
  được bổ nhiệm giữ chức ...", "ông làm ...", "bà giữ cương vị ...", "Ông cũng là ..."). The
  offices are that person's, as written (README AI9: past posts predicated of "Ông" are
  titles). Near misses: a sentence that itself names someone keeps its own holder; a pronoun
  with nobody named before it gives no one a title; "bà con" is no pronoun.
* **A relative clause of offices.** "ông X, người từng đảm nhiệm các cương vị A, B": the
  offices listed are X's, even when X has no other title.
* **Offices joined by a spaced dash after a bare office word.** "Phó Chủ tịch - Tổng Thư ký
  Ủy ban ...", "Bí thư – Tỉnh trưởng tỉnh X": the body after the second word is the first
  word's too, so the chain is one title as written (dev golds BJ08, S12 keep such a chain
  whole). An office whose first part already names its body ("Phó Bí thư Tỉnh ủy - Chủ tịch
  UBND tỉnh"), an office of the state as a whole ("Phó thủ tướng - Bộ trưởng Bộ Ngoại giao",
  dev BO05) and the glued hyphen ("Phó Thủ tướng-Bộ trưởng") stay two titles.
* **An office whose end the complement missed.** "Chủ tịch ASEANAPOL lần thứ 29": an ordinal
  session ("lần thứ N") is part of the office, like "khóa XIV"; a bare "lần" is not.
* **"Tổng Thanh tra"** (Inspector General) is an office.

Every name, place and body here is invented.
"""

from __future__ import annotations

import pytest

import vndiplo

# -- helpers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _titles(runner: vndiplo.Runner, text: str) -> dict[str, tuple[str, ...]]:
    doc = runner.run({"id": "t", "text": "Tin tức\n\n" + text, "published": "2024-05-20"})
    return {p.name: tuple(p.titles) for p in doc.people}


# -- a career told of a pronoun or a short form --------------------------------------------

_CAREERS = [
    (
        "Ông Trần Văn Thành, Phó Giám đốc thường trực, được Hội đồng nhân dân bầu giữ chức"
        " Giám đốc Sở Ngoại vụ tỉnh Hòa Bình, ngày 6/7.\n"
        "Ông Trần Văn Thành 52 tuổi. Năm 2011, khi đang là Phó Giám đốc Sở Tài chính tỉnh Hòa"
        " Bình, ông được bổ nhiệm giữ chức Giám đốc Sở Công thương tỉnh Hòa Bình.",
        "Trần Văn Thành",
        ["Phó Giám đốc Sở Tài chính tỉnh Hòa Bình", "Giám đốc Sở Công thương tỉnh Hòa Bình"],
    ),
    (
        "Bà Lê Thị Hồng, Thứ trưởng Bộ Tư pháp, vừa được bổ nhiệm làm Đại sứ Việt Nam tại"
        " Chile.\nTrước đó, bà là Vụ trưởng Vụ Pháp luật quốc tế Bộ Tư pháp. Từ năm 2016,"
        " bà giữ cương vị Tổng cục trưởng Tổng cục Thi hành án dân sự.",
        "Lê Thị Hồng",
        [
            "Vụ trưởng Vụ Pháp luật quốc tế Bộ Tư pháp",
            "Tổng cục trưởng Tổng cục Thi hành án dân sự",
        ],
    ),
    (
        "Ông Phạm Quang Khải, Phó Chủ tịch UBND tỉnh, được bầu làm Chủ tịch UBND tỉnh Kon"
        " Tum.\nÔng Khải từng làm Giám đốc Sở Ngoại vụ tỉnh Kon Tum. Ông cũng là Chủ tịch Hội"
        " Chữ thập đỏ tỉnh Kon Tum.",
        "Phạm Quang Khải",
        ["Giám đốc Sở Ngoại vụ tỉnh Kon Tum", "Chủ tịch Hội Chữ thập đỏ tỉnh Kon Tum"],
    ),
    (
        "Sáng 3/4, Bộ trưởng Lê Văn Hải tiếp ông Marco Bellini tại Hà Nội. Ông Bellini hiện"
        " giữ chức Giám đốc điều hành Tập đoàn Fincarta.",
        "Marco Bellini",
        ["Giám đốc điều hành Tập đoàn Fincarta"],
    ),
    (
        "Ông Đỗ Minh Tuấn, Chánh Văn phòng Bộ Ngoại giao, nhận quyết định bổ nhiệm.\n"
        "Từ tháng 9/2019 đến nay, ông giữ chức Phó Chánh Văn phòng Bộ Ngoại giao.",
        "Đỗ Minh Tuấn",
        ["Phó Chánh Văn phòng Bộ Ngoại giao"],
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), _CAREERS)
def test_offices_told_of_a_pronoun_are_the_subjects(
    runner: vndiplo.Runner, text: str, name: str, titles: list[str]
) -> None:
    found = _titles(runner, text)
    assert name in found, found
    for title in titles:
        assert title in found[name], (title, found)


def test_a_sentence_naming_its_own_holder_keeps_him(runner: vndiplo.Runner) -> None:
    found = _titles(
        runner,
        "Ông Trần Văn Thành, Phó Giám đốc Sở Ngoại vụ, tiếp đoàn.\n"
        "Năm 2019, ông Lê Minh Sơn được bổ nhiệm giữ chức Giám đốc Sở Ngoại vụ tỉnh Hòa Bình.",
    )
    assert "Giám đốc Sở Ngoại vụ tỉnh Hòa Bình" in found["Lê Minh Sơn"]
    assert "Giám đốc Sở Ngoại vụ tỉnh Hòa Bình" not in found["Trần Văn Thành"]


def test_a_pronoun_with_nobody_before_it_names_no_one(runner: vndiplo.Runner) -> None:
    found = _titles(runner, "Năm 2011, ông được bổ nhiệm giữ chức Giám đốc Sở Công thương.")
    assert found == {}


def test_kinsfolk_are_no_pronoun(runner: vndiplo.Runner) -> None:
    found = _titles(
        runner,
        "Ông Trần Văn Thành, Chủ tịch UBND huyện, thăm bản.\n"
        "Năm nay, bà con là hội viên Hội Nông dân huyện đều được hỗ trợ.",
    )
    assert found["Trần Văn Thành"] == ("Chủ tịch UBND huyện",)


def test_a_relative_clause_lists_the_offices_of_the_name(runner: vndiplo.Runner) -> None:
    found = _titles(
        runner,
        "Sáng 3/4, Bộ trưởng Lê Văn Hải tiếp ông Marco Bellini, người từng đảm nhiệm các"
        " cương vị Đại sứ Italia tại Thái Lan, Thứ trưởng Bộ Ngoại giao Italia.",
    )
    assert found["Marco Bellini"] == (
        "Đại sứ Italia tại Thái Lan",
        "Thứ trưởng Bộ Ngoại giao Italia",
    )


# -- offices joined by a spaced dash ----------------------------------------------------------

_DASHED_OFFICES = [
    (
        "Chiều 21/4, Ủy viên Trung ương Đảng, Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam"
        " Lê Thị Hoa đã hội kiến Bộ trưởng Nông nghiệp Lào Bun Ma.",
        "Lê Thị Hoa",
        "Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam",
    ),
    (
        "Đồng chí Phom Vi Lay, Bí thư – Tỉnh trưởng tỉnh Bò Kẹo (Lào) đã gửi điện thăm hỏi.",
        "Phom Vi Lay",
        "Bí thư – Tỉnh trưởng tỉnh Bò Kẹo",
    ),
    (
        "Sáng 9/3, ông Park Min-jae, Chủ tịch - Tổng Giám đốc Tập đoàn Hanul, đã tới thăm tỉnh.",
        "Park Min-jae",
        "Chủ tịch - Tổng Giám đốc Tập đoàn Hanul",
    ),
    (
        "Đoàn do Phó Bí thư – Phó Tỉnh trưởng tỉnh Sảm Nưa Khăm Xay dẫn đầu.",
        "Khăm Xay",
        "Phó Bí thư – Phó Tỉnh trưởng tỉnh Sảm Nưa",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), _DASHED_OFFICES)
def test_a_bare_office_dashed_to_the_next_shares_its_body(
    runner: vndiplo.Runner, text: str, name: str, title: str
) -> None:
    assert title in _titles(runner, text)[name]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Lê Văn An tiếp Đại sứ Cuba Jose Perez.",
            "Lê Văn An",
            ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        ),
        (
            "Đồng chí Phom Vi Lay, Bí thư, Tỉnh trưởng tỉnh Bò Kẹo (Lào) đã gửi điện thăm hỏi.",
            "Phom Vi Lay",
            ("Bí thư", "Tỉnh trưởng tỉnh Bò Kẹo"),
        ),
        (
            "Ngày 3/2, Phó thủ tướng - Bộ trưởng Bộ Ngoại giao Trần Minh Khoa điện đàm với"
            " Ngoại trưởng Úc.",
            "Trần Minh Khoa",
            ("Phó thủ tướng", "Bộ trưởng Bộ Ngoại giao"),
        ),
        (
            "Chiều 4/2, Tổng thống – Chủ tịch Đảng Dân chủ Xô-ri-a Cam-pô tiếp Đại sứ Việt Nam.",
            "Xô-ri-a Cam-pô",
            ("Tổng thống", "Chủ tịch Đảng Dân chủ"),
        ),
        (
            "Hôm qua, Phó Thủ tướng-Bộ trưởng Ngoại giao Lê Minh Hòa hội đàm với Ngoại trưởng Úc.",
            "Lê Minh Hòa",
            ("Phó Thủ tướng", "Bộ trưởng Ngoại giao"),
        ),
    ],
)
def test_other_dashes_and_commas_keep_two_offices(
    runner: vndiplo.Runner, text: str, name: str, titles: tuple[str, ...]
) -> None:
    assert _titles(runner, text)[name] == titles


# -- where an office ends ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Sáng 5-6, trên cương vị Chủ tịch AIPA lần thứ 41, Chủ tịch Quốc hội Lê Văn Kha đã"
            " tiếp Thủ tướng Lào.",
            "Lê Văn Kha",
            "Chủ tịch AIPA lần thứ 41",
        ),
        (
            "Chủ tịch Hội nghị lần thứ 12 Nguyễn Văn Bình phát biểu khai mạc.",
            "Nguyễn Văn Bình",
            "Chủ tịch Hội nghị lần thứ 12",
        ),
        (
            "Chiều 3/4, Thủ tướng Lê Văn An tiếp ông Sổm Xay, Ủy viên Trung ương Đảng, Tổng"
            " Thanh tra Chính phủ Lào đang có chuyến thăm Việt Nam.",
            "Sổm Xay",
            "Tổng Thanh tra Chính phủ Lào",
        ),
        (
            "Chiều 3/4, Tổng Thanh tra Chính phủ Trần Văn Minh tiếp đoàn Campuchia.",
            "Trần Văn Minh",
            "Tổng Thanh tra Chính phủ",
        ),
    ],
)
def test_office_ends(runner: vndiplo.Runner, text: str, name: str, title: str) -> None:
    assert title in _titles(runner, text)[name]


def test_a_bare_time_word_after_an_office_is_no_part(runner: vndiplo.Runner) -> None:
    found = _titles(runner, "Thủ tướng Lê Văn An lần đầu tới thăm tỉnh Sơn La.")
    assert found["Lê Văn An"] == ("Thủ tướng",)


# -- an office's place after "TP" (thành phố) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chiều 3/4, ông Lee Minho,  Thị trưởng TP Incheon, Hàn Quốc đã tới thăm.",
            "Lee Minho",
            "Thị trưởng TP Incheon",
        ),
        (
            "Chủ tịch UBND tỉnh Lê Văn An tiếp bà Anna Kowal, Phó Thị trưởng TP Gdynia (Ba Lan).",
            "Anna Kowal",
            "Phó Thị trưởng TP Gdynia",
        ),
        (
            "Chiều 3/4, Thị trưởng TP Incheon Lee Minho tiếp đoàn tỉnh Bình Định.",
            "Lee Minho",
            "Thị trưởng TP Incheon",
        ),
        (
            "Phó Chủ tịch UBND TP.Đà Nẵng Lê Văn Tâm đã tiếp Tổng Lãnh sự Lào.",
            "Lê Văn Tâm",
            "Phó Chủ tịch UBND TP.Đà Nẵng",
        ),
    ],
)
def test_a_city_after_tp_is_the_offices_place(
    runner: vndiplo.Runner, text: str, name: str, title: str
) -> None:
    found = _titles(runner, text)
    assert title in found[name]
    assert not any(n.startswith("TP") for n in found), found


# -- an office glued after a name that an honorific and a rank open ---------------------------


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Đồng chí Đại tá Lê Văn Hùng Trưởng ban Đối ngoại Hội Nông dân Việt Nam đã tiếp Đoàn.",
            "Lê Văn Hùng",
            ("Đại tá", "Trưởng ban Đối ngoại Hội Nông dân Việt Nam"),
        ),
        (
            "Ông Tiến sĩ Trần Minh Đức Giám đốc Sở Khoa học tỉnh Nam Định phát biểu.",
            "Trần Minh Đức",
            ("Tiến sĩ", "Giám đốc Sở Khoa học tỉnh Nam Định"),
        ),
    ],
)
def test_an_office_glued_after_an_honorific_ranked_name(
    runner: vndiplo.Runner, text: str, name: str, titles: tuple[str, ...]
) -> None:
    assert _titles(runner, text)[name] == titles


def test_a_glued_office_with_its_own_name_is_the_next_persons(runner: vndiplo.Runner) -> None:
    found = _titles(runner, "Đồng chí Đại tá Lê Văn Hùng Thủ tướng Lào Bun Ma cùng dự lễ.")
    assert found["Lê Văn Hùng"] == ("Đại tá",)
    assert found["Bun Ma"] == ("Thủ tướng Lào",)


# -- an office in brackets after a listed name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chiều 3/4, Chủ tịch UBND tỉnh Lê Văn An tiếp Đại sứ Lào Bun Ma. Cùng dự có các ông"
            " Trần Văn Bình (Phó Chủ tịch UBND tỉnh), Phạm Minh Khoa (Giám đốc Sở Ngoại vụ).",
            "Trần Văn Bình",
            "Phó Chủ tịch UBND tỉnh",
        ),
        (
            "Chiều 3/4, Chủ tịch UBND tỉnh Lê Văn An tiếp ông Kim Jun (Tổng Giám đốc Tập đoàn"
            " Hanul) tại trụ sở.",
            "Kim Jun",
            "Tổng Giám đốc Tập đoàn Hanul",
        ),
    ],
)
def test_an_office_in_brackets_after_a_name_is_its(
    runner: vndiplo.Runner, text: str, name: str, title: str
) -> None:
    assert title in _titles(runner, text)[name]


def test_a_country_in_brackets_stays_a_locator(runner: vndiplo.Runner) -> None:
    found = _titles(runner, "Chiều 3/4, Thủ tướng Lê Văn An tiếp Đại sứ Kim Jun (Hàn Quốc).")
    assert found["Kim Jun"] == ("Đại sứ",)
