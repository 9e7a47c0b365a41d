"""Who is a side of an act, read by structure (round 10), in invented words.

A person inside the "của X" complement of another noun phrase is no side of the act (round
10), in invented words: an envoy's principal, an authoriser, a message's sender carried by
someone else, "thay mặt X"; the envoy or the one who acts is the side. Near misses: the act's own
noun ("chuyến thăm của X"), a delegation, a taking part ("với sự tham dự của X"), a statement
("khẳng định của X") and a country complement ("Đại sứ của Lào X") keep X.

A fronted noun frame ("Tại cuộc hội đàm với A, B khẳng định ..."): the subject of the first
statement after the frame's comma is the other side. A counterpart phrase ("người đồng cấp phía
Việt Nam", "người đồng nhiệm") stands for the named holder on that side."""

from __future__ import annotations

from typing import Any

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _main_sides(runner: vndiplo.Runner, text: str) -> set[str]:
    doc = runner.run({"id": "t", "text": text, "published": None})
    assert doc.events, "no event"
    return {p.name for p in doc.events[0].participants}


def _case(cid: str, text: str, want: set[str]) -> Any:
    return pytest.param(text, want, id=cid)


NOT_SIDES = [
    _case(
        "envoy_of_party_leader_short_chain",
        "Chiều 14/3, tại Hà Nội, Chủ tịch nước Đỗ Minh Quân đã tiếp ông Pedro Alvarez, Đặc phái"
        " viên của Chủ tịch Cuba Luis Herrera, đang thăm Việt Nam.",
        {"Đỗ Minh Quân", "Pedro Alvarez"},
    ),
    _case(
        "envoy_of_long_office_chain",
        "Sáng 2/10, Thủ tướng Lê Minh Châu đã tiếp thân mật đồng chí Carlos Ortega, Ủy viên Bộ"
        " Chính trị, Đặc phái viên của Bí thư Thứ nhất Ban Chấp hành Trung ương Đảng, Chủ tịch"
        " Hội đồng Nhà nước nước Cộng hòa Cuba Luis Herrera Molina, nhân dịp đồng chí sang thăm"
        " và làm việc.",
        {"Lê Minh Châu", "Carlos Ortega"},
    ),
    _case(
        "envoy_subject_of_talks",
        "Ngày 9-5, Bộ trưởng Bộ Công an Trần Văn Hậu, Đặc phái viên của Tổng Bí thư Hà Quang"
        " Minh đã hội đàm với Bộ trưởng Công an Lào Vilay Lakhamfong tại Viêng Chăn.",
        {"Trần Văn Hậu", "Vilay Lakhamfong"},
    ),
    _case(
        "authoriser_of_welcome",
        "Được sự ủy quyền của Nhà vua Thái Lan Maha Vajiralongkorn, Thủ tướng Thái Lan Srettha"
        " Thavisin đã chủ trì lễ đón chính thức Thủ tướng Lê Minh Châu tại Phủ Thủ tướng ở"
        " Bangkok.",
        {"Srettha Thavisin", "Lê Minh Châu"},
    ),
    _case(
        "on_behalf_of_leader",
        "Sáng 21/8, thay mặt Chủ tịch nước Đỗ Minh Quân, Phó Chủ tịch nước Nguyễn Thị Hồng Vân"
        " đã tiếp Tổng thống Mông Cổ Ukhnaa Batbold tại Phủ Chủ tịch.",
        {"Nguyễn Thị Hồng Vân", "Ukhnaa Batbold"},
    ),
    _case(
        "message_of_president_handed_over",
        "Ngày 6/11, Đại sứ Việt Nam tại Ai Cập Lê Quang Huy đã chuyển Thông điệp của Chủ tịch"
        " nước Đỗ Minh Quân tới Tổng thống Ai Cập Ahmed Fahmy trong buổi tiếp tại Cairo.",
        {"Lê Quang Huy", "Ahmed Fahmy"},
    ),
    _case(
        "province_envoy_of_governor",
        "Chiều 30/6, Bí thư Tỉnh ủy Quảng Trị Võ Văn Hưng đã tiếp bà Kim Sora, Đặc phái viên của"
        " Tỉnh trưởng tỉnh Gyeonggi Lee Dong-ho, tại trụ sở Tỉnh ủy.",
        {"Võ Văn Hưng", "Kim Sora"},
    ),
    _case(
        "authorised_by_chairman_province",
        "Được sự ủy quyền của Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc Khánh, Phó Chủ tịch UBND"
        " tỉnh Giàng Thị Dung đã tiếp đoàn công tác tỉnh Vân Nam do ông Lý Cường dẫn đầu.",
        {"Giàng Thị Dung", "Lý Cường"},
    ),
    _case(
        "envoy_received_in_passive",
        "Sáng 7/7, Bộ trưởng Ngoại giao Iran Ali Rahimi, Đặc phái viên của Tổng thống Hassan"
        " Karimi, đã được Thủ tướng Lê Minh Châu tiếp tại Trụ sở Chính phủ.",
        {"Ali Rahimi", "Lê Minh Châu"},
    ),
]

