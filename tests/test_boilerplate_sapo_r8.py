"""Round 8: a one-sentence summary between the headline and a lead that gives its date inside
its opening frame ("Tại cuộc hội đàm ..., ngày 5/3, ..."), or a summary that names nobody ("Hai
bên cam kết ...", "Đây là chuyến thăm ...") above a dated lead, is a sapo. A first paragraph that
is itself the dated or credited lead stays. Every page here is invented.
"""

from __future__ import annotations

import pytest
from vndiplo_boilerplate import rules

from tests.boilerplate_helpers import body_lines, page

TITLE = "Thủ tướng Lào tiếp Bộ trưởng Nông nghiệp Australia"
FRAMED_LEADS = [
    "Tại cuộc tiếp Bộ trưởng Nông nghiệp Australia Murray Watt, chiều 3/8 tại Viêng Chăn, Thủ "
    "tướng Lào Sonexay Siphandone đánh giá cao sự hỗ trợ của Australia.",
    "Trong khuôn khổ chuyến thăm chính thức Lào, sáng ngày 3/8, Bộ trưởng Nông nghiệp Australia "
    "Murray Watt đã chào xã giao Thủ tướng Sonexay Siphandone.",
    "Theo thông báo ngày 2-8 của Bộ Ngoại giao Lào, Thủ tướng Sonexay Siphandone đã tiếp Bộ "
    "trưởng Nông nghiệp Australia Murray Watt tại Viêng Chăn.",
]
DATED_LEAD = (
    "Chiều 3/8, tại Viêng Chăn, Thủ tướng Lào Sonexay Siphandone đã tiếp Bộ trưởng Nông nghiệp "
    "Australia Murray Watt đang thăm làm việc tại Lào."
)
MORE = (
    "Bộ trưởng Murray Watt cho biết Australia sẵn sàng chia sẻ kinh nghiệm về thủy lợi và an "
    "ninh lương thực với Lào trong thời gian tới."
)


@pytest.mark.parametrize("lead", FRAMED_LEADS)
@pytest.mark.parametrize(
    "summary",
    [
        "Thủ tướng Sonexay Siphandone khẳng định Australia là đối tác quan trọng của Lào.",
        "Bộ trưởng Murray Watt mong muốn mở rộng hợp tác nông nghiệp với Lào.",
    ],
)
def test_summary_above_a_framed_dated_lead_is_a_sapo(summary: str, lead: str) -> None:
    body = body_lines(page(TITLE, summary, lead, MORE))
    assert body[0] == lead


@pytest.mark.parametrize(
    "summary",
    [
        "Hai bên cam kết đẩy mạnh hợp tác trong lĩnh vực thủy lợi và an ninh lương thực.",
        "Hai nước nhất trí sớm ký kết Bản ghi nhớ về hợp tác nông nghiệp.",
        "Đây là lần đầu tiên một Bộ trưởng Nông nghiệp Australia sang thăm Lào.",
        "Cuộc tiếp diễn ra trong không khí thân mật, cởi mở.",
        "Các nhà lãnh đạo đánh giá cao kết quả hợp tác Chương trình Mê Kông.",
    ],
)
def test_summary_naming_nobody_above_a_dated_lead_is_a_sapo(summary: str) -> None:
    body = body_lines(page(TITLE, summary, DATED_LEAD, MORE))
    assert body[0] == DATED_LEAD


@pytest.mark.parametrize(
    "first",
    [
        # The lead itself, dated or framed: the paragraph below goes on with the story.
        "Ngày 3/8, hai bên đã ký Bản ghi nhớ về hợp tác thủy lợi tại Viêng Chăn.",
        "Tại Viêng Chăn, hai nước đã ký Bản ghi nhớ về hợp tác thủy lợi.",
        # Credited: the lead, though it names nobody.
        "TPL - Hai bên đã ký Bản ghi nhớ về hợp tác thủy lợi.",
        "(KPL) Hai nước đã ký Bản ghi nhớ về hợp tác nông nghiệp.",
    ],
)
def test_dated_or_credited_lead_is_not_a_sapo(first: str) -> None:
    body = body_lines(page(TITLE, first, DATED_LEAD, MORE))
    assert first.endswith(body[0])


@pytest.mark.parametrize(
    "plan",
    [
        "Theo kế hoạch, trong ngày 4/8, Bộ trưởng Murray Watt sẽ thăm một trang trại ở Vientiane.",
        "Theo chương trình, sáng 4/8, đoàn Australia sẽ làm việc với Bộ Nông nghiệp Lào.",
        "Trong ngày 4/8, Bộ trưởng Murray Watt sẽ thăm một trang trại ở ngoại ô Viêng Chăn.",
    ],
)
def test_programme_paragraph_is_no_framed_lead(plan: str) -> None:
    # What is planned goes on from the lead; it never makes the paragraph above a sapo.
    assert not rules.frame_then_date(plan.lower())


@pytest.mark.parametrize("lead", FRAMED_LEADS)
def test_framed_lead_gives_its_date(lead: str) -> None:
    assert rules.frame_then_date(lead.lower())


def test_summary_above_a_lead_with_a_late_date_stays() -> None:
    # The frame gives no date: the date comes far into the paragraph, as prose does.
    lead = (
        "Tại buổi làm việc với đại diện các doanh nghiệp nông nghiệp hàng đầu của Australia "
        "đang có mặt ở thủ đô để tìm hiểu cơ hội đầu tư vào các dự án thủy lợi, trồng trọt và "
        "chăn nuôi quy mô lớn, Thủ tướng cho biết ngày 3/8 Lào sẽ công bố chính sách mới."
    )
    summary = "Thủ tướng Sonexay Siphandone khẳng định Australia là đối tác quan trọng của Lào."
    body = body_lines(page(TITLE, summary, lead, MORE))
    assert body[0] == summary
