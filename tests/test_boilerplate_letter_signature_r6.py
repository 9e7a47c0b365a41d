"""A reproduced letter's closing (invented words): the first-person wish line is no photo
caption, and the signature line under it (name and office, no full stop) is body; a name and
office line under a news paragraph is not kept by this rule."""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import body_lines, page

TITLE = "Tổng thống Thổ Nhĩ Kỳ gửi điện mừng Chủ tịch nước"
OPENING = (
    "Quan hệ giữa hai nước chúng ta đã vượt qua nhiều thử thách trong nhiều thập kỷ qua và "
    "ngày càng được củng cố trên mọi lĩnh vực hợp tác."
)
MIDDLE = (
    "Tôi tin rằng hai nước sẽ tiếp tục hợp tác chặt chẽ để cùng ứng phó với những thách thức "
    "chung của khu vực và thế giới trong những năm tới."
)
WISH = "Tôi chúc Ngài sức khỏe và chúc nhân dân Việt Nam hạnh phúc."


@pytest.mark.parametrize(
    "signature",
    [
        "Mehmet Aslan Tổng thống Cộng hòa Thổ Nhĩ Kỳ",
        "Mehmet Aslan, Thủ tướng Cộng hòa Thổ Nhĩ Kỳ",
        "Nguyễn Văn Bình Chủ tịch Hội đồng nhân dân tỉnh Cao Bằng",
    ],
)
def test_a_signature_under_a_first_person_closing_is_body(signature: str) -> None:
    kept = body_lines(page(TITLE, OPENING, MIDDLE, WISH, signature, "Nguồn: Đại sứ quán"))
    assert kept[-2:] == [WISH, signature]


def test_a_name_and_office_under_a_news_paragraph_is_not_a_signature() -> None:
    news = (
        "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác trong các lĩnh vực "
        "nông nghiệp công nghệ cao, giáo dục và lao động."
    )
    line = "Mehmet Aslan Tổng thống Cộng hòa Thổ Nhĩ Kỳ"
    kept = body_lines(page(TITLE, OPENING, news, line, "Nguồn: Đại sứ quán"))
    assert line not in kept
