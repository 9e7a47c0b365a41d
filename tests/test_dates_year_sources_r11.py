"""Round-11 year sources and clock days, in invented wordings with near misses:

* a tally given as of a month with its year ("Tính đến tháng 5-2031, ...") is the writer's
  present: the main day of that month takes its year; a bare "tính đến năm 2031" does not;
* the same year written twice, once as the year a programme or a measure covers ("ký Kế hoạch
  hợp tác năm 2031", "bàn những biện pháp làm sâu sắc quan hệ trong năm 2031"), dates the page;
* a month stamp before the body ("date 2031-11") dates a page that writes months and no day;
* a bare clock later than the page stamp's own time is the evening before the stamp's day.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _values(runner: vndiplo.Runner, text: str, published: str | None = None) -> list[str]:
    doc = runner.run({"id": "t", "text": text, "published": published})
    return [d.value for d in doc.dates if d.value is not None]


def test_a_tally_as_of_the_month_dates_the_main_day(runner: vndiplo.Runner) -> None:
    text = (
        "Chiều 14-9, Chủ tịch tỉnh Lê Văn Bình tiếp Tổng lãnh sự Nhật Bản Sato Kenji.\n"
        "Tính đến tháng 9-2029, tỉnh có 52 dự án của Nhật Bản. Năm 2028, kim ngạch thương mại "
        "đạt 40 triệu USD."
    )
    assert _values(runner, text)[0] == "2029-09-14"


def test_a_bare_tally_year_stays_a_target(runner: vndiplo.Runner) -> None:
    text = (
        "Chiều 14-9, Chủ tịch tỉnh Lê Văn Bình tiếp Tổng lãnh sự Nhật Bản Sato Kenji.\n"
        "Tính đến năm 2029, tỉnh có 52 dự án của Nhật Bản."
    )
    assert _values(runner, text)[0] == "--09-14"


@pytest.mark.parametrize(
    "closing",
    [
        "Cuối buổi làm việc, hai Bộ trưởng ký Kế hoạch phối hợp của hai Bộ cho năm 2027.",
        "Chuyến đi nhằm bàn những phương hướng làm sâu sắc hợp tác hai bên trong năm 2027.",
    ],
)
def test_a_programme_year_dates_the_page(runner: vndiplo.Runner, closing: str) -> None:
    text = (
        "Đoàn đại biểu Bộ Nội vụ Lào do Bộ trưởng Khamphan Sitthidampha dẫn đầu thăm Việt Nam "
        "trong hai ngày 9 và 10-4.\nTại buổi hội đàm ngày 9-4, hai bên thống nhất năm 2027 và "
        f"những năm tiếp theo tăng cường trao đổi đoàn.\n{closing}"
    )
    assert "2027-04-09" in _values(runner, text)


def test_a_planned_year_still_names_the_coming_year(runner: vndiplo.Runner) -> None:
    text = (
        "Ngày 9-4, Bộ trưởng Lê Minh Tâm tiếp Đại sứ Lào Khamphan Sitthidampha.\n"
        "Hai bên sẽ tổ chức Năm hữu nghị trong năm 2027."
    )
    assert _values(runner, text)[0] == "2026-04-09"


def test_a_month_stamp_dates_a_page_of_months(runner: vndiplo.Runner) -> None:
    text = (
        "Hội kiến Chủ tịch Thượng viện\n date 2030-11\n"
        "Tại cuộc hội kiến, Thủ tướng Lê Văn Minh chúc mừng Campuchia tổ chức thành công bầu "
        "cử tháng 6 và nhắc lại chuyến thăm trong tháng 10 vừa qua của Chủ tịch Thượng viện "
        "Hun Sokha."
    )
    assert _values(runner, text)[:2] == ["2030-06", "2030-10"]


def test_a_month_stamp_does_not_date_a_writers_day(runner: vndiplo.Runner) -> None:
    text = (
        "Hội kiến Chủ tịch Thượng viện\n date 2030-11\n"
        "Hôm nay, Thủ tướng Lê Văn Minh hội kiến Chủ tịch Thượng viện Hun Sokha và nhắc lại "
        "chuyến thăm trong tháng 10 vừa qua."
    )
    assert "2030-10" not in _values(runner, text)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [("24/06/2030, 06:10", "2030-06-23T22:15"), ("24/06/2030, 23:40", "2030-06-24T22:15")],
)
def test_a_clock_after_the_stamp_time_is_the_day_before(
    runner: vndiplo.Runner, stamp: str, expected: str
) -> None:
    text = (
        "Thủ tướng Canada đến Hà Nội\n\n"
        f"Minh Anh | {stamp}\n\n"
        "Lúc 22 giờ 15, chuyên cơ chở Thủ tướng Canada Mark Lee đã hạ cánh an toàn tại phi "
        "trường Long Thành."
    )
    for published in (None, "2030-06-24"):
        assert _values(runner, text, published)[0] == expected


@given(st.integers(0, 23), st.integers(0, 59), st.integers(0, 23), st.integers(0, 59))
def test_a_clock_never_lands_after_the_stamp_moment(h: int, m: int, sh: int, sm: int) -> None:
    text = (
        "Thủ tướng Canada đến Hà Nội\n\n"
        f"Minh Anh | 24/06/2030, {sh:02d}:{sm:02d}\n\n"
        f"Lúc {h} giờ {m:02d}, chuyên cơ chở Thủ tướng Canada Mark Lee đã hạ cánh an toàn "
        "tại Long Thành."
    )
    doc = _RUNNER.run({"id": "t", "text": text})
    for d in doc.dates:
        if d.value and "T" in d.value:
            assert d.value[:10] in ("2030-06-23", "2030-06-24")
            assert d.value[:10] == "2030-06-24" or (h, m) > (sh, sm)
            assert doc.text[d.start : d.end] == d.text


_RUNNER = vndiplo.Runner()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hội nghị được tổ chức vào tháng cuối năm 2028, năm cuối nhiệm kỳ.",
            ("tháng cuối năm 2028", "2028-12"),
        ),
        ("Hai đoàn gặp nhau trong tháng đầu năm 2029 tại Huế.", ("tháng đầu năm 2029", "2029-01")),
        # a count or a plural makes several months: the period names its year only
        ("Trong 6 tháng cuối năm 2028, kim ngạch tăng mạnh.", ("cuối năm 2028", "2028")),
        ("Những tháng cuối năm 2028, lượng khách tăng.", ("cuối năm 2028", "2028")),
        # an open start quotes no "từ" (README round 7 AH5)
        ("Dịch bệnh lan rộng từ cuối năm 2027 và kéo dài.", ("cuối năm 2027", "2027")),
        ("Từ đầu năm 2027 đến nay, hai tỉnh trao đổi mười đoàn.", ("đầu năm 2027", "2027")),
    ],
)
def test_edge_months_and_open_starts(
    runner: vndiplo.Runner, sentence: str, expected: tuple[str, str]
) -> None:
    doc = runner.run({"id": "t", "text": sentence})
    assert [(d.text, d.value) for d in doc.dates][:1] == [expected]


_EDGE_WORDS = st.sampled_from(
    ["tháng", "Tháng", "cuối", "đầu", "năm", "2028", "6", "những", "từ", "nay", ",", "\n", " "]
)


@given(st.lists(_EDGE_WORDS, max_size=10).map(" ".join))
def test_edge_month_offsets_are_valid(text: str) -> None:
    for d in _RUNNER.run({"id": "t", "text": text}).dates:
        assert text[d.start : d.end] == d.text
        assert d.kind != "month" or d.value is None or len(d.value) in (4, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 7/10/2029, Thủ tướng Lê Văn Hải đến Viêng Chăn. Các hội nghị cấp cao diễn ra "
            "từ ngày 8 đến ngày 10 tại Trung tâm Hội nghị Quốc gia.",
            ("từ ngày 8 đến ngày 10", "2029-10-08/2029-10-10"),
        ),
        (
            "Chiều 2/5/2029, đoàn đại biểu tỉnh Gia Lai lên đường sang Hàn Quốc, thăm làm việc "
            "từ ngày 3 đến 6.",
            ("từ ngày 3 đến 6", "2029-05-03/2029-05-06"),
        ),
    ],
)
def test_two_days_of_the_texts_month(
    runner: vndiplo.Runner, text: str, expected: tuple[str, str]
) -> None:
    assert [(d.text, d.value) for d in runner.run({"id": "t", "text": text}).dates][1] == expected


def test_a_backward_pair_of_days_is_no_span(runner: vndiplo.Runner) -> None:
    text = "Sáng 7/10/2029, hai bên họp từ ngày 20 đến ngày 8 tại Hà Nội."
    assert all(d.kind != "span" for d in runner.run({"id": "t", "text": text}).dates)


@given(
    st.lists(
        st.sampled_from(["từ", "ngày", "đến", "tới", "hết", "8", "20", "3/5", ",", " "]),
        max_size=10,
    ).map(" ".join)
)
def test_day_span_offsets_are_valid(text: str) -> None:
    doc = _RUNNER.run({"id": "t", "text": "Ngày 2/5/2029, đoàn đến Huế. " + text})
    for d in doc.dates:
        assert d.text and d.value and doc.text[d.start : d.end] == d.text
