"""A one-sentence paragraph that tells where the act took place ("Cuộc hội đàm diễn ra tại
X ...") narrates: it is body, not a photo caption, and it places the act. Invented text."""

from __future__ import annotations

import vndiplo

REST = "Hai bộ trưởng nhất trí thúc đẩy thương mại song phương và hợp tác năng lượng."


def test_took_place_paragraph_is_body_and_places_the_act() -> None:
    doc = vndiplo.extract(
        "Chiều 4/3, Bộ trưởng Công Thương Nguyễn Hồng Diên hội đàm với Bộ trưởng Thương mại"
        " Australia Don Farrell.\n\nCuộc hội đàm diễn ra tại trụ sở Bộ Công Thương trong bầu"
        " không khí cởi mở.\n\n" + REST,
        published="2025-03-05",
    )
    assert "trụ sở Bộ Công Thương" in doc.body
    assert doc.events[0].location == "trụ sở Bộ Công Thương"


def test_scene_caption_stays_a_caption() -> None:
    doc = vndiplo.extract(
        "Chiều 4/3, Bộ trưởng Công Thương Nguyễn Hồng Diên hội đàm với Bộ trưởng Thương mại"
        " Australia Don Farrell.\n\nQuang cảnh buổi hội đàm.\n\n" + REST,
        published="2025-03-05",
    )
    assert "Quang cảnh" not in doc.body
