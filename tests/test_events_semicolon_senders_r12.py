"""Senders each set apart by a semicolon, with their own titles, before one "gửi điện mừng":
each sends his own message, one country's too, and the first written is the main event
(README AK2). A plain "A và B" of one country stays one message. Invented sentences."""

from __future__ import annotations

import vndiplo


def main_sides(text: str) -> list[str]:
    doc = vndiplo.extract(text, published="2022-09-02")
    assert doc.events
    assert doc.events[0].type == "message"
    return [p.name for p in doc.events[0].participants]


def test_semicolon_senders_of_one_country_each_send() -> None:
    sides = main_sides(
        "Nhân dịp Quốc khánh, Tổng thống Hàn Quốc Yoon Suk Yeol; Thủ tướng Hàn Quốc Han Duck-soo;"
        " Chủ tịch Quốc hội Hàn Quốc Kim Jin-pyo đã gửi điện mừng Chủ tịch nước Nguyễn Xuân Phúc."
    )
    assert "Yoon Suk Yeol" in sides
    assert "Han Duck-soo" not in sides
    assert "Kim Jin-pyo" not in sides


def test_joined_senders_of_one_country_stay_one_message() -> None:
    sides = main_sides(
        "Tổng thống Hàn Quốc Yoon Suk Yeol và Thủ tướng Hàn Quốc Han Duck-soo đã gửi điện mừng"
        " Chủ tịch nước Nguyễn Xuân Phúc."
    )
    assert {"Yoon Suk Yeol", "Han Duck-soo"} <= set(sides)


def test_sent_from_is_no_addressee() -> None:
    doc = vndiplo.extract(
        "Lãnh đạo các nước chúc mừng Quốc khánh Việt Nam\n\nNhân dịp kỷ niệm 77 năm Quốc khánh,"
        " lãnh đạo Đảng, Nhà nước Việt Nam đã nhận được điện mừng của lãnh đạo nhiều nước.\n\n"
        "Tổng thống nước Cộng hòa Ấn Độ Droupadi Murmu; Thủ tướng Chính phủ nước Cộng hòa Ấn Độ"
        " Narendra Modi đã gửi điện mừng tới lãnh đạo Đảng, Nhà nước Việt Nam.\n\n"
        "Điện mừng cũng được gửi đến từ Quốc vương Campuchia Norodom Sihamoni.",
        published="2022-09-02",
    )
    assert [p.name for p in doc.events[0].participants] == ["Droupadi Murmu"]


def test_firms_leaders_listed_are_one_meeting() -> None:
    doc = vndiplo.extract(
        "Thủ tướng gặp lãnh đạo doanh nghiệp Hàn Quốc\n\nChiều 2/7, tại Seoul, Thủ tướng Phạm"
        " Minh Chính đã gặp gỡ các nhà lãnh đạo doanh nghiệp hàng đầu Hàn Quốc, gồm Chủ tịch Tập"
        " đoàn Samsung Lee Jae-yong, Chủ tịch Tập đoàn SK Chey Tae-won và Chủ tịch Tập đoàn LG"
        " Koo Kwang-mo.",
        published="2023-07-03",
    )
    met = {p.name for p in doc.events[0].participants}
    assert {"Lee Jae-yong", "Chey Tae-won", "Koo Kwang-mo"} <= met
