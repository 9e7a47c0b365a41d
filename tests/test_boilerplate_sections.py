"""A section name glued before the headline is cut off it; headlines that open with the same
words keep them."""

from __future__ import annotations

import pytest
import vndiplo_boilerplate as plugin
from vndiplo_boilerplate.sections import section_prefix
from vndiplo_boilerplate.vocabulary import DEFAULT_MARKERS

from vndiplo import Document

HEADLINE = "Hải quan Kalmora phối hợp với Việt Nam ngăn chặn buôn lậu qua cảng biển"
LEAD = (
    "Sáng 4/9, tại Hà Nội, Tổng cục Hải quan và Cơ quan Hải quan Kalmora đã ký kết bản ghi nhớ "
    "về trao đổi thông tin chống buôn lậu."
)
SECOND = "Hai bên nhất trí thành lập nhóm công tác chung và họp định kỳ hằng năm tại mỗi nước."
SECTIONS = frozenset(m.text.lower() for m in DEFAULT_MARKERS if m.role == "section")


def labelled(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in plugin.clean_text(Document(text).normalized)]


@pytest.mark.parametrize("glued", ["Chính trị ", "Xã hội - ", "Quốc tế: ", "Thời sự – "])
def test_section_name_before_the_headline_is_cut_off(glued: str) -> None:
    text = "\n\n".join([glued + HEADLINE, "10:20, 05/09/2024", LEAD, SECOND])
    found = labelled(text)
    assert ("title", HEADLINE) in found
    assert found[0] == ("boilerplate", glued.rstrip(" -–:"))
    assert [quoted for kind, quoted in found if kind == "body"] == [LEAD, SECOND]


@pytest.mark.parametrize(
    "headline",
    [
        "Chính trị gia Kalmora đến thăm tỉnh Quảng Bình",  # the rest opens in lower case
        "Kinh tế Việt Nam tăng trưởng vượt dự báo quý ba",  # the name runs into a proper name
        "Thế giới chúc mừng quốc khánh Cộng hòa Kalmora",  # a plain headline word
        "Thời sự nóng",  # too short to be a headline of its own
    ],
)
def test_headlines_opening_with_section_words_keep_them(headline: str) -> None:
    assert section_prefix(headline, headline.lower(), SECTIONS, 3) is None


def test_no_sections_registered_means_no_cut() -> None:
    line = "Chính trị " + HEADLINE
    assert section_prefix(line, line.lower(), frozenset(), 3) is None


def test_section_role_entries_are_never_line_markers() -> None:
    # "Thời sự" alone above the headline stays the section line it was, not a widget marker.
    text = "\n\n".join(["Thời sự", HEADLINE, "10:20, 05/09/2024", LEAD, SECOND])
    found = labelled(text)
    assert ("title", HEADLINE) in found
    assert [quoted for kind, quoted in found if kind == "body"] == [LEAD, SECOND]
