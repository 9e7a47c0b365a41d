"""Round 12's held-out variants: sentences the lead wrote in other wordings than the pages each
class was fixed on, and ran at merges without showing them to the fixers (10 of 20 passed at the
round start, 17 at its end; the held-at paragraph one was fixed by the lead after seeing it fail).
Invented names, places and dates; the full pipeline. Three still fail and are marked: a credited
summary that names a second day is read as the lead; an audience told as "trong buổi hội kiến
... sau lễ trình Quốc thư" after credentials; untitled names in a "Có mặt tại buổi gặp mặt gồm"
list."""

from __future__ import annotations

import pytest

import vndiplo
from tests.heldout_helpers import doc, main, sides


def names(d: vndiplo.Document) -> set[str]:
    return {p.name for p in d.people}


def date_texts(d: vndiplo.Document) -> list[str]:
    return [x.text for x in d.dates]


BODY = "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, giáo dục và văn hóa."

# ---- page parsing: sapos, twins, datelines ------------------------------


@pytest.mark.xfail(strict=True, reason="a summary naming a second day stays the lead")
def test_credited_summary_restated_is_sapo() -> None:
    d = doc(
        "Bộ trưởng Ngoại giao tiếp Đại sứ Brazil",
        "(Báo Đông Nam) - Bộ trưởng Ngoại giao Bùi Thanh Sơn vừa có cuộc tiếp Đại sứ Brazil"
        " nhân dịp ông sang Hà Nội dự diễn đàn ngày 9/6.",
        "Chiều 6/6, tại trụ sở Bộ Ngoại giao, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ"
        " Brazil Marco Farani đến chào nhân dịp bắt đầu nhiệm kỳ công tác tại Việt Nam.",
        BODY,
        published="2024-06-07",
    )
    e = d.events[0]
    assert e.type == "reception"
    assert e.date == "2024-06-06"
    assert e.location == "trụ sở Bộ Ngoại giao"
    assert "ngày 9/6" not in date_texts(d)


def test_uncredited_summary_above_dated_lead_is_sapo() -> None:
    d = doc(
        "Quảng Nam đẩy mạnh hợp tác với tỉnh Sê Kông",
        "Lãnh đạo tỉnh Quảng Nam và tỉnh Sê Kông (Lào) cùng bàn cách đưa hợp tác hai tỉnh đi vào"
        " chiều sâu trong năm 2025.",
        "Sáng 14/11, tại thành phố Tam Kỳ, Bí thư Tỉnh ủy Quảng Nam Lương Nguyễn Minh Triết đã tiếp"
        " đoàn đại biểu tỉnh Sê Kông do Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông Leklai Sivilay dẫn"
        " đầu.",
        BODY,
        published="2024-11-15",
    )
    e = d.events[0]
    assert e.type == "reception"
    assert e.date == "2024-11-14"
    assert e.location == "thành phố Tam Kỳ"
    assert "năm 2025" not in date_texts(d)


def test_drop_cap_twin_keeps_one_copy() -> None:
    d = doc(
        "Chủ tịch nước thăm cấp Nhà nước Hàn Quốc",
        "hủ tịch nước Lương Cường thăm cấp Nhà nước Hàn Quốc từ ngày 18 đến 21/3 theo lời mời của"
        " Tổng thống Hàn Quốc.",
        "Chủ tịch nước Lương Cường thăm cấp Nhà nước Hàn Quốc từ ngày 18 đến 21/3 theo lời mời của"
        " Tổng thống Hàn Quốc.",
        BODY,
        published="2025-03-18",
    )
    assert date_texts(d).count("từ ngày 18 đến 21/3") == 1
    assert "Chủ tịch nước Lương Cường thăm" in d.body


def test_wire_dateline_city_places_meeting() -> None:
    e = main(
        "Phó Thủ tướng gặp Bộ trưởng Thương mại Canada",
        "Ottawa (TTXVN) - Chiều 22/9 theo giờ địa phương, Phó Thủ tướng Trần Hồng Hà đã gặp Bộ"
        " trưởng Thương mại quốc tế Canada Mary Ng.",
        BODY,
        published="2024-09-23",
    )
    assert e.type == "meeting"
    assert e.location == "Ottawa"


# ---- main-event choice ----------------------------------------------------


def test_airport_welcome_is_not_main_when_reception_follows() -> None:
    e = main(
        "Ra đón Chủ tịch Quốc hội Trần Thanh Mẫn tại sân bay quốc tế Budapest có Phó Chủ tịch"
        " Quốc hội Hungary Jakab István và Đại sứ Việt Nam tại Hungary Nguyễn Thị Bích Thảo.",
        "Chiều 24/9, tại Tòa nhà Quốc hội, Chủ tịch Quốc hội Hungary Kövér László đã tiếp Chủ tịch"
        " Quốc hội Trần Thanh Mẫn.",
        BODY,
        published="2024-09-25",
    )
    assert e.type == "reception"
    assert sides(e) == {"Kövér László": "host", "Trần Thanh Mẫn": "guest"}


