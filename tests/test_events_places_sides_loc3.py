"""Places and sides of the main event, in invented words: "tại" phrases that place something
else than the event, institution names that list their fields with commas, and receptions
whose hosts are named after "có" (round 3, pages annotated late)."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled


def test_the_place_of_the_news_a_message_answers_is_not_its_place() -> None:
    text = (
        "Được tin vụ cháy tại nhà ga trung tâm Oslo, Na Uy làm nhiều người bị thương, sáng 4/2, "
        "Chủ tịch nước Đỗ Văn Hào đã gửi điện thăm hỏi đến Quốc vương Na Uy Harald Lind."
    )
    people = titled(
        {"Đỗ Văn Hào": ("Chủ tịch nước", "VN"), "Harald Lind": ("Quốc vương Na Uy", "NO")}
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "message"
    assert main.location is None


def test_a_place_before_the_news_words_still_counts() -> None:
    # no opening "Được tin": the "tại" phrase governs the message
    text = "Tại Hà Nội, sáng 4/2, Chủ tịch nước Đỗ Văn Hào đã gửi điện mừng Quốc vương Harald Lind."
    people = titled({"Đỗ Văn Hào": ("Chủ tịch nước", "VN"), "Harald Lind": ("Quốc vương", "NO")})
    main = extract_events(annotate(text, people))[0]
    assert main.location == "Hà Nội"


def test_a_consul_posted_in_a_city_of_a_styled_state_is_no_place() -> None:
    text = (
        "Sáng 3/6, Tổng lãnh sự nước Cộng hòa dân chủ nhân dân Lào tại Đà Nẵng, ông Khamla "
        "Vongsa đến chào xã giao Chủ tịch UBND tỉnh Phạm Hữu Lộc."
    )
    people = titled(
        {
            "Khamla Vongsa": ("Tổng lãnh sự nước Cộng hòa dân chủ nhân dân Lào", "LA"),
            "Phạm Hữu Lộc": ("Chủ tịch UBND tỉnh", "VN"),
        }
    )
    main = extract_events(annotate(text, people))[0]
    assert main.location is None


def test_a_ministry_name_with_a_comma_is_one_place() -> None:
    text = (
        "Chiều 12/9, Thứ trưởng Lê Thu Hà đã tiếp Đại sứ Chile Pablo Rojas tại Bộ Văn hóa, "
        "Thể thao và Du lịch."
    )
    people = titled({"Lê Thu Hà": ("Thứ trưởng", "VN"), "Pablo Rojas": ("Đại sứ Chile", "CL")})
    main = extract_events(annotate(text, people))[0]
    assert main.location == "Bộ Văn hóa, Thể thao và Du lịch"


def test_a_closing_abbreviation_of_the_place_is_left_out() -> None:
    text = (
        "Chiều 12/9, Thứ trưởng Lê Thu Hà đã tiếp Đại sứ Chile Pablo Rojas tại Bộ Giáo dục "
        "và Đào tạo (GDĐT), hai bên bàn về học bổng."
    )
    people = titled({"Lê Thu Hà": ("Thứ trưởng", "VN"), "Pablo Rojas": ("Đại sứ Chile", "CL")})
    main = extract_events(annotate(text, people))[0]
    assert main.location == "Bộ Giáo dục và Đào tạo"


def test_a_comma_after_a_ministry_still_ends_the_place_before_a_clause() -> None:
    text = "Chiều 12/9, tại Bộ Công Thương, Thứ trưởng Lê Thu Hà và Đại sứ Pablo Rojas đã hội đàm."
    people = titled({"Lê Thu Hà": ("Thứ trưởng", "VN"), "Pablo Rojas": ("Đại sứ Chile", "CL")})
    main = extract_events(annotate(text, people))[0]
    assert main.location == "Bộ Công Thương"


def test_the_people_after_co_host_a_reception_with_no_subject() -> None:
    text = (
        "Tiếp đoàn công tác của tỉnh Khammouane có các đồng chí: Vũ Đình Nam, Bí thư Tỉnh ủy; "
        "Hà Thị Lan, Phó Chủ tịch UBND tỉnh."
    )
    people = titled(
        {"Vũ Đình Nam": ("Bí thư Tỉnh ủy", "VN"), "Hà Thị Lan": ("Phó Chủ tịch UBND tỉnh", "VN")}
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "reception"
    assert sorted(roles(main)) == [("Hà Thị Lan", "host"), ("Vũ Đình Nam", "host")]


def test_the_guest_of_a_subjectless_reception_is_still_a_guest() -> None:
    # no "có": the person after the trigger is received, not receiving
    text = "Tiếp Đại sứ Chile Pablo Rojas, Chủ tịch UBND tỉnh Vũ Đình Nam cảm ơn Đại sứ."
    people = titled(
        {"Pablo Rojas": ("Đại sứ Chile", "CL"), "Vũ Đình Nam": ("Chủ tịch UBND tỉnh", "VN")}
    )
    main = extract_events(annotate(text, people))[0]
    assert ("Pablo Rojas", "guest") in roles(main)


def test_a_capital_in_vietnamese_spelling_says_who_travelled() -> None:
    # the building is one the gazetteer places in Vietnam; the city after "ở" is abroad
    text = (
        "Ngày 9-3, tại Nhà Quốc hội ở Thủ đô Mátxcơva, Chủ tịch Quốc hội Đinh Quang Huy đã gặp "
        "Chủ tịch Đuma Quốc gia Nga Pavel Orlov."
    )
    people = titled(
        {
            "Đinh Quang Huy": ("Chủ tịch Quốc hội", "VN"),
            "Pavel Orlov": ("Chủ tịch Đuma Quốc gia Nga", "RU"),
        }
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "meeting"
    assert sorted(roles(main)) == [("Pavel Orlov", "host"), ("Đinh Quang Huy", "guest")]


def test_transliterated_capitals_are_known_places() -> None:
    from vndiplo.places import gazetteer

    gaz = gazetteer(None)
    assert gaz.country_of("thủ đô Niu Đêli") == "IN"
    assert gaz.country_of("thành phố Hen-xin-ki") == "FI"
    assert gaz.country_of("Cai-rô") == "EG"


def test_the_speaker_after_a_fronted_welcome_hosts_it() -> None:
    # the guest's errand ("đến làm việc") follows the guest; the host opens the next clause
    text = (
        "Vui mừng tiếp đón Đại sứ Chile Pablo Rojas đến làm việc tại Bộ Y tế, "
        "Thứ trưởng Lê Thu Hà khẳng định hai nước có nhiều tiềm năng hợp tác."
    )
    people = titled({"Lê Thu Hà": ("Thứ trưởng", "VN"), "Pablo Rojas": ("Đại sứ Chile", "CL")})
    main = extract_events(annotate(text, people))[0]
    assert main.type == "reception"
    assert sorted(roles(main)) == [("Lê Thu Hà", "host"), ("Pablo Rojas", "guest")]
