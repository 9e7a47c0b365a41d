"""Headlines that read as prose (a question, a long title) and a summary glued to its copy."""

from __future__ import annotations

import pytest
import vndiplo_boilerplate as plugin
from vndiplo_boilerplate.lines import split_lines
from vndiplo_boilerplate.restated import glued_twice

from vndiplo import Document

LEAD = (
    "Chiều 12/3, tại Hà Nội, Phó Chủ tịch nước Trần Văn An đã tiếp Bộ trưởng Ngoại giao "
    "Cộng hòa Kalmora Elias Brandt đang thăm chính thức Việt Nam."
)
SECOND = (
    "Hai bên đã trao đổi về quan hệ hợp tác song phương trong các lĩnh vực thương mại, đầu tư, "
    "giáo dục và giao lưu nhân dân."
)
QUESTION = "Ngoại trưởng Kalmora Elias Brandt có thể sẽ trở lại Việt Nam vào đầu năm sau?"
LONG_TITLE = (
    "Phó Chủ tịch nước Trần Văn An kết thúc tốt đẹp chuyến tham dự Diễn đàn Hợp tác Nam - Nam "
    "lần thứ ba và thăm làm việc chính thức Cộng hòa Kalmora cùng Vương quốc Dreland"
)


def labelled(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in plugin.clean_text(Document(text).normalized)]


@pytest.mark.parametrize("headline", [QUESTION, LONG_TITLE])
def test_prose_like_headline_above_a_timestamp_is_the_title(headline: str) -> None:
    text = "\n\n".join([headline, "08:15, ngày 13-03-2019", LEAD, SECOND])
    found = labelled(text)
    assert ("title", headline) in found
    assert [quoted for kind, quoted in found if kind == "body"] == [LEAD, SECOND]


def test_question_headline_above_widgets_is_the_title() -> None:
    text = "\n\n".join([QUESTION, "Đăng ký", "Chia sẻ", LEAD, SECOND])
    found = labelled(text)
    assert ("title", QUESTION) in found
    assert [quoted for kind, quoted in found if kind == "body"] == [LEAD, SECOND]


def test_lead_without_a_headline_stays_body() -> None:
    # The first paragraph asks a question, but the article goes straight on below it: a lead.
    text = "\n\n".join([QUESTION, SECOND, LEAD])
    bodies = [quoted for kind, quoted in labelled(text) if kind == "body"]
    assert bodies[0] == QUESTION


def test_long_line_below_a_short_headline_is_the_lead() -> None:
    headline = "Phó Chủ tịch nước tiếp Ngoại trưởng Kalmora"
    text = "\n\n".join([headline, LONG_TITLE, "08:15, ngày 13-03-2019", SECOND])
    found = labelled(text)
    assert ("title", headline) in found
    assert ("body", LONG_TITLE) in found


# -- a summary glued to its own copy ------------------------------------------------------------

SUMMARY = (
    "Suốt hai năm giữ chức Chủ tịch Hội đồng, Bộ trưởng Lê Thị Hoa đã thúc đẩy nhiều chương "
    "trình trao đổi sinh viên giữa Việt Nam và Cộng hòa Kalmora"
)
CREDITED_LEAD = (
    "KLN - Sáng nay (4/2), Bộ trưởng Lê Thị Hoa dẫn đầu đoàn công tác đến Cộng hòa Kalmora, "
    "mở đầu chuyến thăm và làm việc tại hai nước."
)


def test_glued_twice() -> None:
    assert glued_twice(SUMMARY + SUMMARY)
    assert not glued_twice(SUMMARY)
    assert not glued_twice("Tin mới Tin mới")  # a short label printed twice is a menu


def test_summary_glued_to_its_copy_above_a_dated_lead_is_a_sapo() -> None:
    headline = "Bộ trưởng Lê Thị Hoa thăm Cộng hòa Kalmora"
    text = "\n\n".join(
        [headline, "Thứ Ba, 4/2/2020 09:10", SUMMARY + SUMMARY, CREDITED_LEAD, SECOND]
    )
    found = labelled(text)
    assert next(quoted for kind, quoted in found if kind == "body") == CREDITED_LEAD[6:]
    assert ("body", SUMMARY + SUMMARY) not in found


def test_glued_paragraph_above_an_undated_paragraph_stays_body() -> None:
    # Nothing below reads as the lead: the doubled paragraph may be the only report, so it stays.
    headline = "Bộ trưởng Lê Thị Hoa thăm Cộng hòa Kalmora"
    text = "\n\n".join([headline, "Thứ Ba, 4/2/2020 09:10", SUMMARY + SUMMARY, SECOND])
    bodies = [quoted for kind, quoted in labelled(text) if kind == "body"]
    assert bodies[0] == SUMMARY + SUMMARY


# -- the headline among menus, notices and other articles' teasers ------------------------------

