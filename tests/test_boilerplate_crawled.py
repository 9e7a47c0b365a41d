"""Constructions met on crawled pages (the real-page corpus), each written anew in our words.

- a lead printed twice word for word (sapo slot and lead slot) keeps one copy as body;
- an outlet credit in brackets with no dash ("(TTXVN) Sáng nay ..."), or with the dash stuck
  to the prose ("VTC.VN -Chiều ...");
- a sapo above a lead that opens "Như tin đã đưa, sáng nay (4/6) ...";
- a sapo that quotes the visit's dates, above a lead that carries the outlet credit.
"""

from __future__ import annotations

import pytest
import vndiplo_boilerplate as plugin
from vndiplo_boilerplate import rules

from vndiplo import Document, extract


def body(text: str) -> list[str]:
    blocks = plugin.clean_text(Document(text).normalized)
    return [text[b.start : b.end] for b in blocks if b.kind == "body"]


def page(*lines: str) -> str:
    return "\n\n".join(lines)


LEAD = (
    "Sáng 14-9, Chủ tịch UBND tỉnh Hoàng Minh Tuấn đã tiếp ông Kim Jae-won, Tổng Lãnh sự "
    "Hàn Quốc tại Đà Nẵng, đến chào xã giao nhân dịp nhận nhiệm kỳ mới."
)


@pytest.mark.parametrize("credit", ["(QN) – ", "(BTT) ", ""])
def test_a_lead_printed_twice_keeps_one_copy(credit: str) -> None:
    text = page(
        "Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Hàn Quốc",
        "08:10, 15/09/2021",
        credit + LEAD,
        credit + LEAD,
        "Tại buổi tiếp, hai bên trao đổi về hợp tác đầu tư, lao động và giao lưu địa phương.",
    )
    kept = body(text)
    assert kept[0].endswith(LEAD)
    assert sum(LEAD in line for line in kept) == 1
    doc = extract(text)
    assert doc.events and doc.events[0].type == "reception"


def test_a_short_caption_printed_twice_is_still_a_caption() -> None:
    caption = "Quang cảnh buổi tiếp."
    text = page("Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Hàn Quốc", LEAD, caption, caption)
    assert caption not in body(text)


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("(TTXVN) Sáng nay 3.5, Thủ tướng đã tiếp Đại sứ Ý.", "Sáng nay 3.5,"),
        ("(HNM) Chiều 2/7, Bí thư Thành ủy tiếp đoàn Seoul.", "Chiều 2/7,"),
        ("(Baoquangnam.vn) Ngày 9/9, tỉnh đón đoàn Lào.", "Ngày 9/9,"),
        ("VTC.VN -Chiều 5/5, Bộ trưởng hội đàm với đồng nhiệm.", "Chiều 5/5,"),
    ],
)
def test_outlet_credits_without_a_spaced_dash(line: str, prose: str) -> None:
    found = rules.lead_credit(line)
    assert found is not None
    assert line[found[1] :].startswith(prose)


@pytest.mark.parametrize(
    "line",
    [
        "(ASEAN) nhóm họp thường niên tại Jakarta.",  # bracket, then lower case: prose
        "Việt Nam -Lào hợp tác toàn diện.",  # not an outlet's acronym
        "Hà Nội - Viêng Chăn kết nghĩa.",
    ],
)
def test_prose_that_only_looks_like_a_credit(line: str) -> None:
    assert rules.lead_credit(line) is None


def test_sapo_above_an_as_reported_lead() -> None:
    sapo = (
        "Hai nhà lãnh đạo nhất trí đưa quan hệ Việt Nam - Indonesia lên tầm cao mới, tăng "
        "kim ngạch thương mại và hợp tác biển."
    )
    lead = (
        "Như tin đã đưa, sáng nay (4/6) sau lễ đón chính thức Tổng thống Indonesia Joko "
        "Widodo tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Indonesia."
    )
    text = page("Việt Nam - Indonesia nâng tầm quan hệ", "05/06/2024", sapo, lead)
    assert body(text)[0] == lead


def test_dated_sapo_above_a_credited_lead() -> None:
    sapo = (
        "Đoàn đại biểu Đảng Nhân dân Campuchia do ông Men Sam An dẫn đầu thăm Việt Nam từ ngày "
        "12-15/4."
    )
    lead = (
        "(VOV) - Nhận lời mời của Ban Đối ngoại Trung ương, Đoàn đại biểu Đảng Nhân dân "
        "Campuchia do ông Men Sam An dẫn đầu thăm và làm việc tại Việt Nam."
    )
    text = page("Đoàn Đảng Nhân dân Campuchia thăm Việt Nam", sapo, lead)
    assert body(text)[0].startswith("Nhận lời mời")


def test_a_dated_first_paragraph_without_a_credit_below_stays_body() -> None:
    first = "Sáng 12/4, đoàn đại biểu tỉnh Điện Biên đã thăm tỉnh Phongsaly (Lào)."
    second = "Chiều cùng ngày, đoàn làm việc với lãnh đạo tỉnh Phongsaly về hợp tác biên giới."
    text = page("Đoàn Điện Biên thăm Phongsaly", first, second)
    assert body(text)[0] == first


