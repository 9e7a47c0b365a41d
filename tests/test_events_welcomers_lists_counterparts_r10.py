"""Round 10, in invented words: who hosts a visit welcomed at the airport or the border, guest
lists with countries in brackets or after a colon, and counterpart phrases whose holder the
page names only later.

1. The receiving side's welcomers ("Đón X tại sân bay, về phía Lào có: A; B", "Ra cửa khẩu đón
   đoàn có A", "Về phía Hungary có A" after the landing) host a visit that names its guest only
   (README AJ3); the visitor's own people (his ambassador, "Về phía Việt Nam có" for a
   Vietnamese visitor) host nothing (round 8 #2).
2. A colon list of foreign names with a bracketed country ("các Đại sứ: A (Mexico), B (Rumani)
   và C") gives every name its shared title and country and makes each a guest; a diplomatic
   corps' or envoy's "tại Việt Nam" is no place; "nhận / tiếp nhận quốc thư" is the credentials
   act.
3. "người đồng cấp / đồng nhiệm X" with no holder named before resolves to the first person
   named after it holding the subject's office on that side.
"""

from __future__ import annotations

from typing import Any

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _main(runner: vndiplo.Runner, text: str) -> Any:
    doc = runner.run({"id": "t", "text": text, "published": None})
    assert doc.events, "no event"
    return doc, doc.events[0]


def _roles(event: Any) -> dict[str, str]:
    return {p.name: p.role for p in event.participants}


def _case(cid: str, text: str, *want: Any) -> Any:
    return pytest.param(text, *want, id=cid)


# -- 1. welcomers host the visit -------------------------------------------------------------

