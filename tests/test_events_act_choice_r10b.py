"""Main-event choice (round 10, second pass), in invented sentences at several levels (state,
ministry, province, party, parliament, business) with near misses where a rule must not fire:

1. an act noun in what a verb of telling reports ("thông báo ... nội dung chính của buổi hội
   đàm", "công bố kết quả hội đàm", "báo cáo kết quả chuyến thăm") is a mention: the visit
   stays main, also when the telling is planned;
2. a ceremony witnessed in a time clause ("sau khi <subject> chứng kiến lễ ký ..., A hội đàm /
   trao đổi với B") gives way to the main clause's act;
3. a planned delegation led or sent to a named place is a planned visit, its head the visitor;
4. a session named by its two principals' office ("cuộc họp (giữa) hai Chủ tịch Ủy ban ...") is
   their meeting;
5. a site act followed by a programme's "trong chuyến thăm ... tại X" is a moment of that trip.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from tests.event_helpers import events_of, main_of, names_of, roles_of
from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đinh Quốc Bảo": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Tạ Minh Khôi": {"titles": ["Bộ trưởng Ngoại giao"], "country": "VN"},
    "Lương Văn Tâm": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Vũ Đình Khang": {"titles": ["Phó Chủ tịch Quốc hội"], "country": "VN"},
    "Trần Quang Hưng": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
    "Lena Fischer": {"titles": ["Bộ trưởng Ngoại giao"], "country": "DE"},
    "Amara Okafor": {"titles": ["Tổng thống"], "country": "NG"},
    "Olaf Berg": {"titles": ["Chủ tịch Quốc hội"], "country": "NO"},
    "Somchai Wong": {"titles": ["Tỉnh trưởng"], "country": "TH"},
    "Bounmy Phommachanh": {"titles": ["Tỉnh trưởng"], "country": "LA"},
    "Sok Vanna": {"titles": ["Bộ trưởng"], "country": "KH"},
    "Kim Soo-jin": {"titles": ["Chủ tịch tập đoàn"], "country": "KR"},
}


def _main(text: str) -> Event:
    return main_of(text, PEOPLE)


# --- 1. an act noun in what a verb of telling reports --------------------------------------------


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "Bộ trưởng Ngoại giao Đức Lena Fischer đang thăm chính thức Việt Nam. Hai Bộ trưởng "
            "sẽ thông báo với báo chí kết quả chính trong buổi hội đàm.",
            "Lena Fischer",
        ),
        (
            "Tổng thống Amara Okafor đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam. "
            "Chiều 3/5, hai nhà lãnh đạo chủ trì họp báo công bố kết quả hội đàm.",
            "Amara Okafor",
        ),
        (
            "Tổng thống Amara Okafor đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam. "
            "Hai bên ra tuyên bố chung về kết quả cuộc gặp.",
            "Amara Okafor",
        ),
        (
            "Tỉnh trưởng Bounmy Phommachanh đã thăm và làm việc tại tỉnh Nghệ An. Bí thư Tỉnh ủy "
            "Trần Quang Hưng nghe báo cáo kết quả chuyến thăm.",
            "Bounmy Phommachanh",
        ),
        (
            "Bộ trưởng Ngoại giao Đức Lena Fischer thăm chính thức Việt Nam. Kết thúc hội đàm, "
            "hai Bộ trưởng sẽ thông tin cho báo chí về những kết quả chính trong cuộc hội đàm "
            "với Bộ trưởng Tạ Minh Khôi.",
            "Lena Fischer",
        ),
        (
            "Bộ trưởng Ngoại giao Đức Lena Fischer thăm chính thức Việt Nam. Hai bên sẽ công bố "
            "với các phóng viên nội dung cuộc hội đàm giữa Bộ trưởng Lena Fischer và Bộ trưởng "
            "Tạ Minh Khôi.",
            "Lena Fischer",
        ),
        (
            "Tổng thống Amara Okafor sẽ thăm cấp Nhà nước Việt Nam. Sau hội đàm, hai bên sẽ "
            "thông báo với báo chí những nội dung chính của buổi hội đàm.",
            "Amara Okafor",
        ),
        (
            "Bí thư Tỉnh ủy Trần Quang Hưng đã kết thúc chuyến thăm hữu nghị tỉnh Luang Prabang. "
            "Ông đã báo cáo Thường trực Tỉnh ủy kết quả chuyến thăm và nội dung buổi làm việc "
            "với Tỉnh trưởng Bounmy Phommachanh.",
            "Trần Quang Hưng",
        ),
    ],
)
def test_an_act_in_what_is_told_leaves_the_visit_main(text: str, visitor: str) -> None:
    main = _main(text)
    assert main.type == "visit"
    assert roles_of(main).get(visitor) == "guest"


def test_talks_told_then_reported_on_stay_main() -> None:
    # near miss: the talks are told first as done; the press conference only reports on them
    main = _main(
        "Chiều 3/5, Bộ trưởng Tạ Minh Khôi đã hội đàm với Bộ trưởng Ngoại giao Đức Lena "
        "Fischer. Sau hội đàm, hai Bộ trưởng đã họp báo thông báo kết quả hội đàm."
    )
    assert main.type == "talks"
    assert names_of(main) == {"Tạ Minh Khôi", "Lena Fischer"}


def test_content_without_a_verb_of_telling_is_not_a_report() -> None:
    # near miss: "nội dung" heading a clause of its own, no verb of telling before it
    main = _main(
        "Chiều 3/5, Chủ tịch nước Đinh Quốc Bảo đã hội đàm với Tổng thống Amara Okafor. "
        "Nội dung cuộc hội đàm tập trung vào hợp tác kinh tế."
    )
    assert main.type == "talks"


# --- 2. a ceremony witnessed in a time clause ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        (
            "Sau khi chứng kiến lễ ký các văn kiện hợp tác, Bộ trưởng Ngoại giao Tạ Minh Khôi "
            "đã hội đàm với Bộ trưởng Ngoại giao Đức Lena Fischer.",
            "talks",
            {"Tạ Minh Khôi", "Lena Fischer"},
        ),
        (
            "Ngày 3/5, ngay sau khi cùng chứng kiến lễ ký kết Bản ghi nhớ, Chủ tịch UBND tỉnh "
            "Lương Văn Tâm đã trao đổi với Tỉnh trưởng Somchai Wong về hợp tác.",
            "meeting",
            {"Lương Văn Tâm", "Somchai Wong"},
        ),
        (
            "Trước khi chứng kiến lễ trao thỏa thuận hợp tác, Chủ tịch nước Đinh Quốc Bảo gặp "
            "Tổng thống Amara Okafor.",
            "meeting",
            {"Đinh Quốc Bảo", "Amara Okafor"},
        ),
        (
            "Bí thư Tỉnh ủy Trần Quang Hưng, sau khi chứng kiến lễ ký biên bản ghi nhớ giữa hai "
            "tỉnh, đã có cuộc gặp với Tỉnh trưởng Bounmy Phommachanh.",
            "meeting",
            {"Trần Quang Hưng", "Bounmy Phommachanh"},
        ),
        (
            "Sau khi hai nhà lãnh đạo chứng kiến lễ ký các hiệp định, Chủ tịch nước Đinh Quốc "
            "Bảo và Tổng thống Amara Okafor đã hội đàm.",
            "talks",
            {"Đinh Quốc Bảo", "Amara Okafor"},
        ),
        (
            "Chiều 3/5, sau khi chứng kiến Lễ ký kết các văn kiện, Phó Chủ tịch Quốc hội Vũ Đình "
            "Khang đã tiếp Chủ tịch Quốc hội Olaf Berg.",
            "reception",
            {"Vũ Đình Khang", "Olaf Berg"},
        ),
        (
            "Sau khi chứng kiến lễ ký, Bộ trưởng Tạ Minh Khôi đã làm việc với Bộ trưởng Sok Vanna.",
            "meeting",
            {"Tạ Minh Khôi", "Sok Vanna"},
        ),
    ],
)
def test_the_main_clause_act_over_a_witnessed_ceremony(
    text: str, kind: str, sides: set[str]
) -> None:
    main = _main(text)
    assert main.type == kind
    assert names_of(main) == sides


@pytest.mark.parametrize(
    "text",
    [
        # the ceremony witnessed in the main clause, the talks in the time clause
        "Sau khi hội đàm với Tổng thống Amara Okafor, Chủ tịch nước Đinh Quốc Bảo đã chứng kiến "
        "lễ ký các văn kiện hợp tác.",
        # the ceremony in its own sentence, a reception told before it
        "Chủ tịch nước Đinh Quốc Bảo đã chứng kiến lễ ký các văn kiện hợp tác giữa hai nước. "
        "Trước đó, ông đã tiếp Bộ trưởng Lena Fischer.",
    ],
)
def test_a_ceremony_witnessed_in_the_main_clause_stays(text: str) -> None:
    assert _main(text).type == "signing"


def test_an_exchange_with_the_press_is_no_meeting() -> None:
    # near miss: "đã trao đổi với báo chí" / "với phóng viên" is an interview
    main = _main(
        "Chiều 3/5, Chủ tịch nước Đinh Quốc Bảo đã tiếp Tổng thống Amara Okafor. Sau buổi "
        "tiếp, Tổng thống đã trao đổi với báo chí."
    )
    assert main.type == "reception"
    press = "Bộ trưởng Tạ Minh Khôi đã trao đổi với phóng viên về chuyến công tác."
    assert not events_of(press, PEOPLE)


# --- 3. a planned delegation led or sent to a named place ---------------------------------------


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "Theo kế hoạch, Chủ tịch UBND tỉnh Lương Văn Tâm sẽ dẫn đầu đoàn công tác tới Thái "
            "Lan vào tuần tới.",
            "Lương Văn Tâm",
        ),
        (
            "Bộ trưởng Tạ Minh Khôi dự kiến sẽ dẫn đầu phái đoàn Việt Nam đến Đức làm việc vào "
            "tháng tới.",
            "Tạ Minh Khôi",
        ),
        (
            "Đoàn doanh nghiệp do Chủ tịch tập đoàn Kim Soo-jin dẫn đầu sẽ được cử sang Việt Nam "
            "vào đầu tháng tới.",
            "Kim Soo-jin",
        ),
        (
            "Một phái đoàn kinh tế gồm 80 doanh nghiệp sẽ được cử sang Lào vào tháng tới. Được "
            "biết, Chủ tịch tập đoàn Kim Soo-jin sẽ dẫn đầu phái đoàn.",
            "Kim Soo-jin",
        ),
        (
            "Bí thư Tỉnh ủy Trần Quang Hưng sẽ dẫn đầu đoàn đại biểu tỉnh sang thăm và làm việc "
            "tại Lào.",
            "Trần Quang Hưng",
        ),
        (
            "Phó Chủ tịch Quốc hội Vũ Đình Khang sắp dẫn đầu đoàn đại biểu Quốc hội sang Na Uy.",
            "Vũ Đình Khang",
        ),
    ],
)
def test_a_planned_delegation_is_a_planned_visit(text: str, head: str) -> None:
    main = _main(text)
    assert main.type == "visit"
    assert main.planned
    assert roles_of(main) == {head: "guest"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a delegation head attending: the attendance is told by its own word
        (
            "Chủ tịch UBND tỉnh Lương Văn Tâm dẫn đầu đoàn đại biểu tỉnh dự Hội chợ thương mại "
            "quốc tế tại Hà Nội.",
            "attend",
        ),
        (
            "Bộ trưởng Tạ Minh Khôi sẽ dẫn đầu đoàn Việt Nam tham dự Hội nghị Bộ trưởng ASEAN "
            "tại Jakarta.",
            "attend",
        ),
    ],
)
def test_a_delegation_head_attending_stays_an_attendance(text: str, kind: str) -> None:
    assert _main(text).type == kind


def test_a_led_delegation_with_no_plan_or_place_is_no_planned_visit() -> None:
    # near misses: already led (no plan); a plan with no named place
    done = events_of("Bộ trưởng Tạ Minh Khôi đã dẫn đầu đoàn Việt Nam đến Đức năm ngoái.", PEOPLE)
    assert not any(e.planned for e in done)
    assert not events_of("Bộ trưởng Tạ Minh Khôi sẽ dẫn đầu đoàn công tác của Bộ.", PEOPLE)


# --- 4. a session named by its two principals' office -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/5, tại Hà Nội đã diễn ra cuộc họp hai Chủ tịch Ủy ban hỗn hợp Việt Nam - Lào. "
        "Đoàn Việt Nam do ông Tạ Minh Khôi, Bộ trưởng Ngoại giao, làm Trưởng đoàn; Đoàn Lào do "
        "ông Bounmy Phommachanh, Tỉnh trưởng, làm Trưởng đoàn.",
        "Cuộc họp hai Trưởng đoàn đàm phán về biên giới giữa Bộ trưởng Ngoại giao Tạ Minh Khôi "
        "và Bộ trưởng Sok Vanna đã diễn ra tại Phnom Penh.",
        "Tại Phnom Penh đã diễn ra cuộc họp giữa hai Bộ trưởng Tạ Minh Khôi và Sok Vanna.",
        "Chiều 3/5 đã diễn ra cuộc họp giữa hai Bí thư Tỉnh ủy Trần Quang Hưng và Tỉnh trưởng "
        "Bounmy Phommachanh.",
        "Sáng 3/5, tại Hà Nội đã diễn ra cuộc hội đàm giữa hai Bộ trưởng Tạ Minh Khôi và Sok "
        "Vanna.",
        "Tại Viêng Chăn đã diễn ra buổi gặp hai Chủ tịch Ủy ban hợp tác liên Chính phủ, Bộ trưởng "
        "Tạ Minh Khôi và Bộ trưởng Sok Vanna.",
    ],
)
def test_a_session_of_two_office_holders_is_their_meeting(text: str) -> None:
    main = _main(text)
    assert main.type in ("meeting", "talks")
    assert len(names_of(main)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a body's sitting, and a meeting of two ministries (no office holders named by "hai")
        "Ủy ban hỗn hợp đã có cuộc họp lần thứ 5 tại Hà Nội với sự tham dự của Bộ trưởng Tạ "
        "Minh Khôi.",
        "Ngày 3/5 đã diễn ra cuộc họp hai Bộ Ngoại giao Việt Nam và Campuchia, do Bộ trưởng "
        "Tạ Minh Khôi chủ trì.",
    ],
)
def test_a_body_session_is_still_no_meeting(text: str) -> None:
    assert all(e.trigger != "cuộc họp" for e in events_of(text, PEOPLE))


# --- 5. a site act followed by its trip's programme --------------------------------------------


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "Ngày 3/5, Đoàn đại biểu tỉnh do Bí thư Tỉnh ủy Trần Quang Hưng dẫn đầu đã tới thăm "
            "và tặng quà 50 hộ gia đình ở huyện Xay, tỉnh Luang Prabang. Theo chương trình, "
            "trong chuyến thăm và làm việc tại Lào, đoàn sẽ trao tặng 200 suất học bổng.",
            "Trần Quang Hưng",
            "Lào",
        ),
        (
            "Sáng 3/5, Bộ trưởng Tạ Minh Khôi đã đến thăm Bảo tàng Lịch sử quốc gia Đức.\n"
            "Ông đã dâng hoa tại khu tưởng niệm.\n"
            "Theo kế hoạch, trong chuyến thăm chính thức Đức, Bộ trưởng sẽ dự lễ khai trương "
            "Trung tâm văn hóa.",
            "Tạ Minh Khôi",
            None,
        ),
        (
            "Ngày 3/5, Phó Chủ tịch Quốc hội Vũ Đình Khang đã đến thăm Trường tiểu học hữu nghị ở "
            "Oslo. Trong chuyến công tác tại Na Uy nhân kỷ niệm 50 năm quan hệ, đoàn sẽ thăm một "
            "số cơ sở giáo dục.",
            "Vũ Đình Khang",
            "Na Uy",
        ),
    ],
)
def test_a_site_act_is_a_moment_of_the_programme_trip(
    text: str, visitor: str, place: str | None
) -> None:
    main = _main(text)
    assert main.type == "visit"
    assert main.trigger.startswith("chuyến")
    assert not main.planned
    assert main.date is None
    assert roles_of(main) == {visitor: "guest"}
    if place is not None:
        assert main.location == place


def test_a_past_trip_or_a_meeting_keeps_the_site_act() -> None:
    # near miss: the trip after it is a past one, and the page has a meeting
    main = _main(
        "Ngày 3/5, Bộ trưởng Tạ Minh Khôi đã đến thăm Bảo tàng Lịch sử quốc gia Đức. Trong "
        "chuyến thăm Đức năm 2019, ông đã hội đàm với Bộ trưởng Lena Fischer."
    )
    assert main.trigger == "thăm"
