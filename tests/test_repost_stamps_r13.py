"""A blog or forum page that reposts a report is stamped by the post's own date (README round 4).

Blog platforms print the post's date above its title in the platform's locale; Blogger's
Vietnamese one reads "Thứ Sáu, 12 tháng 3, 2021" (a comma before the year, no "năm"), which a
news site's masthead never writes ("Thứ Sáu, 12/03/2021", "Thứ Sáu, ngày 12 tháng 3 năm 2021").
The reposted report keeps its outlet's stamp under the headline; it is not the page's.
Fragments written for these tests (other names, places and outlets than any real page).
"""

from __future__ import annotations

import pytest

import vndiplo

BODY = (
    "Sáng 11/3, tại Hà Nội, Thủ tướng Lê Văn Bình đã tiếp ông Park Min-ho, Đại sứ Hàn Quốc "
    "tại Việt Nam, đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác.\n\n"
    "Thủ tướng đánh giá cao những đóng góp của Đại sứ cho quan hệ giữa hai nước.\n"
)


def _page(post_date: str, report_stamp: str) -> str:
    return (
        f"{post_date}\n\nTIN MỚI: THỦ TƯỚNG TIẾP ĐẠI SỨ HÀN QUỐC\n\n"
        f"Thủ tướng tiếp Đại sứ Hàn Quốc\n\nVNA\n\n{report_stamp}\n\n" + BODY
    )


@pytest.mark.parametrize(
    ("post_date", "report_stamp", "published"),
    [
        ("Thứ Sáu, 12 tháng 3, 2021", "11-03-2021", "2021-03-12"),
        ("Chủ Nhật, 14 tháng 3, 2021", "11/03/2021 08:15", "2021-03-14"),
        ("Thứ Hai, 15 tháng 3, 2021", "11.03.2021", "2021-03-15"),
        ("12 tháng 3, 2021", "11-03-2021", "2021-03-12"),
    ],
)
def test_the_blog_post_date_is_the_stamp(post_date: str, report_stamp: str, published: str) -> None:
    assert str(vndiplo.extract(_page(post_date, report_stamp)).published) == published


@pytest.mark.parametrize(
    "masthead",
    ["Thứ Sáu, 12/03/2021", "Thứ Sáu, ngày 12 tháng 3 năm 2021"],
)
def test_a_news_masthead_date_is_not_a_post_date(masthead: str) -> None:
    assert str(vndiplo.extract(_page(masthead, "11-03-2021")).published) == "2021-03-11"


def test_a_post_date_months_after_the_report_is_not_its_repost() -> None:
    page = _page("Thứ Sáu, 14 tháng 5, 2021", "11-03-2021")
    assert str(vndiplo.extract(page).published) == "2021-03-11"