# -- the end of a cut-off excerpt, and a crawler's stamp glued to the headline --------------

BODY = (
    "Chiều 9/10, tại Nhà khách Chính phủ, Phó Thủ tướng Trần Văn Sơn đã tiếp Bộ trưởng Ngoại "
    "giao Chile Alberto van Klaveren.",
    "Hai bên nhất trí thúc đẩy thương mại song phương và hợp tác trong nông nghiệp, năng lượng.",
)


@pytest.mark.parametrize("cut", ["Phó Thủ tướng cũng đề ng", "Nhân dịp này, hai b", "Sau khi"])
def test_a_line_cut_off_after_the_article_is_body(cut: str) -> None:
    text = page("Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Chile", *BODY, cut)
    assert body(text)[-1] == cut


@pytest.mark.parametrize(
    "end",
    [
        "Minh Châu",  # a byline name
        "Theo TTXVN",  # a source credit
        "* Vui lòng nhập bình luận có dấu",  # a comment widget
        "Tin liên quan",  # a marker
    ],
)
def test_bylines_credits_and_widgets_at_the_end_stay_out(end: str) -> None:
    text = page("Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Chile", *BODY, end)
    assert end not in body(text)


def test_a_crawlers_stamp_glued_to_the_headline() -> None:
    headline = "Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Chile"
    text = page(f"date 2023-10-10 {headline}", *BODY)
    doc = extract(text)
    assert doc.headline == headline
    assert str(doc.published) == "2023-10-10"
    assert doc.published_evidence is not None
    assert text[doc.published_evidence.start : doc.published_evidence.end] == "date 2023-10-10"
    assert doc.events[0].date == "2023-10-09"


def test_a_long_caption_printed_twice_inside_the_article_stays_out() -> None:
    caption = (
        "Chủ tịch Quốc hội Trần Văn Minh đón, hội đàm với Chủ tịch Quốc hội Campuchia Khuon "
        "Sudary tại Nhà Quốc hội, Hà Nội, ngày 1/12."
    )
    text = page(
        "Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Campuchia", *BODY, caption, caption
    )
    assert caption not in body(text)


@pytest.mark.parametrize(
    "menu",
    [
        "Trang chủ | Thời sự | Kinh tế | Văn hóa | Thể thao",
        "Hoạt động đối ngoại Hoạt động đối ngoại",
    ],
)
def test_a_menu_line_is_never_the_title(menu: str) -> None:
    headline = "Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Chile"
    doc = extract(page(menu, headline, *BODY))
    assert doc.headline == headline
    assert rules.is_menu(menu)
    assert not rules.is_menu(headline)


def test_a_bracketed_agency_credit_closed_by_a_colon() -> None:
    line = "(TTXVN): Chiều 22-3, tại Nhà Quốc hội, Chủ tịch Hạ viện tiếp đoàn Việt Nam."
    found = rules.lead_credit(line)
    assert found is not None
    assert line[found[1] :].startswith("Chiều 22-3")


@pytest.mark.parametrize(
    "line",
    [
        "dai-su-an-do-trinh-quoc-thu-chu-tich-nuoc.jpg",
        "baohatinh_ph_0193.png",
        "pho-thu-tuong-tiep-doan-lao-2Quang cảnh buổi tiếp đoàn đại biểu Lào",
    ],
)
def test_image_file_names_and_their_alt_text_are_captions(line: str) -> None:
    text = page("Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Chile", BODY[0], line, BODY[1])
    assert line not in body(text)
    assert body(text) == list(BODY)


@pytest.mark.parametrize("line", ["COVID-19 vẫn là thách thức lớn.", "APEC-2017 đã thành công."])
def test_hyphenated_words_in_prose_are_no_file_names(line: str) -> None:
    assert not rules.is_image_name(line)


def test_a_caption_printed_twice_mid_article_does_not_end_it() -> None:
    caption = "Lãnh đạo tỉnh tặng Đại sứ bức tranh vịnh Hạ Long"
    after = (
        "Tại buổi làm việc, Phó Chủ tịch UBND tỉnh cho biết tỉnh mong muốn mở rộng hợp tác với "
        "các địa phương của Chile, đồng thời đề nghị Đại sứ kết nối doanh nghiệp hai bên."
    )
    last = "Đại sứ cảm ơn sự đón tiếp chu đáo và mời lãnh đạo tỉnh sớm thăm Chile trong năm tới."
    text = page("Đại sứ Chile thăm tỉnh", *BODY, caption, caption, after, last)
    assert body(text)[-2:] == [after, last]


def test_a_teaser_printed_twice_at_the_end_still_ends_the_article() -> None:
    teaser = "Thủ tướng tiếp Bộ trưởng Ngoại giao Peru"
    text = page("Đại sứ Chile thăm tỉnh", *BODY, teaser, teaser, "Tin khác cùng chuyên mục")
    assert body(text) == list(BODY)
