"""Failure classes seen on crawled pages (issue 12), each pinned on sentences written for
these tests (other people, countries, outlets): Latin names with initials, a country or
department glued before a name, legacy abbreviations inside titles, a name cut short at the
end of an excerpt, "nước này" in a title, country names that are no person. Every case also
checks that the windowed scan equals the whole-block scan."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles import find_people_with
from vndiplo_titles.matcher import lexicon_for
from vndiplo_titles.names import initial_dot, tokenize, trim_name

from tests.titles_helpers import people_by_name
from vndiplo import Document

LEX = lexicon_for(None)
_people = people_by_name


# -- Latin names with initials --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tổng thống Mỹ John F. Kennedy từng phát biểu tại đây.", "John F. Kennedy", "US"),
        ("Ngoại trưởng Mỹ Michael R. Pompeo đã điện đàm.", "Michael R. Pompeo", "US"),
        ("Chủ tịch Hạ viện Anh J. Bercow chào mừng đoàn.", "J. Bercow", "GB"),
        ("Chủ tịch Thượng viện Ca-na-đa Gơ-ram R.Mai-e đã tiếp đoàn.", "Gơ-ram R.Mai-e", "CA"),
        ("Chánh án Tòa án tối cao LB Nga V.Xtê-pa-nốp cảm ơn.", "V.Xtê-pa-nốp", "RU"),
        ("Thủ tướng Anh J. R. Hammond phát biểu khai mạc.", "J. R. Hammond", "GB"),
    ],
)
def test_an_initial_is_inside_the_name(text: str, name: str, country: str) -> None:
    people = _people(text)
    assert name in people, people
    assert people[name].country == country


def test_a_short_form_joins_the_name_with_an_initial() -> None:
    people = _people(
        "Tổng thống Mỹ Harry S. Truman đã tiếp Thủ tướng Anh. Tổng thống Truman nhấn mạnh hợp tác."
    )
    assert list(people) == ["Harry S. Truman"]
    assert len(people["Harry S. Truman"].mentions) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a degree or style after the name is no part of it
        ("Đại sứ Malaysia Rahman Ismail S.H cho biết thêm.", "Rahman Ismail"),
        # a sentence that ends on a placeholder letter does not run into the next one
        ("Chủ tịch Nguyễn Văn B. Ông Kowalski nói thêm.", "Nguyễn Văn B"),
        ("Chủ tịch xã Trần Văn A. Sau đó đoàn đi thăm.", "Trần Văn A"),
    ],
)
def test_no_trailing_initial_and_no_run_across_a_sentence(text: str, name: str) -> None:
    people = _people(text)
    assert name in people, people


def test_initial_dot_needs_a_foreign_word_after_it() -> None:
    toks = tokenize("W. Bush A. Lê T.Ư")
    dots = [k for k, t in enumerate(toks) if t.text == "."]
    assert [initial_dot(toks, k, len(toks)) for k in dots] == [True, False, False]


def test_trim_name_keeps_vietnamese_placeholders() -> None:
    toks = tokenize("Nguyễn Văn A")
    assert trim_name(toks, 0, 3) == 3
    toks = tokenize("Ibnu Hadi S")
    assert trim_name(toks, 0, 3) == 2
    toks = tokenize("T")
    assert trim_name(toks, 0, 1) == 0


# -- legacy abbreviations stay inside titles ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Đặng Minh Khôi, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Nam Định, dự buổi lễ.",
            "Đặng Minh Khôi",
            "Ủy viên T.Ư Đảng",
        ),
        (
            "Đoàn do Ủy viên T.Ư Đảng, Trưởng ban Đối ngoại T.Ư Lê Hoài Trung dẫn đầu.",
            "Lê Hoài Trung",
            "Ủy viên T.Ư Đảng",
        ),
        (
            "Làm việc với Ủy viên T.W Đảng, Bí thư Thành ủy Cần Thơ Võ Quang Tín hôm qua.",
            "Võ Quang Tín",
            "Ủy viên T.W Đảng",
        ),
    ],
)
def test_dotted_abbreviation_is_no_person(text: str, name: str, title: str) -> None:
    people = _people(text)
    assert set(people) == {name}, people
    assert title in people[name].titles


# -- a country glued before a name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Bộ trưởng Ngoại giao Xin-ga-po Gioóc-giơ Y-ô đã gửi điện.", "Gioóc-giơ Y-ô", "SG"),
        ("Chủ tịch Hạ viện Ca-na-đa Pi-tơ Mi-li-ken phát biểu.", "Pi-tơ Mi-li-ken", "CA"),
        ("Tổng thống Mô-dăm-bích Giô-a-kim Chi-xa-nô đã tiếp.", "Giô-a-kim Chi-xa-nô", "MZ"),
        ("Thủ tướng Ô-xtrây-li-a Giôn Hô-uốt đã gặp.", "Giôn Hô-uốt", "AU"),
    ],
)
def test_a_transliterated_country_is_not_part_of_the_name(
    text: str, name: str, country: str
) -> None:
    people = _people(text)
    assert set(people) == {name}, people
    assert people[name].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch nước đã tiếp Đại sứ các nước Sierra Leone, Honduras và Mali.",
        "Bộ trưởng Ngoại giao đến thăm Cambodia một ngày.",
        "Đại sứ đặc mệnh toàn quyền Cộng hòa Dominica đến chào.",
    ],
)
def test_a_country_name_is_no_person(text: str) -> None:
    assert _people(text) == {}


def test_ambassador_of_the_dominican_republic() -> None:
    people = _people(
        "Ông Luis Alberto Pérez, Đại sứ đặc mệnh toàn quyền Cộng hòa Dominica tại Việt Nam, "
        "phát biểu."
    )
    person = people["Luis Alberto Pérez"]
    assert person.titles == ("Đại sứ đặc mệnh toàn quyền Cộng hòa Dominica tại Việt Nam",)
    assert person.country == "DO"


# -- a name cut short --------------------------------------------------------------------------


def test_a_cut_latin_name_joins_the_full_name() -> None:
    people = _people(
        "Thủ tướng Canada Mark Carney nói chuyện với Tổng thống Pháp Emmanuel Macro. "
        "Tổng thống Emmanuel Macron cảm ơn."
    )
    assert set(people) == {"Mark Carney", "Emmanuel Macron"}
    assert "Tổng thống Pháp" in people["Emmanuel Macron"].titles


def test_vietnamese_names_that_share_a_prefix_stay_apart() -> None:
    people = _people("Chủ tịch Lê Văn Tha và Bí thư Lê Văn Thanh dự họp.")
    assert set(people) == {"Lê Văn Tha", "Lê Văn Thanh"}


# -- phrases a title reads over -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Hôm qua, Thủ tướng nước này Ishiba Shigeru đã phát biểu.", "Ishiba Shigeru", None),
        (
            "Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình dự lễ.",
            "Nguyễn Hòa Bình",
            "Chánh án Tòa án nhân dân tối cao",
        ),
        (
            "Bí thư thứ nhất Đảng Cộng sản Cuba Miguel Díaz-Canel phát biểu.",
            "Miguel Díaz-Canel",
            "Bí thư thứ nhất Đảng Cộng sản Cuba",
        ),
    ],
)
def test_phrases_inside_titles(text: str, name: str, title: str | None) -> None:
    people = _people(text)
    assert name in people, people
    if title is not None:
        assert title in people[name].titles


# -- properties ------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        *("Tổng thống Mỹ ", "Ủy viên T.Ư Đảng", "W. ", "A.", "Bush", "Kin-xê-la", "S.E ", ". "),
        *(" ", "Xin-ga-po ", "nước này ", "tối cao ", "Nguyễn Văn ", ", ", "Ông ", "\n", "T."),
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(string.ascii_letters + ". ", max_size=6)), max_size=14))
def test_crawled_shapes_give_valid_offsets(pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = Document(text)
    people = find_people_with(doc, LEX, windowed=True)
    assert people == find_people_with(doc, LEX, windowed=False)
    for person in people:
        assert person.name.strip()
        assert len(person.name) > 1
        for span in person.mentions:
            assert 0 <= span.start < span.end <= len(text)


@given(st.text(max_size=80))
def test_any_unicode_with_initials_gives_valid_offsets(noise: str) -> None:
    text = f"Tổng thống Mỹ George W. {noise} Bush. {noise}"
    doc = Document(text)
    for person in find_people_with(doc, LEX, windowed=True):
        for span in person.mentions:
            assert 0 <= span.start < span.end <= len(doc.text)


# -- styles, honorifics and titles after a comma ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chủ tịch Thượng viện Vương quốc Campuchia Samdech Say Chhum phát biểu.", "Say Chhum"),
        ("Đoàn do Samdech Techo Hun Sen, Chủ tịch Đảng Nhân dân Campuchia, dẫn đầu.", "Hun Sen"),
        ("Quốc vương Brunei Sultan Haji Hassanal Bolkiah đã tiếp.", "Hassanal Bolkiah"),
        ("Phó Thủ tướng Malaysia Tan Sri Zahid Hamidi phát biểu.", "Zahid Hamidi"),
    ],
)
def test_a_style_is_not_part_of_the_name(text: str, name: str) -> None:
    people = _people(text)
    assert set(people) == {name}, people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Đoàn do Chủ tịch Nhóm, bà Hanna Kowalczyk dẫn đầu.", "Hanna Kowalczyk", "Chủ tịch Nhóm"),
        (
            "Tiếp Đại sứ Nhật Bản tại Việt Nam, ông Ito Naoki, Phó Thủ tướng cho biết.",
            "Ito Naoki",
            "Đại sứ Nhật Bản tại Việt Nam",
        ),
        (
            "Chủ tịch Thượng viện Ireland, ông Mark Daly cảm ơn.",
            "Mark Daly",
            "Chủ tịch Thượng viện Ireland",
        ),
    ],
)
def test_titles_then_a_comma_and_an_honorific_name(text: str, name: str, title: str) -> None:
    people = _people(text)
    assert name in people, people
    assert title in people[name].titles


def test_a_plural_title_does_not_take_the_honorific_name() -> None:
    people = _people("Chủ tịch nước tiếp các Đại sứ, ông Ahmed Karim phát biểu.")
    assert "Ahmed Karim" not in people


def test_a_name_inside_an_organisation_is_no_person() -> None:
    people = _people("Ông Ivan Petrenko là đảng viên đảng Svoboda Ukraina, Chủ tịch Tiểu ban.")
    assert "Svoboda Ukraina" not in people


# -- royal, church and military titles; departments; dashes ---------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Hoàng Thái tử Đan Mạch Frederik và Công nương Mary Donaldson đến.",
            "Mary Donaldson",
            "Công nương",
        ),
        (
            "Hoàng Thái tử Đan Mạch Frederik và Công nương Mary Donaldson đến.",
            "Frederik",
            "Hoàng Thái tử Đan Mạch",
        ),
        ("Thượng nghị sĩ Mỹ John McCain thăm Hà Nội.", "John McCain", "Thượng nghị sĩ Mỹ"),
        (
            "Đồng chí Trung tá Khăm Phông Xay Nha, Phó tùy viên, dự buổi gặp.",
            "Khăm Phông Xay Nha",
            "Trung tá",
        ),
        (
            "Vụ trưởng Vụ Châu Âu Đinh Toàn Thắng phát biểu.",
            "Đinh Toàn Thắng",
            "Vụ trưởng Vụ Châu Âu",
        ),
        (
            "Chủ nhiệm Ủy ban Văn hóa - Giáo dục Bùi Hoài Sơn dự họp.",
            "Bùi Hoài Sơn",
            "Chủ nhiệm Ủy ban Văn hóa - Giáo dục",
        ),
    ],
)
def test_more_titles(text: str, name: str, title: str) -> None:
    people = _people(text)
    assert name in people, people
    assert title in people[name].titles


def test_a_friendship_group_takes_the_first_country() -> None:
    people = _people("Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản Lê Minh Hoan phát biểu.")
    person = people["Lê Minh Hoan"]
    assert person.titles == ("Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản",)
    assert person.country == "VN"


# -- full titles: brackets, "kiêm", dashes, lists ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Theo lời mời của Chủ tịch Ủy ban châu Âu (EC) Jean Claude Juncker, đoàn sang thăm.",
            "Jean Claude Juncker",
            "Chủ tịch Ủy ban châu Âu (EC)",
        ),
        (
            "Phó Thủ tướng kiêm Bộ trưởng Tài chính và Bộ trưởng Kinh tế Malaysia Ahmad Zaki "
            "đến thăm.",
            "Ahmad Zaki",
            "Phó Thủ tướng kiêm Bộ trưởng Tài chính và Bộ trưởng Kinh tế Malaysia",
        ),
        (
            "Chủ tịch nước hội đàm với Thủ tướng Ấn Độ - Manmohan Singh hôm qua.",
            "Manmohan Singh",
            "Thủ tướng Ấn Độ",
        ),
        (
            "Thủ tướng Nội các Nhật Bản Kishida Fumio điện đàm.",
            "Kishida Fumio",
            "Thủ tướng Nội các Nhật Bản",
        ),
        ("Bộ trưởng Bộ KH&CN Huỳnh Thành Đạt dự lễ.", "Huỳnh Thành Đạt", "Bộ trưởng Bộ KH&CN"),
        (
            "Trong chính quyền Tổng thống Mỹ Joe Biden, hai nước hợp tác.",
            "Joe Biden",
            "Tổng thống Mỹ",
        ),
    ],
)
def test_full_titles(text: str, name: str, title: str) -> None:
    people = _people(text)
    assert name in people, people
    assert people[name].titles[0] == title


def test_titles_in_a_list_go_to_the_person_of_their_country() -> None:
    people = _people(
        "Điện mừng của Thủ tướng Ấn Độ Narendra Modi, Chủ tịch Đảng Nhân dân Campuchia, "
        "Thủ tướng Campuchia Hun Manet, Tổng thống Pháp Emmanuel Macron."
    )
    assert people["Narendra Modi"].titles == ("Thủ tướng Ấn Độ",)
    assert people["Hun Manet"].titles == ("Chủ tịch Đảng Nhân dân Campuchia", "Thủ tướng Campuchia")


def test_appositive_titles_without_a_country_stay_with_the_first_person() -> None:
    people = _people(
        "Đại tướng Lê Văn Hòa, Bộ trưởng Bộ Quốc phòng Việt Nam, Thượng tướng Đổng Quân, "
        "Bộ trưởng Quốc phòng Trung Quốc, đồng chủ trì."
    )
    assert "Bộ trưởng Bộ Quốc phòng Việt Nam" in people["Lê Văn Hòa"].titles
    assert people["Đổng Quân"].country == "CN"
