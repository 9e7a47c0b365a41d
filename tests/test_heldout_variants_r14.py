"""Round 14's held-out variants: the lead's own wordings of each class the fixers worked on, run
at merges and never shown to them (15 of 29 passed at the round start, 24 at its end). Invented
names, places and dates; the full pipeline. Five still fail and are marked: a trip frame's place
given to the reception inside it, a delegation head named in the next sentence ("Trưởng đoàn là
ông X"), a given name that is also an organisation word in a list, a nationality after a
profession ("nhà đầu tư người Nhật Bản X"), and a headline closed by a full stop above a dated
lead."""

from __future__ import annotations

import pytest

import vndiplo
from tests.heldout_helpers import doc, main, sides

BODY = "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, giáo dục và văn hóa."


def names(d: vndiplo.Document) -> set[str]:
    return {p.name for p in d.people}


def person(d: vndiplo.Document, name: str) -> vndiplo.Person:
    return next(p for p in d.people if p.name == name)


# ---- loc14: where -----------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="the actor's own trip frame still places the reception")
def test_loc_trip_frame_place_not_given_to_reception() -> None:
    e = main(
        "Nhân chuyến công tác tại tỉnh Lào Cai, chiều 14/6, Phó Thủ tướng Trần Hồng Hà đã tiếp"
        " Tổng Lãnh sự Trung Quốc Lý Minh.",
        BODY,
    )
    assert e.location is None or "Lào Cai" not in e.location


def test_loc_khuon_kho_frame_place() -> None:
    e = main(
        "Trong khuôn khổ Diễn đàn Kinh tế thế giới tổ chức tại Davos, sáng 22/1, Thủ tướng Phạm"
        " Minh Chính đã gặp Thủ tướng Bỉ Alexander De Croo tại khách sạn nơi đoàn lưu trú.",
        BODY,
    )
    assert "Davos" not in (e.location or "")


def test_loc_envoy_title_is_no_venue() -> None:
    e = main(
        "Ngày 5/9, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung đã tiếp Đại sứ Việt Nam tại"
        " Hungary Nguyễn Thị Bích Thảo.",
        BODY,
    )
    assert "Hungary" not in (e.location or "")


def test_loc_place_in_quoted_speech() -> None:
    e = main(
        "Sáng 8/10, Bộ trưởng Công Thương Nguyễn Hồng Diên tiếp Bộ trưởng Thương mại Ai Cập"
        " Ahmed Samir. Ông Ahmed Samir cho biết trong thời gian ở Thành phố Hồ Chí Minh, đoàn đã"
        " gặp gỡ nhiều doanh nghiệp.",
        BODY,
    )
    assert "Hồ Chí Minh" not in (e.location or "")


def test_loc_institution_then_city_after_comma() -> None:
    e = main(
        "Chiều 3/4, tại Nhà Quốc hội, Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ"
        " tịch Quốc hội Lào Saysomphone Phomvihane.",
        BODY,
    )
    assert (e.location or "").startswith("Nhà Quốc hội")
    assert "Hà Nội" in (e.location or "")


def test_loc_forum_sentence_before_attendance() -> None:
    e = main(
        "Ngày 10/11, tại thành phố Nam Ninh diễn ra Hội chợ Trung Quốc - ASEAN lần thứ 20.",
        "Đoàn đại biểu tỉnh Lạng Sơn do Chủ tịch UBND tỉnh Hồ Tiến Thiệu dẫn đầu đã tham dự Hội"
        " chợ.",
        BODY,
    )
    assert "Nam Ninh" in (e.location or "")


# ---- roles14: who and in which role -----------------------------------------


def test_roles_hoi_kien_received_hosts() -> None:
    e = main(
        "Chiều 19/7, đoàn đại biểu tỉnh Cao Bằng do Bí thư Tỉnh ủy Trần Hồng Minh làm trưởng đoàn"
        " đã hội kiến Bí thư Khu ủy Quảng Tây Trần Cương.",
        BODY,
    )
    assert sides(e).get("Trần Cương") == "host"


def test_roles_chao_xa_giao_received_hosts() -> None:
    e = main(
        "Sáng 2/3, Đại sứ Việt Nam tại Campuchia Nguyễn Minh Vũ đã chào xã giao Chủ tịch Thượng"
        " viện Campuchia Hun Sen.",
        BODY,
    )
    assert sides(e).get("Hun Sen") == "host"


