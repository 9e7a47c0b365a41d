"""A headless page's first paragraph, opening as a lead does (an outlet credit or a date), stays
the lead when a bare photo credit ("Ảnh: X |") follows it; a photo's caption above the lead
stays a caption. Invented wording."""

from __future__ import annotations

import pytest

import vndiplo

REST = (
    "Hai tỉnh có chung đường biên giới dài hơn 100 km và thời gian qua đã phối hợp chặt chẽ trong"
    " quản lý biên giới, thương mại và giáo dục."
)
LEADS = [
    "(Báo Tây Nguyên) - Ngày 9-3, tại thành phố Pleiku, Phó Chủ tịch UBND tỉnh Gia Lai Nguyễn"
    " Hữu Quế tiếp đoàn đại biểu tỉnh Stung Treng do Phó Tỉnh trưởng Sok Heng dẫn đầu.",
    "Sáng 14/6, tại trụ sở Tỉnh ủy, Bí thư Tỉnh ủy Lào Cai tiếp đoàn công tác Châu Hồng Hà"
    " (Trung Quốc) do Phó Chủ tịch Châu Lý Vĩ dẫn đầu.",
    "QĐND - Chiều 2/12, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến hội đàm với Tư lệnh Lục quân"
    " Hoàng gia Thái Lan.",
]
CREDITS = ["Ảnh: Minh Châu |", "Ảnh: Hải Long", "Ảnh: TTXVN"]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("credit", CREDITS)
def test_dated_or_credited_lead_above_credit_is_body(lead: str, credit: str) -> None:
    d = vndiplo.extract("\n\n".join([lead, credit, REST]), published="2024-06-15")
    assert lead.split(" - ")[-1][:30] in d.body


def test_undated_caption_above_credit_stays_caption() -> None:
    caption = "Phó Chủ tịch UBND tỉnh Gia Lai tặng quà lưu niệm cho đoàn."
    lead = LEADS[1]
    d = vndiplo.extract("\n\n".join([caption, "Ảnh: Hải Long", lead, REST]))
    assert caption not in d.body
    assert lead[:30] in d.body


def test_dated_caption_above_dated_lead_stays_caption() -> None:
    caption = "Ngày 14/6, Bí thư Tỉnh ủy tiếp đoàn công tác Châu Hồng Hà."
    d = vndiplo.extract("\n\n".join([caption, "Ảnh: Hải Long", LEADS[1], REST]))
    assert caption not in d.body


def test_dated_caption_restated_by_the_lead_stays_caption() -> None:
    caption = (
        "Ngày 5/4, Đại sứ Việt Nam tại Pháp Đinh Toàn Thắng trình Quốc thư lên Tổng thống"
        " Emmanuel Macron."
    )
    lead = (
        "Theo phóng viên TTXVN tại Paris, ngày 5/4, Đại sứ Việt Nam tại Pháp Đinh Toàn Thắng đã"
        " trình Quốc thư lên Tổng thống Emmanuel Macron."
    )
    d = vndiplo.extract("\n\n".join([caption, "Ảnh: TTXVN", lead, REST]))
    assert d.body.startswith("Theo phóng viên")
