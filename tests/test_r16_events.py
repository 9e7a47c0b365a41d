"""Round 16, main-event choice, each construction in invented words.

1. A signing and the attendance of its ceremony. When the page reports a signing ("hai tỉnh đã
   ký kết ...", "Việt Nam và X đã ký ...") and names who attended its ceremony ("A và B đã tham
   dự lễ ký", "Buổi lễ ký kết diễn ra ... với sự tham dự của A"), the signing is the main event
   and the attendance a secondary one (README round 8 #19, D15, AM02, I11): attending the
   ceremony is being at the signing, not another act. The ceremony's "tại" place is the
   signing's. Near misses: an attendance of a conference beside a signing stays main; an
   attendance of a ceremony with no signing reported keeps the attendance.
2. A multi-day attendance and a meeting on its sidelines with no day of its own. "Từ ngày
   D1-D2, A tham dự Hội nghị X. Bên lề hội nghị, A có cuộc gặp với B": the meeting is one
   moment of the attendance the lead dates with its span, which stays main (BR05, AN05). Near
   misses: the meeting told with its own day ("Chiều D, bên lề ..."), and an attendance dated
   by one day, keep the meeting main (the sidelines rule, V06, AK06).
3. A visitor-side sentence whose only reception word is the host's: "Đoàn A do X dẫn đầu đã có
   buổi thăm và làm việc với Y do Z chủ trì tiếp đón" is Z's reception of X, trigger the
   reception word, 043 (README round 15 BQ02, AW09). Near misses: "chủ trì buổi làm việc"
   (the chair's noun is no reception word) and "do Z làm trưởng đoàn" keep the act.
4. A tally of many acts. A meeting verb whose object opens on a count of many ("đã tiếp nhiều
   đoàn", "thăm chính thức nhiều nước", "tiếp hơn 30 đoàn khách", "gặp hàng trăm doanh
   nghiệp") and names nobody reports a period's record, not an event, as a quantifier before
   the act noun does ("nhiều cuộc gặp", event_mentions.py): a political page of results keeps
   no meeting. Near misses: a count that goes on to name its partner ("tiếp nhiều đoàn, trong
   đó có Đại sứ X"), a signing of several papers ("ký hơn 10 văn kiện") and a plain object.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đỗ Văn Khải": {"titles": ["Bộ trưởng Bộ Công Thương"], "country": "VN"},
    "Lena Varga": {"titles": ["Cao ủy Thương mại"], "country": None},
    "Nguyễn Thị Hằng": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Somsak Inthavong": {"titles": ["Tỉnh trưởng"], "country": "LA"},
    "Park Min-jae": {"titles": ["Phó Tỉnh trưởng"], "country": "KR"},
    "Lương Quốc Bảo": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Rafael Ortiz": {"titles": ["Tổng thống"], "country": "CL"},
    "Anton Weber": {"titles": ["Thủ tướng"], "country": "AT"},
    "Trần Văn Lực": {"titles": ["Chủ tịch Hội Nông dân Việt Nam"], "country": "VN"},
    "Bounmy Keola": {"titles": ["Chủ tịch Hội Nông dân tỉnh"], "country": "LA"},
    "Phạm Hữu Tín": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Olivia Brandt": {"titles": ["Đại sứ Đức"], "country": "DE"},
}


def _events(text: str, dates: Any = (), title: str | None = None) -> list[Event]:
    fields = {"title": title} if title is not None else {}
    events = extract_events(annotate(text, PEOPLE, dates, **fields))
    assert events, text
    return events


def _main(text: str, dates: Any = (), title: str | None = None) -> Event:
    return _events(text, dates, title)[0]


# --- 1. a signing and the attendance of its ceremony -------------------------------------

SIGNED_THEN_ATTENDED = [
    # states, then ministers "đã tham dự lễ ký tại <city>"
    (
        "Ngày 12/3, Việt Nam và Liên minh châu Âu đã ký Hiệp định Hợp tác Nghề cá. Bộ trưởng Đỗ "
        "Văn Khải và Cao ủy Lena Varga đã tham dự lễ ký tại Hà Nội.",
        "Hà Nội",
    ),
    # localities, then the ceremony as subject "diễn ra tại ..., với sự tham dự của"
    (
        "Ngày 12/3, tỉnh Quảng Bình và tỉnh Khammouane đã chính thức ký kết biên bản ghi nhớ "
        "hợp tác. Buổi lễ ký kết diễn ra tại Đồng Hới, với sự tham dự của Chủ tịch UBND tỉnh "
        "Nguyễn Thị Hằng và Tỉnh trưởng Somsak Inthavong.",
        "Đồng Hới",
    ),
    # "dự buổi lễ ký" with the verb "dự", and a comma-less presence clause
    (
        "Ngày 12/3, thành phố Cần Thơ và tỉnh Gangwon đã ký kết thỏa thuận hữu nghị. Chủ tịch "
        "UBND tỉnh Nguyễn Thị Hằng và Phó Tỉnh trưởng Park Min-jae cùng dự buổi lễ ký tại "
        "Chuncheon.",
        "Chuncheon",
    ),
    (
        "Ngày 12/3, hai bộ đã ký kết kế hoạch hợp tác năm 2026. Lễ ký kết diễn ra tại Viêng Chăn "
        "với sự tham dự của Bộ trưởng Đỗ Văn Khải.",
        "Viêng Chăn",
    ),
    # "được tổ chức tại", on a paragraph of its own
    (
        "Ngày 12/3, Bộ Công Thương và Ủy ban châu Âu chính thức ký Bản ghi nhớ về năng lượng "
        "sạch.\n\nLễ ký được tổ chức tại Brussels với sự tham dự của Bộ trưởng Đỗ Văn Khải và "
        "Cao ủy Lena Varga.",
        "Brussels",
    ),
    # the attendance one sentence further on, a "cùng" before the verb
    (
        "Ngày 12/3, tỉnh Lạng Sơn và Khu tự trị Quảng Tây đã ký kết thỏa thuận về cửa khẩu. Đây là "
        "văn kiện thứ năm giữa hai địa phương. Chủ tịch UBND tỉnh Nguyễn Thị Hằng cùng tham dự lễ "
        "ký kết tại Nam Ninh.",
        "Nam Ninh",
    ),
]


@pytest.mark.parametrize(("text", "place"), SIGNED_THEN_ATTENDED)
def test_the_signing_is_main_over_the_attendance_of_its_ceremony(text: str, place: str) -> None:
    events = _events(text, dates=[("Ngày 12/3", "--03-12")])
    main = events[0]
    assert main.type == "signing", text
    assert main.date == "--03-12"
    assert main.location == place
    # the attendance is still told, as an event of its own
    assert any(e.type == "attend" for e in events[1:])


ATTENDED_THEN_SIGNED = [
    # the ceremony's attendance told first, the signing after it
    "Bộ trưởng Đỗ Văn Khải và Cao ủy Lena Varga đã tham dự lễ ký tại Hà Nội ngày 12/3. Theo "
    "đó, Việt Nam và Liên minh châu Âu đã ký Hiệp định Hợp tác Nghề cá.",
    "Buổi lễ ký kết diễn ra tại Đồng Hới ngày 12/3 với sự tham dự của Chủ tịch UBND tỉnh "
    "Nguyễn Thị Hằng và Tỉnh trưởng Somsak Inthavong. Hai tỉnh đã ký kết biên bản ghi nhớ về "
    "hợp tác giáo dục.",
]


@pytest.mark.parametrize("text", ATTENDED_THEN_SIGNED)
def test_the_signing_told_after_the_attendance_is_main(text: str) -> None:
    main = _main(text, dates=[("ngày 12/3", "--03-12")])
    assert main.type == "signing", text


def test_an_attendance_list_after_the_signing_keeps_the_signing() -> None:
    text = (
        "Ngày 12/3, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác. Tham dự lễ ký kết có Chủ tịch "
        "UBND tỉnh Nguyễn Thị Hằng và Tỉnh trưởng Somsak Inthavong."
    )
    assert _main(text, dates=[("Ngày 12/3", "--03-12")]).type == "signing"


def test_a_signing_and_its_attendance_in_one_sentence() -> None:
    text = (
        "Ngày 12/3, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác với sự tham dự của Chủ tịch UBND "
        "tỉnh Nguyễn Thị Hằng và Tỉnh trưởng Somsak Inthavong."
    )
    assert _main(text, dates=[("Ngày 12/3", "--03-12")]).type == "signing"


def test_a_signing_far_from_the_attended_ceremony_leaves_the_attendance() -> None:
    # the signing told three sentences away is another paper, not the ceremony attended
    text = (
        "Ngày 12/3, Bộ trưởng Đỗ Văn Khải đã tham dự lễ ký kết tại Hà Nội. Ông nhấn mạnh vai trò "
        "của doanh nghiệp. Ông đề nghị hai bên sớm triển khai. Ông cũng nhắc lại lợi ích của thị "
        "trường. Năm ngoái, hai nước đã ký kết hiệp định thương mại."
    )
    assert _main(text, dates=[("Ngày 12/3", "--03-12")]).type == "attend"


def test_an_attendance_list_before_the_signing_keeps_the_signing() -> None:
    text = (
        "Dự lễ ký có Chủ tịch UBND tỉnh Nguyễn Thị Hằng và Tỉnh trưởng Somsak Inthavong. Ngày "
        "12/3, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2026-2030."
    )
    assert _main(text, dates=[("Ngày 12/3", "--03-12")]).type == "signing"


def test_an_attended_conference_beside_a_signing_stays_main() -> None:
    # the attendance is of a conference, not of the signing's ceremony
    text = (
        "Ngày 12/3, Bộ trưởng Đỗ Văn Khải đã tham dự Hội nghị Bộ trưởng Kinh tế ASEAN tại "
        "Jakarta. Tại hội nghị, các nước đã ký kết nghị định thư nâng cấp hiệp định."
    )
    assert _main(text, dates=[("Ngày 12/3", "--03-12")]).type == "attend"


def test_an_attended_ceremony_with_no_signing_reported_keeps_the_attendance() -> None:
    text = (
        "Ngày 12/3, Bộ trưởng Đỗ Văn Khải đã tham dự lễ ký kết hợp đồng giữa hai doanh nghiệp "
        "tại Hà Nội."
    )
    assert _main(text, dates=[("Ngày 12/3", "--03-12")]).type == "attend"


# --- 2. a multi-day attendance and an undated meeting on its sidelines --------------------

SPAN = (
    "Từ ngày 10-14/11, Chủ tịch nước Lương Quốc Bảo tham dự Hội nghị Cấp cao APEC tại Lima, Peru. "
)
SPAN_DATES = [("Từ ngày 10-14/11", "--11-10/--11-14")]
UNDATED_SIDELINES = [
    "Bên lề Hội nghị, Chủ tịch nước Lương Quốc Bảo đã có cuộc gặp với Tổng thống Rafael Ortiz.",
    "Tại Lima, Chủ tịch nước Lương Quốc Bảo đã hội kiến Tổng thống Rafael Ortiz.",
    "Nhân dịp này, Chủ tịch nước Lương Quốc Bảo gặp Tổng thống Rafael Ortiz và Thủ tướng Anton "
    "Weber.",
    "Trong khuôn khổ hội nghị, Chủ tịch nước Lương Quốc Bảo cũng có cuộc hội đàm với Thủ tướng "
    "Anton Weber.",
    "Bên lề Hội nghị, Chủ tịch nước Lương Quốc Bảo đã tiếp Thủ tướng Anton Weber.",
    "Nhân dịp tham dự Hội nghị, Chủ tịch nước Lương Quốc Bảo có cuộc gặp song phương với Tổng "
    "thống Rafael Ortiz.",
    "\nCũng tại Lima, Chủ tịch nước Lương Quốc Bảo đã có các cuộc gặp với Tổng thống Rafael Ortiz "
    "và Thủ tướng Anton Weber.",
]


@pytest.mark.parametrize("sideline", UNDATED_SIDELINES)
def test_a_multi_day_attendance_stays_main_over_an_undated_sideline(sideline: str) -> None:
    main = _main(SPAN + sideline, dates=SPAN_DATES)
    assert main.type == "attend", sideline
    assert main.date == "--11-10/--11-14"


def test_a_span_written_with_tu_den_keeps_the_attendance() -> None:
    text = (
        "Từ ngày 10 đến 14/11, Chủ tịch nước Lương Quốc Bảo dự Hội nghị Cấp cao APEC tại Lima. "
        "Bên lề Hội nghị, Chủ tịch nước Lương Quốc Bảo đã hội kiến Tổng thống Rafael Ortiz."
    )
    main = _main(text, dates=[("Từ ngày 10 đến 14/11", "--11-10/--11-14")])
    assert main.type == "attend"


def test_a_sideline_with_its_own_day_is_main() -> None:
    text = (
        SPAN + "Chiều 11/11, bên lề Hội nghị, Chủ tịch nước Lương Quốc Bảo đã có cuộc gặp với "
        "Tổng thống Rafael Ortiz."
    )
    main = _main(text, dates=[*SPAN_DATES, ("Chiều 11/11", "--11-11", "afternoon")])
    assert main.type == "meeting"


def test_a_one_day_attendance_gives_way_to_its_sideline() -> None:
    text = (
        "Ngày 11/11, Chủ tịch nước Lương Quốc Bảo tham dự Hội nghị Cấp cao APEC tại Lima, Peru. "
        "Bên lề Hội nghị, Chủ tịch nước Lương Quốc Bảo đã có cuộc gặp với Tổng thống Rafael Ortiz."
    )
    assert _main(text, dates=[("Ngày 11/11", "--11-11")]).type == "meeting"


def test_a_headline_of_the_sideline_keeps_the_meeting() -> None:
    text = SPAN + UNDATED_SIDELINES[0]
    title = "Chủ tịch nước Lương Quốc Bảo gặp Tổng thống Chile"
    assert _main(text, dates=SPAN_DATES, title=title).type == "meeting"


# --- 3. the host's reception word in a visitor-side sentence ------------------------------

CHAIRED = [
    "Chiều 5/6, tại thành phố Pakse, đoàn đại biểu Hội Nông dân Việt Nam do ông Trần Văn Lực làm "
    "trưởng đoàn đã có buổi thăm và làm việc với Hội Nông dân tỉnh Champasak do ông Bounmy "
    "Keola, Chủ tịch Hội, chủ trì tiếp đón.",
    "Chiều 5/6, tại thành phố Pakse, đoàn đại biểu Hội Nông dân Việt Nam do ông Trần Văn Lực dẫn "
    "đầu đã có buổi làm việc với Hội Nông dân tỉnh Champasak do Chủ tịch Hội Nông dân tỉnh Bounmy "
    "Keola chủ trì đón tiếp.",
    "Chiều 5/6, đoàn công tác do ông Trần Văn Lực dẫn đầu đã đến thăm và làm việc với Hội Nông "
    "dân tỉnh Champasak, do ông Bounmy Keola chủ trì tiếp.",
    "Chiều 5/6, ông Trần Văn Lực cùng đoàn đã có buổi làm việc tại trụ sở Hội Nông dân tỉnh "
    "Champasak do Chủ tịch Hội Nông dân tỉnh Bounmy Keola chủ trì tiếp đón.",
]


@pytest.mark.parametrize("text", CHAIRED)
def test_the_chair_of_the_welcome_hosts_a_reception(text: str) -> None:
    main = _main(text, dates=[("Chiều 5/6", "--06-05", "afternoon")])
    assert main.type == "reception", text
    assert main.trigger in {"tiếp đón", "đón tiếp", "tiếp"}
    assert {p.name: p.role for p in main.participants} == {
        "Bounmy Keola": "host",
        "Trần Văn Lực": "guest",
    }
    assert main.cameo == "043"
    assert main.date == "--06-05"


def test_a_chair_named_by_no_person_leaves_the_act() -> None:
    text = (
        "Chiều 5/6, đoàn đại biểu do ông Trần Văn Lực dẫn đầu đã có buổi thăm và làm việc với Hội "
        "Nông dân tỉnh Champasak do lãnh đạo Hội chủ trì tiếp đón."
    )
    assert _main(text, dates=[("Chiều 5/6", "--06-05", "afternoon")]).type == "visit"


def test_a_chaired_working_session_is_no_reception() -> None:
    text = (
        "Chiều 5/6, ông Bounmy Keola đã chủ trì buổi làm việc với đoàn đại biểu Hội Nông dân Việt "
        "Nam do ông Trần Văn Lực làm trưởng đoàn."
    )
    assert _main(text, dates=[("Chiều 5/6", "--06-05", "afternoon")]).type == "meeting"


def test_a_delegation_led_by_its_head_stays_a_visit() -> None:
    text = (
        "Chiều 5/6, đoàn đại biểu Hội Nông dân tỉnh Champasak do ông Bounmy Keola làm trưởng đoàn "
        "đã đến thăm và làm việc tại tỉnh Đồng Tháp."
    )
    assert _main(text, dates=[("Chiều 5/6", "--06-05", "afternoon")]).type == "visit"


# --- 4. a tally of many acts ------------------------------------------------------------

TALLIES = [
    "Năm 2025, Chủ tịch UBND tỉnh Phạm Hữu Tín đã tiếp nhiều đoàn khách quốc tế đến thăm và làm "
    "việc tại tỉnh.",
    "Trong nhiệm kỳ qua, Chủ tịch UBND tỉnh Phạm Hữu Tín đã thăm chính thức nhiều nước châu Âu.",
    "Thời gian qua, Chủ tịch UBND tỉnh Phạm Hữu Tín đã tiếp hơn 30 đoàn khách, ký kết nhiều thỏa "
    "thuận hợp tác.",
    "Trong năm, Chủ tịch UBND tỉnh Phạm Hữu Tín đã gặp gỡ hàng trăm doanh nghiệp nước ngoài.",
    "Chủ tịch UBND tỉnh Phạm Hữu Tín cho biết, năm qua tỉnh đã đón tiếp trên 50 đoàn khách quốc "
    "tế; lãnh đạo tỉnh đã làm việc với rất nhiều nhà đầu tư.",
]


@pytest.mark.parametrize("tally", TALLIES)
def test_a_tally_of_many_acts_is_no_meeting(tally: str) -> None:
    events = extract_events(annotate(tally, PEOPLE))
    assert not [e for e in events if e.type in {"reception", "meeting", "visit", "talks"}], tally


def test_a_count_that_names_its_partner_is_reported() -> None:
    text = (
        "Chiều 5/6, Chủ tịch UBND tỉnh Phạm Hữu Tín đã tiếp nhiều đoàn khách, trong đó có Đại sứ "
        "Đức Olivia Brandt."
    )
    main = _main(text, dates=[("Chiều 5/6", "--06-05", "afternoon")])
    assert main.type == "reception"


def test_a_signing_of_several_papers_is_one_signing() -> None:
    text = (
        "Chiều 5/6, Chủ tịch UBND tỉnh Phạm Hữu Tín và Đại sứ Đức Olivia Brandt đã ký hơn 10 văn "
        "kiện hợp tác."
    )
    assert _main(text, dates=[("Chiều 5/6", "--06-05", "afternoon")]).type == "signing"


def test_a_plain_object_is_reported() -> None:
    text = "Chiều 5/6, Chủ tịch UBND tỉnh Phạm Hữu Tín đã tiếp Đại sứ Đức Olivia Brandt."
    assert _main(text, dates=[("Chiều 5/6", "--06-05", "afternoon")]).type == "reception"


# --- 5. credentials with their receiver unwritten ----------------------------------------

ENVOY = {
    "Olivier Brochet": {"titles": ["Đại sứ Pháp"], "country": "FR"},
    "Lương Quốc Bảo": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Olivia Brandt": {"titles": ["Đại sứ Đức"], "country": "DE"},
}
PRESENTED = [
    "Chiều 10/11, tại Phủ Chủ tịch, Đại sứ Pháp Olivier Brochet đã trình Quốc thư. Sau đó, Chủ "
    "tịch nước Lương Quốc Bảo đã có buổi tiếp thân mật Đại sứ Olivier Brochet.",
    "Được sự đồng ý của Chủ tịch nước Lương Quốc Bảo, chiều 10/11, Đại sứ Olivier Brochet đã trình "
    "Thư ủy nhiệm. Chủ tịch nước Lương Quốc Bảo tiếp Đại sứ Olivier Brochet ngay sau lễ.",
    "Chiều 10/11, Đại sứ Pháp Olivier Brochet trình Quốc thư tại Phủ Chủ tịch.\n\nNgay sau đó, "
    "Chủ tịch nước Lương Quốc Bảo tiếp Đại sứ Olivier Brochet và chúc mừng Đại sứ.",
]


@pytest.mark.parametrize("text", PRESENTED)
def test_the_reception_after_credentials_with_no_receiver_is_main(text: str) -> None:
    day = "chiều 10/11" if "chiều 10/11" in text else "Chiều 10/11"
    events = extract_events(annotate(text, ENVOY, [(day, "--11-10", "afternoon")]))
    main = events[0]
    assert main.type == "reception", text
    assert {p.name: p.role for p in main.participants} == {
        "Lương Quốc Bảo": "host",
        "Olivier Brochet": "guest",
    }
    assert main.date == "--11-10"


def test_a_reception_of_another_envoy_leaves_the_credentials() -> None:
    text = (
        "Chiều 10/11, tại Phủ Chủ tịch, Đại sứ Pháp Olivier Brochet trình Quốc thư. Chủ tịch nước "
        "Lương Quốc Bảo tiếp Đại sứ Đức Olivia Brandt."
    )
    events = extract_events(annotate(text, ENVOY, [("Chiều 10/11", "--11-10", "afternoon")]))
    assert events[0].type == "other"
