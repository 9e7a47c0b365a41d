"""An airport welcome is a moment of the visit it opens, each construction in invented words:
the visit the body names wins, the headline's visit is built when the body never names it, and a
welcome away from an arrival (or with no visit anywhere) stays the main event."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Hà Quang Vinh": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Lars Berg": {"titles": ["Bộ trưởng Bộ Văn hóa"], "country": "SE"},
    "Maria Lind": {"titles": ["Thủ tướng Thụy Điển"], "country": "SE"},
}


def _main(text: str, **fields: Any) -> Event:
    return extract_events(
        annotate(text, PEOPLE, [("Chiều 9/5", "2026-05-09", "afternoon")], **fields)
    )[0]


def test_the_visit_named_before_the_airport_welcome_is_the_main_event() -> None:
    text = (
        "Chiều 9/5, chuyên cơ chở Chủ tịch nước Hà Quang Vinh đã hạ cánh xuống Stockholm, "
        "bắt đầu chuyến thăm cấp Nhà nước Thụy Điển. "
        "Đón Chủ tịch nước Hà Quang Vinh tại sân bay Arlanda có Bộ trưởng Bộ Văn hóa Lars Berg."
    )
    main = _main(text, title="Chủ tịch nước Hà Quang Vinh bắt đầu chuyến thăm Thụy Điển")
    assert main.type == "visit"
    assert main.trigger.lower() == "chuyến thăm cấp nhà nước"


def test_the_headline_visit_is_built_when_the_body_tells_only_the_welcome() -> None:
    text = (
        "Chiều 9/5, đón Chủ tịch nước Hà Quang Vinh tại sân bay Arlanda có Bộ trưởng Bộ Văn hóa "
        "Lars Berg và nhiều quan chức Thụy Điển. Theo chương trình, Chủ tịch nước sẽ hội đàm "
        "với Thủ tướng Thụy Điển Maria Lind."
    )
    main = _main(text, title="Chủ tịch nước bắt đầu chuyến thăm Thụy Điển")
    assert main.type == "visit"
    assert main.trigger == "chuyến thăm"
    assert [(p.name, p.role) for p in main.participants] == [("Hà Quang Vinh", "guest")]


def test_a_welcome_at_the_airport_with_no_visit_anywhere_stays() -> None:
    text = (
        "Chiều 9/5, tại sân bay Arlanda, Bộ trưởng Bộ Văn hóa Lars Berg đón Chủ tịch nước "
        "Hà Quang Vinh."
    )
    main = _main(text, title="Bộ trưởng Thụy Điển đón Chủ tịch nước tại sân bay")
    assert main.type == "reception"


def test_a_welcome_in_the_city_is_not_an_arrival() -> None:
    text = (
        "Chiều 9/5, tại Phủ Thủ tướng, Thủ tướng Thụy Điển Maria Lind đón Chủ tịch nước Hà Quang "
        "Vinh, sau đó hai bên trao đổi về hợp tác văn hóa."
    )
    main = _main(text, title="Chủ tịch nước Hà Quang Vinh bắt đầu chuyến thăm Thụy Điển")
    assert main.type == "reception"