def test_roles_deceased_is_no_side() -> None:
    e = main(
        "Được tin nguyên Thủ tướng Singapore Lý Quang Diệu từ trần, Chủ tịch nước Trương Tấn Sang"
        " đã gửi điện chia buồn tới Tổng thống Singapore Tony Tan.",
        published="2015-03-24",
    )
    assert "Lý Quang Diệu" not in sides(e)


@pytest.mark.xfail(strict=True, reason="a head named in the next sentence is no guest")
def test_roles_head_named_next_sentence() -> None:
    e = main(
        "Ngày 6/5, đoàn công tác tỉnh Hủa Phăn (Lào) đã đến thăm và làm việc tại tỉnh Thanh Hóa."
        " Trưởng đoàn là ông Khăm Phăn Phôm Ma Thắt, Bí thư Tỉnh ủy Hủa Phăn.",
        BODY,
    )
    assert any("Khăm Phăn" in n for n in sides(e))


def test_roles_two_calls_first_kept() -> None:
    e = main(
        "Ngày 9/1, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có các cuộc điện đàm với Ngoại trưởng"
        " Australia Penny Wong, và với Ngoại trưởng Nhật Bản Kamikawa Yoko.",
        BODY,
    )
    assert "Kamikawa Yoko" not in sides(e)
    assert "Penny Wong" in sides(e)


# ---- names14: what is a person --------------------------------------------


def test_names_person_in_award_name() -> None:
    d = doc(
        "Ngày 12/9, Chủ tịch nước Võ Văn Thưởng trao Huân chương Hồ Chí Minh cho Đại sứ Cuba"
        " Orlando Hernández Guillén.",
        BODY,
    )
    assert "Hồ Chí Minh" not in names(d)


def test_names_person_in_school_name() -> None:
    d = doc(
        "Sáng 4/10, Đại sứ Hàn Quốc Choi Young-sam đã đến thăm Trường THPT chuyên Lê Quý Đôn và"
        " làm việc với Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn.",
        BODY,
    )
    assert "Lê Quý Đôn" not in names(d)


def test_names_district_tail_not_in_name() -> None:
    d = doc(
        "Ngày 7/8, Bí thư Huyện ủy Tây Giang Bh'riu Liếc đã tiếp đoàn công tác huyện Kà Lừm (Lào).",
        BODY,
    )
    assert not any(n.startswith("Giang") for n in names(d))


def test_names_hyphen_joined_titles() -> None:
    d = doc(
        "Sáng 15/9, Tổng Bí thư-Chủ tịch nước Tô Lâm đã tiếp Ngoại trưởng Mỹ Antony Blinken.",
        BODY,
    )
    assert "Tô Lâm" in names(d)


def test_names_name_glued_to_role_by_dash() -> None:
    d = doc(
        "Chiều 21/5, Chủ tịch UBND tỉnh Bắc Ninh tiếp ông Mark Liu-Chủ tịch tập đoàn TSMC.",
        BODY,
    )
    assert "Mark Liu" in names(d)


def test_names_abbrev_titles_after_name() -> None:
    d = doc(
        "Đoàn do đồng chí Nguyễn Minh Triết, UVBCH TƯ Đoàn, Phó Chủ tịch TƯ Hội LHTN Việt Nam"
        " làm trưởng đoàn đã hội kiến Bí thư Thành ủy Côn Minh.",
        BODY,
    )
    assert "Nguyễn Minh Triết" in names(d)


@pytest.mark.xfail(strict=True, reason="an org word as a middle name in a list")
def test_names_given_name_common_word() -> None:
    d = doc(
        "Tham dự buổi tiếp có các ông Lê Trường Sơn, Phó Chủ tịch UBND tỉnh và Nguyễn Văn Bình,"
        " Giám đốc Sở Ngoại vụ.",
        BODY,
    )
    assert "Lê Trường Sơn" in names(d)


# ---- titles14: title extent --------------------------------------------------


def test_titles_province_after_comma() -> None:
    d = doc(
        "Ngày 3/3, bà Lê Thị Hoa, Tổng Lãnh sự Việt Nam tại Côn Minh, Vân Nam đã tiếp Phó Tỉnh"
        " trưởng Vân Nam.",
        BODY,
    )
    assert any("Côn Minh, Vân Nam" in t for t in person(d, "Lê Thị Hoa").titles)


