"""Round-4 classes of the titles stage on old and overseas pages: the full title after a name
written in lower case when the title before the name was too, "kiêm" joining a second
lower-case title, lower-case modifiers before an apposed title, admirals' ranks in lower
case, and the line breaks of a hard-wrapped paragraph. Sentences written for these tests;
every case also checks that the windowed scan equals the whole scan."""

from __future__ import annotations

import pytest
from vndiplo_titles import find_people_with
from vndiplo_titles.wraps import unwrap_blocks

from tests.titles_helpers import LEX, people_by_name
from vndiplo import Document

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Đoàn có thiếu tướng Hà Quang Lợi, cục trưởng Cục Quân y, cùng đi.",
            "Hà Quang Lợi",
            ("thiếu tướng", "cục trưởng Cục Quân y"),
        ),
        (
            "Theo lời mời của đại tướng Peter J. Halvorsen, tư lệnh Bộ Chỉ huy Thái Bình Dương,"
            " đoàn lên đường.",
            "Peter J. Halvorsen",
            ("đại tướng", "tư lệnh Bộ Chỉ huy Thái Bình Dương"),
        ),
        (
            "Tiếp đoàn có trung tướng Đinh Công Sáu, phó tư lệnh Quân khu 9.",
            "Đinh Công Sáu",
            ("trung tướng", "phó tư lệnh Quân khu 9"),
        ),
    ],
)
def test_lower_case_title_after_a_name_a_lower_case_title_opened(
    text: str, name: str, titles: tuple[str, ...]
) -> None:
    assert _people(text)[name].titles == titles


def test_kiem_joins_a_second_lower_case_title() -> None:
    people = _people(
        "Đoàn do thượng tướng Lò Văn Pha, thứ trưởng bộ nội vụ kiêm tổng cục trưởng tổng cục"
        " an ninh, dẫn đầu."
    )
    assert people["Lò Văn Pha"].titles == (
        "thượng tướng",
        "thứ trưởng bộ nội vụ kiêm tổng cục trưởng tổng cục an ninh",
        "tổng cục trưởng tổng cục an ninh",  # held concurrently, listed too (round 11)
    )


@pytest.mark.parametrize("rank", ["chuẩn đô đốc", "phó đô đốc", "đô đốc"])
def test_admiral_ranks_in_lower_case_before_a_name(rank: str) -> None:
    assert _people(f"Đón đoàn có {rank} Mai Xuân Đức tại cảng.")["Mai Xuân Đức"].titles[0] == rank


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised title before the name: a lower-case word after it is prose
        "Thủ tướng Lê Minh Quý, chủ tịch hội đồng thi đua, đã phát biểu.",
        "Đại tướng Lê Minh Quý, thứ trưởng các bộ và khách mời đều dự.",
    ],
)
def test_lower_case_words_after_a_capitalised_title_stay_out(text: str) -> None:
    assert _people(text)["Lê Minh Quý"].titles in {("Thủ tướng",), ("Đại tướng",)}


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đi cùng đô đốc hải quân và các sĩ quan.",
        "Ông được phong hàm chuẩn đô đốc năm ngoái.",
        "Thiếu tướng nói, cục trưởng cục đối ngoại đồng ý.",
    ],
)
def test_lower_case_ranks_and_titles_alone_name_nobody(text: str) -> None:
    assert _people(text) == {}


# -- a hard-wrapped paragraph: a line break inside a body block is a space ---------------------


def test_title_and_name_across_a_wrapped_line() -> None:
    doc = Document(
        "Nhân dịp Bí thư Ban Chấp hành Trung ương Đoàn Thanh niên\nTạ Minh Khuê được bầu lại,"
        " Tổng thống Hàn Quốc gửi điện mừng tới Chủ\ntịch nước Cộng hòa xã hội chủ nghĩa Việt"
        " Nam Lê Đình Thái."
    )
    people = {p.name: p for p in find_people_with(doc, LEX)}
    assert people["Lê Đình Thái"].titles == ("Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",)
    assert people["Tạ Minh Khuê"].titles == ("Bí thư Ban Chấp hành Trung ương Đoàn Thanh niên",)
    span = people["Tạ Minh Khuê"].mentions[0]
    assert doc.text[span.start : span.end] == "Tạ Minh Khuê"  # offsets of the input


def test_unwrap_keeps_offsets_and_breaks_between_blocks() -> None:
    text = "một hai\nba\nbốn năm\nsáu"
    assert unwrap_blocks(text, [(0, 10), (11, 22)]) == "một hai ba\nbốn năm sáu"
    assert len(unwrap_blocks(text, [(0, 10)])) == len(text)
    assert unwrap_blocks("không xuống dòng", [(0, 5)]) == "không xuống dòng"


# -- "UBND tỉnh Đồng Văn Thanh": no province is one unknown syllable -----------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chiều qua, Chủ tịch UBND tỉnh Khổng Thị Hoa tiếp đoàn.",
            "Khổng Thị Hoa",
            "Chủ tịch UBND tỉnh",
        ),
        (
            "Phó Bí thư Tỉnh ủy tỉnh Đồng Văn Lực phát biểu.",
            "Đồng Văn Lực",
            "Phó Bí thư Tỉnh ủy tỉnh",
        ),
    ],
)
def test_one_unknown_syllable_and_a_middle_marker_are_a_name(
    text: str, name: str, title: str
) -> None:
    assert _people(text)[name].titles == (title,)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thống đốc tỉnh Gyeonggi Kim Dong Yeon tiếp đoàn.", "Kim Dong Yeon"),
        ("Chủ tịch UBND tỉnh Quảng Ninh Văn Thanh Tùng dự.", "Văn Thanh Tùng"),
    ],
)
def test_a_known_or_foreign_place_still_comes_before_the_name(text: str, name: str) -> None:
    assert name in _people(text)
