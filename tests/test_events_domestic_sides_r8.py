"""Acts with a home body are no meeting, visit or reception, in invented words (round 8).

* A leader's working session with a province, its leaders, its departments or "the
  localities" ("làm việc với lãnh đạo chủ chốt tỉnh X", "buổi làm việc với Ban Thường vụ Tỉnh
  ủy", "làm việc với các địa phương"), in the body or the headline.
* A tour at home and a charity visit ("thăm và làm việc tại huyện Y", "đến thăm, chúc Tết và
  tặng quà các gia đình chính sách").
* A gathering with one's constituency ("gặp mặt hơn 300 đại biểu Quốc hội", "gặp gỡ cử tri").
* A paper signed and issued with the verbs coordinated ("đã ký, ban hành chỉ thị").
Near misses: a foreign envoy or delegation working with or touring a province, a community
abroad met by a leader, a foreign side named only earlier on the page.
"""

from __future__ import annotations

import pytest

import vndiplo

MEETING_TYPES = frozenset({"reception", "meeting", "talks", "phone_call", "visit", "signing"})


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _main_type(runner: vndiplo.Runner, text: str) -> str | None:
    doc = runner.run({"id": "t", "text": text})
    main = doc.events[0] if doc.events else None
    if main is None or main.referenced or main.type not in MEETING_TYPES:
        return None
    return main.type


HOME_ACTS = [
    # working sessions with a province, its leaders, its departments, "the localities"
    "Làm việc tại Gia Lai\n\nChiều 12/6, Phó Thủ tướng Trần Minh Khoa làm việc với lãnh đạo "
    "chủ chốt tỉnh Gia Lai về tiến độ các công trình giao thông trọng điểm.",
    "Y tế tỉnh nhà\n\nSáng 3/9, Bộ trưởng Bộ Y tế Đỗ Thanh Hà đã có buổi làm việc với Ban "
    "Thường vụ Tỉnh uỷ Nam Định về công tác khám chữa bệnh tuyến cơ sở.",
    "Chống hạn mặn\n\nNgày 20/4, Chủ tịch Quốc hội Lê Quang Vinh làm việc với các địa phương "
    "vùng đồng bằng sông Cửu Long về ứng phó hạn mặn.",
    "Cần Thơ\n\nThứ Năm (5/10), Thủ tướng Ngô Đức Tài đã làm việc với UBND TP Cần Thơ về "
    "giải ngân vốn đầu tư công.",
    "Cải cách hành chính\n\nNgày 8/11, Bộ trưởng Bộ Nội vụ Hà Văn Lực làm việc với các sở, "
    "ngành của tỉnh Bắc Giang về sắp xếp bộ máy.",
    # the act in the headline, a speech at it in the body
    "Thủ tướng làm việc với lãnh đạo tỉnh Quảng Bình\n\nNgày 2/3, tại Đồng Hới, Thủ tướng Ngô "
    "Đức Tài yêu cầu tỉnh đẩy nhanh tiến độ giải phóng mặt bằng.",
    # tours and charity visits at home
    "Quà Tết\n\nSáng 25/1, Chủ tịch UBND tỉnh Lương Thế Bảo đã đến thăm, chúc Tết và tặng quà "
    "các gia đình chính sách tại xã Tân Lập.",
    "Vùng biên\n\nNgày 14/7, Phó Chủ tịch nước Vũ Thu Trang thăm và làm việc tại huyện Mường "
    "Tè, tỉnh Lai Châu.",
    "Chăm lo người nghèo\n\nChiều 30/12, Bí thư Tỉnh ủy Đinh Quốc Huy về thăm, tặng quà hộ "
    "nghèo ở phường An Bình.",
    "Biên phòng\n\nNgày 9/2, Bộ trưởng Bộ Quốc phòng Lý Văn Đông đến thăm, động viên cán bộ, "
    "chiến sĩ Đồn Biên phòng Cửa khẩu Tà Lùng.",
    # constituencies and one's own deputies
    "Tri ân\n\nSáng 28/8, Chủ tịch nước Đào Văn Sơn gặp mặt hơn 300 đại biểu Quốc hội các "
    "khóa tại Hà Nội.",
    "Quận Ba Đình\n\nNgày 6/5, Bí thư Thành ủy Phan Văn Hùng gặp gỡ cử tri quận Ba Đình trước "
    "kỳ họp.",
    # a paper signed and issued
    "Phòng chống lũ\n\nBộ trưởng Bộ Nông nghiệp Cao Văn Lâm đã ký, ban hành chỉ thị yêu cầu "
    "các tỉnh sẵn sàng phương án hộ đê.",
    "Kỷ luật công vụ\n\nChủ tịch UBND tỉnh Mai Đức Toàn vừa ký và ban hành quyết định về "
    "chấn chỉnh kỷ luật công vụ.",
]


@pytest.mark.parametrize("text", HOME_ACTS)
def test_an_act_with_a_home_body_is_no_meeting(runner: vndiplo.Runner, text: str) -> None:
    assert _main_type(runner, text) is None


NEAR_MISSES = [
    # a foreign envoy works with a province's leaders
    (
        "Hợp tác đầu tư\n\nNgày 4/6, Đại sứ Nhật Bản Suzuki Taro làm việc với lãnh đạo tỉnh "
        "Quảng Ninh về thu hút đầu tư.",
        "meeting",
    ),
    # a neighbour's provincial delegation tours a province (its country in brackets)
    (
        "Tỉnh bạn\n\nNgày 11/3, đoàn đại biểu tỉnh Champasak (Lào) do Phó Tỉnh trưởng Sone "
        "Phomma dẫn đầu đã thăm và làm việc tại tỉnh Kon Tum.",
        "visit",
    ),
    # the community abroad met by a leader
    (
        "Gặp kiều bào\n\nTối 19/9, Thủ tướng Ngô Đức Tài gặp mặt bà con kiều bào đang sinh "
        "sống tại Berlin.",
        "meeting",
    ),
    # the foreign guest named in the sentence before
    (
        "Đón khách\n\nSáng 7/10, Thống đốc bang Victoria (Australia) Jane Porter đến TP Hồ Chí "
        "Minh. Chiều cùng ngày, bà Jane Porter làm việc với lãnh đạo thành phố.",
        "meeting",
    ),
]


@pytest.mark.parametrize(("text", "kind"), NEAR_MISSES)
def test_a_foreign_side_keeps_the_act(runner: vndiplo.Runner, text: str, kind: str) -> None:
    assert _main_type(runner, text) == kind
