"""Round 7: "tại" and "ở" are one place preposition (vndiplo.place_prepositions).

Each class in invented words (other names, places, levels and wordings than any page): the
answer must not depend on which of the two words an outlet writes, and the many other uses of
"ở" (a level, a figure, a stay, an age, "here", "at home") must not become places.
"""

from __future__ import annotations

import pytest

import vndiplo
from vndiplo.model import Document
from vndiplo.place_prepositions import PLACE_PREPOSITION, is_place_preposition, o_opens_place


def _run(text: str) -> Document:
    return vndiplo.extract(text, published="2031-06-10")


def _location(text: str) -> str | None:
    doc = _run(text)
    return doc.events[0].location if doc.events else None


def _swap(text: str, old: str, new: str) -> str:
    return text.replace(f" {old} ", f" {new} ")


# 1. The event's place, written with "ở" -------------------------------------------------------

EVENT_PLACES = [
    (
        "Sáng 4/6, ở Nhà khách Trung ương, Phó Thủ tướng Đinh Quang Hào đã tiếp Bộ trưởng "
        "Ngoại giao Ghana Kwame Mensah.",
        "Nhà khách Trung ương",
    ),
    (
        "Chiều 12/5 ở trụ sở Bộ Công Thương, Thứ trưởng Lại Văn Sơn hội đàm với Thứ trưởng "
        "Thương mại Peru Lucia Romero.",
        "trụ sở Bộ Công Thương",
    ),
    (
        "Bí thư Tỉnh ủy Quảng Trị Hà Minh Đức đã tiếp Tỉnh trưởng tỉnh Savannakhet Bounmy "
        "Phommachak ở tỉnh Quảng Trị ngày 3/6.",
        "tỉnh Quảng Trị",
    ),
    (
        "Ngày 8/6, ở thủ đô Nairobi, Chủ tịch Quốc hội Vương Thanh Tùng hội kiến Tổng thống "
        "Kenya Daniel Otieno.",
        "thủ đô Nairobi",
    ),
    (
        "Tối 2/6 ở Dinh Độc Lập (TP. Hồ Chí Minh), Chủ tịch nước Mạc Văn Lực chủ trì tiếp "
        "Quốc vương Bỉ Albert Martens.",
        "Dinh Độc Lập (TP. Hồ Chí Minh)",
    ),
]


@pytest.mark.parametrize(("text", "place"), EVENT_PLACES)
def test_event_place_after_o(text: str, place: str) -> None:
    assert _location(text) == place
    assert _location(_swap(text, "ở", "tại").replace("Ở ", "Tại ")) == place


# 2. A place that names its city with the other word ---------------------------------------------

NESTED_PLACES = [
    "Chiều 5/6, tại Phủ Tổng thống ở thủ đô Quito, Chủ tịch nước Mạc Văn Lực hội đàm với Tổng "
    "thống Ecuador Diego Salazar.",
    "Chiều 5/6, ở Cung điện Hoàng gia tại thủ đô Oslo, Thủ tướng Lưu Quang Đạt hội kiến Quốc "
    "vương Na Uy Harald Berg.",
    "Thủ tướng Lưu Quang Đạt đã hội đàm với Thủ tướng Ireland Sean Byrne ngày 5/6 tại tòa "
    "nhà Chính phủ ở thành phố Dublin.",
    "Sáng 5/6, tại Nhà Quốc hội tại thủ đô Canberra, Chủ tịch Quốc hội Vương Thanh Tùng hội "
    "đàm với Chủ tịch Thượng viện Australia Emma Clarke.",
]


@pytest.mark.parametrize("text", NESTED_PLACES)
def test_place_keeps_its_city_after_either_word(text: str) -> None:
    location = _location(text)
    assert location is not None
    assert " ở " in location or " tại " in location  # the building and its city, not the city
    for old, new in (("ở", "tại"), ("tại", "ở")):
        swapped = _swap(text, old, new)
        assert _location(swapped) == _swap(location, old, new)


# 3. A posted official's title with "ở" ---------------------------------------------------------

