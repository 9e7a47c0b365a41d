"""Round 11: dates inside a dateline or a source credit are the page's, not the body's.

* "Đà Nẵng (VNA 12/3/2029) Theo phóng viên ..." opens the lead with a dateline whose bracket
  holds the agency and the day: the body starts after it, its date is no body date, and its city
  is the desk's when a correspondent sent the news;
* "Nguồn báo X, ngày 17/01/2029, link bài viết: http://..." closing a reposted article is its
  dated credit: it stamps the page and is no body date; a lead that opens "Theo X, ngày ..., "
  and goes on is prose.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_boilerplate.closing import is_dated_source
from vndiplo_boilerplate.rules import lead_credit

import vndiplo

_RUNNER = vndiplo.Runner()

_LEAD = (
    "Thủ tướng Lê Minh Hải thăm Nhật Bản\n\n"
    "{dateline} Theo đặc phái viên TTXVN, 9h sáng 12/3/2029 (7h giờ Việt Nam), Thủ tướng Lê "
    "Minh Hải đã đáp xuống Haneda, mở đầu chuyến công du Nhật Bản.\n\n"
    "Sau đó, Thủ tướng Nhật Bản Sato Kenji đã tiếp Thủ tướng Lê Minh Hải tại Tokyo."
)


def test_an_agency_dated_dateline_is_a_lead_credit() -> None:
    for credit in ("Đà Nẵng (VNA 12/3/2029)", "(TTXVN, 12/3/2029)", "Huế (12/3/2029 - TTXVN) -"):
        text = f"{credit} Theo phóng viên, sáng nay ..."
        found = lead_credit(text)
        assert found is not None and text[found[1] :].startswith("Theo")
    assert lead_credit("Hà Nội (12/3/2029) Theo phóng viên") is None  # no agency: no credit
    assert lead_credit("Việt Nam (ASEAN) Theo phóng viên") is None


def test_the_datelines_day_is_no_body_date() -> None:
    doc = _RUNNER.run({"id": "t", "text": _LEAD.format(dateline="Hà Nội (TTXVN 12/3/2029)")})
    assert [d.text for d in doc.dates][:1] == ["9h sáng 12/3/2029"]
    assert all(e.location != "Hà Nội" for e in doc.events)


def test_a_dated_source_line_stamps_the_page() -> None:
    text = (
        "Bộ trưởng Quốc phòng tiếp Tư lệnh Hải quân Chile\n\n"
        "Chiều 16-1, tại Hà Nội, Bộ trưởng Lê Văn Toàn đã tiếp Tư lệnh Hải quân Chile Juan "
        "Soto.\n\nHai bên trao đổi về hợp tác quốc phòng.\n\n"
        "Nguồn báo biên phòng, ngày 17/01/2029, link bài viết: http://www.example.vn/bai-123"
    )
    doc = _RUNNER.run({"id": "t", "text": text})
    assert str(doc.published) == "2029-01-17"
    assert [d.text for d in doc.dates] == ["Chiều 16-1"]


def test_dated_source_shapes() -> None:
    assert is_dated_source("Theo Báo Tin Tức (ngày 5-3-2029)")
    assert is_dated_source("Nguồn: example.vn, 05/03/2029")
    assert not is_dated_source("Theo TTXVN, ngày 5/3/2029, Bộ trưởng đã tiếp Đại sứ Pháp.")
    assert not is_dated_source("Theo kế hoạch, ngày 5/3/2029 hai bên sẽ ký hiệp định.")


@given(st.text(alphabet="Theo Nguồn báo,():/.-ngày 0123456789 http", max_size=80))
def test_credit_readers_never_crash(text: str) -> None:
    is_dated_source(text)
    found = lead_credit(text)
    assert found is None or 0 <= found[0] <= found[1] <= len(text)


_TWIN = (
    "Đường dẫn truy cập\n\n"
    "Bộ trưởng Quốc phòng Úc gặp Thủ tướng Lê Minh Hải\n\n"
    "{first}\n{second}\n\n"
    "Bộ trưởng Quốc phòng Úc Mark Dalton đang thăm Việt Nam. Ông đã hội kiến giới chức Việt Nam "
    "tại thủ đô hôm thứ Năm 21/3.\n\n"
    "Hai bên thảo luận về hợp tác an ninh biển."
)


def test_a_dated_caption_printed_twice_gives_no_year() -> None:
    caption = "Bộ trưởng Mark Dalton và Thủ tướng Lê Minh Hải tại Hà Nội, 21/3/2030."
    doc = _RUNNER.run({"id": "t", "text": _TWIN.format(first=caption, second=caption)})
    assert [(d.text, d.value) for d in doc.dates] == [("hôm thứ Năm 21/3", "--03-21")]
    assert doc.body.startswith("Bộ trưởng Quốc phòng Úc Mark Dalton")


def test_a_lead_printed_twice_keeps_its_first_copy() -> None:
    lead = "Ngày 21/3, Bộ trưởng Mark Dalton đã hội đàm với Bộ trưởng Lê Văn Toàn tại Hà Nội."
    doc = _RUNNER.run({"id": "t", "text": _TWIN.format(first=lead, second=lead)})
    assert doc.body.startswith(lead)


def test_an_ordinal_thu_after_a_counted_noun_is_no_weekday() -> None:
    # "lần thứ 3", "Kỳ họp thứ 5": the third time / session, not Tuesday / Thursday
    for sentence, quoted in (
        ("Tại Hội nghị lần thứ 3 ngày 4/11/2030, Ban Chấp hành đã thống nhất.", "ngày 4/11/2030"),
        ("Kỳ họp thứ 5 ngày 21/6/2030 đã thông qua hai luật.", "ngày 21/6/2030"),
        ("Phiên họp thứ 2 ngày 9/3/2030 bàn về ngân sách.", "ngày 9/3/2030"),
        ("Chiều thứ 3 ngày 5/11/2030, đoàn đến thăm tỉnh.", "Chiều thứ 3 ngày 5/11/2030"),
    ):
        doc = _RUNNER.run({"id": "t", "text": f"Tin ngắn\n\n{sentence}"})
        assert [d.text for d in doc.dates] == [quoted]
