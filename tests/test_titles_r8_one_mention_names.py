"""Round 8: a guest named once, in the lead, after a foreign envoy's title that ends in its
posting ("Đại sứ <nước> tại Việt Nam <tên>"), is a person even when the name opens with no
Vietnamese family name; and a co-signer named once by honorific, with where they are from set
off before the signing verb, is a principal. The page need not repeat the name later for it
to count. Sentences written for these tests (invented names, places and outlets)."""

from __future__ import annotations

import pytest

import vndiplo
from tests.titles_helpers import people_by_name as _people


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        # a Chinese name in Sino-Vietnamese syllables whose family name is not one of ours
        (
            "Chiều 4/3, Bộ trưởng tiếp Đại sứ Trung Quốc tại Việt Nam Khổng Tuấn, đến chào.",
            "Khổng Tuấn",
            "Đại sứ Trung Quốc tại Việt Nam",
            "CN",
        ),
        # the long form of the office and of the country
        (
            "Phó Thủ tướng đã tiếp Đại sứ Đặc mệnh toàn quyền nước Cộng hòa nhân dân Trung Hoa"
            " tại Việt Nam Hùng Khải Minh nhân dịp nhận nhiệm vụ.",
            "Hùng Khải Minh",
            "Đại sứ Đặc mệnh toàn quyền nước Cộng hòa nhân dân Trung Hoa tại Việt Nam",
            "CN",
        ),
        # a Lao name in Vietnamese syllables, a consulate posted in a city
        (
            "Bí thư Tỉnh ủy tiếp Tổng Lãnh sự Lào tại Đà Nẵng Khăm Phăn Xay Nha Vông sáng nay.",
            "Khăm Phăn Xay Nha Vông",
            "Tổng Lãnh sự Lào tại Đà Nẵng",
            "LA",
        ),
        # Korean, Russian (transliterated with hyphens) and French names
        (
            "Thứ trưởng tiếp Đại sứ Hàn Quốc tại Việt Nam Choi Min-ho đến chào xã giao.",
            "Choi Min-ho",
            "Đại sứ Hàn Quốc tại Việt Nam",
            "KR",
        ),
        (
            "Chủ tịch tỉnh tiếp Đại sứ Nga tại Việt Nam Va-xi-li Xô-cô-lốp nhân dịp năm mới.",
            "Va-xi-li Xô-cô-lốp",
            "Đại sứ Nga tại Việt Nam",
            "RU",
        ),
        (
            "Chủ tịch thành phố tiếp Tổng Lãnh sự Pháp tại Huế Étienne Marchal chiều 2/5.",
            "Étienne Marchal",
            "Tổng Lãnh sự Pháp tại Huế",
            "FR",
        ),
    ],
)
def test_a_name_right_after_a_foreign_envoys_posting_is_a_person(
    text: str, name: str, title: str, country: str
) -> None:
    person = _people(text)[name]
    assert person.titles == (title,)
    assert person.country == country


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised common word after the posting opens the next sentence, no name
        "Bộ trưởng tiếp Đại sứ Trung Quốc tại Việt Nam Nhân dịp năm mới, hai bên trao quà.",
        "Thứ trưởng tiếp Đại sứ Lào tại Việt Nam Quán triệt tinh thần hợp tác.",
        # another office after the posting names no one
        "Bộ trưởng tiếp Đại sứ Trung Quốc tại Việt Nam Chủ tịch Hội đồng Nhân dân tỉnh cũng dự.",
        "Bí thư tiếp Đại sứ Nga tại Việt Nam Bộ trưởng Quốc phòng cùng dự buổi tiếp.",
    ],
)
def test_no_name_is_read_from_a_common_word_or_office_after_the_posting(text: str) -> None:
    assert _people(text) == {}


def test_a_cut_off_page_keeps_a_guest_named_only_in_its_lead() -> None:
    text = (
        "Bộ trưởng Công Thương tiếp Đại sứ Trung Quốc\n\n"
        "(Báo Cửa Khẩu) - Chiều 9/10, tại Hà Nội, Bộ trưởng Bộ Công Thương Đinh Quang Lộc"
        " tiếp Đại sứ Đặc mệnh toàn quyền Trung Quốc tại Việt Nam Khổng Tuấn, đến chào nhân"
        " dịp bắt đầu nhiệm kỳ.\n\n"
        "Tại buổi tiếp, hai bên trao đổi về"
    )
    doc = vndiplo.Runner().run({"id": "cut", "text": text, "published": "2024-10-10"})
    names = {p.name for p in doc.people}
    assert {"Đinh Quang Lộc", "Khổng Tuấn"} <= names
    sides = {p.name: p.role for p in doc.events[0].participants}
    assert sides.get("Khổng Tuấn") == "guest"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where the co-signer is from, after a dash, then the signing verb
        (
            "Sáng 3/4, ông Trần Quốc Nam - Chủ tịch UBND tỉnh cùng ông Matthieu Roussel -"
            " vùng Bretagne, Cộng hòa Pháp đã ký kết biên bản hợp tác.",
            "Matthieu Roussel",
        ),
        # after a comma; a Chinese name in Sino-Vietnamese syllables
        (
            "Sáng 3/4, ông Trần Quốc Nam cùng ông Lý Chấn Hoa, khu tự trị Quảng Tây, Trung"
            " Quốc vừa ký thỏa thuận kết nghĩa.",
            "Lý Chấn Hoa",
        ),
        (
            "Chiều 8/6, bà Hà Thu Trang và bà Ingrid Solvang - thành phố Bergen, Na Uy đã ký"
            " bản ghi nhớ.",
            "Ingrid Solvang",
        ),
    ],
)
def test_a_signer_named_once_with_where_they_are_from_is_a_person(text: str, name: str) -> None:
    assert _people(text)[name].titles == ()


@pytest.mark.parametrize(
    "text",
    [
        # a later clause's signing is not the named man's
        "Chủ tịch tỉnh phát biểu, ông Lý Văn Hoa - chuyên gia của Hà Nội cho rằng văn bản"
        " ký kết rất tốt.",
        "Theo ông Lý Văn Hoa, hai bên sẽ ký thỏa thuận vào tháng sau.",
        "Ông Lý Văn Hoa cho biết, hai tỉnh đã ký thỏa thuận từ năm ngoái.",
    ],
)
def test_a_man_merely_talking_about_a_signing_is_no_signer(text: str) -> None:
    assert "Lý Văn Hoa" not in _people(text)