WELCOMERS = [
    _case(
        "state_visit_side_named_semicolons",
        "Chiều 14/5, Chủ tịch nước Đỗ Minh Quân và Phu nhân đã tới thủ đô Viêng Chăn, bắt đầu"
        " chuyến thăm chính thức Lào theo lời mời của Tổng Bí thư, Chủ tịch nước Lào Thongloun"
        " Sisoulith. Đón Chủ tịch nước và Phu nhân tại sân bay quốc tế Wattay, về phía Lào có:"
        " Phó Thủ tướng Saleumxay Kommasith; Bộ trưởng Văn phòng Chủ tịch nước Khamphan"
        " Phommathat. Về phía Việt Nam có Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm.",
        {"Saleumxay Kommasith", "Khamphan Phommathat"},
        {"Nguyễn Minh Tâm", "Thongloun Sisoulith"},
    ),
    _case(
        "foreign_president_in_hanoi_own_envoy_out",
        "Sáng 3/4, Tổng thống Chile Gabriel Boric đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước"
        " Việt Nam. Đón Tổng thống tại sân bay Nội Bài có Phó Thủ tướng Trần Lưu Quang, Thứ"
        " trưởng Ngoại giao Hà Kim Ngọc và Đại sứ Chile tại Việt Nam Patricio Becker.",
        {"Trần Lưu Quang", "Hà Kim Ngọc"},
        {"Patricio Becker"},
    ),
    _case(
        "landing_then_side_sentences",
        "Thủ tướng Phạm Minh Đức bắt đầu thăm chính thức Hungary từ ngày 17 đến 19/1. Chiều"
        " 17/1, chuyên cơ chở Thủ tướng và đoàn hạ cánh xuống sân bay Budapest. Về phía Hungary"
        " có Bộ trưởng Ngoại giao Péter Szijjártó, Đại sứ Hungary tại Việt Nam Tibor Kozma. Về"
        " phía Việt Nam có Đại sứ Nguyễn Thị Bích Thảo.",
        {"Péter Szijjártó", "Tibor Kozma"},
        {"Nguyễn Thị Bích Thảo"},
    ),
    _case(
        "own_side_listed_first",
        "Thủ tướng Phạm Minh Đức bắt đầu thăm chính thức Hungary từ ngày 17 đến 19/1. Chiều"
        " 17/1, lễ đón Thủ tướng đã được tổ chức tại sân bay Budapest. Về phía Việt Nam có Đại"
        " sứ Nguyễn Thị Bích Thảo. Về phía Hungary có Bộ trưởng Ngoại giao Péter Szijjártó.",
        {"Péter Szijjártó"},
        {"Nguyễn Thị Bích Thảo"},
    ),
    _case(
        "province_delegation_border_gate_hosts_nothing",
        "Sáng 22/3, Đoàn đại biểu tỉnh Quảng Ninh do Bí thư Tỉnh ủy Vũ Đại Thắng dẫn đầu đã"
        " sang thăm và làm việc tại Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc. Ra cửa khẩu"
        " Đông Hưng đón đoàn có Phó Chủ tịch Chính phủ Khu tự trị Quảng Tây Vi Triều Hoằng.",
        # AJ3 settles airports only: a border gate's welcomers host no visit
        set(),
        {"Vi Triều Hoằng"},
    ),
    _case(
        "ministry_visit_airport_semicolon",
        "Ngày 8/9, Bộ trưởng Bộ Công an Lương Tam Quang đã đến thủ đô Viêng Chăn, bắt đầu"
        " chuyến thăm chính thức Lào. Ra sân bay đón đoàn có Thứ trưởng Bộ An ninh Lào Khamla"
        " Sengdara; Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng.",
        {"Khamla Sengdara"},
        {"Nguyễn Bá Hùng"},
    ),
    _case(
        "parliament_leader_present_at_airport",
        "Sáng 10/6, Chủ tịch Quốc hội Trần Thanh Mẫn đến Tokyo, bắt đầu chuyến thăm chính thức"
        " Nhật Bản. Có mặt tại sân bay Haneda đón Chủ tịch Quốc hội có Phó Chủ tịch Hạ viện"
        " Nhật Bản Kaieda Banri và Đại sứ Nhật Bản tại Việt Nam Ito Naoki.",
        {"Kaieda Banri", "Ito Naoki"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "hosts", "not_hosts"), WELCOMERS)
def test_receiving_welcomers_host_the_visit(
    runner: vndiplo.Runner, text: str, hosts: set[str], not_hosts: set[str]
) -> None:
    _doc, main = _main(runner, text)
    # the visit, or the welcome ceremony that opens it when that is told as the news
    assert main.type in ("visit", "reception")
    roles = _roles(main)
    assert {n for n, r in roles.items() if r == "host"} == hosts
    assert not not_hosts & set(roles)


WELCOMER_NEAR_MISSES = [
    # only the visitor's own ambassador came to the airport
    _case(
        "own_envoy_only",
        "Ngày 8/9, Bộ trưởng Bộ Công an Lương Tam Quang đã đến thủ đô Viêng Chăn, bắt đầu"
        " chuyến thăm chính thức Lào. Ra đón đoàn tại sân bay có Đại sứ Việt Nam tại Lào Nguyễn"
        " Bá Hùng cùng cán bộ Đại sứ quán.",
    ),
    # a side list of the talks, not of a welcome
    _case(
        "side_list_of_talks",
        "Thủ tướng Phạm Minh Đức bắt đầu thăm chính thức Hungary từ ngày 17 đến 19/1. Hai bên"
        " đã trao đổi về hợp tác kinh tế. Tham dự buổi làm việc, về phía Hungary có Bộ trưởng"
        " Ngoại giao Péter Szijjártó.",
    ),
    # someone else is welcomed, not the visitor
    _case(
        "another_guest_welcomed",
        "Sáng 3/4, Tổng thống Chile Gabriel Boric đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước"
        " Việt Nam. Đón Bộ trưởng Ngoại giao Chile Alberto van Klaveren tại nhà ga có Thứ"
        " trưởng Ngoại giao Hà Kim Ngọc.",
    ),
]


@pytest.mark.parametrize("text", WELCOMER_NEAR_MISSES)
def test_no_host_from_other_lists(runner: vndiplo.Runner, text: str) -> None:
    _doc, main = _main(runner, text)
    assert main.type == "visit"
    assert not [p for p in main.participants if p.role == "host"]


# -- 2. guest lists with countries -----------------------------------------------------------

GUEST_LISTS = [
    _case(
        "city_receives_ambassadors_bracket_countries",
        "Chiều 4/6, Chủ tịch UBND thành phố Lê Văn An đã tiếp các ngài Đại sứ đặc mệnh toàn"
        " quyền tại Việt Nam: Carlos Ruiz (Liên bang Mexico), Ion Popescu (Rumani) và Tham tán"
        " Công sứ Lào tại Việt Nam Bounmy Keo đến thăm thành phố.",
        "reception",
        {
            "Lê Văn An": "host",
            "Carlos Ruiz": "guest",
            "Ion Popescu": "guest",
            "Bounmy Keo": "guest",
        },
        {"Carlos Ruiz": "MX", "Ion Popescu": "RO"},
    ),
    _case(
        "credentials_received_honorifics",
        "Sáng 12/3, tại Phủ Chủ tịch, Chủ tịch nước Đỗ Minh Quân đã nhận quốc thư của các Đại"
        " sứ: ông Jan Kowalski (Ba Lan), bà María Soto (Chile) và ông Peter Otieno (Kenya).",
        "other",
        {
            "Đỗ Minh Quân": "participant",
            "Jan Kowalski": "participant",
            "María Soto": "participant",
            "Peter Otieno": "participant",
        },
        {"Jan Kowalski": "PL", "María Soto": "CL", "Peter Otieno": "KE"},
    ),
    _case(
        "credentials_received_shared_office_commas",
        "Chiều 20/9, Phó Chủ tịch nước Hà Thị Lan tiếp nhận quốc thư của Đại sứ các nước tại"
        " Việt Nam: Hans Müller (Đức), Kenji Tanaka (Nhật Bản), Ahmed Farouk (Ai Cập).",
        "other",
        {
            "Hà Thị Lan": "participant",
            "Hans Müller": "participant",
            "Kenji Tanaka": "participant",
            "Ahmed Farouk": "participant",
        },
        {"Hans Müller": "DE", "Kenji Tanaka": "JP", "Ahmed Farouk": "EG"},
    ),
    _case(
        "credentials_presented_by_a_list",
        "Sáng 5/1, tại Phủ Chủ tịch, các Đại sứ: Hans Müller (Đức), Kenji Tanaka (Nhật Bản) và"
        " Ahmed Farouk (Ai Cập) đã trình quốc thư lên Chủ tịch nước Đỗ Minh Quân.",
        "other",
        {
            "Đỗ Minh Quân": "participant",
            "Hans Müller": "participant",
            "Kenji Tanaka": "participant",
            "Ahmed Farouk": "participant",
        },
        {},
    ),
    _case(
        "province_receives_consuls_general",
        "Chiều 2/5, Phó Chủ tịch UBND tỉnh Lê Văn Tâm tiếp Tổng Lãnh sự các nước tại TP Hồ Chí"
        " Minh: Michael Brown (Hoa Kỳ), Sato Hiroshi (Nhật Bản) và Kim Min-jun (Hàn Quốc).",
        "reception",
        {
            "Lê Văn Tâm": "host",
            "Michael Brown": "guest",
            "Sato Hiroshi": "guest",
            "Kim Min-jun": "guest",
        },
        {"Michael Brown": "US", "Sato Hiroshi": "JP", "Kim Min-jun": "KR"},
    ),
    _case(
        "ministry_receives_bare_foreign_names",
        "Sáng 8/10, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Lâm đã tiếp các Đại sứ: Carlos Ruiz, Ion"
        " Popescu và Bounmy Keo.",
        "reception",
        {
            "Đỗ Hùng Lâm": "host",
            "Carlos Ruiz": "guest",
            "Ion Popescu": "guest",
            "Bounmy Keo": "guest",
        },
        {},
    ),
]


@pytest.mark.parametrize(("text", "kind", "roles", "countries"), GUEST_LISTS)
def test_every_listed_envoy_is_a_side(
    runner: vndiplo.Runner,
    text: str,
    kind: str,
    roles: dict[str, str],
    countries: dict[str, str],
) -> None:
    doc, main = _main(runner, text)
    assert main.type == kind
    assert _roles(main) == roles
    found = {p.name: p.country for p in doc.people}
    for name, country in countries.items():
        assert found.get(name) == country


def test_diplomatic_corps_post_is_no_place(runner: vndiplo.Runner) -> None:
    _doc, main = _main(
        runner,
        "Chủ tịch UBND thành phố tiếp Đoàn Ngoại giao các nước tại Việt Nam\n\nChiều 4/6, Chủ"
        " tịch UBND thành phố Lê Văn An đã tiếp các Đại sứ: Carlos Ruiz (Mexico), Ion Popescu"
        " (Rumani) đến thăm thành phố.",
    )
    assert main.location is None


GUEST_LIST_NEAR_MISSES = [
    # countries after the colon, no names: nobody listed
    _case(
        "countries_not_names",
        "Chiều 4/6, Chủ tịch UBND thành phố Lê Văn An đã tiếp các Đại sứ: Hoa Kỳ, Nhật Bản và"
        " Hàn Quốc.",
        {"Lê Văn An"},
    ),
    # a quotation after a single office and a colon names no holder
    _case(
        "quote_after_office",
        "Ngày 4/6, Chủ tịch nước Đỗ Minh Quân tiếp Đại sứ Ion Popescu. Chủ tịch nước: Hợp tác"
        " Kinh Tế là ưu tiên.",
        {"Đỗ Minh Quân", "Ion Popescu"},
    ),
]


@pytest.mark.parametrize(("text", "names"), GUEST_LIST_NEAR_MISSES)
def test_no_listed_guest_without_a_name(runner: vndiplo.Runner, text: str, names: set[str]) -> None:
    doc, main = _main(runner, text)
    assert set(_roles(main)) == names
    assert {p.name for p in doc.people} == names


def test_delegation_place_after_ministry_name_stays(runner: vndiplo.Runner) -> None:
    _doc, main = _main(
        runner,
        "Chiều 4/6, tại Hà Nội, Bí thư Tỉnh ủy Lê Văn An đã tiếp đoàn đại biểu Bộ Ngoại giao Lào"
        " do Thứ trưởng Bounmy Keo dẫn đầu.",
    )
    assert main.location == "Hà Nội"


# -- 3. counterparts named later -------------------------------------------------------------

LATER_COUNTERPARTS = [
    _case(
        "call_minister_named_next",
        "Chiều 5/3, Bộ trưởng Bộ Ngoại giao Trần Quang Vinh đã điện đàm với người đồng cấp Nhật"
        " Bản. Bộ trưởng Kenji Yamada cảm ơn Việt Nam đã hỗ trợ.",
        {"Trần Quang Vinh", "Kenji Yamada"},
    ),
    _case(
        "online_talks_defence_minister_in_frame",
        "Sáng 12/8, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm trực tuyến với người đồng nhiệm"
        " Australia. Tại cuộc hội đàm, Bộ trưởng Richard Marles đề nghị hai bên tăng cường hợp"
        " tác.",
        {"Phan Văn Giang", "Richard Marles"},
    ),
    _case(
        "province_party_secretaries",
        "Ngày 9/10, Bí thư Tỉnh ủy Điện Biên Trần Quốc Cường đã hội đàm với người đồng cấp tỉnh"
        " Luang Prabang. Bí thư Tỉnh ủy Khamphan Phommathat cảm ơn sự giúp đỡ của tỉnh Điện Biên.",
        {"Trần Quốc Cường", "Khamphan Phommathat"},
    ),
    _case(
        "party_external_relations_chinese_reading",
        "Chiều 14/2, Trưởng Ban Đối ngoại Trung ương Lê Hoài Nam đã hội đàm với người đồng cấp"
        " Trung Quốc. Trưởng Ban Liên lạc Đối ngoại Lưu Kiến Siêu nhấn mạnh quan hệ hai Đảng.",
        {"Lê Hoài Nam", "Lưu Kiến Siêu"},
    ),
    _case(
        "foreign_minister_written_ngoai_truong",
        "Ngày 9/10, Bộ trưởng Ngoại giao Trần Quang Vinh đã điện đàm với vị đồng cấp phía Hàn"
        " Quốc. Ngoại trưởng Cho Tae-yul khẳng định Hàn Quốc coi trọng quan hệ với Việt Nam.",
        {"Trần Quang Vinh", "Cho Tae-yul"},
    ),
    _case(
        "prime_ministers_in_call_frame",
        "Chiều 14/2, Thủ tướng Lê Minh Châu đã điện đàm với người đồng cấp Singapore. Trong cuộc"
        " điện đàm, Thủ tướng Lawrence Wong chúc mừng Việt Nam.",
        {"Lê Minh Châu", "Lawrence Wong"},
    ),
]


@pytest.mark.parametrize(("text", "want"), LATER_COUNTERPARTS)
def test_counterpart_named_later(runner: vndiplo.Runner, text: str, want: set[str]) -> None:
    _doc, main = _main(runner, text)
    assert set(_roles(main)) == want


LATER_NEAR_MISSES = [
    # a deputy named later holds another office
    _case(
        "other_office_later",
        "Sáng 12/8, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm trực tuyến với người đồng nhiệm"
        " Australia. Tại cuộc hội đàm, Thứ trưởng Richard Marles đề nghị hai bên tăng cường hợp"
        " tác.",
        {"Phan Văn Giang"},
    ),
    # a minister of the subject's own country, said so, named later
    _case(
        "own_country_minister_later",
        "Chiều 14/2, Bộ trưởng Bộ Công Thương Lê Hoài Nam đã điện đàm với người đồng cấp Nhật"
        " Bản. Bộ trưởng Bộ Kế hoạch và Đầu tư Việt Nam Trần Văn Sơn cũng tham dự.",
        {"Lê Hoài Nam"},
    ),
]


@pytest.mark.parametrize(("text", "want"), LATER_NEAR_MISSES)
def test_counterpart_not_resolved_to_others(
    runner: vndiplo.Runner, text: str, want: set[str]
) -> None:
    _doc, main = _main(runner, text)
    assert set(_roles(main)) == want


def test_reception_after_received_credentials_hosts_the_receiver(runner: vndiplo.Runner) -> None:
    _doc, main = _main(
        runner,
        "Sáng 21/8, Chủ tịch nước Lương Văn Tâm tiếp nhận quốc thư của Đại sứ Ý Marco Bianchi."
        " Tại buổi tiếp, Chủ tịch nước chúc mừng Đại sứ.",
    )
    assert main.type == "reception"
    assert _roles(main) == {"Lương Văn Tâm": "host", "Marco Bianchi": "guest"}
