"""Sides named outside the event's sentence, in invented words (round 5, sides9): a later
subject-only welcome ("A chủ trì tiếp đón", "B tiếp và làm việc với đoàn") or a welcome list
("Đón tiếp X ... có A và B") names the hosts; a side named by its office ("Tổng Lãnh sự nước
L") or its institution ("Sở Ngoại vụ", "lãnh đạo tỉnh K") is the person holding it."""

from __future__ import annotations

import vndiplo

_RUNNER = vndiplo.Runner()


def _main_roles(text: str) -> list[tuple[str, str]]:
    doc = _RUNNER.run({"id": "t", "text": text, "published": "2021-05-20"})
    assert doc.events, "no event"
    return sorted((p.name, p.role) for p in doc.events[0].participants)


def test_a_later_chair_of_the_welcome_hosts_the_meeting() -> None:
    text = (
        "Chiều 14/5, tại Đà Nẵng, Hội Hữu nghị thành phố tổ chức gặp mặt Tùy viên Quân sự "
        "Mông Cổ, Đại tá Batbayar Ganzorig.\n"
        "Đồng chí Trần Minh Khoa, Chủ tịch Hội; đồng chí Lê Thị Hồng Vân, Phó Chủ tịch Hội cùng "
        "cán bộ Hội chủ trì tiếp đón.\n"
        "Hai bên đã trao đổi về các hoạt động giao lưu trong năm tới."
    )
    roles = _main_roles(text)
    assert ("Trần Minh Khoa", "host") in roles
    assert ("Lê Thị Hồng Vân", "host") in roles
    assert ("Batbayar Ganzorig", "guest") in roles


def test_a_later_reception_of_the_delegation_hosts_the_visit() -> None:
    text = (
        "Ngày 9/4, Bí thư Tỉnh ủy Phan Đức Lợi cùng đoàn công tác tỉnh Kon Tum đến thăm tỉnh "
        "Sê Kông (Lào).\n"
        "Chiều cùng ngày, ông Bounmy Sisavath, Tỉnh trưởng tỉnh Sê Kông tiếp và làm việc với "
        "đoàn.\n"
        "Hai bên trao đổi về hợp tác biên giới."
    )
    roles = _main_roles(text)
    assert ("Phan Đức Lợi", "guest") in roles
    assert ("Bounmy Sisavath", "host") in roles


def test_a_welcome_of_someone_else_adds_no_host() -> None:
    # must not fire: the welcome list receives another guest than the visitor
    text = (
        "Ngày 9/4, Bí thư Tỉnh ủy Phan Đức Lợi cùng đoàn công tác tỉnh Kon Tum đến thăm tỉnh "
        "Sê Kông (Lào).\n"
        "Hôm sau, đón tiếp Đại sứ Nhật Bản Sato Kenji có ông Bounmy Sisavath, Tỉnh trưởng tỉnh "
        "Sê Kông.\n"
    )
    roles = _main_roles(text)
    assert ("Bounmy Sisavath", "host") not in roles


def test_a_welcome_list_naming_the_visitor_gives_every_host() -> None:
    text = (
        "Từ ngày 3 đến ngày 6/4, đoàn đại biểu tỉnh Quảng Bình do đồng chí Vũ Đại Thắng, Bí thư "
        "Tỉnh ủy làm trưởng đoàn sang thăm các tỉnh miền Trung Lào.\n"
        "Sáng nay, đoàn đã đến thăm tỉnh Khăm Muồn.\n"
        "Đón tiếp đồng chí Bí thư Tỉnh ủy Vũ Đại Thắng và các thành viên đoàn có đồng chí "
        "Khamphan Vongsa, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Khăm Muồn và đồng chí Sengdao Phommala, "
        "Phó Bí thư Tỉnh ủy tỉnh Khăm Muồn."
    )
    roles = _main_roles(text)
    assert ("Vũ Đại Thắng", "guest") in roles
    assert ("Khamphan Vongsa", "host") in roles
    assert ("Sengdao Phommala", "host") in roles


def test_a_consul_by_office_and_a_department_by_name_resolve_to_their_holders() -> None:
    text = (
        "Chiều 2-8-2007, Tổng Lãnh sự Campuchia tại Cần Thơ đến chào từ biệt Sở Ngoại vụ tỉnh.\n"
        "Nhân dịp này, Giám đốc Sở Ngoại vụ Cần Thơ Trương Văn Lộc cảm ơn những đóng góp của "
        "ông Tổng Lãnh sự Chea Sophal trong nhiệm kỳ vừa qua."
    )
    roles = _main_roles(text)
    assert roles == [("Chea Sophal", "guest"), ("Trương Văn Lộc", "host")]


def test_an_office_held_by_another_country_is_not_taken() -> None:
    # must not fire: the only consul named is of another country than the subject's office
    text = (
        "Chiều 2-8-2007, Tổng Lãnh sự Campuchia tại Cần Thơ đến chào từ biệt Sở Ngoại vụ tỉnh.\n"
        "Trước đó, Tổng Lãnh sự Thái Lan Somchai Boonmee đã dự hội chợ ở Cần Thơ."
    )
    doc = _RUNNER.run({"id": "t", "text": text, "published": "2021-05-20"})
    farewell = next(e for e in doc.events if e.type == "reception")
    assert "Somchai Boonmee" not in [p.name for p in farewell.participants]


def test_a_visit_invited_by_a_province_s_leaders_is_hosted_by_its_governor() -> None:
    text = (
        "Nhận lời mời của lãnh đạo tỉnh Svay Rieng, chiều 12.4, Phó Chủ tịch UBND tỉnh Long An "
        "Nguyễn Văn Út làm trưởng đoàn sang chúc mừng năm mới tại tỉnh Svay Rieng.\n"
        "Ông Men Vibol, Tỉnh trưởng tỉnh Svay Rieng cảm ơn đoàn đã đến chung vui."
    )
    roles = _main_roles(text)
    assert ("Nguyễn Văn Út", "guest") in roles
    assert ("Men Vibol", "host") in roles


def test_a_caption_line_receiving_the_delegation_adds_no_host() -> None:
    # must not fire: a short undated line of its own is a photo caption, not a welcome told
    text = (
        "Ngày 9/4, Bí thư Tỉnh ủy Phan Đức Lợi cùng đoàn công tác tỉnh Kon Tum đến thăm tỉnh "
        "Sê Kông (Lào).\n\n"
        "Ông Bounmy Sisavath, Tỉnh trưởng tỉnh Sê Kông tiếp đoàn tại trụ sở.\n\n"
        "Đoàn đi thăm một số cơ sở sản xuất."
    )
    roles = _main_roles(text)
    assert ("Bounmy Sisavath", "host") not in roles
