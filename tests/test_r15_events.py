"""Round 15, main-event type and choice, each construction in invented words.

1. Talks told inside a visit. A visit lead followed by talks the body goes on about: talks
   reported with a counterpart the visit does not name, nothing told after them, the counterpart
   speaking next (README round 4, D06/M10/J12); talks the body refers back to with no one named
   ("Tại buổi hội đàm, hai bên ..."), which take the visit's visitor as guest; and, under a
   headline of themes, talks after the welcome with the visitor only named by the visit. A visit
   whose talks are one act among others stays the visit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Kato Hiroshi": {"titles": ["Tổng Lãnh sự Nhật Bản"], "country": "JP"},
    "Lê Văn Tâm": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
    "Trần Minh Đức": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Lý Minh Quân": {"titles": ["Huyện trưởng"], "country": "CN"},
    "Anders Holm": {"titles": ["Tổng thống"], "country": "DK"},
}


def _main(text: str, title: str | None = None, dates: Any = ()) -> Event:
    fields = {"title": title} if title is not None else {}
    events = extract_events(annotate(text, PEOPLE, dates, **fields))
    assert events, text
    return events[0]


def _roles(event: Event) -> dict[str, str]:
    return {p.name: p.role for p in event.participants}


VISIT = "Ngày 3/5, ông Kato Hiroshi, Tổng Lãnh sự Nhật Bản, đã có chuyến thăm tỉnh Kiên Giang. "
TALKED_ON = [
    # the counterpart speaks next, by short form, full name or title and name
    "Tại tỉnh Kiên Giang, ông Kato Hiroshi có cuộc hội đàm cùng ông Lê Văn Tâm, Bí thư "
    "Tỉnh ủy. Ông Lê Văn Tâm cho biết, tỉnh đang chú trọng thu hút đầu tư vào cảng biển.",
    "Ông Kato Hiroshi đã hội đàm với Bí thư Lê Văn Tâm. Bí thư Lê Văn Tâm khẳng định "
    "tỉnh sẽ tạo mọi thuận lợi cho doanh nghiệp Nhật Bản.",
    "Sau đó, ông Kato Hiroshi tiến hành hội đàm với ông Lê Văn Tâm. Đồng chí Lê Văn Tâm đề nghị "
    "hai bên chia sẻ số liệu về thị trường lao động.",
    "Ông Kato Hiroshi và ông Lê Văn Tâm đã hội đàm tại trụ sở Tỉnh ủy. Ông Lê Văn Tâm thông báo "
    "tình hình kinh tế của tỉnh trong năm qua. Hai bên nhất trí duy trì liên lạc thường xuyên.",
]


@pytest.mark.parametrize("talks", TALKED_ON)
def test_talks_the_body_goes_on_about_are_main(talks: str) -> None:
    main = _main(VISIT + talks, dates=[("Ngày 3/5", "--05-03")])
    assert main.type == "talks"
    assert _roles(main) == {"Kato Hiroshi": "guest", "Lê Văn Tâm": "host"}


def test_the_talks_stay_main_under_a_headline_naming_the_visit() -> None:
    main = _main(VISIT + TALKED_ON[0], title="Tổng Lãnh sự Nhật Bản thăm tỉnh Kiên Giang")
    assert main.type == "talks"


def test_a_visit_whose_talks_are_one_act_among_others_stays() -> None:
    text = (
        VISIT + TALKED_ON[0] + " Chiều cùng ngày, ông Kato Hiroshi đã làm việc với ông Trần Minh "
        "Đức, Chủ tịch UBND tỉnh, về các dự án ODA."
    )
    assert _main(text).type == "visit"


def test_the_visit_stays_when_the_visitor_speaks_next() -> None:
    text = (
        VISIT + "Ông Kato Hiroshi đã hội đàm với ông Lê Văn Tâm. Ông Kato Hiroshi bày tỏ vui "
        "mừng lần đầu đến thăm tỉnh."
    )
    assert _main(text).type == "visit"


def test_the_visit_stays_when_the_talks_come_late() -> None:
    text = (
        VISIT + "Đoàn đã thăm cảng biển. Đoàn đã thăm khu công nghiệp. Đoàn đã thăm trường đại "
        "học. Cuối chuyến thăm, ông Kato Hiroshi hội đàm với ông Lê Văn Tâm. Ông Lê Văn Tâm cảm "
        "ơn đoàn."
    )
    assert _main(text).type == "visit"


DELEGATION = (
    "Nhận lời mời của UBND huyện Sơn Hà, trong hai ngày 3/5 và 4/5, Đoàn đại biểu huyện Thanh "
    "Lâm (Trung Quốc) do ông Lý Minh Quân, Huyện trưởng, dẫn đầu đã sang thăm, làm việc tại huyện "
    "Sơn Hà. "
)
BACKREFS = [
    "Tại buổi hội đàm, hai bên bàn về quản lý lao động qua biên giới.",
    "Tại cuộc hội đàm, hai bên thống nhất phối hợp phòng chống buôn lậu.",
    "Trong buổi hội đàm, hai bên điểm lại các dự án chung.",
]


@pytest.mark.parametrize("backref", BACKREFS)
def test_talks_referred_back_to_with_no_one_named_take_the_visitor(backref: str) -> None:
    main = _main(DELEGATION + backref)
    assert main.type == "talks"
    assert _roles(main) == {"Lý Minh Quân": "guest"}


def test_a_back_reference_far_after_the_visit_leaves_the_visit() -> None:
    text = (
        DELEGATION + "Đoàn đã thăm chợ biên giới. Đoàn đã thăm trường học. Đoàn đã thăm nhà "
        "máy thủy điện. " + BACKREFS[0]
    )
    assert _main(text).type == "visit"


WELCOMED = (
    "Sáng 3/5, lễ đón chính thức Tổng thống Anders Holm sang thăm cấp Nhà nước tới Hà Nội được "
    "tổ chức trọng thể tại Phủ Chủ tịch. Sau lễ đón, hai nhà lãnh đạo đã tiến hành hội đàm. "
    "Hai bên nhất trí nâng cấp quan hệ."
)


def test_talks_after_the_welcome_under_a_headline_of_themes() -> None:
    main = _main(WELCOMED, title="Đưa quan hệ hai nước lên tầm cao mới")
    assert main.type == "talks"
    assert _roles(main).get("Anders Holm") == "guest"


def test_the_visit_stays_under_a_headline_naming_it_after_the_welcome() -> None:
    main = _main(WELCOMED, title="Tổng thống Anders Holm thăm cấp Nhà nước Việt Nam")
    assert main.type == "visit"


# 2. A session held at a distance "giữa" two sides is a call, as "với" one counterpart is
# (CONTRACT: "hội đàm trực tuyến" -> phone_call); "giữa các ..." is a multilateral one.
REMOTE_PEOPLE: Mapping[str, Any] = {
    "Phạm Văn Hòa": {"titles": ["Trưởng ban Đối ngoại"], "country": "VN"},
    "Greta Lindqvist": {"titles": ["Phó Chủ tịch Đảng Xã hội"], "country": "SE"},
}
REMOTE_SESSIONS = [
    "cuộc trao đổi trực tuyến giữa",
    "cuộc họp trực tuyến giữa",
    "buổi làm việc trực tuyến giữa",
    "cuộc hội đàm qua video giữa",
    "Hội nghị trực tuyến giữa",
    "cuộc gặp theo hình thức trực tuyến giữa",
]


@pytest.mark.parametrize("session", REMOTE_SESSIONS)
def test_a_remote_session_between_two_sides_is_a_call(session: str) -> None:
    text = (
        "Chiều 3/5, ông Phạm Văn Hòa, Trưởng ban Đối ngoại, và bà Greta Lindqvist, Phó Chủ tịch "
        f"Đảng Xã hội, cùng chủ trì {session} Đảng Lao động và Đảng Xã hội. Hai bên thống nhất "
        "gặp lại vào năm sau."
    )
    events = extract_events(annotate(text, REMOTE_PEOPLE, [("Chiều 3/5", "--05-03")]))
    assert events and events[0].type == "phone_call"
    assert {p.name for p in events[0].participants} == {"Phạm Văn Hòa", "Greta Lindqvist"}


def test_a_remote_session_between_the_two_parties_counted_is_a_call() -> None:
    text = (
        "Chiều 3/5, ông Phạm Văn Hòa và bà Greta Lindqvist cùng chủ trì buổi trao đổi trực "
        "tuyến giữa hai đảng."
    )
    events = extract_events(annotate(text, REMOTE_PEOPLE, [("Chiều 3/5", "--05-03")]))
    assert events and events[0].type == "phone_call"


def test_a_remote_session_between_counted_provinces_is_no_call() -> None:
    text = "Chiều 3/5, ông Phạm Văn Hòa chủ trì cuộc họp trực tuyến giữa 12 tỉnh về phòng dịch."
    events = extract_events(annotate(text, REMOTE_PEOPLE, [("Chiều 3/5", "--05-03")]))
    assert not any(e.type == "phone_call" for e in events)


def test_a_remote_session_among_many_is_no_call() -> None:
    text = (
        "Chiều 3/5, ông Phạm Văn Hòa chủ trì cuộc họp trực tuyến giữa các tỉnh biên giới về "
        "phòng chống dịch."
    )
    events = extract_events(annotate(text, REMOTE_PEOPLE, [("Chiều 3/5", "--05-03")]))
    assert not any(e.type == "phone_call" for e in events)


# 3. A letter or cable of thanks is a message; under a headline naming it, it is the page's
# message even after a departure lead, and a message sent once the trip is over takes no day
# from the departure.
LAO_PEOPLE: Mapping[str, Any] = {
    "Khamla Vongsa": {"titles": ["Chủ tịch nước Lào"], "country": "LA"},
    "Đỗ Quang Vinh": {"titles": ["Chủ tịch nước"], "country": "VN"},
}
DEPARTED = (
    "Chủ tịch nước Lào Khamla Vongsa và đoàn đại biểu cấp cao Lào đã rời Hà Nội về nước vào "
    "sáng 3/5, kết thúc chuyến thăm hữu nghị chính thức. "
)


@pytest.mark.parametrize(
    "sent",
    [
        "Sau khi về nước, Chủ tịch nước Khamla Vongsa đã gửi Thư cảm ơn tới Chủ tịch nước Đỗ "
        "Quang Vinh.",
        "Ngay sau khi trở về nước, Chủ tịch nước Khamla Vongsa đã gửi điện cảm ơn Chủ tịch nước "
        "Đỗ Quang Vinh.",
        "Sau khi kết thúc chuyến thăm, Chủ tịch nước Khamla Vongsa gửi thư cám ơn tới Chủ tịch "
        "nước Đỗ Quang Vinh.",
    ],
)
def test_a_thank_you_letter_under_its_headline_is_main_and_undated(sent: str) -> None:
    text = DEPARTED + sent
    dates = [("sáng 3/5", "--05-03", "morning")]
    title = "Thư cảm ơn của Chủ tịch nước Lào Khamla Vongsa"
    main = extract_events(annotate(text, LAO_PEOPLE, dates, title=title))[0]
    assert main.type == "message"
    assert main.date is None


def test_a_departure_page_with_no_letter_headline_keeps_the_visit() -> None:
    text = DEPARTED + "Ra sân bay tiễn đoàn có Chủ tịch nước Đỗ Quang Vinh."
    title = "Chủ tịch nước Lào kết thúc chuyến thăm hữu nghị chính thức"
    main = extract_events(
        annotate(text, LAO_PEOPLE, [("sáng 3/5", "--05-03", "morning")], title=title)
    )[0]
    assert main.type == "visit"


def test_a_letter_sent_on_a_written_day_keeps_its_day() -> None:
    text = (
        "Ngày 3/5, Chủ tịch nước Khamla Vongsa đã gửi Thư cảm ơn tới Chủ tịch nước Đỗ Quang Vinh "
        "sau chuyến thăm."
    )
    main = extract_events(annotate(text, LAO_PEOPLE, [("Ngày 3/5", "--05-03")]))[0]
    assert (main.type, main.date) == ("message", "--05-03")


# 4. Visiting one's family ("thăm thân") is no visit; a friendly call ("thăm thân mật") is.
@pytest.mark.parametrize(
    "text",
    [
        "Hoạt động thăm thân giữa cư dân hai bên biên giới ngày càng thuận lợi.",
        "Nhiều lao động đã về quê thăm thân dịp cuối năm.",
        "Người dân hai xã thường qua lại thăm thân, trao đổi hàng hóa.",
    ],
)
def test_visiting_ones_family_is_no_visit(text: str) -> None:
    assert not any(e.type == "visit" for e in extract_events(annotate(text, LAO_PEOPLE)))


def test_a_friendly_visit_is_a_visit_with_its_bare_word() -> None:
    text = "Ngày 3/5, Chủ tịch nước Đỗ Quang Vinh đã thăm thân mật Chủ tịch nước Khamla Vongsa."
    main = extract_events(annotate(text, LAO_PEOPLE, [("Ngày 3/5", "--05-03")]))[0]
    assert main.type == "visit"
    assert main.trigger == "thăm"


# 5. A courtesy call chained to a visit is the act only when it names who receives it
# (README round 12 #2): on bodies with no one named the visit stays.
CALL_PEOPLE: Mapping[str, Any] = {
    "Sok Vanna": {"titles": ["Tỉnh trưởng"], "country": "KH"},
    "Hồ Văn Lâm": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
}


@pytest.mark.parametrize(
    "chain",
    [
        "đã tới thăm, chào xã giao, làm việc cùng Thường trực Tỉnh ủy, UBND tỉnh Gia Lai",
        "đã đến thăm và chào xã giao Tỉnh ủy, HĐND, UBND tỉnh Gia Lai",
        "đã sang thăm, chào xã giao lãnh đạo tỉnh Gia Lai",
    ],
)
def test_a_courtesy_call_on_bodies_leaves_the_visit(chain: str) -> None:
    text = (
        "Ngày 3/5, đoàn đại biểu tỉnh Ratanak (Campuchia) do ông Sok Vanna, Tỉnh trưởng, làm "
        f"trưởng đoàn {chain}. Hai tỉnh đã tăng cường hợp tác trên nhiều lĩnh vực."
    )
    main = extract_events(annotate(text, CALL_PEOPLE, [("Ngày 3/5", "--05-03")]))[0]
    assert main.type == "visit"


def test_a_courtesy_call_on_a_named_leader_is_the_act() -> None:
    text = (
        "Ngày 3/5, ông Sok Vanna, Tỉnh trưởng tỉnh Ratanak (Campuchia), đã đến thăm và chào xã "
        "giao ông Hồ Văn Lâm, Bí thư Tỉnh ủy Gia Lai. Ông Hồ Văn Lâm chào mừng đoàn."
    )
    main = extract_events(annotate(text, CALL_PEOPLE, [("Ngày 3/5", "--05-03")]))[0]
    assert main.type == "reception"
    assert {p.name: p.role for p in main.participants} == {
        "Sok Vanna": "guest",
        "Hồ Văn Lâm": "host",
    }