def test_border_welcome_is_not_main_before_programme_visit() -> None:
    e = main(
        "Đón đoàn tại Cửa khẩu quốc tế Cầu Treo có lãnh đạo tỉnh Hà Tĩnh.",
        "Đoàn đại biểu tỉnh Bolikhamxay do Phó Tỉnh trưởng Khamphan Phommathat dẫn đầu sẽ thăm và"
        " làm việc tại tỉnh Hà Tĩnh từ ngày 8 đến 10/7.",
        "Trong thời gian ở Hà Tĩnh, đoàn sẽ hội đàm với lãnh đạo tỉnh và thăm một số khu công"
        " nghiệp.",
        published="2024-07-08",
    )
    assert e.type == "visit"
    assert "Khamphan Phommathat" in sides(e)


def test_visit_lead_then_delegation_talks() -> None:
    e = main(
        "Nhận lời mời của Bộ trưởng Quốc phòng Phan Văn Giang, Bộ trưởng Quốc phòng Campuchia Tea"
        " Seiha dẫn đầu đoàn đại biểu cấp cao thăm chính thức Việt Nam từ ngày 9 đến 11/6.",
        "Sáng 10/6, tại Hà Nội, đoàn đại biểu Bộ Quốc phòng Việt Nam do Đại tướng Phan Văn Giang"
        " dẫn đầu và đoàn Bộ Quốc phòng Campuchia do Đại tướng Tea Seiha dẫn đầu đã tiến hành hội"
        " đàm.",
        "Tại cuộc hội đàm, hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua.",
        published="2024-06-11",
    )
    assert e.type == "talks"
    assert e.date == "2024-06-10"
    assert set(sides(e)) == {"Phan Văn Giang", "Tea Seiha"}


@pytest.mark.xfail(
    strict=True,
    reason="'trong buổi hội kiến ... sau lễ trình Quốc thư' is not read as the audience",
)
def test_audience_after_credentials_is_main() -> None:
    e = main(
        "Đại sứ Việt Nam trình Quốc thư lên Quốc vương Brunei",
        "Ngày 5/3, tại Hoàng cung Istana Nurul Iman, Đại sứ Việt Nam tại Brunei Trần Anh Vũ"
        " đã trình Quốc thư lên Quốc vương Brunei Hassanal Bolkiah.",
        "Tiếp đó, trong buổi hội kiến Quốc vương sau lễ trình Quốc thư, Đại sứ Trần Anh Vũ chuyển"
        " lời thăm hỏi của lãnh đạo Việt Nam tới Quốc vương.",
        BODY,
        published="2025-03-06",
    )
    assert e.type in {"meeting", "reception"}
    assert e.trigger == "hội kiến"
    assert sides(e) == {"Hassanal Bolkiah": "host", "Trần Anh Vũ": "guest"}


def test_headline_talks_types_a_conference_body() -> None:
    e = main(
        "Hội đàm giữa Bộ Công an Việt Nam và Bộ Nội vụ Liên bang Nga",
        "Sáng 2/10, tại Hà Nội, Bộ Công an Việt Nam và Bộ Nội vụ Liên bang Nga tổ chức hội nghị"
        " đánh giá kết quả hợp tác và thống nhất ký kết kế hoạch hợp tác giai đoạn tới.",
        BODY,
        published="2024-10-02",
    )
    assert e.type == "talks"
    assert e.date == "2024-10-02"


def test_greetings_of_listed_senders_split() -> None:
    d = doc(
        "Lãnh đạo Nga chúc mừng Quốc khánh Việt Nam",
        "Nhân dịp kỷ niệm 79 năm Quốc khánh Việt Nam, Tổng thống Nga Vladimir Putin; Thủ tướng Nga"
        " Mikhail Mishustin; Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin đã gửi điện mừng Tổng Bí"
        " thư, Chủ tịch nước Tô Lâm.",
        published="2024-09-02",
    )
    senders = [
        {p.name for p in e.participants}
        & {"Vladimir Putin", "Mikhail Mishustin", "Vyacheslav Volodin"}
        for e in d.events
        if e.type == "message"
    ]
    assert sum(1 for s in senders if len(s) == 1) >= 3


# ---- names ------------------------------------------------------------------


