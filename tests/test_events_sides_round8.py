"""Who the sides of the main event are (round 8), in invented words: several equal acts in one
plural clause (the first written is main, README AK2), a message to a ";" list of addressees
(every addressee is a side), and the reporter of a plan ("..., X cho biết") who is no side."""

from __future__ import annotations

from typing import Any

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _sides(runner: vndiplo.Runner, text: str) -> set[str]:
    doc = runner.run({"id": "t", "text": text, "published": None})
    assert doc.events, "no event"
    return {p.name for p in doc.events[0].participants}


def _case(cid: str, text: str, want: set[str]) -> Any:
    return pytest.param(text, want, id=cid)


PLURAL_ACTS = [
    _case(
        "leaders_meetings_list",
        "Tin đối ngoại\n\nNgày 12-4, bên lề Hội nghị cấp cao APEC, Thủ tướng Lê Minh Châu đã có"
        " các cuộc gặp với Thủ tướng Canada John Miller, Tổng thống Chile Pablo Soto và Thủ tướng"
        " New Zealand Mark Hill nhằm thúc đẩy quan hệ song phương.",
        {"Lê Minh Châu", "John Miller"},
    ),
    _case(
        "ministry_calls",
        "Chiều 3/5, Bộ trưởng Ngoại giao Trần Quang Vinh đã có những cuộc điện đàm với Ngoại"
        " trưởng Ấn Độ Raj Kumar và Ngoại trưởng Nhật Bản Kenji Sato về hợp tác khu vực.",
        {"Trần Quang Vinh", "Raj Kumar"},
    ),
    _case(
        "party_meetings_semicolons",
        "Sáng 8/7, đồng chí Hà Văn Khải, Trưởng ban Đối ngoại Trung ương đã có các buổi hội kiến"
        " với Chủ tịch Đảng Nhân dân Campuchia Hun Rithy; Chủ tịch Đảng Cộng sản Nhật Bản"
        " Kazuo Ito.",
        {"Hà Văn Khải", "Hun Rithy"},
    ),
    _case(
        "senders_of_several_messages",
        "Tổng thống Lào Khamla Vongsa, Thủ tướng Campuchia Hun Rithy và Tổng thư ký ASEAN"
        " Budi Santoso đã gửi các điện, thư chúc mừng Chủ tịch nước Đỗ Minh Quân.",
        {"Khamla Vongsa", "Đỗ Minh Quân"},
    ),
    _case(
        "province_contacts",
        "Ngày 20/3, Chủ tịch UBND tỉnh Quảng Nam Phan Đức Hòa đã có các cuộc gặp với Tổng"
        " Lãnh sự Nhật Bản Kenji Sato và Tổng Lãnh sự Hàn Quốc Park Minho tại Đà Nẵng.",
        {"Phan Đức Hòa", "Kenji Sato"},
    ),
    # near misses: one country on the other side, no plural noun, one joint message
    _case(
        "same_country_counterparts_stay",
        "Chiều 2/6, Chủ tịch Quốc hội Lê Minh Châu đã có các cuộc hội kiến với Tổng Bí thư,"
        " Chủ tịch nước Lào Khamla Vongsa; Thủ tướng Lào Sonexay Phomvihane.",
        {"Lê Minh Châu", "Khamla Vongsa", "Sonexay Phomvihane"},
    ),
    _case(
        "no_plural_noun_keeps_all",
        "Ngày 9/10, Thủ tướng Lê Minh Châu đã gặp Tổng thống Chile Pablo Soto và Thủ tướng"
        " Canada John Miller.",
        {"Lê Minh Châu", "Pablo Soto", "John Miller"},
    ),
    _case(
        "joint_message_keeps_senders",
        "Ngày 1/12, Tổng Bí thư Đỗ Minh Quân và Chủ tịch nước Trần Quang Vinh đã gửi điện mừng"
        " tới Tổng thống Lào Khamla Vongsa.",
        {"Đỗ Minh Quân", "Trần Quang Vinh", "Khamla Vongsa"},
    ),
    _case(
        "many_greetings_received_keeps_the_examples",
        "Chủ tịch nước Đỗ Minh Quân đã nhận được nhiều thư, điện chúc mừng của lãnh đạo các"
        " nước, trong đó có Tổng thống Lào Khamla Vongsa, Thủ tướng Campuchia Hun Rithy.",
        {"Đỗ Minh Quân", "Khamla Vongsa", "Hun Rithy"},
    ),
]


