"""Round 12 (titles12b): an office written in two cases keeps both spellings; countries a
headline, an older transliteration or a founder's name gives.
Invented text."""

from __future__ import annotations

from hypothesis import given, settings

import vndiplo
from tests.titles_helpers import assert_scans_safely, mixes


def people(*lines: str) -> dict[str, vndiplo.Person]:
    d = vndiplo.extract("\n\n".join(lines), published="2023-06-09")
    return {p.name: p for p in d.people}


def test_an_office_written_in_two_cases_keeps_both_spellings() -> None:
    found = people(
        "Sáng 8/6, Chủ tịch UBND tỉnh Lê Văn Bình tiếp phó chủ tịch tỉnh Attapeu Somsack"
        " Inthavong.",
        "Phó Chủ tịch tỉnh Attapeu Somsack Inthavong cảm ơn sự đón tiếp của tỉnh.",
    )
    titles = found["Somsack Inthavong"].titles
    assert "phó chủ tịch tỉnh Attapeu" in titles
    assert "Phó Chủ tịch tỉnh Attapeu" in titles


def test_a_short_form_in_another_case_is_not_folded_into_the_longer_title() -> None:
    found = people(
        "Hôm nay, thủ tướng Nhật Bản Tanaka Hiroshi đến Hà Nội.",
        "Thủ tướng Tanaka Hiroshi sẽ hội đàm với Thủ tướng Phạm Minh Chính.",
    )
    titles = found["Tanaka Hiroshi"].titles
    assert "thủ tướng Nhật Bản" in titles
    assert "Thủ tướng" in titles


def test_an_inner_office_still_gives_way_to_the_spelling_written_apart() -> None:
    found = people(
        "Chiều 8/6, Phó Thủ tướng Trần Văn An tiếp Đại sứ Pháp Pierre Martin.",
        "Trần Văn An, Bộ trưởng kiêm phó Thủ tướng, cảm ơn Đại sứ.",
    )
    lowered = [t.lower() for t in found["Trần Văn An"].titles]
    assert lowered.count("phó thủ tướng") == 1


def test_the_headline_envoy_title_gives_the_country_the_body_leaves_open() -> None:
    d = vndiplo.extract(
        "Thứ trưởng Ngoại giao tiếp Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Nhân dân Trung"
        " Hoa tại Việt Nam Lý Minh Đức\n\n"
        "Chiều 8/6, Thứ trưởng Ngoại giao Nguyễn Văn Khoa tiếp Đại sứ Lý Minh Đức.\n\n"
        "Đại sứ Lý Minh Đức cảm ơn sự đón tiếp.",
        published="2023-06-09",
    )
    by_name = {p.name: p for p in d.people}
    assert by_name["Lý Minh Đức"].country == "CN"
    assert by_name["Nguyễn Văn Khoa"].country == "VN"


def test_an_older_transliteration_names_the_partner_country() -> None:
    found = people(
        "Chiều 8/6, Phó Chủ tịch nước Trần Thị Hoa hội đàm với Tổng thống Ma-ri-ô Ro-đri-ghết.",
        "Hai bên nhất trí thúc đẩy quan hệ Việt Nam - Vê-nê-du-ê-la. Tổng thống Ma-ri-ô"
        " Ro-đri-ghết mời Phó Chủ tịch nước thăm Vê-nê-du-ê-la.",
    )
    assert found["Ma-ri-ô Ro-đri-ghết"].country == "VE"


def test_a_founder_named_in_the_friendship_formula_keeps_his_country() -> None:
    found = people(
        "Sáng 8/6, Bộ trưởng Công an Lê Minh Hải tiếp Đại sứ Trung Quốc Trương Hòa.",
        "Ông nhắc lại cuộc gặp giữa Chủ tịch Hồ Chí Minh và Chủ tịch Mao Trạch Đông năm 1950.",
    )
    assert found["Mao Trạch Đông"].country == "CN"
    found = people(
        "Sáng 8/6, Phó Chủ tịch nước Lê Thị Lan tiếp đoàn đại biểu Triều Tiên.",
        "Bà nhắc lại cuộc gặp giữa Chủ tịch Hồ Chí Minh và Chủ tịch Kim Nhật Thành năm 1958.",
    )
    assert found["Kim Nhật Thành"].country == "KP"


_PIECES = (
    "Đại sứ Mông Cổ ",
    "đại sứ Mông Cổ ",
    "Bat Erdene",
    "Thủ tướng ",
    "thủ tướng Nhật Bản ",
    "Vê-nê-du-ê-la",
    "Chủ tịch Mao Trạch Đông",
    ", ",
    ". ",
    "\n\n",
)


@settings(max_examples=60)
@given(mixes(_PIECES))
def test_case_spellings_scan_safely(text: str) -> None:
    assert_scans_safely(text)
