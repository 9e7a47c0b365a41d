"""Where a person's name starts and ends, and when a capitalised run is no person (round 17).

Each family below moves one edge of a name, whatever the office, the verb or the outlet:

* a Latin name runs over its lower-case joiners: the Portuguese and Spanish "e" and "y"
  ("Morais e Cunha", "Ortega y Gasset") join two surnames as "de", "da", "van" do, and the
  particles do not count toward a long name's length (a Portuguese envoy's name of seven
  capitalised words and three particles is one name);
* Russian officials are written surname first with their initials after it ("Pét-rốp A.V",
  "Ivanov I.I."): glued initials closing a foreign surname are the name's own;
* a bracketed country written with its state's style ("(Cộng hòa Slovakia)", "(CH Séc)",
  "(Vương quốc Bỉ)") between an office's city and the holder's name is read over as
  "(Slovakia)" is: the office still reaches the name after it;
* a capitalised run cut off in the middle of a body's name ("Giám đốc Ty Công an tỉnh X":
  "Công an" is the body's word) is the body's, not a person;
* a person the page names only by surname under a title ("Thủ tướng Đức Merkel") takes the
  one full name the page writes elsewhere ("Angela Merkel").

Near misses keep their reading. Every name, place and body here is invented.
"""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

# -- particles and long Latin names ------------------------------------------------------------

_JOINED_SURNAMES = [
    (
        "Sáng 3/4, Chủ tịch nước nhận quốc thư của Đại sứ Bồ Đào Nha Joaquim de Sousa Ramos "
        "e Castro Vaz Lima và Đại sứ Estonia Mart Kask.",
        "Joaquim de Sousa Ramos e Castro Vaz Lima",
    ),
    (
        "Đại sứ Tây Ban Nha Pedro Alonso y Gasset đã chào từ biệt Thủ tướng.",
        "Pedro Alonso y Gasset",
    ),
    (
        "Bộ trưởng Ngoại giao Brazil Marina dos Santos e Silva hội đàm với người đồng cấp.",
        "Marina dos Santos e Silva",
    ),
    (
        "Tiếp ông Carlos Ortega y Pérez, Đại sứ Colombia, Phó Chủ tịch tỉnh cảm ơn ông.",
        "Carlos Ortega y Pérez",
    ),
    (
        "Đoàn do Đại sứ Hà Lan Pieter van der Berg dẫn đầu đã thăm tỉnh.",
        "Pieter van der Berg",
    ),
    (
        "Phó Thủ tướng tiếp Đại sứ Ả Rập Xê Út Faisal bin Abdullah Al Qahtani tại Hà Nội.",
        "Faisal bin Abdullah Al Qahtani",
    ),
    (
        "Thủ tướng tiếp Đại sứ Brazil João Carlos de Almeida Prado e Souza Neto Filho sáng nay.",
        "João Carlos de Almeida Prado e Souza Neto Filho",
    ),
]


@pytest.mark.parametrize(("text", "name"), _JOINED_SURNAMES)
def test_a_latin_name_runs_over_its_joiners(text: str, name: str) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "e" / "y" before a lower-case word or a Vietnamese-spelt one is Vietnamese prose
        ("Đại sứ Tây Ban Nha Pedro Alonso e ngại về thời tiết.", "Pedro Alonso"),
        ("Đại sứ Pháp Pierre Durand y như lời hứa đã trở lại Hà Nội.", "Pierre Durand"),
        ("Đại sứ Nguyễn Văn An và Đại sứ Pedro Alonso gặp nhau.", "Pedro Alonso"),
    ],
)
def test_a_joiner_before_prose_does_not_join(text: str, name: str) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)


# -- trailing initials -------------------------------------------------------------------------

