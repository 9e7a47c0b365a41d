"""The article's last paragraph that hands over to what the excerpt lost stays body.

"Vì sao ...? Giáo sư X giải thích:" or "Dưới đây là một số hình ảnh ...:" closes the page's
article above the site's tail: the quotation or photos it introduces were not kept, but the
paragraph is the article's. A site's own line to its reader ("Mời quý độc giả xem thêm ...:")
stays chrome. Fragments written for these tests (other names, places and outlets than any real
page).
"""

from __future__ import annotations

import pytest

import vndiplo

HEAD = (
    "Thủ tướng tiếp Đại sứ Hàn Quốc\n\n"
    "Chiều 12/9, tại Trụ sở Chính phủ, Thủ tướng Lê Văn Bình đã tiếp ông Park Min-ho, Đại sứ "
    "Hàn Quốc tại Việt Nam, đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác.\n\n"
    "Thủ tướng đánh giá cao những đóng góp của Đại sứ trong việc thúc đẩy quan hệ Đối tác "
    "chiến lược toàn diện giữa hai nước trong thời gian qua.\n\n"
)
TAILS = [
    "Tin cùng chuyên mục\n\nThủ tướng dự lễ khởi công cầu Mỹ Thuận 3\n\n"
    "Bộ trưởng Ngoại giao tiếp Đại sứ Pháp\n",
    "Bài được xem nhiều nhất\n\n© 2024 Báo Điện tử Tin Mới. Giữ bản quyền nội dung.\n",
    "Ý kiến bạn đọc\n\nGửi bình luận\n",
]
HANDING_OVER = [
    "Vì sao hai nước đẩy mạnh hợp tác vào lúc này? Tiến sĩ Trần Văn Nam, Viện Nghiên cứu Đông "
    "Nam Á, nhận định:",
    "Dưới đây là một số hình ảnh của buổi tiếp:",
    "Phát biểu tại buổi tiếp, Đại sứ Park Min-ho cho biết:",
]
TO_THE_READER = [
    "Mời quý độc giả xem thêm các bài viết cùng chủ đề dưới đây:",
    "Chia sẻ bài viết này với bạn bè của bạn trên mạng xã hội:",
]


def _kind(text: str, line: str) -> str:
    doc = vndiplo.extract(text)
    return next(b.kind for b in doc.blocks if text[b.start : b.end] == line)


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize("last", HANDING_OVER)
def test_a_paragraph_handing_over_is_the_last_body_line(last: str, tail: str) -> None:
    assert _kind(HEAD + last + "\n\n" + tail, last) == "body"


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize("last", TO_THE_READER)
def test_the_site_speaking_to_its_reader_is_no_body(last: str, tail: str) -> None:
    assert _kind(HEAD + last + "\n\n" + tail, last) != "body"
