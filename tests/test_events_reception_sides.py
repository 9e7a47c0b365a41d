"""Who hosts and who is the guest, read around the event (round 5), in invented words: the
speaker after "Tại buổi tiếp,", the leader of the welcoming side, whoever thanks for the
welcome, a fronted "tiếp Y" after a place, the leader a trip's companions accompany, the one a
congratulation's occasion elects, a trip "và có cuộc gặp", and an envoy calling on an official."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

_CITY = {"Trần Minh Khoa": {"titles": ["Phó Bí thư Thành ủy"], "country": "VN"}}
_GUEST = {"Vương Lập Quân": {"titles": ["Bí thư Tỉnh ủy"], "country": "CN"}}


def _main(text: str, people: dict[str, dict[str, object]]) -> list[tuple[str, str]]:
    return roles(extract_events(annotate(text, people))[0])


def test_the_speaker_after_at_the_reception_hosts_and_the_thanker_is_the_guest() -> None:
    text = (
        "Tại buổi tiếp, Phó Bí thư Thành ủy Trần Minh Khoa chào mừng đoàn đến thăm thành phố. "
        "Ông giới thiệu những thành tựu của thành phố. "
        "Các hai bên trao đổi nhiều lĩnh vực. "
        "Bí thư Vương Lập Quân cảm ơn lãnh đạo thành phố về sự đón tiếp chu đáo dành cho đoàn."
    )
    got = _main(text, {**_CITY, **_GUEST})
    assert got == [("Trần Minh Khoa", "host"), ("Vương Lập Quân", "guest")]


def test_a_host_glad_to_welcome_is_no_thanker_for_a_welcome() -> None:
    text = (
        "Tại buổi tiếp, Phó Bí thư Thành ủy Trần Minh Khoa cảm ơn tình cảm của đoàn, vui mừng "
        "được tiếp đón đoàn."
    )
    assert _main(text, {**_CITY, **_GUEST}) == [("Trần Minh Khoa", "host")]


def test_the_leader_of_the_welcoming_side_hosts() -> None:
    text = (
        "Về phía thành phố, dẫn đầu đoàn đón tiếp là Phó Bí thư Thành ủy Trần Minh Khoa. "
        "Về phía bạn, đoàn đại biểu tỉnh Hồ Nam do Bí thư Tỉnh ủy Vương Lập Quân làm trưởng đoàn."
    )
    got = _main(text, {**_CITY, **_GUEST})
    assert got == [("Trần Minh Khoa", "host"), ("Vương Lập Quân", "guest")]


def test_a_delegation_that_thanks_for_the_welcome_is_the_guest_of_its_working_session() -> None:
    people = {
        "Lê Văn Tùng": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
        "Park Min Su": {"titles": ["Tổng Lãnh sự Hàn Quốc tại Đà Nẵng"], "country": "KR"},
    }
    text = (
        "Sáng 4-3, tại Đà Nẵng, Đoàn công tác tỉnh Quảng Ngãi do ông Lê Văn Tùng, Chủ tịch UBND "
        "tỉnh làm Trưởng đoàn, đã có buổi làm việc với Ngài Park Min Su, Tổng Lãnh sự Hàn Quốc "
        "tại Đà Nẵng.\n"
        "Tại buổi làm việc, ông Lê Văn Tùng cảm ơn sự đón tiếp nồng hậu của Ngài Tổng Lãnh sự."
    )
    assert _main(text, people) == [("Lê Văn Tùng", "guest"), ("Park Min Su", "host")]


def test_a_fronted_reception_after_a_place_keeps_the_next_speaker_as_host() -> None:
    people = {
        "Đỗ Quang Vinh": {"titles": ["Phó Chủ tịch nước"], "country": "VN"},
        "Bounmy Khamphan": {"titles": ["Đại sứ Lào"], "country": "LA"},
    }
    text = (
        "Sáng 3/10, tại Phủ Chủ tịch, tiếp Đại sứ Lào Bounmy Khamphan đến chào từ biệt, Phó "
        "Chủ tịch nước Đỗ Quang Vinh đánh giá cao những đóng góp của Đại sứ."
    )
    assert _main(text, people) == [("Bounmy Khamphan", "guest"), ("Đỗ Quang Vinh", "host")]


def test_the_leader_accompanied_on_a_trip_is_its_visitor() -> None:
    people = {"Hoàng Đức Lâm": {"titles": ["Phó Thủ tướng"], "country": "VN"}}
    text = (
        "Ngày 5/9, đại diện Tổng công ty Sông Hồng đã tháp tùng Phó Thủ tướng Hoàng Đức Lâm "
        "lên đường thăm ba nước Bắc Âu."
    )
    assert _main(text, people) == [("Hoàng Đức Lâm", "guest")]


def test_the_one_an_occasion_elects_is_the_addressee_of_the_congratulation() -> None:
    people = {
        "Phạm Quốc Thái": {"titles": ["Tổng Bí thư"], "country": "VN"},
        "Sourya Vong": {"titles": ["Chủ tịch Đảng Nhân dân"], "country": "KH"},
    }
    for occasion in (
        "Nhân dịp đồng chí Phạm Quốc Thái được bầu lại làm Tổng Bí thư",
        "Nhân dịp Đại hội bầu đồng chí Phạm Quốc Thái giữ chức Tổng Bí thư",
    ):
        text = f"{occasion}, Chủ tịch Đảng Nhân dân Sourya Vong đã gửi điện chúc mừng."
        got = _main(text, people)
        assert got == [("Phạm Quốc Thái", "participant"), ("Sourya Vong", "participant")]


def test_a_trip_then_a_meeting_makes_the_traveller_the_guest() -> None:
    people = {
        "Ngô Thanh Bình": {"titles": ["Thủ tướng"], "country": "VN"},
        "Ivan Petrov": {"titles": ["Tổng thống Nga"], "country": "RU"},
    }
    text = (
        "Chiều cùng ngày, Thủ tướng Ngô Thanh Bình đã lên đường tới thành phố Kazan và có cuộc "
        "gặp với Tổng thống Nga Ivan Petrov."
    )
    assert _main(text, people) == [("Ivan Petrov", "host"), ("Ngô Thanh Bình", "guest")]


def test_an_envoy_calling_on_an_official_of_his_post_is_the_guest() -> None:
    people = {
        "Lưu Hải Nam": {"titles": ["Đại sứ"], "country": "VN"},
        "Ahmed Karim": {"titles": ["Thống đốc tỉnh Giza"], "country": "EG"},
    }
    text = "Ngày 9/4, Đại sứ Lưu Hải Nam đã gặp Thống đốc tỉnh Giza Ahmed Karim."
    assert _main(text, people) == [("Ahmed Karim", "host"), ("Lưu Hải Nam", "guest")]
    # two envoys, or an envoy meeting his own country's leader, say nothing of who travelled
    people["Ahmed Karim"] = {"titles": ["Đại sứ Ai Cập"], "country": "EG"}
    text = "Ngày 9/4, Đại sứ Lưu Hải Nam đã gặp Đại sứ Ai Cập Ahmed Karim."
    assert _main(text, people) == [("Ahmed Karim", "participant"), ("Lưu Hải Nam", "participant")]


def test_thanks_for_the_welcome_of_an_earlier_trip_change_no_host() -> None:
    people = {
        "Lê Văn Tùng": {"titles": ["Phó Thủ tướng"], "country": "VN"},
        "Chu Hải Đông": {"titles": ["Bí thư Khu ủy Vân Nam, Trung Quốc"], "country": "CN"},
    }
    text = (
        "Ngày 2/6, tại thành phố Côn Minh, Trung Quốc, Phó Thủ tướng Lê Văn Tùng đã gặp Bí thư "
        "Chu Hải Đông.\n"
        "Nhắc lại chuyến thăm Việt Nam hồi tháng 3, Bí thư Chu Hải Đông cảm ơn sự đón tiếp "
        "chu đáo dành cho đoàn Vân Nam."
    )
    assert _main(text, people) == [("Chu Hải Đông", "host"), ("Lê Văn Tùng", "guest")]
