"""A document reproduced as the page (a council's resolution): its articles and headings,
introduced by a line ending in a colon, are body, not a run of teaser headlines."""

from __future__ import annotations

import vndiplo_boilerplate as plugin

from vndiplo import Document

HEAD = (
    "ỦY BAN NHÂN DÂN",
    "TỈNH BẮC KẠN",
    "Số: 27/2019/QĐ-UBND",
    "Bắc Kạn, ngày 08 tháng 3 năm 2019",
    "QUYẾT ĐỊNH",
    "VỀ CHƯƠNG TRÌNH HỢP TÁC QUỐC TẾ CỦA TỈNH BẮC KẠN NĂM 2019",
    "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
)
RECITALS = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Xét đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 12/TTr-SNgV ngày 20 tháng 02 năm "
    "2019 về chương trình hợp tác quốc tế của tỉnh năm 2019,",
    "QUYẾT ĐỊNH:",
)
ARTICLE = "Điều 1. Ban hành Chương trình hợp tác quốc tế của tỉnh năm 2019, với các nội dung sau:"
HEADINGS = ("I. MỤC ĐÍCH VÀ YÊU CẦU", "1. Mục đích")
PROSE = (
    "Mở rộng quan hệ hữu nghị với các địa phương của Lào, Trung Quốc và Hàn Quốc, tranh thủ "
    "nguồn vốn hỗ trợ phát triển chính thức cho các dự án nông nghiệp và giáo dục của tỉnh."
)


def body(text: str) -> list[str]:
    blocks = plugin.clean_text(Document(text).normalized)
    return [text[b.start : b.end] for b in blocks if b.kind == "body"]


def test_an_article_ending_in_a_colon_and_its_headings_stay_in_the_body() -> None:
    text = "\n".join((*HEAD, *RECITALS, ARTICLE, *HEADINGS, PROSE))
    kept = body(text)
    assert kept[0] == RECITALS[0]
    assert ARTICLE in kept
    assert kept[-1] == PROSE


def test_teaser_headlines_after_the_last_paragraph_still_end_a_news_page() -> None:
    teasers = (
        "Bắc Kạn tiếp đoàn công tác tỉnh Cao Bằng của Lào",
        "Lãnh đạo tỉnh làm việc với Đại sứ quán Hàn Quốc tại Hà Nội",
        "Sở Ngoại vụ tổng kết công tác đối ngoại năm 2018",
    )
    text = "\n".join(("Bắc Kạn đón Đại sứ Hàn Quốc", PROSE, *teasers))
    assert body(text) == [PROSE]
