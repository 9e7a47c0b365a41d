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
        "Chiều 5/3, Chủ tịch UBND tỉnh Nguyễn Văn Long đã tiếp Đại sứ Nhật Bản tại Việt "
        "Nam Ito Naoki nhân chuyến đến thăm và làm việc tại tỉnh Nghệ An.",
    ),
    (
        None,
        "Sáng 12/4, Bí thư Tỉnh ủy Lê Quang Tùng tiếp Tổng Lãnh sự Lào Sisouk Vongsa nhân"
        " dịp ông sang dự Lễ hội Hoa phượng đỏ tại Hải Phòng.",
    ),
    (
        None,
        "Nhân dịp Đoàn đại biểu tỉnh Champasak dự Hội chợ thương mại biên giới tại Quảng "
        "Trị, sáng 8/6, Đoàn đại biểu tỉnh do ông Trần Văn Minh, Phó Chủ tịch UBND tỉnh, "
        "làm trưởng đoàn hội kiến ông Viengthong Hattachak, Phó Tỉnh trưởng tỉnh "
        "Champasak.",
    ),
    (
        None,
        "Nhân chuyến công tác của Đoàn đại biểu thành phố Côn Minh tại Lào Cai, chiều "
        "20/9, Phó Chủ tịch UBND tỉnh Hoàng Quốc Khánh hội kiến ông Lưu Gia Thần, Phó Thị"
        " trưởng thành phố Côn Minh.",
    ),
    (
        None,
        "Trong khuôn khổ chuyến thăm của Đoàn Hội Hữu nghị Nhật Bản tại Đà Nẵng, ngày "
        "14/10, Chủ tịch UBND thành phố Lương Nguyễn Minh Triết tiếp ông Yamamoto Kenji, "
        "Chủ tịch Hội Hữu nghị.",
    ),
    (
        None,
        "Ngày 2/11, Phó Chủ tịch Quốc hội Nguyễn Khắc Định tiếp Thống đốc bang Victoria "
        "Mark Wallace, người đang có chuyến thăm làm việc tại Thành phố Hồ Chí Minh.",
    ),
    (
        "Hà Nội",
        "Nhân chuyến thăm chính thức Việt Nam, tại Hà Nội, sáng 6/5, Thủ tướng Lào "
        "Sonexay Siphandone đã hội kiến Tổng Bí thư Tô Lâm.",
    ),
    (
        "Singapore",
        "Bên lề Đối thoại Shangri-La tại Singapore, ngày 1/6, Đại tướng Phan Văn Giang đã"
        " gặp Bộ trưởng Quốc phòng Australia Richard Marles.",
    ),
    (
        "Tokyo",
        "Nhân dịp dự Hội nghị Tương lai châu Á tại Tokyo, ngày 23/5, Phó Thủ tướng Trần "
        "Hồng Hà đã gặp Thủ tướng Nhật Bản Kishida Fumio.",
    ),
    (
        "Geneva",
        "Nhân dịp Đoàn đại biểu Quốc hội Việt Nam dự Đại hội đồng IPU tại Geneva, ngày "
        "24/3, Chủ tịch Quốc hội Vương Đình Huệ đã gặp Chủ tịch Quốc hội Lào Saysomphone "
        "Phomvihane.",
    ),
    (
        "Paris",
        "Chiều 7/6, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã gặp Bộ trưởng Kinh tế "
        "Pháp Bruno Le Maire nhân chuyến công tác tại Paris.",
    ),
    (
        "Tokyo",
        "Trong khuôn khổ chuyến thăm Nhật Bản của Thủ tướng Phạm Minh Chính tại Tokyo, "
        "ngày 16/12, Thủ tướng Phạm Minh Chính đã hội kiến Nhà vua Nhật Bản Naruhito.",
    ),
    (
        "Campuchia",
        "Sáng 10/9, Đoàn công tác tỉnh Tây Ninh do ông Nguyễn Thanh Ngọc, Chủ tịch UBND "
        "tỉnh, làm Trưởng đoàn đã đến chào xã giao ông Cheam Chansophoan, Tỉnh trưởng "
        "tỉnh Svay Rieng nhân chuyến công tác tại Campuchia.",
    ),
    (
        "tỉnh Thừa Thiên Huế",
        "Chiều 21/3, Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình tiếp ông Tanaka Hiroshi, "
        "Phó Thống đốc tỉnh Shiga nhân chuyến thăm và làm việc của đoàn tại tỉnh Thừa "
        "Thiên Huế.",
    ),
]
ENVOY: Final = [
    (
        "Phủ Chủ tịch",
        "Sáng 9/1, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp Đại sứ Đặc mệnh Toàn "
        "quyền nước Cộng hòa Liên bang Đức tại nước Cộng hòa xã hội chủ nghĩa Việt Nam "
        "Helga Margarete Barth.",
    ),
    (
        "Cung điện Hoàng gia ở thủ đô Bangkok",
        "Chiều 3/4, tại Cung điện Hoàng gia ở thủ đô Bangkok, Đại sứ Đặc mệnh Toàn quyền "
        "nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Vương quốc Thái Lan Phạm Việt Hùng "
        "đã trình Quốc thư lên Nhà vua Thái Lan Maha Vajiralongkorn.",
    ),
    (
        None,
        "Ngày 12/5, Tổng thống Indonesia Joko Widodo tiếp Đại sứ Đặc mệnh Toàn quyền nước"
        " Cộng hòa xã hội chủ nghĩa Việt Nam tại nước Cộng hòa Indonesia Tạ Văn Thông.",
    ),
    (
        None,
        "Chiều 20/8, Bí thư Thành ủy Nguyễn Văn Nên tiếp Tổng Lãnh sự nước Cộng hòa Nhân "
        "dân Trung Hoa tại Thành phố Hồ Chí Minh Ngụy Hoa Tường.",
    ),
    (
        "Văn phòng Thủ tướng",
        "Sáng 15/3, Đại sứ Đặc mệnh Toàn quyền nước Cộng hòa xã hội chủ nghĩa Việt Nam "
        "tại nước Cộng hòa Dân chủ Nhân dân Lào Nguyễn Minh Tâm đã chào xã giao Thủ tướng"
        " Lào Sonexay Siphandone tại Văn phòng Thủ tướng.",
    ),
    (
        "Nhà Quốc hội",
        "Chiều 21/10, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Trần Quang Phương tiếp Đại "
        "sứ Đặc mệnh Toàn quyền Vương quốc Campuchia tại nước Cộng hòa xã hội chủ nghĩa "
        "Việt Nam Chay Navuth.",
    ),
    (
        None,
        "Ngày 4/7, Thủ tướng Campuchia Hun Manet tiếp ông Nguyễn Huy Tăng, Đại sứ Đặc "
        "mệnh Toàn quyền nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Vương quốc "
        "Campuchia, đến chào từ biệt.",
    ),
]
CITY: Final = [
    (
        "Nhà Quốc hội, Hà Nội",
        "Sáng 14/2, tại Nhà Quốc hội, Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Chủ "
        "tịch Thượng viện Campuchia Hun Sen.",
    ),
    (
        "Phủ Chủ tịch, Hà Nội",
        "Chủ tịch nước Lương Cường đã tiếp Đại sứ Pháp Olivier Brochet tại Phủ Chủ tịch, "
        "Hà Nội, ngày 3/5.",
    ),
    (
        "Điện Kremlin, Moskva",
        "Ngày 9/5, tại Điện Kremlin, Moskva, Tổng thống Nga Vladimir Putin đã hội đàm với"
        " Chủ tịch Trung Quốc Tập Cận Bình.",
    ),
    (
        "Cung Hữu nghị, Hà Nội",
        "Ngày 3/5, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Thái Lan Srettha "
        "Thavisin tại Cung Hữu nghị, Hà Nội.",
    ),
    (
        "Hà Nội",
        "Chiều 5/3, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Nhật "
        "Bản Kamikawa Yoko.",
    ),
    (
        "Khách sạn Sheraton, Hà Nội",
        "Tối 12/10, Thống đốc bang Victoria Jacinta Allan đã gặp Bộ trưởng Bộ Kế hoạch và"
        " Đầu tư Nguyễn Chí Dũng tại Khách sạn Sheraton, Hà Nội; hai bên trao đổi về đầu "
        "tư.",
    ),
    (
        "Trụ sở Tỉnh ủy",
        "Chiều 2/8, tại Trụ sở Tỉnh ủy, Lạng Sơn và Quảng Tây đã tổ chức hội đàm giữa Bí "
        "thư Tỉnh ủy Hoàng Văn Nghiệm và Bí thư Khu ủy Quảng Tây Trần Cương.",
    ),
]
CLAUSE: Final = [
    (
        None,
        "Thực hiện Thỏa thuận đạt được tại Hội nghị Ủy ban liên hợp lần thứ 5 (tháng "
        "3/2023), ngày 10/6, Cục trưởng Cục Lãnh sự Nguyễn Minh Hằng đã tiếp ông Sok "
        "Phal, Cục trưởng Cục Xuất nhập cảnh Campuchia.",
    ),
    (
        None,
        "Triển khai Bản ghi nhớ giữa hai tỉnh tại Hội nghị thường niên năm 2023, sáng "
        "4/4, Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường đã tiếp Phó Tỉnh trưởng tỉnh "
        "Vân Nam Dương Ninh.",
    ),
    (
        None,
        "Theo kết quả Hội nghị Bộ trưởng tại Viêng Chăn, chiều 9/8, Bộ trưởng Bộ Công an "
        "Lương Tam Quang hội đàm với Bộ trưởng An ninh Lào Vilay Lakhamphong.",
    ),
    (
        None,
        "Tiếp nối thành công của Diễn đàn Kinh tế tại Đà Nẵng, ngày 2/3, Phó Thủ tướng "
        "Trần Lưu Quang tiếp Đại sứ Hàn Quốc Choi Young-sam.",
    ),
    (
        "Nhật Bản",
        "Tiếp tục chương trình làm việc tại Nhật Bản, sáng 27/5, Thủ tướng Phạm Minh "
        "Chính đã tiếp Chủ tịch Tập đoàn Toyota Toyoda Akio.",
    ),
    (
        "Hà Nội",
        "Cũng tại Hà Nội, chiều 8/8, Phó Thủ tướng Bùi Thanh Sơn đã tiếp Đại sứ Mỹ Marc Knapper.",
    ),
    (
        "Phủ Chủ tịch",
        "Hôm nay, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp Đại sứ Úc Andrew Goledzinowski.",
    ),
]
SPEECH: Final = [
    (
        None,
        "Chiều 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Pháp Olivier Brochet và khẳng "
        "định Việt Nam sẵn sàng tổ chức hội nghị tiếp theo tại Đà Nẵng.",
    ),
    (
        None,
        "Sáng 5/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Bộ trưởng Ngoại giao Lào "
        "Thongsavanh Phomvihane. Tại buổi tiếp, ông Thongsavanh cho biết: trong những "
        "ngày ở Việt Nam, đoàn đã được đón tiếp nồng hậu.",
    ),
    (
        None,
        "Chiều 12/9, Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Chủ tịch Hạ viện Nhật Bản "
        "Nukaga Fukushiro. Tại cuộc hội kiến, ông Nukaga nói: “Những ngày tại Hà Nội thật"
        " đáng nhớ”.",
    ),
    (
        None,
        "Sáng 8/4, Phó Thủ tướng Trần Hồng Hà gặp Bộ trưởng Môi trường Đan Mạch Magnus "
        "Heunicke, đánh giá cao kết quả Hội nghị P4G tổ chức tại Seoul.",
    ),
    (
        "Phủ Chủ tịch",
        "Chiều 2/6, Chủ tịch nước Lương Cường tiếp Đại sứ Mỹ Marc Knapper tại Phủ Chủ "
        "tịch và khẳng định quan hệ hai nước phát triển tốt.",
    ),
    (
        None,
        "Ngày 20/10, Tổng Bí thư Tô Lâm hội đàm trực tuyến với Tổng thống Chile Gabriel "
        "Boric, nhấn mạnh tầm quan trọng của Hội nghị APEC ở Lima.",
    ),
    (
        None,
        "Tối 3/7, Bộ trưởng Quốc phòng Phan Văn Giang tiếp Tư lệnh Hải quân Ấn Độ Dinesh "
        "Tripathi; ông Tripathi bày tỏ tin tưởng rằng cuộc diễn tập chung tại vịnh Bengal"
        " sẽ thành công.",
    ),
]

