"""A tea, a banquet or a dinner is a meeting of its own, apart from the same pair's talks that day.

Names, outlets and dates are made up. One state visit: the welcome and the talks in the morning,
a tea or a state banquet later the same day. Outlets report the welcome and the talks as one
meeting, the tea as another. Near misses: a welcome and talks the same day still merge, a banquet
two outlets name differently merges, an arrival page joins the talks rather than the tea.
"""

from __future__ import annotations

import pytest

from tests.corpus_helpers import report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.corpus.facts import SOCIAL, family_of
from vndiplo.corpus.occasion import occasion_of, occasions_in_article
from vndiplo.model import Document

HOST = ("Đoàn Minh Khuê", "Chủ tịch nước", "VN", "host")
GUEST = ("Henrik Lassen", "Thủ tướng Đan Mạch", "DK", "guest")
DAY = "2025-05-21"


def _report(doc_id: str, trigger: str, type: str = "reception", **kw: object) -> Document:
    return report(
        doc_id,
        f"Chủ tịch nước {trigger} Thủ tướng Đan Mạch.",
        people=kw.pop("people", [HOST, GUEST]),  # type: ignore[arg-type]
        type=type,
        date=kw.pop("date", DAY),  # type: ignore[arg-type]
        published=kw.pop("published", DAY),  # type: ignore[arg-type]
        trigger=trigger,
        **kw,  # type: ignore[arg-type]
    )


def _together(events: list[MergedEvent], a: str, b: str) -> bool:
    return any({a, b} <= {s.document_id for s in e.sources} for e in events)


@pytest.mark.parametrize(
    "trigger",
    [
        "tiệc trà",
        "dùng trà",
        "thưởng trà",
        "gặp gỡ thân mật bên tách trà",
        "quốc yến",
        "tiệc chiêu đãi",
        "chiêu đãi",
        "ăn tối",
        "ăn trưa làm việc",
        "dạo bộ",
        "Tiệc Trà",
        # foreign services' English pages report the same occasions
        "hosted a state banquet",
        "gave a dinner in honour of",
        "Working Lunch",
        "joined him for tea",
    ],
)
def test_tea_banquet_and_meal_triggers_are_social(trigger: str) -> None:
    assert occasion_of(trigger) == "social"


@pytest.mark.parametrize(
    "trigger",
    # near misses: "tra" (to check), "đạo" (to lead), "yên" (calm) are not tea, walk or banquet
    [
        "hội đàm",
        "lễ đón",
        "tiếp",
        "hội kiến",
        "tiếp tân",
        "điều tra",
        "lãnh đạo",
        "chúc yên",
        "held talks with",
        "welcomed the team",
    ],
)
def test_welcome_talks_and_lookalike_words_are_formal(trigger: str) -> None:
    assert occasion_of(trigger) == "formal"


def test_a_bare_meet_is_plain_and_no_trigger_unknown() -> None:
    assert [occasion_of(t) for t in ("gặp", "gặp gỡ", "tiếp xúc", "")] == [
        "plain",
        "plain",
        "plain",
        "unknown",
    ]


def test_a_bare_meet_takes_the_occasion_of_its_article_that_day() -> None:
    tea_page = [("gặp", DAY), ("tiệc trà", DAY)]
    assert occasions_in_article(tea_page) == ["social", "social"]
    talks_and_tea = [("gặp", DAY), ("hội đàm", DAY), ("tiệc trà", DAY)]
    assert occasions_in_article(talks_and_tea)[0] == "formal"
    tea_the_day_before = [("gặp", DAY), ("tiệc trà", "2025-05-20")]
    assert occasions_in_article(tea_the_day_before)[0] == "formal"


def test_only_a_meeting_family_splits_by_occasion() -> None:
    assert family_of("meeting", "tiệc trà") == SOCIAL
    assert family_of("reception", "quốc yến") == SOCIAL
    assert family_of("talks", "hội đàm") == "meeting"
    assert family_of("meeting") == "meeting"  # no trigger: the family it always had
    assert family_of("attend", "dự tiệc chiêu đãi") == "attend"


def test_same_day_welcome_and_tea_of_one_pair_are_two_meetings() -> None:
    events = merge([_report("tuoitre-1", "lễ đón"), _report("vov-1", "tiệc trà", type="meeting")])
    assert not _together(events, "tuoitre-1", "vov-1")


def test_same_day_welcome_and_talks_still_merge() -> None:
    welcome = _report("tuoitre-2", "lễ đón")
    talks = _report("nld-2", "hội đàm", type="talks")
    events = merge([welcome, talks])
    assert _together(events, "tuoitre-2", "nld-2")


def test_a_banquet_two_outlets_name_otherwise_merges() -> None:
    events = merge([_report("qdnd-3", "quốc yến"), _report("vnx-3", "tiệc chiêu đãi")])
    assert _together(events, "qdnd-3", "vnx-3")


@pytest.mark.parametrize(
    ("trigger", "type", "joins"),
    [
        ("dùng trà", "meeting", "tea"),  # the guest's tea, one side named
        ("thăm chính thức", "visit", "talks"),  # an arrival: a visit goes with the formal meeting
    ],
)
def test_a_one_sided_report_joins_its_own_occasion(trigger: str, type: str, joins: str) -> None:
    talks = _report("nld-4", "hội đàm", type="talks")
    tea = _report("vov-4", "thưởng trà", type="meeting")
    one_sided = _report("kt-4", trigger, type=type, people=[GUEST])
    events = merge([talks, tea, one_sided])
    own, other = ("vov-4", "nld-4") if joins == "tea" else ("nld-4", "vov-4")
    assert _together(events, own, "kt-4")
    assert not _together(events, other, "kt-4")


def test_a_yearless_tea_joins_the_dated_tea_not_the_dated_talks() -> None:
    talks = _report("nld-6", "hội đàm", type="talks")
    tea = _report("vov-6", "tiệc trà", type="meeting")
    yearless = _report("dt-6", "ăn tối", type="meeting", date="--05-21", published=None)
    events = merge([talks, tea, yearless])
    assert _together(events, "vov-6", "dt-6")
    assert not _together(events, "nld-6", "dt-6")
