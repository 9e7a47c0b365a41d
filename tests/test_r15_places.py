"""The main event's place, round 15 (in invented words): a place written with its district and
province in one pair of parentheses, the ceremony "Tại buổi lễ" points back to, a home named by
its owner ("tư gia ông X, ..., tại Y"), an envoy's title holding a state's abbreviation before
its "tại", and a "tại / ở" closing a lower-case apposition about a person (where that person
lives or works, not where the act is). Each list holds positives and the near misses that must
keep their reading; the place expected is the main event's `location`."""

from __future__ import annotations

from typing import Final

import pytest

import vndiplo


def _place(text: str) -> str | None:
    doc = vndiplo.extract(f"Tin đối ngoại\n\n{text}", published="2024-05-06")
    assert doc.events, text
    return doc.events[0].location


BRACKETED_UNITS: Final = [
    (
        "xã Tân Lập (Mộc Châu, Sơn La)",
        "Chiều 3/4, tại xã Tân Lập (Mộc Châu, Sơn La), Chủ tịch UBND tỉnh Lò Văn Hùng đã tiếp"
        " Tỉnh trưởng tỉnh Hủa Phăn Viengthong Siphandone.",
    ),
    (
        "thị trấn Phong Thổ (Sìn Hồ, Lai Châu)",
        "Ngày 9/10, tại thị trấn Phong Thổ (Sìn Hồ, Lai Châu) đã diễn ra lễ ký kết thỏa thuận"
        " hợp tác giữa hai huyện.",
    ),
    (
        "xã Hữu Kiệm (Kỳ Sơn, Nghệ An)",
        "Sáng 14/2, Bí thư Huyện ủy Vi Văn Sơn đã hội đàm với Chủ tịch huyện Mường Mọc"
        " Khamphet Vongsa tại xã Hữu Kiệm (Kỳ Sơn, Nghệ An).",
    ),
    (
        "bản Na Mèo (Quan Sơn, Thanh Hóa, Việt Nam)",
        "Ngày 2/9, tại bản Na Mèo (Quan Sơn, Thanh Hóa, Việt Nam), Phó Chủ tịch UBND tỉnh Đầu"
        " Thanh Tùng đã gặp Phó Tỉnh trưởng tỉnh Hủa Phăn Somphong Keola.",
    ),
    (
        "xã Mường Nhé (huyện Mường Nhé, tỉnh Điện Biên)",
        "Chiều 5/3, tại xã Mường Nhé (huyện Mường Nhé, tỉnh Điện Biên), Phó Chủ tịch tỉnh Lò"
        " Văn Hùng đã hội đàm với Phó Tỉnh trưởng Phongsaly Khamla Vongsa.",
    ),
    (
        "Nhà văn hóa bản Huổi Lếch (xã Mường Nhé, Điện Biên)",
        "Chiều 5/3, Phó Chủ tịch tỉnh Lò Văn Hùng đã hội đàm với Phó Tỉnh trưởng Phongsaly"
        " Khamla Vongsa tại Nhà văn hóa bản Huổi Lếch (xã Mường Nhé, Điện Biên).",
    ),
    (
        "Nhà văn hóa bản Huổi Lếch (huyện Mường Nhé)",
        "Chiều 5/3, Phó Chủ tịch tỉnh Lò Văn Hùng đã hội đàm với Phó Tỉnh trưởng Phongsaly"
        " Khamla Vongsa tại Nhà văn hóa bản Huổi Lếch (huyện Mường Nhé).",
    ),
    # near misses: bodies or a photo credit in parentheses are no units of the place
    (
        "Nhà văn hóa",
        "Chiều 5/3, Phó Chủ tịch tỉnh Lò Văn Hùng đã hội đàm với Phó Tỉnh trưởng Phongsaly"
        " Khamla Vongsa tại Nhà văn hóa (Hội Nông dân, Hội Phụ nữ).",
    ),
    (
        "Nhà văn hóa",
        "Chiều 5/3, Phó Chủ tịch tỉnh Lò Văn Hùng đã hội đàm với Phó Tỉnh trưởng Phongsaly"
        " Khamla Vongsa tại Nhà văn hóa (ảnh: Minh Hà).",
    ),
    # near misses: a single bracketed place, and an abbreviation, as before
    (
        "thành phố Côn Minh (Trung Quốc)",
        "Ngày 5/7, tại thành phố Côn Minh (Trung Quốc), Phó Thủ tướng Mai Xuân Trí đã hội"
        " kiến Tỉnh trưởng Vân Nam Vương Dư Ba.",
    ),
    (
        "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Sơn La",
        "Ngày 5/7, tại Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Sơn La, Đại tá Lò Văn Hùng đã"
        " tiếp Trung tá Khamphet Vongsa.",
    ),
]

