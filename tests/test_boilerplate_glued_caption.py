"""A lead with a photo's caption and its credit glued after it on one line ("... Ảnh: X |"):
the line is the article's lead (body) when the text before the caption sentence is a paragraph
on its own; a caption of one or two short sentences, or one that repeats the body, stays out."""

from __future__ import annotations

import vndiplo_boilerplate as plugin

from vndiplo import Document

LEAD = (
    "Theo phóng viên thường trú, tối 12/6 theo giờ địa phương, tại thủ đô Canberra Chủ tịch "
    "Quốc hội Trần Văn Minh đã hội kiến Thủ tướng Australia Peter Grant và trao đổi về quan hệ "
    "hai nước."
)
CAPTION = (
    "Chủ tịch Quốc hội Trần Văn Minh (phải) bắt tay Thủ tướng Peter Grant. Ảnh: Hải Yến – TTXVN |"
)
SECOND = (
    "Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực thương mại, giáo dục, nông nghiệp "
    "công nghệ cao và ứng phó biến đổi khí hậu trong thời gian tới."
)
THIRD = (
    "Chủ tịch Quốc hội mời Thủ tướng Peter Grant sớm thăm Việt Nam; Thủ tướng Australia vui vẻ "
    "nhận lời và cảm ơn sự đón tiếp của phía Việt Nam."
)


def body(text: str) -> list[str]:
    blocks = plugin.clean_text(Document(text).normalized)
    return [text[b.start : b.end] for b in blocks if b.kind == "body"]


def test_a_lead_glued_to_a_caption_and_its_credit_is_body() -> None:
    line = LEAD + " " + CAPTION
    assert body("\n".join((line, SECOND, THIRD))) == [line, SECOND, THIRD]


def test_the_same_below_a_headline() -> None:
    line = LEAD + " " + CAPTION
    text = "\n".join(("Chủ tịch Quốc hội hội kiến Thủ tướng Australia", line, SECOND, THIRD))
    assert body(text)[0] == line


def test_a_two_sentence_caption_with_its_credit_stays_a_caption() -> None:
    caption = "Quang cảnh buổi hội kiến tại Canberra. Hai bên chụp ảnh lưu niệm. Ảnh: Hải Yến"
    assert caption not in body("\n".join((LEAD, caption, SECOND, THIRD)))


def test_a_caption_that_repeats_a_body_sentence_stays_a_caption() -> None:
    caption = SECOND + " Chủ tịch Quốc hội và Thủ tướng Australia. Ảnh: Hải Yến"
    assert caption not in body("\n".join((LEAD, SECOND, caption, THIRD)))
