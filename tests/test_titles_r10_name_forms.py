"""Tenth-round name classes, on sentences written for these tests (no page's words):

* one person's mentions fold into the fullest form the page writes: given names cut to
  initials, leading or middle names left out, one inner name alone, a transliteration's
  initial, a biography that alone spells the name in full, chains of such forms;
* country names in the overseas, older and Hán-Việt spellings ("Bắc Hàn", "Nam Hàn",
  "Đại Hàn", "Tân Gia Ba", "Miến Điện", "Úc Đại Lợi") are places, never the first words of
  the name after them nor a person;
* a territory right after the last office of a chain whose holder is already named
  ("ông X, Bí thư, Tỉnh trưởng Xieng Khoang.") is the office's place, not a second person.

Each class has near misses where nothing may fire: two people who share a family name or a
given name, an initial that tells a father from a son, Vietnamese and East Asian names that
never drop a middle word, a name spelt like a country word, and a run that names a next
person."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


# -- one person, the fullest form -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # two given names cut to initials, then the whole name, then the family names alone
        (
            "Tổng thống Paraguay J.C. Benítez Ortega đến Hà Nội. Chủ tịch nước Lê Văn Tám đón "
            "Tổng thống Juan Carlos Benítez Ortega tại sân bay. Tổng thống Benítez Ortega cảm ơn.",
            "Juan Carlos Benítez Ortega",
            3,
        ),
        # one inner name standing for the whole
        (
            "Chiều 4/6, Tổng thống Juan Carlos Benítez Ortega hội đàm với Chủ tịch nước Lê Văn "
            "Tám. Tổng thống Benítez nhấn mạnh quan hệ hai nước.",
            "Juan Carlos Benítez Ortega",
            2,
        ),
        # the family names alone, in the other order of appearance
        (
            "Tổng thống Benítez Ortega nói tại buổi tiếp. Trước đó, Tổng thống Paraguay Juan "
            "Carlos Benítez Ortega đã dự lễ đón.",
            "Juan Carlos Benítez Ortega",
            2,
        ),
        # a biography alone spells a transliterated name in full; an initial form before it
        (
            "Thủ tướng Ai-len Giêm Ô-ri-li thăm Việt Nam. Đoàn của Thủ tướng G.Ô-ri-li gồm nhiều "
            "bộ trưởng. Ông Giêm Pát-rích Ô-ri-li sinh năm 1960 tại Cooc.",
            "Giêm Pát-rích Ô-ri-li",
            3,
        ),
        # the same in Latin letters, the middle name only in the biography
        (
            "Thủ tướng Canada Mark Carney tới Hà Nội hôm qua. Ông Mark Joseph Carney sinh năm "
            "1965, từng là thống đốc ngân hàng.",
            "Mark Joseph Carney",
            2,
        ),
        # three given names, two of them initialled
        (
            "Thủ tướng A.M. Ferreira Lopes tiếp đoàn. Ông António Manuel Ferreira Lopes khẳng "
            "định hợp tác.",
            "António Manuel Ferreira Lopes",
            2,
        ),
    ],
)
def test_mentions_fold_into_the_fullest_form(text: str, name: str, mentions: int) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert len(people[name].mentions) >= mentions
    others = [p for p in people if p != name and set(p.split()) <= set(name.split())]
    assert others == [], others


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # brothers with one family name; the family name alone fits both, so it folds nowhere
        (
            "Bộ trưởng Quốc phòng Raúl Castro và Chủ tịch Fidel Castro dự. Ông Castro phát biểu.",
            {"Raúl Castro", "Fidel Castro"},
        ),
        # one family name, given names one letter apart
        (
            "Thủ tướng Kim Yong Il gặp Chủ tịch Kim Jong Il tại Bình Nhưỡng.",
            {"Kim Yong Il", "Kim Jong Il"},
        ),
        # the initial tells the son from the father
        (
            "Tổng thống George W. Bush và cựu Tổng thống George H. W. Bush dự lễ.",
            {"George W. Bush", "George H. W. Bush"},
        ),
        # a Vietnamese name never drops its middle word
        (
            "Bộ trưởng Nguyễn Văn Thanh và Thứ trưởng Nguyễn Thanh dự họp.",
            {"Nguyễn Văn Thanh", "Nguyễn Thanh"},
        ),
        # nor does an East Asian one
        ("Bộ trưởng Lee Jae Sang và Thứ trưởng Lee Sang dự họp.", {"Lee Jae Sang", "Lee Sang"}),
        # two people who share given names
        (
            "Bộ trưởng Nguyễn Văn Thanh và Thứ trưởng Trần Văn Thanh dự họp.",
            {"Nguyễn Văn Thanh", "Trần Văn Thanh"},
        ),
        # two Latin names with one family name pair
        (
            "Tổng thống Marina Lula Da Silva và Bộ trưởng Pedro Lula Da Silva dự lễ.",
            {"Marina Lula Da Silva", "Pedro Lula Da Silva"},
        ),
    ],
)
def test_different_people_stay_apart(text: str, names: set[str]) -> None:
    people = _people(text)
    assert names <= set(people), sorted(people)


def test_a_place_spelt_like_given_names_joins_no_one() -> None:
    # a Chinese prefecture in Hán-Việt reads like two given names: it is no short form of
    # the Vietnamese official who shares them
    people = _people(
        "Chủ tịch UBND tỉnh Trần Văn Sơn tiễn đoàn. Đoàn sẽ hội đàm với Bí thư Châu ủy châu "
        "Văn Sơn; sau đó thăm Côn Minh."
    )
    assert people["Trần Văn Sơn"].titles == ("Chủ tịch UBND tỉnh",)


def test_a_short_form_fitting_two_people_folds_nowhere() -> None:
    people = _people(
        "Tổng thống Marina Lula Da Silva và Bộ trưởng Pedro Lula Da Silva dự lễ. Tổng thống "
        "Da Silva phát biểu."
    )
    assert len(people["Pedro Lula Da Silva"].mentions) == 1


# -- country words in every spelling --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tại buổi họp, Thủ tướng Bắc Hàn Pak Pong Ju đã ký hiệp định.", "Pak Pong Ju", "KP"),
        ("Hôm qua, Tổng thống Nam Hàn Roh Moo-hyun đến Hà Nội.", "Roh Moo-hyun", "KR"),
        ("Ngoại trưởng Đại Hàn Yoo Myung-hwan cho biết như vậy.", "Yoo Myung-hwan", "KR"),
        ("Thủ tướng Tân Gia Ba Ngô Tác Đống tiếp phái đoàn.", "Ngô Tác Đống", "SG"),
        ("Thủ tướng Úc Đại Lợi John Howard phát biểu tại Canberra.", "John Howard", "AU"),
        ("Ngoại trưởng Miến Điện Win Aung đến Seoul.", "Win Aung", "MM"),
        ("Đại sứ Phi Luật Tân Maria Santos trình quốc thư.", "Maria Santos", "PH"),
        ("Chủ tịch Trung Cộng Giang Trạch Dân đón đoàn.", "Giang Trạch Dân", "CN"),
        ("Thủ tướng Nhật Bổn Kaifu Toshiki gặp báo giới.", "Kaifu Toshiki", "JP"),
    ],
)
def test_overseas_country_spellings_are_places(text: str, name: str, country: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert people[name].country == country


def test_a_country_word_alone_after_a_title_is_no_person() -> None:
    people = _people(
        "Thủ tướng Bắc Hàn Pak Pong Ju đến Hà Nội hôm thứ Ba. Thủ tướng Bắc Triều Tiên sẽ thăm "
        "một nhà máy."
    )
    assert set(people) == {"Pak Pong Ju"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Vietnamese given names spelt like country words stay names
        ("Giám đốc Sở Ngoại vụ Nguyễn Anh Quốc tiếp đoàn.", "Nguyễn Anh Quốc"),
        ("Vụ trưởng Phạm Hoa Lục dự họp.", "Phạm Hoa Lục"),
        ("Thứ trưởng Lê Hòa Lan dự họp.", "Lê Hòa Lan"),
    ],
)
def test_names_spelt_like_country_words_stay_names(text: str, name: str) -> None:
    assert name in _people(text)


# -- a territory closing a named holder's chain ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Đoàn đã hội đàm với ông Bun Mi Xay, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, "
            "Bí thư, Tỉnh trưởng Xam Nưa.",
            "Bun Mi Xay",
            "Tỉnh trưởng Xam Nưa",
        ),
        (
            "Chiều 7/5, lãnh đạo tỉnh tiếp bà Keo Sophal, Thống đốc Kampong Speu.",
            "Keo Sophal",
            "Thống đốc Kampong Speu",
        ),
        (
            "Đồng chí Thong Kham, Bí thư Tỉnh ủy Luang Namtha, đã tiếp đoàn.",
            "Thong Kham",
            "Bí thư Tỉnh ủy Luang Namtha",
        ),
        (
            "Ngài Somchai Wong, Phó Tỉnh trưởng Nong Khai (Thái Lan), dự lễ.",
            "Somchai Wong",
            "Phó Tỉnh trưởng Nong Khai",
        ),
        (
            "Đoàn làm việc với ông Lý Minh Hoa, Ủy viên Thường vụ, Thị trưởng Bằng Tường; hai "
            "bên ký biên bản.",
            "Lý Minh Hoa",
            "Thị trưởng Bằng Tường",
        ),
        (
            "Sáng nay, ông Vong Phet, Phó Bí thư, Huyện trưởng Muang Xay, và đoàn đã đến.",
            "Vong Phet",
            "Huyện trưởng Muang Xay",
        ),
        (
            "Dự có ông Khăm Phăn, Châu trưởng Tây Song Bản Nạp.",
            "Khăm Phăn",
            "Châu trưởng Tây Song Bản Nạp",
        ),
    ],
)
def test_territory_after_a_named_holder_is_his_title(text: str, name: str, title: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert title in people[name].titles
    place = title.split(" ", 2)[-1] if title.count(" ") > 1 else title
    assert not any(p.endswith(place.split()[-1]) and p != name for p in people), sorted(people)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the holder is titled before the name: a list of two governors
        (
            "Thống đốc tỉnh Gyeonggi Kim Dong-yeon, Thống đốc Chung Yang-ho dự hội nghị.",
            "Chung Yang-ho",
        ),
        # a next person after the run: the chain does not end there
        (
            "Đoàn đã hội đàm với ông Somphet Inthalath, Tỉnh trưởng tỉnh Hủa Phăn, Phó Tỉnh trưởng "
            "Bun Mi Xay.",
            "Bun Mi Xay",
        ),
        # a Vietnamese person's name after the office stays a person
        ("Dự có bà Lê Thị Hoa, Chủ tịch Hội, Thị trưởng Nguyễn Văn Bình.", "Nguyễn Văn Bình"),
        # an office of no territory
        (
            "Đoàn đã tiếp ông Vilay Phet, Cố vấn, Bộ trưởng Somsavat Lengsavad.",
            "Somsavat Lengsavad",
        ),
    ],
)
def test_a_person_after_the_office_stays_a_person(text: str, person: str) -> None:
    assert person in _people(text)