_TRAILING_INITIALS = [
    (
        "Đoàn do Đại tướng Pét-rốp A.V, Giám đốc Cơ quan An ninh Liên bang Nga dẫn đầu.",
        "Pét-rốp A.V",
    ),
    (
        "Chiều 2/4, Bộ trưởng Nội vụ Nga Kolokoltsev V.A. đã hội đàm với Bộ trưởng.",
        "Kolokoltsev V.A",
    ),
    ("Thượng tướng Xi-đô-rốp S.N và đoàn đã thăm Học viện.", "Xi-đô-rốp S.N"),
    ("Tiếp đó, ông Ivanov I.I, Phó Chủ tịch Duma Quốc gia, phát biểu.", "Ivanov I.I"),
]


@pytest.mark.parametrize(("text", "name"), _TRAILING_INITIALS)
def test_initials_after_a_foreign_surname_are_the_names(text: str, name: str) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tổng thống George W. Bush đã đến Hà Nội.", "George W. Bush"),
        ("Đại sứ Mỹ John Carter. A lot of people came.", "John Carter"),
        ("Chủ tịch xã Nguyễn Văn A. Ông B cho biết.", "Nguyễn Văn A"),
        # a degree written as two dotted letters is no part of the name
        ("Đại sứ Indonesia Budi Santoso S.E phát biểu tại lễ đón.", "Budi Santoso"),
        # spaced letters are no glued initials
        ("Thượng tướng Xi-đô-rốp S. N. cùng đoàn đã thăm Học viện.", "Xi-đô-rốp"),
    ],
)
def test_a_sentence_end_or_an_inner_initial_keeps_its_reading(text: str, name: str) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)


# -- a bracketed country with its state's style ----------------------------------------------

_STYLED_COUNTRY = [
    (
        "Thị trưởng TP Zvolen (Cộng hòa Slovakia) Martin Kovac đã ký biên bản ghi nhớ.",
        "Martin Kovac",
        "SK",
    ),
    (
        "Thị trưởng thành phố Brnov (CH Séc) Petr Novak đã tiếp đoàn tỉnh Hà Lâm.",
        "Petr Novak",
        "CZ",
    ),
    ("Thống đốc tỉnh Lievel (Vương quốc Bỉ) Jan Peeters cảm ơn đoàn.", "Jan Peeters", "BE"),
    (
        "Ngày 9/5, Chủ tịch UBND tỉnh Hà Lâm và Thị trưởng TP Ostrava (Cộng hòa Séc) Tomas Kral "
        "ký kết thỏa thuận.",
        "Tomas Kral",
        "CZ",
    ),
    (
        "Tỉnh trưởng tỉnh Kazan (Liên bang Nga) Ivan Morozov hội kiến Đại sứ Việt Nam.",
        "Ivan Morozov",
        "RU",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), _STYLED_COUNTRY)
def test_an_office_reads_over_a_styled_bracketed_country(
    text: str, name: str, country: str
) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)
    assert people[name].country == country
    assert any("(" not in t for t in people[name].titles)


def test_a_plain_bracketed_country_still_reads_over() -> None:
    people = people_by_name("Thị trưởng TP Zvolen (Slovakia) Martin Kovac đã ký biên bản.")
    assert people["Martin Kovac"].country == "SK"


# -- a run cut inside a body's name ---------------------------------------------------------

_BODY_CUT = [
    "Tham dự có Trung tướng Sok Phalla, Giám đốc Ty Công an tỉnh Kra Vanh; ông Hai.",
    "Giám đốc Ty Công an tỉnh Kra Vanh đã hội đàm với Đại tá Trần Văn Hùng.",
    "Phó Giám đốc Ty Công an các tỉnh biên giới cùng dự.",
    "Trưởng Ty Công thương tỉnh Svay Rieng, ông Sok Dara, cảm ơn đoàn.",
]