@pytest.mark.xfail(strict=True, reason="a nationality after a profession gives no country")
def test_titles_nationality_after_profession() -> None:
    d = doc(
        "Thủ tướng tiếp nhà đầu tư người Nhật Bản Masayoshi Son tại Hà Nội ngày 4/7.",
        BODY,
    )
    assert person(d, "Masayoshi Son").country == "JP"


def test_titles_newly_appointed_ambassador() -> None:
    d = doc(
        "Sáng 10/1, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp Đại sứ mới được bổ nhiệm của Ba Lan tại"
        " Việt Nam Joanna Skoczek.",
        BODY,
    )
    assert "Joanna Skoczek" in names(d)


def test_titles_friendship_association_pair() -> None:
    d = doc(
        "Chủ tịch Hội Hữu nghị Nga-Việt Nam Igor Chernyshov đã tới thăm tỉnh Nghệ An ngày 9/5.",
        BODY,
    )
    assert "Igor Chernyshov" in names(d)
    assert not any(n == "Việt Nam" or n.startswith("Nga") for n in names(d))


def test_titles_spouse_apposition() -> None:
    d = doc(
        "Chiều 20/4, bà Phan Thị Thanh Tâm, phu nhân Thủ tướng Phạm Minh Chính, đã gặp bà Yuko"
        " Kishida, phu nhân Thủ tướng Nhật Bản.",
        BODY,
    )
    assert not any(t.startswith("Thủ tướng") for t in person(d, "Phan Thị Thanh Tâm").titles)


# ---- page14: page shapes --------------------------------------------------------


def test_page_agency_credit_with_date_in_brackets() -> None:
    d = doc(
        "Hà Nội (TTXVN 14/02/2012) - Chiều nay, Chủ tịch nước Trương Tấn Sang đã tiếp Đại sứ"
        " Nhật Bản Tanizaki Yasuaki.",
        BODY,
        published=None,
    )
    assert str(d.published) == "2012-02-14"


def test_page_credit_with_dotted_short_year() -> None:
    d = doc(
        "Thủ tướng tiếp Đại sứ Pháp",
        "*VNA*, 14.03.23, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Pháp Olivier Brochet.",
        BODY,
        published=None,
    )
    assert str(d.published) == "2023-03-14"


@pytest.mark.xfail(strict=True, reason="a full-stop headline over a dated lead is a caption")
def test_page_headline_with_full_stop() -> None:
    d = doc(
        "Chủ tịch nước tiếp Đại sứ Thái Lan chào từ biệt.",
        "Sáng 5/6, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại sứ Thái Lan Urawadee"
        " Sriphiromya đến chào từ biệt.",
        BODY,
    )
    assert d.headline is not None and d.headline.startswith("Chủ tịch nước tiếp")


# ---- dates & choice --------------------------------------------------------------


def test_dates_ordinal_working_day_is_no_weekday() -> None:
    d = doc(
        "Trong ngày làm việc thứ ba (12/11), Chủ tịch Quốc hội đã hội kiến Tổng thống Chile.",
        BODY,
        published="2024-11-13",
    )
    assert all("ngày làm việc thứ ba" not in x.text for x in d.dates)


def test_dates_dotted_day_span() -> None:
    e = main(
        "Trong hai ngày 21-22.5, đoàn đại biểu tỉnh Quảng Trị do Bí thư Tỉnh ủy dẫn đầu đã thăm và"
        " làm việc tại tỉnh Savannakhet.",
        BODY,
        published="2024-05-23",
    )
    assert e.date is not None and e.date.startswith("2024-05-21")


def test_choice_back_reference_nobody_uses_caption() -> None:
    d = doc(
        "Quang cảnh cuộc hội đàm giữa Bộ trưởng Quốc phòng Phan Văn Giang và Bộ trưởng Quốc phòng"
        " Campuchia Tea Seiha. Ảnh: TTXVN",
        "Tại cuộc hội đàm, hai bộ trưởng nhất trí tăng cường hợp tác quốc phòng, chia sẻ thông tin"
        " và phối hợp tuần tra biên giới.",
    )
    assert d.events
    assert {"Phan Văn Giang", "Tea Seiha"} <= set(sides(d.events[0]))
