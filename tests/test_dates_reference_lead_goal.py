"""Two ways a stamp-less page's body used to give a wrong reference date (round 6, corpus dev).

* A lead dated from the writer's own day ("Chiều nay, ...") leaves the day unwritten; a day/month
  written in a later sentence dates another event (an earlier signing, a planned session), so it
  is not the article's day. A relative word in the day/month's own sentence is still its hint.
* A goal's deadline in the main day's own sentence ("hướng tới mục tiêu ... vào năm 2030") is a
  year set ahead, not the year of the event the sentence reports (also when a lost space glues
  the next sentence to the lead).
"""

from __future__ import annotations

import datetime as dt

import pytest

from vndiplo import extract


@pytest.mark.parametrize(
    "text",
    [
        "Chiều nay, tại Hà Nội, Bộ trưởng Lê Minh Khoa chủ trì lễ đón Bộ trưởng Quốc phòng "
        "Ba Lan.\n\nNgày 28/4, hai bộ đã ký bản ghi nhớ về đào tạo sĩ quan.\n",
        "Sáng nay, Chủ tịch tỉnh Đặng Văn Hòa tiếp Đại sứ Chi-lê.\n\nHôm qua, Đại sứ thăm cảng "
        "biển của tỉnh. Trước đó, ngày 12/9, Đại sứ làm việc với Bộ Công Thương.\n",
        "Tối qua, Ban Đối ngoại Trung ương tiếp đoàn Đảng Cộng sản Cu-ba.\n\nTheo kế hoạch, "
        "ngày 5/12 tới, đoàn sẽ thăm tỉnh Nghệ An.\n",
        "Hôm nay tại trụ sở Bộ Ngoại giao, Thứ trưởng Võ Thanh Hà hội đàm với Thứ trưởng "
        "Ngoại giao Peru.\n\nNgày 3/7, hai bên đã họp tham khảo chính trị tại Lima.\n",
    ],
)
def test_a_later_day_month_after_a_deictic_lead_is_not_the_articles_day(text: str) -> None:
    # the anniversary fixes the year: without the rule the later day/month became the page's day
    anchor = "Năm 2026, hai nước kỷ niệm 30 năm (1996-2026) thiết lập quan hệ ngoại giao.\n"
    assert extract(text + anchor).published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative word and the day/month in one sentence: the day/month is the lead's own
        (
            "Chiều nay (2/6), Bộ trưởng Lê Minh Khoa tiếp Đại sứ Séc. Năm 2026, hai nước kỷ "
            "niệm 76 năm (1950-2026) thiết lập quan hệ.\n",
            dt.date(2026, 6, 2),
        ),
        (
            "Hôm qua, ngày 30/3/2026, Thủ tướng Trần Quốc An hội đàm với Thủ tướng Nepal.\n",
            dt.date(2026, 3, 31),
        ),
        # "năm nay", "tuần qua" name no day: the later day/month still dates the article
        (
            "Năm nay, hai nước đẩy mạnh hợp tác.\n\nNgày 5/6/2026, Thủ tướng Trần Quốc An tiếp "
            "Bộ trưởng Thương mại Peru.\n",
            dt.date(2026, 6, 5),
        ),
        (
            "Tuần qua, nhiều đoàn nước ngoài đến Hà Nội.\n\nNgày 9/10/2026, Chủ tịch tỉnh Đặng "
            "Văn Hòa tiếp Đại sứ Chi-lê.\n",
            dt.date(2026, 10, 9),
        ),
    ],
)
def test_deictic_near_misses_keep_their_reference(text: str, expected: dt.date) -> None:
    assert extract(text).published == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Lâm Quốc Bảo ngày 14/8 điện đàm với Thủ tướng Na Uy, hướng tới mục tiêu đưa "
        "kim ngạch hai chiều lên 5 tỷ USD vào năm 2030.\n",
        # a lost space glues the next sentence, and its goal, to the lead
        "Ngày 14/8, Thủ tướng Lâm Quốc Bảo điện đàm với Thủ tướng Na Uy.Hai bên đặt mục tiêu "
        "kim ngạch đạt 5 tỷ USD năm 2030.\n",
        "Sáng 14/8, Bộ trưởng Lê Minh Khoa hội đàm với Bộ trưởng Kinh tế Chi-lê, nhất trí phấn "
        "đấu đưa thương mại song phương đạt 3 tỷ USD trong năm 2029.\n",
    ],
)
def test_a_goals_deadline_does_not_date_the_lead(text: str) -> None:
    doc = extract(text)
    assert doc.published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 14/8, Thủ tướng Lâm Quốc Bảo dự hội đàm thường niên năm 2027 với Thủ tướng "
            "Na Uy.\n",
            dt.date(2027, 8, 14),
        ),
        # the goal word after the year does not make it a deadline
        (
            "Ngày 14/8, hai bên đánh giá thương mại năm 2027 đã vượt mục tiêu đề ra.\n",
            dt.date(2027, 8, 14),
        ),
    ],
)
def test_a_year_in_the_leads_sentence_that_is_no_goal_still_dates_it(
    text: str, expected: dt.date
) -> None:
    assert extract(text).published == expected
