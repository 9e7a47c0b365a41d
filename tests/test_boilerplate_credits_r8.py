"""Round 8: an outlet, agency or section credit glued to the lead, in shapes the pages showed
only once: a bracketed acronym with its dash stuck to both words ("(XY)-Sáng ..."), a station's
name with a number ("Kênh 24 – ..."), a section label with a dotted site name ("Tin tức
Web.ABC: ..."), a lead that opens with a span of days ("Từ 3 - 6/4, ...") and an acronym
before an invitation frame. The credit is chrome; the sentence after it is the body's first
line. Every page here is invented.
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import body_lines, page

TITLE = "Phó Chủ tịch tỉnh Lào Cai tiếp Tổng Lãnh sự Trung Quốc tại Hà Nội"
DATED = (
    "Chiều 12/4, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc Khánh đã tiếp "
    "Tổng Lãnh sự Trung Quốc Vương Hải Sơn nhân dịp ông đến chào xã giao."
)
SPAN = (
    "Từ 3 - 6/4, đoàn đại biểu tỉnh Lào Cai do Phó Chủ tịch UBND tỉnh Hoàng Quốc Khánh dẫn đầu "
    "đã thăm và làm việc tại tỉnh Vân Nam, Trung Quốc."
)
INVITED = (
    "Nhận lời mời của Chủ tịch UBND tỉnh Lào Cai, Tổng Lãnh sự Trung Quốc Vương Hải Sơn đã có "
    "chuyến thăm và làm việc tại tỉnh từ ngày 12 đến 14/4."
)
MORE = (
    "Hai bên nhất trí tiếp tục phối hợp chặt chẽ trong quản lý cửa khẩu, thúc đẩy thương mại "
    "biên giới và trao đổi đoàn các cấp."
)


@pytest.mark.parametrize(
    ("credit", "lead"),
    [
        ("(LC)-", DATED),
        ("(BLC)–", DATED),
        ("(ĐNA) -", DATED),
        ("Kênh 24 –", DATED),
        ("Truyền hình Tây Bắc 7 -", DATED),
        ("Đối ngoại Web.TNLC:", SPAN),
        ("Tin tức Cổng.TTĐT:", DATED),
        ("Theo Thông tấn xã Lào:", DATED),
        ("Thời sự -", SPAN),
        ("LCO:", INVITED),
        ("BLC -", INVITED),
    ],
)
def test_credit_before_a_dated_or_framed_lead_is_chrome(credit: str, lead: str) -> None:
    glued = credit + lead if credit.endswith(("-", "–")) and "(" in credit else f"{credit} {lead}"
    body = body_lines(page(TITLE, glued, MORE))
    assert body[0] == lead
    assert body[-1] == MORE


@pytest.mark.parametrize(
    "first",
    [
        # No credit: a phrase before a dash or colon that is the sentence's own words.
        "Hai nước ký 3 văn kiện: Tại buổi lễ, hai bên cam kết đẩy mạnh giao thương qua cửa khẩu.",
        "Việt Nam - Trung Quốc: Từ 3 - 6/4, hai bên đã tổ chức nhiều hoạt động giao lưu.",
        "Chủ tịch tỉnh khẳng định: Nhận lời mời của Vân Nam, đoàn tỉnh sẽ sang thăm vào tháng 5.",
    ],
)
def test_sentence_with_a_dash_or_colon_stays_whole(first: str) -> None:
    body = body_lines(page(TITLE, first, MORE))
    assert body[0] == first


def test_later_paragraph_with_a_bracketed_acronym_and_no_dash_stays() -> None:
    later = "(ASEAN) Hợp tác khu vực được hai bên đánh giá là ưu tiên hàng đầu trong năm nay."
    body = body_lines(page(TITLE, DATED, later))
    assert body[-1] == later
