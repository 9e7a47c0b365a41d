"""A lead that reports the act, then a sentence that refers back to it with its time and place
("A tiếp B. Buổi tiếp diễn ra vào chiều 5/3 tại C."), in invented words (round 8).

* The restated day keeps the part of day it writes ("vào sáng 14/4", "tối 2/7").
* The place the restating sentence gives wins over one the lead writes only after its act or
  inside a frame: an envoy's posting ("Đại sứ X tại Việt Nam"), a guest's visit clause ("tới
  thăm và làm việc tại tỉnh Y"), a trip frame ("Trong khuôn khổ chuyến thăm ... Nhật Bản").
* A source label before the lead ("Theo tin TTXVN: ...") is the outlet's news, not a speaker's
  turn of an interview: the act it reports is reported.
Near misses: a place fronted before the act stays; a restated day with no part of day gets
none; a later sentence about another kind of act gives the reception no place.
"""

from __future__ import annotations

import pytest

import vndiplo


def _main(text: str) -> vndiplo.Event:
    doc = vndiplo.Runner().run({"id": "b", "text": text, "published": "2024-11-20"})
    assert doc.events
    return doc.events[0]


@pytest.mark.parametrize(
    ("lead", "date", "part", "place"),
    [
        (
            "Bí thư Tỉnh ủy Nghệ An Hồ Văn Thắng đã tiếp Tổng Lãnh sự Lào tại Vinh Khamla "
            "Phomvihane. Buổi tiếp diễn ra vào sáng 14/11 tại trụ sở Tỉnh ủy.",
            "2024-11-14",
            "morning",
            "trụ sở Tỉnh ủy",
        ),
        (
            "Bộ trưởng Ngoại giao Đỗ Minh Tú hội đàm với Ngoại trưởng Chile Ana Soto. Cuộc hội "
            "đàm được tổ chức vào chiều 9/11 tại Nhà khách Chính phủ.",
            "2024-11-09",
            "afternoon",
            "Nhà khách Chính phủ",
        ),
        (
            "Thủ tướng Phan Quốc Việt gặp Tổng thống Kenya William Otieno. Cuộc gặp diễn ra tối "
            "2/11 tại Nairobi.",
            "2024-11-02",
            "evening",
            "Nairobi",
        ),
        (
            "Trưởng Ban Đối ngoại Trung ương Lê Hoài Nam tiếp Đoàn đại biểu Đảng Nhân dân "
            "Campuchia do ông Sok Rith dẫn đầu. Buổi tiếp diễn ra vào trưa 12/11 tại Hà Nội.",
            "2024-11-12",
            "noon",
            "Hà Nội",
        ),
    ],
)
def test_restated_day_keeps_its_part_of_day(lead: str, date: str, part: str, place: str) -> None:
    event = _main(f"Tin đối ngoại\n\n{lead}\n\nHai bên trao đổi về hợp tác.\n")
    assert (event.date, event.part_of_day, event.location) == (date, part, place)


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Chủ tịch UBND tỉnh Quảng Ninh Trần Minh Đức tiếp Đại sứ Hàn Quốc tại Việt Nam Park "
            "Jin-woo. Buổi tiếp diễn ra vào chiều 3/11 tại thành phố Hạ Long.",
            "thành phố Hạ Long",
        ),
        (
            "Chủ tịch HĐND tỉnh Bình Định Lê Kim Toàn đã có buổi tiếp xã giao ông Alan Ward, Đại "
            "sứ Australia tại Việt Nam tới thăm và làm việc tại tỉnh Bình Định. Buổi tiếp xã giao "
            "diễn ra vào sáng 8-11 tại thành phố Quy Nhơn.",
            "thành phố Quy Nhơn",
        ),
        (
            "Trong khuôn khổ chuyến thăm chính thức Nhật Bản, Thủ tướng Phan Quốc Việt đã hội "
            "đàm với Thủ tướng Nhật Bản Sato Kenji. Cuộc hội đàm diễn ra vào chiều 6/11 tại Phủ "
            "Thủ tướng Nhật Bản.",
            "Phủ Thủ tướng Nhật Bản",
        ),
    ],
)
def test_place_told_later_wins_over_a_side_place(lead: str, place: str) -> None:
    event = _main(f"Tin đối ngoại\n\n{lead}\n\nHai bên trao đổi về hợp tác.\n")
    assert event.location == place
    assert event.part_of_day in ("afternoon", "morning")


def test_source_label_is_not_a_speaker_turn() -> None:
    event = _main(
        "Giám đốc Đài hội kiến Đại sứ\n\nTheo tin TTXVN: Tổng Giám đốc Đài Truyền hình Lào "
        "Somphone Keo đã hội kiến Đại sứ Việt Nam tại Lào Trần Hữu Phước. Cuộc hội kiến diễn ra "
        "vào ngày 18/11 tại thủ đô Viêng Chăn.\n"
    )
    assert (event.type, event.date, event.location) == (
        "meeting",
        "2024-11-18",
        "thủ đô Viêng Chăn",
    )


def test_fronted_place_stays() -> None:
    event = _main(
        "Tin đối ngoại\n\nSáng 3/11, tại Nhà khách Tỉnh ủy, Bí thư Tỉnh ủy Hồ Văn Thắng tiếp "
        "Đại sứ Cuba tại Việt Nam Orlando Díaz. Cuộc tiếp diễn ra tại tầng hai trong không khí "
        "thân mật.\n"
    )
    assert event.location == "Nhà khách Tỉnh ủy"


def test_restated_day_without_part_of_day() -> None:
    event = _main(
        "Tin đối ngoại\n\nBí thư Tỉnh ủy Hồ Văn Thắng tiếp Đại sứ Cuba Orlando Díaz. Buổi tiếp "
        "diễn ra vào ngày 4/11 tại trụ sở Tỉnh ủy.\n"
    )
    assert (event.date, event.part_of_day) == ("2024-11-04", None)


def test_another_act_gives_the_reception_no_place() -> None:
    event = _main(
        "Tin đối ngoại\n\nChủ tịch UBND tỉnh Trần Minh Đức tiếp Đại sứ Hàn Quốc tại Việt Nam "
        "Park Jin-woo. Lễ ký biên bản ghi nhớ diễn ra sau đó tại thành phố Hạ Long.\n"
    )
    assert event.location != "thành phố Hạ Long"
