"""Round 8: a one-sentence summary between the headline and a lead that gives its date inside
its opening frame ("Tại cuộc hội đàm ..., ngày 5/3, ..."), or a summary that names nobody ("Hai
bên cam kết ...", "Đây là chuyến thăm ...") above a dated lead, is a sapo. Round 12 settles the
credited case (see the comment above CREDITS). Every page here is invented.
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


# The sapo rule, settled in round 12 (README round 8 #38, round 11 #3; F19, A12): a one-sentence
# summary under the headline, credited or not, is a sapo when the paragraph below tells it again
# (the same people, the same act) or when it names nobody above the dated lead; a first paragraph
# that is itself the lead (dated, framed, an invitation, or one the next paragraph goes on from)
# stays, credited or not.
CREDITS = ["", "TPL - ", "(KPL) "]
RETOLD = [
    (
        "Chủ tịch Hạ viện Chile Rosa Molina dự kiến sẽ thăm chính thức Lào từ ngày 10-13/9, "
        "trong chuyến công du hai nước châu Á từ ngày 8-13/9.",
        "Theo thông báo của Bộ Ngoại giao Lào, Chủ tịch Hạ viện Chile Rosa Molina sẽ thăm chính "
        "thức Lào từ ngày 10 đến 13/9/2031 do Chủ tịch Quốc hội Lào Bounmy Keomany mời "
        "sang.",
    ),
    (
        "Thủ tướng Lào Sonexay Siphandone sẽ tiếp Bộ trưởng Nông nghiệp Australia Murray Watt "
        "vào tuần tới.",
        "Văn phòng Thủ tướng Lào hôm qua cho biết, Thủ tướng Sonexay Siphandone sẽ tiếp Bộ "
        "trưởng Nông nghiệp Australia Murray Watt tại Viêng Chăn trong chuyến thăm làm việc "
        "của ông.",
    ),
    (
        "Ngoại trưởng Peru Ana Torres và người đồng cấp Lào Thongsavanh Phomvihane đã điện đàm "
        "về hợp tác thương mại.",
        "Theo Thông tấn xã Lào, Bộ trưởng Ngoại giao Thongsavanh Phomvihane hôm thứ Ba đã có "
        "cuộc điện đàm với Ngoại trưởng Peru Ana Torres, trao đổi về thương mại và đầu tư.",
    ),
]


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize(("summary", "lead"), RETOLD)
def test_summary_the_next_paragraph_retells_is_a_sapo(credit: str, summary: str, lead: str) -> None:
    # Its own dates ("từ ngày 8-13/9") are the summary's: the body starts at the retelling.
    body = body_lines(page(TITLE, credit + summary, lead, MORE))
    assert body[0] == lead


@pytest.mark.parametrize("credit", CREDITS)
def test_summary_naming_nobody_is_a_sapo_credited_or_not(credit: str) -> None:
    summary = credit + "Hai bên cam kết mở rộng hợp tác về thủy lợi."
    body = body_lines(page(TITLE, summary, DATED_LEAD, MORE))
    assert body[0] == DATED_LEAD


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize(
    ("first", "below"),
    [
        # Dated or framed: the lead itself, whatever the paragraph below says.
        ("Ngày 3/8, hai bên đã ký Bản ghi nhớ về hợp tác thủy lợi tại Viêng Chăn.", DATED_LEAD),
        ("Tại Viêng Chăn, hai nước đã ký Bản ghi nhớ về hợp tác thủy lợi.", DATED_LEAD),
        (
            "Chiều 3/8, Thủ tướng Lào Sonexay Siphandone đã tiếp Bộ trưởng Nông nghiệp "
            "Australia Murray Watt.",
            "Tại buổi tiếp, Thủ tướng Sonexay Siphandone cảm ơn Bộ trưởng Murray Watt và "
            "khẳng định Lào coi trọng hợp tác nông nghiệp với Australia.",
        ),
        # The same people below, but another act: no retelling.
        (
            "Thủ tướng Lào Sonexay Siphandone sẽ thăm chính thức Australia vào tháng tới nhằm làm "
            "sâu sắc quan hệ giữa hai nước.",
            "Văn phòng Thủ tướng Lào hôm qua cho biết, Thủ tướng Sonexay Siphandone đã điện đàm "
            "với Thủ tướng Australia Tom Reilly về hợp tác nông nghiệp.",
        ),
        # The paragraph below goes on from it and tells nothing again.
        (
            "Thủ tướng Lào Sonexay Siphandone đã tiếp Bộ trưởng Nông nghiệp Australia Murray "
            "Watt tại Viêng Chăn.",
            MORE,
        ),
    ],
)
def test_a_first_paragraph_that_is_the_lead_stays(credit: str, first: str, below: str) -> None:
    body = body_lines(page(TITLE, credit + first, below, MORE))
    assert (credit + first).endswith(body[0])


@pytest.mark.parametrize("credit", CREDITS[1:])
def test_a_credited_invitation_paragraph_stays_the_lead(credit: str) -> None:
    # An invitation paragraph with the outlet's credit is narration, not a summary (F19, A12);
    # so is the uncredited one (round 8 #38, round 16: tests/test_r16_leads.py).
    first = (
        credit + "Nhận lời mời của Thủ tướng Lào Sonexay Siphandone, Bộ trưởng Nông nghiệp "
        "Australia Murray Watt thăm làm việc tại Lào từ ngày 2 đến 4/8."
    )
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