ENDED: Final = [
    (
        None,
        "Chiều 20/5, tại sân bay quốc tế Nội Bài, Phó Thủ tướng Trần Lưu Quang tiễn Tổng "
        "thống Indonesia Joko Widodo kết thúc tốt đẹp chuyến thăm cấp Nhà nước tới Việt "
        "Nam.",
    ),
    (
        None,
        "Trưa 9/11, tại Trung tâm Hội nghị quốc gia, Chủ tịch nước Lương Cường chia tay "
        "Tổng thống Chile Gabriel Boric, kết thúc chương trình thăm chính thức Việt Nam.",
    ),
    (
        None,
        "Sáng 3/3, tại sân bay Haneda, Thủ tướng Phạm Minh Chính rời Tokyo, kết thúc "
        "chuyến thăm chính thức Nhật Bản.",
    ),
    (
        "sân bay quốc tế Nội Bài",
        "Chiều 20/5, tại sân bay quốc tế Nội Bài, Tổng thống Indonesia Joko Widodo đến Hà"
        " Nội, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam.",
    ),
    (
        "Nhật Bản",
        "Sáng 3/3, Thủ tướng Phạm Minh Chính rời Tokyo, kết thúc chuyến thăm chính thức "
        "tại Nhật Bản.",
    ),
]
FORUM: Final = [
    (
        "thủ đô Hà Nội",
        "Từ ngày 14/4 đến ngày 16/4, tại thủ đô Hà Nội diễn ra Hội nghị hợp tác địa "
        "phương Việt Nam - Hàn Quốc lần thứ 3. Đoàn đại biểu tỉnh Bắc Ninh do ông Nguyễn "
        "Văn Phong, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn đã tham dự Hội nghị.",
    ),
    (
        "Đà Nẵng",
        "Diễn đàn Kinh tế Việt - Úc lần thứ 2 được tổ chức tại Đà Nẵng từ ngày 3 đến 5/9."
        " Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã tham dự Diễn đàn.",
    ),
    (
        "Trung tâm Hội nghị Quốc gia",
        "Sáng 12/10, tại Trung tâm Hội nghị Quốc gia, khai mạc Hội thảo quốc tế về Biển "
        "Đông lần thứ 15. Phó Thủ tướng Bùi Thanh Sơn dự Hội thảo này.",
    ),
    (
        "Viêng Chăn",
        "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 khai mạc tại Viêng Chăn ngày "
        "25/7. Bộ trưởng Ngoại giao Bùi Thanh Sơn tham dự sự kiện.",
    ),
    (
        None,
        "Năm 2019, Hội nghị thượng đỉnh Mỹ - Triều được tổ chức tại Hà Nội. Tuần này, Bộ "
        "trưởng Bùi Thanh Sơn tham dự Hội nghị Bộ trưởng Ngoại giao G20.",
    ),
]

