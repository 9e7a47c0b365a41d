"""Constructions that turn the usual order around or only look like events.

Passive receptions ("X được Y tiếp"), fronted triggers ("Tiếp X, Y khẳng định"), coordinated
triggers sharing an object ("chủ trì lễ đón và hội đàm với X"), false triggers (the "thư" of
"Bí thư", wishes to sign, back-references), visits ("chuyến thăm ... của X", planned visits),
meetings at a third place and the ceremonies that go with a talk ("sau lễ đón chính thức",
"chứng kiến lễ ký kết"). Each row is a realistic lead paragraph of its own (other leaders,
countries and outlets than the held-out pages), annotated as the titles and dates stages would.
"""

from __future__ import annotations

from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles
from vndiplo_events.testing import titled as _people

from vndiplo.model import Event

VN = "VN"


def _events(
    text: str, people: dict[str, Any], dates: list[tuple[Any, ...]], **kw: Any
) -> list[Event]:
    return extract_events(annotate(text, people=people, dates=dates, **kw))


# -- 1. passive: "X (đã) được Y tiếp / tiếp kiến / đón" ---------------------------------------

PASSIVE = [
    (
        "(VOV) - Sáng 14/4, tại Trụ sở Chính phủ, Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam "
        "đã được Thủ tướng Phạm Minh Chính tiếp chào từ biệt nhân dịp kết thúc nhiệm kỳ.",
        {"Choi Young Sam": ("Đại sứ Hàn Quốc", "KR"), "Phạm Minh Chính": ("Thủ tướng", VN)},
        ("Sáng 14/4", "2025-04-14", "morning"),
        "Phạm Minh Chính",
        "Choi Young Sam",
    ),
    (
        "TTXVN - Chiều 2/10, tại Viêng Chăn, Chủ tịch Quốc hội Trần Thanh Mẫn được Tổng Bí thư, "
        "Chủ tịch nước Lào Thongloun Sisoulith tiếp kiến.",
        {
            "Trần Thanh Mẫn": ("Chủ tịch Quốc hội", VN),
            "Thongloun Sisoulith": ("Chủ tịch nước Lào", "LA"),
        },
        ("Chiều 2/10", "2024-10-02", "afternoon"),
        "Thongloun Sisoulith",
        "Trần Thanh Mẫn",
    ),
    (
        "Tối 20/8, tại sân bay Haneda, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã được Thứ trưởng "
        "Ngoại giao Nhật Bản Okano Masataka đón tại chân cầu thang máy bay.",
        {
            "Bùi Thanh Sơn": ("Bộ trưởng Ngoại giao", VN),
            "Okano Masataka": ("Thứ trưởng Ngoại giao Nhật Bản", "JP"),
        },
        ("Tối 20/8", "2024-08-20", "evening"),
        "Okano Masataka",
        "Bùi Thanh Sơn",
    ),
    (
        "Chiều 9/1, tại Phủ Chủ tịch, Tổng Lãnh sự Lào tại TP Hồ Chí Minh Chanthasone Panyathip "
        "đã được Phó Chủ tịch nước Võ Thị Ánh Xuân đón tiếp thân mật.",
        {
            "Chanthasone Panyathip": ("Tổng Lãnh sự Lào", "LA"),
            "Võ Thị Ánh Xuân": ("Phó Chủ tịch nước", VN),
        },
        ("Chiều 9/1", "2025-01-09", "afternoon"),
        "Võ Thị Ánh Xuân",
        "Chanthasone Panyathip",
    ),
]


@pytest.mark.parametrize(("text", "people", "date", "host", "guest"), PASSIVE)
def test_passive_reception_agent_is_host(
    text: str, people: dict[str, tuple[str, str]], date: tuple[Any, ...], host: str, guest: str
) -> None:
    main = _events(text, _people(people), [date])[0]
    assert main.type == "reception"
    assert _roles(main) == sorted([(host, "host"), (guest, "guest")])
    assert main.cameo == "043"
    assert main.date == date[1]