CEREMONY_POINTER: Final = [
    (
        "thị trấn Phong Thổ (Sìn Hồ, Lai Châu)",
        "Ngày 9/10, tại thị trấn Phong Thổ (Sìn Hồ, Lai Châu) đã diễn ra lễ kết nghĩa giữa hai"
        " bản. Quang cảnh buổi lễ rất vui.\n\nTại buổi lễ, đại diện hai bản đã ký biên bản ghi"
        " nhớ.",
    ),
    (
        "Nhà văn hóa huyện Mường Lát",
        "Sáng 20/3, lễ kết nghĩa giữa hai huyện được tổ chức tại Nhà văn hóa huyện Mường Lát."
        " Hai huyện có chung đường biên giới dài.\n\nTại lễ kết nghĩa, đại diện hai huyện đã ký"
        " kết bản thỏa thuận.",
    ),
    (
        "xã Na Ngoi",
        "Ngày 4/6, tại xã Na Ngoi đã diễn ra lễ kết nghĩa hai bản biên giới. Tại buổi lễ, lãnh"
        " đạo hai bên đã ký văn bản kết nghĩa.",
    ),
    (
        "Trung tâm Hội nghị tỉnh",
        "Chiều 11/8, tại Trung tâm Hội nghị tỉnh, lễ ra mắt Hội hữu nghị đã được tổ chức trọng"
        " thể. Nhiều đại biểu đã đến dự. Có cả các vị lão thành.\n\nTại buổi lễ, hai bên đã ký"
        " biên bản ghi nhớ hợp tác.",
    ),
    # near misses: the ceremony was told with no place, or too far back, or a festival
    (
        None,
        "Ngày 4/6, lễ kết nghĩa hai bản biên giới đã diễn ra long trọng. Tại buổi lễ, lãnh đạo"
        " hai bên đã ký văn bản kết nghĩa.",
    ),
    (
        None,
        "Ngày 4/6, tại xã Na Ngoi đã diễn ra lễ hội đua thuyền. Tại lễ hội, lãnh đạo hai bên đã"
        " ký văn bản kết nghĩa.",
    ),
]

RESIDENCE: Final = [
    (
        "tư gia ông Trần Văn Lâm, Chủ tịch Hội người Việt, tại thành phố Osaka",
        "Tối 4/3, Đại sứ Vũ Hồng Nam đã dự buổi tiệc tại tư gia ông Trần Văn Lâm, Chủ tịch Hội"
        " người Việt, tại thành phố Osaka.",
    ),
    (
        "nhà riêng của ông Trần Văn Lâm",
        "Tối 4/3, Đại sứ Vũ Hồng Nam đã dự buổi tiệc tại nhà riêng của ông Trần Văn Lâm.",
    ),
    (
        "tư dinh Đại sứ Vũ Hồng Nam",
        "Tối 4/3, tại tư dinh Đại sứ Vũ Hồng Nam, Đại sứ đã tiếp ông Trần Văn Lâm, Chủ tịch Hội"
        " người Việt.",
    ),
    (
        "tư gia giáo sư Lê Thành Khôi, tại ngoại ô Paris",
        "Chiều 9/9, Bộ trưởng Ngô Văn Sơn đã đến dự buổi gặp mặt tại tư gia giáo sư Lê Thành"
        " Khôi, tại ngoại ô Paris.",
    ),
    # near misses: no locating "tại" after the owner, or a clause of its own before it
    (
        "tư gia ông Trần Văn Lâm",
        "Tối 4/3, Đại sứ Vũ Hồng Nam đã dự buổi tiệc tại tư gia ông Trần Văn Lâm, sau đó đến"
        " thăm trường học, tại thành phố Osaka.",
    ),
    (
        "tư gia ông Trần Văn Lâm",
        "Tối 4/3, Đại sứ Vũ Hồng Nam đã dự buổi tiệc tại tư gia ông Trần Văn Lâm, Chủ tịch Hội"
        " người Việt.",
    ),
]

