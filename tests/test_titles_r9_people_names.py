"""Ninth-round name shapes after titles and honorifics, on sentences written for these tests:
a Lao name spelt in syllables with lower-case inner syllables, a Latin given name and surname
right after a federation's "bang", the agent of "do ... dẫn đầu" keeping its apposed title,
title heads the lexicon lacked and a family name it lacks after a body's acronym, a plural
title over a list of names, a foreign province closing an office before the holder's name, a
bracketed "(region, country)" locator, and Taiwan's own country code. Each class has near
misses where nothing new may fire."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # (a) Lao names spelt in syllables, the inner ones in lower case
        ("Chiều 2/6, tại thành phố Đông Hà, Đoàn đại biểu tỉnh Sê Kông do đồng chí Khăm phon "
         "Phôm ma chăn, Tỉnh trưởng tỉnh Sê Kông làm trưởng đoàn đã có buổi làm việc với UBND "
         "tỉnh.", "Khăm phon Phôm ma chăn", ("Tỉnh trưởng tỉnh Sê Kông",)),
        ("Sáng 8/9, ông Sổm xạ vạt Len xa vắt, Phó Thủ tướng Lào đã tiếp đoàn.",
         "Sổm xạ vạt Len xa vắt", ("Phó Thủ tướng Lào",)),
        ("Đoàn do bà Bun thăn Xi sổm phon, Phó Tỉnh trưởng tỉnh Bo Kẹo dẫn đầu đã thăm Lào "
         "Cai.", "Bun thăn Xi sổm phon", ("Phó Tỉnh trưởng tỉnh Bo Kẹo",)),
        ("Ngày 4/5, đoàn do đồng chí Thong lun Xi su lít, Chủ tịch Ủy ban Mặt trận Lào dẫn "
         "đầu đã tới thăm tỉnh.", "Thong lun Xi su lít", ("Chủ tịch Ủy ban Mặt trận Lào",)),
        # (b) the agent of "do ... dẫn đầu" after an act keeps its apposed title
        ("Trong chuyến thăm, đoàn đã làm việc với đoàn đại biểu UYFC do ông Sok Dara, Ủy viên "
         "thường trực Ban chấp hành Trung ương UYFC dẫn đầu.", "Sok Dara",
         ("Ủy viên thường trực Ban chấp hành Trung ương UYFC",)),
        ("Hai bên đã hội đàm với đoàn do bà Chea Vanna, Thứ trưởng Bộ Giáo dục Campuchia dẫn "
         "đầu.", "Chea Vanna", ("Thứ trưởng Bộ Giáo dục Campuchia",)),
        ("Sáng 3/4, tiếp đoàn công tác do đồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Kon Tum "
         "làm trưởng đoàn, lãnh đạo Sở cho biết.", "Lê Văn Tâm",
         ("Phó Chủ tịch UBND tỉnh Kon Tum",)),
        # (c) a Latin given name and surname right after "bang"
        ("Ngày 2/11, Đại sứ Trần Văn Hùng đã gặp Thống đốc bang John Miller và Hạ nghị sĩ "
         "Anna Scott.", "John Miller", ("Thống đốc bang",)),
        ("Ngày 2/11, Đại sứ Trần Văn Hùng đã gặp Thống đốc bang John Miller và Hạ nghị sĩ "
         "Anna Scott.", "Anna Scott", ("Hạ nghị sĩ",)),
        ("Tại Wisconsin, Đại sứ gặp Bộ trưởng Bộ Lao động tiểu bang Peter Olsen.",
         "Peter Olsen", ("Bộ trưởng Bộ Lao động tiểu bang",)),
        ("Sáng 5/3, Phó Thủ tướng tiếp Thống đốc bang Laura Kelly, Thượng nghị sĩ Tom Reed.",
         "Laura Kelly", ("Thống đốc bang",)),
        ("Sáng 5/3, Phó Thủ tướng tiếp Thống đốc bang Laura Kelly, Thượng nghị sĩ Tom Reed.",
         "Tom Reed", ("Thượng nghị sĩ",)),
        ("Chiều 7/5, Chủ tịch nước đã gặp Phó Thống đốc tiểu bang Sarah Bloom tại Hà Nội.",
         "Sarah Bloom", ("Phó Thống đốc tiểu bang",)),
        ("Thống đốc bang Ohio Mike DeWine thăm Hà Nội.", "Mike DeWine", ("Thống đốc bang Ohio",)),
        # (d) title heads the lexicon lacked; a family name it lacks after a body's acronym
        ("Đoàn do Phó Chánh Văn phòng Bộ Công Thương Lý Minh Đức làm trưởng đoàn đã làm việc "
         "với tỉnh Yên Bái.", "Lý Minh Đức", ("Phó Chánh Văn phòng Bộ Công Thương",)),
        ("Chiều 4/8, đoàn công tác do Phó Chánh thanh tra Bộ Tư pháp Lê Quang Huy làm trưởng "
         "đoàn đã làm việc với tỉnh.", "Lê Quang Huy", ("Phó Chánh thanh tra Bộ Tư pháp",)),
        ("Tại buổi gặp, Phó Chủ tịch phụ trách VCCI Đôn Minh Khải cho biết hai bên sẽ hợp "
         "tác.", "Đôn Minh Khải", ("Phó Chủ tịch phụ trách VCCI",)),
        ("Ngày 3/4, Bộ trưởng tiếp ông Fujita Taro, Trưởng Phòng đối ngoại Đảng Dân chủ Tự do.",
         "Fujita Taro", ("Trưởng Phòng đối ngoại Đảng Dân chủ Tự do",)),
        ("Ngày 9/1, Phó Chủ tịch UBND tỉnh tiếp Trưởng Đại diện UNICEF tại Việt Nam Rana "
         "Flowers.", "Rana Flowers", ("Trưởng Đại diện UNICEF tại Việt Nam",)),
        ("Ngày 9/1, Phó Chủ tịch UBND tỉnh tiếp ông Tom Reed, Quyền Trưởng đại diện tổ chức "
         "ChildFund tại Việt Nam.", "Tom Reed",
         ("Quyền Trưởng đại diện tổ chức ChildFund tại Việt Nam",)),
        # a capitalised modifier before a title of capitalised words ("Nguyên", "Phó")
        ("Ngày 3/4, đồng chí Khăm-phăn Xi-pa-sơn, Nguyên Trưởng Ban Tổ chức Trung ương Đoàn "
         "Lào và Phu nhân đã thăm tỉnh.", "Khăm-phăn Xi-pa-sơn",
         ("Nguyên Trưởng Ban Tổ chức Trung ương Đoàn Lào",)),
        ("Dự có Phó Trưởng Ban Tuyên truyền Trung ương Đảng Cộng sản Trung Quốc Tôn Vĩ Đông.",
         "Tôn Vĩ Đông", ("Phó Trưởng Ban Tuyên truyền Trung ương Đảng Cộng sản Trung Quốc",)),
        # (e) a plural title over a list of names
        ("Dự có các Phó Chủ tịch UBND tỉnh Đào Văn Khánh, Vi Thị Lan.", "Vi Thị Lan",
         ("Phó Chủ tịch UBND tỉnh",)),
        ("Dự có các Phó Chủ tịch UBND tỉnh Đào Văn Khánh, Vi Thị Lan.", "Đào Văn Khánh",
         ("Phó Chủ tịch UBND tỉnh",)),
        ("Ngày 3/4, hai Phó Thủ tướng Trần Văn Hải và Lê Thị Mai đã tiếp đoàn.", "Lê Thị Mai",
         ("Phó Thủ tướng",)),
        ("Ngày 3/4, các Thứ trưởng Ngoại giao Lê Hoài Nam, Đỗ Văn Thành, Phạm Thu Hà cùng dự.",
         "Phạm Thu Hà", ("Thứ trưởng Ngoại giao",)),
        ("Bí thư Tỉnh ủy Hồ Văn Lâm và các Phó Chủ tịch HĐND tỉnh Lò Văn Hải, Bế Thị Vân đồng "
         "chủ trì.", "Bế Thị Vân", ("Phó Chủ tịch HĐND tỉnh",)),
        # (f) a foreign province closes the office; "(region, country)" after the office
        ("Ngày 24/5, Bí thư, Tỉnh trưởng tỉnh Khăm Muộn Xổm Phết Vông Xay chủ trì hội nghị.",
         "Xổm Phết Vông Xay", ("Bí thư", "Tỉnh trưởng tỉnh Khăm Muộn")),
        ("Chiều 5-8, Chủ tịch UBND tỉnh Lê Văn An và Thị trưởng thành phố Kamogawa (tỉnh Chiba, "
         "Nhật Bản) Hiroshi Tanaka ký kết bản ghi nhớ.", "Hiroshi Tanaka",
         ("Thị trưởng thành phố Kamogawa",)),
    ],
)  # fmt: skip
def test_named(text: str, name: str, titles: tuple[str, ...]) -> None:
    assert _people(text)[name].titles == titles


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Ông Lâm Chí Vĩ, Chủ tịch Tập đoàn Phú Cường, Đài Loan dự lễ.", "Lâm Chí Vĩ", "TW"),
        ("Chiều 5-8, Chủ tịch UBND tỉnh Lê Văn An và Thị trưởng thành phố Kamogawa (tỉnh Chiba, "
         "Nhật Bản) Hiroshi Tanaka ký kết bản ghi nhớ.", "Hiroshi Tanaka", "JP"),
        ("Ngày 24/5, Bí thư, Tỉnh trưởng tỉnh Khăm Muộn Xổm Phết Vông Xay chủ trì hội nghị.",
         "Xổm Phết Vông Xay", "LA"),
    ],
)  # fmt: skip
def test_country(text: str, name: str, country: str) -> None:
    assert _people(text)[name].country == country


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a verb or a joined name after a name is no syllable of it
        ("Ngày 4/5, ông Hải cho biết, Bộ trưởng sẽ thăm Lào.", "Hải cho biết"),
        ("Ngày 4/5, đồng chí Lan thay mặt Lãnh đạo tỉnh, Chủ tịch UBND tỉnh cảm ơn.",
         "Lan thay mặt Lãnh đạo tỉnh"),
        ("Ngày 4/5, ông Nam và Hùng, Bí thư Tỉnh ủy đã dự.", "Nam và Hùng"),
        # a state of place-name words after "bang" is the state
        ("Ngày 4/5, Thống đốc bang New Mexico đã tiếp đoàn.", "New Mexico"),
        ("Ngày 4/5, Thủ hiến bang Uttar Pradesh dự lễ.", "Uttar Pradesh"),
        ("Ngày 4/5, Thống đốc bang Rhode Island phát biểu.", "Rhode Island"),
        ("Ngày 4/5, Thống đốc bang South Dakota phát biểu.", "South Dakota"),
        # a place after an acronym, two syllables: still a place
        ("Ngày 4/5, Phó Chủ tịch Hội LHPN Hòa Bình dự lễ.", "Hòa Bình"),
        ("Ngày 4/5, Giám đốc Sở GTVT Hà Nội dự lễ.", "Hà Nội"),
        # a place after a plural title's name is no listed name
        ("Ngày 3/4, các Bộ trưởng Lê Văn Tú, Hà Nội đã dự.", "Hà Nội"),
    ],
)  # fmt: skip
def test_no_person(text: str, absent: str) -> None:
    assert absent not in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # the subject of the main clause after an act's object keeps the bare title
        ("Tiếp Đại sứ Ý Marco Rossi, Bộ trưởng cho biết hai nước sẽ hợp tác.", "Marco Rossi",
         ("Đại sứ Ý",)),
        # a plural title then a titled name: the second name keeps its own title
        ("Ngày 3/4, các Thứ trưởng Lê Văn Tú, Bộ trưởng Ngoại giao Trần Minh An dự.",
         "Trần Minh An", ("Bộ trưởng Ngoại giao",)),
        # a state the gazetteer knows then the name
        ("Ngày 4/5, Thống đốc bang Iowa Kim Reynolds phát biểu.", "Kim Reynolds",
         ("Thống đốc bang Iowa",)),
    ],
)  # fmt: skip
def test_near_misses_keep_titles(text: str, name: str, titles: tuple[str, ...]) -> None:
    assert _people(text)[name].titles == titles
