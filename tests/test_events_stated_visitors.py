"""The visitor named by the headline or the lead caption decides who travelled, so a page cut
short after its lead keeps the roles of its meeting or talks (stated_visitors.py).

Each article comes whole and cut after its lead, as a crawler that stops early hands it in;
both must give the same main event. The near misses: a summary line naming someone who is no
side of the meeting, a meeting with no visit anywhere, and a participant the cut-off paragraph
alone named (the cut page legitimately lacks him). Invented names, places and outlets.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import roles

from tests.block_helpers import blocked_document
from vndiplo.model import Document, Event

PEOPLE = {
    "Lương Đức Khiêm": {"titles": ["Thủ tướng"], "country": "VN"},
    "Trịnh Bảo Ngân": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Ragnar Solberg": {"titles": ["Tổng thống Na Uy"], "country": "NO"},
    "Elena Vasquez": {"titles": ["Thủ tướng Chile"], "country": "CL"},
    "Kwame Asante": {"titles": ["Bộ trưởng Ngoại giao Ghana"], "country": "GH"},
    "Phan Thị Yến": {"titles": ["Thứ trưởng Ngoại giao"], "country": "VN"},
}

#: (summary kind, summary line, lead, later paragraph naming the trip, guest, host)
ARTICLES = [
    (
        "caption",
        "Thủ tướng Lương Đức Khiêm tiếp Tổng thống Na Uy Ragnar Solberg đang có chuyến thăm "
        "cấp Nhà nước tới Việt Nam. Ảnh: Hải Đăng",
        "Tại cuộc hội kiến, Thủ tướng Lương Đức Khiêm vui mừng gặp lại Tổng thống Ragnar "
        "Solberg sau lần gặp tại Oslo.",
        "Bày tỏ vui mừng đến thăm Việt Nam lần thứ hai, Tổng thống Ragnar Solberg cảm ơn sự "
        "đón tiếp trọng thị.",
        "Ragnar Solberg",
        "Lương Đức Khiêm",
    ),
    (
        "caption",
        "Chủ tịch nước Trịnh Bảo Ngân đón Thủ tướng Chile Elena Vasquez (Ảnh: Minh Tâm)",
        "Tại buổi hội đàm, Chủ tịch nước Trịnh Bảo Ngân và Thủ tướng Elena Vasquez nhất trí "
        "mở rộng hợp tác nông nghiệp.",
        "Thủ tướng Elena Vasquez vui mừng được sang thăm Việt Nam đúng dịp Xuân mới.",
        "Elena Vasquez",
        "Trịnh Bảo Ngân",
    ),
    (
        "caption",
        "Thủ tướng Lương Đức Khiêm đón Thủ tướng Chile Elena Vasquez sang thăm Việt Nam. "
        "Ảnh: Quang Vinh",
        "Tại cuộc gặp, Thủ tướng Lương Đức Khiêm và Thủ tướng Elena Vasquez bàn về hợp tác "
        "khoa học.",
        "Thủ tướng Elena Vasquez đến thăm Việt Nam theo lời mời của Thủ tướng Lương Đức Khiêm.",
        "Elena Vasquez",
        "Lương Đức Khiêm",
    ),
    (
        "headline",
        "Thứ trưởng Phan Thị Yến tiếp Bộ trưởng Ngoại giao Ghana",
        "Sáng 4/6, Thứ trưởng Phan Thị Yến đã hội đàm với Bộ trưởng Ngoại giao Ghana Kwame Asante.",
        "Ông Kwame Asante đang có chuyến thăm làm việc Việt Nam từ 3 đến 6/6.",
        "Kwame Asante",
        "Phan Thị Yến",
    ),
]


def _main(parts: Sequence[tuple[str, str]], headline: str = "") -> Event:
    doc: Document = blocked_document(parts, PEOPLE, title=headline or None)
    return extract_events(doc)[0]


def _parts(kind: str, summary: str, paragraphs: Sequence[str]) -> tuple[list, str]:
    body = [("body", p) for p in paragraphs]
    if kind == "headline":
        return body, summary
    return [("caption", summary), *body], ""


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a[5])
def test_the_summary_line_names_the_visitor_of_a_page_cut_after_its_lead(
    article: tuple[str, str, str, str, str, str],
) -> None:
    kind, summary, lead, later, guest, host = article
    filler = "Hai bên trao đổi về hợp tác kinh tế, giáo dục và du lịch trong thời gian tới."
    whole, headline = _parts(kind, summary, [lead, filler, later])
    cut, _ = _parts(kind, summary, [lead, filler[:40]])
    want = sorted([(guest, "guest"), (host, "host")])
    for parts in (whole, cut):
        main = _main(parts, headline)
        assert sorted(roles(main)) == want, parts


def test_a_visitor_of_the_summary_who_is_no_side_keeps_the_sides_open() -> None:
    # the caption's guest is someone else: the meeting's own sides are not told apart by it
    caption = "Thủ tướng Lương Đức Khiêm tiếp Bộ trưởng Ngoại giao Ghana Kwame Asante. Ảnh: K"
    lead = (
        "Tại cuộc gặp, Chủ tịch nước Trịnh Bảo Ngân và Tổng thống Ragnar Solberg trao đổi về "
        "hợp tác năng lượng."
    )
    main = _main([("caption", caption), ("body", lead)])
    assert {r for _, r in roles(main)} == {"participant"}


def test_no_summary_and_no_visit_leave_a_meeting_of_equals() -> None:
    lead = (
        "Tại cuộc gặp, Thủ tướng Lương Đức Khiêm và Tổng thống Ragnar Solberg trao đổi về hợp "
        "tác năng lượng."
    )
    main = _main([("body", lead)])
    assert {r for _, r in roles(main)} == {"participant"}


def test_a_participant_named_only_in_the_cut_paragraph_is_legitimately_missing() -> None:
    caption = "Thủ tướng Lương Đức Khiêm tiếp Tổng thống Na Uy Ragnar Solberg. Ảnh: Hải Đăng"
    lead = (
        "Chiều 8/5, Thủ tướng Lương Đức Khiêm đã tiếp Tổng thống Ragnar Solberg đang có "
        "chuyến thăm Việt Nam."
    )
    later = "Cùng dự buổi tiếp có Thứ trưởng Ngoại giao Phan Thị Yến."
    whole = _main([("caption", caption), ("body", lead), ("body", later)])
    cut = _main([("caption", caption), ("body", lead)])
    assert whole.type == cut.type == "reception"
    assert ("Ragnar Solberg", "guest") in roles(cut)
    assert ("Lương Đức Khiêm", "host") in roles(cut)
    assert "Phan Thị Yến" not in {n for n, _ in roles(cut)}
