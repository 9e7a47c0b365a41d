"""Round 6 (stress items, second set): what follows a title apposed to a name.

* A brand and the country of its branch ("Tổng Giám đốc Samsung Việt Nam") name a company:
  no person's name ends in a country.
* After "ông/đồng chí X, <title> tỉnh <unknown place>" the person is already named: the
  unknown run is the province, not a second person ("Tỉnh trưởng tỉnh Luông Pha Bang").
* "gặp Thống đốc tỉnh <name>": after a title ending in an administrative word, a person the
  page names elsewhere is that person (not part of a place), unless the name is a place.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def runner() -> Any:
    import vndiplo

    return vndiplo.Runner()


def _main(runner: Any, text: str) -> tuple[str, list[tuple[str, str]]]:
    doc = runner.run({"id": "t", "text": text, "published": "2024-05-20"})
    assert doc.events, "no event"
    main = doc.events[0]
    return main.type, sorted((p.name, p.role) for p in main.participants)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sáng 3/10, Chủ tịch UBND tỉnh Thái Nguyên Trịnh Việt Hùng đã tiếp ông Park Hak-kyu,"
            " Giám đốc Samsung Việt Nam.",
            [("Park Hak-kyu", "guest"), ("Trịnh Việt Hùng", "host")],
        ),
        (
            "Ngày 7/9, Chủ tịch UBND TP.HCM Phan Văn Mãi tiếp ông Kenji Ito, Chủ tịch Công ty"
            " Toyota Nhật Bản.",
            [("Kenji Ito", "guest"), ("Phan Văn Mãi", "host")],
        ),
        (
            "Chiều 5/6, Bộ trưởng Công Thương Nguyễn Hồng Diên đã làm việc với bà Mary Tan,"
            " Tổng Giám đốc Intel Việt Nam, về kế hoạch mở rộng nhà máy.",
            [("Mary Tan", "participant"), ("Nguyễn Hồng Diên", "participant")],
        ),
        (
            "Ngày 3/4, Bí thư Tỉnh ủy Sơn La Hoàng Quốc Khánh tiếp đồng chí Bounthong Chitmany,"
            " Ủy viên Bộ Chính trị, Tỉnh trưởng tỉnh Xiêng Khoảng.",
            [("Bounthong Chitmany", "guest"), ("Hoàng Quốc Khánh", "host")],
        ),
        (
            "Ngày 3/4, Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh tiếp ông Somphet Vilay, Phó Tỉnh"
            " trưởng tỉnh Bò Ly Khăm Xay.",
            [("Lê Hồng Vinh", "host"), ("Somphet Vilay", "guest")],
        ),
    ],
)
def test_apposed_title_names_no_second_person(runner: Any, text: str, want: Any) -> None:
    assert _main(runner, text)[1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: a name right after a title and an admin place is still read
        (
            "Ngày 3/4, Thống đốc bang Ohio Mike DeWine đã tiếp Tổng Lãnh sự Việt Nam Nguyễn Văn"
            " Bình.",
            [("Mike DeWine", "host"), ("Nguyễn Văn Bình", "guest")],
        ),
        (
            "Ngày 10/5, Đại sứ Việt Nam tại Hàn Quốc Vũ Hồ đã có cuộc gặp với Tỉnh trưởng tỉnh"
            " Kim Dong-yeon.",
            [("Kim Dong-yeon", "participant"), ("Vũ Hồ", "participant")],
        ),
        # a list opened by a titled name: each apposed title may name the next person
        (
            "Ngày 2/5, tại tỉnh Mendoza, Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp Thống đốc"
            " tỉnh Mendoza Alfredo Cornejo, Thống đốc tỉnh Salta Gustavo Sáenz.",
            [
                ("Alfredo Cornejo", "guest"),
                ("Gustavo Sáenz", "guest"),
                ("Võ Thị Ánh Xuân", "host"),
            ],
        ),
        # a name that is also a place after "Thành phố" stays the place
        (
            "Ngày 10/5, Chủ tịch Thành phố Hồ Chí Minh tiếp Đại sứ Nhật Bản Ito Naoki. Ông Ito"
            " Naoki cảm ơn thành phố.",
            [("Ito Naoki", "guest")],
        ),
    ],
)
def test_name_after_title_and_admin_word_still_read(runner: Any, text: str, want: Any) -> None:
    assert _main(runner, text)[1] == want


def test_governor_of_the_province_named_later() -> None:
    import vndiplo

    text = (
        "Đại sứ gặp Thống đốc tỉnh Aichi\n\nNhân chuyến công tác tại tỉnh Aichi, ngày 14/5, Đại"
        " sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu đã gặp Thống đốc tỉnh Omura Hideaki.\n\n"
        "Thống đốc Omura Hideaki cảm ơn Đại sứ."
    )
    doc = vndiplo.Runner().run({"id": "t", "text": text, "published": "2024-05-20"})
    main = doc.events[0]
    assert sorted((p.name, p.role) for p in main.participants) == [
        ("Omura Hideaki", "host"),
        ("Phạm Quang Hiệu", "guest"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chiều 25/9, Chủ tịch UBND tỉnh Long An Nguyễn Văn Út và ông Kim Sang-hyun, Phó Chủ"
            " tịch Tập đoàn Lotte, đã ký biên bản ghi nhớ.",
            [("Kim Sang-hyun", "participant"), ("Nguyễn Văn Út", "participant")],
        ),
        (
            "Ngày 3/5, Thủ tướng Phạm Minh Chính tiếp Chủ tịch Tập đoàn Lotte Shin Dong-bin.",
            [("Phạm Minh Chính", "host"), ("Shin Dong-bin", "guest")],
        ),
        (
            "Ngày 3/5, Thủ tướng Phạm Minh Chính tiếp Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng.",
            [("Phạm Minh Chính", "host"), ("Phạm Nhật Vượng", "guest")],
        ),
        # guards: a firm named in full, and an organisation of the lexicon, then a name
        (
            "Ngày 3/5, Thủ tướng Phạm Minh Chính tiếp Chủ tịch Tập đoàn Dầu khí Việt Nam Lê Mạnh"
            " Hùng.",
            [("Lê Mạnh Hùng", "guest"), ("Phạm Minh Chính", "host")],
        ),
        (
            "Ngày 3/5, Thủ tướng Phạm Minh Chính tiếp Chủ tịch Ngân hàng Thế giới Ajay Banga.",
            [("Ajay Banga", "guest"), ("Phạm Minh Chính", "host")],
        ),
    ],
)
def test_word_after_business_noun_names_the_firm(runner: Any, text: str, want: Any) -> None:
    assert _main(runner, text)[1] == want


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch UBND TP.HCM Phan Văn Mãi vừa ký ban hành kế hoạch hội nhập quốc tế năm nay.",
        "Ngày 5/3, Chủ tịch UBND tỉnh Nguyễn Văn An đã ký Quyết định bổ nhiệm ông Trần Văn Bảo.",
        "Thủ tướng đã ký Công điện số 12/CĐ-TTg yêu cầu các bộ khắc phục hậu quả bão.",
    ],
)
def test_paper_signed_into_force_is_no_signing(runner: Any, text: str) -> None:
    doc = runner.run({"id": "t", "text": text, "published": "2024-05-20"})
    assert not doc.events


def test_protocol_between_sides_is_still_a_signing(runner: Any) -> None:
    text = (
        "Ngày 5/3, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Lào"
        " Saleumxay Kommasith đã ký Nghị định thư về biên giới."
    )
    assert _main(runner, text) == (
        "signing",
        [("Bùi Thanh Sơn", "participant"), ("Saleumxay Kommasith", "participant")],
    )