ADDRESSEE_LISTS = [
    _case(
        "state_message_three_addressees",
        "Nhân Quốc khánh Lào, Chủ tịch nước Trần Quang Vinh đã gửi điện mừng tới Ngài Khamla"
        " Vongsa, Tổng Bí thư Đảng NDCM Lào; Ngài Sonexay Phomvihane, Thủ tướng Lào và Ngài"
        " Saysomphone Kham, Chủ tịch Quốc hội Lào.",
        {"Trần Quang Vinh", "Khamla Vongsa", "Sonexay Phomvihane", "Saysomphone Kham"},
    ),
    _case(
        "province_letter_two_addressees",
        "Bí thư Tỉnh ủy Nghệ An Hoàng Văn Thái đã gửi thư chúc mừng đến đồng chí Vilay"
        " Sengdara, Bí thư Tỉnh ủy Xiêng Khoảng; đồng chí Bounmy Kham, Tỉnh trưởng tỉnh"
        " Xiêng Khoảng.",
        {"Hoàng Văn Thái", "Vilay Sengdara", "Bounmy Kham"},
    ),
    _case(
        "ministry_message_two_addressees",
        "Ngày 4/1, Bộ trưởng Ngoại giao Trần Quang Vinh gửi điện chúc mừng tới ông Carlos"
        " Ruiz, Bộ trưởng Ngoại giao Cuba; bà Ana Pérez, Thứ trưởng thứ nhất Bộ Ngoại giao"
        " Cuba.",
        {"Trần Quang Vinh", "Carlos Ruiz", "Ana Pérez"},
    ),
    # near miss: after the ";" a new clause, not an addressee
    _case(
        "semicolon_then_clause",
        "Ngày 4/1, Chủ tịch nước Trần Quang Vinh gửi điện mừng tới Tổng thống Lào Khamla"
        " Vongsa; cùng ngày, Phó Chủ tịch nước Lê Thu Hà tiếp Đại sứ Cuba Carlos Ruiz.",
        {"Trần Quang Vinh", "Khamla Vongsa"},
    ),
]


REPORTERS = [
    _case(
        "chief_cabinet_secretary_after_plan",
        "Thủ tướng Nhật Bản Kenji Sato có kế hoạch điện đàm với Tổng thống Mỹ John Miller trong"
        " tuần tới, Chánh văn phòng Nội các Taro Suzuki cho biết hôm 5/3.",
        {"Kenji Sato", "John Miller"},
    ),
    _case(
        "spokesperson_after_planned_talks",
        "Tổng thống Hàn Quốc Park Minho sẽ hội đàm với Tổng Bí thư Đỗ Minh Quân vào ngày 11/8,"
        " người phát ngôn Văn phòng Tổng thống Kim Jisoo thông báo.",
        {"Park Minho", "Đỗ Minh Quân"},
    ),
    _case(
        "spokesperson_after_planned_visit",
        "Ngoại trưởng Trung Quốc Vương Hải sẽ thăm chính thức Việt Nam từ ngày 1-2/12, Người"
        " phát ngôn Bộ Ngoại giao Trung Quốc Lưu Kiến nói với báo giới.",
        {"Vương Hải"},
    ),
    _case(
        "reporter_fronted_with_theo",
        "Theo Người phát ngôn Bộ Ngoại giao Lê Thu Hà, Thủ tướng Lê Minh Châu sẽ hội đàm với"
        " Thủ tướng Canada John Miller vào ngày 3/6.",
        {"Lê Minh Châu", "John Miller"},
    ),
    # near miss: the one who tells is the side itself
    _case(
        "teller_is_the_subject",
        "Thủ tướng Lê Minh Châu cho biết ông sẽ điện đàm với Thủ tướng Canada John Miller"
        " trong tuần tới.",
        {"Lê Minh Châu", "John Miller"},
    ),
]


@pytest.mark.parametrize(("text", "want"), PLURAL_ACTS + ADDRESSEE_LISTS + REPORTERS)
def test_main_event_sides(runner: vndiplo.Runner, text: str, want: set[str]) -> None:
    assert _sides(runner, text) == want