ENVOY_ABBREVIATION: Final = [
    (
        None,
        "Chiều 16/5, Chủ tịch UBND tỉnh Hà Văn Minh tiếp ngài Bounmy Phommachanh, Đại sứ đặc"
        " mệnh toàn quyền nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào tại Việt Nam.",
    ),
    (
        None,
        "Chiều 16/5, Chủ tịch UBND tỉnh Hà Văn Minh tiếp xã giao ngài Bounmy Phommachanh, Đại"
        " sứ đặc mệnh toàn quyền nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào tại Việt Nam thăm"
        " và làm việc tại tỉnh.",
    ),
    (
        None,
        "Sáng 2/3, Bí thư Tỉnh ủy Lê Quang Tùng đã tiếp ông Kim Jong-su, Tổng Lãnh sự Đại Hàn"
        " Dân quốc (ĐHDQ) tại Đà Nẵng.",
    ),
    (
        None,
        "Ngày 7/7, Phó Chủ tịch tỉnh Võ Văn Bình tiếp bà Sun Mei, Tổng Lãnh sự nước Cộng hòa"
        " Nhân dân (CHND) Trung Hoa tại Thành phố Hồ Chí Minh.",
    ),
    # near misses: a place set off after the envoy's name, or fronted
    (
        "Trụ sở UBND tỉnh",
        "Chiều 16/5, Chủ tịch UBND tỉnh Hà Văn Minh tiếp ngài Bounmy Phommachanh, Đại sứ nước"
        " Cộng hòa Dân chủ Nhân dân (CHDCND) Lào, tại Trụ sở UBND tỉnh.",
    ),
    (
        "Hà Nội",
        "Chiều 16/5, tại Hà Nội, Phó Chủ tịch nước Hà Văn Minh tiếp ngài Bounmy Phommachanh,"
        " Đại sứ nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào tại Việt Nam.",
    ),
]

APPOSITION: Final = [
    (
        None,
        "Ngày 8/6, Thủ tướng Lê Văn Thành đã thăm gia đình chị Nguyễn Thị Hoa, chủ cửa hàng ở"
        " thành phố Lyon.",
    ),
    (
        None,
        "Ngày 8/6, Thủ tướng Lê Văn Thành đã thăm gia đình chị Nguyễn Thị Hoa, chủ cửa hàng"
        " tại thành phố Lyon, Cộng hòa Pháp.",
    ),
    (
        None,
        "Ngày 8/6, Thủ tướng Lê Văn Thành đã gặp anh Trần Minh Đức, một sinh viên đang học tại"
        " thành phố Lyon.",
    ),
    (
        None,
        "Chiều 2/7, Chủ tịch nước Vũ Đức Thành đã thăm gia đình ông Phạm Quang Vinh, người làm"
        " vườn ở thành phố Marseille.",
    ),
    # near misses: a place set off after a capitalised title, or right after the name
    (
        "thành phố Lyon",
        "Ngày 8/6, Thủ tướng Lê Văn Thành đã gặp anh Trần Minh Đức, Chủ tịch Hội sinh viên, tại"
        " thành phố Lyon.",
    ),
    (
        "thành phố Lyon",
        "Ngày 8/6, Thủ tướng Lê Văn Thành đã gặp anh Trần Minh Đức tại thành phố Lyon.",
    ),
]


@pytest.mark.parametrize(("place", "text"), BRACKETED_UNITS)
def test_a_place_keeps_its_district_and_province_in_parentheses(
    place: str | None, text: str
) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("place", "text"), CEREMONY_POINTER)
def test_tai_buoi_le_takes_the_place_of_the_ceremony_told_before(
    place: str | None, text: str
) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("place", "text"), RESIDENCE)
def test_a_home_named_by_its_owner_is_one_place(place: str | None, text: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("place", "text"), ENVOY_ABBREVIATION)
def test_an_envoys_title_with_a_bracketed_abbreviation_owns_its_tai(
    place: str | None, text: str
) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("place", "text"), APPOSITION)
def test_a_place_closing_a_lower_case_apposition_is_the_persons(
    place: str | None, text: str
) -> None:
    assert _place(text) == place


def _main_place(text: str) -> str | None:
    doc = vndiplo.extract(text, published="2024-05-06")
    assert doc.events, text
    return doc.events[0].location


