"""One plural act noun over a list of counterparts ("các cuộc gặp với A, B và C", "các cuộc
trao đổi trực tuyến với A, B và C"): one event with each, the first written main (README AK2);
a single act with two counterparts keeps both. Invented sentences."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đinh Quốc Bảo": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Park Ji-hoon": {"titles": ["Ngoại trưởng Hàn Quốc"], "country": "KR"},
    "Somchai Wong": {"titles": ["Tỉnh trưởng"], "country": "TH"},
    "Lena Fischer": {"titles": ["Bộ trưởng Ngoại giao"], "country": "DE"},
}


def _main(text: str) -> Event:
    events = extract_events(annotate(text, PEOPLE, [("3/5", "--05-03", None)]))
    assert events, text
    return events[0]


def _names(event: Event) -> set[str]:
    return {p.name for p in event.participants}


@pytest.mark.parametrize(
    ("act", "kind"),
    [
        ("đã có các cuộc gặp với", "meeting"),
        ("đã có những cuộc hội đàm với", "talks"),
        ("đã có các cuộc trao đổi trực tuyến với", "phone_call"),
        ("đã có các cuộc tiếp xúc với", "meeting"),
    ],
)
def test_plural_act_noun_keeps_the_first_counterpart(act: str, kind: str) -> None:
    text = (
        f"Ngày 3/5, bên lề Hội nghị, Chủ tịch nước Đinh Quốc Bảo {act} Ngoại trưởng Park "
        "Ji-hoon, Bộ trưởng Lena Fischer và Tỉnh trưởng Somchai Wong."
    )
    main = _main(text)
    assert main.type == kind
    assert _names(main) == {"Đinh Quốc Bảo", "Park Ji-hoon"}


def test_one_meeting_with_two_keeps_both() -> None:
    text = (
        "Ngày 3/5, Chủ tịch nước Đinh Quốc Bảo đã gặp Ngoại trưởng Park Ji-hoon và Bộ trưởng "
        "Lena Fischer tại Hà Nội."
    )
    assert _names(_main(text)) == {"Đinh Quốc Bảo", "Park Ji-hoon", "Lena Fischer"}
