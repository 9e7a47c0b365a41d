"""A headline printed over several lines and its one-line copy (headline_copies); a highlight
above a credited lead. Fragments written for these tests (other names, places and outlets than
any real page)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_boilerplate import clean_text

import vndiplo
from vndiplo import Document

LEAD = (
    "Tin Huế (14/07/2009) - Sáng ngày 14/7/2009, Phó Thủ tướng Lê Văn Bình đã tiếp Đoàn đại "
    "biểu Nghị viện châu Âu do ông Jean Moreau dẫn đầu tại Huế."
)
SECOND = (
    "Lúc 10 giờ, tại Nhà khách Tỉnh, ông Chủ tịch tỉnh Ngô Văn Hải đã tiếp thân mật ông Jean "
    "Moreau và đoàn. Hai bên trao đổi về hợp tác văn hóa và du lịch."
)
THIRD = "Buổi chiều cùng ngày, đoàn đến thăm Đại học Huế và gặp gỡ sinh viên."


def _labels(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in clean_text(Document(text).normalized)]


def _body(text: str) -> list[str]:
    return [quoted for kind, quoted in _labels(text) if kind == "body"]


def test_a_headline_over_three_lines_and_its_copy_below_a_credit() -> None:
    text = "\n\n".join(
        [
            "Phó Thủ tướng tiếp",
            "Đoàn đại biểu Nghị viện châu Âu",
            "tại Cố đô Huế",
            "Posted for the web by Huế Online",
            "Phó Thủ tướng tiếp Đoàn đại biểu Nghị viện châu Âu tại Cố đô Huế",
            LEAD,
            SECOND,
        ]
    )
    assert (
        vndiplo.extract(text).to_dict()["title"]
        == "Phó Thủ tướng tiếp Đoàn đại biểu Nghị viện châu Âu tại Cố đô Huế"
    )
    assert _body(text)[0].startswith("Sáng ngày 14/7/2009")


def test_a_headline_over_two_lines_with_a_stop_on_its_copy() -> None:
    text = "\n\n".join(
        [
            "Chủ tịch tỉnh tiếp Đại sứ",
            "Cộng hòa Pháp tại Việt Nam",
            "Chủ tịch tỉnh tiếp Đại sứ Cộng hòa Pháp tại Việt Nam.",
            LEAD,
            SECOND,
        ]
    )
    assert (
        vndiplo.extract(text).to_dict()["title"]
        == "Chủ tịch tỉnh tiếp Đại sứ Cộng hòa Pháp tại Việt Nam."
    )
    assert _body(text)[0].startswith("Sáng ngày 14/7/2009")


def test_a_paragraph_that_goes_on_past_the_pieces_is_no_copy() -> None:
    para = (
        "Phó Thủ tướng tiếp Đoàn đại biểu Nghị viện châu Âu tại Huế và trao đổi về kết quả "
        "hợp tác giữa hai bên trong năm qua, đồng thời đề nghị hai bên tăng cường giao lưu."
    )
    text = "\n\n".join(["Phó Thủ tướng tiếp", "Đoàn đại biểu Nghị viện châu Âu", para, SECOND])
    assert para in _body(text)


def test_a_highlight_above_the_credited_lead_is_no_body() -> None:
    highlight = (
        "Lúc 10 giờ ngày 14/7/2009, tại Nhà khách Tỉnh, ông Chủ tịch tỉnh Ngô Văn Hải đã tiếp "
        "thân mật ông Jean Moreau và đoàn."
    )
    text = "\n\n".join(["Phó Thủ tướng tiếp Đoàn Nghị viện châu Âu", highlight, LEAD, SECOND])
    body = _body(text)
    assert highlight not in body
    assert body[0].startswith("Sáng ngày 14/7/2009")
    assert SECOND in body


def test_a_dated_last_piece_and_a_credit_line_between() -> None:
    text = "\n\n".join(
        [
            "Tường thuật chuyến thăm",
            "của Đoàn Nghị viện châu Âu",
            "tại Cố đô Huế",
            "vào ngày 14/7/2009",
            "Posted for the web by Huế Online",
            "Tường thuật chuyến thăm của Đoàn Nghị viện châu Âu tại Cố đô Huế vào ngày 14/7/2009.",
            LEAD,
            SECOND,
        ]
    )
    title = vndiplo.extract(text).to_dict()["title"]
    assert title == (
        "Tường thuật chuyến thăm của Đoàn Nghị viện châu Âu tại Cố đô Huế vào ngày 14/7/2009."
    )


def test_a_headline_then_a_different_line_is_no_copy() -> None:
    text = "\n\n".join(
        [
            "Phó Thủ tướng tiếp",
            "Đoàn đại biểu Nghị viện châu Âu",
            "Đoàn đại biểu Quốc hội Pháp",
            LEAD,
        ]
    )
    assert vndiplo.extract(text).to_dict()["title"] != "Đoàn đại biểu Quốc hội Pháp"


def test_a_letterhead_far_above_the_issuing_body_line_is_no_headline() -> None:
    text = "\n".join(
        [
            "ỦY BAN NHÂN DÂN",
            "THÀNH PHỐ CẦN THƠ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 25/2019/QĐ-UBND",
            "Cần Thơ, ngày 3 tháng 5 năm 2019",
            "QUYẾT ĐỊNH",
            "VỀ VIỆC BAN HÀNH QUY CHẾ ĐÓN TIẾP KHÁCH NƯỚC NGOÀI",
            "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
            "Căn cứ Luật Tổ chức chính quyền địa phương hiện hành;",
            "Xét tờ trình của Sở Ngoại vụ thành phố;",
        ]
    )
    assert vndiplo.extract(text).to_dict()["title"] != "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"


@given(st.lists(st.sampled_from(["Phó Thủ tướng tiếp", "Đoàn", "tại Huế", "", LEAD]), max_size=8))
def test_any_stack_of_pieces_cleans_without_error(parts: list[str]) -> None:
    text = "\n\n".join([*parts, " ".join(parts), SECOND])
    for kind, quoted in _labels(text):
        assert quoted.strip() == quoted and kind
