"""Round 13's held-out variants: the lead's own wordings of each class the fixers worked on, run
at merges and never shown to them (13 of 29 passed at the round start, 26 at its end). Invented
names, places and dates; the full pipeline. Three still fail and are marked: a day-month glued
to a calendar-marked year ("16-5-DL.2024"), a delegation head named in the next sentence
("Trưởng đoàn là ông X"), and a generic headline "gặp" over a body "tiếp" that also tells a
"gặp gỡ"."""

from __future__ import annotations

import pytest

import vndiplo
from tests.heldout_helpers import doc, main, sides

BODY = "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, giáo dục và văn hóa."


def names(d: vndiplo.Document) -> set[str]:
    return {p.name for p in d.people}


def date_texts(d: vndiplo.Document) -> list[str]:
    return [x.text for x in d.dates]


def person(d: vndiplo.Document, name: str) -> vndiplo.Person:
    return next(p for p in d.people if p.name == name)


# ---- dates: joins, lists, fractions, markers, spans, years ----------------


def test_relative_day_with_bracket_qualifier() -> None:
    e = main(
        "Thủ tướng điện đàm với Thủ tướng New Zealand",
        "Chiều nay (14/3, giờ Hà Nội), Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng New"
        " Zealand Christopher Luxon.",
        BODY,
        published="2025-03-15",
    )
    assert e.date == "2025-03-14"


def test_relative_day_with_written_month() -> None:
    e = main(
        "Sáng hôm qua, 12 tháng 8, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ"
        " Thụy Điển Johan Ndisi.",
        BODY,
        published="2024-08-14",
    )
    assert e.date == "2024-08-12"


def test_relative_day_with_lunar_then_solar() -> None:
    e = main(
        "Sáng nay, mùng 5 tháng Giêng năm Giáp Thìn (14/2/2024), tại Hà Nội, Chủ tịch nước đã"
        " tiếp Đại sứ Lào Khamphao Ernthavanh.",
        BODY,
        published="2024-02-15",
    )
    assert e.date == "2024-02-14"


def test_listed_days_with_dots() -> None:
    d = doc(
        "Trong hai ngày 14.9 và 15.9, đoàn đại biểu tỉnh Gia Lai đã làm việc với chính quyền"
        " tỉnh Ratanakiri.",
        BODY,
        published="2023-09-16",
    )
    assert any("15.9" in t for t in date_texts(d))


def test_fraction_before_count_noun_is_no_date() -> None:
    d = doc(
        "Ngày 3/5, Chủ tịch UBND tỉnh Điện Biên tiếp đoàn công tác tỉnh Phông Sa Lỳ. Hiện 7/10"
        " huyện của tỉnh đã ký kết hợp tác với các huyện giáp biên của Lào.",
        published="2024-05-04",
    )
    assert not any(t.endswith("7/10") for t in date_texts(d))


def test_span_with_relative_start_is_one_expression() -> None:
    d = doc(
        "Đoàn đại biểu Quốc hội Cu-ba thăm chính thức Việt Nam từ hôm nay đến hết ngày 20/9.",
        BODY,
        published="2024-09-17",
    )
    assert any("hôm nay" in t and "20/9" in t for t in date_texts(d))


def test_historical_year_does_not_tie_the_stamped_day() -> None:
    e = main(
        "Năm 2016, hai tỉnh đã ký biên bản ghi nhớ hợp tác giai đoạn 2016 - 2020.",
        "Sáng 6/9, tại thành phố Vinh, Chủ tịch UBND tỉnh Nghệ An tiếp đoàn đại biểu tỉnh"
        " Xiêng Khoảng do Phó Tỉnh trưởng Khăm Phăn dẫn đầu.",
        BODY,
        published="2023-09-07",
    )
    assert e.date == "2023-09-06"


@pytest.mark.xfail(strict=True, reason="a day-month glued to a calendar-marked year")
def test_calendar_marker_before_year() -> None:
    d = doc(
        "Lễ khánh thành diễn ra sáng 9-4-Giáp Thìn (tức 16-5-DL.2024) với sự tham dự của Đại sứ"
        " Ấn Độ Sandeep Arya.",
        published="2024-05-17",
    )
    assert any("2024" in t and "16-5" in t for t in date_texts(d))


# ---- names by shape ---------------------------------------------------------


def test_glued_degree_abbreviation_before_name() -> None:
    d = doc(
        "Chiều 9/10, GS.TS.Nguyễn Văn Hòa, Giám đốc Đại học Quốc gia, đã tiếp Đại sứ Úc Andrew"
        " Goledzinowski.",
        published="2024-10-10",
    )
    assert "Nguyễn Văn Hòa" in names(d)


