"""Background of the same kind as the news: "Trước đó, hôm D, A đã gặp C tại Y", "Hồi tháng
M, ...", "Năm ngoái, ..." recall an earlier act, between other people or the same. It never
becomes the main event and never dates or places it. A background act on the lead's own day
("Trước đó, sáng 18/11, ...") is still that day's news, and a visit told in retrospect keeps
its span. All sentences are invented."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

_PEOPLE = {
    "Lâm Quốc Bảo": ("Thủ tướng",),
    "Arvid Holm": ("Tổng thống",),
    "Trần Văn Đạt": ("Chủ tịch nước",),
    "Kim Soo Min": ("Tổng thống",),
}


def _main(text: str, dates: list[tuple[str, str]], headline: str = "") -> Event:
    return extract_events(annotate(text, _PEOPLE, dates, title=headline or None))[0]


def test_an_earlier_summits_meeting_does_not_date_or_place_a_sideline_contact() -> None:
    main = _main(
        "Thủ tướng Lâm Quốc Bảo hôm 18/11 đã có các cuộc tiếp xúc với Tổng thống Arvid Holm bên "
        "lề Hội nghị Thượng đỉnh G20 ở Brazil.\n\nTrước đó, hôm 15/11, Tổng thống Arvid Holm "
        "cũng đã có cuộc gặp với Chủ tịch nước Trần Văn Đạt tại Peru.",
        [("hôm 18/11", "--11-18"), ("hôm 15/11", "--11-15")],
        headline="Thủ tướng Lâm Quốc Bảo gặp Tổng thống Arvid Holm bên lề G20",
    )
    assert main.date != "--11-15"
    assert main.location != "Peru"
    assert "Trần Văn Đạt" not in {p.name for p in main.participants}


def test_a_meeting_of_last_month_is_not_the_attendances_sideline() -> None:
    main = _main(
        "Chiều 12/6, Chủ tịch nước Trần Văn Đạt dự Hội nghị cấp cao ASEAN tại Jakarta.\n\n"
        "Hồi tháng 5, Chủ tịch nước Trần Văn Đạt đã hội kiến Tổng thống Kim Soo Min tại Seoul.",
        [("Chiều 12/6", "--06-12"), ("tháng 5", "--05")],
    )
    assert main.type == "attend"
    assert main.location == "Jakarta"


def test_the_same_pairs_talks_last_year_do_not_replace_this_years() -> None:
    main = _main(
        "Năm ngoái, Thủ tướng Lâm Quốc Bảo đã hội đàm với Tổng thống Kim Soo Min tại Hà Nội.",
        [("Năm ngoái", "2023")],
    )
    # with nothing else reported, the recalled talks stay what the text has
    assert main.type == "talks"


def test_a_provincial_reception_days_before_is_background() -> None:
    main = _main(
        "Sáng 5/4, Chủ tịch nước Trần Văn Đạt dự lễ khánh thành cửa khẩu tại Lào Cai.\n\n"
        "Trước đó, ngày 2/4, Chủ tịch nước Trần Văn Đạt đã tiếp Tổng thống Kim Soo Min "
        "tại Hà Giang.",
        [("Sáng 5/4", "--04-05"), ("ngày 2/4", "--04-02")],
    )
    assert main.type == "attend"
    assert main.date == "--04-05"


def test_a_meeting_earlier_the_same_day_stays_the_sideline_news() -> None:
    # near miss: "Trước đó, sáng 18/11" is the lead's own day
    main = _main(
        "Chiều 18/11, Chủ tịch nước Trần Văn Đạt dự Hội nghị cấp cao APEC tại Lima.\n\n"
        "Trước đó, sáng 18/11, Chủ tịch nước Trần Văn Đạt đã gặp Tổng thống Kim Soo Min.",
        [("Chiều 18/11", "--11-18"), ("sáng 18/11", "--11-18")],
    )
    assert main.type == "meeting"
    assert {p.name for p in main.participants} == {"Trần Văn Đạt", "Kim Soo Min"}


def test_a_background_act_with_no_day_of_its_own_is_left_as_before() -> None:
    # near miss: no day to tell it from the news
    main = _main(
        "Chiều 18/11, Chủ tịch nước Trần Văn Đạt dự Hội nghị cấp cao APEC tại Lima.\n\n"
        "Trước đó, Chủ tịch nước Trần Văn Đạt đã gặp Tổng thống Kim Soo Min.",
        [("Chiều 18/11", "--11-18")],
    )
    assert main.type == "meeting"


def test_a_late_leader_recalled_beside_a_side_is_not_the_other_side() -> None:
    main = _main(
        "Chiều 18/11, Tổng thống Arvid Holm đã có cuộc gặp.\n\nTổng thống Arvid Holm cùng với "
        "cố Chủ tịch nước Trần Văn Đạt đã nâng cấp quan hệ hai nước năm 2015.",
        [("Chiều 18/11", "--11-18")],
    )
    assert "Trần Văn Đạt" not in {p.name for p in main.participants}


def test_an_adviser_beside_a_side_is_still_a_partner() -> None:
    # near miss: "cố vấn" is an adviser, not a late leader
    main = _main(
        "Chiều 18/11, Tổng thống Arvid Holm đã có cuộc gặp.\n\nTổng thống Arvid Holm cùng với "
        "cố vấn Trần Văn Đạt trao đổi về hợp tác kinh tế.",
        [("Chiều 18/11", "--11-18")],
    )
    assert main.type == "meeting"


def test_a_page_whose_news_is_no_act_keeps_the_background_message() -> None:
    # near miss: the lead reports a decision, the headline no act: the message is the event
    main = _main(
        "Ngày 14/3, Chính phủ quyết định hỗ trợ nhân dân vùng bão lũ 100.000 USD.\n\nTrước đó, "
        "ngày 12/3, Chủ tịch nước Trần Văn Đạt đã gửi điện thăm hỏi tới Tổng thống Kim Soo Min.",
        [("Ngày 14/3", "--03-14"), ("ngày 12/3", "--03-12")],
        headline="Việt Nam hỗ trợ nhân dân vùng bão lũ",
    )
    assert main.type == "message"
    assert main.date == "--03-12"
