"""A page that lost its headline, whose lead photo's caption is the only line stating the event.

Agency copies of a story often keep the first photo's caption ("A tiếp B. Ảnh: X") and drop the
title and the lead; the body then tells only what was said. The caption's event and sides make
the main event when the body reports none. Invented names, places and outlets throughout.
"""

from __future__ import annotations

from collections.abc import Sequence

from vndiplo_events import extract_events
from vndiplo_events.lead_caption import lead_caption
from vndiplo_events.testing import roles

from tests.block_helpers import blocked_document
from vndiplo import Runner
from vndiplo.model import Document

PEOPLE = {
    "Đỗ Minh Khoa": {"titles": ["Bộ trưởng Công Thương"], "country": "VN"},
    "Anders Lindqvist": {"titles": ["Đại sứ Thụy Điển"], "country": "SE"},
}
STAMP = "Ngày 03/04/2026"
CAPTION = (
    "Bộ trưởng Công Thương Đỗ Minh Khoa tiếp Đại sứ Thụy Điển Anders Lindqvist. "
    "Ảnh: Lâm Phong - TTXVN"
)
BODY = (
    "Đại sứ Anders Lindqvist chúc mừng Bộ trưởng Đỗ Minh Khoa nhận nhiệm vụ mới và mong hai "
    "bên mở rộng thương mại hàng nông sản.\n\n"
    "Bộ trưởng Đỗ Minh Khoa cảm ơn lời chúc mừng và đề nghị Đại sứ tiếp tục thúc đẩy đầu tư "
    "của doanh nghiệp Thụy Điển."
)


def _doc(parts: Sequence[tuple[str, str]], **fields: object) -> Document:
    return blocked_document(parts, PEOPLE, **fields)


def test_the_lead_caption_gives_the_event_the_body_never_reports() -> None:
    doc = _doc([("dateline", STAMP), ("caption", CAPTION), ("body", BODY)])
    main = extract_events(doc)[0]
    assert main.type == "reception"
    assert roles(main) == [("Anders Lindqvist", "guest"), ("Đỗ Minh Khoa", "host")]


def test_the_caption_credit_is_cut() -> None:
    for credit in ("Ảnh: Lâm Phong", "(Ảnh: Lâm Phong)", "- Ảnh: Lâm Phong", "(Nguồn: TTXVN)"):
        doc = _doc([("caption", f"Ông A gặp ông B tại Stockholm {credit}"), ("body", BODY)])
        assert lead_caption(doc) == "Ông A gặp ông B tại Stockholm"


def test_a_caption_of_talks_with_a_preposition_gives_talks() -> None:
    caption = (
        "Bộ trưởng Đỗ Minh Khoa hội đàm với Đại sứ Thụy Điển Anders Lindqvist (Nguồn: Báo Ven)"
    )
    doc = _doc([("caption", caption), ("body", BODY)])
    main = extract_events(doc)[0]
    assert main.type == "talks"
    assert {p.name for p in main.participants} == {"Đỗ Minh Khoa", "Anders Lindqvist"}


def test_a_caption_below_the_first_paragraph_is_no_headline() -> None:
    first, rest = BODY.split("\n\n")
    doc = _doc([("body", first), ("caption", CAPTION), ("body", rest)])
    assert lead_caption(doc) is None


def test_a_real_headline_is_never_replaced_by_the_caption() -> None:
    title = "Thương mại nông sản Việt Nam - Thụy Điển"
    doc = _doc([("caption", CAPTION), ("body", BODY)], title=title)
    assert lead_caption(doc) is None


def test_the_body_event_wins_over_the_caption() -> None:
    # the caption says "tiếp đón", the body tells the meeting: the body's event stays main
    caption = "Ông Đỗ Minh Khoa tiếp đón ông Anders Lindqvist tại Hà Nội - Ảnh: Lâm Phong"
    body = (
        "Tối 2/4, Bộ trưởng Đỗ Minh Khoa đã có cuộc gặp gỡ Đại sứ Anders Lindqvist tại Hà Nội "
        "nhân dịp Đại sứ kết thúc nhiệm kỳ."
    )
    main = extract_events(_doc([("caption", caption), ("body", body)]))[0]
    assert main.type == "meeting"


def test_the_whole_pipeline_on_a_page_opening_with_its_caption() -> None:
    text = "\n\n".join([f" date 2026-04-03 {CAPTION}", BODY])
    doc = Runner().run({"id": "lead-caption", "text": text, "published": "2026-04-03"})
    assert doc.events, "the caption's reception should be the page's event"
    main = doc.events[0]
    assert main.type == "reception"
    assert {p.name for p in main.participants} == {"Đỗ Minh Khoa", "Anders Lindqvist"}