def test_passive_needs_a_person_after_duoc() -> None:
    """ "đạt được" is no passive: the subject still hosts."""
    text = (
        "Sáng 3/3, Thủ tướng Phạm Minh Chính, người đã đạt được nhiều kết quả, tiếp Đại sứ "
        "Pháp Olivier Brochet."
    )
    people = _people(
        {"Phạm Minh Chính": ("Thủ tướng", VN), "Olivier Brochet": ("Đại sứ Pháp", "FR")}
    )
    main = _events(text, people, [("Sáng 3/3", "2025-03-03", "morning")])[0]
    assert _roles(main) == [("Olivier Brochet", "guest"), ("Phạm Minh Chính", "host")]


# -- 2. fronted trigger: "Tiếp X, Y khẳng định ..." -------------------------------------------

FRONTED = [
    (
        "Thứ Năm (6/2), tiếp Đại sứ Australia tại Việt Nam Andrew Goledzinowski tại Bộ Quốc "
        "phòng, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng khẳng định Việt Nam coi trọng "
        "hợp tác quốc phòng với Australia.",
        {
            "Andrew Goledzinowski": ("Đại sứ Australia", "AU"),
            "Phan Văn Giang": ("Bộ trưởng Bộ Quốc phòng", VN),
        },
        ("Thứ Năm (6/2)", "2025-02-06", None),
        "reception",
        "Phan Văn Giang",
        "Andrew Goledzinowski",
    ),
    (
        "Tiếp Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan chiều 18/11, Chủ tịch Quốc hội "
        "Trần Thanh Mẫn đề nghị hai nước đẩy mạnh hợp tác kinh tế số.",
        {
            "Vivian Balakrishnan": ("Bộ trưởng Ngoại giao Singapore", "SG"),
            "Trần Thanh Mẫn": ("Chủ tịch Quốc hội", VN),
        },
        ("chiều 18/11", "2024-11-18", "afternoon"),
        "reception",
        "Trần Thanh Mẫn",
        "Vivian Balakrishnan",
    ),
    (
        "Sáng 27/5, tiếp ông Kim Jung-kwan, Chủ tịch Tập đoàn Doosan Enerbility, tại Hà Nội, Phó "
        "Thủ tướng Bùi Thanh Sơn hoan nghênh doanh nghiệp Hàn Quốc mở rộng đầu tư.",
        {
            "Kim Jung-kwan": ("Chủ tịch Tập đoàn Doosan Enerbility", "KR"),
            "Bùi Thanh Sơn": ("Phó Thủ tướng", VN),
        },
        ("Sáng 27/5", "2025-05-27", "morning"),
        "reception",
        "Bùi Thanh Sơn",
        "Kim Jung-kwan",
    ),
]


@pytest.mark.parametrize(("text", "people", "date", "kind", "host", "guest"), FRONTED)
def test_fronted_trigger_host_follows_the_object(
    text: str,
    people: dict[str, tuple[str, str]],
    date: tuple[Any, ...],
    kind: str,
    host: str,
    guest: str,
) -> None:
    main = _events(text, _people(people), [date])[0]
    assert main.type == kind
    assert _roles(main) == sorted([(host, "host"), (guest, "guest")])
    assert main.date == date[1]


def test_fronted_reception_keeps_its_place() -> None:
    text = FRONTED[0][0]
    people = _people(
        {
            "Andrew Goledzinowski": ("Đại sứ Australia", "AU"),
            "Phan Văn Giang": ("Bộ trưởng Bộ Quốc phòng", VN),
        }
    )
    main = _events(text, people, [FRONTED[0][2]])[0]
    assert main.location == "Bộ Quốc phòng"
    assert [s.speaker for s in main.statements] == ["Phan Văn Giang"]


# -- 3. coordinated triggers sharing an object; the headline picks the main event ------------

