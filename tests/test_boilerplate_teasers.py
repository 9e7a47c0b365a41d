"""A teaser above the lead that the article prints again further down: the lower copy is body.

The copy on top is dropped; the copy in its place is kept, so the body ends where the article
does. A lead printed twice with only a photo between, and a body printed twice whole, keep
the first copy of the lead.
"""

from __future__ import annotations

import vndiplo_boilerplate as plugin

from vndiplo import Document

TITLE = "Tổng Lãnh sự Việt Nam tại Khon Kaen làm việc với tỉnh Udon Thani"
TEASER = "Nhân dịp này, Tổng Lãnh sự và đoàn công tác đã tới thăm Trường Đại học Udon Thani."
LEAD = (
    "Trong chuyến công tác tới tỉnh Udon Thani, sáng 14/5, Tổng Lãnh sự Việt Nam tại Khon Kaen "
    "Lê Văn Minh đã có buổi làm việc với Phó Tỉnh trưởng tỉnh Udon Thani."
)
MIDDLE = (
    "Tại buổi làm việc, hai bên đã trao đổi về hợp tác thương mại, du lịch và giáo dục giữa "
    "tỉnh Udon Thani với các địa phương của Việt Nam.",
    "Tổng Lãnh sự cũng đề nghị tỉnh tiếp tục tạo điều kiện cho cộng đồng người Việt sinh sống "
    "và làm ăn ổn định tại địa phương.",
)
CAPTION = "Tổng Lãnh sự Lê Văn Minh và Phó Tỉnh trưởng Udon Thani. Ảnh: TLSQ"


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def body_lines(text: str) -> list[str]:
    blocks = plugin.clean_text(Document(text).normalized)
    return [text[b.start : b.end] for b in blocks if b.kind == "body"]


def test_the_teaser_on_top_is_dropped_and_its_copy_below_kept() -> None:
    kept = body_lines(page(TITLE, TEASER, LEAD, *MIDDLE, TEASER, "Bài liên quan"))
    assert kept == [LEAD, *MIDDLE, TEASER]


def test_the_same_with_a_photo_between_the_teaser_and_the_lead() -> None:
    kept = body_lines(page(TITLE, TEASER, CAPTION, LEAD, *MIDDLE, TEASER))
    assert kept[0] == LEAD
    assert kept[-1] == TEASER


def test_a_lead_printed_twice_around_a_photo_keeps_its_first_copy() -> None:
    kept = body_lines(page(TITLE, LEAD, CAPTION, LEAD, *MIDDLE))
    assert kept[0] == LEAD
    assert kept[1:] == list(MIDDLE)


def test_a_body_printed_twice_whole_keeps_its_first_copy() -> None:
    # The paragraph after each copy is the same: no teaser, the lead stays the lead.
    kept = body_lines(page(TITLE, LEAD, *MIDDLE, LEAD, *MIDDLE))
    assert kept[0] == LEAD


def test_a_lead_without_a_copy_below_stays_the_lead() -> None:
    kept = body_lines(page(TITLE, LEAD, *MIDDLE, TEASER))
    assert kept == [LEAD, *MIDDLE, TEASER]
