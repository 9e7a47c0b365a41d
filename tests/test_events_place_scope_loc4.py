"""Which place phrase the main event owns (round 4, invented words): a "tại" of an earlier
action in the sentence, a "tại" inside a delegation's description, and "ở" right after the
event word."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

from vndiplo.model import Event

_PAIR = titled({"Lâm Quốc Bảo": ("Thủ tướng", "VN"), "Arvid Holm": ("Thủ tướng Thụy Điển", "SE")})


def _main(text: str, people: dict[str, dict[str, object]] = _PAIR) -> Event:
    return extract_events(annotate(text, people))[0]


# -- a "tại" of an earlier action -----------------------------------------------------------


def test_the_place_of_an_after_clause_is_not_the_meetings() -> None:
    text = (
        "Sau khi dâng hoa tại tượng đài Liệt sĩ, Thủ tướng Lâm Quốc Bảo đã tới dinh thự "
        "Rosenbad để gặp Thủ tướng Arvid Holm."
    )
    main = _main(text)
    assert main.type == "meeting"
    assert main.location is None


def test_the_place_of_a_welcome_before_the_talks_is_the_welcomes() -> None:
    text = (
        "Sáng 14/5, sau lễ đón chính thức Thủ tướng Arvid Holm tại Dinh Độc Lập, Thủ tướng "
        "Lâm Quốc Bảo đã hội đàm với Thủ tướng Arvid Holm."
    )
    main = _main(text)
    assert main.type == "talks"
    # the "tại" is the welcome's clause, not the talks' own; but the talks that go on from
    # the welcome were held where it was (README round 5 "Sau lễ đón", welcome_scene.py)
    assert main.location == "Dinh Độc Lập"
    # the ceremony's place still says whose ground it is: the guest came from abroad
    assert roles(main) == [("Arvid Holm", "guest"), ("Lâm Quốc Bảo", "host")]


def test_the_first_of_a_list_of_activities_keeps_its_place() -> None:
    text = (
        "Ngày 3-5, Thủ tướng Lâm Quốc Bảo đã đến đặt vòng hoa tại Đài tưởng niệm Chiến sĩ, "
        "tham quan một nhà máy, hội kiến Thủ tướng Arvid Holm."
    )
    main = _main(text)
    assert main.type == "meeting"
    assert main.location is None


def test_a_fronted_place_still_governs_the_clause() -> None:
    for text in (
        "Sáng 3-5, tại Stockholm, Thủ tướng Lâm Quốc Bảo đã hội kiến Thủ tướng Arvid Holm.",
        "Theo phóng viên thường trú, tại Stockholm, chiều 3-5, Thủ tướng Lâm Quốc Bảo đã hội "
        "kiến Thủ tướng Arvid Holm.",
    ):
        assert _main(text).location == "Stockholm", text


def test_a_place_in_the_same_clause_as_the_event_still_counts() -> None:
    text = "Thủ tướng Lâm Quốc Bảo tại Stockholm đã hội kiến Thủ tướng Arvid Holm."
    assert _main(text).location == "Stockholm"


def test_the_trip_a_clause_continues_places_the_event_in_it() -> None:
    text = (
        "Tiếp tục chuyến thăm và làm việc tại tỉnh Xiêng Khoảng, nước Cộng hòa dân chủ nhân "
        "dân Lào, sáng nay, Thủ tướng Lâm Quốc Bảo đã hội kiến Thủ tướng Arvid Holm."
    )
    assert _main(text).location == "tỉnh Xiêng Khoảng, nước Cộng hòa dân chủ nhân dân Lào"


def test_a_visit_owns_the_place_of_the_arrival_that_opens_it() -> None:
    text = (
        "Sáng 12/3, Thủ tướng Lâm Quốc Bảo dẫn đầu đoàn công tác đã có mặt tại Thái Lan, mở "
        "đầu chuyến thăm và làm việc ba nước châu Á."
    )
    main = _main(text, titled({"Lâm Quốc Bảo": ("Thủ tướng", "VN")}))
    assert main.type == "visit"
    assert main.location == "Thái Lan"


# -- a "tại" inside a delegation's description ------------------------------------------------

_HOSTS = titled(
    {
        "Trịnh Văn Khải": ("Chủ tịch UBND tỉnh", "VN"),
        "Hoàng Mai Anh": ("phu nhân Bộ trưởng", "VN"),
        "Đặng Quốc Việt": ("Đại sứ", "VN"),
    }
)


def test_where_a_delegations_members_serve_is_not_the_receptions_place() -> None:
    text = (
        "Sáng 12/10, Chủ tịch UBND tỉnh Trịnh Văn Khải tiếp xã giao Đoàn Ngoại giao gồm: các "
        "tham tán, trưởng văn phòng tổ chức quốc tế và câu lạc bộ phu nhân đại sứ tại Hà Nội do "
        "bà Hoàng Mai Anh làm Trưởng đoàn."
    )
    main = _main(text, _HOSTS)
    assert main.type == "reception"
    assert main.location is None


def test_the_post_in_a_delegation_heads_title_is_not_the_meetings_place() -> None:
    text = (
        "Chiều 2/8, Hội hữu nghị đã tổ chức buổi gặp mặt Đoàn các trưởng cơ quan đại diện "
        "nhiệm kỳ mới do ông Đặng Quốc Việt, Đại sứ, Trưởng Phái đoàn thường trực bên cạnh "
        "các tổ chức quốc tế tại Viên, Áo làm trưởng đoàn."
    )
    main = _main(text, _HOSTS)
    assert main.location is None


def test_a_place_before_the_delegation_or_after_a_verb_is_kept() -> None:
    fronted = (
        "Sáng 12/10, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Trịnh Văn Khải tiếp Đoàn Ngoại "
        "giao do bà Hoàng Mai Anh làm Trưởng đoàn."
    )
    assert _main(fronted, _HOSTS).location == "Trụ sở UBND tỉnh"
    led = (
        "Sáng 12/10, Chủ tịch UBND tỉnh Trịnh Văn Khải tiếp Đoàn Ngoại giao do bà Hoàng Mai "
        "Anh dẫn đầu tại Trụ sở UBND tỉnh."
    )
    assert _main(led, _HOSTS).location == "Trụ sở UBND tỉnh"


# -- "ở" right after the event word -----------------------------------------------------------

_CN = titled(
    {"Lưu Chấn Hoa": ("Phó Chủ tịch Trung Quốc", "CN"), "Võ Đình Tân": ("Chủ tịch nước", "VN")}
)


def test_o_after_the_verb_places_the_talks() -> None:
    text = "Phó Chủ tịch Trung Quốc Lưu Chấn Hoa vừa hội đàm ở Thượng Hải với ông Võ Đình Tân."
    main = _main(text, _CN)
    assert main.type == "talks"
    assert main.location == "Thượng Hải"
    # the place in China makes the Vietnamese side the visitor
    assert roles(main) == [("Lưu Chấn Hoa", "host"), ("Võ Đình Tân", "guest")]


def test_o_after_a_length_of_stay_places_the_visit() -> None:
    text = (
        "Chủ tịch nước Võ Đình Tân rời Hà Nội hôm thứ hai để thực hiện chuyến thăm ba ngày ở "
        "Campuchia."
    )
    main = _main(text, _CN)
    assert main.type == "visit"
    assert main.location == "Campuchia"


def test_o_that_is_no_known_place_or_not_next_to_the_verb_is_no_place() -> None:
    level = "Chủ tịch nước Võ Đình Tân đã hội đàm ở cấp cao với Phó Chủ tịch Lưu Chấn Hoa."
    assert _main(level, _CN).location is None
    community = (
        "Chủ tịch nước Võ Đình Tân đã gặp gỡ cộng đồng người Việt ở Thượng Hải cùng Phó Chủ "
        "tịch Lưu Chấn Hoa."
    )
    assert _main(community, _CN).location is None


def test_tai_still_wins_over_o() -> None:
    text = (
        "Chiều 5/9, tại Nhà khách Điếu Ngư Đài, Phó Chủ tịch Trung Quốc Lưu Chấn Hoa đã hội đàm "
        "ở Bắc Kinh với Chủ tịch nước Võ Đình Tân."
    )
    assert _main(text, _CN).location == "Nhà khách Điếu Ngư Đài"


# -- titles and dots ---------------------------------------------------------------------------


def test_a_full_envoys_title_with_a_styled_state_is_no_place() -> None:
    people = titled(
        {
            "Ngô Thanh Tùng": ("Bí thư Thành ủy", "VN"),
            "Kim Jae Won": ("Đại sứ đặc mệnh toàn quyền", "KR"),
        }
    )
    text = (
        "Sáng 2/6, Bí thư Thành ủy Ngô Thanh Tùng tiếp xã giao ông Kim Jae Won, Đại sứ đặc mệnh "
        "toàn quyền nước Cộng hòa Triều Tiên tại Việt Nam.Tại buổi tiếp, hai bên bàn về du lịch."
    )
    assert _main(text, people).location is None


def test_a_dot_that_lost_its_space_ends_the_place() -> None:
    text = (
        "Chiều 2/6, Thủ tướng Lâm Quốc Bảo đã hội kiến Thủ tướng Arvid Holm tại Hà Nội.Hai bên "
        "bàn về thương mại."
    )
    assert _main(text).location == "Hà Nội"


def test_an_abbreviated_town_keeps_its_name() -> None:
    for place in ("TP. Vinh", "Tp. Đà Lạt", "TX. Sơn Tây", "TP.HCM", "Washington D.C."):
        text = (
            f"Thủ tướng Arvid Holm bày tỏ vui mừng được thăm và làm việc tại {place}; hai bên ..."
        )
        main = _main(text)
        assert main.location == place, place
