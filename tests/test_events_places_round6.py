"""Places of the main event, round 6 (invented names, places and outlets throughout):

* "bên lề <forum> (apposition) tại X" after the event gives X to the sideline talks, as an
  own-trip frame after the event does; a "tại" of the forum's topic ("về ... tại") does not;
* a place ending ", Thủ đô Vương quốc <country>" or ", <state style> <country>" reads the style
  and the full name of the state, not one capitalised word;
* "tại sao", "tại vì", "tại đâu", "tại chỗ" ask or give a cause: no place ("tại Sao Đỏ" is one).
"""

from __future__ import annotations

import pytest

from vndiplo import Runner

HEADLINE = "Thứ trưởng gặp Bộ trưởng Quốc phòng Úc\n\n"


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


def _main_place(runner: Runner, body: str, published: str = "2019-06-03") -> str | None:
    doc = runner.run({"id": "p6", "text": HEADLINE + body, "published": published})
    assert doc.events, "the page should have a main event"
    return doc.events[0].location


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Chiều 2/6, Thượng tướng Lê Văn Minh, Thứ trưởng Bộ Quốc phòng, đã hội đàm với Bộ "
            "trưởng Quốc phòng Úc Peter Grant bên lề Đối thoại an ninh Hoa Sen lần thứ 9 - diễn "
            "đàn thường niên của khu vực - tại Singapore.",
            "Singapore",
        ),
        (
            "Chiều 2/6, Thượng tướng Lê Văn Minh đã gặp Bộ trưởng Quốc phòng Úc Peter Grant bên "
            "lề Hội nghị Bộ trưởng Quốc phòng mở rộng đang diễn ra tại Băng Cốc, Thái Lan.",
            "Băng Cốc, Thái Lan",
        ),
        (
            "Chiều 2/6, Thượng tướng Lê Văn Minh đã hội đàm với Bộ trưởng Quốc phòng Úc Peter "
            "Grant bên lề Đối thoại Hoa Sen, diễn đàn an ninh được tổ chức tại Singapore từ ngày "
            "31/5 đến 2/6.",
            "Singapore",
        ),
        (
            "Chiều 2/6, bên lề Đối thoại Hoa Sen (diễn đàn an ninh thường niên) tại Singapore, "
            "Thượng tướng Lê Văn Minh đã hội đàm với Bộ trưởng Quốc phòng Úc Peter Grant.",
            "Singapore",
        ),
    ],
)
def test_the_forum_of_a_sideline_meeting_places_it(runner: Runner, body: str, place: str) -> None:
    assert _main_place(runner, body) == place


@pytest.mark.parametrize(
    "body",
    [
        # the "tại" of the forum's topic
        "Chiều 2/6, Thượng tướng Lê Văn Minh đã hội đàm với Bộ trưởng Quốc phòng Úc Peter "
        "Grant bên lề Hội nghị quốc tế về an ninh tại Trung Đông.",
        # a title's "tại"
        "Chiều 2/6, Thượng tướng Lê Văn Minh đã hội đàm với Bộ trưởng Quốc phòng Úc Peter "
        "Grant bên lề Hội nghị do Đại sứ quán Việt Nam tại Singapore tổ chức.",
        # another clause's place
        "Chiều 2/6, Thượng tướng Lê Văn Minh đã hội đàm với Bộ trưởng Quốc phòng Úc Peter "
        "Grant bên lề Hội nghị; sau đó ông dự tiệc tại Singapore.",
    ],
)
def test_no_sideline_place_from_another_phrase(runner: Runner, body: str) -> None:
    assert _main_place(runner, body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Sáng 5/3, tại Cung điện Hoàng gia ở Thimphu, Thủ đô Vương quốc Bhutan, Đại sứ Lê "
            "Văn Bình đã hội kiến Quốc vương Jigme Wangchuck.",
            "Cung điện Hoàng gia ở Thimphu, Thủ đô Vương quốc Bhutan",
        ),
        (
            "Sáng 5/3, Đại sứ Lê Văn Bình đã hội kiến Tổng thống Petr Novak tại Lâu đài Praha, "
            "Thủ đô nước Cộng hòa Séc.",
            "Lâu đài Praha, Thủ đô nước Cộng hòa Séc",
        ),
        (
            "Sáng 5/3, Đại sứ Lê Văn Bình đã hội kiến Chủ tịch Somsak Vong tại Phủ Chủ tịch ở "
            "Viêng Chăn, thủ đô nước Cộng hòa Dân chủ Nhân dân Lào.",
            "Phủ Chủ tịch ở Viêng Chăn, thủ đô nước Cộng hòa Dân chủ Nhân dân Lào",
        ),
        (
            "Sáng 5/3, Đại sứ Lê Văn Bình đã hội kiến Tổng thống Petr Novak tại Lâu đài Praha, "
            "Cộng hòa Séc.",
            "Lâu đài Praha, Cộng hòa Séc",
        ),
    ],
)
def test_a_capital_of_a_state_in_full_is_one_place(runner: Runner, body: str, place: str) -> None:
    assert _main_place(runner, body, "2023-03-06") == place


def test_a_state_style_without_a_known_country_stays_out(runner: Runner) -> None:
    body = (
        "Sáng 5/3, Đại sứ Lê Văn Bình đã hội kiến Tổng thống Petr Novak tại Lâu đài Praha, "
        "Thủ đô Cộng hòa mới thành lập."
    )
    assert _main_place(runner, body, "2023-03-06") == "Lâu đài Praha"


@pytest.mark.parametrize(
    "body",
    [
        "Tại sao Đại sứ Lê Văn Bình gặp Tổng thống Novak? Sáng 5/3, Đại sứ Lê Văn Bình đã hội "
        "kiến Tổng thống Petr Novak.",
        "TẠI SAO Đại sứ Lê Văn Bình gặp Tổng thống Novak?\n\nSáng 5/3, Đại sứ Lê Văn Bình đã "
        "hội kiến Tổng thống Petr Novak.",
        "Sáng 5/3, Đại sứ Lê Văn Bình đã hội kiến Tổng thống Petr Novak tại chỗ ở của ông.",
        "Họ sẽ bàn việc tại đâu? Sáng 5/3, Đại sứ Lê Văn Bình đã hội kiến Tổng thống Petr Novak.",
        "Sáng 5/3, Đại sứ Lê Văn Bình đã hội kiến Tổng thống Petr Novak, tại vì lịch của ông "
        "thay đổi.",
    ],
)
def test_interrogative_tai_gives_no_place(runner: Runner, body: str) -> None:
    doc = runner.run({"id": "p6", "text": HEADLINE + body, "published": "2023-03-06"})
    assert doc.events, "the meeting should be found"
    assert doc.events[0].type == "meeting"
    assert [e.location for e in doc.events] == [None] * len(doc.events)


def test_a_place_named_sao_is_still_a_place(runner: Runner) -> None:
    body = "Sáng 5/3, Đại sứ Lê Văn Bình đã hội kiến Tổng thống Petr Novak tại Sao Đỏ."
    assert _main_place(runner, body, "2023-03-06") == "Sao Đỏ"
