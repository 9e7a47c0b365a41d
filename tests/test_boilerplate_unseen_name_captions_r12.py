"""Round 12: an unpunctuated line between two paragraphs that names someone the article never
names again (three capitalised words in a row) is a photo's caption, not body (round 11 #2; a
person only a caption gives is not annotated). Every page here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.boilerplate_helpers import body_lines, page
from vndiplo.testing import unicode_texts

TITLE = "Lãnh đạo tỉnh Cao Bằng tiếp Đại sứ Chile tại Việt Nam"
LEAD = (
    "Sáng 14/3, tại trụ sở UBND tỉnh Cao Bằng, lãnh đạo tỉnh đã tiếp và làm việc với Đại sứ "
    "Chile tại Việt Nam Pablo Ortega cùng đoàn công tác."
)
BELOW = (
    "Tại cuộc làm việc, vị Phó Chủ tịch tỉnh phụ trách kinh tế giới thiệu tiềm năng du lịch và "
    "kinh tế cửa khẩu của Cao Bằng, mong muốn Đại sứ Pablo Ortega kết nối doanh nghiệp Chile."
)
MORE = "Đại sứ Pablo Ortega cảm ơn sự đón tiếp chu đáo của tỉnh và hứa sẽ thúc đẩy hợp tác."


@pytest.mark.parametrize(
    "caption",
    [
        "Đồng chí Hoàng Văn Lực, Phó Chủ tịch tỉnh Cao Bằng bắt tay vị khách từ Chile",
        "Phó Chủ tịch UBND tỉnh Nông Thị Hạnh tặng sách ảnh về Cao Bằng cho Đại sứ Pablo Ortega",
        "Quang cảnh buổi làm việc giữa ông Lê Quang Tùng và đoàn Đại sứ quán Chile",
    ],
)
def test_a_caption_naming_someone_the_text_never_names_is_dropped(caption: str) -> None:
    body = body_lines(page(TITLE, LEAD, caption, BELOW, MORE))
    assert caption not in body
    assert BELOW in body


@pytest.mark.parametrize(
    "line",
    [
        # The person is named in the text too: the line may be the article's.
        "Đại sứ Pablo Ortega chia sẻ về kinh nghiệm phát triển nông nghiệp của Chile",
        # A two-word name after an honorific that opens the line: no full name of three words.
        "Ông Pablo Ortega và phu nhân tại buổi gặp mặt thân mật với tỉnh",
        # A full sentence: prose, not a caption.
        "Ông Hoàng Văn Lực cũng dự buổi tiếp cùng lãnh đạo các sở, ngành của tỉnh.",
    ],
)
def test_other_lines_are_left_to_the_other_rules(line: str) -> None:
    from vndiplo_boilerplate.lines import Line
    from vndiplo_boilerplate.unseen_names import names_someone_unseen

    text = page(TITLE, LEAD, line, BELOW, MORE)
    probe = Line(line, 0, len(line))
    probe.prepare()
    assert not names_someone_unseen(probe, text)


@given(st.one_of(unicode_texts(), st.text(alphabet="Aa Đđ Ông,.", max_size=60)))
def test_a_line_between_paragraphs_never_costs_them(line: str) -> None:
    # Whatever stands between them, the paragraphs around it stay body (and nothing raises).
    body = body_lines(page(TITLE, LEAD, line, BELOW, MORE))
    assert LEAD in body
    assert MORE in body
