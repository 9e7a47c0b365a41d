"""An event noun after "sau" / "trước" / "kể từ" that its own time phrase dates coarsely (a
month, a year, "hồi ...") is an earlier occurrence the article recalls, never its main event
(round 8, in invented words: other leaders, levels and dates).

A phone call "ngay sau cuộc gặp trong khuôn khổ Hội nghị X (tháng 11/2024)" reports the call; the
meeting is what came before it. Near misses: "Ngay sau cuộc hội đàm, ..." and a noun dated by
the day ("sau cuộc gặp sáng 3/6") refer back to the reported event itself.
"""

from __future__ import annotations

import pytest

from vndiplo import Runner

_RUNNER = Runner()

RECALLED = [
    # a government head's call, the earlier summit meeting dated by a bracketed month
    "Thủ tướng Lê Minh Khang điện đàm với Tổng thống Indonesia Joko Widodo\n"
    "Ngày 14/3, Thủ tướng Lê Minh Khang bày tỏ vui mừng có cuộc trao đổi với Tổng thống Joko "
    "Widodo ngay sau cuộc gặp trong khuôn khổ Hội nghị Cấp cao APEC (tháng 11/2024).\n"
    "Hai bên nhất trí thúc đẩy hợp tác thương mại, đầu tư và năng lượng.",
    # a minister's call, the earlier meeting dated by a year
    "Bộ trưởng Ngoại giao Bùi Quang Vinh điện đàm với Ngoại trưởng Pháp\n"
    "Bộ trưởng Bùi Quang Vinh vui mừng được điện đàm với Ngoại trưởng Jean Moreau, sau buổi "
    "hội kiến tại Paris năm 2024.\n"
    "Hai Bộ trưởng nhất trí phối hợp chuẩn bị các chuyến thăm cấp cao.",
    # a party official's call, the earlier talks dated "đầu tháng 9 năm 2024"
    "Trưởng Ban Đối ngoại Trung ương điện đàm với Trưởng Ban Đối ngoại Lào\n"
    "Chiều 5/2, đồng chí Hoàng Văn Tâm, Trưởng Ban Đối ngoại Trung ương đã điện đàm với đồng "
    "chí Khamphan Sitthidampha, Trưởng Ban Đối ngoại Trung ương Đảng NDCM Lào, hai tháng sau "
    "cuộc hội đàm đầu tháng 9 năm 2024 tại Viêng Chăn.\n"
    "Hai bên trao đổi về công tác đối ngoại Đảng.",
    # a state president's call, "kể từ cuộc gặp hồi ..."
    "Chủ tịch nước Đỗ Văn Lực điện đàm với Tổng thống Chile\n"
    "Tối 20/10, Chủ tịch nước Đỗ Văn Lực điện đàm với Tổng thống Chile Mario Vargas, lần "
    "trao đổi đầu tiên kể từ cuộc gặp hồi đầu năm tại Santiago.\n"
    "Hai nhà lãnh đạo nhất trí tăng cường hợp tác nông nghiệp.",
]


@pytest.mark.parametrize("text", RECALLED)
def test_a_recalled_meeting_is_not_the_main_event(text: str) -> None:
    events = _RUNNER.run({"id": "x", "text": text, "published": "2025-03-14"}).events
    assert events[0].type == "phone_call"
    assert len(events[0].participants) == 2
    recalled = [e for e in events if e.type in ("meeting", "talks")]
    assert all(e.referenced for e in recalled)


def test_a_recalled_meeting_on_a_page_without_a_call_word_is_referenced() -> None:
    # a province's exchange, worded without a call trigger: the recalled meeting stays
    # referenced, never reported
    text = (
        "Chủ tịch tỉnh Quảng Ninh trao đổi trực tuyến với Thống đốc Quảng Tây\n"
        "Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Minh cảm ơn Thống đốc Lam Thiên Phúc đã dành "
        "thời gian trao đổi, sau cuộc gặp hồi tháng 5 tại Nam Ninh.\n"
        "Hai bên thống nhất tăng cường hợp tác cửa khẩu."
    )
    events = _RUNNER.run({"id": "x", "text": text, "published": "2025-12-12"}).events
    assert events and all(e.referenced for e in events if e.type == "meeting")


NEAR_MISSES = [
    # the talks themselves, referred back to right after they happened
    (
        "Thủ tướng Phạm Văn Hòa hội đàm với Thủ tướng Thái Lan\n"
        "Ngay sau cuộc hội đàm, Thủ tướng Phạm Văn Hòa và Thủ tướng Thái Lan Somchai Wongsa "
        "đã gặp gỡ báo chí.\n"
        "Hai bên nhất trí nâng cấp quan hệ.",
        "talks",
    ),
    # a noun dated by its day is the reported event's own account
    (
        "Chủ tịch nước Đỗ Văn Lực gặp Tổng thống Chile\n"
        "Ngay sau cuộc gặp sáng 3/6 tại Phủ Chủ tịch, Chủ tịch nước Đỗ Văn Lực và Tổng thống "
        "Chile Mario Vargas đã cùng gặp gỡ báo chí.",
        "meeting",
    ),
    # "Tại cuộc gặp" with its own day: the event itself
    (
        "Thủ tướng Phạm Văn Hòa gặp Thủ tướng Nhật Bản\n"
        "Tại cuộc gặp bên lề Hội nghị G7 chiều 20/5, Thủ tướng Phạm Văn Hòa và Thủ tướng Nhật "
        "Bản Kenji Ota trao đổi về quan hệ hai nước.",
        "meeting",
    ),
]


@pytest.mark.parametrize(("text", "kind"), NEAR_MISSES)
def test_a_back_reference_to_the_reported_event_stays(text: str, kind: str) -> None:
    events = _RUNNER.run({"id": "x", "text": text, "published": "2025-06-03"}).events
    assert events[0].type == kind
    assert not events[0].referenced
    assert len(events[0].participants) == 2
