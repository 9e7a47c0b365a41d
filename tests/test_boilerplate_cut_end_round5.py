"""The end of an excerpt: a cut-off last fragment is body, page furniture is not.

Round-4 blind pages lost their last line when the excerpt was cut inside a name ("Bà L"),
inside a word after a connective ("Theo đó, về việc ký k"), as a shorter twin of an earlier
paragraph ("Hai bên nhất trí tăng c"), or below a photo's caption and its credit; and kept a
widget's name ("btn-back-top") as a cut sentence. An agency's end mark "./." closes the
article's last sentence, which is never a photo caption.
"""

from __future__ import annotations

import pytest
from vndiplo_boilerplate import rules

from tests.boilerplate_helpers import body_lines, page

TITLE = "Chủ tịch UBND tỉnh Nam Định tiếp đoàn công tác tỉnh Gyeonggi"
LEAD = (
    "Chiều 14/10, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Trần Văn Hòa đã tiếp đoàn công tác "
    "tỉnh Gyeonggi (Hàn Quốc) do ông Kim Sung-ho, Phó Tỉnh trưởng, dẫn đầu."
)
MIDDLE = (
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác trong các lĩnh vực "
    "nông nghiệp công nghệ cao, giáo dục và lao động."
)
LAST = (
    "Chủ tịch UBND tỉnh khẳng định Nam Định luôn tạo điều kiện thuận lợi để doanh nghiệp hai "
    "bên gặp gỡ, tìm hiểu cơ hội đầu tư và mở rộng hợp tác lâu dài"
)


@pytest.mark.parametrize("cut", ["Bà L", "Ông Kim S", "Theo đó, về việc ký k", "Tại buổi ti"])
def test_a_cut_off_fragment_at_the_end_is_body(cut: str) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, cut))
    assert kept[-1] == cut


def test_a_cut_off_twin_of_an_earlier_paragraph_is_body() -> None:
    cut = "Hai bên nhất trí tăng c"  # within a caption's reach of the paragraph it opens
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, cut))
    assert kept[-1] == cut


def test_a_cut_off_line_below_a_caption_and_its_photo_credit_is_body() -> None:
    caption = "Đoàn công tác tham quan khu nông nghiệp công nghệ cao của tỉnh Nam Định"
    kept = body_lines(
        page(TITLE, LEAD, MIDDLE, LAST, caption, "MINH ĐỨC", "Ủy ban nhân dân tỉnh Na")
    )
    assert kept[-1] == "Ủy ban nhân dân tỉnh Na"
    assert caption not in kept


def test_a_byline_at_the_end_is_still_a_byline() -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST + ".", "Minh Đức"))
    assert kept[-1] == LAST + "."


@pytest.mark.parametrize("widget", ["btn-back-top", "icon_scroll_up", "go-to-top"])
def test_a_widget_name_at_the_end_is_no_cut_sentence(widget: str) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST + ".", widget))
    assert widget not in kept


def test_the_agency_end_mark_closes_the_last_sentence_not_a_caption() -> None:
    closing = "Lễ tiễn được tổ chức trang trọng tại sân bay quốc tế./."
    kept = body_lines(page(TITLE, LEAD, MIDDLE, closing, "(TTXVN)"))
    assert kept[-1] == closing


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Theo TTXVN", True),
        ("Nguồn: thoidai.com.vn", True),
        ("Theo báo Quân đội nhân dân", True),
        ("Theo đó, về việc ký k", False),
        ("Theo như kế hoạch đã đề ra", False),
    ],
)
def test_a_source_credit_names_its_source(line: str, credit: bool) -> None:
    assert rules.is_source_credit(line, line.lower(), len(line.split())) is credit
