"""A side the body writes by office alone, named only in a dropped sapo or the headline.

The sapo (a summary above the lead) is no body, but a reader resolves the body's "Chủ tịch
Quốc hội sẽ thăm ..." to the person the sapo names with that office (README "Facts only in a
dropped sapo", round 10 #2). Fragments written for these tests (other names, places and
outlets than any real page).
"""

from __future__ import annotations

import vndiplo


def _main(text: str) -> tuple[str, list[tuple[str, str]]]:
    doc = vndiplo.extract(text)
    assert doc.events, "no event"
    main = doc.events[0]
    return main.type, [(p.name, p.role) for p in main.participants]


def _people(text: str) -> list[str]:
    return [p.name for p in vndiplo.extract(text).people]


def _dropped(text: str, words: str) -> bool:
    """No body block holds ``words`` (the sapo is not body, so the test reads the class)."""
    doc = vndiplo.extract(text)
    return not any(words in text[b.start : b.end] for b in doc.body_blocks)


TAIL = "Chuyến thăm nhằm thúc đẩy hợp tác kinh tế, giáo dục và văn hóa giữa hai nước.\n"


def test_a_credited_sapo_names_the_visitor_the_body_writes_by_office() -> None:
    text = (
        "Thủ tướng sắp thăm chính thức Hungary và Séc\n\n"
        "VOV.VN - Thủ tướng Chính phủ Lê Văn Bình sẽ thăm chính thức Hungary và Séc.\n\n"
        "Nhận lời mời của Thủ tướng Hungary và Thủ tướng Séc, Thủ tướng Chính phủ sẽ thăm "
        "chính thức hai nước từ ngày 3 đến 8/6.\n\n" + TAIL
    )
    assert _dropped(text, "Lê Văn Bình")
    kind, sides = _main(text)
    assert kind == "visit"
    assert ("Lê Văn Bình", "guest") in sides
    assert "Lê Văn Bình" in _people(text)


def test_a_reception_host_named_only_in_the_sapo() -> None:
    text = (
        "Bộ trưởng Ngoại giao tiếp Đại sứ Chile\n\n"
        "Bộ trưởng Ngoại giao Trần Minh Khoa đánh giá cao đóng góp của Đại sứ Chile trong "
        "nhiệm kỳ công tác tại Việt Nam.\n\n"
        "Chiều 12/9, tại Hà Nội, Bộ trưởng Ngoại giao đã tiếp ông Pedro Alvarez Soto, Đại sứ "
        "Chile tại Việt Nam, đến chào từ biệt nhân dịp kết thúc nhiệm kỳ.\n\n"
        "Hai bên trao đổi về quan hệ hợp tác giữa hai nước trong thời gian tới.\n"
    )
    assert _dropped(text, "Trần Minh Khoa")
    kind, sides = _main(text)
    assert kind == "reception"
    assert ("Trần Minh Khoa", "host") in sides


def test_the_office_as_the_object_of_the_act() -> None:
    text = (
        "Đại sứ Việt Nam chào xã giao Chủ tịch Thượng viện Chile\n\n"
        "(VOV) - Chủ tịch Thượng viện Chile Andrea Molina tiếp Đại sứ Việt Nam Phan Quốc Dũng "
        "tại Santiago.\n\n"
        "Ngày 4/5, Đại sứ Việt Nam tại Chile Phan Quốc Dũng đã chào xã giao Chủ tịch Thượng "
        "viện tại trụ sở Quốc hội Chile ở thành phố Valparaiso.\n\n"
        "Hai bên trao đổi về quan hệ hữu nghị giữa hai nước.\n"
    )
    kind, sides = _main(text)
    assert kind == "reception"
    assert ("Andrea Molina", "host") in sides


