"""A one-sided main act takes its other side from a headline naming the same act (round 8,
invented words: other leaders, levels and outlets).

A lead naming the counterpart by office ("điện đàm với người đồng cấp Indonesia", "đã tiếp
người đồng cấp Nhật Bản") or a body telling the act as the pair's habit names one side; the
headline "A <act> (với) B" names the other. Near misses: a headline naming two people on the
other side, or another act, adds no one.
"""

from __future__ import annotations

import pytest

from vndiplo import Runner

_RUNNER = Runner()

FILLED = [
    (
        "Thủ tướng Lê Minh Khang điện đàm với Tổng thống Indonesia Joko Widodo\n"
        "Thủ tướng Lê Minh Khang điện đàm với người đồng cấp Indonesia, bày tỏ mong muốn hai "
        "nước sớm hoàn tất đàm phán.\n"
        "Hai bên nhất trí thúc đẩy hợp tác thương mại.",
        "phone_call",
        {"Lê Minh Khang", "Joko Widodo"},
    ),
    (
        "Bộ trưởng Quốc phòng Nguyễn Văn Bình hội đàm với Bộ trưởng Quốc phòng Lào Chansamone\n"
        "Chiều 4/7, Bộ trưởng Quốc phòng Nguyễn Văn Bình đã hội đàm với người đồng cấp Lào.\n"
        "Hai bên nhất trí tăng cường hợp tác đào tạo.",
        "talks",
        {"Nguyễn Văn Bình", "Chansamone"},
    ),
    (
        "Chủ tịch tỉnh Lạng Sơn hội đàm trực tuyến với Chủ tịch khu Quảng Tây Lưu Ninh\n"
        "Sáng 9/1, Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu đã hội đàm trực tuyến với lãnh "
        "đạo khu tự trị Quảng Tây.\n"
        "Hai bên nhất trí đẩy mạnh thông quan.",
        "phone_call",
        {"Hồ Tiến Thiệu", "Lưu Ninh"},
    ),
    (
        "Thủ tướng Lê Minh Khang điện đàm với Tổng thống Indonesia Joko Widodo\n"
        "Thủ tướng Lê Minh Khang đánh giá cao việc hai nhà lãnh đạo thường xuyên điện đàm, "
        "trao đổi thông tin.\n"
        "Hai bên nhất trí thúc đẩy hợp tác thương mại.",
        "phone_call",
        {"Lê Minh Khang", "Joko Widodo"},
    ),
    (
        "Bộ trưởng Ngoại giao Trần Quang Hải tiếp Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi\n"
        "Chiều 2/8, tại trụ sở Bộ Ngoại giao, Bộ trưởng Trần Quang Hải đã tiếp người đồng cấp "
        "Nhật Bản đang thăm Việt Nam.\n"
        "Hai bên nhất trí tăng cường trao đổi đoàn.",
        "reception",
        {"Trần Quang Hải", "Iwaya Takeshi"},
    ),
]


@pytest.mark.parametrize(("text", "kind", "names"), FILLED)
def test_the_headline_names_the_missing_side(text: str, kind: str, names: set[str]) -> None:
    main = _RUNNER.run({"id": "x", "text": text, "published": "2025-08-02"}).events[0]
    assert main.type == kind
    assert {p.name for p in main.participants} == names


def test_a_reception_host_keeps_its_role() -> None:
    text = FILLED[4][0]
    main = _RUNNER.run({"id": "x", "text": text, "published": "2025-08-02"}).events[0]
    roles = {p.name: p.role for p in main.participants}
    assert roles == {"Trần Quang Hải": "host", "Iwaya Takeshi": "guest"}


NEAR_MISSES = [
    # two people on the other side of the headline: which one is not said
    "Thủ tướng Lê Minh Khang điện đàm với Tổng thống Indonesia Joko Widodo và Thủ tướng "
    "Malaysia Anwar Ibrahim\n"
    "Thủ tướng Lê Minh Khang đã điện đàm với các nhà lãnh đạo khu vực.\n"
    "Hai bên nhất trí thúc đẩy hợp tác.",
    # the headline names another act (a visit), not the call
    "Tổng thống Indonesia Joko Widodo sắp thăm Việt Nam\n"
    "Thủ tướng Lê Minh Khang đã điện đàm với người đồng cấp Indonesia về chuyến thăm.\n"
    "Hai bên nhất trí chuẩn bị tốt chuyến thăm.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_side_is_added_without_one_counterpart_of_the_same_act(text: str) -> None:
    events = _RUNNER.run({"id": "x", "text": text, "published": "2025-08-02"}).events
    calls = [e for e in events if e.type == "phone_call" and not e.referenced]
    assert calls
    assert {p.name for p in calls[0].participants} == {"Lê Minh Khang"}
