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
    "Tại tỉnh Kiên Giang, ông Kato Hiroshi đã có buổi hội đàm với ông Lê Văn Tâm, Bí thư "
    "Tỉnh ủy. Ông Lê Văn Tâm cho biết, tỉnh đang chú trọng thu hút đầu tư vào cảng biển.",
    "Ông Kato Hiroshi đã hội đàm với Bí thư Tỉnh ủy Lê Văn Tâm. Bí thư Lê Văn Tâm khẳng định "
    "tỉnh sẽ tạo mọi thuận lợi cho doanh nghiệp Nhật Bản.",
    "Sau đó, ông Kato Hiroshi tiến hành hội đàm với ông Lê Văn Tâm. Đồng chí Lê Văn Tâm đề nghị "
    "hai bên tăng cường trao đổi thông tin về thị trường lao động.",
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
    "Lâm (Trung Quốc) do ông Lý Minh Quân, Huyện trưởng, làm trưởng đoàn đã sang thăm và làm "
    "việc với lãnh đạo huyện Sơn Hà. "
)
BACKREFS = [
    "Tại buổi hội đàm, hai bên đã trao đổi về quản lý lao động qua biên giới.",
    "Tại cuộc hội đàm, hai bên thống nhất phối hợp phòng chống buôn lậu.",
    "Trong buổi hội đàm, hai bên đánh giá cao kết quả hợp tác thời gian qua.",
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
    "Sáng 3/5, lễ đón chính thức Tổng thống Anders Holm sang thăm cấp Nhà nước Việt Nam được "
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