@pytest.mark.parametrize("text", _BODY_CUT)
def test_a_run_cut_inside_a_bodys_name_is_no_person(text: str) -> None:
    people = people_by_name(text)
    assert "Ty Công" not in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Giám đốc Công an tỉnh Hà Lâm Nguyễn Văn Công an tâm công tác.", "Nguyễn Văn Công"),
        ("Đại tá Trần Văn Công, Giám đốc Công an tỉnh, phát biểu.", "Trần Văn Công"),
    ],
)
def test_a_full_name_before_the_same_word_stays_a_name(text: str, name: str) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)


# -- a surname alone, the full name elsewhere on the page -------------------------------------

_SURNAME_ONLY = [
    (
        "Thủ tướng Đức Merkel sẽ thăm Hà Nội vào tuần tới.\n\n"
        "Theo báo Focus, bà Angela Merkel sẽ gặp lãnh đạo Việt Nam.",
        "Angela Merkel",
        "Merkel",
    ),
    (
        "Tổng thống Pháp Durand đã điện đàm với Chủ tịch nước.\n\n"
        "Phía Pháp, ông Jean-Luc Durand khẳng định quan hệ tốt đẹp.",
        "Jean-Luc Durand",
        "Durand",
    ),
    (
        "Thủ tướng Na Uy Stoltberg nói rằng Na Uy ủng hộ.\n\n"
        "Jens Stoltberg was quoted by the press.",
        "Jens Stoltberg",
        "Stoltberg",
    ),
]


@pytest.mark.parametrize(("text", "full", "short"), _SURNAME_ONLY)
def test_a_surname_alone_takes_the_pages_full_name(text: str, full: str, short: str) -> None:
    people = people_by_name(text)
    assert full in people, sorted(people)
    assert short not in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two full names share the surname: which one is meant is not known
        (
            "Thủ tướng Đức Merkel sẽ thăm Hà Nội.\n\n"
            "Angela Merkel and Paul Merkel were quoted by the press.",
            "Merkel",
        ),
        # a Vietnamese one-word name is not widened by a place or a longer name around it
        ("Đồng chí Chủ tịch Hùng phát biểu.\n\nTại xã Tân Hùng, mọi người chào đón.", "Hùng"),
    ],
)
def test_an_ambiguous_or_vietnamese_short_name_stays(text: str, name: str) -> None:
    people = people_by_name(text)
    assert not any(n != name and n.endswith(name) and people[n].titles for n in people)


# -- a co-subject after an apposed title ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 2/4, lễ đón Đại tướng Pét-rốp A.V được tổ chức tại trụ sở Bộ. Ngay sau lễ đón, "
        "Đại tướng Trần Văn Hùng, Bộ trưởng Bộ Công an và Đại tướng Pét-rốp A.V đã chủ trì hội "
        "đàm.",
        "Sáng 5/6, sau lễ đón, Thượng tướng Lê Văn Tâm, Thứ trưởng Bộ Quốc phòng và Thượng tướng "
        "Ivanov I.I đã hội đàm tại Hà Nội.",
    ],
)
def test_a_title_after_the_first_name_keeps_both_co_subjects(text: str) -> None:
    from vndiplo import extract

    doc = extract(text)
    talks = [e for e in doc.events if e.type == "talks"]
    assert talks, doc.events
    assert len(talks[0].participants) == 2, talks[0].participants


# -- an act between two bodies, its delegations' heads, then an attendee list -----------------

_BODIES_THEN_HEADS = (
    "Sáng ngày 5/3, tại tỉnh Hà Lâm, Bộ Chỉ huy Quân sự tỉnh Hà Lâm đã tổ chức hội đàm với "
    "Ty Quốc phòng tỉnh Sê Păng, nước CHDCND Lào. Hội đàm diễn ra trong không khí hữu nghị.\n"
    "Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Hà Lâm do Đại tá Trần Văn Hải, Chỉ huy trưởng Bộ "
    "Chỉ huy Quân sự tỉnh làm trưởng đoàn. Đoàn Ty Quốc phòng tỉnh Sê Păng do Đại tá Khăm "
    "Phon Vông, Trưởng Ty Quốc phòng tỉnh Sê Păng làm trưởng đoàn.\n"
    "Tham dự hội đàm còn có Trung tá Bun Mi Xay, Phó Trưởng Ty Quốc phòng tỉnh Sê Păng; "
    "Thượng tá Lê Văn Nam, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.\n"
)


