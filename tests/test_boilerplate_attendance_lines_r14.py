"""A short line telling who received or attended ("Tiếp đoàn có ông X, Phó Chủ tịch UBND
tỉnh.", "Đón đoàn có ...", "Cùng làm việc với đoàn có ...") is body, not a photo caption: a
caption pictures who is there, this line tells it (round-14 taxonomy, attendance line taken
for a caption). Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo

LEAD = "Chiều 5/3, Chủ tịch UBND tỉnh Cao Bằng Hoàng Văn Tú tiếp Đại sứ Lào Khamsay Vongsa."
AFTER = "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, văn hóa và du lịch."


def _kind_of(line: str) -> str:
    text = f"{LEAD}\n\n{line}\n\n{AFTER}"
    doc = vndiplo.extract(text, published="2024-05-20")
    return next(b.kind for b in doc.blocks if text[b.start : b.end].strip() == line)


@pytest.mark.parametrize(
    "line",
    [
        "Tiếp đoàn có ông Lương Văn Minh, Phó Chủ tịch UBND tỉnh.",
        "Đón đoàn có bà Nông Thị Hà, Giám đốc Sở Ngoại vụ.",
        "Đón tiếp đoàn có lãnh đạo Sở Ngoại vụ và Sở Công Thương.",
        "Làm việc với đoàn có ông Lương Văn Minh, Phó Chủ tịch UBND tỉnh.",
        "Cùng tiếp đoàn có ông Lương Văn Minh, Phó Chủ tịch UBND tỉnh.",
        "Cùng dự có ông Lương Văn Minh, Phó Chủ tịch UBND tỉnh.",
    ],
)
def test_a_receiving_or_attendance_line_is_body(line: str) -> None:
    assert _kind_of(line) == "body"


def test_the_receiver_in_the_line_is_found() -> None:
    text = f"{LEAD}\n\nTiếp đoàn có ông Lương Văn Minh, Phó Chủ tịch UBND tỉnh.\n\n{AFTER}"
    names = {p.name for p in vndiplo.extract(text, published="2024-05-20").people}
    assert "Lương Văn Minh" in names


def test_a_picture_of_who_is_there_stays_a_caption() -> None:
    assert _kind_of("Chủ tịch UBND tỉnh Hoàng Văn Tú và Đại sứ Khamsay Vongsa.") == "caption"


@given(st.sampled_from(["Tiếp", "Đón", "Cùng tiếp", "Làm việc với"]), st.text(max_size=40))
def test_attendance_openings_never_break_the_page(opening: str, tail: str) -> None:
    text = f"{LEAD}\n\n{opening} đoàn có {tail}\n\n{AFTER}"
    doc = vndiplo.extract(text, published="2024-05-20")
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(text)
