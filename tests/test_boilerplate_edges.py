"""The edges of the article on crawled pages: summaries above the lead, galleries, captions and
players after it, and the cut-off last line of an excerpt.

Every page here is invented (outlets, people, places); each reproduces one construction of the
real-page corpus in other words, and the pages beside it that the rule must leave alone.
"""

from __future__ import annotations

import vndiplo_boilerplate as plugin
from vndiplo_boilerplate.restated import restated_share

from vndiplo import Document


def blocks(text: str) -> list[tuple[str, str, str]]:
    """(kind, rule, quoted text) for every block of ``text``."""
    return [
        (b.kind, b.rule, text[b.start : b.end])
        for b in plugin.clean_text(Document(text).normalized)
    ]


def body(text: str) -> list[str]:
    return [quoted for kind, _rule, quoted in blocks(text) if kind == "body"]


def page(*lines: str) -> str:
    return "\n\n".join(lines)


TITLE = "Bộ trưởng Hoàng Minh Khoa tiếp Đoàn đại biểu tỉnh Sa-va-khẹt"
LATER = (
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, phối hợp quản lý biên giới và thúc "
    "đẩy thương mại qua các cửa khẩu trong thời gian tới."
)


# -- the sapo that the lead restates ------------------------------------------------------------

SUMMARY = (
    "Đoàn đại biểu tỉnh Sa-va-khẹt do ông Bun-mi Xay-pha dẫn đầu đã đến Hà Nội, bắt đầu "
    "chuyến thăm và làm việc 4 ngày."
)
RESTATING_LEAD = (
    "Nhận lời mời của Bộ trưởng Hoàng Minh Khoa, ngày 3/4, Đoàn đại biểu tỉnh Sa-va-khẹt do "
    "ông Bun-mi Xay-pha, Phó Tỉnh trưởng, dẫn đầu đã đến Hà Nội, bắt đầu chuyến thăm và làm "
    "việc 4 ngày tại Việt Nam."
)


def test_summary_the_lead_restates_is_a_sapo() -> None:
    # No date phrase opens the lead: it is the restatement that marks the summary.
    text = page(TITLE, SUMMARY, RESTATING_LEAD, LATER)
    assert body(text) == [RESTATING_LEAD, LATER]


def test_dated_summary_the_lead_restates_is_a_sapo() -> None:
    summary = "Chiều 3/4, Bộ trưởng Hoàng Minh Khoa đã tiếp Đoàn đại biểu tỉnh Sa-va-khẹt."
    lead = (
        "14h30 ngày 3/4, tại Trụ sở Bộ, Bộ trưởng Hoàng Minh Khoa đã tiếp Đoàn đại biểu tỉnh "
        "Sa-va-khẹt do ông Bun-mi Xay-pha dẫn đầu, Cổng thông tin của Bộ cho biết."
    )
    assert body(page(TITLE, "Lê Vân |", summary, lead, LATER)) == [lead, LATER]


def test_lead_followed_by_a_paragraph_that_goes_on_is_kept() -> None:
    lead = (
        "Sáng 3/4, tại Hà Nội, Bộ trưởng Hoàng Minh Khoa chủ trì lễ đón và hội đàm với Đoàn "
        "đại biểu tỉnh Sa-va-khẹt do ông Bun-mi Xay-pha dẫn đầu."
    )
    second = (
        "Sau lễ đón, Bộ trưởng Hoàng Minh Khoa và ông Bun-mi Xay-pha thăm Phòng truyền thống, "
        "ký sổ lưu niệm rồi tiến hành hội đàm với Đoàn đại biểu tỉnh Sa-va-khẹt."
    )
    assert body(page(TITLE, lead, second, LATER)) == [lead, second, LATER]


def test_long_first_paragraph_restated_below_is_kept() -> None:
    # A first paragraph as long as a lead, quoted again in an announcement below, is the lead.
    lead = (
        "Bộ trưởng Hoàng Minh Khoa sẽ dẫn đầu Đoàn đại biểu Bộ thăm chính thức Vương quốc "
        "Ê-xoa-ti-ni, thăm làm việc tại Cộng hòa Man-đi-vơ và dự Hội nghị Bộ trưởng các nước "
        "ven Ấn Độ Dương tại thủ đô Ma-lê từ ngày 12 đến ngày 19 tháng 5 tới, theo kế hoạch "
        "được công bố sáng nay."
    )
    second = "Thông báo của Văn phòng Bộ cho biết: nhận lời mời của các nước chủ nhà, " + lead
    assert body(page(TITLE, lead, second, LATER)) == [lead, second, LATER]


def test_restated_share_counts_words_in_order() -> None:
    assert restated_share("a b c d", "x a b y c d") == 1.0
    assert restated_share("a b c d", "d c b a") == 0.25
    assert restated_share("a b c d", "x y z") == 0.0
    assert restated_share("", "a b") == 0.0
