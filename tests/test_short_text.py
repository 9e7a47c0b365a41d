"""A short text is an article too (issue 14): a sentence or a lead paragraph yields its facts."""

from __future__ import annotations

import vndiplo


def test_single_sentence_yields_its_date_and_event() -> None:
    doc = vndiplo.extract("Ngày 21 tháng 09 năm 2025, hai bên đã hội đàm.")
    assert [d.value for d in doc.dates] == ["2025-09-21"]
    assert [e.type for e in doc.events] == ["talks"]
    assert doc.to_dict()["title"] == "Ngày 21 tháng 09 năm 2025, hai bên đã hội đàm."


def test_headline_only_row_names_its_people() -> None:
    doc = vndiplo.extract("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản")
    assert [p.name for p in doc.people] == ["Phạm Minh Chính"]
    assert doc.events and doc.events[0].type == "reception"


def test_two_line_lead_is_read_whole() -> None:
    text = "Sáng 5/3, Chủ tịch nước tiếp Đại sứ Nhật Bản.\nHai bên trao đổi về hợp tác."
    doc = vndiplo.extract(text, published="2025-03-06")
    assert [d.value for d in doc.dates] == ["2025-03-05"]
    assert doc.events and doc.events[0].date == "2025-03-05"


def test_a_page_with_a_body_is_unchanged() -> None:
    text = "Tiêu đề bài\n\nChiều 18/2, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp ông Lee Jae Myung.\n"
    doc = vndiplo.extract(text, published="2025-02-19")
    assert [b.kind for b in doc.blocks][:2] == ["title", "body"]
    assert not any(b.rule.startswith("no-body") for b in doc.blocks)
