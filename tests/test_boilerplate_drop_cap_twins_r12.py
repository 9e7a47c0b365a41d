"""Round 12: the lead printed twice with its drop cap lost ("ến thăm ..." style flattening),
one copy whole or both cut. Exactly one copy is body, whatever stands above it: a summary that
is kept, one that is a sapo, or nothing. Every page here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.boilerplate_helpers import body_lines, page

TITLE = "Đoàn đại biểu tỉnh Gia Lai thăm tỉnh Attapeu của Lào"
WHOLE = (
    "Đợt công tác của Đoàn đại biểu tỉnh Gia Lai do Bí thư Tỉnh ủy Hồ Văn Niên dẫn đầu từ "
    "ngày 8-10/4 theo lời mời của Tỉnh trưởng Attapeu Leth Xayaphone giúp bồi đắp thêm mối "
    "hữu nghị giữa hai tỉnh."
)
CUT = WHOLE[1:]
MORE = (
    "Tại buổi hội đàm sáng 9/4, Tỉnh trưởng Leth Xayaphone cảm ơn tỉnh Gia Lai đã hỗ trợ "
    "Attapeu đào tạo cán bộ và xây dựng trường học trong nhiều năm qua."
)
SUMMARY = (
    "(Gia Lai) - Báo chí tỉnh Attapeu viết nhiều bài về chuyến đi thăm của Bí thư Tỉnh ủy Gia "
    "Lai Hồ Văn Niên, nhất là buổi hội đàm với Tỉnh trưởng Leth Xayaphone."
)


def _copies(body: list[str]) -> int:
    return sum(1 for line in body if line.endswith(CUT))


@pytest.mark.parametrize(
    "pair",
    [(CUT, CUT), (CUT, WHOLE), (WHOLE, CUT)],
    ids=["both-cut", "cut-then-whole", "whole-then-cut"],
)
@pytest.mark.parametrize("above", [None, SUMMARY], ids=["no-summary", "summary"])
def test_one_copy_of_the_twin_lead_stays(pair: tuple[str, str], above: str | None) -> None:
    parts = [TITLE, *([above] if above else []), *pair, MORE]
    body = body_lines(page(*parts))
    assert _copies(body) == 1
    assert MORE in body


@pytest.mark.parametrize("pair", [(CUT, WHOLE), (WHOLE, CUT)])
def test_the_whole_copy_is_the_one_kept(pair: tuple[str, str]) -> None:
    assert WHOLE in body_lines(page(TITLE, *pair, MORE))


def test_a_summary_over_the_twin_lead_is_a_sapo() -> None:
    # Only the article's first paragraph has a drop cap: the credited line above is a summary.
    body = body_lines(page(TITLE, SUMMARY, CUT, CUT, MORE))
    assert body[0] == CUT


def test_a_caption_printed_twice_is_still_dropped() -> None:
    caption = "Bí thư Tỉnh ủy Hồ Văn Niên và Tỉnh trưởng Leth Xayaphone tại buổi hội đàm."
    body = body_lines(page(TITLE, WHOLE, caption, caption, MORE))
    assert caption not in body


_WORDS = st.sampled_from(
    [
        "hợp",
        "tác",
        "giữa",
        "hai",
        "tỉnh",
        "Gia",
        "Lai",
        "Attapeu",
        "ngày",
        "8/4",
        "đoàn",
        "thăm",
        "trường",
        "học",
        "cán",
        "bộ",
        "đào",
        "tạo",
        "kinh",
        "tế",
        "du",
        "lịch",
        "biên",
        "giới",
        "nhân",
        "dân",
        "hữu",
        "nghị",
    ]
)


# Distinct words, a paragraph's length: no label, no word said over and over.
@given(st.lists(_WORDS, min_size=14, max_size=22, unique=True), st.booleans(), st.booleans())
def test_never_both_copies_dropped(words: list[str], whole_first: bool, summary: bool) -> None:
    # (a lead narrates: a short line that names a scene and no act is a photo's description)
    whole = "Chuyến " + " ".join(words) + " đã giúp bồi đắp thêm mối giao hảo."
    cut = whole[1:]
    pair = (whole, cut) if whole_first else (cut, whole)
    parts = [TITLE, *([SUMMARY] if summary else []), *pair, MORE]
    body = body_lines(page(*parts))
    assert sum(1 for line in body if line.endswith(cut)) == 1
