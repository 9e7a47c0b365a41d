"""A line that closes no sentence but stands before more of the article is body, not a byline
after it (round 15 audit: "... đầu tư. TTXVN" between two paragraphs lost its text). Our own
sentences; trailing bylines and source lines after the last sentence are still dropped."""

from __future__ import annotations

import pytest

import vndiplo

HEAD = "Thủ tướng tiếp Đại sứ Hàn Quốc"
LEAD = "Chiều 14/5, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hàn Quốc Choi Young-sam."
#: a short closing sentence, no paragraph of its own: the article goes on all the same
NEXT = "Đại sứ cảm ơn Thủ tướng."


@pytest.mark.parametrize(
    "middle",
    [
        "Hai bên nhất trí thúc đẩy hợp tác đầu tư. TTXVN",
        "Hai bên nhất trí thúc đẩy hợp tác đầu tư. VOV",
        "Hai bên nhất trí mở rộng hợp tác giáo dục... N.H",
        "Hai bên nhất trí thúc đẩy hợp tác đầu tư, thương mại, giáo dục và du lịch. PV",
        "Hai bên cũng trao đổi về hợp tác văn hóa và du lịch",
    ],
)
def test_a_line_before_more_sentences_stays_body(middle: str) -> None:
    text = "\n\n".join([HEAD, LEAD, middle, NEXT])
    doc = vndiplo.extract(text, published="2024-05-15")
    assert middle.split(".")[0].split(",")[0] in doc.body, doc.body
    assert NEXT in doc.body


@pytest.mark.parametrize("tail", ["Hùng Phong", "Minh Anh - Quốc Tuấn", "Theo TTXVN"])
def test_a_line_after_the_last_sentence_is_still_no_body(tail: str) -> None:
    text = "\n\n".join([HEAD, LEAD, NEXT, tail])
    doc = vndiplo.extract(text, published="2024-05-15")
    assert tail not in doc.body


def test_a_source_line_before_a_byline_is_no_body() -> None:
    text = "\n\n".join([HEAD, LEAD, NEXT, "Nguồn: Báo Quốc tế", "Hùng Phong"])
    doc = vndiplo.extract(text, published="2024-05-15")
    assert "Nguồn" not in doc.body and "Hùng Phong" not in doc.body
