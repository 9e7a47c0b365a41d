"""Which act a "tại / ở + place" belongs to (round 14, in invented words): a place in the other
side's occasion frame or in a guest's coming, in an envoy's long title, in a fronted clause of
its own ("Thực hiện X tại Y, ..."), in what someone says, or before an ended visit's word (the
leave-taking's) is not the act's venue; a building's place runs on over ", <city>"; a forum
attended by its bare noun is where the sentence before holds it. Each list varies one feature
of its class and holds the wordings that must keep their place."""

from __future__ import annotations

from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events.locations import place_end
from vndiplo_events.places import gazetteer_for
from vndiplo_events.speech_places import in_speech

import vndiplo

FRAME: Final = [
    (
        None,
        "Chiều 5/3, Chủ tịch UBND tỉnh Lê Minh Khang đã tiếp Đại sứ Estonia tại Việt Nam "
        "Jaan Tamm nhân chuyến sang thăm, làm việc tại tỉnh Hà Tĩnh.",
    ),
    (
        None,
        "Sáng 12/4, Bí thư Tỉnh ủy Đỗ Văn Hiếu tiếp Tổng Lãnh sự Lào Khamla Sengdara nhân"
        " dịp ông sang dự Lễ hội Hoa sen tại Đồng Tháp.",
    ),
    (
        None,
        "Nhân dịp Đoàn đại biểu tỉnh Attapeu dự Hội chợ nông sản biên giới tại Kon Tum, "
        "sáng 8/6, Đoàn đại biểu tỉnh do ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh, làm "
        "trưởng đoàn hội kiến ông Phonesay Keola, Phó Tỉnh trưởng tỉnh Attapeu.",
    ),
    (
        None,
        "Nhân chuyến công tác của Đoàn đại biểu thành phố Nam Ninh tại Cao Bằng, chiều "
        "20/9, Phó Chủ tịch UBND tỉnh Nông Thanh Hải hội kiến ông Hoàng Vĩ Kiệt, Phó Thị "
        "trưởng thành phố Nam Ninh.",
    ),
    (
        None,
        "Trong khuôn khổ chuyến thăm của Đoàn Hội Hữu nghị Hàn Quốc tại Huế, ngày 14/10, "
        "Chủ tịch UBND thành phố Phan Quý Lâm tiếp ông Park Jin-ho, Chủ tịch Hội Hữu "
        "nghị.",
    ),
    (
        None,
        "Ngày 2/11, Phó Chủ tịch Quốc hội Hồ Văn Tâm tiếp Thống đốc bang Queensland Peter"
        " Lyons, người đang trong chuyến công tác tại Cần Thơ.",
    ),
    (
        "Hà Nội",
        "Nhân chuyến thăm Việt Nam, tại Hà Nội, sáng 6/5, Thủ tướng Mông Cổ Batbayar "
        "Gansukh đã hội kiến Chủ tịch nước Vũ Đức Thành.",
    ),
    (
        "Singapore",
        "Bên lề Hội nghị An ninh khu vực tại Singapore, ngày 1/6, Thượng tướng Lê Hữu "
        "Nghĩa đã gặp Bộ trưởng Quốc phòng New Zealand Andrew Clarke.",
    ),
    (
        "Tokyo",
        "Nhân dịp dự Diễn đàn Đầu tư châu Á tại Tokyo, ngày 23/5, Phó Thủ tướng Mai Xuân "
        "Trí đã gặp Thủ tướng Nhật Bản Ishiba Shigeru.",
    ),
    (
        "Geneva",
        "Nhân dịp Đoàn Quốc hội Việt Nam dự phiên họp IPU tại Geneva, ngày 24/3, Phó Chủ "
        "tịch Quốc hội Đinh Công Lực đã gặp Chủ tịch Quốc hội Bhutan Lhatu Wangchuk.",
    ),
    (
        "Paris",
        "Chiều 7/6, Bộ trưởng Tài chính Ngô Văn Sơn đã gặp Bộ trưởng Kinh tế Pháp Alain "
        "Roche nhân chuyến công tác tại Paris.",
    ),
    (
        "Tokyo",
        "Trong khuôn khổ chuyến công du Nhật Bản của Phó Thủ tướng Mai Xuân Trí tại "
        "Tokyo, ngày 16/12, Phó Thủ tướng Mai Xuân Trí đã hội kiến Hoàng Thái tử Nhật Bản"
        " Akishino.",
    ),
    (
        "Campuchia",
        "Sáng 10/9, Đoàn công tác tỉnh An Giang do Chủ tịch UBND tỉnh Nguyễn Hữu Phước "
        "dẫn đầu đã chào xã giao ông Sok Chenda, Tỉnh trưởng tỉnh Takeo nhân chuyến công "
        "tác tại Campuchia.",
    ),
    (
        "tỉnh Quảng Ngãi",
        "Chiều 21/3, Phó Chủ tịch UBND tỉnh Võ Thành Đạt tiếp ông Suzuki Kenta, Phó Thống"
        " đốc tỉnh Gifu nhân chuyến thăm của đoàn tại tỉnh Quảng Ngãi.",
    ),
]
ENVOY: Final = [
    (
        "Phủ Chủ tịch",
        "Sáng 9/1, tại Phủ Chủ tịch, Chủ tịch nước Vũ Đức Thành tiếp ông Kumara Perera, "
        "Đại sứ Đặc mệnh Toàn quyền mới của nước Cộng hòa Dân chủ Xã hội chủ nghĩa Sri "
        "Lanka tại Việt Nam, đến trình bản sao Quốc thư.",
    ),
    (
        None,
        "Ngày 12/5, Chủ tịch nước Vũ Đức Thành tiếp ông Karim Benali, Đại sứ Đặc mệnh "
        "Toàn quyền mới của nước Cộng hòa Dân chủ Nhân dân Algeria tại Việt Nam, đến "
        "trình Quốc thư.",
    ),
    (
        None,
        "Chiều 20/8, Bí thư Thành ủy Lê Quốc Hưng tiếp bà Amina Mwakyusa, Đại sứ Đặc mệnh"
        " Toàn quyền nước Cộng hòa Thống nhất Tanzania tại Việt Nam, nhân dịp bà sắp hết "
        "nhiệm kỳ.",
    ),
    (
        "Văn phòng Thủ tướng",
        "Sáng 15/3, ông Đặng Minh Khôi, Đại sứ Đặc mệnh Toàn quyền mới của Việt Nam tại "
        "Cộng hòa Liên bang Dân chủ Nepal, đã chào xã giao Thủ tướng Nepal Ram Sharma tại"
        " Văn phòng Thủ tướng.",
    ),
    (
        "Nhà Quốc hội",
        "Chiều 21/10, tại Nhà Quốc hội, bà Hồ Thị Tâm, Phó Chủ tịch Quốc hội, gặp Đại sứ "
        "Đặc mệnh Toàn quyền Bỉ tại Việt Nam Marc Peeters.",
    ),
    (
        None,
        "Ngày 4/7, Thủ tướng Thái Lan Somchai Wongsa tiếp ông Phan Đức Long, Đại sứ nước "
        "ta tại Thái Lan, đến chào từ biệt.",
    ),
    (
        None,
        "Ngày 6/8, Quốc vương Bhutan Jigme Wangchuck tiếp bà Lê Thu Hà, Đại sứ Đặc mệnh "
        "Toàn quyền mới của nước Cộng hòa Dân chủ Nhân dân Lào tại Bhutan.",
    ),
]
CITY: Final = [
    (
        "Nhà Quốc hội, Hà Nội",
        "Sáng 14/2, tại Nhà Quốc hội, Hà Nội, bà Hồ Thị Tâm, Phó Chủ tịch Quốc hội, gặp "
        "Chủ tịch Thượng viện Ba Lan Tomasz Nowak.",
    ),
    (
        "Phủ Chủ tịch, Hà Nội",
        "Chủ tịch nước Vũ Đức Thành đã tiếp Đại sứ Bỉ Marc Peeters tại Phủ Chủ tịch, Hà "
        "Nội, ngày 3/5.",
    ),
    (
        "Điện Kremlin, Moskva",
        "Ngày 9/5, tại Điện Kremlin, Moskva, Tổng thống Nga Vladimir Putin đã hội đàm với"
        " Tổng thống Kazakhstan Nurlan Abenov.",
    ),
    (
        "Cung Hữu nghị, Hà Nội",
        "Ngày 3/5, Phó Thủ tướng Mai Xuân Trí hội đàm với Phó Thủ tướng Malaysia Rahman "
        "Yusof tại Cung Hữu nghị, Hà Nội.",
    ),
    (
        "Hà Nội",
        "Chiều 5/3, tại Hà Nội, Phó Thủ tướng Mai Xuân Trí tiếp Ngoại trưởng Bỉ Anne Dubois.",
    ),
    (
        "Khách sạn Sheraton, Hà Nội",
        "Tối 12/10, Thống đốc bang Queensland Peter Lyons đã gặp Bộ trưởng Tài chính Ngô "
        "Văn Sơn tại Khách sạn Sheraton, Hà Nội; hai bên bàn về thương mại.",
    ),
    (
        "Trụ sở Tỉnh ủy",
        "Chiều 2/8, tại Trụ sở Tỉnh ủy, Cao Bằng và Quảng Tây đã tổ chức hội đàm giữa Bí "
        "thư Nông Thanh Hải và Bí thư Khu ủy Quảng Tây Trương Kiến Quốc.",
    ),
]
CLAUSE: Final = [
    (
        None,
        "Thực hiện Thỏa thuận đạt được tại Kỳ họp Ủy ban hỗn hợp lần thứ 5 (tháng "
        "3/2023), ngày 10/6, Cục trưởng Cục Lãnh sự Đoàn Thị Thu tiếp ông Chea Vuthy, Cục"
        " trưởng Cục Xuất nhập cảnh Campuchia.",
    ),
    (
        None,
        "Triển khai Biên bản hợp tác giữa hai tỉnh tại Hội nghị thường niên năm 2023, "
        "sáng 4/4, Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn đã tiếp Phó Tỉnh trưởng "
        "tỉnh Vân Nam Lý Minh.",
    ),
    (
        None,
        "Theo kết quả Hội nghị Bộ trưởng tại Phnôm Pênh, chiều 9/8, Thứ trưởng Bộ Công an"
        " Phạm Thế Tùng hội đàm với Thứ trưởng Nội vụ Campuchia Sok Phal.",
    ),
    (
        None,
        "Tiếp nối thành công của Diễn đàn Doanh nghiệp tại Hải Phòng, ngày 2/3, Phó Thủ "
        "tướng Mai Xuân Trí tiếp Đại sứ Singapore Tan Wee Kiat.",
    ),
    (
        "Hàn Quốc",
        "Tiếp tục chương trình công tác tại Hàn Quốc, sáng 27/5, Phó Thủ tướng Mai Xuân "
        "Trí đã tiếp Chủ tịch Tập đoàn Hanwha Kim Seung-yeon.",
    ),
    (
        "Hà Nội",
        "Cũng tại Hà Nội, chiều 8/8, Phó Thủ tướng Mai Xuân Trí đã tiếp Đại sứ Canada Shawn Steil.",
    ),
    (
        "Phủ Chủ tịch",
        "Hôm nay, tại Phủ Chủ tịch, Chủ tịch nước Vũ Đức Thành tiếp Đại sứ Chile Andrés Soto.",
    ),
    (
        "Hà Nội",
        "Đầu tuần này tại Hà Nội, Phó Thủ tướng Mai Xuân Trí đã tiếp Đại sứ Canada Shawn Steil.",
    ),
]
SPEECH: Final = [
    (
        None,
        "Chiều 5/3, Phó Thủ tướng Mai Xuân Trí tiếp Đại sứ Bỉ Marc Peeters và khẳng định "
        "Việt Nam sẵn sàng đăng cai hội thảo kế tiếp tại Nha Trang.",
    ),
    (
        None,
        "Sáng 5/3, Bộ trưởng Tài chính Ngô Văn Sơn tiếp Bộ trưởng Tài chính Lào Bounchom "
        "Ubon. Tại buổi tiếp, ông Bounchom cho biết: trong mấy ngày ở Việt Nam, đoàn đã "
        "học được nhiều điều.",
    ),
    (
        None,
        "Chiều 12/9, Phó Chủ tịch Quốc hội Hồ Văn Tâm hội kiến Phó Chủ tịch Hạ viện "
        "Ireland Sean Byrne. Tại cuộc hội kiến, ông Byrne nói: “Những ngày tại Hà Nội "
        "thật đáng nhớ”.",
    ),
    (
        None,
        "Sáng 8/4, Phó Thủ tướng Mai Xuân Trí gặp Bộ trưởng Năng lượng Na Uy Terje "
        "Aasland, đánh giá cao kết quả Hội nghị năng lượng tổ chức tại Bali.",
    ),
    (
        "Phủ Chủ tịch",
        "Chiều 2/6, Chủ tịch nước Vũ Đức Thành tiếp Đại sứ Canada Shawn Steil tại Phủ Chủ"
        " tịch và khẳng định quan hệ hai nước phát triển tốt.",
    ),
    (
        None,
        "Ngày 20/10, Phó Thủ tướng Mai Xuân Trí hội đàm trực tuyến với Phó Tổng thống "
        "Peru Luis Paredes, nhấn mạnh ý nghĩa của Diễn đàn APEC ở Lima.",
    ),
    (
        None,
        "Tối 3/7, Thượng tướng Lê Hữu Nghĩa tiếp Tư lệnh Hải quân Ấn Độ Arjun Mehta; ông "
        "Mehta bày tỏ tin tưởng rằng cuộc diễn tập chung tại vịnh Bengal sẽ thành công.",
    ),
]

