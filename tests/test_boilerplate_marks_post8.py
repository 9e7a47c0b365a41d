"""Post-round-8 (studied): a reporter's initials under the article, a photo's slug in the head.

A paper signs a story with the reporter's initials only ("TR.NG.") on its last line; a site
prints a photo's slug ("tran-4410-2207": a word and two numbers) above the photo's caption.
Neither is the article's text. Invented pages, other outlets' layouts.
"""

from __future__ import annotations

import pytest
from vndiplo_boilerplate.file_names import is_file_name
from vndiplo_boilerplate.rules import is_name_like

from tests.boilerplate_helpers import body_lines, page

TITLE = "Bí thư Tỉnh ủy Bình Định tiếp Đại sứ Hungary"
LEAD = (
    "Chiều 12/4, tại Quy Nhơn, Bí thư Tỉnh ủy Bình Định Hồ Quốc Dũng đã tiếp Đại sứ Hungary "
    "tại Việt Nam Bálint Lénárd nhân chuyến công tác của Đại sứ tại địa phương."
)
LAST = (
    "Đại sứ Bálint Lénárd mong muốn hai bên sớm tổ chức diễn đàn doanh nghiệp để kết nối "
    "các nhà đầu tư Hungary với các khu công nghiệp của tỉnh."
)


@pytest.mark.parametrize("initials", ["TR.NG.", "H.L.", "NG.TH.", "V.A", "Q.H", "PH.L."])
def test_a_reporters_initials_below_the_article_are_no_body(initials: str) -> None:
    assert body_lines(page(TITLE, LEAD, LAST, initials)) == [LEAD, LAST]


@pytest.mark.parametrize("text", ["VOV.VN", "TP.HCM", "Baoquocte.vn", "G.7", "Hà Nội."])
def test_a_sites_name_or_a_place_is_no_set_of_initials(text: str) -> None:
    assert not is_name_like(text, len(text.split()))


@pytest.mark.parametrize("slug", ["tran-4410-2207", "img-20230915-01", "anh-12-4471", "ngoc-881-2"])
def test_a_photos_slug_is_a_file_name(slug: str) -> None:
    assert is_file_name(slug)


@pytest.mark.parametrize("text", ["covid-19", "apec-2017", "g-20", "su-30-mk2"])
def test_a_name_with_one_number_is_no_slug(text: str) -> None:
    assert not is_file_name(text)


def test_the_caption_below_a_slug_is_no_body() -> None:
    caption = "Bí thư Tỉnh ủy Bình Định Hồ Quốc Dũng"
    assert body_lines(page(TITLE, "tran-4410-2207", caption, LEAD, LAST)) == [LEAD, LAST]