POST: Final = [
    (
        None,
        "Nhân dịp ông Bounmy Phanthavong được bổ nhiệm làm Tổng Lãnh sự, Tổng Lãnh sự "
        "quán nước Cộng hòa Dân chủ Nhân dân Lào, tại thành phố Đà Nẵng, sáng 3/6, ông "
        "Bounmy Phanthavong đã đến chào xã giao Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng.",
    ),
    (
        None,
        "Vừa nhận nhiệm vụ Trưởng Đại diện Văn phòng Kinh tế và Văn hóa Đài Bắc, tại "
        "Thành phố Hồ Chí Minh, chiều 8/9, ông Lý Chí Minh đã chào xã giao Phó Chủ tịch "
        "UBND thành phố Dương Anh Đức.",
    ),
    (
        "Hà Nội",
        "Chiều 5/3, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Hàn Quốc Choi Young-sam.",
    ),
    (
        "Hà Nội",
        "Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hàn Quốc Choi Young-sam, tại Hà Nội, chiều 5/3.",
    ),
    (
        "Phủ Chủ tịch",
        "Nhân dịp kết thúc nhiệm kỳ công tác, tại Phủ Chủ tịch, chiều 5/3, Chủ tịch nước "
        "Lương Cường tiếp Đại sứ Hàn Quốc Choi Young-sam.",
    ),
    (
        "Hà Nội",
        "Nhân dịp kết thúc nhiệm kỳ công tác, tại Hà Nội, chiều 5/3, Chủ tịch nước Lương "
        "Cường tiếp Đại sứ Hàn Quốc Choi Young-sam.",
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
