"""Round-11 relative clauses that recall the past, in invented wordings with near misses:

* a year or day in a clause on a place or a person (", nơi X từng ...", ", người đã ...")
  dates what the clause recalls: it is no year source for the page's days, and it never dates
  the act the sentence reports;
* the act told inside a place clause is the clause's people's, not the sentence subject's;
* "từng" meaning "each" ("từng bước") and a venue clause with no past word ("nơi diễn ra")
  open no such clause.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo
from vndiplo.recalled_clauses import recalling_clause_start


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _run(runner: vndiplo.Runner, text: str, published: str | None = None) -> vndiplo.Document:
    return runner.run({"id": "t", "text": text, "published": published})


def test_a_year_a_place_clause_recalls_is_no_year_source(runner: vndiplo.Runner) -> None:
    text = (
        "Ngày 14/10, Tổng thống Chile Rafael Soto đến thăm làng Hòa Bình, tỉnh Đông Giang, "
        "nơi Chủ tịch Tôn Đức Thắng từng về thăm năm 1958."
    )
    doc = _run(runner, text)
    assert doc.dates[0].value == "--10-14"
    assert doc.events[0].date == "--10-14"


def test_a_year_a_person_clause_recalls_is_no_year_source(runner: vndiplo.Runner) -> None:
    text = (
        "Chiều 3/11, Chủ tịch tỉnh Lê Văn Bình tiếp Đại sứ Peru Carlos Ruiz, người đã học tập "
        "tại Hà Nội từ tháng 9/1988."
    )
    assert _run(runner, text).dates[0].value == "--11-03"


def test_a_month_a_place_clause_recalls_dates_no_act(runner: vndiplo.Runner) -> None:
    text = (
        "Tổng thống Chile Rafael Soto đã thăm tỉnh Đông Giang, nơi cố Tổng thống Pedro Alba "
        "từng đến vào tháng 8/1971."
    )
    doc = _run(runner, text)
    assert doc.events[0].date is None
    assert not doc.events[0].referenced


def test_the_place_clause_act_is_its_own_peoples(runner: vndiplo.Runner) -> None:
    text = (
        "Thủ tướng Trần Văn Nam đến thăm xã An Phú, huyện Bình Sơn, nơi Bác Hồ từng về thăm "
        "năm 1959. Thủ tướng đã thăm hỏi bà con."
    )
    doc = _run(runner, text, "2031-04-02")
    for event in doc.events:
        assert all(p.name != "Trần Văn Nam" for p in event.participants) or event.date != "1959"


def test_a_clause_closed_by_a_comma_still_dates_the_sentence(runner: vndiplo.Runner) -> None:
    text = (
        "Tại tỉnh Đông Giang, nơi ông từng công tác, ngày 14/10/2031, Tổng thống Chile Rafael "
        "Soto hội đàm với Chủ tịch tỉnh Lê Văn Bình."
    )
    assert _run(runner, text).events[0].date == "2031-10-14"


def test_each_and_a_venue_open_no_recalling_clause() -> None:
    each = "hai bên từng bước triển khai kế hoạch năm "
    assert recalling_clause_start(each, 0, len(each)) is None
    venue = "tại trung tâm hội nghị, nơi diễn ra phiên khai mạc sáng "
    assert recalling_clause_start(venue, 0, len(venue)) is None
    old = "thăm làng hòa bình, nơi bác hồ từng về thăm năm "
    assert recalling_clause_start(old, 0, len(old)) == old.index(",")


@given(st.text(alphabet="nơi ngườtừ,.;đã1962abc", max_size=80), st.integers(0, 90))
def test_the_opener_lies_inside_the_searched_text(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    opens = recalling_clause_start(text, 0, pos)
    assert opens is None or 0 <= opens < max(pos, 1)


def test_a_figure_reached_in_a_year_ties_no_year(runner: vndiplo.Runner) -> None:
    text = (
        "Ngày 9/10, Đại sứ Việt Nam Trần Văn Hải đã tới chào Bộ trưởng Ngoại giao Peru Luis "
        "Ortega.\nHai bên điểm lại quan hệ. Kim ngạch thương mại đạt kết quả tốt với 2,4 tỷ USD "
        "trong năm 2030, tăng mạnh so với trước."
    )
    doc = _run(runner, text)
    assert doc.dates[0].value == "--10-09"


def test_a_report_on_the_year_still_ties_it(runner: vndiplo.Runner) -> None:
    text = (
        "Ngày 9/10, Đại sứ Việt Nam Trần Văn Hải đã tới chào Bộ trưởng Ngoại giao Peru Luis "
        "Ortega.\nHai bên trao đổi về kết quả hợp tác năm 2030 và phương hướng thời gian tới."
    )
    assert _run(runner, text).dates[0].value == "2030-10-09"
