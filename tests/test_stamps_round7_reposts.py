"""Round 7: the page stamp of a blog repost, foreign-language stamps, closing credits.

- A blog prints each post's date above its title in the platform's locale (English, German,
  French), with no clock; the article it copies keeps its outlet's stamp below the headline. The
  post date is the page's stamp (README round 4) when it is the same day or up to a month after.
- A Vietnamese masthead "today", a clocked header (a live clock), a header years later (the
  crawl day) or one earlier than the article's stamp leave the article's stamp in place.
- A closing credit "(initials, office ngày D-M-YYYY)" without the comma before the day is the
  stamp too; a bracketed remark with a date is not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from vndiplo_boilerplate import rules
from vndiplo_boilerplate.closing import closing_credit_start, is_closing_credit

from vndiplo import extract

HEADLINE = "Chủ tịch tỉnh Ninh Thuận tiếp Đại sứ Ba Lan"
SOURCE = "Theo Báo Quê Hương"
LEAD = (
    "Chiều 2/6, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Ninh Thuận Lâm Quốc Đạt đã tiếp Đại "
    "sứ Ba Lan Tomasz Wrona đến thăm và làm việc tại tỉnh."
)
ARTICLE_STAMP = "09:40, 02/06/2014"


def repost(header: str, stamp: str = ARTICLE_STAMP) -> str:
    return f"{header}\n\n{HEADLINE}\n\n{SOURCE}\n{stamp}\n\n{LEAD}\n"


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Wednesday, June 4, 2014", dt.date(2014, 6, 4)),
        ("Thursday, 5 June 2014", dt.date(2014, 6, 5)),
        ("Donnerstag, 5. Juni 2014", dt.date(2014, 6, 5)),
        ("jeudi 5 juin 2014", dt.date(2014, 6, 5)),
        ("Posted on June 3rd, 2014", dt.date(2014, 6, 3)),
        ("Monday, June 2, 2014", dt.date(2014, 6, 2)),
        ("Saturday, 28 June 2014", dt.date(2014, 6, 28)),
    ],
)
def test_a_blogs_post_date_above_a_reposted_article_is_the_stamp(header: str, day: dt.date) -> None:
    doc = extract(repost(header))
    assert doc.published == day
    assert doc.published_source == "page"


@pytest.mark.parametrize(
    "stamp", ["2014-06-02", "02/06/2014 09:40", "Cập nhật: 02-06-2014", "Đăng lúc 9:40 02.06.2014"]
)
def test_the_post_date_wins_over_every_shape_of_the_articles_stamp(stamp: str) -> None:
    assert extract(repost("Wednesday, June 4, 2014", stamp)).published == dt.date(2014, 6, 4)


@pytest.mark.parametrize(
    "header",
    [
        "Thứ Tư, 04/06/2014",  # a Vietnamese masthead's "today"
        "Wednesday, June 4, 2014 10:31 AM",  # a live clock
        "Wednesday, March 9, 2022",  # the crawl day, years later
        "Sunday, June 1, 2014",  # earlier than the article: not its repost
    ],
)
def test_headers_that_are_no_post_date_leave_the_articles_stamp(header: str) -> None:
    assert extract(repost(header)).published == dt.date(2014, 6, 2)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Donnerstag, 13. August 2015", dt.date(2015, 8, 13)),
        ("Thursday, 13 August 2015", dt.date(2015, 8, 13)),
        ("Posted on 13th of August, 2015 at 9:15 pm", dt.date(2015, 8, 13)),
        ("mercredi 12 août 2015", dt.date(2015, 8, 12)),
        ("Mittwoch, 4. März 2015", dt.date(2015, 3, 4)),
    ],
)
def test_foreign_stamp_lines_are_datelines(line: str, day: dt.date) -> None:
    lowered = line.lower()
    assert rules.is_dateline(lowered, len(line.split()))
    assert rules.dateline_date(lowered) == day


def test_the_vietnamese_word_for_tomorrow_is_no_month() -> None:
    assert rules.dateline_date("sáng mai 5, 2015") is None


LAST = "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực giáo dục và du lịch."


@pytest.mark.parametrize(
    "credit",
    [
        "(Y.N., Sở Ngoại vụ TPHCM ngày 3-6-2011)",
        "(Q.H., Sở Ngoại vụ Đà Nẵng - 3/6/2011)",
        "(T.B., Ban Đối ngoại Tỉnh ủy Gia Lai 3.6.2011)",
        "(M.L., Văn phòng UBND tỉnh, ngày 3 tháng 6 năm 2011)",
    ],
)
def test_closing_credits_in_every_shape_stamp_the_page(credit: str) -> None:
    assert is_closing_credit(credit)
    assert closing_credit_start(f"{LAST} {credit}") == len(LAST) + 1
    doc = extract(f"{HEADLINE}\n\n{LEAD} {LAST} {credit}\n|\nCopyright 2011\n")
    assert doc.published == dt.date(2011, 6, 3)
    assert all("2011" not in d.text for d in doc.dates)


@pytest.mark.parametrize(
    "remark",
    [
        "(Hiệp định có hiệu lực từ ngày 1-1-2020)",
        "(ông Tư, Chủ tịch tỉnh, nhậm chức ngày 5-3-2020)",
        "(theo kế hoạch, hội nghị khai mạc ngày 5-3-2020)",
    ],
)
def test_a_bracketed_remark_with_a_date_is_no_credit(remark: str) -> None:
    assert not is_closing_credit(remark)
    assert closing_credit_start(f"{LAST} {remark}") is None
