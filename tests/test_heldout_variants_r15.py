"""Round 15's held-out variants: the lead's own wordings of each class the fixers worked on, run
at merges and never shown to them (18 of 24 passed at the round's base, 21 at its end). Invented
names, places and dates; the full pipeline. Two still fail and are marked: a call's counterpart
named by surname in the headline only, and a year read from an anniversary the two sides agree to
organise (the dates fix reads such a plan as giving no year). The banquet wording, held against an
open ruling in round 15, expects `reception` since round 16's ruling."""

from __future__ import annotations

import pytest

import vndiplo
from tests.heldout_helpers import doc, main, sides

BODY = "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, giáo dục và văn hóa."


def names(d: vndiplo.Document) -> set[str]:
    return {p.name for p in d.people}


def person(d: vndiplo.Document, name: str) -> vndiplo.Person:
    return next(p for p in d.people if p.name == name)


# ---- names: typography of transliterated and Latin names -------------------------------


def test_name_spaced_dash_lao() -> None:
    d = doc(
        "Sáng 12/3, Đại tá Bun Mi - Xay Nha Vông, Giám đốc Công an tỉnh Bô Kẹo, đã thăm và chúc"
        " Tết Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai.",
        BODY,
    )
    assert "Bun Mi - Xay Nha Vông" in names(d)


def test_name_stray_space_before_hyphen_country() -> None:
    d = doc(
        "Tối 4/6, Thủ tướng Nguyễn Tấn Dũng chủ trì tiệc chiêu đãi Thủ tướng Xri Lan -ca Ra-ni"
        " Vich-rê-ma-xinh-ghê.",
        BODY,
    )
    assert any(n.startswith("Ra-ni") for n in names(d))
    assert not any("Lan -ca" in n for n in names(d))


def test_name_junior_suffix() -> None:
    d = doc(
        "Ngày 9/10, Phó Thủ tướng Lê Minh Khái tiếp ông Robert Kennedy Jr., Phó Chủ tịch Quỹ"
        " Hòa bình Thái Bình Dương.",
        BODY,
    )
    assert any(n.startswith("Robert Kennedy Jr") for n in names(d))


def test_name_hyphenated_lao_surname() -> None:
    d = doc(
        "Chiều 20/9, Chủ tịch Quốc hội Vương Đình Huệ tiếp Chánh án Tòa án nhân dân tối cao Lào"
        " Khăm-phăn Phôm-ma-thắt.",
        BODY,
    )
    assert "Khăm-phăn Phôm-ma-thắt" in names(d)


def test_name_country_word_before_king_name() -> None:
    d = doc(
        "Sáng 2/5, Chủ tịch nước Trương Tấn Sang hội đàm với Quốc vương Gioóc-đa-ni Áp-đu-la II.",
        BODY,
    )
    assert not any(n.startswith("Gioóc-đa-ni") for n in names(d))


# ---- receiving side: the other participant named later ---------------------------------


def test_side_thay_mat_answers_visit() -> None:
    e = main(
        "Chiều 8-2, đoàn công tác tỉnh Sê Kông, Lào do đồng chí Vi Lay Phon, Phó Tỉnh trưởng tỉnh"
        " Sê Kông làm trưởng đoàn đã đến thăm và chúc Tết Bộ Chỉ huy Quân sự tỉnh Quảng Nam.",
        "Thay mặt Đảng ủy, Bộ Chỉ huy Quân sự tỉnh, Đại tá Trần Văn Bình, Chỉ huy trưởng đã cảm"
        " ơn tình cảm của lãnh đạo tỉnh Sê Kông.",
    )
    assert {"Vi Lay Phon", "Trần Văn Bình"} <= set(sides(e))


def test_side_tiep_doan_co_line() -> None:
    e = main(
        "Ngày 14/1, đoàn đại biểu huyện Mường Khương, tỉnh Phông Sa Lỳ do ông Khăm Xỉ Vông, Phó Bí"
        " thư Huyện ủy làm trưởng đoàn đã sang thăm, chúc Tết huyện Mường Nhé.",
        "Tiếp đoàn có đồng chí Lò Văn Tiến, Bí thư Huyện ủy Mường Nhé.",
    )
    assert "Lò Văn Tiến" in sides(e)


