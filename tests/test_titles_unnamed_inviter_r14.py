"""An inviter named by title alone (found by the round-14 variant audit): in "Theo lời mời của
Thủ tướng Nhật Bản, Thủ tướng X thăm ...", the title before the comma names its own country and
is the unnamed inviter's; the title after it, naming none, is the guest's own. Joint titles of
one person keep together: the country written once at the chain's end ("Tổng Bí thư, Chủ tịch
nước Trung Quốc X") or in each part ("Tổng Bí thư Đảng ... Lào, Chủ tịch nước CHDCND Lào X").
Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name


@pytest.mark.parametrize(
    ("sentence", "guest", "title", "country"),
    [
        (
            "Theo lời mời của Thủ tướng Nhật Bản, Thủ tướng Lê Văn An thăm chính thức Nhật"
            " Bản từ ngày 5 đến 7/6.",
            "Lê Văn An",
            "Thủ tướng",
            "VN",
        ),
        (
            "Nhận lời mời của Tổng thống Cộng hòa Pháp, Chủ tịch nước Trần Minh Đức sẽ thăm"
            " cấp Nhà nước Pháp.",
            "Trần Minh Đức",
            "Chủ tịch nước",
            "VN",
        ),
        (
            "Theo đề nghị của Bộ trưởng Ngoại giao Lào, Phó Thủ tướng Nguyễn Hữu Bình đã điện"
            " đàm với người đồng cấp.",
            "Nguyễn Hữu Bình",
            "Phó Thủ tướng",
            "VN",
        ),
        (
            "Theo thư mời của Chủ tịch Quốc hội Hàn Quốc, Chủ tịch Quốc hội Phạm Thị Lan dẫn"
            " đầu đoàn đại biểu thăm Seoul.",
            "Phạm Thị Lan",
            "Chủ tịch Quốc hội",
            "VN",
        ),
    ],
)
def test_the_unnamed_inviters_title_is_not_the_guests(
    sentence: str, guest: str, title: str, country: str
) -> None:
    person = people_by_name(sentence)[guest]
    assert person.titles == (title,)
    assert person.country == country


def test_a_joint_title_naming_its_country_once_stays_whole() -> None:
    people = people_by_name(
        "Nhận lời mời của Tổng Bí thư, Chủ tịch nước Trung Quốc Hồ Văn Long, Tổng Bí thư Lý"
        " Minh Quân thăm Trung Quốc."
    )
    assert people["Hồ Văn Long"].titles == ("Tổng Bí thư", "Chủ tịch nước Trung Quốc")


def test_a_joint_title_naming_its_country_in_each_part_stays_whole() -> None:
    people = people_by_name(
        "Theo lời mời của Tổng Bí thư Đảng Nhân dân cách mạng Lào, Chủ tịch nước CHDCND Lào"
        " Xổm Phết, Tổng Bí thư Lê Quang Vinh thăm hữu nghị Lào."
    )
    assert people["Xổm Phết"].country == "LA"
    assert len(people["Xổm Phết"].titles) == 2


def test_a_chain_with_no_invitation_is_unchanged() -> None:
    people = people_by_name("Bộ trưởng Ngoại giao, Phó Thủ tướng Đỗ Thành Công tiếp Đại sứ Mỹ.")
    assert people["Đỗ Thành Công"].titles == ("Bộ trưởng Ngoại giao", "Phó Thủ tướng")


@given(
    mixes(
        [
            "Theo lời mời của ",
            "Thủ tướng Nhật Bản",
            ", ",
            "Thủ tướng ",
            "Chủ tịch nước ",
            "Lê Văn An",
            " thăm",
            "Tổng Bí thư",
            " Lào",
        ]
    )
)
def test_invitation_chains_scan_safely(text: str) -> None:
    assert_scans_safely(text)
