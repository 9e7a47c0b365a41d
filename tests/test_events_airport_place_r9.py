"""An airport welcome's place stops at the airport (round 9, corpus class 1, invented words):
"Đón X tại sân bay (Y) có A, B" and "... tại sân bay Y về phía Z có A": "có" and "về phía" open
who was there. Near misses keep a place that runs on without them."""

from __future__ import annotations

import pytest

from vndiplo import Runner

_RUNNER = Runner()


def _welcome_place(text: str) -> str | None:
    events = _RUNNER.run({"id": "x", "text": text, "published": "2025-04-02"}).events
    return next(e.location for e in events if e.trigger.lower() == "đón")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Đón Thủ tướng Phạm Minh Chính tại sân bay có Bộ trưởng Ngoại giao Brazil Mauro "
            "Vieira, Đại sứ Brazil tại Việt Nam Marco Farani.",
            "sân bay",
        ),
        (
            "Đón Chủ tịch Quốc hội Trần Thanh Mẫn tại sân bay quốc tế Haneda có Phó Chủ tịch "
            "Hạ viện Nhật Bản Kaieda Banri.",
            "sân bay quốc tế Haneda",
        ),
        (
            "Đón Tổng Bí thư Tô Lâm tại Sân bay quốc tế Wattay về phía Lào có Thường trực Ban Bí "
            "thư Bounthong Chitmany.",
            "Sân bay quốc tế Wattay",
        ),
        (
            "Đón đoàn tại cửa khẩu quốc tế Cầu Treo có: Phó Chủ tịch tỉnh Hà Tĩnh Nguyễn Hồng "
            "Lĩnh; Phó Tỉnh trưởng tỉnh Bolikhamxay Khamphao Vongsay.",
            "cửa khẩu quốc tế Cầu Treo",
        ),
    ],
)
def test_airport_place_stops_before_who_was_there(text: str, place: str) -> None:
    assert _welcome_place(text) == place


def test_place_without_a_list_runs_on() -> None:
    # near miss: a place name of several words with no "có" after it
    text = (
        "Đón Thủ tướng Phạm Minh Chính tại sân bay quốc tế Guarulhos của thành phố São Paulo, "
        "Bộ trưởng Ngoại giao Brazil Mauro Vieira bày tỏ vui mừng."
    )
    assert _welcome_place(text) == "sân bay quốc tế Guarulhos của thành phố São Paulo"
