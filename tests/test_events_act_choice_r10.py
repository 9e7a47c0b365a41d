"""Main-event choice and act vocabulary (round 10), in invented sentences at several levels
(state, ministry, province, party, parliament, embassy) with near misses where a rule must not
fire:

1. meetings told as nouns are acts: a plural or modified act noun that names its partner after
   "với" ("các cuộc gặp song phương với X"); an occasion frame written without its comma ends at
   the main clause's subject; an exchange told with a light verb ("đã có cuộc trao đổi với X");
   an audience told only as a frame after credentials, however long the ceremony's own account;
2. mentions are not acts: a word coordinated under a mentioned act noun ("kết quả cuộc hội đàm
   và hội kiến"); an act dated by a past-relative time ("hồi tháng 3 năm ngoái"); a ceremony the
   subject only witnesses when a meeting is held on its sidelines;
4. a body that only greets the guests: the headline's act;
5. an awaited visit nobody is named for is no main event ("sắp" plans like "sẽ").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from tests.event_helpers import events_of, main_of, names_of, roles_of
from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đinh Quốc Bảo": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Tạ Minh Khôi": {"titles": ["Bộ trưởng Ngoại giao"], "country": "VN"},
    "Lương Văn Tâm": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Hà Thị Nguyệt": {"titles": ["Đại sứ"], "country": "VN"},
    "Vũ Đình Khang": {"titles": ["Phó Chủ tịch Quốc hội"], "country": "VN"},
    "Park Ji-hoon": {"titles": ["Ngoại trưởng Hàn Quốc"], "country": "KR"},
    "Somchai Wong": {"titles": ["Tỉnh trưởng"], "country": "TH"},
    "Lena Fischer": {"titles": ["Bộ trưởng Ngoại giao"], "country": "DE"},
    "Karma Dorji": {"titles": ["Quốc vương"], "country": "BT"},
    "Tshering Wangmo": {"titles": ["Thứ trưởng Ngoại giao"], "country": "BT"},
    "Amara Okafor": {"titles": ["Tổng thống"], "country": "NG"},
    "Olaf Berg": {"titles": ["Chủ tịch Quốc hội"], "country": "NO"},
}


def _main(text: str) -> Event:
    return main_of(text, PEOPLE)


def _main_under(headline: str, text: str) -> Event | None:
    events = extract_events(annotate(text, PEOPLE, title=headline))
    return events[0] if events else None


# --- 1a. a plural or modified act noun that names its partner after "với" ----------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Bộ trưởng Ngoại giao Tạ Minh Khôi đã có các cuộc gặp song phương với Ngoại trưởng "
            "Hàn Quốc Park Ji-hoon và Bộ trưởng Ngoại giao Đức Lena Fischer.",
            "meeting",
        ),
        (
            "Chủ tịch UBND tỉnh Lương Văn Tâm đã có những buổi làm việc riêng với Tỉnh trưởng "
            "Somchai Wong trong hai ngày ở tỉnh bạn.",
            "meeting",
        ),
        (
            "Chủ tịch nước Đinh Quốc Bảo đã tiến hành các cuộc hội đàm cấp cao với Tổng thống "
            "Amara Okafor.",
            "talks",
        ),
        (
            "Tại New York, Phó Chủ tịch Quốc hội Vũ Đình Khang có nhiều cuộc gặp ngắn với "
            "Chủ tịch Quốc hội Olaf Berg.",
            "meeting",
        ),
    ],
)
def test_a_modified_plural_act_noun_with_its_partner_is_an_act(text: str, kind: str) -> None:
    main = _main(text)
    assert main.type == kind
    assert len(names_of(main)) >= 2


@pytest.mark.parametrize(
    "text",
    [
        # no partner after the noun: the meetings are a topic
        "Bộ trưởng Tạ Minh Khôi cho rằng các cuộc gặp song phương đã góp phần tăng cường "
        "hiểu biết giữa hai nước.",
        # the partner is the public: a voters' round, no meeting of two sides
        "Chủ tịch UBND tỉnh Lương Văn Tâm có nhiều cuộc gặp thường xuyên với cử tri trong tỉnh.",
    ],
)
def test_a_plural_act_noun_without_a_named_partner_stays_generic(text: str) -> None:
    assert not any(e.type == "meeting" for e in events_of(text, PEOPLE))


# --- 1b. an occasion frame without its comma ends at the main clause's subject -----------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Nhân dịp dự Hội nghị Bộ trưởng Ngoại giao ASEAN Bộ trưởng Tạ Minh Khôi đã gặp "
            "Ngoại trưởng Hàn Quốc Park Ji-hoon.",
            "meeting",
        ),
        (
            "Nhân dịp tham dự Khóa họp Đại hội đồng Liên Hợp Quốc Chủ tịch nước Đinh Quốc Bảo "
            "đã có các cuộc gặp song phương với Tổng thống Amara Okafor và Chủ tịch Quốc hội "
            "Olaf Berg.",
            "meeting",
        ),
        (
            "Trong khuôn khổ Hội chợ thương mại biên giới Chủ tịch UBND tỉnh Lương Văn Tâm "
            "vừa hội đàm với Tỉnh trưởng Somchai Wong.",
            "talks",
        ),
    ],
)
def test_an_uncommaed_occasion_frame_leaves_the_main_clause_its_act(text: str, kind: str) -> None:
    main = _main(text)
    assert main.type == kind
    assert len(names_of(main)) >= 2


def test_the_frame_still_holds_its_own_act() -> None:
    # the attendance stays the frame's (a secondary event), the meeting is main
    events = events_of(
        "Nhân dịp dự Diễn đàn Kinh tế Phương Đông Bộ trưởng Tạ Minh Khôi đã gặp Bộ trưởng "
        "Ngoại giao Đức Lena Fischer.",
        PEOPLE,
    )
    assert events[0].type == "meeting"
    assert any(e.type == "attend" for e in events[1:])


def test_a_frame_whose_first_words_are_its_person_is_not_cut() -> None:
    # "Nhân dịp Thủ tướng X ..." : the person is the frame's own subject, no main clause yet
    main = _main(
        "Nhân dịp Tổng thống Amara Okafor đã sang dự Hội nghị, Chủ tịch nước Đinh Quốc Bảo "
        "đã tiếp Tổng thống Amara Okafor tại Hà Nội."
    )
    assert main.type == "reception"
    assert roles_of(main) == {"Đinh Quốc Bảo": "host", "Amara Okafor": "guest"}


# --- 1c. an exchange told with a light verb -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 3/5, Bộ trưởng Ngoại giao Tạ Minh Khôi đã có cuộc trao đổi với Bộ trưởng Ngoại "
        "giao Đức Lena Fischer về hợp tác hai nước.",
        "Ngày 3/5, Tỉnh trưởng Somchai Wong có buổi trao đổi với Chủ tịch UBND tỉnh Lương Văn "
        "Tâm về thương mại qua biên giới.",
        "Sáng 3/5, Đại sứ Hà Thị Nguyệt đã tiến hành cuộc trao đổi thân mật với Chủ tịch Quốc "
        "hội Olaf Berg.",
    ],
)
def test_an_exchange_told_with_a_light_verb_is_a_meeting(text: str) -> None:
    main = _main(text)
    assert main.type == "meeting"
    assert main.trigger == "trao đổi"
    assert len(names_of(main)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the press holds it: an interview
        "Nhân dịp này, Tạp chí Đối Ngoại đã có cuộc trao đổi với Chủ tịch UBND tỉnh Lương Văn "
        "Tâm về quan hệ với các tỉnh bạn.",
        "Bộ trưởng Tạ Minh Khôi đã có cuộc trao đổi với phóng viên về kết quả chuyến công tác.",
    ],
)
def test_an_exchange_with_or_by_the_press_is_no_meeting(text: str) -> None:
    assert not any(e.type == "meeting" for e in events_of(text, PEOPLE))


def test_the_headline_call_names_the_bodys_exchange() -> None:
    main = _main_under(
        "Cuộc điện đàm của Bộ trưởng Tạ Minh Khôi với Ngoại trưởng Park Ji-hoon",
        "Hôm nay Bộ trưởng Ngoại giao Tạ Minh Khôi đã có cuộc trao đổi với Ngoại trưởng Hàn "
        "Quốc Park Ji-hoon. Hai bên khẳng định quan hệ đối tác.",
    )
    assert main is not None
    assert main.type == "phone_call"


# --- 1d. credentials, the ceremony's account, then the audience as a frame ----------------------

_CEREMONY = (
    "Sáng 3/5, Đại sứ Hà Thị Nguyệt đã trình {paper} của Chủ tịch nước Đinh Quốc Bảo lên "
    "Quốc vương Karma Dorji. Lễ trình quốc thư được tổ chức trọng thể tại Cung điện. Dự lễ "
    "trình quốc thư có nhiều quan chức. Về phía Bộ Ngoại giao có sự hiện diện của Thứ trưởng "
    "Ngoại giao Tshering Wangmo trong lễ trình quốc thư. "
)


@pytest.mark.parametrize("paper", ["Ủy nhiệm thư", "Uỷ nhiệm thư", "Thư ủy nhiệm", "Quốc thư"])
def test_the_audience_after_a_long_ceremony_account_is_main(paper: str) -> None:
    main = _main(
        _CEREMONY.format(paper=paper)
        + "Trong buổi tiếp kiến Quốc vương sau lễ trình, Đại sứ Hà Thị Nguyệt chuyển lời thăm "
        "hỏi của Chủ tịch nước."
    )
    assert main.type == "reception"
    assert roles_of(main) == {"Karma Dorji": "host", "Hà Thị Nguyệt": "guest"}


def test_sino_vietnamese_letter_of_credence_is_credentials() -> None:
    main = _main("Ngày 3/5, Đại sứ Hà Thị Nguyệt đã trình Ủy nhiệm thư lên Quốc vương Karma Dorji.")
    assert main.type == "other"
    assert names_of(main) == {"Hà Thị Nguyệt", "Karma Dorji"}


def test_a_reception_recalled_in_the_ceremony_speeches_is_not_its_audience() -> None:
    main = _main(
        "Ngày 3/5, Đại sứ Hà Thị Nguyệt đã trình Thư ủy nhiệm lên Tổng thống Amara Okafor. "
        "Lễ trình Thư ủy nhiệm diễn ra trọng thể. Tại buổi lễ, Tổng thống nhắc lại rằng "
        "Chủ tịch nước Đinh Quốc Bảo đã tiếp Tổng thống Amara Okafor hồi năm 2019 tại Hà Nội."
    )
    assert main.type == "other"


# --- 2a. a word coordinated under a mentioned act noun is mentioned too -------------------------


def test_coordinated_act_words_under_a_report_are_not_acts() -> None:
    main = _main(
        "Chiều 3/5, Chủ tịch nước Đinh Quốc Bảo đã tiếp Tổng thống Amara Okafor. Tổng thống "
        "Amara Okafor thông báo với Chủ tịch nước Đinh Quốc Bảo kết quả cuộc hội đàm và hội "
        "kiến với các nhà lãnh đạo."
    )
    assert main.type == "reception"
    events = events_of(
        "Chiều 3/5, Chủ tịch nước Đinh Quốc Bảo đã tiếp Tổng thống Amara Okafor. Tổng thống "
        "Amara Okafor thông báo kết quả cuộc hội đàm và hội kiến với lãnh đạo nước chủ nhà.",
        PEOPLE,
    )
    assert all(e.referenced for e in events if e.trigger in ("hội đàm", "hội kiến"))


# --- 2b. a past-relative time recalls its act ----------------------------------------------------


@pytest.mark.parametrize(
    "recall",
    [
        "Trong chuyến thăm Đức của Bộ trưởng Tạ Minh Khôi hồi tháng 3 năm ngoái, hai Bộ Ngoại "
        "giao đã ký Bản ghi nhớ hợp tác.",
        "Trong chuyến thăm Đức của Bộ trưởng Tạ Minh Khôi cách đây hai năm, hai bên đã ký "
        "Bản ghi nhớ hợp tác.",
        "Năm ngoái, Bộ trưởng Tạ Minh Khôi đã thăm Đức và ký Bản ghi nhớ hợp tác.",
        "Bộ trưởng Tạ Minh Khôi đã thăm Đức hồi năm 2019, khi hai bên ký Bản ghi nhớ.",
    ],
)
def test_a_recalled_act_never_beats_the_announced_one(recall: str) -> None:
    main = _main(
        "Bộ trưởng Ngoại giao Đức Lena Fischer sẽ thăm và làm việc tại Việt Nam đầu tuần tới. "
        + recall
    )
    assert main.type == "visit"
    assert names_of(main) == {"Lena Fischer"}


@pytest.mark.parametrize(
    "text",
    [
        # "hồi" before a clock time is today's
        "Hồi 9 giờ sáng 3/5, Chủ tịch nước Đinh Quốc Bảo đã tiếp Tổng thống Amara Okafor.",
        # the past time dates another clause; a new clause of the page's time follows
        "Sau chuyến thăm hồi năm ngoái, nay Tổng thống Amara Okafor sang thăm Việt Nam lần "
        "thứ hai và hội đàm với Chủ tịch nước Đinh Quốc Bảo.",
    ],
)
def test_a_time_of_today_or_a_new_clause_is_not_recalled(text: str) -> None:
    main = _main(text)
    assert not main.referenced
    assert "Amara Okafor" in names_of(main)


# --- 2c. a ceremony only witnessed, and the meeting on its sidelines ----------------------------


@pytest.mark.parametrize(
    "sideline",
    [
        "Bên lề lễ ký, Bộ trưởng Tạ Minh Khôi đã có cuộc trao đổi với Bộ trưởng Ngoại giao "
        "Đức Lena Fischer.",
        "Bên lề lễ ký kết, Bộ trưởng Tạ Minh Khôi đã gặp Bộ trưởng Ngoại giao Đức Lena Fischer.",
        "Bên lề lễ ký, Bộ trưởng Tạ Minh Khôi hội đàm với Bộ trưởng Lena Fischer về hợp tác.",
    ],
)
def test_the_meeting_beside_a_witnessed_ceremony_is_main(sideline: str) -> None:
    main = _main(
        "Ngày 3/5, tại Berlin, Chủ tịch nước Đinh Quốc Bảo đã chứng kiến lễ ký các thỏa "
        "thuận hợp tác giữa doanh nghiệp hai nước. " + sideline
    )
    assert main.type in ("meeting", "talks")
    assert names_of(main) == {"Tạ Minh Khôi", "Lena Fischer"}
    assert main.date == "--05-03"


def test_a_signing_with_its_own_sides_stays_main() -> None:
    # the leaders sign themselves: the signing is the act, the later meeting comes after it
    main = _main(
        "Ngày 3/5, Bộ trưởng Tạ Minh Khôi và Bộ trưởng Lena Fischer đã ký Bản ghi nhớ hợp tác. "
        "Bên lề lễ ký, Bộ trưởng Tạ Minh Khôi đã gặp Ngoại trưởng Park Ji-hoon."
    )
    assert main.type == "signing"


def test_a_meeting_beside_another_event_does_not_replace_the_ceremony() -> None:
    main = _main(
        "Ngày 3/5, Chủ tịch nước Đinh Quốc Bảo đã chứng kiến lễ ký các thỏa thuận hợp tác. "
        "Bên lề Hội nghị thượng đỉnh, Bộ trưởng Tạ Minh Khôi đã gặp Bộ trưởng Lena Fischer."
    )
    assert main.type == "signing"


# --- 4. a body that only greets: the headline's act ---------------------------------------------


@pytest.mark.parametrize(
    ("headline", "body", "host"),
    [
        (
            "Phó Chủ tịch Quốc hội Vũ Đình Khang tiếp Chủ tịch Quốc hội Na Uy",
            "Nhiệt liệt chào mừng Chủ tịch Quốc hội Olaf Berg sang tham dự Hội nghị tại Hà Nội, "
            "Phó Chủ tịch Quốc hội Vũ Đình Khang cảm ơn sự tham gia của Đoàn.",
            "Vũ Đình Khang",
        ),
        (
            "Chủ tịch UBND tỉnh Lương Văn Tâm tiếp Tỉnh trưởng Somchai Wong",
            "Hoan nghênh Tỉnh trưởng Somchai Wong cùng đoàn sang dự Lễ hội, Chủ tịch UBND tỉnh "
            "Lương Văn Tâm đánh giá cao quan hệ hai tỉnh.",
            "Lương Văn Tâm",
        ),
    ],
)
def test_a_greeting_body_takes_the_headline_act(headline: str, body: str, host: str) -> None:
    main = _main_under(headline, body)
    assert main is not None
    assert main.type == "reception"
    assert roles_of(main)[host] == "host"


def test_a_body_that_tells_its_act_keeps_it() -> None:
    main = _main_under(
        "Phó Chủ tịch Quốc hội Vũ Đình Khang tiếp Chủ tịch Quốc hội Na Uy",
        "Chiều 3/5, Phó Chủ tịch Quốc hội Vũ Đình Khang đã hội đàm với Chủ tịch Quốc hội "
        "Olaf Berg sang tham dự Hội nghị.",
    )
    assert main is not None
    assert main.type == "talks"


# --- 5. an awaited visit nobody is named for is no main event -----------------------------------


def test_an_essay_awaiting_an_unnamed_leader_has_no_main_event() -> None:
    events = events_of(
        "Bài báo viết, quan hệ hai nước đang phát triển. Trong mùa thu này, Thủ đô sắp chào "
        "đón nhà lãnh đạo cao nhất của nước bạn tiến hành chuyến thăm cấp Nhà nước tới Việt "
        "Nam.",
        PEOPLE,
    )
    assert all(e.planned or e.referenced for e in events)


def test_sap_plans_a_named_visit_too() -> None:
    events = events_of(
        "Tổng thống Amara Okafor sắp tiến hành chuyến thăm chính thức Việt Nam.", PEOPLE
    )
    assert events and events[0].type == "visit" and events[0].planned


def test_sap_xep_is_no_plan() -> None:
    main = _main(
        "Dù lịch làm việc dày đặc, Tổng thống Amara Okafor đã sắp xếp thời gian để gặp Chủ "
        "tịch nước Đinh Quốc Bảo tối 3/5."
    )
    assert main.type == "meeting"
    assert not main.planned
