"""Kickers: a short label of any wording printed before the lead on the lead's own line.

A station's name, a source ("Theo ... :"), a section name, a "Tin <Place> –" dateline or the
post's date in brackets is no part of the lead's sentence, so the body starts after it. The
label counts only before a lead that opens with a date phrase (a dateline needs none), so a
sentence that happens to hold a dash or a colon keeps its first words.
"""

from __future__ import annotations

import datetime as dt

import pytest
import vndiplo_boilerplate as plugin
from vndiplo_boilerplate import rules

import vndiplo
from vndiplo import Document

TITLE = "Tỉnh Kon Tum đón đoàn đại biểu tỉnh Sê Kông"
NEXT = (
    "Hai bên đã trao đổi về kết quả hợp tác trong năm qua và thống nhất nhiều nội dung cho "
    "giai đoạn tới, nhất là giao thương qua cửa khẩu."
)


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def first_body(text: str) -> str:
    doc = Document(text)
    kept = [b for b in plugin.clean_text(doc.normalized) if b.kind == "body"]
    return text[kept[0].start : kept[0].end]


@pytest.mark.parametrize(
    ("kicker", "lead"),
    [
        ("Kon Tum TV - ", "Chiều 4/3, lãnh đạo tỉnh Kon Tum đã tiếp đoàn đại biểu tỉnh Sê Kông."),
        ("Theo Thông tấn xã Lào: ", "Ngày 4/3, Tỉnh trưởng Sê Kông đã dẫn đầu đoàn sang thăm."),
        ("Tin tức & Sự kiện : ", "Vào ngày 4/3/2021 đoàn đại biểu tỉnh Sê Kông đã tới Kon Tum."),
        # A hyphen inside the label's words is no separator: the colon ends the label.
        ("Bà Rịa-Vũng Tàu: ", "Chiều 4/3, lãnh đạo tỉnh đã tiếp đoàn đại biểu tỉnh Sê Kông."),
        ("Đối ngoại   TNKT: ", "Từ ngày 3 - 5/3/2021, đoàn thanh niên tỉnh đã giao lưu tại Lào."),
        (
            "Theo tin phóng viên thường trú – ",
            "Sáng nay, đoàn đại biểu tỉnh Sê Kông do Phó Tỉnh trưởng dẫn đầu đã đến Kon Tum.",
        ),
    ],
)
def test_a_label_before_a_dated_lead_is_no_part_of_the_body(kicker: str, lead: str) -> None:
    text = page(TITLE, kicker + lead, NEXT)
    assert first_body(text) == lead


def test_a_news_dateline_before_the_lead_is_no_part_of_the_body() -> None:
    lead = "Bộ trưởng Ngoại giao Úc có cuộc gặp với người đồng nhiệm Nhật Bản vào chiều nay."
    for dateline in ("Tin Canberra – ", "Tin Tân Tây Lan - "):
        assert first_body(page(TITLE, dateline + lead, NEXT)) == lead


def test_a_bracketed_post_date_is_the_page_stamp_not_body() -> None:
    lead = "Sáng ngày 9/4, Hội đồng nhân dân tỉnh đã bế mạc kỳ họp thường lệ đầu năm."
    text = page(TITLE, "(09/04/2019)" + lead, NEXT)
    assert first_body(text) == lead
    doc = vndiplo.Runner().run({"id": "k", "text": text})
    assert doc.published == dt.date(2019, 4, 9)


@pytest.mark.parametrize(
    "lead",
    [
        # A dash inside the sentence: no date after it, so no label before it.
        "Hợp tác Việt Nam - Lào giữa hai tỉnh biên giới đã được hai bên đánh giá cao trong buổi "
        "làm việc với lãnh đạo tỉnh Sê Kông.",
        "Đoàn Kon Tum - Sê Kông đã trao đổi về nhiều nội dung hợp tác trong năm qua rồi.",
        # A colon that opens a list or a quote, not a lead's date.
        "Hai bên nhất trí: tăng cường trao đổi đoàn các cấp và mở thêm cửa khẩu phụ.",
        # A date before the dash: the sentence itself.
        "Ngày 4/3 - ngày đầu của chuyến thăm, đoàn đã làm việc với lãnh đạo tỉnh Sê Kông.",
        # Too long to be a label: the first clause of the lead.
        "Lãnh đạo tỉnh Kon Tum cùng các sở ngành liên quan của tỉnh: chiều 4/3 đã tiếp đoàn.",
    ],
)
def test_a_lead_without_a_label_keeps_its_first_words(lead: str) -> None:
    assert rules.lead_credit(lead) is None
    assert first_body(page(TITLE, lead, NEXT)) == lead