def test_surname_doan_heads_a_delegation() -> None:
    d = doc(
        "Đoàn đại biểu Hội Liên hiệp Phụ nữ Việt Nam do Phó Chủ tịch Đoàn Thị Lan dẫn đầu đã"
        " thăm và làm việc tại tỉnh Xiêng Khoảng từ ngày 3 đến 5/4.",
        BODY,
        published="2024-04-06",
    )
    assert "Đoàn Thị Lan" in names(d)


def test_spaced_hyphen_transliteration_is_one_name() -> None:
    d = doc(
        "Sáng 8/5, Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý tiếp Tỉnh trưởng tỉnh Hủa Phăn Phết- xa-"
        " phon Phôm- phi- hặc.",
        BODY,
        published="2024-05-08",
    )
    assert not any(n.startswith("Phết") and len(n) < 8 for n in names(d))
    assert any(n.startswith("Phết") and "Phôm" in n for n in names(d))


def test_second_spelling_on_page_merges() -> None:
    d = doc(
        "Sáng 3/3, Thủ tướng Phạm Minh Chính tiếp Phó Thủ tướng Lào Saleumxay Kommasith.",
        "Phó Thủ tướng Saleumxay Komasith cảm ơn sự giúp đỡ của Việt Nam.",
        BODY,
        published="2024-03-03",
    )
    assert not {"Saleumxay Kommasith", "Saleumxay Komasith"} <= names(d)


@pytest.mark.xfail(
    strict=True, reason="a 'buổi gặp mặt' list is read as the people met, not attendees"
)
def test_untitled_names_in_attendee_list() -> None:
    d = doc(
        "Tối 14/2, Tổng Lãnh sự Việt Nam tại San Francisco Nguyễn Văn Hòa dự buổi gặp mặt cộng"
        " đồng người Việt tại thành phố San Jose.",
        "Có mặt tại buổi gặp mặt gồm ông bà Trần Minh Khoa, bác sĩ Lê Thị Hạnh, doanh nhân Phạm"
        " Quốc Bảo và đại diện nhiều hội đoàn.",
        published="2024-02-15",
    )
    assert {"Trần Minh Khoa", "Lê Thị Hạnh", "Phạm Quốc Bảo"} <= names(d)


def test_name_then_title_apposition() -> None:
    d = doc(
        "Ngày 11/6, Ngài Ca-lốt Ri-ve-ra (Carlos Rivera), Đại sứ Cộng hòa Chile tại Việt Nam, đã"
        " đến chào xã giao lãnh đạo tỉnh Bình Định.",
        BODY,
        published="2024-06-11",
    )
    assert any("Ri-ve-ra" in n or "Rivera" in n for n in names(d))


# ---- attachment ------------------------------------------------------------


def test_occasion_clause_place_not_given_to_message() -> None:
    e = main(
        "Được tin động đất gây thiệt hại nặng nề tại tỉnh Hualien, Thủ tướng Phạm Minh Chính đã"
        " gửi điện thăm hỏi tới nhà chức trách Đài Loan ngày 4/4.",
        published="2024-04-04",
    )
    assert e.type == "message"
    assert e.location is None


def test_anniversary_span_does_not_date_the_act() -> None:
    e = main(
        "Ngày 20/8, nhân kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (1964 - 2024), Phó Chủ"
        " tịch nước Võ Thị Ánh Xuân tiếp Đại sứ Ai Cập Ayman Alaa Eldin Mosharafa.",
        published="2024-08-21",
    )
    assert e.date == "2024-08-20"


def test_frame_span_does_not_date_the_call_inside() -> None:
    e = main(
        "Trong chuyến công tác tại Hoa Kỳ từ ngày 20 đến 26/9, sáng 24/9, Tổng Bí thư, Chủ tịch"
        " nước Tô Lâm đã gặp Tổng thống Hoa Kỳ Joe Biden.",
        published="2024-09-25",
    )
    assert e.date == "2024-09-24"


def test_held_at_sentence_places_the_act() -> None:
    e = main(
        "Sáng 17/10, Chủ tịch nước Lương Cường tiếp Tổng thống Chile Gabriel Boric.",
        "Buổi tiếp diễn ra tại Phủ Chủ tịch trong không khí thân tình.",
        BODY,
        published="2024-10-17",
    )
    assert e.location == "Phủ Chủ tịch"


def test_visitor_side_tiep_kien_roles() -> None:
    e = main(
        "Chiều 9/5, đoàn đại biểu Bộ Tư pháp Lào do Thứ trưởng Phonsavanh Keomany dẫn đầu đã tiếp"
        " kiến Phó Thủ tướng Lê Thành Long tại Trụ sở Chính phủ.",
        BODY,
        published="2024-05-09",
    )
    assert sides(e) == {"Lê Thành Long": "host", "Phonsavanh Keomany": "guest"}
