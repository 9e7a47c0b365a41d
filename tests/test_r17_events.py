"""Round 17, main-event choice by the page's pair (invented wordings; no page text).

The main event is the act that joins the two sides the lead names, at the finest grain the
conventions give it. A visit or working-session lead ("đến thăm và làm việc", "tổ chức buổi
làm việc với Đoàn") gives way to the reception that the next sentence tells of the same pair:
as a fronted receiving clause whose main clause the receiver opens ("Tiếp và làm việc với
đoàn, <office> B đã ..."), as the host's word in the visitors' sentence referred back to by
another meeting word ("... do B chủ trì tiếp đón. Phát biểu tại buổi làm việc, ..."), or as
the receiving side's list of the same session ("Tiếp và làm việc với đoàn, về phía tỉnh có
B"). A visitor's meeting gives way to his courtesy call told after it when the body goes on
about its host. The lead's visitor is the guest of that reception, its receiver the host.

Near misses keep the lead: a list of who received a visit ("Tiếp và làm việc với đoàn có các
đồng chí: ...", "Đón tiếp đoàn có ...", README X14/V11, even when "Tại buổi làm việc" follows),
a receiver who is only named as the subject ("B tiếp và làm việc cùng đoàn"), and a working
session whose attendee line names "buổi tiếp".
"""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

from vndiplo.model import Event

