"""Post-round-6 fixes, each with variants an unseen outlet would write and near misses:

* a programme paragraph ("Theo chương trình, ...", "Dự kiến, ...") plans every act it tells,
  the noun back-references ("Sau lễ đón", "Tại lễ đón") included, until something is done;
* after credentials, a meeting told only as the next sentence's opening frame ("Tại buổi hội
  kiến với Tổng thống, ...") is the main event, the head of state hosting the envoy;
* a welcome chained straight to talks ("đã đón, hội đàm với X") is the talks; an act chained
  after a visit verb in one clause that the body refers back to ("Tại buổi tiếp") wins.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def runner() -> Any:
    import vndiplo

    return vndiplo.Runner()


def _main(runner: Any, text: str) -> Any:
    doc = runner.run({"id": "x", "text": text, "published": "2024-05-10"})
    assert doc.events
    return doc.events[0]


def _roles(event: Any) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in event.participants}


_ARRIVAL = (
    "Tối 7/4, Thủ tướng Tây Ban Nha Pedro Alvarez đã đáp xuống Hà Nội, mở đầu chuyến thăm"
    " chính thức tới Việt Nam.\n"
)


@pytest.mark.parametrize(
    "programme",
    [
        "Theo chương trình, sáng 8/4, lễ đón chính thức Thủ tướng Pedro Alvarez sẽ được"
        " tổ chức ở Dinh Thủ tướng. Sau lễ đón, Thủ tướng Ngô Minh Tâm sẽ hội đàm với Thủ tướng"
        " Pedro Alvarez.",
        "Dự kiến, sáng 8/4, Thủ tướng Ngô Minh Tâm chủ trì lễ đón Thủ tướng Pedro Alvarez tại"
        " Phủ Chủ tịch. Tại lễ đón, hai người cùng duyệt hàng quân danh dự. Sau đó, hai bên"
        " hội đàm.",
        "Theo lịch trình, ngày 8/4, Thủ tướng Ngô Minh Tâm đón Thủ tướng Pedro Alvarez tại Phủ"
        " Chủ tịch. Trong buổi hội đàm sau đó, hai Thủ tướng trao đổi về hợp tác.",
        "Theo kế hoạch, trong ngày 8/4, Thủ tướng Pedro Alvarez sẽ hội đàm với Thủ tướng Ngô"
        " Minh Tâm. Tại buổi hội đàm, hai bên ký ba văn kiện.",
    ],
)
def test_a_programme_paragraph_plans_all_its_acts(runner: Any, programme: str) -> None:
    main = _main(runner, _ARRIVAL + programme)
    assert main.type == "visit"
    assert not main.planned


def test_near_miss_a_done_act_after_the_programme_is_reported(runner: Any) -> None:
    main = _main(
        runner,
        "Sáng 8/4, Thủ tướng Ngô Minh Tâm đã chủ trì nghi lễ đón Thủ tướng Tây Ban Nha Pedro"
        " Alvarez tại Phủ Chủ tịch.\nTheo chương trình, chiều cùng ngày, Thủ tướng Pedro Alvarez"
        " sẽ thăm Văn Miếu. Tại lễ đón, hai Thủ tướng đã duyệt đội danh dự.",
    )
    assert main.type == "reception"
    assert not main.planned


def test_near_miss_a_plan_word_inside_a_clause_opens_no_programme(runner: Any) -> None:
    main = _main(
        runner,
        "Sáng 8/4, Thủ tướng Ngô Minh Tâm đã hội đàm với Thủ tướng Tây Ban Nha Pedro Alvarez tại"
        " Phủ Chủ tịch.\nHai bên dự kiến ký ba văn kiện trong năm nay.",
    )
    assert main.type == "talks"


_CREDENTIALS = (
    "Ngày 4/3, Đại sứ Vũ Hoàng Nam đã trình Quốc thư tới Tổng thống Phần Lan Helga Lindqvist. "
)


@pytest.mark.parametrize(
    ("frame", "word"),
    [
        (
            "Tại buổi hội kiến với Tổng thống Helga Lindqvist, Đại sứ chuyển lời thăm hỏi.",
            "hội kiến",
        ),
        ("Trong buổi hội kiến với Tổng thống sau lễ trình quốc thư, ông Nam cảm ơn.", "hội kiến"),
        ("Trong buổi gặp với Tổng thống, hai bên trao đổi về hợp tác.", "gặp"),
        ("Tại cuộc hội kiến ngay sau đó, Tổng thống chúc mừng Đại sứ.", "hội kiến"),
    ],
)
def test_a_framed_meeting_after_credentials_is_main(runner: Any, frame: str, word: str) -> None:
    main = _main(runner, _CREDENTIALS + frame)
    assert main.type == "meeting"
    assert main.trigger == word
    assert _roles(main) == {("Helga Lindqvist", "host"), ("Vũ Hoàng Nam", "guest")}


@pytest.mark.parametrize(
    "frame",
    [
        # someone else: a minister, another day
        "Tại buổi làm việc với Bộ trưởng Ngoại giao Đinh Thị Lan ngày 10/3, Đại sứ bàn về"
        " thương mại.",
        # a recall, not a frame opening the sentence
        "Nhắc lại buổi hội kiến với Tổng thống năm 2019, Đại sứ cảm ơn.",
    ],
)
def test_near_miss_other_meetings_after_credentials(runner: Any, frame: str) -> None:
    main = _main(runner, _CREDENTIALS + frame)
    assert main.type == "other"


@pytest.mark.parametrize(
    "chain",
    [
        "vừa chủ trì lễ đón chính thức, rồi hội đàm với",
        "đã đón, hội đàm với",
        "đã đón và hội đàm với",
        "tổ chức lễ đón và hội đàm với",
        "đã đón trọng thể, tiến hành hội đàm với",
    ],
)
def test_a_welcome_chained_to_talks_is_the_talks(runner: Any, chain: str) -> None:
    main = _main(
        runner,
        f"Ngày 12/9, Thủ tướng Ngô Minh Tâm {chain} Thủ tướng Tây Ban Nha Pedro Alvarez tại Phủ"
        " Chủ tịch.",
    )
    assert main.type == "talks"
    assert _roles(main) == {("Ngô Minh Tâm", "host"), ("Pedro Alvarez", "guest")}


def test_near_miss_a_welcome_with_its_own_object_stays(runner: Any) -> None:
    main = _main(
        runner,
        "Ngày 12/9, Thủ tướng Ngô Minh Tâm đã đón Thủ tướng Tây Ban Nha Pedro Alvarez tại sân bay"
        " Nội Bài.",
    )
    assert main.type == "reception"


_VISIT = "Ngày 12/9, Bộ trưởng Ngoại giao Đinh Thị Lan đã thăm tỉnh Gifu, "


@pytest.mark.parametrize(
    ("clause", "backref", "kind"),
    [
        ("tiếp Thống đốc Kenji Mori và đối thoại với doanh nghiệp.", "Tại buổi tiếp", "reception"),
        ("hội đàm với Thống đốc Kenji Mori và gặp cộng đồng.", "Trong buổi hội đàm", "talks"),
        ("tiếp Thống đốc Kenji Mori, thăm một nhà máy.", "Trong buổi tiếp", "reception"),
    ],
)
def test_the_chained_act_the_body_refers_to_wins(
    runner: Any, clause: str, backref: str, kind: str
) -> None:
    main = _main(runner, f"{_VISIT}{clause} {backref}, hai bên bàn về lao động.")
    assert main.type == kind
    assert {p.name for p in main.participants} == {"Đinh Thị Lan", "Kenji Mori"}


@pytest.mark.parametrize(
    "after",
    [
        "Bộ trưởng đánh giá cao quan hệ hai địa phương.",
        "Tại buổi đối thoại, các doanh nghiệp nêu kiến nghị.",
    ],
)
def test_near_miss_the_visit_stays_without_a_back_reference(runner: Any, after: str) -> None:
    main = _main(
        runner, f"{_VISIT}tiếp Thống đốc Kenji Mori và đối thoại với doanh nghiệp. {after}"
    )
    assert main.type == "visit"