POSTED = [
    ("Đại sứ Việt Nam ở Peru Lâm Hải Nam", "Lâm Hải Nam"),
    ("Tổng Lãnh sự Lào ở Đà Nẵng Bounthong Saysana", "Bounthong Saysana"),
    ("Tùy viên Quốc phòng Việt Nam ở Ấn Độ Đại tá Phùng Văn Hậu", "Phùng Văn Hậu"),
    ("Đại sứ Đặc mệnh toàn quyền Ba Lan ở Việt Nam Marek Nowicki", "Marek Nowicki"),
    ("Trưởng Cơ quan đại diện Việt Nam ở Angola Tạ Minh Chiến", "Tạ Minh Chiến"),
]


@pytest.mark.parametrize(("title", "name"), POSTED)
def test_posted_title_with_o(title: str, name: str) -> None:
    for wording in (title, _swap(title, "ở", "tại")):
        text = f"Chiều 9/6, Chủ tịch UBND tỉnh Nghệ An Trịnh Văn Quý đã tiếp {wording}."
        doc = _run(text)
        assert name in {p.name for p in doc.people}, wording
        assert doc.events and name in {p.name for p in doc.events[0].participants}, wording


def test_posted_title_with_o_after_a_verb_keeps_both_sides() -> None:
    text = (
        "Ngày 6/6, Bộ trưởng Ngoại giao Hồ Thị Lan đã làm việc với Đại sứ Hungary ở Việt Nam "
        "Gabor Szabo về hợp tác giáo dục."
    )
    doc = _run(text)
    names = {p.name for p in doc.events[0].participants}
    assert names == {"Hồ Thị Lan", "Gabor Szabo"}


# 4. Guards: "ở" that opens no place -------------------------------------------------------------

