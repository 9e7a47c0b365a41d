"""A planned visit in one article and its report in a later one: linked in the database and the
report, whichever build brings each (issue #13: "planned events link to the real event").

Whole pipeline (Runner), our own sentences.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from tests.corpus_helpers import CHINH, CUONG, KNAPPER, SONEXAY, planned_visit, report
from vndiplo import Runner
from vndiplo.corpus import CorpusStore, merged_events
from vndiplo.corpus.report import render_report

PLAN = {
    "id": "tin-1",
    "url": "https://tin.example.vn/1",
    "text": "Hà Nội, ngày 2/5/2025 - Theo lời mời của Chủ tịch nước Lương Cường, Tổng thống "
    "Indonesia Prabowo Subianto sẽ thăm cấp Nhà nước tới Việt Nam vào ngày 12/5.",
}
REPORTED = {
    "id": "bao-7",
    "url": "https://bao.example.vn/7",
    "text": "Hà Nội, ngày 12/5/2025 - Sáng 12/5, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã "
    "hội đàm với Tổng thống Indonesia Prabowo Subianto.",
}
RECALLED = {
    "id": "bao-9",
    "text": "Hà Nội, ngày 3/9/2025 - Nhắc lại chuyến thăm cấp Nhà nước của Tổng thống Prabowo "
    "Subianto hồi tháng 5, Bộ trưởng cho biết hai bên đang triển khai các thỏa thuận.",
}


def _mentions(conn: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    return conn.execute("SELECT id, kind, event_id FROM mentions ORDER BY id").fetchall()


def test_a_planned_visit_links_to_its_later_report_across_builds(tmp_path: Path) -> None:
    runner = Runner()
    path = tmp_path / "c.sqlite"
    with CorpusStore(path) as store:
        store.add_many(runner.run_many([PLAN]))
        assert _mentions(store.conn) == [("tin-1#0", "planned", None)]
        page = render_report(store.conn)
        assert "not reported in this corpus" in page
    with CorpusStore(path) as store:
        store.add_many(runner.run_many([REPORTED, RECALLED]))
        (event,) = merged_events(store.conn)
        assert (event.type, event.date, event.id) == ("talks", "2025-05-12", "bao-7#0")
        assert _mentions(store.conn) == [
            ("bao-9#0", "referenced", "bao-7#0"),
            ("tin-1#0", "planned", "bao-7#0"),
        ]
        assert event.mentions == ("bao-9#0", "tin-1#0")
        page = render_report(store.conn)
    # The event's row quotes the announcement, linked to its outlet and its own row ...
    row = re.search(r'<tr class="event" id="e0".*?</tr>', page, flags=re.S)
    assert row is not None
    assert "Announced beforehand" in row.group(0) and "Recalled afterwards" in row.group(0)
    assert 'href="#m-tin-1-0"' in row.group(0) and "https://tin.example.vn/1" in row.group(0)
    assert "sẽ thăm cấp Nhà nước" in row.group(0)
    # ... and the announcement's row links back to the event it announced.
    mention = re.search(r'<tr class="mention-row" id="m-tin-1-0".*?</tr>', page, flags=re.S)
    assert mention is not None and '<a href="#e0">talks of 2025-05-12</a>' in mention.group(0)
    assert 'id="count-mentions" data-count="2"' in page


def test_re_adding_the_report_keeps_the_link_and_removing_it_drops_it() -> None:
    runner = Runner()
    with CorpusStore() as store:
        store.add_many(runner.run_many([PLAN, REPORTED]))
        linked = _mentions(store.conn)
        assert linked == [("tin-1#0", "planned", "bao-7#0")]
        assert store.add_many(runner.run_many([REPORTED])) == 0
        assert _mentions(store.conn) == linked
        # A corrected text that no longer reports the talks leaves the plan unlinked.
        store.add_many(runner.run_many([{**REPORTED, "text": "Hà Nội, ngày 12/5/2025 - Mưa."}]))
        assert _mentions(store.conn) == [("tin-1#0", "planned", None)]


def test_links_follow_events_as_later_builds_merge_them() -> None:
    """Only the mentions of people a build touched are re-linked; the rest must stay right."""
    plan = planned_visit("p-1")
    other_plan = report(
        "p-2",
        "Đại sứ sẽ chào Thủ tướng.",
        people=[CHINH, KNAPPER],
        type="meeting",
        date=None,
        published="2025-02-01",
        planned=True,
    )
    builds = [
        [plan, other_plan],
        [report("c-1", "Chủ tịch nước tiếp Thủ tướng Lào.", people=[CUONG, SONEXAY])],
        [report("x-1", "Thủ tướng tiếp Đại sứ.", people=[CHINH, KNAPPER])],
        # the smaller id takes the merged event over: the plan must follow it
        [report("a-1", "Chủ tịch nước hội kiến Thủ tướng Lào.", people=[CUONG, SONEXAY])],
    ]
    expected = [
        [("p-1#0", "planned", None), ("p-2#0", "planned", None)],
        [("p-1#0", "planned", "c-1#0"), ("p-2#0", "planned", None)],
        [("p-1#0", "planned", "c-1#0"), ("p-2#0", "planned", "x-1#0")],
        [("p-1#0", "planned", "a-1#0"), ("p-2#0", "planned", "x-1#0")],
    ]
    with CorpusStore() as store, CorpusStore() as fresh:
        for build, links in zip(builds, expected, strict=True):
            store.add_many(build)
            assert _mentions(store.conn) == links
        fresh.add_many([doc for build in reversed(builds) for doc in build])
        assert _mentions(fresh.conn) == expected[-1]
