"""A later paragraph's date written inside another act's phrase ("chúc mừng việc khánh thành nhà
máy ngày D") is that act's day: a meeting whose own sentence has no date does not borrow it. A
date opening its clause, or one after a trigger of the meeting's own type, still dates it.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

import pytest

from vndiplo import Runner

_HEAD = "Chủ tịch Quốc hội Lào hội kiến Chủ tịch Hạ viện Malaysia\n\n"
_MEETING = (
    "Tại cuộc hội kiến, Chủ tịch Quốc hội Lào Saysana Keomany cảm ơn Chủ tịch Hạ viện "
    "Malaysia Razali Hamzah về sự đón tiếp nồng hậu.\n\n"
)
_PROVINCE_HEAD = "Bí thư Tỉnh ủy Quảng Trị tiếp Tỉnh trưởng Savannakhet\n\n"
_PROVINCE = (
    "Tại buổi tiếp, Bí thư Tỉnh ủy Quảng Trị Hồ Văn Khải cảm ơn Tỉnh trưởng Savannakhet "
    "Bounthong Sivilay đã sang thăm tỉnh.\n\n"
)


def _main(text: str) -> tuple[str, str | None]:
    doc = Runner().run({"id": "t", "text": text, "published": "2031-05-20"})
    assert doc.events, text
    return doc.events[0].type, doc.events[0].date


@pytest.mark.parametrize(
    "later",
    [
        "Ông Saysana Keomany chúc mừng Malaysia về việc khánh thành nhà máy điện mặt trời "
        "Kedah ngày 3/5/2031 và mong hai bên hợp tác nhiều hơn.",
        "Hai bên nhắc lại lễ ký Hiệp định hợp tác năng lượng hôm 2/1/2031 tại Viêng Chăn.",
        "Phía Malaysia đánh giá cao việc mở đường bay thẳng Kuala Lumpur - Viêng Chăn từ ngày "
        "1/4/2031.",
        "Ông bày tỏ vui mừng trước thành công của Hội chợ thương mại ASEAN khai mạc ngày "
        "12/5/2031 ở Penang.",
    ],
)
def test_another_acts_date_in_a_later_paragraph_is_not_borrowed(later: str) -> None:
    kind, date = _main(_HEAD + _MEETING + later)
    assert kind == "meeting"
    assert date is None


def test_province_level_reception_does_not_borrow_a_border_gate_opening() -> None:
    later = "Ông Hồ Văn Khải chúc mừng tỉnh bạn khai trương cửa khẩu quốc tế mới ngày 10/4/2031."
    kind, date = _main(_PROVINCE_HEAD + _PROVINCE + later)
    assert kind == "reception"
    assert date is None


@pytest.mark.parametrize(
    "later",
    [
        # a date opening its clause sets the scene and may be the meeting's
        "Sáng 3/5/2031, hai bên cũng trao đổi về hợp tác nghị viện.",
        "Cũng trong ngày 3/5/2031, hai bên trao đổi về hợp tác nghị viện.",
        # a date after a trigger of the meeting's own type, even past a place's comma
        "Cuộc hội kiến ngày 3/5/2031 diễn ra trong không khí thân mật.",
        "Trong cuộc hội kiến tại Kuala Lumpur, Malaysia ngày 3/5/2031, hai bên nhất trí tăng "
        "cường hợp tác.",
    ],
)
def test_a_scene_date_or_the_meetings_own_date_is_still_borrowed(later: str) -> None:
    kind, date = _main(_HEAD + _MEETING + later)
    assert kind == "meeting"
    assert date == "2031-05-03"
