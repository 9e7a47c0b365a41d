"""A meeting told in a fronted clause with no subject of its own, and regards that are no visit.

"Bày tỏ vui mừng được gặp lại X ..., Chủ tịch Y khẳng định ...": the clause before the comma
has no subject; the one who met X is the speaker opening the main clause. "Lời hỏi thăm"
(regards, the same words as "thăm hỏi") names no visit. Invented names and places throughout.
"""

from __future__ import annotations

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, titled

PEOPLE = titled(
    {
        "Ngô Quang Vinh": ("Chủ tịch Quốc hội", "VN"),
        "Jonas Berg": ("Chủ tịch Quốc hội Na Uy", "NO"),
        "Erik Dahl": ("Thủ tướng Na Uy", "NO"),
    }
)


@pytest.mark.parametrize(
    "opening",
    [
        "Bày tỏ vui mừng được gặp lại",
        "Bày tỏ vui mừng được gặp",
        "Rất vui được gặp lại",
        "Hân hạnh được tiếp",
        "Vui mừng đón tiếp",
    ],
)
def test_the_speaker_after_a_fronted_meeting_is_its_other_side(opening: str) -> None:
    text = (
        f"{opening} Chủ tịch Quốc hội Na Uy Jonas Berg cùng đoàn đại biểu sang thăm Việt Nam, "
        "Chủ tịch Quốc hội Ngô Quang Vinh khẳng định chuyến thăm mở ra giai đoạn hợp tác mới."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert main.type in {"meeting", "reception"}
    assert {p.name for p in main.participants} == {"Ngô Quang Vinh", "Jonas Berg"}


@pytest.mark.parametrize("regards", ["lời hỏi thăm", "lời chào và lời hỏi thăm", "hỏi thăm"])
def test_regards_passed_on_are_no_visit(regards: str) -> None:
    text = (
        "Chủ tịch Quốc hội Ngô Quang Vinh nhờ Chủ tịch Jonas Berg chuyển tới Thủ tướng Erik "
        f"Dahl {regards} chân thành."
    )
    events = extract_events(annotate(text, PEOPLE))
    assert all(e.type != "visit" for e in events)