def test_the_heads_of_both_delegations_are_the_sides_not_the_attendee_list() -> None:
    from vndiplo import extract

    doc = extract(_BODIES_THEN_HEADS)
    main = doc.events[0]
    assert main.type == "talks", doc.events
    names = [p.name for p in main.participants]
    assert "Trần Văn Hải" in names and "Khăm Phon Vông" in names, names
    assert "Bun Mi Xay" not in names, names


# -- a party committee's place ----------------------------------------------------------------

_COMMITTEE_PLACE = [
    (
        "Dự đại hội có đồng chí Lê Văn Tâm – Ủy viên Ban Thường vụ Thành ủy TPHCM, Bí thư Thành "
        "ủy Thuận Hòa, tân Chủ tịch Hội hữu nghị nhiệm kỳ 2024 – 2029.",
        "Thuận Hòa",
        "Lê Văn Tâm",
    ),
    (
        "Tiếp đoàn có ông Trần Hải Nam, Bí thư Quận ủy Tân Lạc, cùng lãnh đạo các ban.",
        "Tân Lạc",
        "Trần Hải Nam",
    ),
    (
        "Đồng chí Ngô Thị Bình, Phó Bí thư Thường trực Thị ủy Điện Bàn; ông Lê An, Chủ tịch xã.",
        "Điện Bàn",
        "Ngô Thị Bình",
    ),
]


@pytest.mark.parametrize(("text", "place", "holder"), _COMMITTEE_PLACE)
def test_an_unknown_run_after_a_party_committee_is_its_place(
    text: str, place: str, holder: str
) -> None:
    people = people_by_name(text)
    assert place not in people, sorted(people)
    assert holder in people, sorted(people)
    assert any(place in t for t in people[holder].titles), people[holder].titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bí thư Tỉnh ủy Trần Văn Hai phát biểu tại hội nghị.", "Trần Văn Hai"),
        ("Phó Bí thư Tỉnh ủy Y Thanh Niê dự buổi tiếp.", "Y Thanh Niê"),
        ("Bí thư Tỉnh ủy Hà Lâm Nguyễn Văn Đông tiếp đoàn.", "Nguyễn Văn Đông"),
    ],
)
def test_a_holder_after_a_party_committee_stays_a_name(text: str, name: str) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)


# -- a body's own name, then a dash and its country --------------------------------------------

_BODY_THEN_COUNTRY = [
    (
        "Về phía đoàn bạn có bà Aye Myo Thant, người sáng lập Quỹ Lotus Heritage - Myanmar; "
        "ông Tom Brown, nguyên Thủ tướng Guinea.",
        "Aye Myo Thant",
        "Lotus Heritage",
        "MM",
    ),
    (
        "Tham dự có ông Somchai Wong, Chủ tịch Hiệp hội Green River - Thái Lan, và ông Lê Văn Tâm.",
        "Somchai Wong",
        "Green River",
        "TH",
    ),
    (
        "Bà Maria Lindqvist, Giám đốc Quỹ Nordic Bridge – Thụy Điển, đã gặp Thứ trưởng.",
        "Maria Lindqvist",
        "Nordic Bridge",
        "SE",
    ),
]


@pytest.mark.parametrize(("text", "holder", "body", "country"), _BODY_THEN_COUNTRY)
def test_a_body_name_before_a_dashed_country_is_no_person(
    text: str, holder: str, body: str, country: str
) -> None:
    people = people_by_name(text)
    assert body not in people, sorted(people)
    assert holder in people, sorted(people)
    assert people[holder].country == country