ENDED: Final = [
    (
        None,
        "Chiều 20/5, tại sân bay quốc tế Đà Nẵng, Phó Thủ tướng Mai Xuân Trí tiễn Thủ "
        "tướng Singapore Tan Wee Kiat kết thúc tốt đẹp chuyến công du Việt Nam.",
    ),
    (
        None,
        "Trưa 9/11, tại Nhà khách Chính phủ, Chủ tịch nước Vũ Đức Thành chia tay Tổng "
        "thống Peru Luis Paredes, kết thúc chương trình thăm cấp Nhà nước.",
    ),
    (
        None,
        "Sáng 3/3, tại sân bay Narita, Phó Thủ tướng Mai Xuân Trí rời Tokyo, kết thúc "
        "chuyến công du Nhật Bản.",
    ),
    (
        "sân bay quốc tế Đà Nẵng",
        "Chiều 20/5, tại sân bay quốc tế Đà Nẵng, Thủ tướng Singapore Tan Wee Kiat tới Đà"
        " Nẵng, mở đầu chuyến công du ba ngày.",
    ),
    (
        "Nhật Bản",
        "Sáng 3/3, Phó Thủ tướng Mai Xuân Trí rời Tokyo, kết thúc chuyến công du tại Nhật Bản.",
    ),
]
FORUM: Final = [
    (
        "thủ đô Hà Nội",
        "Từ ngày 9/10 đến ngày 11/10, tại thủ đô Hà Nội đã diễn ra Hội nghị các địa "
        "phương Việt Nam - Hàn Quốc lần thứ 3. Đoàn tỉnh Bắc Giang do ông Lê Ánh Dương, "
        "Phó Chủ tịch UBND tỉnh, dẫn đầu đã tham dự Hội nghị.",
    ),
    (
        "Đà Nẵng",
        "Diễn đàn Kinh tế Việt - Úc lần thứ 2 được tổ chức tại Đà Nẵng từ ngày 3 đến 5/9."
        " Bộ trưởng Tài chính Ngô Văn Sơn đã tham dự Diễn đàn.",
    ),
    (
        "Trung tâm Hội nghị Ariyana",
        "Sáng 12/10, tại Trung tâm Hội nghị Ariyana, khai mạc Hội thảo về an ninh hàng "
        "hải lần thứ 15. Phó Thủ tướng Mai Xuân Trí dự Hội thảo này.",
    ),
    (
        "Viêng Chăn",
        "Hội nghị các Bộ trưởng Kinh tế ASEAN lần thứ 56 khai mạc tại Viêng Chăn ngày "
        "25/7. Bộ trưởng Tài chính Ngô Văn Sơn tham dự sự kiện.",
    ),
    (
        None,
        "Năm 2019, Hội nghị thượng đỉnh Mỹ - Triều được tổ chức tại Hà Nội. Tuần này, Bộ "
        "trưởng Tài chính Ngô Văn Sơn tham dự Hội nghị Bộ trưởng Tài chính G20.",
    ),
]

