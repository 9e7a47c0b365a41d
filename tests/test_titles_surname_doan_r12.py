"""The family name "Đoàn" right after an office: the holder's name, not the Youth Union
("Đoàn") nor a delegation. Invented sentences."""

from __future__ import annotations

import pytest

import vndiplo


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in vndiplo.extract(text, published="2024-04-06").people}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Đoàn công tác tỉnh Cao Bằng do Phó Chủ tịch Đoàn Thị Mai dẫn đầu đã thăm"
            " tỉnh Quảng Tây.",
            "Đoàn Thị Mai",
            "Phó Chủ tịch",
        ),
        (
            "Đoàn đại biểu do Chủ tịch Hội đồng nhân dân Đoàn Văn Kiên dẫn đầu đã làm"
            " việc tại Lyon.",
            "Đoàn Văn Kiên",
            "Chủ tịch Hội đồng nhân dân",
        ),
        (
            "Sáng 3/4, Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam Đoàn Thị Thu tiếp Đại sứ Lào.",
            "Đoàn Thị Thu",
            "Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam",
        ),
    ],
)
def test_doan_after_an_office_is_the_holder(text: str, name: str, title: str) -> None:
    found = people(text)
    assert name in found
    assert title in found[name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Lê Quang Tùng tiếp"
            " đoàn thanh niên Lào.",
            "Lê Quang Tùng",
        ),
        ("Bí thư Tỉnh Đoàn Quảng Ninh Nguyễn Thị Hà dự lễ ra quân.", "Nguyễn Thị Hà"),
    ],
)
def test_youth_union_stays_an_organisation(text: str, name: str) -> None:
    found = people(text)
    assert name in found
    assert not any(n.startswith("Đoàn") for n in found)