def test_a_dashed_pair_of_countries_gives_no_second_country() -> None:
    people = people_by_name(
        "Ông Lê Văn Tâm, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Liên bang Nga, phát biểu."
    )
    assert people["Lê Văn Tâm"].country == "VN"


# -- "danh dự" (honorary) inside a title; a body's name before the holder's next title ---------

_HONORARY = [
    (
        "Về phía đoàn bạn có bà Elena Marti, Chủ tịch danh dự Tổ chức Peace Call, nguyên Chủ "
        "tịch Quốc hội Cộng hòa Geneva (Thụy Sĩ); ông Tom Brown.",
        "Elena Marti",
        "Chủ tịch danh dự Tổ chức Peace Call",
    ),
    (
        "Ông Lê Văn Tâm, Chủ tịch danh dự Hội Hữu nghị Việt - Lào, phát biểu.",
        "Lê Văn Tâm",
        "Chủ tịch danh dự Hội Hữu nghị Việt - Lào",
    ),
    (
        "Ông Lê Văn Tâm, Giám đốc Quỹ Blue Ocean, Phó Chủ tịch Hội Hữu nghị, phát biểu.",
        "Lê Văn Tâm",
        "Giám đốc Quỹ Blue Ocean",
    ),
    (
        "Chủ tịch danh dự Hội Hữu nghị Nguyễn Văn An đã dự lễ kỷ niệm.",
        "Nguyễn Văn An",
        "Chủ tịch danh dự Hội Hữu nghị",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), _HONORARY)
def test_an_honorary_office_and_its_bodys_name_stay_in_the_title(
    text: str, name: str, title: str
) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)
    assert title in people[name].titles, people[name].titles
    assert not any(p in people for p in ("Peace Call", "Blue Ocean")), sorted(people)


def test_a_second_envoy_after_a_title_is_still_a_person() -> None:
    people = people_by_name(
        "Đại sứ Mỹ Tom Brown, Chủ tịch Hội Hữu nghị, và Đại sứ Anh John Smith dự lễ."
    )
    assert "Tom Brown" in people and "John Smith" in people, sorted(people)


def test_a_country_before_a_one_word_name_is_no_given_name() -> None:
    people = people_by_name(
        "Bộ trưởng Ngoại giao Indonesia Sukarjo đã nhận lời mời của Bộ trưởng Ngoại giao Lê "
        "Văn Tâm sang thăm Việt Nam. Indonesia Sukarjo is a name nobody writes."
    )
    assert "Sukarjo" in people, sorted(people)


_BODIES_LEAD_THEN_SIGNING = (
    "Sáng ngày 5/3, tại tỉnh Hà Lâm, Bộ Chỉ huy Quân sự tỉnh Hà Lâm đã tổ chức hội đàm công tác "
    "phối hợp quản lý, bảo vệ biên giới, giữ gìn an ninh trật tự trên tuyến biên giới với Ty "
    "Quốc phòng tỉnh Sê Păng, nước CHDCND Lào. Hội đàm diễn ra trong không khí hữu nghị.\n"
    "Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Hà Lâm do Đại tá Trần Văn Hải, Chỉ huy trưởng Bộ "
    "Chỉ huy Quân sự tỉnh làm trưởng đoàn. Đoàn Ty Quốc phòng tỉnh Sê Păng do Đại tá Khăm "
    "Phon Vông, Trưởng Ty Quốc phòng tỉnh Sê Păng làm trưởng đoàn.\n"
    "Đại tá Lê Văn Nam, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh ký kết biên bản ghi nhớ hội "
    "đàm với Ty Quốc phòng tỉnh Sê Păng.\n"
)


def test_a_lead_act_between_two_bodies_is_chosen_over_a_later_named_signing() -> None:
    from vndiplo import extract

    doc = extract(_BODIES_LEAD_THEN_SIGNING)
    main = doc.events[0]
    assert main.type == "talks", doc.events
    names = [p.name for p in main.participants]
    assert "Trần Văn Hải" in names and "Khăm Phon Vông" in names, names