def test_a_sapo_by_form_with_no_credit_above_a_dated_lead() -> None:
    text = (
        "Chủ tịch nước hội đàm với Tổng thống Mông Cổ\n\n"
        "Chủ tịch nước Hoàng Văn Lâm và Tổng thống Mông Cổ Bat-Erdene Ganbold nhất trí nâng cấp "
        "quan hệ hai nước lên Đối tác toàn diện.\n\n"
        "Toàn cảnh buổi hội đàm. Ảnh: Minh Đức\n\n"
        "Sáng 15/10, tại Phủ Chủ tịch, Chủ tịch nước đã hội đàm với Tổng thống Mông Cổ đang "
        "thăm cấp Nhà nước Việt Nam.\n\n"
        "Tại hội đàm, hai bên đánh giá cao kết quả hợp tác trong thời gian qua.\n"
    )
    assert _dropped(text, "Hoàng Văn Lâm")
    kind, sides = _main(text)
    assert kind == "talks"
    names = {name for name, _ in sides}
    assert {"Hoàng Văn Lâm", "Bat-Erdene Ganbold"} <= names


def test_a_shorter_office_in_the_body_than_in_the_sapo() -> None:
    text = (
        "Chủ tịch Quốc hội sẽ thăm Ai Cập\n\n"
        "Chủ tịch Quốc hội Đỗ Minh Tuấn thăm chính thức Ai Cập nhằm làm sâu sắc quan hệ hữu "
        "nghị truyền thống giữa hai nước.\n\n"
        "Theo lời mời của Chủ tịch Hạ viện Ai Cập, Chủ tịch Quốc hội sẽ thăm chính thức Ai "
        "Cập từ ngày 20 đến 23/11.\n\n" + TAIL
    )
    assert _dropped(text, "Đỗ Minh Tuấn")
    kind, sides = _main(text)
    assert kind == "visit"
    assert ("Đỗ Minh Tuấn", "guest") in sides


def test_the_headline_gives_the_name_the_body_writes_by_office() -> None:
    text = (
        "Phó Thủ tướng Nguyễn Hữu Phong sẽ thăm Brazil\n\n"
        "Theo lời mời của Phó Tổng thống Brazil, Phó Thủ tướng sẽ thăm chính thức Brazil từ "
        "ngày 9 đến 12/7.\n\n" + TAIL
    )
    kind, sides = _main(text)
    assert kind == "visit"
    assert ("Nguyễn Hữu Phong", "guest") in sides


def test_a_longer_office_of_another_country_is_not_the_sapo_person() -> None:
    # the body's "Chủ tịch Quốc hội Hungary" is the host, not the sapo's Vietnamese speaker
    text = (
        "Chủ tịch Quốc hội sẽ thăm Hungary\n\n"
        "(TTXVN) - Chủ tịch Quốc hội Đỗ Minh Tuấn sẽ thăm chính thức Hungary.\n\n"
        "Chiều 5/4, Chủ tịch Quốc hội Hungary đã tiếp Đại sứ Việt Nam tại Budapest để chuẩn "
        "bị cho chuyến thăm.\n\n" + TAIL
    )
    doc = vndiplo.extract(text)
    for event in doc.events:
        if event.type == "reception":
            assert "Đỗ Minh Tuấn" not in {p.name for p in event.participants}


def test_a_deputy_office_is_not_the_sapo_person() -> None:
    text = (
        "Phó Chủ tịch Quốc hội sẽ thăm Hungary\n\n"
        "(TTXVN) - Chủ tịch Quốc hội Đỗ Minh Tuấn giao Phó Chủ tịch Quốc hội dẫn đầu đoàn.\n\n"
        "Nhận lời mời của Quốc hội Hungary, Phó Chủ tịch Quốc hội sẽ thăm chính thức Hungary "
        "từ ngày 2 đến 5/4.\n\n" + TAIL
    )
    doc = vndiplo.extract(text)
    for event in doc.events:
        assert "Đỗ Minh Tuấn" not in {p.name for p in event.participants}


def test_two_holders_of_the_office_resolve_to_no_one() -> None:
    text = (
        "Hai Bộ trưởng hội đàm tại Hà Nội\n\n"
        "(VNA) - Bộ trưởng Lê Thành Công và Bộ trưởng Ngô Văn Hải cùng dự hội nghị.\n\n"
        "Sáng 2/3, Bộ trưởng đã tiếp Đại sứ Pháp tại Hà Nội.\n\n"
        "Hai bên trao đổi về hợp tác giữa hai nước.\n"
    )
    doc = vndiplo.extract(text)
    for event in doc.events:
        names = {p.name for p in event.participants}
        assert not names & {"Lê Thành Công", "Ngô Văn Hải"}