POST: Final = [
    (
        None,
        "Nhân dịp ông Somsak Inthavong được bổ nhiệm làm Tổng Lãnh sự, người đứng đầu "
        "Tổng Lãnh sự quán Lào, tại thành phố Đà Nẵng, sáng 3/6, ông Somsak Inthavong đã "
        "đến chào xã giao Chủ tịch UBND tỉnh Quảng Ngãi Võ Thành Đạt.",
    ),
    (
        None,
        "Vừa nhận nhiệm vụ Trưởng Đại diện Văn phòng Kinh tế và Văn hóa Đài Bắc, tại "
        "Thành phố Hồ Chí Minh, chiều 8/9, ông Trần Chí Vĩ đã chào xã giao ông Lê Hòa "
        "Bình, Phó Chủ tịch Thường trực thành phố.",
    ),
    (
        "Hà Nội",
        "Chiều 5/3, tại Hà Nội, Phó Thủ tướng Mai Xuân Trí tiếp Đại sứ Singapore Tan Wee Kiat.",
    ),
    (
        "Hà Nội",
        "Phó Thủ tướng Mai Xuân Trí đã tiếp Đại sứ Singapore Tan Wee Kiat, tại Hà Nội, chiều 5/3.",
    ),
    (
        "Phủ Chủ tịch",
        "Nhân dịp kết thúc nhiệm kỳ công tác, tại Phủ Chủ tịch, chiều 5/3, Chủ tịch nước "
        "Vũ Đức Thành tiếp Đại sứ Chile Andrés Soto.",
    ),
    (
        "Hà Nội",
        "Nhân dịp kết thúc nhiệm kỳ công tác, tại Hà Nội, chiều 5/3, Chủ tịch nước Vũ Đức"
        " Thành tiếp Đại sứ Chile Andrés Soto.",
    ),
]