def test_glued_monastic_rank_before_name() -> None:
    d = doc(
        "Sáng 2/6, TT.Thích Minh Đạo, Phó Trưởng ban Thường trực Ban Trị sự tỉnh, đã tiếp đoàn"
        " Phật giáo Campuchia.",
        published="2024-06-03",
    )
    assert "Thích Minh Đạo" in names(d)


def test_region_after_council_title_is_no_person() -> None:
    d = doc(
        "Chiều 4/12, Bí thư Thành ủy Hải Phòng Lê Tiến Châu tiếp Chủ tịch Hội đồng vùng Bretagne"
        " Loïg Chesnais-Girard.",
        published="2024-12-05",
    )
    assert "Bretagne" not in names(d)
    assert "Loïg Chesnais-Girard" in names(d)


def test_compass_state_after_governor_is_no_person() -> None:
    d = doc(
        "Ngày 21/2, Đại sứ Việt Nam tại Úc Phạm Hùng Tâm làm việc với Thống đốc bang Tây Úc"
        " Chris Dawson.",
        published="2025-02-22",
    )
    assert not any(n.startswith("Tây Úc") for n in names(d))


def test_misspelt_country_after_title_is_no_person() -> None:
    d = doc(
        "Sáng 7/7, Bộ trưởng Ngoại giao Malaysa Mohamad Hasan đã hội đàm với Bộ trưởng Ngoại"
        " giao Bùi Thanh Sơn.",
        published="2024-07-08",
    )
    assert "Malaysa" not in names(d)
    assert "Mohamad Hasan" in names(d)


def test_dash_between_title_and_name() -> None:
    d = doc(
        "Đoàn do Phó Bí thư Thường trực Thành ủy Đà Lạt – Trần Văn Bình làm trưởng đoàn đã thăm"
        " huyện Mường Khương của Lào từ ngày 2 đến 4/8.",
        published="2024-08-05",
    )
    assert "Trần Văn Bình" in names(d)


def test_numbered_session_in_title() -> None:
    d = doc(
        "Chiều 23/9, tại New York, Thủ tướng đã gặp Chủ tịch Khóa họp 79 Đại hội đồng Liên hợp"
        " quốc Philemon Yang.",
        published="2024-09-24",
    )
    assert any("79" in t for t in person(d, "Philemon Yang").titles)


def test_conferred_rank_is_a_title() -> None:
    d = doc(
        "Chủ tịch nước đã trao quyết định phong hàm Đại sứ cho ông Nguyễn Văn Nam, Vụ trưởng Vụ"
        " Lễ tân.",
        published="2024-06-10",
    )
    assert any("Đại sứ" in t for t in person(d, "Nguyễn Văn Nam").titles)


def test_style_duc_is_not_germany() -> None:
    d = doc(
        "Sáng 19/5, Chủ tịch UBND TP Hồ Chí Minh tiếp Đức Hồng y Giuse Phạm Văn Tâm và phái đoàn"
        " Tòa Thánh.",
        published="2024-05-20",
    )
    assert all(p.country != "DE" for p in d.people)


# ---- event choice and attachment --------------------------------------------


@pytest.mark.xfail(strict=True, reason="a body 'gặp gỡ' restating part of the reception")
def test_headline_meets_body_receives() -> None:
    e = main(
        "Bí thư Tỉnh ủy Lạng Sơn gặp lãnh đạo Khu tự trị Quảng Tây",
        "Chiều 12/1, tại Nam Ninh, Bí thư Đảng ủy Khu tự trị Quảng Tây Trần Cương đã tiếp Bí thư"
        " Tỉnh ủy Lạng Sơn Đoàn Thị Hậu và đoàn công tác; cùng lúc gặp gỡ các doanh nghiệp của"
        " tỉnh.",
        BODY,
        published="2025-01-13",
    )
    assert e.type == "reception"
    assert sides(e).get("Trần Cương") == "host"


def test_opening_backreference_names_the_talks() -> None:
    e = main(
        "Việt Nam và Na Uy hội đàm về hợp tác thủy sản",
        "Tại buổi hội đàm chiều 9/5 ở Oslo, Thứ trưởng Bộ Nông nghiệp Phùng Đức Tiến đề nghị hai"
        " bên đẩy mạnh trao đổi công nghệ nuôi trồng.",
        "Về phía Na Uy, Quốc vụ khanh Bộ Thương mại Na Uy Lars Olsen khẳng định sẵn sàng hỗ trợ.",
        published="2024-05-10",
    )
    assert e.type == "talks"
    assert e.date == "2024-05-09"


