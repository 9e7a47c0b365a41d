"""A site's live clock above the headline is not the article's stamp.

Some sites print the current weekday, date and time in their top bar, beside a hotline or a
contact line, on every page they serve: an old article crawled today would otherwise be dated
today, and its year-less "Chiều 6/3" read in the wrong year. Invented pages; near misses: a
clocked stamp under a section name, an article's own stamp below the headline, a date with no
weekday.
"""

from __future__ import annotations

import pytest

from vndiplo import extract

HEADLINE = "Thủ tướng tiếp Đại sứ Thụy Điển"
LEAD = "Chiều 6/3, tại Trụ sở Chính phủ, Thủ tướng Lê Văn An đã tiếp Đại sứ Thụy Điển Johan Ndisi."


def _page(*head: str, below: str = "") -> str:
    return "\n".join(head) + f"\n\n{HEADLINE}\n\n{below}{LEAD}\n"


@pytest.mark.parametrize(
    "head",
    [
        ("Thứ Tư 12/03/2031 08:15", "Hotline: 0912 345 678", "Chính trị"),
        ("Đường dây nóng: 0237 3721150", "Thứ 4, 12/3/2031 | 08:15", "Thời sự"),
        ("Thứ Tư, 12/03/2031, 08:15 (GMT+7)", "ĐT: 024.3856.1234 - Email: toasoan@tinmoi.vn"),
        ("Thứ tư 12/03/2031 08:15", "ĐẶT MUA BÁO", "Xã hội"),
    ],
)
def test_a_weekday_clock_beside_the_contact_bar_is_no_stamp(head: tuple[str, ...]) -> None:
    doc = extract(_page(*head))
    assert doc.published is None
    assert doc.events[0].date == "--03-06"


def test_a_clocked_stamp_under_a_section_name_stays_the_stamp() -> None:
    doc = extract(_page("Chính trị", "Thứ Tư, 12/03/2031 08:15"))
    assert str(doc.published) == "2031-03-12"


def test_the_articles_own_stamp_below_the_headline_wins() -> None:
    doc = extract(
        _page("Thứ Tư 12/03/2031 08:15", "Hotline: 0912 345 678", below="07/03/2031 10:20\n")
    )
    assert str(doc.published) == "2031-03-07"


def test_a_date_without_a_weekday_beside_the_hotline_stays_the_stamp() -> None:
    doc = extract(_page("12/03/2031 08:15", "Hotline: 0912 345 678"))
    assert str(doc.published) == "2031-03-12"
