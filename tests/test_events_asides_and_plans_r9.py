"""Acts a page sets beside its own are never its event, and never date it (round 9, corpus class
1, in invented words: other leaders, levels, outlets and dates).

- A time comparison ("Đây cũng là thời điểm X thăm A", "Điều này trùng với dịp Y được đón
  tiếp") equates the page's time with another act: that act is referenced.
- A plan's act ("cân nhắc kế hoạch thăm A", "có dự định gặp B") did not take place: planned.
- A mention in a "Trước đó, ..." sentence tells an earlier occurrence: it lends no other
  sentence's event of the same kind its date.
Near misses: "Chuyến thăm diễn ra vào thời điểm ..." (the act before the time noun stays),
"Đây là dịp để hai bên hội đàm" (a purpose, no coincidence), a sentence without "Trước đó".
"""

from __future__ import annotations

import pytest

from vndiplo import Runner

_RUNNER = Runner()


def _events(text: str, published: str | None = "2024-10-02"):  # type: ignore[no-untyped-def]
    return _RUNNER.run({"id": "x", "text": text, "published": published}).events


COMPARED = [
    # a minister's trip, another visitor's reception set beside it
    (
        "Bộ trưởng Quốc phòng Úc Mark Hollis thăm Việt Nam\n"
        "Bộ trưởng Quốc phòng Úc Mark Hollis thăm chính thức Việt Nam từ ngày 2 đến 4/10. "
        "Đây cũng trùng vào khoảng thời gian Hà Nội đón tiếp Ngoại trưởng Nga Sergei Rudov.\n"
        "Ông Mark Hollis sẽ hội đàm với Bộ trưởng Quốc phòng Lương Văn Sỹ.",
        "Sergei Rudov",
    ),
    # "Đó cũng là thời điểm": a party delegation, another leader's visit elsewhere
    (
        "Đoàn Ban Đối ngoại Trung ương thăm Campuchia\n"
        "Chiều 2/10, Trưởng Ban Đối ngoại Trung ương Hoàng Văn Tâm đến Phnom Penh. Đó cũng là "
        "thời điểm Thủ tướng Thái Lan Somchai Rattana thăm Campuchia.\n"
        "Đồng chí Hoàng Văn Tâm sẽ hội kiến Chủ tịch Thượng viện Campuchia.",
        "Somchai Rattana",
    ),
    # "Điều này trùng với dịp": a province, another governor received next door
    (
        "Chủ tịch tỉnh Lạng Sơn tiếp Bí thư Khu ủy Quảng Tây\n"
        "Sáng 2/10, Chủ tịch UBND tỉnh Lạng Sơn Đoàn Minh Hải tiếp Bí thư Khu ủy Quảng Tây Lưu "
        "Kiến Quân. Điều này trùng với dịp tỉnh Cao Bằng tiếp Thống đốc Vân Nam Vương Dũng.\n"
        "Hai bên trao đổi về hợp tác cửa khẩu.",
        "Vương Dũng",
    ),
    # "Chuyến thăm này diễn ra đúng thời điểm": the compared act after the time noun
    (
        "Tổng thống Chile thăm Việt Nam\n"
        "Tổng thống Chile Mario Vargas bắt đầu thăm cấp Nhà nước Việt Nam ngày 2/10. Chuyến "
        "thăm này diễn ra đúng thời điểm Thủ tướng Singapore Lee Wen Hao thăm Lào.\n"
        "Tổng thống Mario Vargas sẽ hội đàm với Chủ tịch nước Đỗ Văn Lực.",
        "Lee Wen Hao",
    ),
]


@pytest.mark.parametrize(("text", "other"), COMPARED)
def test_an_act_in_a_time_comparison_is_referenced(text: str, other: str) -> None:
    for event in _events(text):
        if other in {p.name for p in event.participants}:
            assert event.referenced, event


def test_the_act_before_the_time_noun_keeps_its_form() -> None:
    text = (
        "Chủ tịch nước tiếp Tổng thống Chile\n"
        "Sáng 2/10, Chủ tịch nước Đỗ Văn Lực tiếp Tổng thống Chile Mario Vargas. Cuộc tiếp diễn "
        "ra vào thời điểm hai nước kỷ niệm 55 năm quan hệ ngoại giao.\n"
    )
    main = _events(text)[0]
    assert main.type == "reception" and not main.referenced
    assert {p.name for p in main.participants} == {"Đỗ Văn Lực", "Mario Vargas"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a purpose ("dịp để"), not a coincidence
        "Đây là dịp để Chủ tịch nước Đỗ Văn Lực hội đàm với Tổng thống Chile Mario Vargas.",
        "Đây là thời gian để Chủ tịch nước Đỗ Văn Lực hội đàm với Tổng thống Chile Mario Vargas.",
        # no demonstrative subject: a report
        "Cùng ngày 2/10, Chủ tịch nước Đỗ Văn Lực hội đàm với Tổng thống Chile Mario Vargas.",
    ],
)
def test_near_misses_of_a_time_comparison_stay_reported(sentence: str) -> None:
    talks = [e for e in _events("Tin đối ngoại\n" + sentence) if e.type == "talks"]
    assert talks and not talks[0].referenced


PLANS = [
    "Trước đó, hồi tháng 6, báo chí Hàn Quốc cho biết ông Park Min-jun đã cân nhắc kế hoạch "
    "thăm Việt Nam.",
    "Bộ trưởng Park Min-jun có dự định thăm Việt Nam trong năm nay.",
    "Tháng trước, ông Park Min-jun từng lên kế hoạch gặp Bộ trưởng Lương Văn Sỹ.",
]


@pytest.mark.parametrize("sentence", PLANS)
def test_a_plans_act_is_not_reported(sentence: str) -> None:
    events = _events("Tin quốc phòng\n" + sentence)
    assert all(e.referenced for e in events), events


def test_a_recalled_mention_lends_no_date_to_the_planned_meeting() -> None:
    text = (
        "Bộ trưởng Quốc phòng Hàn Quốc Park Min-jun thăm Việt Nam\n"
        "Truyền thông Hàn Quốc cho biết ông Park Min-jun sẽ gặp Bộ trưởng Quốc phòng Việt Nam "
        "Lương Văn Sỹ để thảo luận về hợp tác công nghiệp quốc phòng.\n"
        "Trước đó, vào tháng Năm, báo chí đưa tin ông Park Min-jun có cuộc gặp với Bộ trưởng "
        "Quốc phòng Việt Nam Lương Văn Sỹ vào giữa tháng Sáu nhưng chuyến đi bị hoãn.\n"
    )
    meetings = [e for e in _events(text, None) if e.type == "meeting" and e.planned]
    assert meetings
    assert all(e.date is None or not e.date.startswith("--05") for e in meetings)


def test_a_later_mention_without_before_still_dates_the_event() -> None:
    # near miss: no "Trước đó", the second mention names the day of the same meeting
    text = (
        "Bộ trưởng Quốc phòng Hàn Quốc gặp Bộ trưởng Lương Văn Sỹ\n"
        "Bộ trưởng Quốc phòng Hàn Quốc Park Min-jun đã gặp Bộ trưởng Quốc phòng Việt Nam "
        "Lương Văn Sỹ.\n"
        "Cuộc gặp giữa ông Park Min-jun và ông Lương Văn Sỹ diễn ra sáng 3/10 tại Hà Nội.\n"
    )
    main = _events(text)[0]
    assert main.date is not None and main.date.endswith("10-03")
