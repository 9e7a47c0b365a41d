"""Page chrome on the headline's own line: a title-bar separator, a language switch, a stamp.

A flattened page may leave the separator before the site's name, a link to another language
version or the post's bracketed stamp after the headline. The headline stops before them; the
stamp is read as the page's date. A headline that itself ends in brackets (a span of years, an
abbreviation) or a dash inside it keeps its words.
"""

from __future__ import annotations

import datetime as dt

import pytest
import vndiplo_boilerplate as plugin
from vndiplo_boilerplate.title_tails import title_tail

import vndiplo
from vndiplo import Document

HEADLINE = "Phó Chủ tịch tỉnh Gia Lai tiếp Đại sứ Hungary"
LEAD = (
    "Sáng 9/4, tại trụ sở UBND tỉnh, Phó Chủ tịch tỉnh Gia Lai Trần Văn An đã tiếp Đại sứ "
    "Hungary tại Việt Nam Bálint Szabó và đoàn công tác."
)
NEXT = "Hai bên đã trao đổi về khả năng hợp tác trong nông nghiệp, y tế và giáo dục nghề."


def page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "chrome",
    [" |", " ||", "|", " [en]", " [FR]", " (en)", " [vi] |"],
)
def test_a_separator_or_language_switch_after_the_headline_is_cut_off(chrome: str) -> None:
    doc = vndiplo.extract(page(HEADLINE + chrome, LEAD, NEXT))
    assert doc.headline == HEADLINE
    assert doc.body.startswith(LEAD)


@pytest.mark.parametrize(
    "stamp",
    [" (08:15 09/04/2021)", " (8h15, 09-04-2021)", "(9-4-2021)", " [09.04.2021]"],
)
def test_a_bracketed_stamp_after_the_headline_is_the_page_date(stamp: str) -> None:
    text = page(HEADLINE + stamp, LEAD, NEXT)
    doc = vndiplo.extract(text)
    assert doc.headline == HEADLINE
    kinds = [b.kind for b in plugin.clean_text(Document(text).normalized)]
    assert kinds[:2] == ["title", "dateline"]
    assert doc.published == dt.date(2021, 4, 9)
    assert doc.published_source == "page"


@pytest.mark.parametrize(
    "headline",
    [
        "Quan hệ Việt Nam - Hungary (1950-2020) qua các chuyến thăm",
        "Quan hệ đối tác Việt Nam - Hungary (1950-2020)",
        "Gia Lai đón đoàn Tổ chức Lương thực và Nông nghiệp (FAO)",
        "Hội đàm cấp cao Việt Nam - Hungary",
        "Tin vắn |",  # too short to be a headline once the mark is gone
    ],
)
def test_a_headline_of_its_own_keeps_its_words(headline: str) -> None:
    assert title_tail(headline) is None
