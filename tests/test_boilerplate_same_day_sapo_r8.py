"""Round 8 (boiler8c): a summary under the headline that names the day, above a lead that
gives that same day again in its own opening clause ("Hội đồng trưa nay 3-9 đã ...",
"Kết quả kiểm phiếu chiều 14/2 cho thấy ..."), is a sapo, credited or not. A second paragraph
that points back at the lead ("Tại buổi tiếp chiều 14/2, ...", "Cũng trong chiều 14/2, ...")
or tells the day more closely ("rạng sáng 14/2" below "ngày 14/2") goes on from the lead,
which stays. Every page here is invented.
"""

from __future__ import annotations

import pytest
from vndiplo_boilerplate import same_day

from tests.boilerplate_helpers import body_lines, page

MORE = (
    "Trình bày tờ trình, Bộ trưởng Bộ Tư pháp Lê Minh Khang cho biết dự thảo gồm 8 chương và "
    "72 điều, đã tiếp thu ý kiến của các đại biểu."
)

# (headline, summary, lead): other outlets' layouts, other bodies and date writings.
VARIANTS = [
    (
        "Hội đồng nhân dân tỉnh thông qua Nghị quyết về giá đất",
        "Trưa 3-9, 52 đại biểu Hội đồng nhân dân tỉnh Quảng Bình đã biểu quyết tán thành Nghị "
        "quyết về bảng giá đất giai đoạn mới.",
        "Hội đồng nhân dân tỉnh Quảng Bình trưa 3-9 đã tổ chức phiên biểu quyết các dự thảo "
        "nghị quyết trình tại kỳ họp chuyên đề lần thứ 5.",
    ),
    (
        "Tân Chủ tịch Ủy ban nhân dân thành phố nhận hoa chúc mừng",
        "Vừa được bầu chiều 14/2, ông Trịnh Quốc Hưng đã nhận nhiều bó hoa của các đại biểu.",
        "Kết quả kiểm phiếu của Hội đồng nhân dân thành phố chiều 14/2 cho thấy ông Trịnh "
        "Quốc Hưng được 60 trên 62 đại biểu tán thành.",
    ),
    (
        "Quốc hội thông qua Luật Lưu trữ sửa đổi",
        "HNO - Với 458 đại biểu tán thành, sáng 21.6, Quốc hội đã thông qua Luật Lưu trữ sửa đổi.",
        "Tiếp tục kỳ họp thứ 7, sáng nay, 21.6, Quốc hội đã biểu quyết thông qua dự án Luật "
        "Lưu trữ sửa đổi với tỷ lệ tán thành rất cao.",
    ),
    (
        "Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật",
        "Chiều nay 9-10, Ủy ban Thường vụ Quốc hội đã cho ý kiến về dự án Luật Công chứng.",
        "Ủy ban Thường vụ Quốc hội trong phiên họp chiều nay 9-10 đã xem xét, cho ý kiến về "
        "dự án Luật Công chứng sửa đổi do Chính phủ trình.",
    ),
    (
        "Hội nghị Trung ương bế mạc",
        "(Tin Nhanh) - Sau ba ngày làm việc, tối ngày 18/5, Hội nghị Trung ương đã bế mạc tại Hà "
        "Nội.",
        "Sau ba ngày làm việc khẩn trương, tối 18/5 tại Hà Nội, Hội nghị Trung ương đã hoàn "
        "thành toàn bộ nội dung chương trình đề ra.",
    ),
]


@pytest.mark.parametrize(("headline", "summary", "lead"), VARIANTS)
def test_summary_whose_day_the_lead_says_again_is_a_sapo(
    headline: str, summary: str, lead: str
) -> None:
    body = body_lines(page(headline, summary, lead, MORE))
    assert body[0] == lead
    assert summary not in body


def test_a_caption_between_summary_and_lead_changes_nothing() -> None:
    headline, summary, lead = VARIANTS[2]
    caption = "Các đại biểu bấm nút biểu quyết. Ảnh: Minh Anh"
    body = body_lines(page(headline, summary, caption, lead, MORE))
    assert body[0] == lead


