"""The act a page reports, not the visit that only says why the guest is there (round 7 fixes).

- a lead caption "A tiếp B" over a body that welcomes B's visit in a fronted clause ("Chào mừng
  B sang thăm ...") and refers back to "buổi tiếp": the reception;
- "tại buổi tiếp B đang ở thăm Y, A nhấn mạnh ...": the ongoing visit is the background of the
  reception the sentence names;
- "A thăm tỉnh K, gặp B": the comma chains the acts as "và" does, the meeting is the news;
- "Hiệp định đang trong quá trình đàm phán": where a document stands, no talks;
- "Đại sứ B phát biểu tại buổi tiếp" as the headline: the envoy is the guest.
Invented names, places and outlets throughout, with near misses.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

from tests.block_helpers import blocked_document
from vndiplo.model import Document

PEOPLE = {
    "Trịnh Văn Lộc": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
    "Rafael Ortega": {"titles": ["Tổng thống Chile"], "country": "CL"},
    "Lưu Thị Hằng": {"titles": ["Phó Chủ nhiệm Ủy ban Đối ngoại"], "country": "VN"},
    "Mai Quốc Bảo": {"titles": ["Thứ trưởng Bộ Tư pháp"], "country": "VN"},
    "Ingrid Solberg": {"titles": ["Phó Bộ trưởng Tư pháp Na Uy"], "country": "NO"},
    "Phan Đức Huy": {"titles": ["Tổng lãnh sự Việt Nam tại Busan"], "country": "VN"},
    "Park Min-soo": {"titles": ["Phó Tỉnh trưởng"], "country": "KR"},
    "Hồ Thanh Vân": {"titles": ["Bộ trưởng Y tế"], "country": "VN"},
    "Diego Fuentes": {"titles": ["Đại sứ Peru tại Việt Nam"], "country": "PE"},
}


def _doc(parts: Sequence[tuple[str, str]], **fields: object) -> Document:
    return blocked_document(parts, PEOPLE, **fields)


CAPTION = "Chủ tịch Quốc hội Trịnh Văn Lộc tiếp Tổng thống Chile Rafael Ortega Ảnh: Hải Yến"
ATTENDED = "Cùng dự buổi tiếp có Phó Chủ nhiệm Ủy ban Đối ngoại Lưu Thị Hằng."
WELCOMES = (
    "Chào mừng Tổng thống Rafael Ortega sang thăm chính thức Việt Nam,",
    "Nhiệt liệt hoan nghênh Tổng thống Rafael Ortega đến thăm cấp nhà nước Việt Nam,",
    "Nhiệt liệt chào mừng Tổng thống Rafael Ortega cùng Đoàn đại biểu cấp cao sang thăm Việt Nam,",
    "Hoan nghênh Tổng thống Rafael Ortega sang thăm Việt Nam lần này,",
)


@pytest.mark.parametrize("welcome", WELCOMES)
def test_a_lead_caption_reception_over_a_welcomed_visit(welcome: str) -> None:
    body = f"{welcome} Chủ tịch Quốc hội Trịnh Văn Lộc chúc mừng những thành tựu của Chile."
    doc = _doc([("caption", CAPTION), ("body", ATTENDED), ("body", body)])
    main = extract_events(doc)[0]
    assert (main.type, main.trigger) == ("reception", "tiếp")
    assert ("Rafael Ortega", "guest") in roles(main)
    assert ("Trịnh Văn Lộc", "host") in roles(main)


def test_near_miss_no_back_reference_keeps_the_visit() -> None:
    # the body never names the reception: nothing says the caption's act is the page's news
    body = f"{WELCOMES[0]} Chủ tịch Quốc hội Trịnh Văn Lộc chúc mừng những thành tựu của Chile."
    doc = _doc([("caption", CAPTION), ("body", body)])
    assert extract_events(doc)[0].type == "visit"


TITLE = "Chile và Việt Nam mở rộng hợp tác"


def test_near_miss_a_headline_is_not_replaced_by_a_caption() -> None:
    body = f"{WELCOMES[0]} Chủ tịch Quốc hội Trịnh Văn Lộc chúc mừng những thành tựu của Chile."
    doc = _doc(
        [("title", TITLE), ("caption", CAPTION), ("body", ATTENDED), ("body", body)],
        title=TITLE,
    )
    assert extract_events(doc)[0].type == "visit"


ONGOING = (
    "đang ở thăm Việt Nam",
    "đang thăm làm việc tại Việt Nam",
    "đang có chuyến thăm Việt Nam",
    "đang trong chuyến thăm Việt Nam",
)


@pytest.mark.parametrize("ongoing", ONGOING)
@pytest.mark.parametrize("noun", ["buổi tiếp", "buổi hội đàm", "cuộc gặp"])
def test_an_ongoing_visit_after_a_named_act_is_its_background(ongoing: str, noun: str) -> None:
    text = (
        f"Sáng 4/3, tại Hà Nội, phát biểu tại {noun} Phó Bộ trưởng Tư pháp Na Uy Ingrid Solberg "
        f"{ongoing}, Thứ trưởng Bộ Tư pháp Mai Quốc Bảo nhấn mạnh quan hệ hai nước phát triển tốt."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert main.type != "visit"
    assert {p.name for p in main.participants} >= {"Ingrid Solberg", "Mai Quốc Bảo"}


def test_near_miss_an_ongoing_visit_with_no_act_named_stays_the_event() -> None:
    text = (
        "Sáng 4/3, Phó Bộ trưởng Tư pháp Na Uy Ingrid Solberg đang ở thăm Việt Nam đã dự hội "
        "thảo về cải cách tư pháp tại Hà Nội."
    )
    assert extract_events(annotate(text, PEOPLE))[0].type == "visit"


@pytest.mark.parametrize(
    "place", ["tỉnh Gyeongnam", "thành phố Ulsan", "tỉnh Gyeongnam của Hàn Quốc", "đảo Jeju"]
)
@pytest.mark.parametrize("act", ["gặp", "hội kiến", "hội đàm với"])
def test_a_visit_verb_chained_by_a_comma_to_an_act(place: str, act: str) -> None:
    text = (
        f"Ngày 12/6/2024, Tổng lãnh sự Việt Nam tại Busan Phan Đức Huy thăm {place}, {act} "
        "Phó Tỉnh trưởng Park Min-soo. Phó Tỉnh trưởng Park Min-soo cho biết tỉnh muốn đón "
        "thêm lao động Việt Nam."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert main.type in {"meeting", "talks"}
    assert {p.name for p in main.participants} == {"Phan Đức Huy", "Park Min-soo"}


def test_near_miss_the_visitor_speaking_next_keeps_the_visit() -> None:
    # the body goes on about the trip, not the meeting (round 6: "thăm tỉnh K, tiếp X")
    text = (
        "Ngày 12/6/2024, Tổng lãnh sự Việt Nam tại Busan Phan Đức Huy thăm tỉnh Gyeongnam, gặp "
        "Phó Tỉnh trưởng Park Min-soo. Tổng lãnh sự Phan Đức Huy đánh giá cao quan hệ hai bên."
    )
    assert extract_events(annotate(text, PEOPLE))[0].type == "visit"


def test_near_miss_a_comma_then_an_attendance_keeps_the_visit() -> None:
    # attending a ceremony says less than the visit: the chain ranks only acts with a side
    text = (
        "Ngày 12/6/2024, Tổng lãnh sự Việt Nam tại Busan Phan Đức Huy thăm tỉnh Gyeongnam, "
        "dự lễ khánh thành nhà máy dệt của doanh nghiệp Việt Nam. Phó Tỉnh trưởng Park Min-soo "
        "phát biểu tại lễ."
    )
    assert extract_events(annotate(text, PEOPLE))[0].type == "visit"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiệp định này đang trong quá trình đàm phán.",
        "Thỏa thuận về công nhận văn bằng vẫn trong quá trình đàm phán.",
        "Hai bên sẽ đẩy nhanh quá trình đàm phán bản ghi nhớ.",
    ],
)
def test_a_document_under_negotiation_is_no_talks(sentence: str) -> None:
    text = f"Bộ trưởng Y tế Hồ Thanh Vân và Đại sứ Diego Fuentes bàn về hợp tác đào tạo. {sentence}"
    assert all(e.type != "talks" for e in extract_events(annotate(text, PEOPLE)))


def test_near_miss_talks_held_are_still_talks() -> None:
    text = "Ngày 5/5, Bộ trưởng Y tế Hồ Thanh Vân đàm phán với Đại sứ Diego Fuentes về dược phẩm."
    assert extract_events(annotate(text, PEOPLE))[0].type == "talks"


HEADLINE = "Ngài Diego Fuentes, Đại sứ Peru tại Việt Nam phát biểu tại buổi tiếp."


def test_an_envoy_speaking_at_a_reception_headline_is_its_guest() -> None:
    body = (
        "Bộ trưởng Hồ Thanh Vân và Đại sứ Diego Fuentes thống nhất thúc đẩy hợp tác y tế. "
        "Hiệp định y tế đang trong quá trình đàm phán."
    )
    doc = _doc([("title", HEADLINE), ("body", body)], title=HEADLINE)
    main = extract_events(doc)[0]
    assert (main.type, main.trigger) == ("reception", "tiếp")
    assert ("Diego Fuentes", "guest") in roles(main)


def test_near_miss_a_minister_speaking_at_a_reception_headline_hosts_it() -> None:
    headline = "Bộ trưởng Hồ Thanh Vân phát biểu tại buổi tiếp."
    body = "Bộ trưởng Hồ Thanh Vân và Đại sứ Diego Fuentes thống nhất thúc đẩy hợp tác y tế."
    doc = _doc([("title", headline), ("body", body)], title=headline)
    main = extract_events(doc)[0]
    assert ("Hồ Thanh Vân", "host") in roles(main)


TRIP_TITLE = "Chủ tịch nước Cuba thăm chính thức Việt Nam sau 9 năm"
ANNOUNCED = (
    "Thủ tướng Hà Quang Đạt sẽ có cuộc hội đàm với Chủ tịch Cuba Luis Herrera vào ngày 14 tới.",
    "Thủ tướng Hà Quang Đạt dự kiến hội đàm với Chủ tịch Cuba Luis Herrera vào ngày 14.",
    "Thủ tướng Hà Quang Đạt sẽ hội kiến Chủ tịch Cuba Luis Herrera vào ngày 14 tới.",
    "Thủ tướng Hà Quang Đạt sẽ tiếp Chủ tịch Cuba Luis Herrera vào ngày 14 tới.",
)
RECALLED = "Đây là chuyến thăm đầu tiên kể từ khi một vị tiền nhiệm thăm năm 2016."
TRIP_PEOPLE = {
    "Hà Quang Đạt": {"titles": ["Thủ tướng"], "country": "VN"},
    "Luis Herrera": {"titles": ["Chủ tịch Cuba"], "country": "CU"},
}


def _trip_doc(lead: str) -> Document:
    return blocked_document([("title", TRIP_TITLE), ("body", f"{lead} {RECALLED}")], TRIP_PEOPLE)


@pytest.mark.parametrize("lead", ANNOUNCED)
def test_an_announced_act_with_its_sides_over_a_recalled_bare_visit(lead: str) -> None:
    main = extract_events(_trip_doc(lead))[0]
    assert main.type != "visit"
    assert main.planned
    assert {p.name for p in main.participants} == {"Hà Quang Đạt", "Luis Herrera"}


def test_near_miss_an_announced_act_without_sides_leaves_the_choice_alone() -> None:
    lead = "Hai bên sẽ có cuộc hội đàm vào ngày 14 tới."
    main = extract_events(_trip_doc(lead))[0]
    assert not (main.type == "talks" and main.planned)


def test_the_announced_visit_names_the_guest_of_the_announced_talks() -> None:
    lead = (
        f"{ANNOUNCED[0]} Chủ tịch Luis Herrera sẽ có chuyến thăm chính thức kéo dài 3 ngày, "
        "từ ngày 13 đến 15."
    )
    main = extract_events(_trip_doc(lead))[0]
    assert main.type == "talks"
    assert roles(main) == [("Hà Quang Đạt", "host"), ("Luis Herrera", "guest")]


def test_near_miss_a_visit_only_invited_names_no_guest() -> None:
    lead = f"{ANNOUNCED[0]} Hai bên cũng mời nhau sang thăm vào dịp thích hợp."
    main = extract_events(_trip_doc(lead))[0]
    assert {r for _n, r in roles(main)} == {"participant"}
