"""Acts written as nouns, and arrivals, as the main event (round 11). Invented names, places and
dates throughout.

- An act noun ("cuộc hội đàm", "buổi tiếp", "cuộc điện đàm", "lễ ký") that is the subject of a
  verb of taking place ("diễn ra", "được tổ chức", "được tiến hành") takes the day written after
  the verb, however long the sides it names before it.
- A capitalised act noun opening a clause after a comma and followed by such a verb ("..., Lễ
  đón chính thức X được tổ chức tại Y") is the act told, not a name.
- An airport welcome after an arrival with no "thăm" anywhere ("X đã hạ cánh xuống sân bay
  ...", then "Ra sân bay đón có A, B"): the visit is main, with the arrival's own word, the
  arrivals its guests and the welcomers its hosts (README round 10 #4).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vndiplo


def _events(text: str, published: str = "2023-11-20") -> list[vndiplo.Event]:
    doc = vndiplo.Runner().run({"id": "a", "text": text, "published": published})
    return list(doc.events)


def _main(text: str) -> vndiplo.Event:
    events = _events(text)
    assert events
    return events[0]


def _sides(event: vndiplo.Event) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in event.participants}


@pytest.mark.parametrize(
    ("body", "kind", "date", "part"),
    [
        (
            "Cuộc hội đàm giữa Thủ tướng Đinh Quang Lộc và Thủ tướng Thái Lan Somchai Rattana, "
            "Chủ tịch đảng Dân tộc, diễn ra chiều 14/10 tại Văn phòng Chính phủ. Hai bên bàn về "
            "thương mại.",
            "talks",
            "2023-10-14",
            "afternoon",
        ),
        (
            "Buổi tiếp Đại sứ Chile Pablo Herrera của Phó Chủ tịch nước Vũ Thị Hằng được tổ chức "
            "sáng 9/6 tại Phủ Chủ tịch. Hai bên bàn về giáo dục.",
            "reception",
            "2023-06-09",
            "morning",
        ),
        (
            "Cuộc điện đàm giữa Bộ trưởng Tạ Minh Khôi và Ngoại trưởng Peru Luis Quispe đã "
            "diễn ra vào tối 21/8. Hai bộ trưởng bàn về nông sản.",
            "phone_call",
            "2023-08-21",
            "evening",
        ),
        (
            "Cuộc gặp giữa Chủ tịch Quốc hội Lâm Văn Đức và Chủ tịch Thượng viện Ba Lan Marek "
            "Zielinski được tiến hành trưa 2/5 tại Warsaw. Hai bên bàn về nghị viện.",
            "meeting",
            "2023-05-02",
            "noon",
        ),
    ],
)
def test_an_act_noun_takes_the_day_after_its_verb_of_taking_place(
    body: str, kind: str, date: str, part: str
) -> None:
    main = _main("Lãnh đạo hai nước trao đổi\n\n" + body)
    assert (main.type, main.date, main.part_of_day) == (kind, date, part)


def test_a_conference_between_keeps_its_own_days() -> None:
    # the days belong to the summit the meeting was held beside, not to the meeting
    text = (
        "Bộ trưởng gặp người đồng cấp\n\n"
        "Cuộc gặp giữa Bộ trưởng Công Thương Hồ Văn Tâm và Bộ trưởng Kinh tế Chile Pablo "
        "Herrera bên lề Hội nghị Bộ trưởng APEC diễn ra từ ngày 14 đến 16/11 tại Lima là dịp "
        "hai bên bàn về đồng."
    )
    main = _main(text)
    assert main.type == "meeting"
    assert main.date is None


@pytest.mark.parametrize("word", ["Lễ đón", "lễ đón"])
def test_a_capitalised_ceremony_opening_a_clause_is_the_act(word: str) -> None:
    text = (
        "Lễ đón Thủ tướng Việt Nam\n\n"
        "Thủ tướng Đinh Quang Lộc thăm chính thức Ai Cập theo lời mời của Tổng thống Ai Cập. "
        f"Sáng 12/4 (giờ địa phương), {word} chính thức Thủ tướng Đinh Quang Lộc được tổ chức "
        "trọng thể tại Cung Al Qubba. Thủ tướng Ai Cập Karim Mansour chủ trì lễ đón."
    )
    main = _main(text)
    assert main.type == "reception"
    assert main.location == "Cung Al Qubba"
    assert _sides(main) == {("Karim Mansour", "host"), ("Đinh Quang Lộc", "guest")}


def test_a_capitalised_programme_name_stays_a_name() -> None:
    text = (
        "Hội Hữu nghị tổ chức giao lưu\n\n"
        "Sáng 3/2, Hội Hữu nghị tỉnh tổ chức Chương trình Gặp gỡ mùa xuân tại Nhà Văn hóa tỉnh. "
        "Chủ tịch Hội Ngô Thị Lan phát biểu chào mừng."
    )
    assert all(e.trigger.lower() != "gặp gỡ" for e in _events(text))


@pytest.mark.parametrize(
    ("lead", "word"),
    [
        (
            "Tối 4/9, chuyên cơ chở Tổng thống Chile Pablo Herrera đã hạ cánh xuống sân bay quốc "
            "tế Tân Sơn Nhất.",
            "hạ cánh",
        ),
        (
            "Khoảng 20 giờ ngày 4/9, Tổng thống Chile Pablo Herrera đã đặt chân đến sân bay Cam "
            "Ranh.",
            "đặt chân",
        ),
        (
            "Tối 4/9, Tổng thống Chile Pablo Herrera cùng đoàn tùy tùng đã tới Đà Nẵng.",
            "tới",
        ),
    ],
)
def test_an_arrival_without_a_visit_word_is_the_visit(lead: str, word: str) -> None:
    text = (
        "Tổng thống Chile tới Việt Nam\n\n"
        f"{lead} Ra sân bay đón đoàn có Thứ trưởng Ngoại giao Lạc Văn Hưng, Đại sứ Việt Nam tại "
        "Chile Trịnh Quốc Bảo."
    )
    main = _main(text)
    assert (main.type, main.trigger, main.date) == ("visit", word, "2023-09-04")
    assert main.cameo == "042"
    assert _sides(main) == {
        ("Pablo Herrera", "guest"),
        ("Lạc Văn Hưng", "host"),
        ("Trịnh Quốc Bảo", "host"),
    }


def test_an_arrival_that_opens_a_named_visit_keeps_the_visit_word() -> None:
    text = (
        "Tổng thống Chile tới Việt Nam\n\n"
        "Tối 4/9, Tổng thống Chile Pablo Herrera đã tới Nội Bài, mở đầu chuyến thăm chính thức "
        "ba ngày tại Việt Nam. Thứ trưởng Ngoại giao Lạc Văn Hưng ra sân bay đón."
    )
    main = _main(text)
    assert main.type == "visit"
    assert main.trigger.startswith("chuyến thăm")


def test_an_arrival_still_to_come_is_no_visit() -> None:
    text = (
        "Chuẩn bị đón Tổng thống Chile\n\n"
        "Tối 4/9, chuyên cơ chở Tổng thống Chile Pablo Herrera sẽ hạ cánh xuống sân bay quốc tế "
        "Nội Bài. Dự kiến ra đón ông có Thứ trưởng Ngoại giao Lạc Văn Hưng."
    )
    assert all(e.trigger != "hạ cánh" for e in _events(text))


_FILLER = st.text(alphabet="abcdeêơưđ ,.;:()ĐLCHTgiữavàdiễnrađượctổchức0123456789/", max_size=60)


@settings(deadline=None)
@given(_FILLER, _FILLER)
def test_noun_acts_and_arrivals_keep_offsets_valid(front: str, back: str) -> None:
    text = (
        f"Tin tức\n\n{front} Cuộc hội đàm giữa Thủ tướng Đinh Quang Lộc {back} diễn ra chiều "
        f"14/10. {back}, Lễ đón {front} được tổ chức. Chuyên cơ chở Tổng thống Pablo Herrera đã "
        f"hạ cánh xuống sân bay {front}. Ra sân bay đón có Thứ trưởng Lạc Văn Hưng."
    )
    for event in _events(text):
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)


def test_a_meeting_holding_an_award_stays_the_event() -> None:
    # the headline names the award; the body gives it inside the meeting of the same sides
    text = (
        "Chủ tịch Hội Nông dân trao kỷ niệm chương cho Đại sứ Peru\n\n"
        "Ngày 3/12/2021, Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn gặp mặt ông Luis Quispe, "
        "Đại sứ Peru tại Việt Nam, và trao tặng ông kỷ niệm chương."
    )
    main = _main(text)
    assert (main.type, main.trigger) == ("meeting", "gặp mặt")


def test_an_award_alone_keeps_its_own_type() -> None:
    text = (
        "Chủ tịch Hội Nông dân trao kỷ niệm chương cho Đại sứ Peru\n\n"
        "Ngày 3/12/2021, Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn đã trao tặng kỷ niệm "
        "chương cho ông Luis Quispe, Đại sứ Peru tại Việt Nam."
    )
    assert _main(text).type == "other"


def test_a_caption_reception_over_the_guests_thanks() -> None:
    # a page with no headline: the lead caption states the reception, the body only thanks
    text = (
        "Phó Chủ tịch nước Vũ Thị Hằng tiếp bà Ana Morales. Ảnh: TTXVN |\n"
        "Bà Vũ Thị Hằng khen ngợi bà Ana Morales về ba năm làm việc ở Hà Nội.\n"
        "Qua Đại sứ, Phó Chủ tịch nước chuyển lời mời Tổng thống Chile Pablo Herrera sớm "
        "sang thăm chính thức.\n"
        "Đại sứ Ana Morales cảm ơn Phó Chủ tịch nước Vũ Thị Hằng đã dành thời gian tiếp."
    )
    main = _main(text)
    assert main.type == "reception"
    assert _sides(main) == {("Vũ Thị Hằng", "host"), ("Ana Morales", "guest")}


def test_a_headline_office_of_a_concurrent_title_names_its_holder() -> None:
    # the body reports no act; the headline names the host by one of his two offices
    text = (
        "Phó Thủ tướng tiếp Bộ trưởng Thương mại Peru\n\n"
        "Theo Phó Thủ tướng kiêm Bộ trưởng Tư pháp Đào Minh Quân, hai nước còn nhiều dư địa "
        "hợp tác về nông sản và khoáng sản."
    )
    main = _main(text)
    assert main.type == "reception"
    assert _sides(main) == {("Đào Minh Quân", "host")}


def test_a_welcome_list_without_the_delegation_word_names_hosts() -> None:
    # "Tiếp và làm việc có A": those who received the delegation just told of
    text = (
        "Tuổi trẻ hai tỉnh giao lưu\n\n"
        "Từ 8 đến 10/5, một đoàn thanh niên tỉnh Attapeu (Lào) đã sang thăm tỉnh Kon Tum. "
        "Trưởng đoàn là đồng chí Bounmy Sayavong, Bí thư Tỉnh Đoàn Attapeu.\n"
        "Tiếp và làm việc có anh Nguyễn Văn Khoa - Bí thư Tỉnh Đoàn Kon Tum cùng cán bộ "
        "Tỉnh Đoàn.\n"
        "Hai bên trao đổi kinh nghiệm về phong trào thanh niên khởi nghiệp."
    )
    main = _main(text)
    assert main.type == "visit"
    assert ("Nguyễn Văn Khoa", "host") in _sides(main)


def test_an_arrival_with_a_single_welcomer_hosts_the_visit() -> None:
    text = (
        "Tổng thống Chile tới Hà Nội\n\n"
        "Tối 4/9, chuyên cơ chở Tổng thống Chile Pablo Herrera đã hạ cánh xuống sân bay quốc tế "
        "Nội Bài. Thứ trưởng Ngoại giao Lạc Văn Hưng ra sân bay đón Tổng thống Pablo Herrera."
    )
    main = _main(text)
    assert (main.type, main.trigger) == ("visit", "hạ cánh")
    assert _sides(main) == {("Pablo Herrera", "guest"), ("Lạc Văn Hưng", "host")}


def test_a_bare_arrival_is_the_visit() -> None:
    text = (
        "Tổng thống Chile tới Hà Nội\n\n"
        "Tối 4/9, chuyên cơ chở Tổng thống Chile Pablo Herrera đã hạ cánh xuống sân bay quốc tế "
        "Nội Bài. Đây là lần đầu ông tới Việt Nam."
    )
    main = _main(text)
    assert (main.type, main.trigger, main.date) == ("visit", "hạ cánh", "2023-09-04")
    assert _sides(main) == {("Pablo Herrera", "guest")}


def test_a_signing_counted_in_an_anniversary_list_is_no_act() -> None:
    text = (
        "Hai huyện biên giới hội đàm\n\n"
        "Chào mừng 55 năm quan hệ ngoại giao, 30 năm ký Hiệp định hợp tác, ngày 9/8 tại huyện "
        "Mường Lát, lãnh đạo hai huyện Mường Lát và Viengxay đã hội đàm."
    )
    events = _events(text)
    assert events[0].type == "talks"
    assert all(e.type != "signing" for e in events)
