"""The date conventions settled at the start of round 7 (benchmarks/realpages/README.md), on
sentences written for these tests: vague periods, "hôm", a clock with its part of day and day,
and an event's part of day only when written."""

from __future__ import annotations

import pytest

import vndiplo

_STAMP = "2023-05-10"


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _dates(runner: vndiplo.Runner, sentence: str) -> list[tuple[str, str | None]]:
    doc = runner.run({"id": "t", "text": "Tin địa phương\n\n" + sentence, "published": _STAMP})
    return [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong năm vừa qua, hai hội hữu nghị đã trao đổi bốn đoàn văn nghệ.",
        "Năm vừa qua, kim ngạch giữa hai tỉnh tăng mạnh.",
        "Năm vừa rồi là một năm nhiều dấu ấn của hợp tác giáo dục.",
        "Trong năm qua, Sở Ngoại vụ đã phối hợp chặt chẽ với Tổng Lãnh sự quán.",
        "Thời gian qua, hai trường đại học đã ký nhiều bản ghi nhớ.",
        "Trong thời gian vừa qua, các doanh nghiệp đã mở thêm văn phòng đại diện.",
    ],
)
def test_a_vague_past_period_is_no_date(runner: vndiplo.Runner, sentence: str) -> None:
    assert _dates(runner, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Năm ngoái, ông Kim đã đến thăm trường.", [("Năm ngoái", "2022")]),
        ("Tuần vừa qua, hai bên gặp nhau tại Huế.", [("Tuần vừa qua", None)]),
        ("Tháng vừa qua, đoàn đã làm việc tại Cần Thơ.", [("Tháng vừa qua", "2023-04")]),
        ("Năm sau, hai bên sẽ gặp lại ở Viêng Chăn.", [("Năm sau", "2024")]),
        ("Trong 2 năm vừa qua, hai nước trao đổi nhiều đoàn.", [("2 năm vừa qua", None)]),
    ],
)
def test_near_misses_stay_dates(
    runner: vndiplo.Runner, sentence: str, want: list[tuple[str, str | None]]
) -> None:
    got = _dates(runner, sentence)
    assert [t for t, _ in got] == [t for t, _ in want]
    assert all(w is None or g == w for (_, g), (_, w) in zip(got, want, strict=True))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Đoàn về tới Đà Nẵng hôm 14/8 sau chuyến công tác.", "hôm 14/8"),
        ("Ông Lâm đã trở lại Hải Phòng hôm 3.9.", "hôm 3.9"),
        ("Hôm 21-6, hai bên trao đổi thư.", "Hôm 21-6"),
    ],
)
def test_hom_belongs_to_the_date(runner: vndiplo.Runner, sentence: str, text: str) -> None:
    assert [t for t, _ in _dates(runner, sentence)] == [text]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Đúng 8 giờ 15, sáng 4/3, hội nghị khai mạc.", "8 giờ 15, sáng 4/3", "2023-03-04T08:15"),
        ("Lúc 16h, chiều 2/4, hai bên ký biên bản.", "Lúc 16h, chiều 2/4", "2023-04-02T16:00"),
        ("10 giờ sáng 6/5, đoàn tới Hà Giang.", "10 giờ sáng 6/5", "2023-05-06T10:00"),
    ],
)
def test_a_clock_its_part_of_day_and_its_day_are_one_date(
    runner: vndiplo.Runner, sentence: str, text: str, value: str
) -> None:
    assert _dates(runner, sentence) == [(text, value)]


def test_an_event_takes_only_a_written_part_of_day(runner: vndiplo.Runner) -> None:
    text = (
        "Tin đối ngoại\n\nVào lúc 15h ngày 3/4/2023, Bộ trưởng Trần Văn Bình tiếp Đại sứ "
        "Nhật Bản Sato Kenji tại Hà Nội."
    )
    doc = runner.run({"id": "t", "text": text, "published": _STAMP})
    assert doc.events[0].part_of_day is None
    written = text.replace("Vào lúc 15h ngày", "Chiều")
    doc = runner.run({"id": "t", "text": written, "published": _STAMP})
    assert doc.events[0].part_of_day == "afternoon"
