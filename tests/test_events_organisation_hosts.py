"""The host of a visit to a body is its head named later, in invented words (round 4): an
embassy's envoy of its country, a people's committee's or a ministry's office holder."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled


def test_an_embassy_visit_is_hosted_by_its_country_s_envoy() -> None:
    text = (
        "Ngày 3/9, đoàn đại biểu Hội Nông dân Việt Nam do ông Lê Văn Sơn làm trưởng đoàn đã "
        "đến thăm, chúc mừng Đại sứ quán nước Cộng hòa Ba Lan tại Việt Nam.\n\n"
        "Ông Lê Văn Sơn gửi lời chúc mừng tới nhân dân Ba Lan.\n\n"
        "Tiếp đó, Đại sứ Ba Lan tại Việt Nam Marek Nowak cảm ơn đoàn."
    )
    people = {
        "Lê Văn Sơn": {"titles": ["Chủ tịch Hội Nông dân Việt Nam"], "country": "VN"},
        "Marek Nowak": {"titles": ["Đại sứ Ba Lan tại Việt Nam"], "country": "PL"},
    }
    main = extract_events(annotate(text, people))[0]
    assert main.type == "visit"
    assert roles(main) == [("Lê Văn Sơn", "guest"), ("Marek Nowak", "host")]


def test_an_envoy_of_another_country_hosts_no_embassy_visit() -> None:
    text = (
        "Ngày 3/9, ông Lê Văn Sơn đã đến thăm Đại sứ quán Ba Lan tại Việt Nam.\n\n"
        "Cùng ngày, Đại sứ Séc tại Việt Nam Jan Novák dự tiệc."
    )
    people = {
        "Lê Văn Sơn": {"titles": ["Chủ tịch Hội Nông dân Việt Nam"], "country": "VN"},
        "Jan Novák": {"titles": ["Đại sứ Séc tại Việt Nam"], "country": "CZ"},
    }
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Lê Văn Sơn", "guest")]


def test_a_district_committee_visit_is_hosted_by_its_chairman_not_the_deputy() -> None:
    text = (
        "Sáng 12/4, đoàn công tác thành phố Lyon do ông Pierre Martin, Phó Thị trưởng làm "
        "trưởng đoàn đã đến thăm và làm việc với UBND quận Hải Châu, thành phố Đà Nẵng.\n\n"
        "Tại buổi làm việc, Phó Chủ tịch UBND quận Hải Châu Trần Thị Mai giới thiệu tình hình.\n\n"
        "Chủ tịch UBND quận Hải Châu Nguyễn Hữu Phước cảm ơn đoàn."
    )
    people = titled(
        {
            "Pierre Martin": ("Phó Thị trưởng", "FR"),
            "Trần Thị Mai": ("Phó Chủ tịch UBND quận Hải Châu", "VN"),
            "Nguyễn Hữu Phước": ("Chủ tịch UBND quận Hải Châu", "VN"),
        }
    )
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Nguyễn Hữu Phước", "host"), ("Pierre Martin", "guest")]


def test_a_ministry_visit_is_hosted_by_its_minister() -> None:
    text = (
        "Chiều 8/6, Tổng thư ký Liên đoàn Lao động Anh Sarah Jones đã thăm và làm việc với Bộ "
        "Lao động - Thương binh và Xã hội.\n\n"
        "Bộ trưởng Lao động - Thương binh và Xã hội Đào Văn Hưng chào mừng bà Sarah Jones."
    )
    people = titled(
        {
            "Sarah Jones": ("Tổng thư ký Liên đoàn Lao động Anh", "GB"),
            "Đào Văn Hưng": ("Bộ trưởng Lao động - Thương binh và Xã hội", "VN"),
        }
    )
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Sarah Jones", "guest"), ("Đào Văn Hưng", "host")]


def test_a_holder_of_another_body_hosts_nothing() -> None:
    text = (
        "Sáng 12/4, ông Pierre Martin đã đến thăm và làm việc với UBND quận Hải Châu.\n\n"
        "Chủ tịch UBND quận Sơn Trà Võ Minh Khoa cũng dự buổi làm việc."
    )
    people = titled(
        {
            "Pierre Martin": ("Phó Thị trưởng", "FR"),
            "Võ Minh Khoa": ("Chủ tịch UBND quận Sơn Trà", "VN"),
        }
    )
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Pierre Martin", "guest")]
