"""A page that writes one name twice, once with a slip (a letter doubled, dropped or changed,
a tone mark lost), lists one person; two people with near names stay two. Invented text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles.typo_variants import near_spellings, one_edit_apart

import vndiplo


def names(*lines: str) -> set[str]:
    d = vndiplo.extract("\n\n".join(lines), published="2024-03-03")
    return {p.name for p in d.people}


def test_doubled_letter_slip_folds_into_the_repeated_spelling() -> None:
    found = names(
        "Chiều 3/3, Chủ tịch nước Lương Cường tiếp Thủ tướng Campuchia Hun Manet.",
        "Thủ tướng Hun Mannet cảm ơn Việt Nam. Thủ tướng Hun Manet mời Chủ tịch nước thăm"
        " Campuchia.",
    )
    assert "Hun Manet" in found
    assert "Hun Mannet" not in found


def test_slip_under_the_same_title_folds_into_the_first_spelling() -> None:
    found = names(
        "Sáng 3/3, Thủ tướng Phạm Minh Chính tiếp Phó Thủ tướng Lào Saleumxay Kommasith.",
        "Phó Thủ tướng Saleumxay Komasith cảm ơn sự giúp đỡ của Việt Nam.",
    )
    assert "Saleumxay Kommasith" in found
    assert "Saleumxay Komasith" not in found


def test_mark_slip_folds_into_the_repeated_spelling() -> None:
    found = names(
        "Chủ tịch nước Võ Văn Thưởng gặp Tổng Thư ký Liên hợp quốc",
        "Tại New York, Tổng Thư ký Liên hợp quốc António Guterres gặp Chủ tịch nước Võ Văn"
        " Thưởng. Chủ tịch nước Võ Văn Thương cảm ơn Liên hợp quốc.",
    )
    assert "Võ Văn Thưởng" in found
    assert "Võ Văn Thương" not in found


def test_names_apart_by_marks_written_once_each_stay_two() -> None:
    found = names(
        "Chiều 5/6, Thứ trưởng Lê Văn Thanh đã tiếp Bộ trưởng Lao động Lào Baykham Khattiya.",
        "Cùng dự có Thứ trưởng Lê Văn Thành.",
    )
    assert {"Lê Văn Thanh", "Lê Văn Thành"} <= found


def test_a_near_name_under_another_office_stays_apart() -> None:
    found = names(
        "Sáng 5/6, Bộ trưởng Nguyễn Văn Hùng tiếp Đại sứ Pháp. Bộ trưởng Nguyễn Văn Hùng cảm ơn.",
        "Dự buổi tiếp có ông Nguyễn Văn Hưng, Vụ trưởng Vụ Hợp tác quốc tế.",
    )
    assert {"Nguyễn Văn Hùng", "Nguyễn Văn Hưng"} <= found


def test_two_people_with_near_names_stay_apart() -> None:
    found = names(
        "Sáng 5/6, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng tiếp Đại sứ Pháp.",
        "Ông Nguyễn Văn Hùng giới thiệu tiềm năng của tỉnh. Giám đốc Sở Ngoại vụ Nguyễn Văn Hưng"
        " báo cáo kết quả hợp tác; ông Nguyễn Văn Hưng đề nghị mở rộng trao đổi sinh viên.",
    )
    assert {"Nguyễn Văn Hùng", "Nguyễn Văn Hưng"} <= found


def test_near_spellings_shapes() -> None:
    assert near_spellings("Hồ Cẩm Đào", "Hồ Ccẩm Đào")
    assert near_spellings("Men San An", "Men Sam An")
    assert not near_spellings("Kim Jong Un", "Kim Jong Il")  # two letters changed
    assert not near_spellings("Lê An", "Lê Ân")  # too short to tell a slip
    assert not near_spellings("Hun Manet", "Hun Manet Sen")  # another word


@given(st.text(max_size=12), st.text(max_size=12))
def test_one_edit_apart_is_symmetric_and_never_equal(a: str, b: str) -> None:
    assert one_edit_apart(a, b) == one_edit_apart(b, a)
    assert not one_edit_apart(a, a)


@given(st.text(min_size=1, max_size=10), st.integers(min_value=0, max_value=10), st.characters())
def test_one_inserted_letter_is_one_edit(word: str, at: int, letter: str) -> None:
    at = min(at, len(word))
    assert one_edit_apart(word, word[:at] + letter + word[at:])
