"""Round 12 attachment: what places and dates the act, in invented words.

A generic occasion noun right after the act gives it its place ("Buổi lễ diễn ra tại X", "Sự
kiện được tổ chức tại X"); circumstances never date or place it: a message's topic in the
headline ("gửi điện thăm hỏi thiệt hại do động đất tại X"), the news a message answers told in
a sentence of its own, an anniversary's span, the span of the trip the act is told inside."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo


def _main(text: str, published: str = "2024-05-06") -> vndiplo.Event:
    doc = vndiplo.extract(text, published=published)
    assert doc.events, text
    return doc.events[0]


LEAD = "Chiều 5/3, Bộ trưởng Ngoại giao Lê Văn Khải đã tiếp Đại sứ Na Uy Erik Solheimsen."


@pytest.mark.parametrize(
    ("follow", "place"),
    [
        ("Buổi lễ diễn ra trọng thể tại Nhà khách Chính phủ.", "Nhà khách Chính phủ"),
        ("Sự kiện được tổ chức tại trụ sở Bộ Ngoại giao.", "trụ sở Bộ Ngoại giao"),
        (
            "Theo thông cáo của Bộ Ngoại giao phát đi tối cùng ngày, buổi tiếp tân đã được tổ"
            " chức tại khách sạn Sông Hồng.",
            "khách sạn Sông Hồng",
        ),
        (
            "Hai bên bày tỏ vui mừng về quan hệ hai nước. Buổi tiếp tân diễn ra tại Nhà khách"
            " Chính phủ.",
            "Nhà khách Chính phủ",
        ),
    ],
)
def test_a_generic_occasion_noun_right_after_gives_the_place(follow: str, place: str) -> None:
    main = _main(f"Tiếp Đại sứ Na Uy\n\n{LEAD} {follow}")
    assert main.type == "reception"
    assert main.location == place


@pytest.mark.parametrize(
    "follow",
    [
        # another act's noun: the signing's place, not the reception's
        "Lễ ký kết bản ghi nhớ giữa hai bộ diễn ra tại Nhà khách Chính phủ.",
        # a planned or habitual occasion
        "Buổi lễ sẽ được tổ chức tại Nhà khách Chính phủ vào tuần sau.",
        # too far from the act: another scene
        "Hai bên trao đổi về hợp tác. Hai bên nhất trí tăng cường đối thoại. Hai bên bàn về"
        " giáo dục. Hai bên bàn về du lịch. Buổi lễ diễn ra tại Nhà khách Chính phủ.",
    ],
)
def test_no_place_from_another_or_a_later_occasion(follow: str) -> None:
    assert _main(f"Tiếp Đại sứ Na Uy\n\n{LEAD} {follow}").location is None


def test_a_messages_headline_topic_places_no_message() -> None:
    text = (
        "Thủ tướng gửi điện thăm hỏi thiệt hại do động đất tại Nepal\n\n"
        "Ngày 2/5, Thủ tướng Lê Văn Khải đã gửi điện thăm hỏi tới Thủ tướng Nepal Ram Bahadur"
        " Thapa.\n"
    )
    assert _main(text).location is None


@pytest.mark.parametrize("opening", ["Sau khi được tin", "Khi hay tin", "Được tin"])
def test_the_news_told_apart_does_not_date_the_message(opening: str) -> None:
    text = (
        "Lãnh đạo gửi điện thăm hỏi\n\n"
        "Trận động đất mạnh xảy ra tại miền trung Nepal ngày 28/4 khiến hàng trăm người thiệt"
        " mạng.\n\n"
        f"{opening} thiệt hại nặng nề do động đất gây ra, Thủ tướng Lê Văn Khải đã gửi điện thăm"
        " hỏi tới Thủ tướng Nepal Ram Bahadur Thapa.\n"
    )
    assert _main(text).date is None


@pytest.mark.parametrize(
    "span",
    ["(22/12/1974 - 22/12/2024)", "(1974 - 2024)", "(18/1/1950 - 18/1/2024)"],
)
def test_an_anniversary_span_never_dates_the_visit(span: str) -> None:
    text = (
        "Thăm Đại sứ quán\n\n"
        "Ngày 25/4, Thứ trưởng Lê Văn Khải đã dẫn đầu đoàn đến thăm và chúc mừng Đại sứ quán"
        f" Mông Cổ nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao {span}.\n"
    )
    assert _main(text).date == "2024-04-25"


def test_the_trips_span_does_not_date_the_act_told_inside_it() -> None:
    text = (
        "Bộ trưởng chào xã giao Thủ tướng Ấn Độ\n\n"
        "Trong chuyến thăm chính thức Ấn Độ từ ngày 3 đến 8/5/2024, chiều nay, tại thủ đô New"
        " Delhi, Bộ trưởng Lê Văn Khải đã chào xã giao Thủ tướng Ấn Độ Rajiv Malhotra.\n"
    )
    main = _main(text, published="2024-05")
    assert main.type == "reception"
    assert main.date is None


_FOLLOWS = st.sampled_from(
    [
        "Buổi lễ diễn ra tại Nhà khách Chính phủ.",
        "Sự kiện được tổ chức tại",
        "Buổi tiếp tân, diễn ra tại Huế.",
        "Theo thông cáo, cuộc gặp đã diễn ra ở",
        "Hai bên trao đổi.",
        "",
        "Lễ ký diễn ra",
    ]
)


@given(st.lists(_FOLLOWS, max_size=5))
def test_a_place_carried_from_a_later_sentence_is_text_of_the_page(follows: list[str]) -> None:
    text = f"{LEAD} {' '.join(follows)}"
    doc = vndiplo.extract(text, published="2024-05-06")
    for event in doc.events:
        assert event.location is None or event.location in text
        assert event.evidence is None or text[event.evidence.start : event.evidence.end]


@pytest.mark.parametrize(
    "subject",
    [
        "đoàn cán bộ cấp cao của Bộ Y tế Campuchia do Bộ trưởng Chea Vandeth dẫn đầu",
        "Phái đoàn Bộ Y tế Campuchia do Bộ trưởng Chea Vandeth làm trưởng đoàn",
    ],
)
def test_a_visiting_delegation_that_tiep_kien_is_received(subject: str) -> None:
    text = (
        f"Tiếp kiến Phó Thủ tướng\n\nSáng 12/3, {subject} đã tiếp kiến Phó Thủ tướng Lê Văn Khải.\n"
    )
    main = _main(text)
    roles = {p.name: p.role for p in main.participants}
    assert roles.get("Lê Văn Khải") == "host"
    assert roles.get("Chea Vandeth") == "guest"


def test_a_host_who_tiep_kien_still_receives() -> None:
    text = (
        "Quốc vương tiếp kiến Đại sứ\n\n"
        "Sáng 12/3, Quốc vương Campuchia Norodom Sihamoni đã tiếp kiến Đại sứ Lê Văn Khải.\n"
    )
    roles = {p.name: p.role for p in _main(text).participants}
    assert roles.get("Norodom Sihamoni") == "host"
