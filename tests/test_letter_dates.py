"""A reproduced letter's own date line: under the letterhead or as "<city>, ngày D tháng M năm
Y", above the address ("Kính gửi: Ngài X", "Ngài X") and the salutation ("Thưa Ngài ..."). It is
no page stamp, it is one of the letter's dates, and it dates the letter's message, never a
meeting the letter recalls. A page stamp, a news dateline and a closing credit stay stamps."""

from __future__ import annotations

import datetime as dt

import pytest

from vndiplo import Document, extract

RECALLING = (
    "Nhân dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao giữa hai nước, tôi xin gửi lời chúc "
    "mừng nồng nhiệt nhất tới Ngài. Tôi đánh giá cao cuộc hội đàm giữa hai chúng ta tổ chức tại "
    "Viêng Chăn ngày 5/4/2021 và mong tiếp tục nhận được sự hợp tác chặt chẽ của Ngài."
)


def _letter(head: str, date_line: str, address: str, salutation: str) -> str:
    return f"{head}\n\n{date_line}\n\n{address}\n\n{salutation}\n\n{RECALLING}\n"


def _dates(doc: Document) -> list[str]:
    return [d.text for d in doc.dates]


def _main_date(doc: Document) -> str | None:
    main = next(e for e in doc.events if not e.referenced)
    assert main.type == "message"
    return main.date


@pytest.mark.parametrize(
    ("head", "date_line", "written"),
    [
        # a minister's letterhead and the place-and-date line
        (
            "BỘ TRƯỞNG BỘ NGOẠI THƯƠNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Đà Nẵng, ngày 14 tháng 4 năm 2021",
            "ngày 14 tháng 4 năm 2021",
        ),
        # a head of state's letterhead and a bare date under it
        ("PHỦ TỔNG THỐNG\nCANBERRA", "14/04/2021", "14/04/2021"),
        # the city and the date on one line, in capitals
        ("VĂN PHÒNG THỦ TƯỚNG", "OTTAWA, 14-4-2021", "14-4-2021"),
    ],
)
@pytest.mark.parametrize(
    ("address", "salutation"),
    [
        ("Kính gửi:   Ngài Anna Berg\nBộ trưởng Bộ Thương mại Thụy Điển", "Thưa Ngài Bộ trưởng,"),
        ("Ngài Anna Berg\nThủ tướng Vương quốc Thụy Điển\nStockholm", "Thưa ngài Thủ tướng:"),
    ],
)
def test_a_letters_own_date_line_dates_its_message(
    head: str, date_line: str, written: str, address: str, salutation: str
) -> None:
    doc = extract(_letter(head, date_line, address, salutation))
    assert doc.published_source != "page"
    assert _dates(doc)[0] == written
    assert "ngày 5/4/2021" in _dates(doc)
    # the letter's day, not the talks it recalls
    assert _main_date(doc) == "2021-04-14"


def test_each_reproduced_letter_keeps_its_own_date() -> None:
    first = _letter("DINH TỔNG THỐNG", "03/11/2015", "Ngài Lê Văn Hòa", "Thưa Ngài Chủ tịch,")
    second = _letter("DINH TỔNG THỐNG", "04/11/2015", "Ngài Trần Minh Đức", "Thưa Ngài Thủ tướng,")
    doc = extract(f"Tổng thống Valdoria chúc mừng lãnh đạo mới\n\n{first}\n{second}")
    assert doc.published_source != "page"
    assert _dates(doc).count("03/11/2015") == 1
    assert _dates(doc).count("04/11/2015") == 1
    assert _main_date(doc) == "2015-11-03"


def test_a_news_report_of_the_message_keeps_its_leads_date() -> None:
    # The report's lead says when the message was sent; the letter quoted after it changes
    # nothing of that, and the stamp with its clock time stays the stamp.
    text = (
        "Chủ tịch nước gửi thư chúc mừng Tổng thống Valdoria\n\n"
        "02/09/2021 10:15\n\n"
        "Ngày 2/9, Chủ tịch nước Lê Văn Hòa đã gửi thư chúc mừng Tổng thống Valdoria Marco "
        "Penn nhân dịp Quốc khánh Valdoria. Nội dung thư như sau:\n\n"
        + _letter("", "Hà Nội, ngày 1 tháng 9 năm 2021", "Kính gửi: Ngài Marco Penn", "Thưa Ngài,")
    )
    doc = extract(text)
    assert doc.published == dt.date(2021, 9, 2)
    assert doc.published_source == "page"
    assert _main_date(doc) == "2021-09-02"


LEAD = (
    "Chiều 4/3, tại Trụ sở Chính phủ, Thủ tướng Lê Văn Tâm đã tiếp Đại sứ Cộng hòa Valdoria "
    "Marco Penn đến chào xã giao nhân dịp bắt đầu nhiệm kỳ công tác tại Việt Nam."
)
HEADLINE = "Thủ tướng tiếp Đại sứ Cộng hòa Valdoria"


def test_a_news_reports_place_and_date_line_is_its_stamp() -> None:
    doc = extract(f"{HEADLINE}\n\nHà Nội, ngày 5 tháng 3 năm 2020\n\n{LEAD}\n")
    assert doc.published == dt.date(2020, 3, 5)
    assert doc.published_source == "page"
    assert "ngày 5 tháng 3 năm 2020" not in " ".join(_dates(doc))
    assert [e.date for e in doc.events if not e.referenced][:1] == ["2020-03-04"]


@pytest.mark.parametrize(
    "stamp",
    [
        "12/07/2016",  # a bare stamp above an interview
        "Thứ Ba, 12/07/2016",  # a weekday is a stamp's, even above an address
        "12/07/2016 09:30",  # so is a clock time
    ],
)
def test_a_stamp_above_an_address_stays_the_stamp(stamp: str) -> None:
    interview = (
        "Kính thưa Thủ tướng Marco Penn, xin cảm ơn Ông đã dành cho chúng tôi cuộc phỏng vấn "
        "này nhân dịp chuyến thăm chính thức Việt Nam sắp tới của Ông."
    )
    below = interview if stamp == "12/07/2016" else "Kính gửi: Ngài Marco Penn\n\nThưa Ngài,"
    doc = extract(f"{HEADLINE}\n\n{stamp}\n\n{below}\n\n{LEAD}\n")
    assert doc.published == dt.date(2016, 7, 12)
    assert doc.published_source == "page"


def test_a_closing_credit_stays_the_stamp() -> None:
    credit = "(T.L., Sở Ngoại vụ tỉnh Bình Sơn, ngày 6-3-2009)"
    doc = extract(f"{HEADLINE}\n\n{LEAD}\n\n{credit}\n")
    assert doc.published == dt.date(2009, 3, 6)
    assert doc.published_source == "page"
