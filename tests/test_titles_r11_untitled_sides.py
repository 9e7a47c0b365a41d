"""Untitled sides (round 11), on sentences written for these tests (no page's words): a name an
honorific introduces is a side of the meeting it "làm việc với" (works with), like one it meets
or receives; and a Latin surname alone after an honorific ("ông Kerry", "bà Merkel") is a side
when the page never writes the whole name.

Near misses, where nothing may be found: "làm việc tại" (works at) names no counterpart; a
surname the page also writes in full; a Vietnamese word after "Bà" ("Bà Rịa"); a surname that
is only the subject of a statement."""

from __future__ import annotations

import pytest
from hypothesis import given
from vndiplo_titles import find_people_with

from tests.titles_helpers import LEX, mixes, people_by_name
from vndiplo import Document


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Chiều 3/5, ông Đoàn Văn Lợi làm việc với Bộ trưởng Hàn Quốc Choi Min Ho tại Seoul.",
            {"Đoàn Văn Lợi", "Choi Min Ho"},
        ),
        (
            "Bà Lạc Thị Hương đã làm việc với ông Pierre Dubois về hợp tác y tế.",
            {"Lạc Thị Hương", "Pierre Dubois"},
        ),
        (
            "Hôm qua, ông Jenkins đã gặp ông Phan Đức Huy tại Nhà Trắng.",
            {"Jenkins", "Phan Đức Huy"},
        ),
        ("Sau đó, bà Lindqvist hội đàm với Thủ tướng Mạc Văn Hòa.", {"Lindqvist", "Mạc Văn Hòa"}),
        ("Thủ tướng Mạc Văn Hòa đã tiếp ông Fairbanks tại Phủ Thủ tướng.", {"Fairbanks"}),
    ],
)
def test_untitled_sides(text: str, names: set[str]) -> None:
    people = people_by_name(text)
    assert names <= set(people), sorted(people)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ông Đoàn Văn Lợi làm việc tại Seoul nhiều năm.", "Đoàn Văn Lợi"),
        (
            "Cao ủy EU Martina Lindqvist phát biểu. Sau đó, bà Lindqvist hội đàm với ông Mạc "
            "Văn Hòa.",
            "Lindqvist",
        ),
        ("Bà Rịa tiếp đón nhiều đoàn khách trong năm.", "Rịa"),
        ("Ông Jenkins cho biết Mỹ ủng hộ hợp tác.", "Jenkins"),
        ("Ông Kim tiếp ông Phan Đức Huy.", "Kim"),
    ],
)
def test_near_misses(text: str, absent: str) -> None:
    assert absent not in people_by_name(text)


_PIECES = (
    "ông Jenkins ",
    "bà Lindqvist ",
    "Martina Lindqvist",
    "làm việc với ",
    "hội đàm với ",
    "ông Đoàn Văn Lợi",
    ". ",
    ", ",
)


@given(mixes(_PIECES))
def test_untitled_sides_scan_safely(text: str) -> None:
    # untitled sides carry no title, so the shared check (every person titled) does not apply
    doc = Document(text)
    people = find_people_with(doc, LEX)
    assert people == find_people_with(doc, LEX, windowed=False)
    for person in people:
        assert person.name
        for m in person.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end].strip()