def _main_place(sentence: str) -> str | None:
    doc = vndiplo.extract(f"Tin đối ngoại\n\n{sentence}", published="2024-05-06")
    assert doc.events, sentence
    return doc.events[0].location


@pytest.mark.parametrize(("place", "sentence"), FRAME)
def test_an_occasion_frame_places_only_its_own_subjects_act(
    place: str | None, sentence: str
) -> None:
    assert _main_place(sentence) == place


@pytest.mark.parametrize(("place", "sentence"), ENVOY)
def test_an_envoys_long_title_owns_its_tai(place: str | None, sentence: str) -> None:
    assert _main_place(sentence) == place


@pytest.mark.parametrize(("place", "sentence"), POST)
def test_a_tai_set_off_after_a_posts_title_is_the_posts_seat(
    place: str | None, sentence: str
) -> None:
    assert _main_place(sentence) == place


@pytest.mark.parametrize(("place", "sentence"), CITY)
def test_a_building_runs_on_over_its_city_after_a_comma(place: str | None, sentence: str) -> None:
    assert _main_place(sentence) == place


@pytest.mark.parametrize(("place", "sentence"), CLAUSE)
def test_a_fronted_clause_with_content_of_its_own_keeps_its_place(
    place: str | None, sentence: str
) -> None:
    assert _main_place(sentence) == place