PEOPLE = titled(
    {
        "Trần Văn Bảo": ("Phó Chủ tịch UBND tỉnh", "VN"),
        "Lê Thị Cúc": ("Lãnh sự", "VN"),
        "Phạm Quốc Đạt": ("Thứ trưởng", "VN"),
        "Sổm Phết Vông": ("Vụ trưởng", "LA"),
        "Nguyễn Thị Hạnh": ("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "VN"),
        "Khăm La Xay": ("Chủ tịch Hội Phụ nữ tỉnh", "LA"),
        "Hoàng Minh Tâm": ("Trưởng Ban Đối ngoại Tỉnh ủy", "VN"),
        "Bun Thạ Văn": ("Trưởng Ban Tuyên huấn", "LA"),
        "Đỗ Thanh Hà": ("Phó Chủ tịch UBND tỉnh", "VN"),
        "Xổm Chăn Đi": ("Tổng Lãnh sự", "LA"),
        "Vũ Đình Khoa": ("Bí thư Tỉnh ủy", "VN"),
        "Ông Văn Lực": ("Phó Bí thư Tỉnh ủy", "VN"),
        "Mác Ten Sơn": ("Cựu Thủ tướng", "GB"),
        "Lý Quang Vinh": ("Bộ trưởng Ngoại giao", "VN"),
        "Tạ Hữu Phước": ("Thủ tướng", "VN"),
    }
)


def _main(text: str, dates: list[tuple[str, str]] | None = None, headline: str = "") -> Event:
    doc = annotate(text, PEOPLE, dates or [], title=headline or None)
    return extract_events(doc)[0]


# --- the family: the act joining the pair ------------------------------------------------


def test_fronted_receiving_clause_after_a_provincial_visit() -> None:
    text = (
        "Ngày 5/3, đoàn công tác tỉnh Hòa Lâm do ông Trần Văn Bảo, Phó Chủ tịch UBND tỉnh, làm "
        "trưởng đoàn đã đến thăm và làm việc với Lãnh sự quán Việt Nam tại tỉnh Xa Mon. "
        "Tiếp và làm việc với đoàn, Lãnh sự Lê Thị Cúc đã giới thiệu tình hình cộng đồng người "
        "Việt tại địa phương."
    )
    main = _main(text, [("Ngày 5/3", "--03-05")])
    assert main.type == "reception"
    assert main.trigger.lower() == "tiếp"
    assert roles(main) == [("Lê Thị Cúc", "host"), ("Trần Văn Bảo", "guest")]
    assert main.date == "--03-05"


def test_fronted_welcome_of_a_ministry_delegation_in_its_own_paragraph() -> None:
    text = (
        "Chiều 14/8, đoàn đại biểu Bộ Nội vụ Lào do ông Sổm Phết Vông, Vụ trưởng, dẫn đầu đã "
        "đến thăm và làm việc tại Bộ Tư pháp.\n\n"
        "Đón tiếp và làm việc với đoàn, Thứ trưởng Phạm Quốc Đạt cho biết hai Bộ đã phối hợp "
        "chặt chẽ trong nhiều năm."
    )
    main = _main(text, [("Chiều 14/8", "--08-14")])
    assert main.type == "reception"
    assert roles(main) == [("Phạm Quốc Đạt", "host"), ("Sổm Phết Vông", "guest")]


def test_fronted_reception_of_a_mass_organisation_under_a_headline() -> None:
    text = (
        "Sáng 20/10, đoàn Hội Phụ nữ tỉnh Na Khe (Lào) do bà Khăm La Xay, Chủ tịch Hội, làm "
        "trưởng đoàn đã sang thăm và làm việc với Hội Liên hiệp Phụ nữ tỉnh Bình Sơn. Tiếp "
        "đoàn, bà Nguyễn Thị Hạnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đã thông tin về phong "
        "trào phụ nữ của tỉnh."
    )
    main = _main(
        text,
        [("Sáng 20/10", "--10-20")],
        headline="Hội Phụ nữ tỉnh Na Khe thăm và làm việc tại tỉnh Bình Sơn",
    )
    assert main.type == "reception"
    assert roles(main) == [("Khăm La Xay", "guest"), ("Nguyễn Thị Hạnh", "host")]


def test_host_word_in_the_visitors_sentence_after_a_trip_lead() -> None:
    text = (
        "Nhận lời mời của Ban Tuyên huấn tỉnh Phông Xa Ly, đoàn đại biểu Ban Đối ngoại Tỉnh ủy "
        "do đồng chí Hoàng Minh Tâm làm trưởng đoàn sang thăm và làm việc tại Lào từ ngày "
        "2 đến 4/6.\n\n"
        "Chiều 2/6, đoàn đã có buổi thăm và làm việc với Ban Tuyên huấn tỉnh Phông Xa Ly do "
        "đồng chí Bun Thạ Văn, Trưởng Ban Tuyên huấn, chủ trì tiếp đón.\n\n"
        "Phát biểu tại buổi làm việc, đồng chí Bun Thạ Văn chào mừng đoàn sang thăm."
    )
    main = _main(text, [("từ ngày 2 đến 4/6", "--06-02/--06-04"), ("Chiều 2/6", "--06-02")])
    assert main.type == "reception"
    assert main.trigger == "tiếp đón"
    assert roles(main) == [("Bun Thạ Văn", "host"), ("Hoàng Minh Tâm", "guest")]
    assert main.date == "--06-02"


def test_receiving_sides_list_of_a_host_side_working_session() -> None:
    text = (
        "Chiều 9/11, UBND tỉnh tổ chức buổi làm việc với đoàn công tác của Tổng Lãnh sự quán "
        "Lào. Tham dự buổi làm việc, về phía đoàn công tác do ông Xổm Chăn Đi, Tổng Lãnh sự, "
        "làm trưởng đoàn. Tiếp và làm việc với đoàn, về phía tỉnh có đồng chí Đỗ Thanh Hà, Phó "
        "Chủ tịch UBND tỉnh. Phát biểu tại buổi làm việc, đồng chí Đỗ Thanh Hà chào mừng đoàn."
    )
    main = _main(text, [("Chiều 9/11", "--11-09")])
    assert main.type == "reception"
    assert roles(main) == [("Xổm Chăn Đi", "guest"), ("Đỗ Thanh Hà", "host")]


def test_courtesy_call_after_a_meeting_the_body_goes_on_about() -> None:
    text = (
        "Sáng 15/10, Cựu Thủ tướng Mác Ten Sơn đã gặp và làm việc với Bộ trưởng Ngoại giao Lý "
        "Quang Vinh. Sau đó, ông đã tới chào xã giao Thủ tướng Tạ Hữu Phước tại Trụ sở Chính "
        "phủ. Thủ tướng Tạ Hữu Phước đề nghị hai nước mở rộng hợp tác giáo dục."
    )
    main = _main(text, [("Sáng 15/10", "--10-15")])
    assert main.type == "reception"
    assert "chào xã giao" in main.trigger
    assert roles(main) == [("Mác Ten Sơn", "guest"), ("Tạ Hữu Phước", "host")]


def test_fronted_reception_without_a_headline_or_day() -> None:
    text = (
        "Tiếp tục chương trình công tác, đoàn cán bộ tỉnh Hòa Lâm do ông Trần Văn Bảo làm "
        "trưởng đoàn đã đến thăm và làm việc với Tổng Lãnh sự quán tại Xa Mon. Tiếp và làm "
        "việc với đoàn cán bộ tỉnh, Tổng Lãnh sự Lê Thị Cúc đã tặng hoa chúc mừng ông Trần Văn "
        "Bảo nhân dịp ông nhận nhiệm vụ mới."
    )
    main = _main(text)
    assert main.type == "reception"
    assert roles(main) == [("Lê Thị Cúc", "host"), ("Trần Văn Bảo", "guest")]


# --- near misses: the lead stays --------------------------------------------------------


def test_a_list_of_who_received_the_visit_keeps_the_visit() -> None:
    text = (
        "Sáng 8/11, đoàn đại biểu tỉnh Na Khe do bà Khăm La Xay làm trưởng đoàn đã đến thăm và "
        "làm việc với tỉnh Bình Sơn. Tiếp và làm việc với đoàn có các đồng chí: Vũ Đình Khoa, "
        "Bí thư Tỉnh ủy; Ông Văn Lực, Phó Bí thư Tỉnh ủy."
    )
    main = _main(text, [("Sáng 8/11", "--11-08")])
    assert main.type == "visit"
    assert ("Khăm La Xay", "guest") in roles(main)


def test_a_welcome_list_referred_back_by_the_working_session_keeps_the_visit() -> None:
    text = (
        "Ngày 11/4, đoàn công tác Công an tỉnh Hòa Lâm do ông Trần Văn Bảo làm trưởng đoàn đã "
        "đến thăm và chúc Tết Công an tỉnh Xa Mon. Đón tiếp đoàn có ông Xổm Chăn Đi, Giám đốc "
        "Công an tỉnh.\n\n"
        "Tại buổi làm việc, hai bên đã trao đổi về công tác phối hợp."
    )
    main = _main(text, [("Ngày 11/4", "--04-11")])
    assert main.type == "visit"


def test_a_receiver_only_named_as_subject_keeps_the_visit() -> None:
    text = (
        "Sáng 26/4, đoàn lãnh đạo tỉnh Na Khe do bà Khăm La Xay làm trưởng đoàn đã tới thăm và "
        "chúc mừng Bí thư Tỉnh ủy Bình Sơn. Đồng chí Vũ Đình Khoa, Bí thư Tỉnh ủy, tiếp và làm "
        "việc cùng đoàn. Về phía tỉnh cùng dự có đồng chí Ông Văn Lực."
    )
    main = _main(text, [("Sáng 26/4", "--04-26")])
    assert main.type == "visit"


def test_an_attendee_line_naming_the_reception_keeps_the_working_session() -> None:
    text = (
        "Chiều 13/12, tại trụ sở UBND tỉnh, đồng chí Đỗ Thanh Hà, Phó Chủ tịch UBND tỉnh, đã làm "
        "việc với ông Xổm Chăn Đi, Tổng Lãnh sự Lào. Cùng dự buổi tiếp có lãnh đạo Sở Ngoại vụ. "
        "Tại buổi làm việc, hai bên trao đổi về hợp tác biên giới."
    )
    main = _main(text, [("Chiều 13/12", "--12-13")])
    assert main.type == "meeting"


def test_a_meeting_before_another_act_with_people_keeps_the_meeting() -> None:
    text = (
        "Sáng 15/10, Cựu Thủ tướng Mác Ten Sơn đã gặp và làm việc với Bộ trưởng Ngoại giao Lý "
        "Quang Vinh. Sau đó, ông đã tới chào xã giao Thủ tướng Tạ Hữu Phước. Buổi chiều, ông "
        "Mác Ten Sơn gặp Bí thư Vũ Đình Khoa."
    )
    main = _main(text, [("Sáng 15/10", "--10-15")])
    assert main.type == "meeting"
    assert ("Lý Quang Vinh", "host") in roles(main) or ("Lý Quang Vinh", "participant") in roles(
        main
    )


# --- a page that lost its headline: the pair it names first -----------------------------

BANK = titled(
    {
        "Robert Kelman": ("Phó Chủ tịch Ngân hàng Phát triển châu Phi", "US"),
        "Hà Mạnh Trí": ("Bí thư Tỉnh ủy", "VN"),
    }
)


def test_announced_visit_over_an_instruction_naming_nobody() -> None:
    text = (
        "Chính phủ cũng giao cho Bộ Tài chính ký Hiệp định vay nói trên với Ngân hàng.\n\n"
        "Từ ngày 3 tới ngày 6/9, ông Robert Kelman, Phó Chủ tịch Ngân hàng Phát triển châu Phi "
        "sẽ tới thăm và làm việc tại Việt Nam."
    )
    doc = annotate(text, BANK, [("Từ ngày 3 tới ngày 6/9", "--09-03/--09-06")])
    main = extract_events(doc)[0]
    assert main.type == "visit"
    assert ("Robert Kelman", "guest") in roles(main)


def test_a_programme_item_naming_someone_is_not_the_trip_announced() -> None:
    text = (
        "Đón đoàn tại cửa khẩu có lãnh đạo Ban Ngoại vụ tỉnh Xa Mon. Đoàn đại biểu tỉnh Hòa "
        "Lâm sẽ thăm và làm việc với tỉnh Xa Mon (Lào) từ ngày 4 đến ngày 7/2. Chiều 5/2, "
        "Bí thư Tỉnh ủy Hà Mạnh Trí sẽ hội đàm với lãnh đạo "
        "tỉnh Xa Mon."
    )
    doc = annotate(
        text, BANK, [("ngày 4 đến ngày 7/2", "--02-04/--02-07"), ("Chiều 5/2", "--02-05")]
    )
    main = extract_events(doc)[0]
    assert main.type != "talks"


# --- a letter's congratulations, whatever its letterhead ----------------------------------


def test_letter_under_a_long_letterhead_is_the_message_not_a_recalled_attendance() -> None:
    import vndiplo

    text = (
        "Thư chúc mừng Đại hội của Chủ tịch Liên đoàn Nông dân châu Á\n\n"
        "12/05/2019\n"
        "TS. Ana Lucia Verdes, M.Sc\n"
        "Chủ tịch Hội Nông dân Quốc gia Pê-ru\n"
        "Chủ tịch Liên đoàn Nông dân châu Á - Thái Bình Dương\n"
        "Thành viên Hội đồng Tư vấn của Tổ chức Nông lương Liên hợp quốc (FAO)\n\n"
        "Kính gửi: Ông Chủ tịch Hội Nông dân Việt Nam\n\n"
        "Ông Chủ tịch kính mến,\n\n"
        "Thay mặt Liên đoàn, tôi xin gửi tới Ông lời chúc mừng nhân dịp Đại hội lần thứ 7.\n\n"
        "Chúng tôi rất ấn tượng với Hội nghị Liên đoàn lần thứ 5 tại thời điểm Việt Nam bàn giao "
        "chức Chủ tịch cho Pê-ru vào tháng 6 năm 2017, có sự tham dự của Phó Thủ tướng Trịnh Văn "
        "Lâm.\n"
    )
    doc = vndiplo.extract(text)
    assert doc.events[0].type == "message"


def test_a_news_lead_above_a_quoted_letter_keeps_its_meeting() -> None:
    import vndiplo

    text = (
        "Bộ trưởng tiếp Đại sứ Pê-ru\n\n"
        "Chiều 3/4, tại Hà Nội, Bộ trưởng Bộ Nông nghiệp Trịnh Văn Lâm đã tiếp Đại sứ Pê-ru "
        "Ana Lucia Verdes. Hai bên trao đổi về hợp tác nông nghiệp.\n\n"
        "Đại sứ chuyển thư của Bộ trưởng Pê-ru, trong đó viết:\n\n"
        "Kính gửi: Ông Bộ trưởng\n\n"
        "Tôi xin gửi tới Ông lời chúc mừng.\n"
    )
    doc = vndiplo.extract(text, published="2019-04-04")
    assert doc.events[0].type == "reception"
