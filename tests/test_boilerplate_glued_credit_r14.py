"""A photo widget's label glued to its caption with no space ("Chuyển đến kho ảnhTổng thống
...", "Chú thích ảnhBộ trưởng ...", "Phóng to hìnhThủ tướng ..."): the line is a caption,
never the headline or a paragraph, wherever it stands. Prose that says "ảnh" or "hình ảnh" in
its own words, spaced, stays what it is."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.boilerplate_helpers import blocks, body_lines, page, titles

HEAD = "Tổng thống Brazil thăm chính thức Việt Nam"
LEAD = (
    "Ngày 5/8, Tổng thống Brazil Lula da Silva tới Hà Nội, mở đầu ba ngày công du Việt Nam mà "
    "Chủ tịch nước Lương Văn Minh đã mời từ năm ngoái, với nhiều kỳ vọng về thương mại."
)
MORE = (
    "Trong ba ngày ở Hà Nội, hai nguyên thủ dự kiến bàn về nông sản, điện gió và khoáng sản, "
    "rồi dự lễ trao những thỏa thuận mà hai chính phủ vừa hoàn tất."
)
GLUED = (
    "Chuyển đến kho ảnhTổng thống Lula da Silva và Chủ tịch nước Lương Văn Minh tại cuộc gặp ở "
    "Brasilia năm 2019"
)


def _kind(text: str, line: str) -> str | None:
    return dict((quoted, kind) for kind, quoted in blocks(text)).get(line)


def test_a_glued_caption_above_the_headline_is_no_title() -> None:
    text = page(GLUED, HEAD, LEAD, MORE)
    assert titles(text) == [HEAD]
    assert _kind(text, GLUED) == "caption"


def test_a_glued_caption_below_the_headline_is_no_title() -> None:
    assert titles(page(HEAD, GLUED, LEAD, MORE)) == [HEAD]


def test_a_glued_caption_on_a_headless_page_is_no_title() -> None:
    assert titles(page(GLUED, LEAD, MORE)) == []


def test_a_glued_caption_between_paragraphs_is_no_body() -> None:
    line = "Chú thích ảnhThủ tướng Nhật Bản tiếp Thủ tướng Việt Nam tại Tokyo năm 2018."
    assert body_lines(page(HEAD, LEAD, line, MORE)) == [LEAD, MORE]


def test_another_widget_label_and_cue() -> None:
    line = "Phóng to hìnhNgoại trưởng Pháp và Ngoại trưởng Việt Nam chụp ảnh chung"
    assert _kind(page(HEAD, LEAD, line, MORE), line) == "caption"


def test_a_spaced_photo_word_in_prose_stays_body() -> None:
    line = (
        "Nhân dịp này, Tổng thống trao tặng kho ảnh Tư liệu về quan hệ hai nước cho Bảo tàng "
        "Lịch sử quốc gia và cảm ơn sự đón tiếp nồng hậu của Việt Nam."
    )
    assert body_lines(page(HEAD, LEAD, line, MORE)) == [LEAD, line, MORE]


def test_a_glued_cue_late_in_a_long_paragraph_does_not_drop_it() -> None:
    line = (
        "Trong chuyến thăm, Tổng thống Lula da Silva dự kiến gặp gỡ cộng đồng doanh nghiệp hai "
        "nước, thăm một số cơ sở sản xuất tại Bình Dương và trao đổi với sinh viên Đại học Quốc "
        "gia, theo lịch trình đã được hai bên thống nhất từ trước. Xem ảnhBình Dương"
    )
    assert line in body_lines(page(HEAD, LEAD, line, MORE))


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyảnhTỔĐ ", max_size=60))
def test_any_glued_line_keeps_valid_offsets(words: str) -> None:
    text = page(HEAD, LEAD, "Xem ảnh" + words, MORE)
    for _, quoted in blocks(text):
        assert quoted and quoted in text


def test_a_capitalised_cue_opening_the_line() -> None:
    line = "ẢnhChủ tịch Quốc hội Lào và Chủ tịch Quốc hội Việt Nam tại Viêng Chăn năm 2020"
    assert titles(page(line, HEAD, LEAD, MORE)) == [HEAD]
