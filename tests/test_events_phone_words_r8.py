"""A phone call told in plain words ("trao đổi / nói chuyện / trò chuyện (qua) điện thoại với
X"), in invented words (round 8). Near misses: a phone number or an exchange of letters is no
call, and the reception they follow stays the main event."""

from __future__ import annotations

import pytest

import vndiplo


def _main(text: str) -> vndiplo.Event:
    doc = vndiplo.Runner().run({"id": "p", "text": text, "published": "2024-10-20"})
    assert doc.events
    return doc.events[0]


@pytest.mark.parametrize(
    "lead",
    [
        "Tối 15/10, Thủ tướng Phan Quốc Việt đã trao đổi qua điện thoại với Thủ tướng Thái Lan "
        "Somchai Wong.",
        "Chiều 15/10, Bộ trưởng Ngoại giao Đỗ Minh Tú có cuộc trao đổi qua điện thoại với "
        "Ngoại trưởng Chile Ana Soto.",
        "Ngày 15/10, Chủ tịch nước Trần Văn Nam nói chuyện điện thoại với Tổng thống Kenya "
        "William Otieno về hợp tác.",
        "Sáng 15/10, Chủ tịch UBND tỉnh Trần Minh Đức đã trò chuyện qua điện thoại với Tỉnh "
        "trưởng tỉnh Gyeonggi Kim Sung-ho.",
        "Ngày 15/10, Bí thư Thành ủy Lê Hoài Nam trao đổi điện thoại với Bí thư Thành ủy Viêng "
        "Chăn Anousone Vong.",
    ],
)
def test_plain_phone_words_are_a_call(lead: str) -> None:
    event = _main(f"Tin đối ngoại\n\n{lead}\n")
    assert event.type == "phone_call"
    assert event.date == "2024-10-15"


@pytest.mark.parametrize(
    "tail",
    [
        "Hai bên thống nhất trao đổi thông tin qua thư điện tử và số điện thoại đường dây nóng.",
        "Hai bên nhất trí trao đổi thư và giữ liên lạc thường xuyên.",
    ],
)
def test_phone_number_or_letters_no_call(tail: str) -> None:
    event = _main(
        "Tin đối ngoại\n\nSáng 15/10, Chủ tịch UBND tỉnh Trần Minh Đức tiếp Đại sứ Chile Ana "
        f"Soto. {tail}\n"
    )
    assert event.type == "reception"
