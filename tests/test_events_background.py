"""An earlier event told as background ("Trước đó, ...", "Hôm trước, ...", "Một ngày trước
đó, ...") never beats the headline's event, however the body tells that event; background of
the headline's own type is the news told in retrospect and stays.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đinh Quốc Bảo": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
    "Somchai Vilay": {"titles": ["Phó Chủ tịch nước Lào"], "country": "LA"},
    "Lưu Hải Phong": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
}

_BACKGROUND_VISIT = (
    "{opener} đoàn đại biểu Lào do đồng chí Somchai Vilay dẫn đầu đã đến thăm Khu công nghiệp "
    "Tân Phú và trao đổi với doanh nghiệp sở tại."
)
_RECEPTION_BACKREF = (
    "Tại buổi tiếp, Bí thư Tỉnh ủy Đinh Quốc Bảo nhiệt liệt chào mừng chuyến thăm của đoàn. "
    "Đáp từ, đồng chí Somchai Vilay cảm ơn sự đón tiếp chu đáo của tỉnh."
)


def _main(text: str, title: str) -> Event:
    events = extract_events(annotate(text, PEOPLE, title=title))
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "opener", ["Trước đó,", "Trước đó một ngày,", "Hôm trước,", "Một ngày trước đó,"]
)
def test_background_visit_gives_way_to_the_headline_reception(opener: str) -> None:
    text = _RECEPTION_BACKREF + "\n" + _BACKGROUND_VISIT.format(opener=opener)
    main = _main(text, "Bí thư Tỉnh ủy Đinh Quốc Bảo tiếp đoàn đại biểu Lào")
    assert main.type == "reception"
    assert roles(main) == [("Somchai Vilay", "guest"), ("Đinh Quốc Bảo", "host")]


def test_background_of_the_headline_type_is_the_news_told_in_retrospect() -> None:
    text = (
        "Chiều 26/4, chuyến thăm chính thức tỉnh Chăm-pa-sắc của đoàn công tác tỉnh đã kết "
        "thúc tốt đẹp.\nTrước đó, ngày 24/4, đoàn công tác do Chủ tịch UBND tỉnh Lưu Hải Phong "
        "làm trưởng đoàn đã đến Pắc-xế, bắt đầu chuyến thăm chính thức tỉnh Chăm-pa-sắc."
    )
    main = _main(text, "Đoàn công tác tỉnh thăm chính thức tỉnh Chăm-pa-sắc")
    assert main.type == "visit"
    assert "Lưu Hải Phong" in {p.name for p in main.participants}


def test_background_is_kept_when_the_headline_names_no_event() -> None:
    text = (
        "Trước đó, đoàn đại biểu Lào do đồng chí Somchai Vilay dẫn đầu đã đến thăm Khu công "
        "nghiệp Tân Phú."
    )
    main = _main(text, "Khu công nghiệp Tân Phú thu hút vốn đầu tư")
    assert main.type == "visit"


def test_the_person_a_mausoleum_is_named_after_is_no_subject() -> None:
    people = {
        **PEOPLE,
        "Trần Đại Nghĩa": {"titles": ["Chủ tịch"], "country": "VN"},
        "Mai Thế Vinh": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
    }
    text = (
        "Chiều nay, Phó Chủ tịch nước Lào Somchai Vilay vào Lăng viếng Chủ tịch Trần Đại Nghĩa "
        "trước khi có cuộc hội kiến Chủ tịch Quốc hội Mai Thế Vinh."
    )
    events = extract_events(annotate(text, people))
    assert events
    assert all("Trần Đại Nghĩa" not in {p.name for p in e.participants} for e in events)
    assert "Somchai Vilay" in {p.name for p in events[0].participants}