@pytest.mark.xfail(strict=True, reason="a counterpart named by surname in the headline only")
def test_side_headline_counterpart_by_surname() -> None:
    e = main(
        "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Kishida",
        "Tối 10/7, Thủ tướng Phạm Minh Chính đã có cuộc điện đàm với Thủ tướng Nhật Bản.",
        BODY,
    )
    assert any("Kishida" in n for n in sides(e))


def test_side_bay_to_vui_mung_duoc_don() -> None:
    e = main(
        "Sáng 19/12, đoàn cán bộ Ban Tuyên giáo tỉnh Hủa Phăn do bà Xổm Chít làm trưởng đoàn đã"
        " đến thăm, chúc mừng Ban Tuyên giáo Tỉnh ủy Thanh Hóa.",
        "Bà Lê Thị Hà, Trưởng Ban Tuyên giáo Tỉnh ủy Thanh Hóa bày tỏ vui mừng được đón tiếp đoàn.",
    )
    assert "Lê Thị Hà" in sides(e)


def test_role_working_session_receiving_side_hosts() -> None:
    e = main(
        "Chiều 4/4, ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh Thanh Hóa đã làm việc với đoàn"
        " chuyên gia của Ngân hàng Thế giới do ông Andrew Harvey làm trưởng đoàn.",
        BODY,
    )
    s = sides(e)
    assert s.get("Nguyễn Văn Hải") == "host" and s.get("Andrew Harvey") == "guest"


# ---- event choice ----------------------------------------------------------------------


def test_event_online_exchange_is_call() -> None:
    e = main(
        "Chiều 3/12, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung đã có cuộc trao đổi trực tuyến"
        " với ông Jonas Berg, Phó Chủ tịch Đảng Dân chủ Xã hội Thụy Điển.",
        BODY,
    )
    assert e.type == "phone_call"


def test_event_thank_you_letter_after_visit() -> None:
    e = main(
        "Tổng thống Lào gửi thư cảm ơn Chủ tịch nước Lương Cường",
        "Nhân dịp kết thúc tốt đẹp chuyến thăm cấp nhà nước tới Việt Nam, Tổng Bí thư, Chủ tịch"
        " nước Lào Thongloun Sisoulith đã gửi Thư cảm ơn tới Chủ tịch nước Lương Cường.",
        BODY,
    )
    assert e.type == "message"


def test_event_talks_during_state_visit() -> None:
    e = main(
        "Chủ tịch nước hội đàm với Tổng thống Chi-lê",
        "Trong khuôn khổ chuyến thăm cấp nhà nước tới Chi-lê, chiều 12/11, Chủ tịch nước Nguyễn"
        " Minh Triết đã hội đàm với Tổng thống Mi-sen Ba-sê-lê.",
        BODY,
    )
    assert e.type == "talks"


def test_event_banquet_is_reception() -> None:
    # Settled in round 16 (README ruling a): a banquet given by a named host is a reception.
    e = main(
        "Tối 9/6, Chủ tịch nước Võ Văn Thưởng chủ trì tiệc chiêu đãi Tổng thống Ai Cập Abdel Fattah"
        " al-Sisi.",
        BODY,
    )
    assert e.type == "reception"


def test_event_visit_not_signing_witnessed_later() -> None:
    e = main(
        "Từ ngày 3 - 6/9, Phó Chủ tịch Ngân hàng Thế giới Manuela Ferro đã thăm và làm việc tại"
        " Việt Nam.",
        "Trong chuyến thăm, bà Manuela Ferro đã chứng kiến lễ ký hiệp định vay cho dự án giao"
        " thông miền núi.",
        published="2024-09-07",
    )
    assert e.type == "visit"


# ---- countries -------------------------------------------------------------------------


def test_country_lao_host_in_lao_province() -> None:
    d = doc(
        "Ngày 15/10, Thiếu tướng Nguyễn Văn Nam, Tư lệnh Quân khu 4 cùng đoàn công tác đã thăm Bộ"
        " Chỉ huy Quân sự tỉnh Khăm Muộn. Tiếp đoàn có Đại tá Xổm Phết Thăm Ma Vông, Chỉ huy trưởng"
        " Bộ Chỉ huy Quân sự tỉnh Khăm Muộn.",
        BODY,
    )
    assert person(d, "Nguyễn Văn Nam").country == "VN"
    assert person(d, "Xổm Phết Thăm Ma Vông").country == "LA"