MEETING = "Phó Chủ tịch nước Trần Văn An tiếp Ngoại trưởng Kalmora Elias Brandt"


@pytest.mark.parametrize(
    "chrome",
    [
        # Another article's teaser, cut before its dash, longer than the headline.
        "Ngư dân làng biển kể chuyện đêm bão số 9 và chuyến cứu hộ kéo dài suốt mười tiếng -",
        # A site notice closed by its button.
        "Bạn có thể tắt quảng cáo để đọc tin nhanh hơn khi mạng của bạn đang chậm. Đóng",
        # A slogan banner that names nobody in the lead.
        "Thi đua lập thành tích chào mừng kỷ niệm 80 năm ngày thành lập ngành văn hóa tỉnh nhà",
    ],
)
def test_headline_sharing_names_with_the_lead_beats_longer_chrome(chrome: str) -> None:
    text = "\n\n".join([chrome, MEETING, "08:15, ngày 13-03-2019", LEAD, SECOND])
    found = labelled(text)
    assert ("title", MEETING) in found
    assert ("title", chrome) not in found
    assert [quoted for kind, quoted in found if kind == "body"] == [LEAD, SECOND]


@pytest.mark.parametrize(
    "label",
    ["Phó Chủ tịch nước Trần Văn An", "Phó Chủ tịch nước Trần Văn An nói:"],
)
def test_a_name_above_a_quoted_headline_does_not_take_it(label: str) -> None:
    # A name line shares the lead's names too, but says nothing: the longer headline stays.
    headline = "Quan hệ hai nước đang ở thời điểm tốt đẹp nhất trong lịch sử"
    text = "\n\n".join([label, headline, "08:15, ngày 13-03-2019", LEAD, SECOND])
    assert ("title", headline) in labelled(text)


def test_a_label_printed_twice_is_no_headline_even_as_the_last_resort() -> None:
    menu = "Tin hoạt động chung Tin hoạt động chung"
    text = "\n\n".join([menu, "08:15, ngày 13-03-2019", LEAD, SECOND])
    assert [kind for kind, _ in labelled(text)].count("title") == 0


def test_a_stamp_run_into_the_headline_is_a_dateline_of_its_own() -> None:
    glued = "13/03/2019 08:15" + MEETING
    text = "\n\n".join(["Tin hoạt động", glued, LEAD, SECOND])
    found = labelled(text)
    assert ("dateline", "13/03/2019 08:15") in found
    assert ("title", MEETING) in found


def test_a_stamp_followed_by_a_space_or_lower_case_is_left_alone() -> None:
    # "08:15 sáng" or a stamp with a space before the headline is not a glued stamp.
    assert [line.text for line in split_lines("13/03/2019 08:15sáng nay")] == [
        "13/03/2019 08:15sáng nay"
    ]


def test_a_stamp_printed_after_the_headline_is_a_dateline_of_its_own() -> None:
    text = "\n\n".join([MEETING + " 13/03/2019 08:15", LEAD, SECOND])
    found = labelled(text)
    assert ("title", MEETING) in found
    assert ("dateline", "13/03/2019 08:15") in found


@pytest.mark.parametrize(
    "line",
    [
        "Trần Văn An 13/03/2019 08:15",  # an author's name: too short for a headline
        "Chuyên mục Tin tức 13/03/2019 08:15",
    ],
)
def test_a_short_label_before_a_stamp_stays_on_the_stamp_line(line: str) -> None:
    assert [item.text for item in split_lines(line)] == [line]


def test_stamps_after_lines_below_the_first_paragraph_are_left_alone() -> None:
    teaser = "Phó Chủ tịch nước tiếp đoàn doanh nghiệp Kalmora tại Hà Nội 14/03/2019 09:00"
    lines = split_lines("\n".join([LEAD, teaser]))
    assert [item.text for item in lines] == [LEAD, teaser]


@pytest.mark.parametrize("second_half", ["cùng đoàn khách. Ảnh: Minh Thư", ". Ảnh: Minh Thư"])
def test_a_caption_broken_over_two_lines_is_not_the_headline(second_half: str) -> None:
    # The headline, the stamp, then a photo whose caption names the lead's people and runs on
    # into a second line that closes with the credit.
    headline = "Lãnh đạo tỉnh tiếp Bộ trưởng Ngoại giao Cộng hòa Kalmora"
    first_half = "Phó Chủ tịch nước Trần Văn An và Bộ trưởng Elias Brandt trao đổi"
    text = "\n\n".join(
        [headline, "Cập nhật: 13-03-2019 | 08:15:02", first_half, second_half, LEAD, SECOND]
    )
    found = labelled(text)
    assert ("title", headline) in found
    assert ("title", first_half) not in found
    assert [quoted for kind, quoted in found if kind == "body"] == [LEAD, SECOND]
