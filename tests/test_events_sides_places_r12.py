"""Round 12 sides and places, in invented words.

Who shares the subject's next act ("và cùng C đồng chủ trì ...") is no side of the act before
it; the visitor's own officials among airport welcomers host nothing, also after a semicolon in
one welcome sentence; an earlier stay or where residents live never places the act, while an
attendance that leaves out its occasion takes the fronted place of the sentence before; a lead
caption's welcome the body retells for a group of leaders is the main event; the acts after
the first of a plural clause are events of their own (README AK2)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo


def _events(text: str, published: str = "2024-05-06") -> list[vndiplo.Event]:
    doc = vndiplo.extract(text, published=published)
    assert doc.events, text
    return list(doc.events)


def _sides(event: vndiplo.Event) -> dict[str, str]:
    return {p.name: p.role for p in event.participants}


# --- (a) a co-actor of the subject's next act is no counterpart ---------------------------


@pytest.mark.parametrize(
    "link",
    [
        "và cùng đồng chí Bun-lơm Khăm-pha-vông, Bộ trưởng Bộ Nội vụ Lào đồng chủ trì",
        "sau đó cùng với ông Bun-lơm Khăm-pha-vông, Bộ trưởng Bộ Nội vụ Lào, chủ trì",
        "rồi cùng Bộ trưởng Bộ Nội vụ Lào Bun-lơm Khăm-pha-vông chứng kiến lễ ký và dự",
        "và đồng chủ trì với Bộ trưởng Bộ Nội vụ Lào Bun-lơm Khăm-pha-vông",
    ],
)
def test_a_co_chair_of_the_next_act_is_no_side_of_the_call(link: str) -> None:
    text = (
        "Chiều 14/6, tại Viêng-chăn, Thứ trưởng Bộ Nội vụ Việt Nam Trần Quang Định đã chào xã"
        " giao đồng chí Phăn-khăm Vi-pha-văn, Phó Thủ tướng Lào "
        f"{link} Hội thảo hợp tác nội vụ lần thứ 2."
    )
    main = _events(text)[0]
    assert main.type == "reception"
    assert set(_sides(main)) == {"Trần Quang Định", "Phăn-khăm Vi-pha-văn"}


def test_a_guest_come_with_the_received_one_stays_a_guest() -> None:
    text = (
        "Ngày 8/10, Chủ tịch tỉnh Lê Hoàng Vũ tiếp Đại sứ Cu-ba Hec-to Pe-rê cùng Tham tán"
        " Ma-ri-a Lô-pết đến chào."
    )
    assert set(_sides(_events(text)[0])) == {"Lê Hoàng Vũ", "Hec-to Pe-rê", "Ma-ri-a Lô-pết"}


# --- (b) the visitor's own officials among the welcomers ----------------------------------

ARRIVAL = (
    "Trưa 12/5 (giờ địa phương), Chủ tịch Quốc hội Đỗ Minh Khang và Đoàn đại biểu Quốc hội"
    " Việt Nam đã tới sân bay Vác-sa-va, bắt đầu chuyến thăm chính thức Ba Lan."
)


@pytest.mark.parametrize(
    "welcome",
    [
        "Đón Chủ tịch Quốc hội tại sân bay, phía Ba Lan có Phó Chủ tịch Hạ viện Ba Lan Pio-tr"
        " Dê-go-ren-xki, Đại sứ Ba Lan tại Việt Nam Vôi-chếch Ghe-ven; phía Việt Nam có Đại sứ"
        " Việt Nam tại Ba Lan Hà Văn Hiền cùng cán bộ Đại sứ quán.",
        "Đón Đoàn tại sân bay, về phía Ba Lan có: Phó Chủ tịch Hạ viện Ba Lan Pio-tr"
        " Dê-go-ren-xki, Đại sứ Ba Lan tại Việt Nam Vôi-chếch Ghe-ven; về phía ta có Đại sứ"
        " Hà Văn Hiền và phu nhân.",
        "Tiếp đón Đoàn tại sân bay có Phó Chủ tịch Hạ viện Ba Lan Pio-tr Dê-go-ren-xki và Đại"
        " sứ Ba Lan tại Việt Nam Vôi-chếch Ghe-ven, còn phía Việt Nam có Đại sứ Hà Văn Hiền.",
    ],
)
def test_the_visitors_own_ambassador_hosts_no_visit(welcome: str) -> None:
    main = _events(f"{ARRIVAL} {welcome}")[0]
    assert main.type == "visit"
    sides = _sides(main)
    assert sides.get("Pio-tr Dê-go-ren-xki") == "host"
    assert "Hà Văn Hiền" not in sides


# --- (c) an earlier stay, (d) where residents live ----------------------------------------


@pytest.mark.parametrize(
    "stay",
    [
        "cảm ơn sự tiếp đón chu đáo mà phía Nhật Bản dành cho Đoàn trong thời gian làm việc"
        " tại Nhật Bản trước đó",
        "nhắc lại sự đón tiếp nồng hậu trong dịp ông thăm Tô-ky-ô năm ngoái",
        "cho biết ông vừa kết thúc chuyến làm việc tại Ô-sa-ka",
    ],
)
def test_an_earlier_stay_neither_places_nor_sides_the_meeting(stay: str) -> None:
    text = f"Vui mừng được gặp lại Thủ tướng Trần Văn Bình, Thủ tướng Nhật Bản Sa-tô Ken-ji {stay}."
    main = _events(text)[0]
    assert main.type == "meeting"
    assert main.location is None
    assert set(_sides(main).values()) == {"participant"}


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Tối 9/2, tại khách sạn Bến Thành Palace, Tổng Lãnh sự Lào Sẻng-phết Khăm-phăn đã tổ"
            " chức lễ kỷ niệm Quốc khánh Lào.",
            "khách sạn Bến Thành Palace",
        ),
        (
            "Chiều 5/9 tại Trung tâm Hội nghị Quốc tế, Đại sứ quán Mông Cổ tổ chức lễ mừng"
            " Quốc khánh.",
            "Trung tâm Hội nghị Quốc tế",
        ),
    ],
)
@pytest.mark.parametrize(
    "residents",
    [
        "đông đảo sinh viên đang học tập tại Đà Nẵng",
        "bà con kiều bào sinh sống và làm việc lâu năm tại Thành phố Hồ Chí Minh",
        "cộng đồng người nước ngoài định cư ở Hà Nội",
    ],
)
def test_the_attended_occasion_places_it_not_where_residents_live(
    lead: str, place: str, residents: str
) -> None:
    text = f"{lead} Phó Chủ tịch UBND thành phố Lý Văn Tài cùng {residents} đã đến dự."
    main = _events(text)[0]
    assert main.type == "attend"
    assert main.location == place


# --- (e) a lead caption's welcome the body retells for a group ----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Thủ tướng Lào Sổn-xay Xi-phăn-đôn chào đón Lãnh đạo các nước dự Hội nghị gồm: Quốc"
        " vương Bru-nây; Thủ tướng các nước Cam-pu-chia, Thái Lan, Việt Nam.",
        "Thủ tướng Lào Sổn-xay Xi-phăn-đôn đón tiếp các Trưởng đoàn dự Hội nghị, trong đó có"
        " Thủ tướng các nước Cam-pu-chia, Thái Lan, Việt Nam.",
    ],
)
def test_a_caption_welcome_the_body_retells_is_main(body: str) -> None:
    text = (
        "Thủ tướng Lào Sổn-xay Xi-phăn-đôn đón Thủ tướng Phan Quốc Hưng dự Hội nghị Cấp cao"
        " ASEAN lần thứ 44. Ảnh: Minh Đức\n\n"
        f"{body}\n\n"
        "Thủ tướng Phan Quốc Hưng dẫn đầu Đoàn đại biểu Việt Nam tham dự Hội nghị."
    )
    main = _events(text)[0]
    assert main.type == "reception"
    assert _sides(main) == {"Sổn-xay Xi-phăn-đôn": "host", "Phan Quốc Hưng": "guest"}


# --- (f) the acts after the first of a plural clause --------------------------------------


def test_each_meeting_of_a_plural_clause_is_an_event() -> None:
    text = (
        "Ngày 12/9, bên lề Đại hội đồng Liên hợp quốc, Bộ trưởng Ngoại giao Đào Quang Vinh đã"
        " có các cuộc gặp với Ngoại trưởng Chi-lê Án-đrét Pê-rết, Ngoại trưởng Nhật Bản Ta-ka-đa"
        " Yu-ki và Ngoại trưởng Ấn Độ Ra-giu Sa-ma."
    )
    events = _events(text)
    assert set(_sides(events[0])) == {"Đào Quang Vinh", "Án-đrét Pê-rết"}
    met = [set(_sides(e)) for e in events[1:] if e.type == "meeting"]
    assert {"Đào Quang Vinh", "Ta-ka-đa Yu-ki"} in met
    assert {"Đào Quang Vinh", "Ra-giu Sa-ma"} in met


def test_each_sender_set_apart_by_semicolons_sends_a_message() -> None:
    text = (
        "Nhân dịp Quốc khánh, Chủ tịch nước Lào Bun-mi Xay-nha-vông; Thủ tướng Lào Khăm-xing"
        " Phôm-ma-chắc; Chủ tịch Quốc hội Lào Vi-lay Xổm-bun đã gửi điện mừng Chủ tịch nước"
        " Hồ Đức Nam."
    )
    events = _events(text, "2024-09-02")
    assert "Bun-mi Xay-nha-vông" in _sides(events[0])
    senders = {n for e in events[1:] if e.type == "message" for n in _sides(e)}
    assert {"Khăm-xing Phôm-ma-chắc", "Vi-lay Xổm-bun"} <= senders


def test_a_listed_group_of_leaders_is_one_meeting_each() -> None:
    text = (
        "Trong chuyến thăm, Tổng Thư ký Liên hợp quốc Gi-ô-vắn-ni Rốt-xi đã gặp gỡ các vị lãnh"
        " đạo cấp cao của Lào, gồm Chủ tịch nước Bun-mi Xay-nha-vông, Thủ tướng Khăm-xing"
        " Phôm-ma-chắc và Chủ tịch Quốc hội Vi-lay Xổm-bun."
    )
    events = _events(text)
    assert set(_sides(events[0])) == {"Gi-ô-vắn-ni Rốt-xi", "Bun-mi Xay-nha-vông"}
    others = {n for e in events[1:] if e.type == "meeting" for n in _sides(e)}
    assert {"Khăm-xing Phôm-ma-chắc", "Vi-lay Xổm-bun"} <= others


# --- properties ----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "và cùng",
        "sau đó cùng với ông",
        "đồng chủ trì",
        "tại Hà Nội",
        "trước đó",
        "sinh sống và làm việc tại",
        "Bộ trưởng Lê Văn Khải",
        "Đại sứ Erik Solheimsen",
        "; phía Việt Nam có",
        "các cuộc gặp với",
        "Ảnh: TTXVN",
        "chào đón các nước",
        ",",
        ".",
        "\n\n",
        "",
    ]
)


@given(st.lists(_PIECES, max_size=12))
def test_events_stay_text_of_the_page(pieces: list[str]) -> None:
    text = "Chiều 5/3, Bộ trưởng Lê Văn Khải đã tiếp Đại sứ Erik Solheimsen " + " ".join(pieces)
    doc = vndiplo.extract(text, published="2024-05-06")
    # names and places are read from the canonical text (one space for a run of spaces)
    canonical = doc.normalized.text
    for event in doc.events:
        assert event.location is None or event.location in canonical
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)
        assert len({p.name for p in event.participants}) == len(event.participants)