NOT_PLACES = [
    "Chiều 3/6, ở cấp tỉnh, Phó Chủ tịch UBND tỉnh Lào Cai Vũ Đức Minh đã tiếp Tổng lãnh sự "
    "Trung Quốc Zhang Wei.",
    "Chiều 3/6, Phó Chủ tịch UBND tỉnh Lào Cai Vũ Đức Minh đã tiếp Tổng lãnh sự Trung Quốc "
    "Zhang Wei, người ở lại thêm hai ngày.",
    "Chiều 3/6, Phó Chủ tịch UBND tỉnh Lào Cai Vũ Đức Minh đã tiếp Tổng lãnh sự Trung Quốc "
    "Zhang Wei; kim ngạch hai bên duy trì ở mức cao.",
    "Chiều 3/6, Phó Chủ tịch UBND tỉnh Lào Cai Vũ Đức Minh đã tiếp Tổng lãnh sự Trung Quốc "
    "Zhang Wei, ở tuổi 60 vẫn sang thăm tỉnh.",
    "Ở vị trí mới, Phó Chủ tịch UBND tỉnh Lào Cai Vũ Đức Minh chiều 3/6 đã tiếp Tổng lãnh sự "
    "Trung Quốc Zhang Wei.",
    "Chiều 3/6, Phó Chủ tịch UBND tỉnh Lào Cai Vũ Đức Minh đã tiếp Tổng lãnh sự Trung Quốc "
    "Zhang Wei ở đây.",
    "Chiều 3/6, Phó Chủ tịch UBND tỉnh Lào Cai Vũ Đức Minh đã tiếp Tổng lãnh sự Trung Quốc "
    "Zhang Wei, người từng học tập ở trong nước.",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_o_of_a_level_figure_or_stay_is_no_place(text: str) -> None:
    assert _location(text) is None


@pytest.mark.parametrize(
    ("text", "after", "opens"),
    [
        ("ở Hà Nội", 2, True),
        ("ở thủ đô Lima", 2, True),
        ("ở trụ sở Bộ", 2, True),
        ("ở nhà khách", 2, True),
        ("ở mức cao", 2, False),
        ("ở cấp tỉnh", 2, False),
        ("ở trong nước", 2, False),
        ("ở lại", 2, False),
        ("ở tuổi 70", 2, False),
        ("ở đây", 2, False),
        ("ở vị trí", 2, False),
        ("ở xã hội", 2, False),
        ("ở tỉnh mình", 2, False),
        ("ở dinh dưỡng", 2, False),
        ("Ở Cấp Bộ", 2, False),
        ("Ở Giai đoạn Hai", 2, False),
        ("Ở Sochi", 2, True),
    ],
)
def test_o_opens_place(text: str, after: int, opens: bool) -> None:
    assert o_opens_place(text, after) is opens
    assert is_place_preposition("ở", text, after) is opens


@pytest.mark.parametrize(
    ("low", "found"),
    [
        ("tại hà nội", True),
        ("chiều 9-11tại hà nội", True),
        ("hiện tại hai bên", False),
        ("tồn tại nhiều", False),
        ("nơi ở của", False),
        ("chỗ ở mới", False),
        ("trở lại", False),
        ("ở hà nội", True),
    ],
)
def test_place_preposition_pattern(low: str, found: bool) -> None:
    assert (PLACE_PREPOSITION.search(low) is not None) is found


@pytest.mark.parametrize(
    "tail",
    [
        "bàn về đời sống người dân {w} Hà Khẩu.",
        "thăm hỏi kiều bào {w} Viêng Chăn.",
        "nhắc tới cộng đồng người Việt {w} Côn Minh.",
    ],
)
@pytest.mark.parametrize("word", ["tại", "ở"])
def test_where_a_group_of_people_lives_is_no_event_place(tail: str, word: str) -> None:
    text = (
        "Chiều 3/6, Phó Chủ tịch UBND tỉnh Lào Cai Vũ Đức Minh đã tiếp Tổng lãnh sự Trung Quốc "
        "Zhang Wei, " + tail.format(w=word)
    )
    assert _location(text) is None


# 5. A later sentence that restates the event with its place -------------------------------------

RESTATED = [
    "Tối 9/6, Tổng thống Peru Ana Flores đã có cuộc gặp với nguyên Chủ tịch nước Lê Minh Khang. "
    "Cuộc gặp tối 9/6 ở Hà Nội là dịp để hai người bạn cũ ôn lại kỷ niệm.",
    "Sáng 9/6, Bộ trưởng Quốc phòng Trần Hữu Phước hội đàm với Bộ trưởng Quốc phòng Chile Pablo "
    "Rojas. Cuộc hội đàm diễn ra ở Bộ Quốc phòng trong không khí thân mật.",
    "Chiều 9/6, Bộ trưởng Ngoại giao Hồ Thị Lan và Ngoại trưởng Brazil Paulo Mendes đã ký biên "
    "bản ghi nhớ. Lễ ký được tổ chức ở thủ đô Brasilia.",
]


# 6. A frame closed by a fronted place (tested with class 5) --------------------------------

FRAMED = [
    "Nhân dịp thăm chính thức Việt Nam, ở Phủ Chủ tịch, chiều 9/6 Chủ tịch nước Mạc Văn Lực "
    "đã tiếp Tổng thống Uruguay Martín Pereira.",
    "Trong khuôn khổ chuyến công tác, ở thành phố Busan, sáng 9/6 Thứ trưởng Lại Văn Sơn đã "
    "gặp Thị trưởng Busan Kim Min-jun.",
]


@pytest.mark.parametrize("text", [*RESTATED, *FRAMED])
def test_restated_or_framed_place_after_either_word(text: str) -> None:
    location = _location(text)
    assert location is not None
    assert _location(_swap(text, "ở", "tại")) == location


@pytest.mark.parametrize("word", ["tại", "ở"])
def test_a_forum_topics_place_is_no_event_place_with_either_word(word: str) -> None:
    text = (
        f"Sáng 2/6, bên lề Hội thảo về hợp tác {word} Nam Cực, Thứ trưởng Lại Văn Sơn đã gặp "
        "Thứ trưởng Ngoại giao Chile Pablo Rojas."
    )
    assert _location(text) is None
