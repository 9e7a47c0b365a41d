"""Trigger words by class and two round-6 regressions, each construction in invented words:
a consul's approval in either spelling; "tham gia" + a gathering attends it; "đón" of citizens,
workers or flights is no reception; "đàm phán (về) <document>" is a topic; a welcome list with
no visit to host is the meeting itself; a capital's bracketed country stays in the place."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Trần Văn Khải": {"titles": ["Cục trưởng"], "country": "VN"},
    "Nguyễn Hữu Phước": {"titles": ["Lãnh sự danh dự"], "country": "PL"},
    "Khamphao Vong": {"titles": ["Tổng Lãnh sự"], "country": "LA"},
    "Yamada Takio": {"titles": ["Đại sứ"], "country": "JP"},
    "Julie Bishop": {"titles": ["Bộ trưởng Ngoại giao Úc"], "country": "AU"},
    "Lê Văn Bình": {"titles": ["Phó Thủ tướng"], "country": "VN"},
    "Lê Văn Hòa": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Men Sopheak": {"titles": ["Tỉnh trưởng"], "country": "KH"},
    "Nguyễn Đức Trung": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Bounlai Phommavong": {"titles": ["Tỉnh trưởng"], "country": "LA"},
    "Mai Quốc Bảo": {"titles": ["Thứ trưởng"], "country": "VN"},
    "Phoxay Khaykham": {"titles": ["Thứ trưởng"], "country": "LA"},
    "Joko Widodo": {"titles": ["Tổng thống"], "country": "ID"},
}


def _events(text: str, dates: Any = (), **fields: Any) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, dates, **fields))


def _sides(event: Event) -> list[tuple[str, str]]:
    return sorted((p.name, p.role) for p in event.participants)


@pytest.mark.parametrize(
    "paper",
    [
        "Giấy chấp thuận lãnh sự",
        "Giấy Chấp thuận Lãnh sự",
        "Quyết định chấp thuận lãnh sự",
        "Bằng chấp thuận lãnh sự",
        "Giấy chấp nhận lãnh sự",
    ],
)
def test_a_consuls_approval_in_either_spelling_is_handed_over(paper: str) -> None:
    text = (
        f"Ngày 12/3, Cục trưởng Trần Văn Khải đã trao {paper} cho ông Nguyễn Hữu Phước, Lãnh sự "
        "danh dự Ba Lan."
    )
    main = _events(text, [("Ngày 12/3", "--03-12")])[0]
    assert (main.type, main.trigger) == ("other", "trao")
    assert _sides(main) == [("Nguyễn Hữu Phước", "participant"), ("Trần Văn Khải", "participant")]


@pytest.mark.parametrize(
    "gathering",
    [
        "Lễ hội Văn hóa các dân tộc",
        "Liên hoan Nghệ thuật hữu nghị",
        "Diễn đàn Hợp tác Mekong",
        "hội nghị xúc tiến đầu tư",
        "hội chợ thương mại biên giới",
    ],
)
def test_taking_part_in_a_gathering_is_attending_it(gathering: str) -> None:
    text = f"Sáng 7/9, Cục trưởng Trần Văn Khải đã tham gia {gathering} tại thành phố Vinh."
    main = _events(text, [("Sáng 7/9", "--09-07", "morning")])[0]
    assert (main.type, main.trigger) == ("attend", "tham gia")
    assert _sides(main) == [("Trần Văn Khải", "participant")]


@pytest.mark.parametrize(
    "joined",
    ["Hiệp định Đối tác Kinh tế Khu vực", "đoàn công tác của Bộ", "chương trình gặp gỡ thanh niên"],
)
def test_taking_part_in_no_gathering_attends_nothing(joined: str) -> None:
    # near misses: a treaty, a delegation, a programme of acts
    text = f"Cục trưởng Trần Văn Khải cho biết Việt Nam sẽ tham gia {joined}."
    assert all(e.type != "attend" for e in _events(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 5/9, Cục trưởng Trần Văn Khải đã ký quyết định tổ chức thêm 4 chuyến bay đón công "
        "dân về quê.",
        "Ngày 5/9, Cục trưởng Trần Văn Khải ra sân bay đón bà con từ phía Nam trở về.",
        "Ngày 5/9, Cục trưởng Trần Văn Khải đón người lao động bị mắc kẹt ở nước ngoài về nước.",
        "Ngày 5/9, Cục trưởng Trần Văn Khải đến cảng đón thuyền viên được giải cứu.",
        "Ngày 5/9, Cục trưởng Trần Văn Khải ra ga đón chuyến tàu chở hàng cứu trợ.",
    ],
)
def test_meeting_citizens_or_flights_is_no_reception(sentence: str) -> None:
    assert all(e.type != "reception" for e in _events(sentence, [("Ngày 5/9", "--09-05")]))


@pytest.mark.parametrize("guest", ["Đại sứ Yamada Takio", "đoàn của Đại sứ Yamada Takio"])
def test_a_person_or_delegation_met_is_still_received(guest: str) -> None:
    # near miss: "đón" with a person or a delegation as its object
    text = f"Sáng 5/9, Cục trưởng Trần Văn Khải đã đón {guest} tại trụ sở Bộ."
    main = _events(text, [("Sáng 5/9", "--09-05", "morning")])[0]
    assert main.type == "reception"
    assert ("Yamada Takio", "guest") in _sides(main)


_CONTACT = (
    "Ngày 9/8, bên lề Hội nghị AMM diễn ra ở thủ đô Viêng Chăn của Lào, Phó Thủ tướng Lê Văn Bình "
    "đã có cuộc tiếp xúc song phương với Bộ trưởng Ngoại giao Úc Julie Bishop.\nHai bên trao đổi "
    "về một số lĩnh vực, trong đó có "
)


@pytest.mark.parametrize(
    "topic",
    [
        "đàm phán về Hiệp định Thương mại tự do.",
        "đàm phán Hiệp định Thương mại tự do.",
        "đàm phán về Bộ quy tắc ứng xử trên biển.",
        "đàm phán thỏa thuận về lao động.",
    ],
)
def test_negotiations_about_a_document_are_a_topic_not_talks(topic: str) -> None:
    # the two sides with titles only, as the titles stage gives them before any country
    sides = {"Lê Văn Bình": ["Phó Thủ tướng"], "Julie Bishop": ["Bộ trưởng Ngoại giao Úc"]}
    doc = annotate(
        _CONTACT + topic,
        sides,
        [("Ngày 9/8", "--08-09")],
        title="Phó Thủ tướng Lê Văn Bình gặp Bộ trưởng Julie Bishop",
    )
    main = extract_events(doc)[0]
    assert main.type == "meeting"
    assert {p.name for p in main.participants} == {"Lê Văn Bình", "Julie Bishop"}


def test_negotiating_sides_hold_talks() -> None:
    # near miss: the two sides themselves negotiate (no document after "đàm phán về")
    text = (
        "Ngày 9/8, tại Hà Nội, Cục trưởng Trần Văn Khải và Bộ trưởng Julie Bishop đã đàm phán về "
        "các vấn đề còn tồn đọng."
    )
    main = _events(text, [("Ngày 9/8", "--08-09")])[0]
    assert main.type == "talks"


@pytest.mark.parametrize(
    ("text", "kind", "guest", "host"),
    [
        (
            "Sáng 10/9, tại Trụ sở UBND tỉnh Svay Rieng, hai tỉnh tổ chức hội nghị sơ kết hợp tác."
            "\nTham dự hội nghị, về phía tỉnh Long An có ông Lê Văn Hòa – Chủ tịch UBND tỉnh cùng "
            "lãnh đạo các sở.\nVề phía tỉnh Svay Rieng, tiếp và làm việc với đoàn có ông Men "
            "Sopheak - Tỉnh trưởng cùng các Phó Tỉnh trưởng tham dự.",
            "meeting",
            "Lê Văn Hòa",
            "Men Sopheak",
        ),
        (
            "Chiều 4/3, hai tỉnh tổ chức hội nghị tổng kết công tác phối hợp.\nĐoàn tỉnh Nghệ An "
            "do ông Nguyễn Đức Trung, Chủ tịch UBND tỉnh làm trưởng đoàn.\nPhía tỉnh Xiêng Khoảng, "
            "đón tiếp và làm việc với đoàn có bà Bounlai Phommavong, Tỉnh trưởng.",
            "meeting",
            "Nguyễn Đức Trung",
            "Bounlai Phommavong",
        ),
        (
            "Ngày 8/5, tại Bộ Ngoại giao Lào diễn ra phiên rà soát hợp tác giữa hai Bộ. Về phía "
            "Việt Nam có Thứ trưởng Mai Quốc Bảo và các vụ chức năng. Tiếp, làm việc với đoàn "
            "có Thứ trưởng Phoxay Khaykham.",
            "meeting",
            "Mai Quốc Bảo",
            "Phoxay Khaykham",
        ),
        (
            "Sáng 20/11, hội nghị rà soát hợp tác giữa hai tỉnh đã được tổ chức. Dự hội nghị, về "
            "phía Long An có đồng chí Lê Văn Hòa – Chủ tịch UBND tỉnh. Về phía Svay Rieng, đón "
            "tiếp đoàn có ông Men Sopheak, Tỉnh trưởng tỉnh Svay Rieng.",
            "reception",
            "Lê Văn Hòa",
            "Men Sopheak",
        ),
    ],
)
def test_a_welcome_list_with_no_visit_is_the_meeting(
    text: str, kind: str, guest: str, host: str
) -> None:
    main = _events(text)[0]
    assert main.type == kind
    assert _sides(main) == sorted([(guest, "guest"), (host, "host")])


def test_a_welcome_list_of_a_told_visit_still_hosts_it() -> None:
    # near miss: the delegation's visit is told, the list hosts it
    text = (
        "Ngày 8/5, đoàn tỉnh Long An do ông Lê Văn Hòa dẫn đầu đã sang thăm, làm việc tại tỉnh "
        "Svay Rieng. Về phía Svay Rieng, tiếp và làm việc với đoàn có ông Men Sopheak, Tỉnh trưởng."
    )
    main = _events(text, [("Ngày 8/5", "--05-08")])[0]
    assert main.type == "visit"
    assert _sides(main) == [("Lê Văn Hòa", "guest"), ("Men Sopheak", "host")]


def test_a_welcome_list_after_a_reported_reception_leaves_it_main() -> None:
    # near miss: the lead's own reception comes first
    text = (
        "Ngày 8/5, Chủ tịch UBND tỉnh Lê Văn Hòa tiếp Thứ trưởng Mai Quốc Bảo. Cùng tiếp, làm việc "
        "với đoàn có ông Men Sopheak, Tỉnh trưởng."
    )
    main = _events(text, [("Ngày 8/5", "--05-08")])[0]
    assert main.type == "reception"
    assert _sides(main) == [("Lê Văn Hòa", "host"), ("Mai Quốc Bảo", "guest")]


_SIGNED = " Tổng thống Joko Widodo và Cục trưởng Trần Văn Khải đã cùng chứng kiến lễ ký văn kiện."


@pytest.mark.parametrize(
    ("place", "want"),
    [
        (
            "tại Nhà Quốc hội, thủ đô Jakarta (Indonesia),",
            "Nhà Quốc hội, thủ đô Jakarta (Indonesia)",
        ),
        (
            "tại Nhà Quốc hội, Thủ đô Jakarta (Indonesia),",
            "Nhà Quốc hội, Thủ đô Jakarta (Indonesia)",
        ),
        ("tại Cung Hữu nghị, thủ đô Viêng Chăn (Lào),", "Cung Hữu nghị, thủ đô Viêng Chăn (Lào)"),
        (
            "tại Phủ Tổng thống, thủ đô Jakarta (Cộng hòa Indonesia),",
            "Phủ Tổng thống, thủ đô Jakarta (Cộng hòa Indonesia)",
        ),
        ("tại Nhà máy Sao Việt (Núi Thành),", "Nhà máy Sao Việt (Núi Thành)"),
    ],
)
def test_a_bracketed_country_or_district_stays_in_the_place(place: str, want: str) -> None:
    main = _events("Ngày 19/5, " + place + _SIGNED, [("Ngày 19/5", "--05-19")])[0]
    assert main.location == want


@pytest.mark.parametrize(
    "place",
    [
        "tại Nhà Quốc hội, thủ đô Jakarta (ảnh),",
        "tại Nhà Quốc hội, thủ đô Jakarta mới được quy hoạch,",
    ],
)
def test_no_name_after_the_capital_cuts_the_place(place: str) -> None:
    # near misses: a lower-case note in brackets, a lower-case run after the capital
    main = _events("Ngày 19/5, " + place + _SIGNED, [("Ngày 19/5", "--05-19")])[0]
    assert main.location == "Nhà Quốc hội"
