"""A page's last line cut inside an office's body is the article's end, not a credit (round 17).

Below a caption, a line of names and offices alone is that photo's credit ("Thu Hà – Sở Ngoại
vụ") or its subject ("Thủ tướng X"); both end on a name or follow a dash. A line ending inside an
office's body ("Chủ nhiệm Ủy ba"), cut by the excerpt, is the article's next sentence. Found by
the round's transfer check; invented wordings.
"""

from __future__ import annotations

import pytest

import vndiplo

PAGE = [
    "Ủy ban Đối ngoại tiếp đoàn Ủy ban Kinh tế Quốc hội Cam-pu-chia",
    "Chiều 8/10, tại Nhà Quốc hội, Chủ nhiệm Ủy ban Đối ngoại Lê Quang Minh đã tiếp đoàn Ủy ban"
    " Kinh tế Quốc hội Cam-pu-chia do ông Chhay Sokha làm trưởng đoàn.",
    "Hai bên trao đổi về công tác chuẩn bị cho kỳ họp chung của các ủy ban đối ngoại ba nước.",
    "Đoàn Ủy ban Kinh tế Quốc hội Cam-pu-chia tại buổi tiếp",
]


def _kept(last: str) -> bool:
    text = "\n\n".join([*PAGE, last])
    doc = vndiplo.extract(text, published="2019-10-09")
    return any(b.kind == "body" and text[b.start : b.end] == last for b in doc.blocks)


def test_line_cut_inside_an_office_is_the_article_end() -> None:
    assert _kept("Chủ nhiệm Ủy ba")


@pytest.mark.parametrize("credit", ["Thu Hà – Ban Đối ngoại", "Chủ nhiệm Lê Quang Minh"])
def test_credit_or_subject_under_the_caption_stays_out(credit: str) -> None:
    assert not _kept(credit)
