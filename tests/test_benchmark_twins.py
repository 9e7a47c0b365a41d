"""The scorer's printed-twice rule (realpages README, round 7, convention 9): a prediction that
reads the other copy of a word-for-word repeated paragraph is as right as the gold's copy."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace
from typing import Any

from benchmarks.scoring import Case, Miss, score_lines, score_rest
from benchmarks.twins import Twins

_LEAD = "Chiều 14/2, tại thị trấn Bản Mây, Chủ tịch huyện Lò Văn Khiêm đã tiếp đoàn khách hữu nghị."
_NEXT = "Hai bên trao đổi về việc mở thêm một phiên chợ biên giới mỗi tháng và lớp dạy nghề dệt."
_HEAD = "Huyện Bản Mây đón khách hữu nghị"
# A teaser under the headline repeats the lead; the gold's body starts at the second copy.
_PAGE = f"{_HEAD}\n{_LEAD}\nTin liên quan\n{_LEAD}\n{_NEXT}"


def _case(text: str = _PAGE, **gold: Any) -> Case:
    base: dict[str, Any] = {
        "body_first_line": _LEAD,
        "body_first_occurrence": 2,
        "body_last_line": _NEXT,
        "people": [],
        "dates": [],
    }
    return Case("dev", "T", text, {**base, **gold})


def _doc(text: str, blocks: list[tuple[int, int]], dates: list[Any] | None = None) -> Any:
    return SimpleNamespace(
        text=text,
        body_blocks=[SimpleNamespace(start=s, end=e) for s, e in blocks],
        events=[],
        people=[],
        dates=dates or [],
    )


def _lines_score(case: Case, blocks: list[tuple[int, int]]) -> tuple[dict[str, float], list[Miss]]:
    tally: dict[str, float] = defaultdict(float)
    misses: list[Miss] = []
    score_lines(case, _doc(case.text, blocks), tally, misses)
    return tally, misses


def test_a_repeated_line_has_its_copy_and_a_short_one_has_none() -> None:
    twins = Twins(_PAGE)
    first = _PAGE.index(_LEAD)
    second = _PAGE.index(_LEAD, first + 1)
    assert twins.copies(first, first + 9) == [(second, second + 9)]
    assert twins.copies(second, second + len(_LEAD)) == [(first, first + len(_LEAD))]
    short = "Ảnh: Minh Hà\nNội dung chính của bài.\nẢnh: Minh Hà"
    assert Twins(short).copies(0, 5) == []
    assert twins.copies(_PAGE.index(_NEXT), _PAGE.index(_NEXT) + 5) == []


def test_keeping_the_teaser_copy_instead_of_the_gold_copy_scores_as_right() -> None:
    first = _PAGE.index(_LEAD)
    teaser_and_rest = [(first, first + len(_LEAD)), (_PAGE.index(_NEXT), len(_PAGE))]
    tally, misses = _lines_score(_case(), teaser_and_rest)
    assert tally["kept"] == tally["kept#"] == 2
    assert tally["dropped"] == tally["dropped#"]
    assert misses == []


def test_keeping_an_unrepeated_line_outside_the_body_is_still_a_miss() -> None:
    tally, misses = _lines_score(_case(), [(0, len(_PAGE))])
    assert tally["kept"] == 2
    kept_boilerplate = [m.got for m in misses if m.field == "kept boilerplate"]
    assert kept_boilerplate == [_HEAD, "Tin liên quan"]
    # Dropping the body's lead and its teaser alike is still a dropped body line.
    tally, misses = _lines_score(_case(), [(_PAGE.index(_NEXT), len(_PAGE))])
    assert [m.field for m in misses] == ["dropped body"]


def test_a_cut_off_last_line_is_a_copy_of_the_whole_paragraph_it_opens() -> None:
    cut = _NEXT[:50]
    page = f"{_HEAD}\n{_LEAD}\n{_NEXT}\nTin liên quan\n{_LEAD}\n{cut}"
    twins = Twins(page)
    assert twins.same_paragraph(cut, _NEXT)
    assert not twins.same_paragraph(cut, _LEAD)
    # A span of the whole paragraph moves into the cut copy as far as that copy goes.
    whole, cut_at = page.index(_NEXT), page.rindex(cut)
    assert twins.copies(whole, whole + len(_NEXT)) == [(cut_at, cut_at + len(cut))]
    # Not the last line: a line that merely opens a longer one is no copy of it.
    assert not Twins(f"{cut}\n{_NEXT}\nHết.").same_paragraph(cut, _NEXT)


def test_a_gold_date_found_in_the_other_copy_overlaps() -> None:
    teaser_at = _PAGE.index(_LEAD)
    got = SimpleNamespace(text="Chiều 14/2", value="--02-14", start=teaser_at, end=teaser_at + 10)
    date = {"text": "Chiều 14/2", "value": "--02-14"}
    case = _case(dates=[date])
    tally: dict[str, float] = defaultdict(float)
    misses: list[Miss] = []
    doc = _doc(_PAGE, [], [got])

    def check(plugin: str, field: str, want: Any, got_: Any, ok: bool) -> None:
        tally[field] += ok
        tally[field + "#"] += 1

    score_rest(case, doc, tally, check, misses)
    assert tally["date_overlap_tp"] == 1
    assert tally["date_value"] == 1
    assert misses == []
