"""Failure classes seen on crawled pages (round 3, second pass), on sentences written for these
tests:

* each name of a list with its own "đồng chí", one title after the last name shared by all
  ("đồng chí X, đồng chí Y, nguyên Chủ tịch nước").
"""

from __future__ import annotations

from tests.titles_helpers import people_by_name

# -- "đồng chí X, đồng chí Y, Title" ------------------------------------------------------------


def test_comrades_each_named_with_the_honorific_share_the_title_after_the_last() -> None:
    people = people_by_name(
        "Tới dự có các vị khách: đồng chí Hồ Văn Đạt, đồng chí Kiều Thị Mai, nguyên Phó Chủ "
        "tịch nước; đồng chí Lò Văn Sáng, nguyên Chủ tịch Quốc hội."
    )
    assert people["Hồ Văn Đạt"].titles == ("nguyên Phó Chủ tịch nước",)
    assert people["Kiều Thị Mai"].titles == ("nguyên Phó Chủ tịch nước",)
    assert people["Lò Văn Sáng"].titles == ("nguyên Chủ tịch Quốc hội",)


def test_three_comrades_share_a_chain_of_titles() -> None:
    people = people_by_name(
        "Có mặt đồng chí Hồ Văn Đạt, đồng chí Kiều Thị Mai, đồng chí Tăng Văn Khoa, nguyên Ủy "
        "viên Bộ Chính trị, nguyên Phó Thủ tướng."
    )
    want = ("nguyên Ủy viên Bộ Chính trị", "nguyên Phó Thủ tướng")
    for name in ("Hồ Văn Đạt", "Kiều Thị Mai", "Tăng Văn Khoa"):
        assert people[name].titles == want


def test_comrades_with_a_title_each_keep_their_own() -> None:
    people = people_by_name(
        "Có mặt đồng chí Hồ Văn Đạt, Bí thư Tỉnh ủy, đồng chí Kiều Thị Mai, Chủ tịch UBND tỉnh."
    )
    assert people["Hồ Văn Đạt"].titles == ("Bí thư Tỉnh ủy",)
    assert people["Kiều Thị Mai"].titles == ("Chủ tịch UBND tỉnh",)


def test_comrades_with_no_title_name_no_one() -> None:
    assert people_by_name("Buổi gặp có đồng chí Hồ Văn Đạt, đồng chí Kiều Thị Mai tham dự.") == {}
