"""Who hosts, after a review of the round-5 side rules, in invented words: "tới" as the
preposition "to" is no trip of the subject, thanks for a visit is no thanks for a welcome, a
speaker after "Tại buổi tiếp," keeps the one he greets as guest, the place never makes an envoy
the traveller, and a reception's guest is read from the thanks soon after it only."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.participants import travelled_to_meet
from vndiplo_events.testing import annotate, roles

_VN = {"Đinh Quốc Bảo": {"titles": ["Chủ tịch nước"], "country": "VN"}}
_PT = {"João Ferreira": {"titles": ["Tổng thống Bồ Đào Nha"], "country": "PT"}}
_PROVINCE = {"Lương Hải Đăng": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"}}
_PREFECT = {"Hiroshi Tanaka": {"titles": ["Thống đốc tỉnh Nagano"], "country": "JP"}}


def _main(text: str, people: dict[str, dict[str, object]]) -> list[tuple[str, str]]:
    return roles(extract_events(annotate(text, people))[0])


def test_greetings_sent_to_a_people_are_no_trip_of_the_sender() -> None:
    text = (
        "Chiều 7/6, Chủ tịch nước Đinh Quốc Bảo gửi lời thăm hỏi tới nhân dân Bồ Đào Nha và "
        "hội đàm với Tổng thống João Ferreira."
    )
    assert ("Đinh Quốc Bảo", "guest") not in _main(text, {**_VN, **_PT})


def test_welcoming_a_guest_to_the_country_is_no_trip_of_the_host() -> None:
    text = (
        "Chiều 7/6, Chủ tịch nước Đinh Quốc Bảo chào đón Tổng thống João Ferreira tới Việt Nam "
        "và hội đàm với Tổng thống."
    )
    assert ("Đinh Quốc Bảo", "guest") not in _main(text, {**_VN, **_PT})


def test_the_subjects_own_trip_before_and_still_makes_him_the_guest() -> None:
    low = "tổng thống x đã tới lisbon và có cuộc hội đàm với y"
    trigger = low.index("hội đàm")
    assert travelled_to_meet(low, 0, trigger)
    low = "tổng thống x tới lisbon và hội đàm với y"
    trigger = low.index("hội đàm")
    name_end = low.index(" tới")
    assert travelled_to_meet(low, 0, trigger, [name_end])
    assert not travelled_to_meet(low, 0, trigger)  # no subject named: "tới" may be "to"


def test_a_preposition_to_after_another_verb_is_no_trip() -> None:
    low = "chủ tịch x gửi thư tới nhân dân nước bạn và hội đàm với y"
    trigger = low.index("hội đàm")
    assert not travelled_to_meet(low, 0, trigger, [low.index(" gửi")])


def test_thanks_for_a_visit_and_a_readiness_to_welcome_investors_is_no_thanks_for_a_welcome() -> (
    None
):
    text = (
        "Sáng 9/10, tại Hà Nội, Chủ tịch UBND tỉnh Lương Hải Đăng đã làm việc với Thống đốc "
        "tỉnh Nagano Hiroshi Tanaka. Ông Lương Hải Đăng cảm ơn Thống đốc đã đến thăm và khẳng "
        "định tỉnh luôn sẵn sàng đón tiếp các doanh nghiệp Nhật Bản."
    )
    assert ("Lương Hải Đăng", "guest") not in _main(text, {**_PROVINCE, **_PREFECT})


def test_thanks_for_the_hosts_having_given_the_welcome_names_the_guest() -> None:
    text = (
        "Sáng 9/10, Chủ tịch UBND tỉnh Lương Hải Đăng đã làm việc với Thống đốc tỉnh Nagano "
        "Hiroshi Tanaka. Thống đốc Hiroshi Tanaka cảm ơn lãnh đạo tỉnh đã dành cho đoàn sự "
        "tiếp đón chu đáo."
    )
    got = _main(text, {**_PROVINCE, **_PREFECT})
    assert got == [("Hiroshi Tanaka", "guest"), ("Lương Hải Đăng", "host")]


def test_a_pronoun_that_thanks_for_the_welcome_is_the_person_named_before() -> None:
    text = (
        "Sáng 9/10, Chủ tịch UBND tỉnh Lương Hải Đăng đã làm việc với Thống đốc tỉnh Nagano "
        "Hiroshi Tanaka. Thống đốc Hiroshi Tanaka giới thiệu về tỉnh Nagano. Ông cảm ơn sự "
        "đón tiếp nồng hậu của tỉnh."
    )
    got = _main(text, {**_PROVINCE, **_PREFECT})
    assert got == [("Hiroshi Tanaka", "guest"), ("Lương Hải Đăng", "host")]


def test_thanks_never_overrides_a_trip_the_wording_tells() -> None:
    text = (
        "Chiều 7/6, Chủ tịch nước Đinh Quốc Bảo đã tới Lisbon để hội đàm với Tổng thống João "
        "Ferreira. Tổng thống João Ferreira cảm ơn sự đón tiếp của Việt Nam dành cho ông năm "
        "ngoái."
    )
    got = _main(text, {**_VN, **_PT})
    assert got == [("João Ferreira", "host"), ("Đinh Quốc Bảo", "guest")]


def test_the_one_greeted_after_at_the_reception_stays_the_guest() -> None:
    text = (
        "Tại buổi tiếp, Chủ tịch UBND tỉnh Lương Hải Đăng chào mừng Thống đốc Hiroshi Tanaka "
        "cùng đoàn."
    )
    got = _main(text, {**_PROVINCE, **_PREFECT})
    assert got == [("Hiroshi Tanaka", "guest"), ("Lương Hải Đăng", "host")]


def test_a_speaker_after_at_the_meeting_is_no_host_of_a_meeting() -> None:
    text = (
        "Tại buổi làm việc, Chủ tịch UBND tỉnh Lương Hải Đăng chào mừng Thống đốc Hiroshi Tanaka."
    )
    assert ("Hiroshi Tanaka", "host") not in _main(text, {**_PROVINCE, **_PREFECT})


def test_the_place_makes_no_consul_the_traveller() -> None:
    people = {
        **_PROVINCE,
        "Kim Ji Ho": {"titles": ["Tổng Lãnh sự Hàn Quốc tại Cần Thơ"], "country": "KR"},
    }
    text = (
        "Sáng 2/8, tại Cần Thơ, Đoàn công tác tỉnh do ông Lương Hải Đăng, Chủ tịch UBND tỉnh "
        "làm Trưởng đoàn, đã làm việc với Ngài Kim Ji Ho, Tổng Lãnh sự Hàn Quốc tại Cần Thơ. "
        "Ông Lương Hải Đăng cảm ơn Ngài Tổng Lãnh sự về sự tiếp đón ân cần."
    )
    assert _main(text, people) == [("Kim Ji Ho", "host"), ("Lương Hải Đăng", "guest")]


def test_a_reception_takes_no_guest_from_thanks_far_down_the_article() -> None:
    filler = " ".join(f"Hai bên trao đổi về lĩnh vực thứ {n}." for n in range(1, 9))
    text = (
        "Sáng 9/10, Chủ tịch UBND tỉnh Lương Hải Đăng tiếp đoàn doanh nghiệp tỉnh Nagano. "
        + filler
        + " Thống đốc Hiroshi Tanaka cảm ơn sự đón tiếp của tỉnh trong chuyến đi năm trước."
    )
    assert _main(text, {**_PROVINCE, **_PREFECT}) == [("Lương Hải Đăng", "host")]


_CITY = {
    "Phan Đức Mạnh": {"titles": ["Bí thư Thành ủy"], "country": "VN"},
    "Hồ Thị Lan": {"titles": ["Phó Bí thư Thường trực Thành ủy"], "country": "VN"},
    "Triệu Minh Viễn": {"titles": ["Ủy viên Bộ Chính trị"], "country": "CN"},
}


def test_an_attendee_line_before_the_account_is_never_the_event_nor_its_side() -> None:
    text = (
        "Cùng tham dự buổi tiếp có Phó Bí thư Thường trực Thành ủy Hồ Thị Lan.\n"
        "Tại buổi tiếp, Bí thư Thành ủy Phan Đức Mạnh nhiệt liệt chào mừng chuyến thăm của đoàn "
        "đại biểu Đảng Cộng sản Trung Quốc đến thành phố.\n"
        "Đáp từ, đồng chí Triệu Minh Viễn cảm ơn sự đón tiếp nồng hậu của lãnh đạo thành phố."
    )
    main = extract_events(annotate(text, _CITY))[0]
    assert main.type == "reception"
    assert roles(main) == [("Phan Đức Mạnh", "host"), ("Triệu Minh Viễn", "guest")]


def test_an_attendee_line_with_still_more_guests_is_no_event_either() -> None:
    text = (
        "Dự buổi làm việc còn có Phó Bí thư Thường trực Thành ủy Hồ Thị Lan.\n"
        "Tại buổi làm việc, Bí thư Thành ủy Phan Đức Mạnh và đồng chí Triệu Minh Viễn đã trao "
        "đổi về hợp tác giữa hai địa phương."
    )
    main = extract_events(annotate(text, _CITY))[0]
    assert "Hồ Thị Lan" not in {name for name, _ in roles(main)}