COORDINATED = [
    (
        "Đại tướng Lương Tam Quang hội đàm với Bộ trưởng Công an Lào",
        "Sáng 8/4, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã chủ trì lễ đón "
        "và hội đàm với Thượng tướng Vilay Lakhamfong, Bộ trưởng Bộ An ninh Lào, nhân dịp Đoàn "
        "thăm chính thức Việt Nam.",
        {
            "Lương Tam Quang": ("Bộ trưởng Bộ Công an", VN),
            "Vilay Lakhamfong": ("Bộ trưởng Bộ An ninh Lào", "LA"),
        },
        ("Sáng 8/4", "2025-04-08", "morning"),
        "talks",
        "Lương Tam Quang",
        "Vilay Lakhamfong",
    ),
    (
        "Thủ tướng Phạm Minh Chính đón Tổng thống Indonesia Prabowo Subianto",
        "Chiều 10/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường chủ trì lễ đón và hội đàm với "
        "Tổng thống Indonesia Prabowo Subianto đang thăm cấp Nhà nước Việt Nam.",
        {
            "Lương Cường": ("Chủ tịch nước", VN),
            "Prabowo Subianto": ("Tổng thống Indonesia", "ID"),
        },
        ("Chiều 10/3", "2025-03-10", "afternoon"),
        "reception",
        "Lương Cường",
        "Prabowo Subianto",
    ),
    (
        "Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Quốc hội Campuchia",
        "Sáng 19/11, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã chủ trì lễ đón chính "
        "thức và hội đàm với Chủ tịch Quốc hội Campuchia Khuon Sudary.",
        {
            "Trần Thanh Mẫn": ("Chủ tịch Quốc hội", VN),
            "Khuon Sudary": ("Chủ tịch Quốc hội Campuchia", "KH"),
        },
        ("Sáng 19/11", "2024-11-19", "morning"),
        "talks",
        "Trần Thanh Mẫn",
        "Khuon Sudary",
    ),
]


@pytest.mark.parametrize(
    ("headline", "text", "people", "date", "kind", "host", "guest"), COORDINATED
)
def test_coordinated_triggers_share_the_object(
    headline: str,
    text: str,
    people: dict[str, tuple[str, str]],
    date: tuple[Any, ...],
    kind: str,
    host: str,
    guest: str,
) -> None:
    persons = _people(people)
    events = _events(text, persons, [date], title=headline)
    main = events[0]
    assert main.type == kind
    both = sorted([(host, "host"), (guest, "guest")])
    assert _roles(main) == both
    reception = next(e for e in events if e.type == "reception")
    assert _roles(reception) == both
    assert reception.date == date[1]
    if kind == "talks":
        assert main.cameo == "046"


def test_without_headline_a_welcome_chained_to_talks_is_the_talks() -> None:
    # README round 6: "đón (,/và) hội đàm với X" is one act whose chain ends in the talks
    _, text, people, date, *_ = COORDINATED[0]
    persons = _people(people)
    events = _events(text, persons, [date])
    assert [e.type for e in events[:2]] == ["talks", "reception"]
    assert len(events[0].participants) == 2


# -- 4. false triggers ------------------------------------------------------------------------

