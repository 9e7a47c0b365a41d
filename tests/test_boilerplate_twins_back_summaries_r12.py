"""Round 12 (parse12b): three page constructions, every page invented.

* A teaser line (dash-led or plain) that repeats the credited lead below it: the credited copy
  is the lead, its credit taken off; the teaser is no body. A glued bracket credit
  ("(ABC)Sáng ...") is a credit too.
* A summary pointing at the headline's meeting ("Tại cuộc hội đàm, hai bên ...") above a dated
  lead is a sapo, credited or not; a paragraph that names the meeting's people or day is not.
* A section name, the headline and the lead flattened onto one line: the body starts at the
  lead (after the outlet's credit, or where the headline's words come again).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vndiplo_boilerplate import rules
from vndiplo_boilerplate.back_summaries import points_at_the_meeting
from vndiplo_boilerplate.glued_heads import glued_head_split
from vndiplo_boilerplate.signoffs import closes_article

from tests.boilerplate_helpers import blocks, body_lines, page, titles

LEAD = (
    "Sáng 14/3, tại Hà Nội, Phó Chủ tịch nước Đinh Văn Khải đã tiếp Đại sứ Cộng hòa Ghana "
    "Kwame Mensah đến chào xã giao nhân dịp bắt đầu nhiệm kỳ công tác."
)
MORE = (
    "Phó Chủ tịch nước mong Đại sứ thúc đẩy hợp tác thương mại, nông nghiệp và giáo dục giữa "
    "hai nước trong thời gian tới."
)
TITLE = "Phó Chủ tịch nước tiếp Đại sứ Ghana"


@pytest.mark.parametrize("dash", ["- ", "– ", ""], ids=["hyphen", "en-dash", "plain"])
@pytest.mark.parametrize("credit", ["(ABCVN) - ", "(ABCVN)", "XYZ.VN - "])
def test_teaser_over_credited_lead(dash: str, credit: str) -> None:
    body = body_lines(page(dash + LEAD, credit + LEAD, MORE))
    assert body == [LEAD, MORE]


def test_teaser_cut_short_over_credited_lead() -> None:
    teaser = "- " + LEAD[:80].rsplit(" ", 1)[0] + "..."
    assert body_lines(page(teaser, "(ABCVN) - " + LEAD, MORE)) == [LEAD, MORE]


def test_a_different_paragraph_above_the_credited_lead_stays() -> None:
    other = (
        "- Phó Chủ tịch nước Đinh Văn Khải cũng dự lễ khai trương văn phòng thương mại của "
        "Ghana tại Hà Nội trong cùng ngày."
    )
    body = body_lines(page(TITLE, other, "(ABCVN) - " + LEAD, MORE))
    assert LEAD in body[-2:] or ("(ABCVN) - " + LEAD) in body


def test_glued_bracket_credit() -> None:
    assert rules.lead_credit("(ABCVN)Sáng 14/3, tại Hà Nội") == (7, 7)
    assert rules.lead_credit("(ASEAN)") is None
    assert rules.lead_credit("(ABC)XYZ hợp tác") is None  # an acronym run on, no word


DATED = (
    "Chiều 20-6, tại Viêng Chăn, Bộ trưởng Bộ Công Thương Hoàng Minh Đức đã hội đàm với Bộ "
    "trưởng Bộ Công nghiệp và Thương mại Lào Xay Sổm Phon."
)
BODY = "Hai Bộ trưởng nhất trí lập nhóm công tác chung về thương mại biên giới."


@pytest.mark.parametrize(
    "summary",
    [
        "Tại cuộc hội đàm, hai bên trao đổi về hợp tác thương mại và đầu tư.",
        "(ABC) - Trong buổi hội đàm, hai Bộ trưởng nhất trí tăng kim ngạch thương mại.",
        "Tại hội đàm, lãnh đạo hai bộ thống nhất nhiều biện pháp thúc đẩy thương mại.",
        "Qua cuộc điện đàm, hai nhà lãnh đạo nhất trí giữ liên lạc thường xuyên.",
        "XYZ.VN - Tại buổi tiếp, hai bên bàn về hợp tác năng lượng.",
    ],
)
def test_summary_pointing_at_the_meeting_is_a_sapo(summary: str) -> None:
    title = "Bộ trưởng Công Thương hội đàm với Bộ trưởng Công nghiệp và Thương mại Lào"
    body = body_lines(page(title, summary, DATED, BODY))
    assert body == [DATED, BODY]


@pytest.mark.parametrize(
    "prose",
    [
        "tại cuộc hội đàm chiều 20-6, hai bên trao đổi về hợp tác.",  # its own day: a lead
        "tại cuộc hội đàm, bộ trưởng hoàng minh đức đề nghị mở thêm cửa khẩu.",  # names one
        "tại cuộc hội đàm ngày 20/6, hai bên nhất trí.",
        "tại hà nội, hai bên trao đổi về hợp tác.",  # a place, no meeting
    ],
)
def test_no_meeting_summary(prose: str) -> None:
    assert not points_at_the_meeting(prose, len(prose.split()))


SECTIONS = frozenset({"chính trị", "xã hội", "thời sự"})
HEAD = "Đoàn đại biểu tỉnh Sê Kông thăm và làm việc tại tỉnh Quảng Trị"
GLUED_LEAD = (
    "Đoàn đại biểu tỉnh Sê Kông (Lào) do Phó Tỉnh trưởng Bua Sỉ Sổm dẫn đầu vừa có chuyến "
    "thăm và làm việc tại tỉnh Quảng Trị từ ngày 2 đến 4/9."
)


@pytest.mark.parametrize("section", ["Chính trị", "Xã hội", "Thời sự"])
@pytest.mark.parametrize("credit", ["QTO - ", "BQT – ", ""])
def test_section_headline_and_lead_on_one_line(section: str, credit: str) -> None:
    line = f"{section} {HEAD} {credit}{GLUED_LEAD}"
    glued = glued_head_split(line, line.lower(), SECTIONS)
    assert glued is not None
    (head_start, head_end), (_, prose_start) = glued
    assert line[head_start:head_end] == HEAD
    assert line[prose_start:] == GLUED_LEAD
    assert body_lines(page(line, MORE))[0] == GLUED_LEAD
    assert titles(page(line, MORE)) == [HEAD]


def test_a_page_with_its_own_headline_keeps_its_lead_line_whole() -> None:
    # The headline already stands above: the line is not read as a head glued to a lead.
    line = f"Chính trị {HEAD} QTO - {GLUED_LEAD}"
    assert titles(page(HEAD, "12/09/2031 08:15", line, MORE)) == [HEAD]


def test_no_section_no_split() -> None:
    line = f"{HEAD} QTO - {GLUED_LEAD}"
    assert glued_head_split(line, line.lower(), SECTIONS) is None


def test_a_plain_lead_after_a_section_word_is_not_split() -> None:
    line = "Chính trị gia Bua Sỉ Sổm nói hai tỉnh sẽ mở thêm một cửa khẩu phụ trong năm nay."
    assert glued_head_split(line, line.lower(), SECTIONS) is None


_TEXT = st.text(alphabet=st.sampled_from(list("ABCĐabcđ ()-–.,:1/Tạihộiđàmhaibên\n")), max_size=120)


@settings(max_examples=200)
@given(_TEXT)
def test_splits_are_valid_offsets(text: str) -> None:
    line = text.replace("\n", " ")
    glued = glued_head_split(line, line.lower(), SECTIONS)
    spans = list(glued) if glued is not None else []
    credit = rules.lead_credit(line) if line else None
    for split in [*spans, credit]:
        if split is not None:
            assert 0 <= split[0] <= split[1] <= len(line)
    points_at_the_meeting(line.lower(), len(line.split()))


@settings(max_examples=100)
@given(_TEXT, _TEXT)
def test_pages_never_crash(first: str, second: str) -> None:
    for kind, quoted in blocks(page(first, second, LEAD)):
        assert kind and isinstance(quoted, str)


ENDED = (
    "Bộ trưởng Hoàng Minh Đức mời Bộ trưởng Xay Sổm Phon sang thăm Việt Nam vào dịp thuận tiện./."
)


@pytest.mark.parametrize("stub", ["Mời quý", "Mời bạn đọc xem t", "Ban tiếng V"])
def test_stub_after_an_end_mark_is_not_body(stub: str) -> None:
    ended = ENDED
    body = body_lines(page("Bộ trưởng Công Thương hội đàm với Bộ trưởng Lào", DATED, ended, stub))
    assert body[-1] == ended


def test_stub_after_a_plain_stop_is_still_the_cut_sentence() -> None:
    plain = ENDED.removesuffix("./.") + "."
    body = body_lines(page("Bộ trưởng Công Thương hội đàm với Bộ trưởng Lào", DATED, plain, "Tại"))
    assert body[-1] == "Tại"


@pytest.mark.parametrize(
    ("text", "ends"),
    [("hai nước./.", True), ("hai nước. (Hết)", True), ("hai nước.", False), ("a/b", False)],
)
def test_closes_article(text: str, ends: bool) -> None:
    assert closes_article(text) is ends


SUMMARY_OVER_TABLE = (
    "Chuyến thăm của Phó Chủ tịch nước Đinh Văn Khải nhằm thúc đẩy hợp tác nông nghiệp, giáo "
    "dục và thương mại với Ghana."
)


@pytest.mark.parametrize("headline", [None, TITLE])
def test_summary_over_a_photo_table_cell_is_a_sapo(headline: str | None) -> None:
    cell = "Phó Chủ tịch nước Đinh Văn Khải đến thủ đô Accra"
    text = "\n".join(
        [*([headline, ""] if headline else []), SUMMARY_OVER_TABLE, "|", cell, "|", LEAD, MORE]
    )
    assert body_lines(text) == [LEAD, MORE]


def test_a_sentence_between_bars_is_no_photo() -> None:
    # A full sentence between the bars is no caption cell: the summary stays the lead.
    cell = "Phó Chủ tịch nước Đinh Văn Khải đến thủ đô Accra chiều 13/3."
    text = "\n".join([SUMMARY_OVER_TABLE, "|", cell, "|", LEAD, MORE])
    assert body_lines(text)[0] == SUMMARY_OVER_TABLE


def test_summary_over_and_under_the_headline_retold_by_the_lead() -> None:
    summary = (
        "Nhiều văn kiện hợp tác về nông nghiệp giữa Việt Nam và Ghana đã được ký trong chuyến "
        "thăm của Phó Chủ tịch nước Đinh Văn Khải."
    )
    lead = (
        "Theo Bộ Nông nghiệp, vừa qua tại Accra, trước sự chứng kiến của Phó Chủ tịch nước Đinh "
        "Văn Khải, Thứ trưởng Lê Văn Hòa và Bộ trưởng Nông nghiệp Ghana Kofi Owusu đã ký văn "
        "kiện hợp tác về nông nghiệp giữa Việt Nam và Ghana."
    )
    headline = "Việt Nam và Ghana ký nhiều văn kiện hợp tác về nông nghiệp"
    text = page(summary, headline, "pv | 14/03/2031, 07:10", summary, lead, MORE)
    assert body_lines(text) == [lead, MORE]


def test_lead_over_and_under_the_headline_stays_the_lead() -> None:
    # The copy under the headline is the lead when the paragraph below tells something else.
    text = page(LEAD, TITLE, "pv | 14/03/2031, 07:10", LEAD, MORE)
    assert body_lines(text) == [LEAD, MORE]
