"""Eighth-round name shapes, on sentences written for these tests: an initial glued to a
Vietnamese-spellable surname after a Latin given name ("John K.Lang"); two initials written
as one capitalised word ("SR Nathan"); a foreign name spelt in Vietnamese syllables right
after a foreign country ("Đại sứ Lào Sổm Phết Bun Mi"); "anh"/"chị" before a name and a
title with no comma. Each class has near misses where nothing new may fire."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Chiều 2/3, ông Daniel R.Long, Tham tán Công sứ Úc, thăm tỉnh.",
         "Daniel R.Long", "Tham tán Công sứ Úc"),
        ("Bà Karen J.Sang, Phó Trợ lý Ngoại trưởng Hoa Kỳ, đã đến Huế.",
         "Karen J.Sang", "Phó Trợ lý Ngoại trưởng Hoa Kỳ"),
        ("Thứ trưởng tiếp ông Brian T.King, Đại sứ New Zealand.", "Brian T.King",
         "Đại sứ New Zealand"),
        ("Cựu Tổng thống Philippines FV Ramos được nhắc đến.", "FV Ramos",
         "Cựu Tổng thống Philippines"),
        ("Ông TK Menon, Đại sứ Ấn Độ, phát biểu.", "TK Menon", "Đại sứ Ấn Độ"),
        ("Đại sứ Lào Khăm Sổm Vi La Phon dự lễ.", "Khăm Sổm Vi La Phon", "Đại sứ Lào"),
        ("Chiều 9/9, Phó Bí thư Tỉnh ủy tiếp Tổng Lãnh sự Lào Bun Mi Xay Nha.",
         "Bun Mi Xay Nha", "Tổng Lãnh sự Lào"),
        ("Thủ tướng Thái Lan Som Chai Wong dự hội nghị.", "Som Chai Wong", "Thủ tướng Thái Lan"),
        ("Hôm qua, anh Phạm Quốc Bảo Bí thư Thành đoàn gặp đoàn sinh viên.", "Phạm Quốc Bảo",
         "Bí thư Thành đoàn"),
        ("Chị Đỗ Thu Trang Chủ tịch Hội Liên hiệp Thanh niên tỉnh phát biểu.", "Đỗ Thu Trang",
         "Chủ tịch Hội Liên hiệp Thanh niên tỉnh"),
    ],
)  # fmt: skip
def test_new_name_shapes(text: str, name: str, title: str) -> None:
    assert title in _people(text)[name].titles


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an initial with a space before a Vietnamese-spellable word, and a dot that ends a
        # sentence, read on no further than before
        ("Đại sứ Peter Ward gặp ông A. Ông Lê Văn Hai, Chủ tịch tỉnh, dự.", "Peter Ward A"),
        # a union's acronym, an unknown body's longer acronym, a full name after either
        ("Đại sứ EU Guerrier dự lễ.", "EU Guerrier"),
        ("Chủ tịch WEF Klaus Schwab dự lễ.", "WEF Klaus Schwab"),
        ("Đại sứ EU Julien Guerrier dự lễ.", "EU Julien Guerrier"),
        # a place inside the run after a country
        ("Đại sứ Lào Tại Hà Nội dự lễ.", "Tại Hà Nội"),
        # "Anh" as Britain, "anh em" (brothers), a one-syllable name
        ("Đại sứ Anh Gareth Ward dự lễ.", "Anh Gareth Ward"),
        ("Quan hệ Việt Nam - Anh Lê Văn Ba Chủ tịch nói.", "Lê Văn Ba"),
        ("Tình anh em Lào - Việt Nam được Chủ tịch nước nhắc lại.", "em Lào"),
    ],
)
def test_near_misses(text: str, absent: str) -> None:
    assert absent not in _people(text)


def test_britain_keeps_its_envoy() -> None:
    assert _people("Đại sứ Anh Gareth Ward dự lễ.")["Gareth Ward"].country == "GB"