NOT_EVENTS = [
    # the "thư" of "Bí thư" is no letter
    "Tổng Bí thư chúc mừng những thành tựu mà nhân dân Lào đạt được.",
    "Bí thư Thành ủy chia buồn sâu sắc với gia đình các nạn nhân.",
    "Phó Bí thư Thường trực chúc mừng Đại hội thành công tốt đẹp.",
    # wishes and proposals to sign
    "Đại sứ mong muốn hai bên sớm ký kết Hiệp định dẫn độ.",
    "Bộ trưởng đề nghị hai Bộ thúc đẩy đàm phán, tiến tới ký Bản ghi nhớ về lao động.",
    "Hai bên hướng tới ký kết Hiệp định thương mại tự do trong năm nay.",
    # back-references
    "Trước hội đàm, hai Bộ trưởng đã đặt vòng hoa tại Đài tưởng niệm.",
    "Trong điện mừng, Chủ tịch nước bày tỏ vui mừng trước quan hệ hai nước.",
    "Tại hội đàm, hai bên nhất trí tăng cường trao đổi đoàn.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_false_triggers_add_no_event(sentence: str) -> None:
    lead = (
        "Sáng 4/9, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Ấn Độ Sandeep "
        "Arya.\n\n"
    )
    people = _people(
        {"Bùi Thanh Sơn": ("Bộ trưởng Ngoại giao", VN), "Sandeep Arya": ("Đại sứ", "IN")}
    )
    events = _events(lead + sentence, people, [("Sáng 4/9", "2025-09-04", "morning")])
    assert [e.type for e in events] == ["reception"]


def test_signing_that_happened_is_still_an_event() -> None:
    text = (
        "Sáng 5/5, Bộ trưởng Nguyễn Hồng Diên và Bộ trưởng Thương mại Anh Jonathan Reynolds đã "
        "thúc đẩy hợp tác và đã ký kết Bản ghi nhớ về thương mại."
    )
    people = _people(
        {
            "Nguyễn Hồng Diên": ("Bộ trưởng Công Thương", VN),
            "Jonathan Reynolds": ("Bộ trưởng Thương mại Anh", "GB"),
        }
    )
    events = _events(text, people, [("Sáng 5/5", "2025-05-05", "morning")])
    assert events[0].type == "signing"
    assert len(events[0].participants) == 2


# -- 5. visits --------------------------------------------------------------------------------

VISITS_OF = [
    (
        "Hai Thủ tướng nhắc lại kết quả của chuyến thăm chính thức Singapore của Tổng Bí thư Tô "
        "Lâm vào tháng 3/2025.",
        "Tô Lâm",
    ),
    (
        "Hai bên đánh giá cao kết quả chuyến thăm cấp Nhà nước Nhật Bản của Chủ tịch nước Lương "
        "Cường vào tháng 11/2024.",
        "Lương Cường",
    ),
    (
        "Hai bên nhất trí triển khai các thỏa thuận đạt được nhân chuyến thăm chính thức Australia "
        "của Thủ tướng Phạm Minh Chính.",
        "Phạm Minh Chính",
    ),
]


@pytest.mark.parametrize(("sentence", "visitor"), VISITS_OF)
def test_the_person_after_cua_is_the_visitor(sentence: str, visitor: str) -> None:
    lead = (
        "Tối 17/6, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Singapore Lawrence Wong.\n\n"
    )
    people = _people(
        {
            "Phạm Minh Chính": ("Thủ tướng", VN),
            "Lawrence Wong": ("Thủ tướng Singapore", "SG"),
            "Tô Lâm": ("Tổng Bí thư", VN),
            "Lương Cường": ("Chủ tịch nước", VN),
        }
    )
    events = _events(lead + sentence, people, [("Tối 17/6", "2025-06-17", "evening")])
    assert events[0].type == "phone_call"
    visit = next(e for e in events if e.type == "visit")
    assert _roles(visit) == [(visitor, "guest")]


PLANNED = [
    (
        "Tổng thống Hàn Quốc Lee Jae-myung nhận lời mời thăm Việt Nam vào thời điểm thích hợp.",
        "Lee Jae-myung",
    ),
    ("Thủ tướng Ấn Độ Narendra Modi sẽ thăm chính thức Việt Nam trong năm tới.", "Narendra Modi"),
    (
        "Thủ tướng New Zealand Christopher Luxon dự kiến thăm Việt Nam vào đầu năm sau.",
        "Christopher Luxon",
    ),
]


@pytest.mark.parametrize(("sentence", "visitor"), PLANNED)
def test_announced_visits_are_planned_and_referenced(sentence: str, visitor: str) -> None:
    lead = "Sáng 9/7, Thủ tướng Phạm Minh Chính đã điện đàm với lãnh đạo nước bạn Kim Min-seok.\n\n"
    people = _people({"Phạm Minh Chính": ("Thủ tướng", VN), "Kim Min-seok": ("Thủ tướng", "KR")})
    people[visitor] = {"titles": ["Tổng thống"], "country": "KR"}
    events = _events(lead + sentence, people, [("Sáng 9/7", "2025-07-09", "morning")])
    assert events[0].type == "phone_call" and not events[0].planned
    visit = next(e for e in events if e.type == "visit")
    assert visit.referenced and visit.planned
    assert _roles(visit) == [(visitor, "guest")]


def test_past_visit_is_referenced_not_planned() -> None:
    text = (
        "Sáng 9/7, Thủ tướng Phạm Minh Chính tiếp Đại sứ Italy Marco Della Seta.\n\n"
        "Đại sứ nhắc lại chuyến thăm của Thủ tướng Italy Giorgia Meloni (2-3/6/2025)."
    )
    people = _people(
        {
            "Phạm Minh Chính": ("Thủ tướng", VN),
            "Marco Della Seta": ("Đại sứ Italy", "IT"),
            "Giorgia Meloni": ("Thủ tướng Italy", "IT"),
        }
    )
    events = _events(text, people, [("Sáng 9/7", "2025-07-09", "morning")])
    visit = next(e for e in events if e.type == "visit")
    assert visit.referenced and not visit.planned
    assert _roles(visit) == [("Giorgia Meloni", "guest")]


# -- 6. CAMEO 044: a meeting at a third place -------------------------------------------------

THIRD_PLACE = [
    (
        "Chiều 18/11, bên lề Hội nghị thượng đỉnh G20 tại Rio de Janeiro, Brazil, Thủ tướng Phạm "
        "Minh Chính đã gặp Thủ tướng Ấn Độ Narendra Modi.",
        {"Phạm Minh Chính": ("Thủ tướng", VN), "Narendra Modi": ("Thủ tướng Ấn Độ", "IN")},
        ("Chiều 18/11", "2024-11-18", "afternoon"),
    ),
    (
        "Sáng 11/10, bên lề Hội nghị cấp cao ASEAN lần thứ 44 tại Viêng Chăn, Lào, Thủ tướng Phạm "
        "Minh Chính đã hội kiến Thủ tướng Nhật Bản Ishiba Shigeru.",
        {"Phạm Minh Chính": ("Thủ tướng", VN), "Ishiba Shigeru": ("Thủ tướng Nhật Bản", "JP")},
        ("Sáng 11/10", "2024-10-11", "morning"),
    ),
    (
        "Tối 24/9, bên lề Đại hội đồng Liên hợp quốc khóa 79 tại New York, Hoa Kỳ, Chủ tịch nước "
        "Lương Cường đã gặp Tổng thống Phần Lan Alexander Stubb.",
        {"Lương Cường": ("Chủ tịch nước", VN), "Alexander Stubb": ("Tổng thống Phần Lan", "FI")},
        ("Tối 24/9", "2024-09-24", "evening"),
    ),
]


@pytest.mark.parametrize(("text", "people", "date"), THIRD_PLACE)
def test_sidelines_in_a_third_country_is_044(
    text: str, people: dict[str, tuple[str, str]], date: tuple[Any, ...]
) -> None:
    main = _events(text, _people(people), [date])[0]
    assert main.type == "meeting"
    assert main.cameo == "044"
    assert {p.role for p in main.participants} == {"participant"}
    assert main.location is not None and "," in main.location


def test_sidelines_in_one_sides_country_is_not_044() -> None:
    text = (
        "Sáng 26/5, bên lề Hội nghị cấp cao ASEAN lần thứ 46 tại Kuala Lumpur, Malaysia, Thủ "
        "tướng Phạm Minh Chính đã gặp Thủ tướng Malaysia Anwar Ibrahim."
    )
    people = _people(
        {"Phạm Minh Chính": ("Thủ tướng", VN), "Anwar Ibrahim": ("Thủ tướng Malaysia", "MY")}
    )
    main = _events(text, people, [("Sáng 26/5", "2025-05-26", "morning")])[0]
    assert main.cameo == "042"
    assert _roles(main) == [("Anwar Ibrahim", "host"), ("Phạm Minh Chính", "guest")]


def test_same_day_meeting_shares_the_third_place() -> None:
    text = (
        "Sáng 26/5, bên lề Hội nghị cấp cao ASEAN tại Kuala Lumpur, Malaysia, Thủ tướng Phạm Minh "
        "Chính đã gặp Thủ tướng Thái Lan Paetongtarn Shinawatra.\n\n"
        "Trưa cùng ngày, Thủ tướng Phạm Minh Chính đã gặp Tổng thống Philippines Ferdinand "
        "Marcos Jr."
    )
    people = _people(
        {
            "Phạm Minh Chính": ("Thủ tướng", VN),
            "Paetongtarn Shinawatra": ("Thủ tướng Thái Lan", "TH"),
            "Ferdinand Marcos Jr": ("Tổng thống Philippines", "PH"),
        }
    )
    events = _events(text, people, [("Sáng 26/5", "2025-05-26", "morning")])
    assert [e.cameo for e in events] == ["044", "044"]
    assert events[1].location is None


# -- 7. ceremonies that go with the talks -----------------------------------------------------

CEREMONIES = [
    (
        "Sáng 3/6, tại Trụ sở Chính phủ, sau lễ đón chính thức, Thủ tướng Phạm Minh Chính đã hội "
        "đàm với Thủ tướng New Zealand Christopher Luxon.\n\n"
        "Sau hội đàm, hai Thủ tướng đã chứng kiến lễ ký kết 5 văn kiện hợp tác.",
        {
            "Phạm Minh Chính": ("Thủ tướng", VN),
            "Christopher Luxon": ("Thủ tướng New Zealand", "NZ"),
        },
        ("Sáng 3/6", "2025-06-03", "morning"),
        "Phạm Minh Chính",
        "Christopher Luxon",
    ),
    (
        "Chiều 11/12, tại Phủ Chủ tịch, ngay sau lễ đón, Chủ tịch nước Lương Cường đã hội đàm với "
        "Tổng thống Chile Gabriel Boric Font.\n\n"
        "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký các văn kiện hợp tác.",
        {"Lương Cường": ("Chủ tịch nước", VN), "Gabriel Boric Font": ("Tổng thống Chile", "CL")},
        ("Chiều 11/12", "2024-12-11", "afternoon"),
        "Lương Cường",
        "Gabriel Boric Font",
    ),
    (
        "Sáng 13/1, tại Nhà Quốc hội, sau lễ đón chính thức, Chủ tịch Quốc hội Trần Thanh Mẫn hội "
        "đàm với Chủ tịch Thượng viện Campuchia Hun Sen.\n\n"
        "Kết thúc hội đàm, hai Chủ tịch đã chứng kiến lễ ký kết Thỏa thuận hợp tác.",
        {"Trần Thanh Mẫn": ("Chủ tịch Quốc hội", VN), "Hun Sen": ("Chủ tịch Thượng viện", "KH")},
        ("Sáng 13/1", "2025-01-13", "morning"),
        "Trần Thanh Mẫn",
        "Hun Sen",
    ),
]


@pytest.mark.parametrize(("text", "people", "date", "host", "guest"), CEREMONIES)
def test_reception_and_witnessed_signing_go_with_the_talks(
    text: str, people: dict[str, tuple[str, str]], date: tuple[Any, ...], host: str, guest: str
) -> None:
    events = _events(text, _people(people), [date])
    main = events[0]
    assert main.type == "talks"
    both = sorted([(host, "host"), (guest, "guest")])
    assert _roles(main) == both
    reception = next(e for e in events if e.type == "reception")
    assert _roles(reception) == both
    assert not reception.referenced
    assert reception.date == main.date == date[1]
    signing = next(e for e in events if e.type == "signing")
    assert _roles(signing) == sorted([(host, "participant"), (guest, "participant")])
    assert signing.date == date[1] and not signing.referenced
    assert [e.type for e in events].count("talks") == 1
