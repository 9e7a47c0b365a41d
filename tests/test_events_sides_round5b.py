"""Who hosts, read from where the sides are and who welcomed whom (round 5, second wave), in
invented words: two leaders meeting while both attend a summit abroad, the hosts of a visit or
of talks listed in a "Đón và tiếp đoàn có ..." sentence."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

_VN = {"Lê Minh Châu": {"titles": ["Thủ tướng"], "country": "VN"}}
_ID = {"Budi Santoso": {"titles": ["Tổng thống Indonesia"], "country": "ID"}}
_LA = {"Khamla Vongsa": {"titles": ["Thủ tướng Lào"], "country": "LA"}}


def _main(text: str, people: dict[str, dict[str, object]]) -> list[tuple[str, str]]:
    return roles(extract_events(annotate(text, people))[0])


def test_two_leaders_attending_a_summit_in_a_third_country_are_both_participants() -> None:
    text = (
        "Nhân dịp tham dự Hội nghị Cấp cao Mê Kông - Lan Thương tại Bangkok, Thái Lan, sáng "
        "12/3, Thủ tướng Lê Minh Châu và Tổng thống Indonesia Budi Santoso đã có cuộc gặp "
        "song phương."
    )
    got = _main(text, {**_VN, **_ID})
    assert got == [("Budi Santoso", "participant"), ("Lê Minh Châu", "participant")]


def test_a_yearly_meeting_on_a_summit_abroad_is_on_neutral_ground() -> None:
    text = (
        "Nhân dự Hội nghị Thượng đỉnh Đông Á tại Tokyo, chiều 5/11, Thủ tướng Lê Minh Châu và "
        "Thủ tướng Lào Khamla Vongsa đã có cuộc họp thường niên."
    )
    got = _main(text, {**_VN, **_LA})
    assert got == [("Khamla Vongsa", "participant"), ("Lê Minh Châu", "participant")]


def test_the_leader_at_home_hosts_a_meeting_on_a_summit_held_in_his_country() -> None:
    text = (
        "Nhân dự Hội nghị Cấp cao ASEAN tại Hà Nội, chiều 5/11, Thủ tướng Lê Minh Châu và "
        "Thủ tướng Lào Khamla Vongsa đã hội đàm."
    )
    got = _main(text, {**_VN, **_LA})
    assert got == [("Khamla Vongsa", "guest"), ("Lê Minh Châu", "host")]


_HOSTS = {
    "Đinh Quang Hải": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
    "Vũ Thị Lan": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
}
_VISITOR = {"Bounmy Phetsavanh": {"titles": ["Phó Tỉnh trưởng tỉnh Champasak"], "country": "LA"}}


def test_hosts_listed_after_two_joined_welcome_verbs_host_the_visit() -> None:
    text = (
        "Ngày 14-2, nhân dịp năm mới, tỉnh bạn Champasak (Lào) cử đoàn do đồng chí Bounmy "
        "Phetsavanh, Phó Tỉnh trưởng làm Trưởng đoàn tới thăm tỉnh ta. Đón và tiếp đoàn có các "
        "đồng chí: Đinh Quang Hải, Bí thư Tỉnh ủy; Vũ Thị Lan, Chủ tịch UBND tỉnh; lãnh đạo các sở."
    )
    got = _main(text, {**_HOSTS, **_VISITOR})
    assert got == [
        ("Bounmy Phetsavanh", "guest"),
        ("Vũ Thị Lan", "host"),
        ("Đinh Quang Hải", "host"),
    ]


def test_the_one_who_received_a_delegation_hosts_its_talks() -> None:
    text = (
        "Ngày 3/12, Đoàn đại biểu huyện Mãnh Hải, tỉnh Vân Nam (Trung Quốc) do đồng chí Bounmy "
        "Phetsavanh làm trưởng đoàn đã có buổi hội đàm với huyện Sìn Hồ (Việt Nam).\n"
        "Tiếp và làm việc với đoàn có đồng chí: Đinh Quang Hải - Bí thư Huyện ủy; đại diện "
        "lãnh đạo các phòng, ban của huyện."
    )
    got = _main(text, {**_HOSTS, **_VISITOR})
    assert got == [("Bounmy Phetsavanh", "guest"), ("Đinh Quang Hải", "host")]


def test_a_greeting_at_the_border_gate_is_no_host_of_the_visit() -> None:
    text = (
        "Ngày 14-2, Đoàn công tác tỉnh Champasak (Lào) do đồng chí Bounmy Phetsavanh, Phó Tỉnh "
        "trưởng làm Trưởng đoàn đã sang thăm và làm việc với tỉnh ta. Đón đoàn tại cửa khẩu "
        "quốc tế có đồng chí Vũ Thị Lan, Chủ tịch UBND tỉnh."
    )
    assert _main(text, {**_HOSTS, **_VISITOR}) == [("Bounmy Phetsavanh", "guest")]
