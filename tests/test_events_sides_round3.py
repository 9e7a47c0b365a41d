"""Sides, places and dates of the main event, in invented words: constructions that unseen
pages write and that the events stage got wrong (round 3)."""

from __future__ import annotations

import attrs
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

from vndiplo.model import Block, Span
from vndiplo.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, [(0, len(text))])]


def test_a_middle_initial_does_not_end_the_sentence() -> None:
    text = (
        "Chiều nay, Ngoại trưởng Marcus T. Holloway đã điện đàm với Bộ trưởng Trần Minh Khoa. "
        "Hai bên trao đổi về hợp tác."
    )
    assert _sentences(text) == [
        "Chiều nay, Ngoại trưởng Marcus T. Holloway đã điện đàm với Bộ trưởng Trần Minh Khoa.",
        "Hai bên trao đổi về hợp tác.",
    ]


def test_a_letter_closing_a_sentence_still_ends_it() -> None:
    text = "Đội chủ nhà đứng đầu bảng C. Sau đó họ trở về."
    assert _sentences(text) == ["Đội chủ nhà đứng đầu bảng C.", "Sau đó họ trở về."]


def test_the_subject_named_with_an_initial_is_a_side() -> None:
    text = "Ngoại trưởng Marcus T. Holloway đã có cuộc điện đàm với Bộ trưởng Trần Minh Khoa."
    people = titled(
        {"Marcus T. Holloway": ("Ngoại trưởng", "NZ"), "Trần Minh Khoa": ("Bộ trưởng", "VN")}
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "phone_call"
    assert {p.name for p in main.participants} == {"Marcus T. Holloway", "Trần Minh Khoa"}


def test_a_foreign_seat_of_power_says_who_travelled() -> None:
    # the venue, not a country name, places the meeting in the host's country
    text = (
        "Tổng thống Hoa Kỳ Daniel R. Whitcombe đã hội kiến Thủ tướng Lê Quang Vinh tại Tòa Bạch Ốc."
    )
    people = titled(
        {
            "Daniel R. Whitcombe": ("Tổng thống Hoa Kỳ", "US"),
            "Lê Quang Vinh": ("Thủ tướng", "VN"),
        }
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "meeting"
    assert roles(main) == [("Daniel R. Whitcombe", "host"), ("Lê Quang Vinh", "guest")]


def test_a_subject_list_runs_on_across_semicolons() -> None:
    text = (
        "Sáng 9/4, Trung tướng Lê Văn Hòa - Chủ tịch Hội Cựu binh Việt Nam; Đại diện một số "
        "ban của Hội; Đại tá Phan Đức Lợi, Chủ tịch Hội Cựu binh thành phố Huế đã tiếp đoàn "
        "Hội Cựu binh tỉnh Champasak do ông Khamla Vongsa làm trưởng đoàn."
    )
    people = titled(
        {
            "Lê Văn Hòa": ("Trung tướng", "VN"),
            "Phan Đức Lợi": ("Đại tá", "VN"),
            "Khamla Vongsa": ("Trưởng đoàn", "LA"),
        }
    )
    main = extract_events(annotate(text, people, [("Sáng 9/4", "2024-04-09", "morning")]))[0]
    assert main.type == "reception"
    assert roles(main) == [
        ("Khamla Vongsa", "guest"),
        ("Lê Văn Hòa", "host"),
        ("Phan Đức Lợi", "host"),
    ]


def test_a_clause_before_the_semicolon_keeps_its_own_sides() -> None:
    text = (
        "Sáng 9/4, Bộ trưởng Vũ Đình Lâm tiếp Đại sứ Karl Ostrander; Thứ trưởng Ngô Thị Hạnh "
        "hội đàm với Thứ trưởng Sven Aalto."
    )
    people = titled(
        {
            "Vũ Đình Lâm": ("Bộ trưởng", "VN"),
            "Karl Ostrander": ("Đại sứ", "SE"),
            "Ngô Thị Hạnh": ("Thứ trưởng", "VN"),
            "Sven Aalto": ("Thứ trưởng", "FI"),
        }
    )
    events = extract_events(annotate(text, people, [("Sáng 9/4", "2024-04-09", "morning")]))
    talks = next(e for e in events if e.type == "talks")
    assert {p.name for p in talks.participants} == {"Ngô Thị Hạnh", "Sven Aalto"}


def test_a_parallel_clause_names_its_own_subject() -> None:
    text = (
        "Ngày 2/9, Chủ tịch nước Đinh Công Bảo đã trao đổi điện mừng với Tổng thống Anna "
        "Kowalczyk, Thủ tướng Hồ Thanh Tâm đã trao đổi điện mừng với Thủ tướng Piotr Nowak."
    )
    people = titled(
        {
            "Đinh Công Bảo": ("Chủ tịch nước", "VN"),
            "Anna Kowalczyk": ("Tổng thống", "PL"),
            "Hồ Thanh Tâm": ("Thủ tướng", "VN"),
            "Piotr Nowak": ("Thủ tướng", "PL"),
        }
    )
    events = extract_events(annotate(text, people, [("Ngày 2/9", "2024-09-02")]))
    assert events[0].type == "message"
    assert {p.name for p in events[0].participants} == {"Đinh Công Bảo", "Anna Kowalczyk"}
    second = next(e for e in events[1:] if e.type == "message")
    assert {p.name for p in second.participants} == {"Hồ Thanh Tâm", "Piotr Nowak"}


def test_a_city_written_with_an_abbreviation_dot_is_the_whole_place() -> None:
    text = (
        "Ngày 14/3, đoàn đại biểu tỉnh Kon Tum do Chủ tịch UBND tỉnh Đỗ Hải Yến dẫn đầu đã đến "
        "dự lễ kỷ niệm Quốc khánh Hà Lan tại TP. Hồ Chí Minh."
    )
    people = titled({"Đỗ Hải Yến": ("Chủ tịch UBND tỉnh", "VN")})
    main = extract_events(annotate(text, people, [("Ngày 14/3", "2024-03-14")]))[0]
    assert main.type == "attend"
    assert main.location == "TP. Hồ Chí Minh"


def test_the_city_in_parentheses_after_a_venue_belongs_to_it() -> None:
    text = (
        "Chiều 6/11, tại dinh Độc Lập (TP. Hồ Chí Minh), Phó Thủ tướng Cao Văn Lực và Đại sứ "
        "Ingrid Falk đã ký thỏa thuận hợp tác."
    )
    people = titled({"Cao Văn Lực": ("Phó Thủ tướng", "VN"), "Ingrid Falk": ("Đại sứ", "NO")})
    dates = [("Chiều 6/11", "2024-11-06", "afternoon")]
    main = extract_events(annotate(text, people, dates))[0]
    assert main.type == "signing"
    assert main.location == "dinh Độc Lập (TP. Hồ Chí Minh)"


def test_a_title_naming_a_seat_is_no_side() -> None:
    # the titles stage reads "Tổng thống" of "Phủ Tổng thống" as the President, who is not there
    text = (
        "Sáng 3-5, tại Phủ Tổng thống ở thủ đô Lima, Thủ tướng Peru Lucía Paredes đã chủ trì "
        "lễ đón Thủ tướng Trịnh Quốc Hưng. Chiều cùng ngày, Thủ tướng Trịnh Quốc Hưng sẽ hội "
        "kiến Tổng thống Peru Mateo Quispe."
    )
    people = titled(
        {
            "Lucía Paredes": ("Thủ tướng Peru", "PE"),
            "Trịnh Quốc Hưng": ("Thủ tướng", "VN"),
            "Mateo Quispe": ("Tổng thống Peru", "PE"),
        }
    )
    doc = annotate(text, people, [("Sáng 3-5", "2024-05-03", "morning")])
    seat = text.index("Tổng thống")
    persons = [
        attrs.evolve(p, mentions=(Span(seat, seat + len("Tổng thống")), *p.mentions))
        if p.name == "Mateo Quispe"
        else p
        for p in doc.people
    ]
    main = extract_events(attrs.evolve(doc, people=tuple(persons)))[0]
    assert main.type == "reception"
    assert roles(main) == [("Lucía Paredes", "host"), ("Trịnh Quốc Hưng", "guest")]
    assert main.location == "Phủ Tổng thống ở thủ đô Lima"


def test_a_relative_day_set_off_by_a_comma_gives_the_part_of_day() -> None:
    text = "Chiều qua, 12/6 Chủ tịch nước Mai Đức Toàn đã tiếp Đại sứ Lars Eriksen."
    people = titled({"Mai Đức Toàn": ("Chủ tịch nước", "VN"), "Lars Eriksen": ("Đại sứ", "DK")})
    main = extract_events(annotate(text, people, [("12/6", "2024-06-12")]))[0]
    assert main.type == "reception"
    assert main.part_of_day == "afternoon"


def test_the_years_an_anniversary_counts_do_not_date_the_message() -> None:
    text = (
        "Nhân dịp kỷ niệm 50 năm Quốc khánh nước Cộng hòa Ghana (6.3.1974 – 6.3.2024), Tổng "
        "thống Ghana Kwame Asante đã gửi điện mừng tới Chủ tịch nước Vũ Hữu Phước."
    )
    people = titled(
        {"Kwame Asante": ("Tổng thống Ghana", "GH"), "Vũ Hữu Phước": ("Chủ tịch nước", "VN")}
    )
    dates = [("6.3.1974 – 6.3.2024", "1974-03-06/2024-03-06")]
    main = extract_events(annotate(text, people, dates))[0]
    assert main.type == "message"
    assert main.date is None


def test_a_conference_trip_told_by_its_end_is_not_dated_by_the_return() -> None:
    text = (
        "Ngày 5-10, Chủ tịch Quốc hội Lưu Văn Định và Đoàn đại biểu Quốc hội đã về tới Hà Nội, "
        "kết thúc tốt đẹp chuyến tham dự Hội nghị Nghị viện châu Á tại Ma-lai-xi-a."
    )
    people = titled({"Lưu Văn Định": ("Chủ tịch Quốc hội", "VN")})
    main = extract_events(annotate(text, people, [("Ngày 5-10", "2024-10-05")]))[0]
    assert main.type == "attend"
    assert main.date is None
    assert main.location == "Ma-lai-xi-a"


def test_the_witnesses_named_after_a_signing_take_part_in_it() -> None:
    text = (
        "Ngày 15/2, Vụ trưởng Lý Thanh Phong đã ký biên bản với ông Rafael Ortega - Vụ trưởng "
        "Bộ Tài chính Chile. Chứng kiến lễ ký có Đại sứ Việt Nam tại Chile Tạ Minh Châu, cùng "
        "đại diện Bộ Ngoại giao Chile."
    )
    people = titled(
        {
            "Lý Thanh Phong": ("Vụ trưởng", "VN"),
            "Rafael Ortega": ("Vụ trưởng Bộ Tài chính Chile", "CL"),
            "Tạ Minh Châu": ("Đại sứ Việt Nam tại Chile", "VN"),
        }
    )
    main = extract_events(annotate(text, people, [("Ngày 15/2", "2024-02-15")]))[0]
    assert main.type == "signing"
    assert roles(main) == [
        ("Lý Thanh Phong", "participant"),
        ("Rafael Ortega", "participant"),
        ("Tạ Minh Châu", "participant"),
    ]


def test_an_announced_visit_is_dated_by_the_span_that_follows() -> None:
    text = (
        "Ngày 3/5, Bộ Ngoại giao Canada cho biết tuần tới, Ngoại trưởng Claire Dubois sẽ có "
        "chuyến thăm chính thức đầu tiên tới Chile và Peru.\n\n"
        "Theo kế hoạch, bà Claire Dubois sẽ tới Santiago và Lima từ ngày 9-12/5."
    )
    people = titled({"Claire Dubois": ("Ngoại trưởng", "CA")})
    dates = [("Ngày 3/5", "--05-03"), ("từ ngày 9-12/5", "--05-09/--05-12")]
    doc = annotate(text, people, dates)
    body = [Block(0, text.index("\n\n"), "body"), Block(text.index("Theo"), len(text), "body")]
    headline = "Ngoại trưởng Canada lên kế hoạch thăm Chile và Peru"
    main = extract_events(attrs.evolve(doc, blocks=body, title=headline))[0]
    assert main.type == "visit"
    assert main.date == "--05-09/--05-12"


def test_who_is_invited_to_visit_later_is_no_visitor_now() -> None:
    text = (
        "Chiều 8/4, Chủ tịch nước Đoàn Minh Sơn và Tổng thống Jonas Lindqvist đã tiến hành hội "
        "đàm. Tổng thống Jonas Lindqvist mời Chủ tịch nước Đoàn Minh Sơn sang thăm chính thức "
        "Thụy Điển vào năm tới. Chủ tịch nước Đoàn Minh Sơn chào mừng Tổng thống Jonas "
        "Lindqvist đã đến thăm chính thức Việt Nam."
    )
    people = titled(
        {"Đoàn Minh Sơn": ("Chủ tịch nước", "VN"), "Jonas Lindqvist": ("Tổng thống", "SE")}
    )
    dates = [("Chiều 8/4", "2024-04-08", "afternoon")]
    main = extract_events(annotate(text, people, dates))[0]
    assert main.type == "talks"
    assert roles(main) == [("Jonas Lindqvist", "guest"), ("Đoàn Minh Sơn", "host")]


def test_who_welcomed_the_delegation_hosts_the_visit() -> None:
    text = (
        "Ngày 5/4, đoàn công tác tỉnh Cao Bằng do đồng chí Nông Văn Sơn làm trưởng đoàn đã "
        "thăm và chúc Tết tại tỉnh Savannakhet. Đón tiếp và làm việc với đoàn, về phía tỉnh "
        "Savannakhet có đồng chí Souk Phanthavong, Tỉnh trưởng tỉnh Savannakhet."
    )
    people = titled(
        {"Nông Văn Sơn": ("Trưởng đoàn", "VN"), "Souk Phanthavong": ("Tỉnh trưởng", "LA")}
    )
    main = extract_events(annotate(text, people, [("Ngày 5/4", "2024-04-05")]))[0]
    assert main.type == "visit"
    assert roles(main) == [("Nông Văn Sơn", "guest"), ("Souk Phanthavong", "host")]


def test_a_clause_with_a_plain_verb_before_the_semicolon_is_no_list_item() -> None:
    text = (
        "Sáng 5/3, Bộ trưởng Vũ Đình Lâm chủ trì hội nghị tổng kết; Thứ trưởng Ngô Thị Hạnh "
        "tiếp Đại sứ Karl Ostrander."
    )
    people = titled(
        {
            "Vũ Đình Lâm": ("Bộ trưởng", "VN"),
            "Ngô Thị Hạnh": ("Thứ trưởng", "VN"),
            "Karl Ostrander": ("Đại sứ", "SE"),
        }
    )
    main = extract_events(annotate(text, people, [("Sáng 5/3", "2024-03-05", "morning")]))[0]
    assert main.type == "reception"
    assert roles(main) == [("Karl Ostrander", "guest"), ("Ngô Thị Hạnh", "host")]


def test_a_reception_hosted_by_a_body_takes_the_host_paired_with_the_guest_later() -> None:
    text = (
        "Chiều 9/10, tại Hà Nội, Bộ Tư pháp Việt Nam tổ chức lễ đón chính thức đoàn đại biểu "
        "Bộ Tư pháp Hungary do Bộ trưởng Gábor Kertész làm trưởng đoàn sang thăm Việt Nam. "
        "Hai bên trao đổi về hợp tác pháp luật. Cuối buổi, Bộ trưởng Lương Thế Vinh và Bộ "
        "trưởng Gábor Kertész đã ký Bản ghi nhớ."
    )
    people = titled({"Gábor Kertész": ("Bộ trưởng", "HU"), "Lương Thế Vinh": ("Bộ trưởng", "VN")})
    dates = [("Chiều 9/10", "2024-10-09", "afternoon")]
    main = extract_events(annotate(text, people, dates))[0]
    assert main.type == "reception"
    assert roles(main) == [("Gábor Kertész", "guest"), ("Lương Thế Vinh", "host")]


def test_a_verb_between_two_names_pairs_no_one() -> None:
    text = (
        "Chiều 9/10, tại Hà Nội, Bộ Tư pháp Việt Nam tổ chức lễ đón chính thức đoàn đại biểu "
        "Bộ Tư pháp Hungary do Bộ trưởng Gábor Kertész làm trưởng đoàn sang thăm Việt Nam. "
        "Cùng ngày, Bộ trưởng Gábor Kertész và các thành viên trong đoàn đã đến chào Phó Thủ "
        "tướng Lê Hồng Quân."
    )
    people = titled({"Gábor Kertész": ("Bộ trưởng", "HU"), "Lê Hồng Quân": ("Phó Thủ tướng", "VN")})
    dates = [("Chiều 9/10", "2024-10-09", "afternoon")]
    main = extract_events(annotate(text, people, dates))[0]
    assert main.type == "reception"
    assert roles(main) == [("Gábor Kertész", "guest")]