def test_letter_opening_is_a_message() -> None:
    e = main(
        "Trong thư, Thủ tướng Phạm Minh Chính cảm ơn Thủ tướng Nhật Bản Ishiba Shigeru đã gửi"
        " lời chia buồn. Thủ tướng cũng nhắc lại chuyến thăm Nhật Bản năm 2023 của mình.",
        published="2024-10-20",
    )
    assert e.type == "message"


def test_past_act_in_relative_clause_loses() -> None:
    e = main(
        "Chiều 5/6, Chủ tịch Quốc hội sẽ gặp gỡ cộng đồng người Việt tại Paris, nơi năm ngoái"
        " Tổng Bí thư đã tiếp đại diện kiều bào.",
        BODY,
        published="2024-06-04",
    )
    assert e.trigger != "tiếp"


def test_credentials_then_private_audience_has_one_host() -> None:
    e = main(
        "Sáng 12/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã nhận Quốc thư của Đại sứ Ai"
        " Cập Ahmed Zaki và Đại sứ Pê-ru Luis Castro. Sau lễ trình Quốc thư, Chủ tịch nước chủ trì"
        " buổi tiếp chung các Đại sứ.",
        published="2025-03-12",
    )
    assert list(sides(e).values()).count("host") == 1


@pytest.mark.xfail(strict=True, reason="a head named in the next sentence ('Trưởng đoàn là ông X')")
def test_delegation_head_in_next_sentence() -> None:
    e = main(
        "Ngày 15/8, đoàn đại biểu tỉnh Champasak (Lào) đã đến thăm và làm việc tại tỉnh Kon Tum."
        " Trưởng đoàn là ông Vilay Bounthavong, Phó Tỉnh trưởng tỉnh Champasak.",
        "Tiếp đoàn có Phó Chủ tịch UBND tỉnh Kon Tum Nguyễn Hữu Tháp.",
        published="2024-08-16",
    )
    assert "Vilay Bounthavong" in sides(e)


def test_fronted_clause_subject_is_host() -> None:
    e = main(
        "Chủ tịch Quốc hội Lào tiếp đoàn Ủy ban Kinh tế",
        "Bày tỏ vui mừng được đón tiếp đoàn đại biểu Ủy ban Kinh tế của Quốc hội Việt Nam do Chủ"
        " nhiệm Vũ Hồng Thanh dẫn đầu, chiều 4/7, tại Viêng Chăn, Chủ tịch Quốc hội Lào"
        " Saysomphone Phomvihane khẳng định quan hệ hai nước ngày càng bền chặt.",
        published="2024-07-05",
    )
    assert sides(e).get("Saysomphone Phomvihane") == "host"


def test_other_side_speaks_later() -> None:
    e = main(
        "Tại hội đàm sáng 3/3 ở Phnôm Pênh, Bộ trưởng Công an Lương Tam Quang đề nghị hai bên"
        " phối hợp chặt chẽ trong phòng chống tội phạm.",
        "Về phía Campuchia, Phó Thủ tướng, Bộ trưởng Nội vụ Sar Sokha khẳng định sẽ tiếp tục hợp"
        " tác.",
        published="2025-03-04",
    )
    assert {"Lương Tam Quang", "Sar Sokha"} <= set(sides(e))


def test_frame_visit_lends_no_place() -> None:
    e = main(
        "Trong khuôn khổ chuyến thăm chính thức Thái Lan, chiều 16/5, Chủ tịch Quốc hội Trần"
        " Thanh Mẫn đã hội kiến Thủ tướng Thái Lan Paetongtarn Shinawatra.",
        BODY,
        published="2025-05-17",
    )
    assert e.location != "Thái Lan"


def test_possessive_place_kept_whole() -> None:
    e = main(
        "Chiều 10/9 theo giờ địa phương, tại Phòng Bầu dục của Nhà Trắng, Tổng thống Hoa Kỳ đã"
        " tiếp Tổng Bí thư, Chủ tịch nước Tô Lâm.",
        BODY,
        published="2024-09-11",
    )
    assert e.location == "Phòng Bầu dục của Nhà Trắng"


# ---- page parsing -------------------------------------------------------------


def test_lead_above_photo_credit_is_kept() -> None:
    e = main(
        "Ngày 12-11, tại Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp Bộ trưởng Ngoại giao Chile"
        " Alberto van Klaveren.",
        "Ảnh: Minh Châu |",
        BODY,
        published="2024-11-13",
    )
    assert e.type == "reception"
    assert e.date == "2024-11-12"


def test_capital_dateline_with_em_dash_places_meeting() -> None:
    e = main(
        "BRUXELLES — Chiều 8/7, Thủ tướng Phạm Minh Chính đã gặp Chủ tịch Hội đồng châu Âu"
        " António Costa.",
        BODY,
        published="2025-07-09",
    )
    assert (e.location or "").lower() == "bruxelles"
