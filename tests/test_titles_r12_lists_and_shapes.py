"""Round 12: people of an attendance list named without an office, transliterations typed
with spaced hyphens, a name before its title in apposition, a venue's name before a title,
and title shapes (an envoy's brief after "về", a seat in lower case, "Đại sứ từ X", Khmer
styles, a foreign province's official). Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles.names import tokenize
from vndiplo_titles.spaced_hyphens import join_spaced_hyphens

import vndiplo


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in vndiplo.extract(text, published="2019-05-04").people}


def countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in vndiplo.extract(text, published="2019-05-04").people}


HEAD = "Đại sứ dự tiệc với cộng đồng\n\n"


# -- (a) attendance lists -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            HEAD + "Tối 3/5, Đại sứ Pháp Jean Morel dự tiệc với kiều bào. Có mặt tại buổi tiệc"
            " gồm ông bà Trần Văn Bình từ Hội Người Việt; các ông Lê Hữu Phước và Peter Nguyễn"
            " từ Liên hội; bác sĩ Phan Thanh Hà.",
            ["Trần Văn Bình", "Lê Hữu Phước", "Peter Nguyễn", "Phan Thanh Hà"],
        ),
        (
            HEAD + "Tối 3/5, Tổng Lãnh sự Úc Mark Bell dự lễ hội. Tham dự buổi lễ có ông"
            " Hồ Văn Lộc, doanh nhân Võ Minh Trí và bà Đặng Thu Cúc.",
            ["Hồ Văn Lộc", "Võ Minh Trí", "Đặng Thu Cúc"],
        ),
        (
            HEAD + "Chiều 3/5, Đại sứ Đức Anna Weber thăm hội. Hiện diện có Thạc sĩ Lý Thanh"
            " Sơn, kỹ sư Quách Văn Khải và ông Tom Hanson.",
            ["Lý Thanh Sơn", "Quách Văn Khải", "Tom Hanson"],
        ),
        (
            HEAD + "Tối 3/5, Đại sứ Pháp Jean Morel dự lễ hội. Hiện diện trong buổi lễ có"
            " nhà văn Lê Minh Khuê và luật sư Đỗ Hữu Tài; tới dự còn có các ông Lê Văn An,"
            " Phạm Quốc Hùng và Michael Tran.",
            ["Lê Minh Khuê", "Đỗ Hữu Tài", "Lê Văn An", "Phạm Quốc Hùng", "Michael Tran"],
        ),
    ],
)
def test_attendance_list_names_are_people(text: str, names: list[str]) -> None:
    found = people(text)
    for name in names:
        assert name in found


def test_untitled_guests_take_no_country() -> None:
    text = (
        HEAD + "Tối 3/5, Đại sứ Pháp Jean Morel dự tiệc. Có mặt gồm ông Trần Văn Bình và các ông"
        " Lê Hữu Phước và Peter Nguyễn."
    )
    found = countries(text)
    assert found["Trần Văn Bình"] is None
    assert found["Peter Nguyễn"] is None


@pytest.mark.parametrize(
    "text",
    [
        # an honorific name outside any list, with no act of its own, is still no person
        HEAD + "Tối 3/5, Đại sứ Pháp Jean Morel dự tiệc. Ông Trần Văn Bình kể về quê nhà.",
        # those present at a meeting are no sides, so no people untitled
        HEAD + "Tối 3/5, Đại sứ Pháp Jean Morel gặp kiều bào. Tham dự buổi gặp có ông Trần"
        " Văn Bình và bà Lê Thị Hoa.",
        # capitalised common words in a list are no names
        HEAD + "Tối 3/5, Đại sứ Pháp Jean Morel dự tiệc. Có mặt gồm Hội Người Việt, Liên hội"
        " Sinh viên và Nhóm Thiện nguyện.",
    ],
)
def test_no_person_outside_a_list(text: str) -> None:
    assert set(people(text)) == {"Jean Morel"}


# -- (b) spaced hyphens ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ngày 3/5/2019, Tỉnh trưởng tỉnh Savannakhet Xổm- xạ- vạt Lềnh- xạ- vắt tiếp đoàn.",
            "Xổm- xạ- vạt Lềnh- xạ- vắt",
        ),
        (
            "Ngày 3/5/2019, Phó Thủ tướng Trần Văn Bình tiếp Phó Thủ tướng Lào Xổm- pết"
            " Phôm- vi- hản.",
            "Xổm- pết Phôm- vi- hản",
        ),
        (
            "Ngày 3/5/2019, Tỉnh trưởng tỉnh Attapeu Bun - nhăng Vo- la- chít tiếp đoàn.",
            "Bun - nhăng Vo- la- chít",
        ),
    ],
)
def test_spaced_hyphen_name_is_whole(text: str, name: str) -> None:
    assert name in people(text)


def test_prose_dash_is_not_joined() -> None:
    tokens = join_spaced_hyphens(tokenize("Hà Nội - nơi hội tụ, Huế -cố đô"))
    assert [t.text for t in tokens if t.word][:3] == ["Hà", "Nội", "nơi"]


@given(st.text(alphabet="Xa- bxạ \nYn-", max_size=40))
def test_joined_tokens_quote_the_text(text: str) -> None:
    for tok in join_spaced_hyphens(tokenize(text)):
        assert text[tok.start : tok.end] == tok.text


# -- (c) name first, then the title ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ngày 10 tháng 3 năm 2009, Ngài Giôn Xmít (John W. Smith), Đại sứ đặc mệnh toàn"
            " quyền Vương quốc Anh đã rời Hà Nội.",
            "Giôn Xmít",
            "Đại sứ đặc mệnh toàn quyền Vương quốc Anh",
        ),
        (
            "Ngày 3/5/2019, Bộ trưởng Trần Văn Bình gặp Đại diện cao cấp về chính sách đối"
            " ngoại và an ninh của Liên minh châu Âu (EU) Josep  Borrell.",
            "Josep Borrell",
            "Đại diện cao cấp về chính sách đối ngoại và an ninh của Liên minh châu Âu (EU)",
        ),
    ],
)
def test_apposition_and_double_space(text: str, name: str, title: str) -> None:
    found = people(text)
    assert name in found
    assert title in found[name]


# -- (d) a venue before a title -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Tối 5/10/2015, tại khách sạn Grand Plaza Hanoi, Tổng Lãnh sự Nhật Bản tại Đà Nẵng"
            " ông Yoshida Kenji chủ trì tiệc chiêu đãi.",
            "Yoshida Kenji",
        ),
        (
            "Tối 5/10/2015, tại tòa nhà Bitexco Financial Tower, Tổng Lãnh sự Hoa Kỳ, bà Mary"
            " Tay, chủ trì tiệc.",
            "Mary Tay",
        ),
        (
            "Tối 5/10/2015, tại Trung tâm Hội nghị Quốc tế, Đại sứ Pháp Jean Morel chủ trì tiệc.",
            "Jean Morel",
        ),
    ],
)
def test_venue_name_is_no_person(text: str, holder: str) -> None:
    assert set(people(text)) == {holder}


# -- (e) title shapes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Tối 5/10/2015, Tổng Lãnh sự Nhật Bản tại TPHCM ông Yoshida Kenji chủ trì tiệc.",
            "Yoshida Kenji",
            "Tổng Lãnh sự Nhật Bản tại TPHCM",
        ),
        (
            "Ngày 3/2/2021, Quốc vương đã tiếp Ngài Trần Văn Bình, Đại sứ từ Việt Nam, tại"
            " Cung điện.",
            "Trần Văn Bình",
            "Đại sứ từ Việt Nam",
        ),
        (
            "Ngày 3/2/2021, Nhà vua tiếp ông Trần Văn Bình, Đại sứ đến từ Việt Nam.",
            "Trần Văn Bình",
            "Đại sứ đến từ Việt Nam",
        ),
        (
            "Ngày 3/2/2019, người phát ngôn điện Kremlin Ivan Sokolov cho biết.",
            "Ivan Sokolov",
            "người phát ngôn điện Kremlin",
        ),
        (
            "Ngày 3/2/2019, người phát ngôn nhà Trắng Sean Miller cho biết.",
            "Sean Miller",
            "người phát ngôn nhà Trắng",
        ),
        (
            "Ngày 3/2/2021, Bộ trưởng Trần Văn Bình gửi thư chúc mừng Ngoại trưởng Pháp Anne"
            " Morel và Đặc phái viên của Tổng thống Pháp về biến đổi khí hậu Paul Girard.",
            "Paul Girard",
            "Đặc phái viên của Tổng thống Pháp về biến đổi khí hậu",
        ),
        (
            "Ngày 3/5/2019, ở khách sạn Hilton Opera, Thủ tướng Úc Mark Bell tiếp Đặc sứ của"
            " Tổng thống Hàn Quốc về hợp tác năng lượng Kim Min Su.",
            "Kim Min Su",
            "Đặc sứ của Tổng thống Hàn Quốc về hợp tác năng lượng",
        ),
        (
            "Chiều 3/5/2019, phát ngôn viên điện Kremlin Ivan Sokolov cho biết.",
            "Ivan Sokolov",
            "phát ngôn viên điện Kremlin",
        ),
        (
            "Ngày 3/2/2021, Bộ trưởng Trần Văn Bình tiếp Cố vấn đặc biệt về an ninh mạng Paul"
            " Girard.",
            "Paul Girard",
            "Cố vấn đặc biệt về an ninh mạng",
        ),
        (
            "Ngày 3/2/2019, điện mừng cũng được gửi từ Quyền Quốc trưởng Campuchia Samdech"
            " Akka Moha Thama Pothisal Say Vong.",
            "Say Vong",
            "Quyền Quốc trưởng Campuchia",
        ),
        (
            "Ngày 3/2/2019, Phó Thủ tướng Trần Văn Bình tiếp Bộ trưởng Bộ Du lịch Campuchia"
            " Lok Chumteav Sok Maly.",
            "Sok Maly",
            "Bộ trưởng Bộ Du lịch Campuchia",
        ),
    ],
)
def test_title_shapes(text: str, name: str, title: str) -> None:
    found = people(text)
    assert name in found
    assert title in found[name]


def test_a_lower_case_degree_before_a_place_is_no_title() -> None:
    found = people("Ngày 3/5/2019, tiến sĩ Úc Peter Ross và tiến sĩ Nguyễn Văn Hùng dự hội thảo.")
    assert "Nguyễn Văn Hùng" in found
    assert not any("Úc" in name for name in found)


def test_a_returning_head_of_state_keeps_no_topic() -> None:
    found = people("Ngày 3/2/2019, Tổng thống Pháp Jean Morel về nước sau chuyến thăm.")
    assert found["Jean Morel"] == ("Tổng thống Pháp",)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Ngày 3/2/2019, lãnh đạo tỉnh Gia Lai chúc Tết tỉnh Mondulkiri. Tiếp đoàn có ngài"
            " Sok Vanna - Phó Tỉnh trưởng cùng lãnh đạo các sở, ngành tỉnh Mondulkiri.",
            "Sok Vanna",
            "KH",
        ),
        (
            "Ngày 3/2/2019, Bí thư Tỉnh ủy Trần Văn Bình tiếp đoàn tỉnh Champasak do ông Bun"
            " Nhăng, Phó Tỉnh trưởng dẫn đầu.",
            "Bun Nhăng",
            "LA",
        ),
    ],
)
def test_foreign_province_official_takes_its_country(text: str, name: str, country: str) -> None:
    assert countries(text)[name] == country