#: a dateline is the place when the body gives none (README, AK9): in capitals it may name a
#: venue in a known city, or put the city in parentheses before the agency's
DATELINE: Final = [
    (
        "NOVO-OGARYOVO (Moskva)",
        "Tổng thống Nga tiếp Chủ tịch nước\n\nNOVO-OGARYOVO (Moskva) (Sputnik) - Tổng thống Nga"
        " Ivan Petrov đã hội đàm với Chủ tịch nước Vũ Đức Thành, hai bên thảo luận về hợp tác"
        " năng lượng.",
    ),
    (
        "DINH ĐỘC LẬP (TP.HCM)",
        "Thủ tướng gặp Thủ tướng Lào\n\nDINH ĐỘC LẬP (TP.HCM) (VNA) - Sáng 4/5, Thủ tướng Lê"
        " Văn Thành đã gặp Thủ tướng Lào Sonexay Siphandone.",
    ),
    (
        "NHÀ THỜ LỚN HÀ NỘI",
        "Thủ tướng thăm Giáo phận\n\nNHÀ THỜ LỚN HÀ NỘI -- Sáng 4/5, Thủ tướng Lê Văn Thành đã"
        " gặp Tổng Giám mục Phạm Văn Lộc.",
    ),
    (
        "HÀ NỘI",
        "Thủ tướng gặp Thủ tướng Lào\n\nHÀ NỘI (TTXVN) - Sáng 4/5, Thủ tướng Lê Văn Thành đã"
        " gặp Thủ tướng Lào Sonexay Siphandone.",
    ),
    # near misses: the body's own place wins; capitals ending in a country are prose; a
    # dateline in lower case holds at most four words
    (
        "Tòa Giám mục",
        "Thủ tướng thăm Giáo phận\n\nNHÀ THỜ LỚN HÀ NỘI -- Sáng 4/5, tại Tòa Giám mục, Thủ"
        " tướng Lê Văn Thành đã gặp Tổng Giám mục Phạm Văn Lộc.",
    ),
    (
        None,
        "Thủ tướng gặp Thủ tướng Lào\n\nQUAN HỆ VIỆT NAM - LÀO -- Sáng 4/5, Thủ tướng Lê Văn"
        " Thành đã gặp Thủ tướng Lào Sonexay Siphandone.",
    ),
    (
        None,
        "Thủ tướng gặp Thủ tướng Lào\n\nTin mới nhất Hà Nội -- Sáng 4/5, Thủ tướng Lê Văn Thành"
        " đã gặp Thủ tướng Lào Sonexay Siphandone.",
    ),
]

#: "trong khi <others> ... tại X, ... thì A ...": the place of what others were doing meanwhile
MEANWHILE: Final = [
    (
        None,
        "Thủ tướng thăm Giáo phận\n\nSáng 4/5, trong khi các tín hữu đang cầu nguyện tại quảng"
        " trường Nhà thờ Lớn, Thủ tướng Lê Văn Thành đã đến thăm Tòa Giám mục.",
    ),
    (
        None,
        "Thủ tướng thăm Giáo phận\n\nSáng 4/5, trong khi các tín hữu đang cầu nguyện tại quảng"
        " trường Nhà thờ Lớn, Thủ tướng Lê Văn Thành đã đến thăm Tòa Giám mục. Thủ tướng đã"
        " gặp Tổng Giám mục Phạm Văn Lộc.",
    ),
    (
        None,
        "Tin đối ngoại\n\nChiều 9/6, trong khi đoàn doanh nghiệp làm việc tại Khu công nghệ cao"
        " Hòa Lạc, Bộ trưởng Ngô Văn Sơn đã gặp Bộ trưởng Thương mại Úc Tim Ayres.",
    ),
    (
        None,
        "Tin đối ngoại\n\nChiều 9/6, khi đoàn doanh nghiệp còn làm việc tại Khu công nghệ cao"
        " Hòa Lạc, Bộ trưởng Ngô Văn Sơn đã gặp Bộ trưởng Thương mại Úc Tim Ayres.",
    ),
    # near misses: "Trong khi đó" only links the story; a fronted place, and a place after the
    # act, stay the act's
    (
        "Hà Nội",
        "Tin đối ngoại\n\nTrong khi đó tại Hà Nội, Phó Thủ tướng Lê Văn Thành đã tiếp Đại sứ"
        " Cuba Carlos Perez.",
    ),
    (
        "Nhà khách Chính phủ",
        "Tin đối ngoại\n\nChiều 9/6, tại Nhà khách Chính phủ, trong khi đoàn doanh nghiệp làm"
        " việc ở nơi khác, Bộ trưởng Ngô Văn Sơn đã gặp Bộ trưởng Thương mại Úc Tim Ayres.",
    ),
    (
        "Nhà khách Chính phủ",
        "Tin đối ngoại\n\nChiều 9/6, Bộ trưởng Ngô Văn Sơn đã gặp Bộ trưởng Thương mại Úc Tim"
        " Ayres tại Nhà khách Chính phủ, trong khi đoàn doanh nghiệp làm việc tại Khu công"
        " nghệ cao Hòa Lạc.",
    ),
]