def test_country_vietnamese_member_of_friendship_group() -> None:
    d = doc(
        "Sáng 7/5, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp Phó Tổng thống Cu-ba Salvador Valdés"
        " Mesa. Cùng dự có ông Nguyễn Văn Giàu, Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Cu-ba.",
        BODY,
    )
    assert person(d, "Nguyễn Văn Giàu").country == "VN"


def test_country_chair_of_foreign_chamber_in_us() -> None:
    d = doc(
        "Ngày 22/8, Tổng Lãnh sự Việt Nam tại Houston Đặng Hoàng Giang làm việc với ông Ali Khan,"
        " Chủ tịch Phòng Thương mại Pakistan - Hoa Kỳ tại bang Texas.",
        BODY,
    )
    assert person(d, "Đặng Hoàng Giang").country == "VN"


# ---- boilerplate -----------------------------------------------------------------------


def test_boiler_comment_form_lines() -> None:
    d = doc(
        "Tỉnh Điện Biên tiếp đoàn tỉnh Luông Nặm Tha",
        "Chiều 5/5, đồng chí Lò Văn Phương, Chủ tịch HĐND tỉnh Điện Biên đã tiếp đoàn công tác"
        " tỉnh Luông Nặm Tha.",
        BODY,
        "Trả lời",
        "Thư điện tử của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
        "Bình luận",
    )
    assert "Trả lời" not in d.body and "Thư điện tử" not in d.body


def test_boiler_section_word_before_headline() -> None:
    d = doc(
        "Thời sự",
        "Đoàn đại biểu tỉnh Ratanakiri thăm, chúc Tết tỉnh Gia Lai",
        "Chiều 2/2, đoàn đại biểu tỉnh Ratanakiri, Vương quốc Campuchia đã đến thăm, chúc Tết"
        " Tỉnh ủy, UBND tỉnh Gia Lai.",
        BODY,
    )
    assert d.headline == "Đoàn đại biểu tỉnh Ratanakiri thăm, chúc Tết tỉnh Gia Lai"


def test_boiler_subscription_header_line() -> None:
    d = doc(
        "Đặt mua báo in | Đọc báo in phiên bản số | Thứ Hai, ngày 12 tháng 05 năm 2025",
        "Chủ tịch nước tiếp Thủ tướng Niu Di-lân",
        "Chiều 11/5, Chủ tịch nước Lương Cường đã tiếp Thủ tướng Niu Di-lân Christopher Luxon.",
        BODY,
        published=None,
    )
    assert d.headline == "Chủ tịch nước tiếp Thủ tướng Niu Di-lân"


# ---- dates: the year from the text -----------------------------------------------------


@pytest.mark.xfail(strict=True, reason="an agreed anniversary plan gives no year")
def test_year_from_later_explicit_year() -> None:
    d = doc(
        "Ngày 13/2, tại Mu-ních, Bộ trưởng Ngoại giao Phạm Bình Minh đã gặp Ngoại trưởng Hoa Kỳ"
        " John Kerry.",
        "Hai bên nhất trí phối hợp tổ chức các hoạt động kỷ niệm 20 năm quan hệ ngoại giao trong"
        " năm 2015.",
        published=None,
    )
    first = d.dates[0]
    assert first.value == "2015-02-13"


def test_year_from_lead_anniversary_year() -> None:
    d = doc(
        "Chiều 16/11, Trưởng Ban Đối ngoại Trung ương Hoàng Bình Quân đã điện đàm với Phó Chủ tịch"
        " Đảng SPD Đức nhân dịp kỷ niệm 45 năm quan hệ ngoại giao Việt Nam - Đức (1975 - 2020).",
        published=None,
    )
    assert d.dates[0].value == "2020-11-16"


def test_no_year_from_stamp_less_relative_today() -> None:
    d = doc(
        "Ngày hôm nay, đoàn đại biểu tỉnh Xiêng Khoảng đã chúc mừng đồng chí Nguyễn Văn Thông,"
        " tân Bí thư Tỉnh ủy.",
        published=None,
    )
    assert all(
        x.value is None or "--" not in (x.value or "") for x in d.dates if "hôm nay" in x.text
    )
