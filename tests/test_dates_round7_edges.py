"""Round 7 date extents and event dates.

- "kể từ" / "tính từ" (since, counting from): the "từ" belongs to the conjunction, the date is
  "đầu năm 2023"; an open start "Từ đầu năm 2012" quotes no "Từ" either (README round 7 AH5;
  round 11 follows AU03 and AW03 over B23's older gold).
- A bracketed aside with its own clause ("(một số thành viên ở lại đến ngày 31/8)") neither
  makes a second event nor dates the sentence's act; a bracket holding only a date does.
"""

from __future__ import annotations

import unicodedata

import pytest

from vndiplo import extract


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Kim ngạch thương mại hai chiều tăng 15% kể từ đầu năm 2023.", "đầu năm 2023"),
        ("Kể từ giữa năm 2019, hai tỉnh đã ký năm thỏa thuận hợp tác.", "giữa năm 2019"),
        ("Tính từ cuối năm 2020, dự án đã tiếp nhận 300 kỹ sư.", "cuối năm 2020"),
        ("Lượng khách tăng mạnh kể từ đầu xuân 2022.", "đầu xuân 2022"),
        ("Số du học sinh tăng gấp đôi, tính từ giữa năm 2021.", "giữa năm 2021"),
    ],
)
def test_since_leaves_its_tu_out_of_the_date(sentence: str, quoted: str) -> None:
    assert [d.text for d in extract(sentence).dates] == [quoted]


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Từ đầu năm 2012, hai thành phố đã trao đổi mười đoàn.", "đầu năm 2012"),
        ("Hai bên bắt đầu đàm phán từ cuối năm 2021.", "cuối năm 2021"),
    ],
)
def test_an_open_start_of_the_year_leaves_its_tu_out(sentence: str, quoted: str) -> None:
    assert [d.text for d in extract(sentence).dates] == [quoted]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Trong chương trình từ ngày 4 đến ngày 7 tháng 9 (một số thành viên ở lại thăm đến "
            "ngày 9 tháng 9), đoàn thành phố Sakai do Thị trưởng Tanaka Ichiro dẫn đầu đã đến "
            "thăm Việt Nam.",
            "--09-04/--09-07",
        ),
        (
            "Từ ngày 3 đến 6/5 (riêng Phó Thị trưởng Kato Jun ở lại làm việc đến ngày 8/5), "
            "Thị trưởng Tanaka Ichiro đã thăm tỉnh Quảng Nam.",
            "--05-03/--05-06",
        ),
        (
            "Thị trưởng Tanaka Ichiro đã thăm tỉnh Quảng Nam từ ngày 3 đến 6/5 (một phần đoàn "
            "thăm tiếp Huế ngày 7/5).",
            "--05-03/--05-06",
        ),
        (
            "Chiều 12/4 (đoàn đã tới Đà Nẵng từ ngày 10/4), Chủ tịch UBND thành phố Lê Trung "
            "Chinh đã tiếp Thống đốc Kim Young-rok.",
            "--04-12",
        ),
    ],
)
def test_a_bracketed_aside_neither_dates_nor_doubles_the_act(sentence: str, date: str) -> None:
    events = extract(sentence).events
    assert len(events) == 1
    assert events[0].date == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Thị trưởng Tanaka Ichiro đã thăm tỉnh Quảng Nam (từ ngày 3 đến ngày 6/5).",
            "--05-03/--05-06",
        ),
        ("Thị trưởng Tanaka Ichiro đã thăm tỉnh Quảng Nam (ngày 3/5).", "--05-03"),
        ("(Ngày 2/5, Thị trưởng Tanaka Ichiro đã thăm Hà Nội.)", "--05-02"),
    ],
)
def test_a_bracket_that_only_dates_the_act_still_dates_it(sentence: str, date: str) -> None:
    assert extract(sentence).events[0].date == date


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Đúng 10  giờ 12 phút, phóng viên đưa tin từ Hà Nội.", "10  giờ 12 phút"),
        ("Đúng 9giờ 30 phút sáng nay, đoàn đã tới Vientiane.", "9giờ 30 phút sáng nay"),
        ("Lúc 14  giờ chiều cùng ngày, hai bên hội đàm.", "Lúc 14  giờ chiều cùng ngày"),
    ],
)
def test_a_clock_with_a_doubled_or_lost_space_is_read(sentence: str, quoted: str) -> None:
    assert [d.text for d in extract(sentence, published="2019-05-20").dates] == [quoted]


def test_bao_gio_is_no_clock() -> None:
    assert extract("Chưa rõ bao giờ đoàn tới.", published="2019-05-20").dates == ()


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_an_events_written_part_of_day_survives_decomposed_text(form: str) -> None:
    sentence = (
        "9 giờ sáng 13-4, Chủ tịch nước Trần Minh Đức đã tiếp Đại sứ Ba Lan Tomasz Wrona tại "
        "Phủ Chủ tịch."
    )
    event = extract(unicodedata.normalize(form, sentence)).events[0]
    assert event.part_of_day == "morning"
