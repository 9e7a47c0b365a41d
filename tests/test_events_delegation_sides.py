"""Sides of a delegation's event, in invented words (round 4): a coordinated subject keeps
every conjunct, a bare title in apposition is no side of its own, the delegation's head is
named in a members sentence, the host of a visit after "có:", and the host cue "chủ nhà"."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

from vndiplo.model import Document, Person, Span


def test_a_coordinated_subject_keeps_every_conjunct() -> None:
    text = (
        "Bộ trưởng Ngoại giao Na Uy Ingrid Solberg và Chủ tịch Quốc hội Na Uy Tor Halvorsen "
        "sẽ sang thăm Việt Nam vào tháng 5 tới."
    )
    people = titled(
        {"Ingrid Solberg": ("Bộ trưởng Ngoại giao", "NO"), "Tor Halvorsen": ("Chủ tịch", "NO")}
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "visit"
    assert roles(main) == [("Ingrid Solberg", "guest"), ("Tor Halvorsen", "guest")]


def test_coordination_with_titles_in_apposition_keeps_both() -> None:
    text = (
        "Ông Lars Berg, Thị trưởng thành phố Bergen, và bà Eva Lund, Chủ tịch Hội đồng thành phố,"
        " đã đến thăm tỉnh Quảng Ngãi."
    )
    main = extract_events(annotate(text, ["Lars Berg", "Eva Lund"]))[0]
    assert roles(main) == [("Eva Lund", "guest"), ("Lars Berg", "guest")]


def test_an_inviter_before_the_visitor_is_no_conjunct() -> None:
    text = (
        "Nhận lời mời của Chủ tịch nước Hoàng Văn Lâm, Tổng thống Chile Rosa Medina sẽ thăm "
        "Việt Nam."
    )
    people = titled({"Hoàng Văn Lâm": ("Chủ tịch nước", "VN"), "Rosa Medina": ("Tổng thống", "CL")})
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Rosa Medina", "guest")]


def test_a_verb_between_two_names_joins_no_subjects() -> None:
    text = "Thủ tướng Đỗ Minh Tâm đã mời Thủ tướng Séc Pavel Dvořák và Phu nhân sang thăm Hà Nội."
    people = titled({"Đỗ Minh Tâm": ("Thủ tướng", "VN"), "Pavel Dvořák": ("Thủ tướng", "CZ")})
    events = extract_events(annotate(text, people))
    visit = next(e for e in events if e.type == "visit")
    assert roles(visit) == [("Pavel Dvořák", "guest")]


def test_a_bare_title_in_apposition_is_no_side_of_its_own() -> None:
    # the titles stage linked "Thứ trưởng Bộ Công Thương" to the other deputy minister of the
    # article; after "Name, " it only describes the name before it
    text = (
        "Ngày 3-5, đoàn công tác của Bộ Công Thương do PGS.TS Lý Thành Đạt, Thứ trưởng Bộ Công "
        "Thương làm trưởng đoàn đã đến Phnôm Pênh, bắt đầu chuyến thăm chính thức Campuchia. "
        "Tiếp đoàn có ông Sok Vanna, Thứ trưởng Bộ Công Thương Campuchia."
    )
    title = "Thứ trưởng Bộ Công Thương"
    first_title = text.find(title)
    host_at = text.find("Sok Vanna")
    dat = text.find("Lý Thành Đạt")
    people = [
        Person(
            name="Lý Thành Đạt",
            titles=(title,),
            country="VN",
            mentions=[Span(dat, dat + len("Lý Thành Đạt"))],
        ),
        Person(
            name="Sok Vanna",
            titles=(title + " Campuchia",),
            country="KH",
            mentions=[
                Span(first_title, first_title + len(title)),
                Span(host_at, host_at + len("Sok Vanna")),
            ],
        ),
    ]
    main = extract_events(Document(text=text, people=people))[0]
    assert main.type == "visit"
    assert ("Lý Thành Đạt", "guest") in roles(main)
    assert ("Sok Vanna", "guest") not in roles(main)


def test_a_list_of_bare_titles_is_no_apposition() -> None:
    text = (
        # a meeting, not a message: senders of several countries each send their own letter,
        # the first written main (README AK2, round 11)
        "Chủ tịch Thượng viện Chile, Chủ tịch Hạ viện Peru đã hội kiến ông Phan Quốc Bảo, Chủ "
        "tịch Quốc hội."
    )
    chile, peru = "Chủ tịch Thượng viện Chile", "Chủ tịch Hạ viện Peru"
    people = [
        Person(name="Ana Torres", titles=(chile,), country="CL", mentions=[Span(0, len(chile))]),
        Person(
            name="Luis Quispe",
            titles=(peru,),
            country="PE",
            mentions=[Span(text.find(peru), text.find(peru) + len(peru))],
        ),
    ]
    main = extract_events(Document(text=text, people=people))[0]
    names = {p.name for p in main.participants}
    assert {"Ana Torres", "Luis Quispe"} <= names


def test_the_host_of_a_visit_after_co_with_a_colon() -> None:
    text = (
        "Ngày 12-9, đoàn công tác Bộ Nông nghiệp Việt Nam do ông Trần Hữu Phước, Thứ trưởng, "
        "làm trưởng đoàn đã bắt đầu chuyến thăm chính thức Mông Cổ. "
        "Tiếp và làm việc với đoàn, về phía Bộ Nông nghiệp Mông Cổ có: ông Bat-Erdene Ganbold, "
        "Thứ trưởng; lãnh đạo các vụ."
    )
    people = titled(
        {"Trần Hữu Phước": ("Thứ trưởng", "VN"), "Bat-Erdene Ganbold": ("Thứ trưởng", "MN")}
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "visit"
    assert roles(main) == [("Bat-Erdene Ganbold", "host"), ("Trần Hữu Phước", "guest")]


def test_the_first_member_of_the_delegation_is_the_guest() -> None:
    for members in ("Tham gia Đoàn có Ngài", "Thành phần đoàn gồm:"):
        text = (
            "Đồng chí Lưu Văn Hòa, Chủ tịch UBND tỉnh, đã tiếp Đoàn đại biểu Đại sứ quán Phần Lan. "
            f"{members} Mikko Virtanen, Đại sứ Phần Lan tại Việt Nam; bà Aino Koskinen, Tham tán."
        )
        people = titled(
            {
                "Lưu Văn Hòa": ("Chủ tịch UBND tỉnh", "VN"),
                "Mikko Virtanen": ("Đại sứ", "FI"),
                "Aino Koskinen": ("Tham tán", "FI"),
            }
        )
        main = extract_events(annotate(text, people))[0]
        assert main.type == "reception"
        assert roles(main) == [("Lưu Văn Hòa", "host"), ("Mikko Virtanen", "guest")], members


def test_the_counterpart_of_the_host_country_hosts_the_talks() -> None:
    text = (
        "Sau lễ đón, Thủ tướng Ý Paolo Ricci đã hội đàm với người đồng nhiệm nước chủ nhà "
        "Phùng Đức Hải."
    )
    people = titled({"Paolo Ricci": ("Thủ tướng", "IT"), "Phùng Đức Hải": ("Thủ tướng", "VN")})
    main = extract_events(annotate(text, people))[0]
    assert main.type == "talks"
    assert roles(main) == [("Paolo Ricci", "guest"), ("Phùng Đức Hải", "host")]


def test_a_joint_tour_of_both_sides_names_no_visitor() -> None:
    text = (
        "Sáng 4-6, Chủ tịch Quốc hội Mai Đức Toàn hội đàm với Chủ tịch Quốc hội Kenya Grace "
        "Wanjiru. Trước đó, Chủ tịch Quốc hội Mai Đức Toàn chủ trì lễ đón Chủ tịch Quốc hội Kenya "
        "Grace Wanjiru. Sau lễ đón, Chủ tịch Quốc hội Mai Đức Toàn và Chủ tịch Quốc hội Kenya "
        "Grace Wanjiru đã thăm Phòng Truyền thống."
    )
    people = titled(
        {"Mai Đức Toàn": ("Chủ tịch Quốc hội", "VN"), "Grace Wanjiru": ("Chủ tịch", "KE")}
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "talks"
    assert roles(main) == [("Grace Wanjiru", "guest"), ("Mai Đức Toàn", "host")]
