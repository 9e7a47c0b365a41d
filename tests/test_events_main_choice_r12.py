"""Main-event choice, round 12, each construction in invented words (names, places, dates and
outlets made up for these tests):

* an arrival welcome ("Đón X tại sân bay có A; B", "Đón đoàn tại cửa khẩu có ...") gives way to
  the reception or talks the page reports after it, or to the programme's visit it opens;
* a visit lead, then talks between two delegations ("đoàn A và đoàn B đã hội đàm") the body
  refers back to: the talks, with the visiting delegation's head;
* a visit lead, then talks, an attendee line ("Tham dự hội đàm có ...") and "Tại cuộc hội đàm":
  the talks;
* credentials, then "buổi gặp ... sau khi trình Quốc thư" further down: that meeting;
* a headline "Hội đàm giữa A với B" over a body of "Tại hội nghị" and a signing: the talks.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.runner_helpers import events as _events
from tests.runner_helpers import main_event as _main
from tests.runner_helpers import roles as _roles

AIRPORT = (
    "Đón Thủ tướng Nguyễn Văn Bình tại sân bay quốc tế Ottawa có Bộ trưởng Thương mại Canada "
    "Henry Walsh và Phu nhân; Thị trưởng Ottawa Paul Dubois.\n\n"
    "Tại Ottawa, Thủ tướng Nguyễn Văn Bình đã tiếp Bộ trưởng Thương mại Canada Henry Walsh.\n\n"
    "Thủ tướng bày tỏ vui mừng trước kết quả hợp tác giữa hai nước trong thời gian qua."
)


def test_an_airport_welcome_gives_way_to_the_reception_after_it() -> None:
    main = _main(AIRPORT)
    assert (main.type, main.trigger) == ("reception", "tiếp")
    assert _roles(main) == {"Nguyễn Văn Bình": "host", "Henry Walsh": "guest"}
    assert main.location == "Ottawa"


def test_an_airport_welcome_then_talks() -> None:
    text = AIRPORT.replace("đã tiếp Bộ trưởng", "đã hội đàm với Bộ trưởng")
    main = _main(text)
    assert main.type == "talks"
    assert {"Nguyễn Văn Bình", "Henry Walsh"} <= set(_roles(main))


def test_an_airport_welcome_alone_stays() -> None:
    text = AIRPORT.split("\n\nTại Ottawa")[0]
    main = _main(text)
    assert main.type in ("reception", "visit")
    assert "Nguyễn Văn Bình" in _roles(main)


BORDER = (
    "Đón đoàn đại biểu tỉnh Hà Giang tại Cửa khẩu Thanh Thủy, phía Quảng Tây (Trung Quốc) có đại "
    "diện Ban Ngoại vụ tỉnh Quảng Tây.\n"
    "Theo chương trình, Đoàn đại biểu tỉnh Hà Giang sẽ thăm và làm việc với tỉnh Quảng Tây (Trung "
    "Quốc) từ ngày 10 đến ngày 13/4.\n"
    "Chiều ngày 11/4, Bí thư Tỉnh ủy Trần Minh Khoa cùng đoàn sẽ có cuộc gặp với lãnh đạo tỉnh "
    "Quảng Tây.\n"
    "Chuyến thăm và làm việc của Bí thư Tỉnh ủy Hà Giang Trần Minh Khoa nhằm tăng cường quan hệ "
    "hợp tác giữa hai tỉnh."
)


def test_a_border_welcome_opens_the_programme_visit() -> None:
    main = _main(BORDER)
    assert main.type == "visit"
    assert main.trigger == "thăm và làm việc"
    assert main.date is not None and main.date == "2024-04-10/2024-04-13"
    assert not main.planned
    assert _roles(main) == {"Trần Minh Khoa": "guest"}


DELEGATIONS = (
    "Nhận lời mời của Bộ trưởng Bộ Tư pháp Campuchia Sok Vanna, đoàn đại biểu Bộ Tư pháp do "
    "Bộ trưởng Lê Văn Tâm dẫn đầu đã thăm chính thức Campuchia từ ngày 5 đến 8-6.\n\n"
    "Chiều 6-6, đoàn đại biểu Bộ Tư pháp Việt Nam và đoàn đại biểu Bộ Tư pháp Campuchia đã "
    "tiến hành hội đàm. Tại cuộc hội đàm, hai bên nhất trí tăng cường trao đổi kinh nghiệm "
    "xây dựng pháp luật."
)


def test_talks_between_two_delegations_after_a_visit_lead() -> None:
    main = _main(DELEGATIONS)
    assert main.type == "talks"
    assert main.part_of_day == "afternoon"
    assert _roles(main).get("Lê Văn Tâm") == "guest"


def test_a_visit_lead_with_no_account_stays() -> None:
    text = DELEGATIONS.split(" Tại cuộc hội đàm")[0]
    text = text.replace("đã tiến hành hội đàm.", "đã đi thăm khu di tích.")
    assert _main(text).type == "visit"


def test_an_attendee_line_does_not_part_the_talks_from_their_account() -> None:
    text = (
        "Nhận lời mời của Phó Thủ tướng Thái Lan Somchai Rattana, Phó Thủ tướng Đỗ Hữu Lâm đã có "
        "chuyến thăm làm việc tại Thái Lan từ ngày 3 đến 4/9/2024. Chiều nay, Phó Thủ tướng Đỗ "
        "Hữu Lâm đã có cuộc hội đàm với Phó Thủ tướng Somchai Rattana. Tham dự hội đàm có lãnh "
        "đạo các bộ, ngành của hai nước.\n\n"
        "Tại cuộc hội đàm, Phó Thủ tướng Somchai Rattana nhiệt liệt chào mừng Phó Thủ tướng Đỗ "
        "Hữu Lâm lần đầu sang thăm Thái Lan trên cương vị mới. Hai bên đã thông báo cho nhau về "
        "tình hình mỗi nước và nhất trí thúc đẩy hợp tác thương mại, đầu tư."
    )
    main = _main(text)
    assert main.type == "talks"
    assert _roles(main) == {"Đỗ Hữu Lâm": "guest", "Somchai Rattana": "host"}


def test_a_meeting_that_says_it_followed_the_credentials() -> None:
    text = (
        "Đại sứ Hoàng Minh Đức trình Quốc thư lên Tổng thống Chile\n\n"
        "Ngày 8/3, tại Phủ Tổng thống ở Santiago, Đại sứ Việt Nam tại Chile Hoàng Minh Đức đã "
        "trình Quốc thư lên Tổng thống Chile Ricardo Fuentes.\n\n"
        "Chú thích ảnh\n"
        "Tổng thống Chile chụp ảnh lưu niệm cùng Đại sứ Hoàng Minh Đức.\n\n"
        "Lễ trình Quốc thư được tổ chức trọng thể.\n\n"
        "Có 4 đại sứ trình Quốc thư trong đợt này.\n\n"
        "Trong buổi gặp Tổng thống Chile sau khi trình Quốc thư, Đại sứ Hoàng Minh Đức chuyển "
        "lời thăm hỏi của lãnh đạo Việt Nam tới Tổng thống Ricardo Fuentes."
    )
    main = _main(text)
    assert main.type == "meeting"
    assert _roles(main) == {"Ricardo Fuentes": "host", "Hoàng Minh Đức": "guest"}


def test_the_headline_talks_over_a_body_of_conference_and_signing() -> None:
    text = (
        "Hội đàm giữa Bộ đội Biên phòng tỉnh Kon Tum với Công an tỉnh Attapeu (Lào)\n\n"
        "Tại hội nghị, hai bên đã thông báo cho nhau về tình hình an ninh vùng biên giới và kết "
        "quả phối hợp trong năm qua.\n"
        "Hai bên đã thống nhất ký kết Biên bản ghi nhớ về phối hợp tuần tra chung."
    )
    main = _main(text)
    assert main.type == "talks"
    assert main.participants == ()


_FILLER = st.text(alphabet="abcdeêơưđ ,.;:()ĐLCHTgiữavàcóđónsânbay0123456789/", max_size=60)


@settings(deadline=None)
@given(_FILLER, _FILLER)
def test_welcomes_and_delegation_talks_keep_offsets_valid(front: str, back: str) -> None:
    text = (
        f"Đón Thủ tướng Nguyễn Văn Bình tại sân bay {front} có Thị trưởng Paul Dubois. {back} "
        f"Tại Ottawa, Thủ tướng Nguyễn Văn Bình đã tiếp {front} Thị trưởng Paul Dubois. "
        f"Đoàn A {back} và đoàn B đã hội đàm. Trong buổi gặp {front} sau khi trình Quốc thư, {back}"
    )
    for event in _events(text):
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)