@pytest.mark.parametrize(("place", "text"), DATELINE)
def test_a_dateline_in_capitals_places_an_event_the_body_leaves_unplaced(
    place: str | None, text: str
) -> None:
    assert _main_place(text) == place


@pytest.mark.parametrize(("place", "text"), MEANWHILE)
def test_a_place_in_a_trong_khi_clause_is_not_the_acts(place: str | None, text: str) -> None:
    assert _main_place(text) == place


#: a reception dated by the visit told just before takes its place (main_place.py), past a
#: photo's file name the page left between the two paragraphs (its caption dropped)


def _page(headline: str, lead: str, between: str, reception: str) -> str:
    return f"{headline}\n\nPV - {lead}\n{between}\n{headline}\n\n{reception}"


PAST_A_PHOTO_NAME: Final = [
    (
        "Phủ Chủ tịch",
        _page(
            "Phó Thủ tướng tiếp đoàn Giáo hội",
            "Đoàn Giáo hội do Hòa thượng Thích Minh Tâm dẫn đầu ngày 5-2 vừa qua đã đến chúc Tết"
            " lãnh đạo nhà nước tại Phủ Chủ tịch.",
            "hinh 3.jpg",
            "Phó Thủ tướng Lê Văn Thành cùng các thành viên Ban Tôn giáo đã đón tiếp đoàn.Tại"
            " buổi tiếp, Hòa thượng bày tỏ niềm vui.",
        ),
    ),
    (
        "Trụ sở UBND tỉnh",
        _page(
            "Chủ tịch tỉnh tiếp đoàn Hội hữu nghị",
            "Đoàn Hội hữu nghị Lào - Việt Nam do ông Bounmy Phommachanh dẫn đầu ngày 3/2 đã đến"
            " chúc Tết lãnh đạo tỉnh tại Trụ sở UBND tỉnh.",
            "tiep doan 2.JPG",
            "Chủ tịch UBND tỉnh Hà Văn Minh cùng lãnh đạo các sở đã đón tiếp đoàn.Tại buổi"
            " tiếp, ông Bounmy Phommachanh cảm ơn tỉnh.",
        ),
    ),
    (
        "Trụ sở Bộ Công Thương",
        _page(
            "Bộ trưởng tiếp đoàn doanh nghiệp",
            "Đoàn doanh nghiệp Nhật Bản do ông Sato Kenji dẫn đầu chiều 7/3 đã đến thăm và làm"
            " việc tại Trụ sở Bộ Công Thương.",
            "anh-bo-truong-1.png",
            "Bộ trưởng Ngô Văn Sơn cùng lãnh đạo các vụ đã tiếp đoàn.Tại buổi tiếp, ông Sato"
            " Kenji giới thiệu về các doanh nghiệp.",
        ),
    ),
    # near misses: a sentence of its own between, and the paragraph right before (as before)
    (
        None,
        _page(
            "Chủ tịch tỉnh tiếp đoàn Hội hữu nghị",
            "Đoàn Hội hữu nghị Lào - Việt Nam do ông Bounmy Phommachanh dẫn đầu ngày 3/2 đã đến"
            " chúc Tết lãnh đạo tỉnh tại Trụ sở UBND tỉnh.",
            "Đoàn mang theo nhiều món quà của tỉnh bạn.",
            "Chủ tịch UBND tỉnh Hà Văn Minh cùng lãnh đạo các sở đã đón tiếp đoàn.Tại buổi"
            " tiếp, ông Bounmy Phommachanh cảm ơn tỉnh.",
        ),
    ),
    (
        "Trụ sở UBND tỉnh",
        "Chủ tịch tỉnh tiếp đoàn Hội hữu nghị\n\nĐoàn Hội hữu nghị Lào - Việt Nam do ông Bounmy"
        " Phommachanh dẫn đầu ngày 3/2 đã đến chúc Tết lãnh đạo tỉnh tại Trụ sở UBND tỉnh.\n\n"
        "Chủ tịch UBND tỉnh Hà Văn Minh đã đón tiếp đoàn.",
    ),
]


@pytest.mark.parametrize(("place", "text"), PAST_A_PHOTO_NAME)
def test_a_reception_takes_the_visits_place_past_a_photo_file_name(
    place: str | None, text: str
) -> None:
    assert _main_place(text) == place
