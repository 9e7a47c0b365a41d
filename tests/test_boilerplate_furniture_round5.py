"""Furniture under the article that round-4 blind pages kept as body.

- A closing credit, "(initials, office, ngày D-M-YYYY)", on its own line or glued after the last
  sentence, is a ``dateline`` (the page's stamp when it shows no other), never body.
- "Mời quý độc giả theo dõi <outlet> trên" (cut or not) is a follow widget.
- A comment box ("Nhận xét", "Bạn có thể gửi ý kiến ...") ends the article.
"""

from __future__ import annotations

import datetime as dt

import pytest
from vndiplo_boilerplate.closing import closing_credit_start, is_closing_credit

import vndiplo
from tests.boilerplate_helpers import blocks, page

TITLE = "Giám đốc Sở Ngoại vụ Đà Nẵng tiếp Tổng Lãnh sự Thái Lan"
LEAD = (
    "Sáng 9-5-2009, Giám đốc Sở Ngoại vụ thành phố Đà Nẵng Phan Minh Tâm đã tiếp Tổng Lãnh sự "
    "Thái Lan tại thành phố Somchai Rattana đến chào nhân dịp nhận nhiệm vụ mới."
)
LAST = (
    "Ông Phan Minh Tâm chúc mừng Tổng Lãnh sự và bày tỏ tin tưởng quan hệ hợp tác giữa Đà Nẵng "
    "và các địa phương của Thái Lan sẽ tiếp tục phát triển."
)
CREDIT = "(P.L., Sở Ngoại vụ Đà Nẵng, ngày 9-5-2009)"


def test_a_closing_credit_on_its_own_line_is_the_stamp() -> None:
    text = page(TITLE, LEAD, LAST, CREDIT)
    assert ("dateline", CREDIT) in blocks(text)
    assert vndiplo.Runner().run({"id": "x", "text": text}).published == dt.date(2009, 5, 9)


def test_a_closing_credit_glued_after_the_last_sentence_is_cut_off() -> None:
    found = blocks(page(TITLE, LEAD, LAST + " " + CREDIT + " |"))
    assert ("body", LAST) in found
    assert ("dateline", CREDIT + " |") in found


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên ký biên bản ghi nhớ (văn bản ký ngày 5-3-2020).",  # inside the sentence
        "Ông cho biết đoàn sẽ trở lại (dự kiến vào tháng 6).",
    ],
)
def test_a_bracket_inside_the_sentence_is_no_closing_credit(text: str) -> None:
    assert closing_credit_start(text) is None
    assert not is_closing_credit(text)


@pytest.mark.parametrize(
    "widget",
    ["Mời quý độc giả theo dõi Báo Đà Nẵng trên", "Mời bạn đọc theo dõi TTXVN trên Google News"],
)
def test_an_invitation_to_follow_the_outlet_is_a_widget(widget: str) -> None:
    found = blocks(page(TITLE, LEAD, LAST, widget))
    assert ("body", widget) not in found
    assert found[-2] == ("body", LAST)


@pytest.mark.parametrize(
    "box",
    [
        ("Nhận xét", "Bạn có thể gửi ý kiến của mình vào ô dưới đây, sau khi được duyệt sẽ đăng."),
        ("Ý kiến của bạn", "Họ tên"),
        ("Quý vị có thể để lại bình luận ở phía dưới bài viết này, xin cảm ơn.",),
    ],
)
def test_a_comment_box_ends_the_article(box: tuple[str, ...]) -> None:
    found = blocks(page(TITLE, LEAD, LAST, *box))
    assert [text for kind, text in found if kind == "body"][-1] == LAST
