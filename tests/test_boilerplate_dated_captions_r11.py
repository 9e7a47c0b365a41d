"""Round-11 photo captions that close on the photo's day, printed once, in invented wordings:

* a scene line "<who or what>, ngày D/M/YYYY." between the headline and the lead, or between
  two paragraphs, is a caption: not body, and its year dates nothing;
* near misses stay body: a narration that closes on a day but tells ("đã ký ..."), a letter's
  "Place, ngày D/M/YYYY." line, and a scene line without a full stop's day.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_boilerplate import rules

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _body(runner: vndiplo.Runner, text: str) -> str:
    return runner.run({"id": "t", "text": text}).body


HEAD = "Thủ tướng Lê Văn An hội đàm với Thủ tướng Ba Lan Jan Nowak\n\n"
LEAD = (
    "Chiều 14/5, ở Hà Nội, người đứng đầu Chính phủ Lê Văn An đã hội đàm với Thủ tướng Ba Lan "
    "Jan Nowak đang thăm chính thức Việt Nam.\n\n"
)
NEXT = "Hai bên nhất trí thúc đẩy hợp tác về giáo dục và năng lượng trong thời gian tới.\n"


def test_a_dated_scene_under_the_headline_is_a_caption(runner: vndiplo.Runner) -> None:
    caption = "Toàn cảnh phòng họp lớn của tòa nhà Quốc hội mới, ngày 14/5/2031.\n\n"
    doc = runner.run({"id": "t", "text": HEAD + caption + LEAD + NEXT})
    assert "Toàn cảnh" not in doc.body
    assert all("2031" not in d.text for d in doc.dates)
    assert doc.dates[0].value == "--05-14"


def test_a_dated_scene_between_paragraphs_is_a_caption(runner: vndiplo.Runner) -> None:
    caption = (
        "Thủ tướng Lê Văn An và Thủ tướng Jan Nowak tại phòng khách lớn ở Hà Nội, 14/5/2031.\n\n"
    )
    body = _body(runner, HEAD + LEAD + caption + NEXT)
    assert "phòng khách lớn" not in body
    assert "Hai bên nhất trí" in body


def test_a_narration_closing_on_its_day_stays_body(runner: vndiplo.Runner) -> None:
    told = "Hai bộ trưởng đã ký Bản ghi nhớ về hợp tác giáo dục tại Hà Nội, ngày 14/5/2031.\n\n"
    assert "Bản ghi nhớ" in _body(runner, HEAD + LEAD + told + NEXT)


def test_a_place_and_day_line_is_no_scene() -> None:
    assert rules.closing_day("hà nội, ngày 14/5/2031.") is None
    assert not rules.is_photo_description("Hà Nội, ngày 14/5/2031.", "hà nội, ngày 14/5/2031.", 4)
    scene = "quang cảnh phiên họp toàn thể của hội đồng, ngày 14/5/2031."
    assert rules.is_photo_description(scene.capitalize(), scene, len(scene.split()))


@given(st.text(alphabet="ab ,.0123456789/ngày", max_size=60))
def test_closing_day_lies_inside_the_line(text: str) -> None:
    found = rules.closing_day(text)
    assert found is None or 0 < found.start() < found.end() <= len(text)
