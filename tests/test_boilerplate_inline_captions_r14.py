"""A photo's caption and its credit printed inside a paragraph ("... năm 2019 - Ảnh: Kyodo
Hai nhà lãnh đạo ..."): the credit splits the paragraph; the caption sentence before it goes
with the photo, and the article's prose on both sides stays body. A credit that closes its
line, and prose that says "ảnh" in its own words, are left as they were."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.boilerplate_helpers import blocks, body_lines, page

HEAD = "Lãnh đạo Nhật Bản và Việt Nam trao đổi qua điện thoại"
LEAD = (
    "Tối 3/6, Thủ tướng Nhật Bản Kenji Sato đã điện đàm với Thủ tướng Phạm Văn An về hợp tác "
    "kinh tế, đầu tư và ứng phó biến đổi khí hậu giữa hai nước."
)
BEFORE = "Hai ông hài lòng về những gì hai chính phủ làm được từ năm ngoái."
CAPTION = "Thủ tướng Kenji Sato và Thủ tướng Phạm Văn An tại cuộc gặp ở Tokyo năm 2019"
AFTER = (
    "Hai nhà lãnh đạo nhất trí thúc đẩy các dự án hạ tầng lớn và mở rộng hợp tác trong lĩnh vực "
    "năng lượng sạch."
)
LAST = (
    "Dịp này, Thủ tướng Phạm Văn An mời Thủ tướng Kenji Sato sớm thăm Việt Nam; Thủ tướng Nhật "
    "Bản vui vẻ nhận lời và cảm ơn lời mời."
)


def _body(text: str) -> str:
    return " ".join(body_lines(text))


def _check(line: str) -> None:
    kept = _body(page(HEAD, LEAD, line, LAST))
    assert "năm 2019" not in kept
    assert BEFORE in kept
    assert AFTER.split(" trong")[0] in kept
    assert LEAD in kept and LAST in kept


def test_a_dash_credit_inside_a_paragraph_splits_it() -> None:
    _check(f"{BEFORE} {CAPTION} - Ảnh: Kyodo {AFTER}")


def test_a_bracketed_credit_with_an_agency() -> None:
    _check(f"{BEFORE} {CAPTION}. (Ảnh: Thống Nhất/TTXVN) {AFTER}")


def test_a_credit_with_a_slash_name_after_a_stop() -> None:
    _check(f"{BEFORE} {CAPTION}. Ảnh: VGP/Nhật Bắc {AFTER}")


def test_an_acronym_credit_then_a_capital() -> None:
    _check(f"{BEFORE} {CAPTION} - Ảnh: AFP {AFTER}")


def test_two_captions_glued_in_one_paragraph() -> None:
    second = "Lễ ký kết các văn kiện hợp tác tại Hà Nội năm 2019"
    _check(f"{BEFORE} {CAPTION} - Ảnh: Reuters {second} - Ảnh: TTXVN {AFTER}")


def test_a_credit_closing_the_line_is_left_to_the_caption_rules() -> None:
    line = f"{BEFORE} {CAPTION}. Ảnh: Kyodo"
    before = blocks(page(HEAD, LEAD, line, AFTER))
    assert any(line == quoted for _, quoted in before)


def test_prose_saying_photo_in_its_own_words_stays_whole() -> None:
    line = (
        "Nhân dịp này, Thủ tướng Kenji Sato trao tặng bộ sưu tập hình ảnh về những khoảnh khắc "
        "hợp tác Việt - Nhật, gồm 50 bức ảnh tư liệu được chụp từ năm 1973 đến nay."
    )
    assert line in body_lines(page(HEAD, LEAD, line, LAST))


@given(
    st.sampled_from(["- Ảnh: ", "(Ảnh: ", "Ảnh: ", "Photo: "]),
    st.text(alphabet="ABCĐ/TXVNabc ", max_size=20),
    st.text(alphabet="Aaăbc đĐ.,", max_size=60),
)
def test_any_inline_credit_keeps_valid_offsets(cue: str, name: str, rest: str) -> None:
    text = page(HEAD, LEAD, f"{BEFORE} {CAPTION} {cue}{name} {rest}", LAST)
    for _, quoted in blocks(text):
        assert quoted and quoted in text