@pytest.mark.parametrize(("place", "sentence"), SPEECH)
def test_a_place_in_what_is_said_is_not_the_venue(place: str | None, sentence: str) -> None:
    assert _main_place(sentence) == place


@pytest.mark.parametrize(("place", "sentence"), ENDED)
def test_an_ended_visit_takes_no_place_from_the_leave_taking(
    place: str | None, sentence: str
) -> None:
    assert _main_place(sentence) == place


@pytest.mark.parametrize(("place", "sentence"), FORUM)
def test_a_forum_attended_by_its_bare_noun_is_where_it_was_held(
    place: str | None, sentence: str
) -> None:
    assert _main_place(sentence) == place


_WORDS = st.sampled_from(
    ["tại", "ở", "Trụ sở", "Chính phủ", ",", "Hà Nội", "khẳng định", ":", "“", "và", "Nhà", "x"]
)


@given(st.lists(_WORDS, max_size=12))
def test_place_ends_stay_inside_the_text(words: list[str]) -> None:
    text = " ".join(words)
    gaz = gazetteer_for(None)
    for start in range(len(text) + 1):
        end = place_end(text, text.lower(), start, len(text), gaz)
        assert end is None or start < end <= len(text)
    assert in_speech(text.lower(), 0, len(text)) in (True, False)
