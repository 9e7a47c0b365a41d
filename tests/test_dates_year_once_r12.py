"""Years a page writes once, away from its main day (round 12).

Three constructions leave a year-less main day with the year in plain sight:

* a later dated day in the main day's own sentence ("Ngày 3-11, ... sẽ thăm ... từ ngày 8
  đến 10-11-2031"): the main day takes the year that puts it nearest that date, unless the
  later date is an earlier act the sentence recalls (in parentheses, after a past act);
* the term a congress opens, written before the congress ("được bầu ... (nhiệm kỳ 2031-2036)
  tại Đại hội ... ngày 15/9"): the term's first year, as when the congress comes first;
* a page with no single day: its first year-less span of days, or else its first year-less
  month, takes the year the text names as current ("trong khuôn khổ Năm APEC 2031"), unless
  the page names a day from the writer's ("hôm nay"), which a span or month does not fix.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates.later_dated_year import later_dated_year
from vndiplo_dates.parse import scan
from vndiplo_dates.reference import infer_reference

from vndiplo import extract
from vndiplo.testing.core import unicode_texts


def values(body: str) -> dict[str, str]:
    doc = extract(f"Tin đối ngoại\n\n{body}\n")
    return {d.text: d.value for d in doc.dates}


@pytest.mark.parametrize(
    ("body", "phrase", "value"),
    [
        (
            "Ngày 3-11, Bộ Ngoại giao thông báo Chủ tịch nước sẽ thăm cấp Nhà nước Nhật Bản "
            "từ ngày 8 đến 10-11-2016.",
            "Ngày 3-11",
            "2016-11-03",
        ),
        (
            "Chiều 28/12, Văn phòng Chính phủ cho biết Thủ tướng sẽ dự Hội nghị thượng đỉnh "
            "tại Jakarta ngày 4/1/2019.",
            "Chiều 28/12",
            "2018-12-28",
        ),
        (
            "Sáng 2.5, người phát ngôn thông báo Bộ trưởng Ngoại giao sẽ tham dự diễn đàn khu "
            "vực diễn ra ngày 9.5.2012 tại Bali.",
            "Sáng 2.5",
            "2012-05-02",
        ),
    ],
)
def test_a_later_dated_day_in_the_sentence_gives_its_year(
    body: str, phrase: str, value: str
) -> None:
    assert values(body)[phrase] == value


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (
            "Sáng 10/9, hai tỉnh sơ kết một năm thực hiện thỏa thuận hợp tác (được ký kết ngày "
            "14/5/2018) tại trụ sở tỉnh.",
            "Sáng 10/9",
        ),
        (
            "Chiều 5/4, hai bên điểm lại kết quả của hiệp định đã ký ngày 20/3/2009 tại Hà Nội.",
            "Chiều 5/4",
        ),
    ],
)
def test_an_earlier_act_recalled_in_the_sentence_gives_nothing(body: str, phrase: str) -> None:
    assert values(body)[phrase].startswith("--")


@pytest.mark.parametrize(
    ("body", "phrase", "value"),
    [
        (
            "Nhân dịp ông Trần Văn Bình được bầu làm Chủ tịch Hội khóa V (nhiệm kỳ 2022 - 2027) "
            "tại Đại hội đại biểu toàn quốc của Hội ngày 15/9 vừa qua, Hội bạn đã gửi thư mừng.",
            "ngày 15/9",
            "2022-09-15",
        ),
        (
            "Ông Lê Minh Tâm tái đắc cử Bí thư Tỉnh ủy nhiệm kỳ 2020-2025 tại Đại hội Đảng bộ tỉnh "
            "lần thứ XVII ngày 14/10.",
            "ngày 14/10",
            "2020-10-14",
        ),
    ],
)
def test_a_term_before_the_congress_that_opens_it_gives_its_first_year(
    body: str, phrase: str, value: str
) -> None:
    assert values(body)[phrase] == value


def test_a_session_within_a_term_gives_no_year() -> None:
    body = "Sáng 12/6, Kỳ họp thứ năm của Quốc hội khóa XV (nhiệm kỳ 2021-2026) thảo luận luật."
    assert values(body)["Sáng 12/6"] == "--06-12"


@pytest.mark.parametrize(
    "body",
    [
        "Hai ngoại trưởng trao đổi về các hoạt động trong khuôn khổ Năm APEC 2017, trong đó có "
        "Tuần lễ Cấp cao dự kiến diễn ra vào tháng 11 tại Đà Nẵng.",
        "Năm APEC 2017 được đánh giá là dịp quan trọng; Tuần lễ Cấp cao sẽ họp vào tháng 11.",
    ],
)
def test_a_month_only_page_takes_the_year_it_names_as_current(body: str) -> None:
    assert values(body)["tháng 11"] == "2017-11"


def test_a_writers_day_keeps_a_month_only_page_year_less() -> None:
    body = (
        "Hôm nay, hai ngoại trưởng trao đổi về các hoạt động trong khuôn khổ Năm APEC 2017, "
        "trong đó có Tuần lễ Cấp cao vào tháng 11 tại Đà Nẵng."
    )
    assert values(body)["tháng 11"] == "--11"


def test_a_span_only_page_takes_the_year_it_names_as_current() -> None:
    body = (
        "Thủ tướng sẽ thăm chính thức Singapore từ ngày 12 đến 14/3. Năm 2019 là dịp hai nước "
        "kỷ niệm 45 năm thiết lập quan hệ ngoại giao."
    )
    assert values(body)["từ ngày 12 đến 14/3"] == "2019-03-12/2019-03-14"


_LEADS = st.sampled_from(["Ngày 3-11, ", "Chiều 28/12, ", "Sáng 2.5, ", ""])
_LATER = st.sampled_from(["từ ngày 8 đến 10-11-2016", "ngày 4/1/2019", "(ký ngày 1/2/2003)", ""])


@given(_LEADS, unicode_texts(), _LATER, unicode_texts())
def test_later_dated_year_never_breaks(lead: str, a: str, later: str, b: str) -> None:
    text = f"{lead}{a} {later} {b}"
    found = scan(text)
    for main in found:
        year = later_dated_year(text, found, main)
        assert year is None or 1 <= year <= 9999
    inferred = infer_reference(text, found)
    if inferred is not None:
        _date, evidence = inferred
        assert 0 <= evidence.start < evidence.end <= len(text)


@given(_LEADS, unicode_texts(), _LATER, unicode_texts())
def test_extract_quotes_its_dates_on_these_sentences(lead: str, a: str, later: str, b: str) -> None:
    text = f"Tin\n\n{lead}{a} {later} {b}\n"
    doc = extract(text)
    for d in doc.dates:
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
