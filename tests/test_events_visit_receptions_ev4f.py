"""A visit's hosts named only in the receptions and talks it holds, in invented words (round
4, ev4f): when the other side of that reception or those talks is just the delegation ("tiếp
Đoàn", "hội đàm với đoàn ... do X dẫn đầu"), the people named there host the visit."""

from __future__ import annotations

import re

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

from vndiplo.annotations import Block

PEOPLE = titled(
    {
        "Triệu Minh Khải": ("Bí thư Thị ủy Quảng Tây", "CN"),
        "Đặng Văn Hòa": ("Bí thư Thành ủy Đà Nẵng", "VN"),
        "Lưu Quang Tuấn": ("Trưởng Ban Dân vận Trung ương", "VN"),
        "Vương Kiến Hoa": ("Phó đoàn", "CN"),
    }
)
LEAD = (
    "Nhận lời mời của Ban Đối ngoại Trung ương, Đoàn đại biểu Đảng Cộng sản Trung Quốc do ông "
    "Triệu Minh Khải, Bí thư Thị ủy Quảng Tây, làm Trưởng đoàn, thăm và làm việc tại Việt Nam "
    "từ ngày 3 đến 6/9. "
)


def test_who_received_the_delegation_hosts_the_visit() -> None:
    text = LEAD + (
        "Sáng 4/9, tại Đà Nẵng, ông Đặng Văn Hòa, Bí thư Thành ủy Đà Nẵng, đã thân mật tiếp "
        "Đoàn. Ông Đặng Văn Hòa cảm ơn Đoàn đã sang thăm."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert main.type == "visit"
    assert roles(main) == [("Triệu Minh Khải", "guest"), ("Đặng Văn Hòa", "host")]


def test_the_head_of_the_delegation_holding_talks_with_it_hosts_the_visit() -> None:
    text = LEAD + (
        "Chiều 3/9, Đoàn đại biểu Đảng Cộng sản Việt Nam do ông Lưu Quang Tuấn, Trưởng Ban Dân "
        "vận Trung ương, làm Trưởng đoàn, đã hội đàm với Đoàn đại biểu Đảng Cộng sản Trung Quốc."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert ("Lưu Quang Tuấn", "host") in roles(main)


def test_talks_with_a_delegation_led_by_someone_abroad() -> None:
    people = titled(
        {
            "Lê Thành Nam": ("Trưởng Ban Tuyên giáo Trung ương", "VN"),
            "Khăm-phăn Xỉ-xổm": ("Trưởng Ban Tuyên huấn Trung ương Lào", "LA"),
        }
    )
    text = (
        "Đoàn đại biểu Ban Tuyên giáo Trung ương do đồng chí Lê Thành Nam dẫn đầu bắt đầu "
        "chuyến thăm và làm việc tại Lào từ ngày 12 đến 15/5. Chiều 12/5, tại Viêng Chăn, Đoàn "
        "đại biểu Ban Tuyên giáo Trung ương đã có cuộc hội đàm với đoàn đại biểu Ban Tuyên huấn "
        "Trung ương Lào do đồng chí Khăm-phăn Xỉ-xổm dẫn đầu."
    )
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Khăm-phăn Xỉ-xổm", "host"), ("Lê Thành Nam", "guest")]


def _paragraphs(text: str) -> tuple[Block, ...]:
    """One body block per paragraph, as the cleaning stage gives them."""
    return tuple(Block(m.start(), m.end(), "body") for m in re.finditer(r"[^\n]+", text))


def test_a_one_line_undated_caption_names_no_host() -> None:
    text = LEAD + "\n\nBí thư Thành ủy Đặng Văn Hòa tiếp Đoàn tại trụ sở Thành ủy.\n\nĐoàn đi thăm."
    dates = [("từ ngày 3 đến 6/9", "--09-03/--09-06")]
    doc = annotate(text, PEOPLE, dates, blocks=_paragraphs(text))
    assert roles(extract_events(doc)[0]) == [("Triệu Minh Khải", "guest")]


def test_a_dated_paragraph_of_one_sentence_is_no_caption() -> None:
    text = LEAD + "\n\nSáng 4/9, Bí thư Thành ủy Đặng Văn Hòa tiếp Đoàn.\n\nĐoàn đi thăm."
    dates = [("từ ngày 3 đến 6/9", "--09-03/--09-06"), ("Sáng 4/9", "--09-04", "morning")]
    doc = annotate(text, PEOPLE, dates, blocks=_paragraphs(text))
    assert ("Đặng Văn Hòa", "host") in roles(extract_events(doc)[0])


def test_a_member_of_the_visiting_side_hosts_nothing() -> None:
    text = LEAD + "Sáng 4/9, Phó đoàn Vương Kiến Hoa đã tiếp đoàn doanh nghiệp Việt Nam."
    main = extract_events(annotate(text, PEOPLE))[0]
    assert roles(main) == [("Triệu Minh Khải", "guest")]


def test_a_reception_of_someone_else_names_no_host() -> None:
    people = {**PEOPLE, **titled({"Phan Thị Lan": ("Đại sứ Việt Nam tại Lào", "VN")})}
    text = LEAD + "Sáng 4/9, ông Đặng Văn Hòa đã tiếp bà Phan Thị Lan tại Đà Nẵng."
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Triệu Minh Khải", "guest")]


def test_the_inviter_who_welcomes_the_delegation_stays_out() -> None:
    text = (
        "Theo lời mời của ông Đặng Văn Hòa, Bí thư Thành ủy Đà Nẵng, Đoàn đại biểu Quảng Tây do "
        "ông Triệu Minh Khải dẫn đầu thăm Đà Nẵng từ ngày 3 đến 6/9. Sáng 4/9, ông Đặng Văn Hòa "
        "đã tiếp Đoàn tại trụ sở Thành ủy."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert roles(main) == [("Triệu Minh Khải", "guest")]
