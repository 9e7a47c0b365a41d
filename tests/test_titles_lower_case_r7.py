"""Round 7: any title of the lexicon written in lower case mid-sentence, before a name ("Chiều
5/3, thủ tướng Lê Văn A tiếp ...", "bộ trưởng ngoại giao X", "chủ tịch UBND tỉnh Y Z"), is that
person's title, as its capitalised form is; alone or before no name it stays a common noun.
Sentences written for these tests (other names, places and offices than any page); every case
also checks that the windowed scan equals the whole scan."""

from __future__ import annotations

import pytest

import vndiplo
from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a leader's title after an opening phrase
        (
            "Chiều 12/4, thủ tướng Hoàng Đức Lâm đã tiếp Đại sứ Ý Marco Bellini.",
            "Hoàng Đức Lâm",
            "thủ tướng",
        ),
        # a minister with the field in lower case too
        (
            "Sáng nay, bộ trưởng ngoại giao Kiều Minh Phương hội đàm với người đồng cấp Peru.",
            "Kiều Minh Phương",
            "bộ trưởng ngoại giao",
        ),
        # a province's chairman: acronym, administrative word, place, then the name
        (
            "Hôm qua, chủ tịch UBND tỉnh Sơn La Đào Văn Thịnh làm việc với đoàn Lào.",
            "Đào Văn Thịnh",
            "chủ tịch UBND tỉnh Sơn La",
        ),
        # the body spelt out in lower case
        (
            "Hôm qua, chủ tịch ủy ban nhân dân tỉnh Sơn La Đào Văn Thịnh tiếp đoàn.",
            "Đào Văn Thịnh",
            "chủ tịch ủy ban nhân dân tỉnh Sơn La",
        ),
        # a modifier in lower case keeps its place in the title
        (
            "Tối 2/9, phó chủ tịch Quốc hội Mai Thu Hà dự tiệc chiêu đãi.",
            "Mai Thu Hà",
            "phó chủ tịch Quốc hội",
        ),
        # another level: a party office of a province
        (
            "Cùng ngày, bí thư tỉnh ủy Quảng Trị Ninh Văn Đạt tiếp đoàn công tác.",
            "Ninh Văn Đạt",
            "bí thư tỉnh ủy Quảng Trị",
        ),
        # a foreign minister, "this country" pointing back
        (
            "Nhật Bản cho biết, hôm nay, thủ tướng nước này Sato Kenji sẽ tới Hà Nội.",
            "Sato Kenji",
            "thủ tướng nước này",
        ),
        # after a semicolon, inside a list of guests
        (
            "Dự có ông Lò Văn Pao; thứ trưởng Bộ Công Thương Lạc Văn Tín và nhiều khách.",
            "Lạc Văn Tín",
            "thứ trưởng Bộ Công Thương",
        ),
    ],
)
def test_lower_case_title_before_a_name(text: str, name: str, title: str) -> None:
    people = _people(text)
    assert title in people[name].titles


@pytest.mark.parametrize(
    "text",
    [
        # plural and rotating offices: common nouns, no name after them
        "Hội nghị có các bộ trưởng ASEAN tham dự.",
        "Năm nay Malaysia giữ vai trò chủ tịch luân phiên ASEAN.",
        "Ông từng làm thủ tướng hai nhiệm kỳ, nay nghỉ hưu.",
        # a body or a place after the title is no name
        "Văn phòng chủ tịch nước Việt Nam ra thông cáo.",
        "Đoàn làm việc với đại diện Bộ Ngoại giao Hàn Quốc.",
    ],
)
def test_lower_case_title_without_a_name_is_a_common_noun(text: str) -> None:
    assert _people(text) == {}


def test_a_spouse_or_aide_before_a_title_is_not_that_persons_title() -> None:
    people = _people("Phu nhân Thủ tướng Hoàng Đức Lâm thăm trường học.")
    assert "phu nhân" not in {t.lower() for t in people["Hoàng Đức Lâm"].titles}
    people = _people("Hôm nay, trợ lý Bộ trưởng Kiều Minh Phương gặp báo chí.")
    assert "trợ lý" not in {t.lower() for t in people["Kiều Minh Phương"].titles}


def test_lower_case_host_title_keeps_the_host_of_a_reception() -> None:
    doc = vndiplo.Runner().run(
        {
            "id": "r7",
            "text": "Chiều 12/4, chủ tịch UBND tỉnh Sơn La Đào Văn Thịnh đã tiếp Tổng lãnh sự "
            "Lào Khamphan Sitha tại trụ sở tỉnh.",
            "published": "2024-04-13",
        }
    )
    event = doc.events[0]
    assert event.type == "reception"
    assert ("Đào Văn Thịnh", "host") in {(p.name, p.role) for p in event.participants}
