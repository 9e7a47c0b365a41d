"""The start of the body that round-4 blind pages cut: attendee lines, long salutations, a
letter introduced by "Dưới đây là toàn văn ...".
"""

from __future__ import annotations

import pytest
from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Line
from vndiplo_boilerplate.salutations import is_salutation

from tests.boilerplate_helpers import body_lines, page

TITLE = "Bí thư Tỉnh ủy Cần Thơ tiếp đoàn đại biểu tỉnh Vân Nam, Trung Quốc"
FIRST = "Tại buổi tiếp, Bí thư Tỉnh ủy Phạm Văn Lâm chào mừng đoàn đến thăm và làm việc tại tỉnh."
SECOND = (
    "Trưởng đoàn Lý Kiến Hoa cảm ơn sự đón tiếp nồng hậu và mong muốn hai địa phương mở rộng "
    "hợp tác trong các lĩnh vực nông nghiệp và du lịch."
)


@pytest.mark.parametrize(
    "attendees",
    [
        "Cùng tham dự buổi tiếp có Phó Bí thư Tỉnh ủy Trần Thị Hạnh.",
        "Tham gia đoàn có Phó Chủ tịch UBND tỉnh Vân Nam Vương Minh.",
        "Dự buổi làm việc có lãnh đạo các sở, ngành của tỉnh.",
    ],
)
def test_an_attendee_line_is_told_not_a_photo(attendees: str) -> None:
    assert not rules.is_photo_description(attendees, attendees.lower(), len(attendees.split()))
    assert body_lines(page(TITLE, attendees, FIRST, SECOND))[0] == attendees


def test_a_scene_is_still_a_photo() -> None:
    scene = "Bí thư Tỉnh ủy Phạm Văn Lâm và Trưởng đoàn Lý Kiến Hoa."
    assert rules.is_photo_description(scene, scene.lower(), len(scene.split()))


SPEECH_TITLE = "Diễn văn khai mạc Kỳ họp thứ Tám, Hội đồng nhân dân tỉnh khóa X"
ADDRESSEES = (
    "Thưa các vị đại biểu Quốc hội, các vị đại biểu Hội đồng nhân dân tỉnh, các vị khách quý "
    "và các vị đại biểu tham dự Kỳ họp,"
)
VOTERS = "Thưa toàn thể cử tri trong tỉnh,"
OPENING = (
    "Hôm nay, Hội đồng nhân dân tỉnh khóa X khai mạc Kỳ họp thứ Tám để xem xét, quyết định "
    "nhiều nội dung quan trọng thuộc thẩm quyền."
)


def test_a_long_list_of_addressees_opens_the_speech() -> None:
    kept = body_lines(page(SPEECH_TITLE, "05/12/2023", ADDRESSEES, VOTERS, OPENING))
    assert kept[:3] == [ADDRESSEES, VOTERS, OPENING]


@pytest.mark.parametrize(
    ("text", "salutes"),
    [
        (ADDRESSEES, True),
        ('"Thưa đồng bào cả nước,', True),
        (
            "Thưa ông, chúng tôi đã chuẩn bị đầy đủ các báo cáo. Hội đồng sẽ xem xét trong "
            "phiên họp chiều nay, sau khi các tổ thảo luận xong,",
            False,
        ),
        (ADDRESSEES[:-1] + " đã về dự kỳ họp hôm nay và các vị khách quý từ các tỉnh bạn.", False),
    ],
)
def test_salutations(text: str, salutes: bool) -> None:
    assert is_salutation(Line(text, 0, len(text))) is salutes


def test_a_letter_introduced_above_its_quoted_salutation() -> None:
    letter_title = "Chủ tịch nước gửi thư chúc Tết đồng bào cả nước"
    intro = "Sau đây là toàn văn thư chúc Tết:"
    salute = '"Thưa đồng bào, đồng chí và chiến sĩ cả nước,'
    kept = body_lines(page(letter_title, intro, salute, OPENING))
    assert kept[:3] == [intro, salute, OPENING]
