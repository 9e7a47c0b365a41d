"""Round 12 (choice12c): main-event type and trigger.

- "nhận lời mời của <host office> nước này, <guest office> X sẽ thăm": the pointed-back office
  ("nước này", "nước chủ nhà", "sở tại") is the inviter's, so X stays the visitor, even when X
  also holds the bare office elsewhere on the page;
- "Lễ ký kết Bản ghi nhớ": the ceremony's trigger keeps the whole act word "ký kết".
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import extract


@pytest.mark.parametrize(
    "pointed",
    ["Thủ tướng nước này", "Tổng thống nước chủ nhà", "người đồng cấp nước bạn"],
)
def test_pointed_back_inviter_leaves_the_visitor(pointed: str) -> None:
    text = (
        "Thủ tướng Ba Lan sắp thăm chính thức Peru\n\n"
        f"Bộ Ngoại giao Peru ngày 4/3 cho biết nhận lời mời của {pointed}, Thủ tướng Ba Lan "
        "Jan Kowalczyk sẽ sang thăm Peru vào ngày 10/3.\n"
        "Trong khuôn khổ chuyến thăm, Thủ tướng Jan Kowalczyk sẽ hội đàm với người đồng cấp "
        "Peru Luis Quispe.\n"
        "Thủ tướng Jan Kowalczyk cũng sẽ dự một diễn đàn doanh nghiệp, Ngoại trưởng Peru Ana "
        "Flores trong cuộc họp báo cho biết.\n"
    )
    doc = extract(text, published="2019-03-04")
    main = doc.events[0]
    assert main.type == "visit"
    assert ("Jan Kowalczyk", "guest") in {(p.name, p.role) for p in main.participants}


@pytest.mark.parametrize("paper", ["Bản ghi nhớ hợp tác", "Thỏa thuận hữu nghị", "các văn kiện"])
def test_signing_ceremony_keeps_the_whole_act_word(paper: str) -> None:
    text = (
        f"Sáng 12/4, UBND tỉnh Hòa Bình và tỉnh Gyeonggi tổ chức Lễ ký kết {paper} giữa hai "
        "địa phương.\n"
        "Chủ tịch UBND tỉnh Nguyễn Văn Hải và Tỉnh trưởng Kim Min-jun cùng ký.\n"
    )
    doc = extract(text, published="2020-04-12")
    assert doc.events[0].type == "signing"
    assert doc.events[0].trigger.lower().endswith("ký kết")


@given(
    st.sampled_from(["nước này", "nước chủ nhà", "sở tại", "nước bạn"]),
    st.sampled_from(["các cuộc gặp", "những cuộc hội kiến"]),
    st.integers(min_value=1, max_value=28),
)
def test_pages_keep_valid_offsets(pointed: str, meetings: str, day: int) -> None:
    text = (
        f"Ngày {day}/5, nhận lời mời của Thủ tướng {pointed}, Thủ tướng Ba Lan Jan Kowalczyk "
        f"sẽ sang thăm Peru và có {meetings} với Tổng thống Peru, Ngoại trưởng Chile.\n"
    )
    doc = extract(text)
    assert not doc.errors
    for event in doc.events:
        quoted = doc.text[event.evidence.start : event.evidence.end]
        assert quoted and len(quoted) == event.evidence.end - event.evidence.start