NEAR_MISSES = [
    # The second paragraph points back at the lead.
    (
        "Chủ tịch tỉnh tiếp Đại sứ Hungary",
        "Chiều 14/2, Chủ tịch Ủy ban nhân dân tỉnh Lê Văn Hòa đã tiếp Đại sứ Hungary Bálint "
        "Kovács đến chào xã giao.",
        "Tại buổi tiếp chiều 14/2, Chủ tịch Lê Văn Hòa chúc mừng Đại sứ Bálint Kovács nhận "
        "nhiệm vụ mới tại Việt Nam.",
    ),
    (
        "Chủ tịch tỉnh tiếp Đại sứ Hungary",
        "Chiều 14/2, Chủ tịch Ủy ban nhân dân tỉnh Lê Văn Hòa đã tiếp Đại sứ Hungary Bálint "
        "Kovács đến chào xã giao.",
        "Cũng trong chiều 14/2, Đại sứ Bálint Kovács đã làm việc với Sở Ngoại vụ tỉnh về các "
        "dự án hợp tác.",
    ),
    # The second paragraph tells the day more closely: it goes on from the lead.
    (
        "Thủ tướng Ấn Độ đến Hà Nội",
        "Chuyên cơ chở Thủ tướng Ấn Độ Narendra Modi đã hạ cánh xuống sân bay Nội Bài ngày 14/2.",
        "Đón Thủ tướng Narendra Modi tại sân bay vào rạng sáng 14/2 có Phó Thủ tướng Trần Văn "
        "Nam và nhiều quan chức Bộ Ngoại giao.",
    ),
]


@pytest.mark.parametrize(("headline", "lead", "second"), NEAR_MISSES)
def test_a_paragraph_going_on_from_the_dated_lead_keeps_it(
    headline: str, lead: str, second: str
) -> None:
    body = body_lines(page(headline, lead, second, MORE))
    assert body[0] == lead


@pytest.mark.parametrize(
    ("summary", "lead", "expected"),
    [
        ("sáng 7/4, ông x", "kết quả bỏ phiếu sáng 7/4 có 90% đại biểu tán thành", True),
        (
            "chiều 11-11, quốc hội",
            "tiếp tục kỳ họp, chiều nay, 11-11, quốc hội đã thông qua luật",
            True,
        ),
        ("sáng 7/4, ông x", "ông x tiếp ông y, sáng 7/4.", False),  # a caption,
        ("ngày 20/6", "đón ông x vào rạng sáng 20/6", False),
        ("tỷ số 3-1 cho đội nhà", "đội nhà thắng 3-1 tối qua", False),  # no date phrase
        ("sáng 7/4, ông x", "sau đó, sáng 7/4, ông x", False),  # points back
    ],
)
def test_same_day_again(summary: str, lead: str, expected: bool) -> None:
    assert same_day.same_day_again(summary, lead) is expected


def test_a_caption_closing_with_the_day_is_no_lead() -> None:
    """A dated lead above the photo whose caption closes with the same day keeps its place."""
    headline = "Chủ tịch Quốc hội tiếp Thống đốc bang Victoria"
    lead = (
        "Sáng 6/3, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Minh Quân đã tiếp Thống đốc bang "
        "Victoria Margaret Gardner đang thăm Việt Nam."
    )
    caption = (
        "Chủ tịch Quốc hội Trần Minh Quân tiếp Thống đốc bang Victoria Margaret Gardner, sáng 6/3."
    )
    second = (
        "Buổi tiếp diễn ra nhân dịp Thống đốc Margaret Gardner dẫn đoàn doanh nghiệp bang "
        "Victoria sang tìm hiểu cơ hội đầu tư."
    )
    body = body_lines(page(headline, lead, "Theo dõi Tin Nhanh trên", headline, caption, second))
    assert body[0] == lead