KEPT_SIDES = [
    _case(
        "visit_of_leader_keeps_visitor",
        "Chuyến thăm chính thức Việt Nam của Tổng thống Chile Pablo Soto diễn ra từ ngày 4 đến"
        " 6/4 theo lời mời của Chủ tịch nước Đỗ Minh Quân.",
        {"Pablo Soto"},
    ),
    _case(
        "presence_keeps_attendee",
        "Sáng 3/3, Bộ trưởng Ngoại giao Trần Quang Vinh đã tiếp Đại sứ Pháp Marc Dubois, với sự"
        " tham dự của Thứ trưởng Lê Thu Hà.",
        {"Trần Quang Vinh", "Marc Dubois"},
    ),
    _case(
        "country_complement_keeps_envoy",
        "Ngày 12/12, Thủ tướng Campuchia Hun Rithy đã tiếp Đại sứ của Việt Nam tại Campuchia"
        " Nguyễn Huy Tăng tại Phnom Penh.",
        {"Hun Rithy", "Nguyễn Huy Tăng"},
    ),
    _case(
        "body_complement_then_actor",
        "Theo thông báo của Bộ Ngoại giao, Thủ tướng Lê Minh Châu sẽ thăm chính thức Malaysia từ"
        " ngày 20 đến 22/5 theo lời mời của Thủ tướng Malaysia Anwar Ibrahim.",
        {"Lê Minh Châu"},
    ),
    _case(
        "on_behalf_of_body_then_speaker",
        "Chiều 9/9, Chủ tịch UBND tỉnh Nghệ An Trần Đức Lâm đã tiếp Đại sứ Lào Sengphet"
        " Houngboungnuang. Thay mặt lãnh đạo tỉnh, ông Trần Đức Lâm chào mừng Đại sứ.",
        {"Trần Đức Lâm", "Sengphet Houngboungnuang"},
    ),
]


@pytest.mark.parametrize(("text", "want"), NOT_SIDES)
def test_principal_in_complement_is_no_side(
    runner: vndiplo.Runner, text: str, want: set[str]
) -> None:
    assert _main_sides(runner, text) == want


@pytest.mark.parametrize(("text", "want"), KEPT_SIDES)
def test_act_and_country_complements_keep_the_side(
    runner: vndiplo.Runner, text: str, want: set[str]
) -> None:
    assert want <= _main_sides(runner, text)


FRAMES = [
    _case(
        "talks_frame_with_counterpart",
        "Tại cuộc hội đàm với Bộ trưởng Ngoại giao Trần Quang Vinh, Ngoại trưởng Pháp Marc"
        " Dubois khẳng định Pháp coi trọng quan hệ với Việt Nam.",
        {"Trần Quang Vinh", "Marc Dubois"},
    ),
    _case(
        "meeting_frame_province",
        "Trong cuộc gặp với Tỉnh trưởng tỉnh Champasak Vilay Sisavath, Chủ tịch UBND tỉnh Quảng"
        " Nam Lê Văn Dũng đề nghị hai bên đẩy mạnh giao thương.",
        {"Vilay Sisavath", "Lê Văn Dũng"},
    ),
    _case(
        "talks_frame_party_level",
        "Tại buổi hội đàm với Trưởng ban Đối ngoại Trung ương Hà Văn Khải, Phó Chủ tịch Đảng"
        " Nhân dân Campuchia Sar Kheng bày tỏ vui mừng về quan hệ hai Đảng.",
        {"Hà Văn Khải", "Sar Kheng"},
    ),
    _case(
        "ministry_frame_ministers",
        "Tại cuộc hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kenji Sato, Đại tướng Phan Văn"
        " Giang nhấn mạnh tầm quan trọng của hợp tác quốc phòng.",
        {"Kenji Sato", "Phan Văn Giang"},
    ),
    # near miss: a clause, not a frame, before the comma; the speaker stays out
    _case(
        "clause_before_comma_no_frame",
        "Chiều 4/5, Thủ tướng Lê Minh Châu đã hội đàm với Thủ tướng Lào Sonexay Siphandone,"
        " Phó Thủ tướng Trần Hồng Hà cho biết.",
        {"Lê Minh Châu", "Sonexay Siphandone"},
    ),
]

COUNTERPARTS = [
    _case(
        "congratulations_to_counterpart_side_named",
        "Sau khi Tổng Bí thư Lê Văn Hòa được bầu lại, Tổng Bí thư Đảng Nhân dân Cách mạng Lào"
        " Thongloun Sisoulith đã gửi điện chúc mừng người đồng cấp phía Việt Nam.",
        {"Thongloun Sisoulith", "Lê Văn Hòa"},
    ),
    _case(
        "phone_call_with_counterpart_other_country",
        "Ngoại trưởng Úc Penny Wong vừa được bổ nhiệm. Chiều 2/6, Bộ trưởng Ngoại giao Trần Quang"
        " Vinh đã điện đàm với người đồng cấp Úc.",
        {"Trần Quang Vinh", "Penny Wong"},
    ),
    _case(
        "counterpart_by_office_nearest",
        "Bộ trưởng Quốc phòng Nhật Bản Kenji Sato và Thủ tướng Nhật Bản Fumio Kishida đón đoàn."
        " Ngày 8/8, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với người đồng nhiệm.",
        {"Phan Văn Giang", "Kenji Sato"},
    ),
]


@pytest.mark.parametrize(("text", "want"), FRAMES)
def test_frame_speaker_is_the_other_side(runner: vndiplo.Runner, text: str, want: set[str]) -> None:
    assert _main_sides(runner, text) == want


@pytest.mark.parametrize(("text", "want"), COUNTERPARTS)
def test_counterpart_phrase_is_the_named_holder(
    runner: vndiplo.Runner, text: str, want: set[str]
) -> None:
    assert want <= _main_sides(runner, text)
