"""Round 6: a headline names a side by a short form of the office the body writes in full
(one run of inner qualifiers left out: "Đại sứ Ba Lan tại Việt Nam" for "Đại sứ Đặc mệnh toàn
quyền Ba Lan tại Việt Nam"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from vndiplo_events import extract_events
from vndiplo_events.office_forms import shortened_office
from vndiplo_events.testing import annotate

PEOPLE = {
    "Lạc Văn Khôi": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
    "Jan Kowal": {"titles": ["Đại sứ Đặc mệnh toàn quyền Ba Lan tại Việt Nam"], "country": "PL"},
}


@pytest.mark.parametrize(
    "headline",
    [
        "Bí thư Tỉnh ủy làm việc với Đại sứ Ba Lan tại Việt Nam",
        "Đồng chí Bí thư Tỉnh ủy hội kiến, trao đổi với Đại sứ Ba Lan tại Việt Nam",
        "Bí thư Tỉnh ủy tiếp Đại sứ Ba Lan tại Việt Nam",
    ],
)
def test_the_headlines_short_office_names_the_bodys_holder(headline: str) -> None:
    text = (
        "Trong không khí thân mật, đồng chí Lạc Văn Khôi cùng ngài Jan Kowal đã ôn lại "
        "kết quả hợp tác giữa tỉnh và các địa phương của Ba Lan."
    )
    events = extract_events(annotate(text, PEOPLE, [], title=headline))
    assert events
    assert {p.name for p in events[0].participants} == {"Lạc Văn Khôi", "Jan Kowal"}


@pytest.mark.parametrize(
    ("headline", "title", "short"),
    [
        (
            "gặp đại sứ nhật bản tại việt nam",
            "đại sứ đặc mệnh toàn quyền nhật bản tại việt nam",
            "đại sứ nhật bản tại việt nam",
        ),
        (
            "phó chủ tịch ubnd tỉnh tiếp đoàn",
            "phó chủ tịch thường trực ubnd tỉnh",
            "phó chủ tịch ubnd tỉnh",
        ),
        (
            "bộ trưởng ngoại giao thái lan đến",
            "bộ trưởng bộ ngoại giao thái lan",
            "bộ trưởng ngoại giao thái lan",
        ),
    ],
)
def test_short_forms(headline: str, title: str, short: str) -> None:
    span = shortened_office(headline, title)
    assert span is not None and headline[span[0] : span[1]] == short


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # the envoy of the other side: a posting word is never left out
        ("bí thư gặp đại sứ nhật bản", "đại sứ việt nam tại nhật bản"),
        # too little kept
        ("phó chủ tịch tỉnh dự", "phó chủ tịch ubnd tỉnh"),
        # inside a longer word
        ("gặp đại sứ nhật bản tại việt namx", "đại sứ đặc mệnh toàn quyền nhật bản tại việt nam"),
    ],
)
def test_no_short_form(headline: str, title: str) -> None:
    assert shortened_office(headline, title) is None
