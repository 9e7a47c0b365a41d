"""Round 17 regression guards of the main-event choice by the page's pair (invented wordings).

The round's rule lets a visit or working-session lead give way to the reception or talks told
after it, with the lead's visitor as that act's guest. Three structures made it misfire on
older pages, each guarded here, next to the study constructions that must keep working:

- an act chained in the visit's own clause ("X đã thăm tỉnh K, tiếp Thống đốc Y và ...") is
  done by the visitor, its subject: he hosts that reception, he is not made its guest;
- "Đón X tại P có A, B và C" lists who welcomed the visitor ("có" before the first comma): the
  comma inside the list is no fronted clause, so the visit stays (README round 4 V11/F13);
- a back-reference by another meeting word ("Tại buổi hội kiến ...") belongs to the next
  session told with people: when the body reports an act of the told one's type again first
  ("Trong thời gian ở P, A đã chào xã giao B, tọa đàm với C; thăm ..."), the later
  back-reference is that report's, and a trip whose acts are listed stays the news;
- a reception that takes the lead's single day also takes the place of that dated lead
  ("... đã sang thăm và chúc Tết tại huyện Y. Đón tiếp đoàn, về phía huyện Y có ...").
"""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

import vndiplo
from vndiplo.model import Event

PEOPLE = titled(
    {
        "Trần Quang Khải": ("Thủ tướng Chính phủ", "VN"),
        "Tanaka Aiko": ("Công nương", "JP"),
        "Fumihito Akira": ("Hoàng Thái tử", "JP"),
        "Lê Văn Hòa": ("Phó Chủ tịch Thường trực UBND thành phố", "VN"),
        "Ito Kenji": ("Tổng Lãnh sự", "JP"),
        "Xổm Phon Vi": ("Chỉ huy trưởng", "LA"),
        "Đinh Văn Mạnh": ("Phó Bí thư Huyện ủy", "VN"),
        "Hà Thị Lan": ("Chủ tịch UBND huyện", "VN"),
        "Vũ Đức Thắng": ("Phó Viện trưởng", "VN"),
        "Trương Vĩ": ("Viện trưởng", "CN"),
        "Lưu Kiến Hoa": ("Phó Viện trưởng", "CN"),
        "Lê Thị Cúc": ("Lãnh sự", "VN"),
        "Trần Văn Bảo": ("Phó Chủ tịch UBND tỉnh", "VN"),
    }
)


def _main(text: str, dates: list[tuple[str, str]] | None = None, headline: str = "") -> Event:
    doc = annotate(text, PEOPLE, dates or [], title=headline or None)
    return extract_events(doc)[0]


# --- the regressed constructions ---------------------------------------------------------


def test_a_reception_chained_to_the_visitors_own_visit_is_his_as_host() -> None:
    text = (
        "Trong khuôn khổ chuyến công tác dự Hội nghị cấp cao tại Nhật Bản, chiều 15/12, Thủ "
        "tướng Chính phủ Trần Quang Khải đã thăm tỉnh Hoa Sơn, tiếp Thống đốc tỉnh Suzuki Taro "
        "và tọa đàm với các doanh nghiệp lớn của tỉnh.\n\n"
        "Tại buổi tiếp Thống đốc tỉnh Suzuki Taro, Thủ tướng Trần Quang Khải bày tỏ vui mừng "
        "đến thăm tỉnh Hoa Sơn."
    )
    main = _main(text, [("chiều 15/12", "--12-15")])
    assert main.type == "reception"
    assert ("Trần Quang Khải", "host") in roles(main)
    assert ("Trần Quang Khải", "guest") not in roles(main)


def test_who_welcomed_a_royal_at_the_airport_keeps_the_official_visit() -> None:
    text = (
        "Chiều 23-9, Hoàng Thái tử Fumihito Akira và Công nương Tanaka Aiko đã đáp chuyến bay "
        "xuống Cảng hàng không quốc tế Hoa Sơn, bắt đầu chuyến thăm chính thức thành phố Hoa "
        "Sơn từ ngày 23 đến 25-9.\n\n"
        "Đón Hoàng Thái tử Fumihito Akira và Công nương Tanaka Aiko tại Cảng hàng không quốc tế "
        "Hoa Sơn có Phó Chủ tịch Thường trực UBND thành phố Lê Văn Hòa, đại diện lãnh đạo Sở "
        "Ngoại vụ và Tổng Lãnh sự Ito Kenji.\n\n"
        "Theo lịch trình, Hoàng Thái tử Fumihito Akira sẽ thăm phố cổ."
    )
    main = _main(text, [("Chiều 23-9", "--09-23"), ("từ ngày 23 đến 25-9", "--09-23/--09-25")])
    assert main.type == "visit"
    assert ("Fumihito Akira", "guest") in roles(main)


def test_a_courtesy_call_retold_among_the_trips_acts_keeps_the_trip() -> None:
    text = (
        "Nhận lời mời của Viện kiểm sát tối cao nước Bạn, trong thời gian từ ngày 14/5 đến "
        "21/5, Đoàn đại biểu Viện kiểm sát tối cao do đồng chí Vũ Đức Thắng, Phó Viện trưởng "
        "dẫn đầu đã có chuyến thăm và làm việc tại nước Bạn.\n\n"
        "Đồng chí Vũ Đức Thắng, Phó Viện trưởng chào xã giao đồng chí Trương Vĩ, Viện trưởng.\n\n"
        "Trong thời gian ở nước Bạn, đồng chí Vũ Đức Thắng đã chào xã giao đồng chí Trương Vĩ, "
        "Viện trưởng, tọa đàm với đồng chí Lưu Kiến Hoa, Phó Viện trưởng; thăm, làm việc với "
        "Học viện Kiểm sát và khảo sát thực tế tại một số viện cấp quận.\n\n"
        "Tại buổi hội kiến với Viện trưởng, hai bên đã cùng điểm lại các sự kiện hợp tác nổi "
        "bật của hai Ngành."
    )
    main = _main(text, [("từ ngày 14/5 đến 21/5", "--05-14/--05-21")])
    assert main.type == "visit"
    assert roles(main) == [("Vũ Đức Thắng", "guest")]


def test_a_reception_taking_the_leads_day_takes_its_place_too() -> None:
    text = (
        "Chiều ngày 23/01, Đoàn đại biểu huyện Sầm Na, tỉnh Hủa Khăm, nước bạn Lào do đồng chí "
        "Xổm Phon Vi - Chỉ huy trưởng Ban Chỉ huy Quân sự huyện đã sang thăm và chúc Tết tại "
        "huyện Quế Lâm.\n\n"
        "Đón tiếp đoàn đại biểu huyện Sầm Na, về phía huyện Quế Lâm có đồng chí Đinh Văn Mạnh – "
        "Phó Bí thư Huyện ủy, đồng chí Hà Thị Lan – Chủ tịch UBND huyện cùng lãnh đạo các "
        "phòng, ban của huyện.\n\n"
        "Tại buổi tiếp, đồng chí Hà Thị Lan thông tin về tình hình phát triển của huyện."
    )
    main = _main(text, [("Chiều ngày 23/01", "--01-23")])
    assert main.type == "reception"
    assert main.date == "--01-23"
    assert main.location == "huyện Quế Lâm"
    assert ("Xổm Phon Vi", "guest") in roles(main)


# --- the study constructions that keep working -------------------------------------------


def test_fronted_receiving_clause_still_tells_the_reception() -> None:
    text = (
        "Ngày 12/6, đoàn cán bộ tỉnh Hòa Lâm do ông Trần Văn Bảo, Phó Chủ tịch UBND tỉnh, làm "
        "trưởng đoàn đã đến thăm và làm việc với Lãnh sự quán Việt Nam tại tỉnh Xa Mon.\n\n"
        "Tiếp và làm việc với đoàn cán bộ tỉnh Hòa Lâm, Lãnh sự Lê Thị Cúc đã tặng hoa chúc "
        "mừng ông Trần Văn Bảo và chia sẻ tình hình cộng đồng người Việt tại địa phương."
    )
    main = _main(text, [("Ngày 12/6", "--06-12")])
    assert main.type == "reception"
    assert roles(main) == [("Lê Thị Cúc", "host"), ("Trần Văn Bảo", "guest")]
    assert main.date == "--06-12"


def test_a_back_reference_by_another_meeting_word_still_names_the_reception() -> None:
    text = (
        "Nhận lời mời của Hội Phụ nữ nước Bạn, đoàn đại biểu tỉnh do ông Trần Văn Bảo làm "
        "trưởng đoàn sang thăm và làm việc tại nước Bạn từ ngày 18 đến 20/11.\n\n"
        "Chiều 18/11, đoàn đã có buổi thăm và làm việc với Lãnh sự quán do bà Lê Thị Cúc, Lãnh "
        "sự, chủ trì tiếp đón.\n\n"
        "Phát biểu tại buổi làm việc, bà Lê Thị Cúc chào mừng đoàn sang thăm."
    )
    main = _main(text, [("từ ngày 18 đến 20/11", "--11-18/--11-20"), ("Chiều 18/11", "--11-18")])
    assert main.type == "reception"
    assert roles(main) == [("Lê Thị Cúc", "host"), ("Trần Văn Bảo", "guest")]
    assert main.date == "--11-18"


def test_a_reception_past_a_line_between_takes_no_place_from_the_lead() -> None:
    # the full pipeline: its paragraphs are the blocks that tell one scene from the next
    text = (
        "Thường trực Tỉnh ủy tiếp Đoàn đại biểu huyện Sầm Na\n\n"
        "Chiều 8-5, Đoàn đại biểu huyện Sầm Na, tỉnh Hủa Khăm (Lào) do đồng chí Xổm Phon Vi, Bí "
        "thư Huyện ủy làm Trưởng đoàn đã đến thăm và làm việc tại tỉnh ta.\n"
        "Video không hợp lệ\n\n"
        "Tiếp và làm việc với đoàn đại biểu có các đồng chí: Đinh Văn Mạnh, Phó Bí thư Thường "
        "trực Tỉnh ủy; Hà Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; lãnh "
        "đạo một số sở, ngành tỉnh.\n\n\n"
        "Lãnh đạo tỉnh tiếp Đoàn đại biểu huyện Sầm Na.\n\n"
        "Tại buổi tiếp, đồng chí Phó Bí thư Thường trực Tỉnh ủy Đinh Văn Mạnh giới thiệu khái "
        "quát với Đoàn đại biểu huyện Sầm Na về tình hình kinh tế - xã hội của tỉnh.\n"
    )
    main = vndiplo.extract(text, published=None).events[0]
    assert main.type == "reception"
    assert main.location is None
