"""The other side of an event, calls on someone, and pages that report no meeting (issue 13).

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles
from vndiplo_events.triggers import table_for

from vndiplo.model import Block, Event
from vndiplo.testing import unicode_texts

PEOPLE: Mapping[str, Any] = {
    "Đỗ Minh Khang": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Lê Thu Hà": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
    "Trịnh Văn Lộc": {"titles": ["Bộ trưởng Bộ Quốc phòng"], "country": "VN"},
    "Rajesh Kumar": {"titles": ["Tổng thống Ấn Độ"], "country": "IN"},
    "Anna Berg": {"titles": ["Thủ tướng Thụy Điển"], "country": "SE"},
    "Somsak Vilay": {"titles": ["Thủ tướng Lào"], "country": "LA"},
    "Carlos Mendes": {"titles": ["Đại sứ Bồ Đào Nha"], "country": "PT"},
    "Jan Novak": {"titles": ["Đại sứ Cộng hòa Séc"], "country": "CZ"},
    "Amara Diallo": {"titles": ["Đại sứ Sénégal"], "country": "SN"},
    "Mark Tan": {"titles": ["Thị trưởng thành phố Perth"], "country": "AU"},
    "Vương Hải Minh": {"titles": ["Thượng tướng", "Phó Tổng Tham mưu trưởng"], "country": "CN"},
    "Khamla Sengdara": {"titles": ["Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Savan"], "country": "LA"},
}


def _events(text: str, dates: Sequence[Sequence[Any]] = (), **fields: Any) -> list[Event]:
    present = [d for d in dates if d[0] in text]
    return extract_events(annotate(text, PEOPLE, present, **fields))


def _main(text: str, date: str = "Ngày 3/4", **fields: Any) -> Event:
    events = _events(text, [(date, "2025-04-03")], **fields)
    assert events, text
    return events[0]


# -- 1. counterparts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sender", "addressee"),
    [
        (
            "Ngày 3/4, Tổng thống Ấn Độ Rajesh Kumar đã gửi điện mừng tới Chủ tịch nước Đỗ Minh "
            "Khang nhân dịp Quốc khánh.",
            "Rajesh Kumar",
            "Đỗ Minh Khang",
        ),
        (
            "Ngày 3/4, Chủ tịch nước Đỗ Minh Khang gửi thư chúc mừng Thủ tướng Thụy Điển Anna "
            "Berg nhân dịp bà tái đắc cử.",
            "Đỗ Minh Khang",
            "Anna Berg",
        ),
        (
            "Ngày 3/4, Chủ tịch Quốc hội Lê Thu Hà đã gửi điện chia buồn tới Thủ tướng Lào "
            "Somsak Vilay về thiệt hại do bão lũ.",
            "Lê Thu Hà",
            "Somsak Vilay",
        ),
    ],
)
def test_the_sender_and_the_addressee_of_a_message_take_part(
    text: str, sender: str, addressee: str
) -> None:
    main = _main(text)
    assert main.type == "message"
    assert {p.name for p in main.participants} == {sender, addressee}


def test_the_other_side_of_a_phone_call_takes_part() -> None:
    main = _main(
        "Ngày 3/4, Chủ tịch nước Đỗ Minh Khang đã điện đàm với Thủ tướng Thụy Điển Anna Berg."
    )
    assert main.type == "phone_call"
    assert _roles(main) == [("Anna Berg", "participant"), ("Đỗ Minh Khang", "participant")]


@pytest.mark.parametrize("lead", ["ông ", "bà ", ""])
def test_each_ambassador_of_a_credentials_list_is_a_guest(lead: str) -> None:
    text = (
        "Sáng 3/4, tại Phủ Chủ tịch, Chủ tịch nước Đỗ Minh Khang đã tiếp các Đại sứ trình Quốc "
        f"thư: {lead}Carlos Mendes, Đại sứ Bồ Đào Nha; {lead}Jan Novak, Đại sứ Cộng hòa Séc; "
        f"{lead}Amara Diallo, Đại sứ Sénégal."
    )
    main = _main(text, "Sáng 3/4")
    assert main.type == "reception"
    assert _roles(main) == [
        ("Amara Diallo", "guest"),
        ("Carlos Mendes", "guest"),
        ("Jan Novak", "guest"),
        ("Đỗ Minh Khang", "host"),
    ]


def test_ambassadors_named_by_their_countries_are_guests() -> None:
    text = (
        "Sáng 3/4, Chủ tịch nước Đỗ Minh Khang tiếp Đại sứ các nước Bồ Đào Nha, Cộng hòa Séc và "
        "Sénégal trình Quốc thư.\n"
        "Tiếp Đại sứ Bồ Đào Nha Carlos Mendes, Chủ tịch nước chúc mừng ông nhận nhiệm vụ.\n"
        "Đại sứ Cộng hòa Séc Jan Novak và Đại sứ Sénégal Amara Diallo cảm ơn sự đón tiếp."
    )
    main = _main(text, "Sáng 3/4")
    assert _roles(main) == [
        ("Amara Diallo", "guest"),
        ("Carlos Mendes", "guest"),
        ("Jan Novak", "guest"),
        ("Đỗ Minh Khang", "host"),
    ]


def test_an_ambassador_of_a_country_not_listed_is_no_guest() -> None:
    text = (
        "Sáng 3/4, Chủ tịch nước Đỗ Minh Khang tiếp Đại sứ các nước Bồ Đào Nha và Sénégal.\n"
        "Dự buổi tiếp có Đại sứ Cộng hòa Séc Jan Novak. Đại sứ Carlos Mendes cảm ơn."
    )
    main = _main(text, "Sáng 3/4")
    assert "Jan Novak" not in {p.name for p in main.participants}
    assert "Carlos Mendes" in {p.name for p in main.participants}


def test_congratulations_received_make_a_message_of_every_sender() -> None:
    text = (
        "Ngày 3/4, Chủ tịch nước Đỗ Minh Khang đã nhận được nhiều thư, điện chúc mừng của "
        "Tổng thống Ấn Độ Rajesh Kumar, Thủ tướng Thụy Điển Anna Berg."
    )
    main = _main(text)
    assert (main.type, main.trigger) == ("message", "điện chúc mừng")
    assert {p.name for p in main.participants} == {"Đỗ Minh Khang", "Rajesh Kumar", "Anna Berg"}


def test_a_semicolon_that_opens_a_new_clause_still_ends_the_guests() -> None:
    text = (
        "Sáng 3/4, Chủ tịch nước Đỗ Minh Khang đã tiếp Đại sứ Bồ Đào Nha Carlos Mendes; "
        "Bộ trưởng Trịnh Văn Lộc cũng có mặt."
    )
    main = _main(text, "Sáng 3/4")
    assert _roles(main) == [("Carlos Mendes", "guest"), ("Đỗ Minh Khang", "host")]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Bộ trưởng Trịnh Văn Lộc chào mừng Thượng tướng Vương Hải Minh, Phó Tổng Tham mưu "
        "trưởng, cùng đoàn sang thăm Việt Nam.",
        "Đoàn do Thượng tướng Vương Hải Minh, Phó Tổng Tham mưu trưởng, làm trưởng đoàn.",
    ],
)
def test_a_delegation_guest_named_in_the_next_sentence_is_the_guest(follow_up: str) -> None:
    text = (
        "Ngày 3/4, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Trịnh Văn Lộc đã tiếp đoàn đại biểu "
        f"Bộ Quốc phòng Trung Quốc.\n{follow_up}"
    )
    main = _main(text)
    assert main.type == "reception"
    assert _roles(main) == [("Trịnh Văn Lộc", "host"), ("Vương Hải Minh", "guest")]


def test_a_side_named_by_a_title_alone_is_the_person_with_that_title() -> None:
    text = (
        "Ngày 3/4, Chủ tịch nước Đỗ Minh Khang đã điện đàm với Thủ tướng Lào.\n"
        "Thủ tướng Lào Somsak Vilay cảm ơn sự giúp đỡ của Việt Nam."
    )
    main = _main(text)
    assert main.type == "phone_call"
    assert {p.name for p in main.participants} == {"Đỗ Minh Khang", "Somsak Vilay"}


def test_a_bare_title_shared_by_two_people_names_nobody() -> None:
    people = {
        **PEOPLE,
        "Bounmy Chanh": {"titles": ["Thủ tướng Lào"], "country": "LA"},
    }
    text = "Ngày 3/4, Chủ tịch nước Đỗ Minh Khang đã điện đàm với Thủ tướng Lào."
    doc = annotate(
        text + " Thủ tướng Lào Somsak Vilay và Thủ tướng Lào Bounmy Chanh.",
        people,
        [("Ngày 3/4", "2025-04-03")],
    )
    main = extract_events(doc)[0]
    assert {p.name for p in main.participants} == {"Đỗ Minh Khang"}


# -- 3. calls on someone, "tiếp" before a capitalised title ---------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Sáng 3/4, tại Viêng Chăn, Chủ tịch Quốc hội Lê Thu Hà đã chào xã giao Thủ tướng "
            "Lào Somsak Vilay.",
            "chào xã giao",
        ),
        (
            "Sáng 3/4, Đại sứ Bồ Đào Nha Carlos Mendes đã đến chào từ biệt Chủ tịch Quốc hội "
            "Lê Thu Hà nhân dịp kết thúc nhiệm kỳ.",
            "đến chào từ biệt",
        ),
        (
            "Sáng 3/4, Thị trưởng thành phố Perth Mark Tan đến chào Chủ tịch nước Đỗ Minh Khang.",
            "đến chào",
        ),
    ],
)
def test_a_call_on_someone_is_their_reception(text: str, trigger: str) -> None:
    main = _main(text, "Sáng 3/4")
    assert (main.type, main.trigger) == ("reception", trigger)
    hosts = [p.name for p in main.participants if p.role == "host"]
    guests = [p.name for p in main.participants if p.role == "guest"]
    assert len(hosts) == len(guests) == 1
    # the one called on hosts: the one named after the trigger
    assert text.index(hosts[0]) > text.index(trigger.split()[-1])
    assert text.index(guests[0]) < text.index(trigger.split()[-1])


def test_received_for_a_farewell_call_the_receiver_still_hosts() -> None:
    text = (
        "Sáng 3/4, Đại sứ Bồ Đào Nha Carlos Mendes đã được Chủ tịch nước Đỗ Minh Khang tiếp "
        "chào từ biệt."
    )
    main = _main(text, "Sáng 3/4")
    assert _roles(main) == [("Carlos Mendes", "guest"), ("Đỗ Minh Khang", "host")]


def test_a_call_whose_host_is_named_next_takes_the_host_from_there() -> None:
    text = (
        "Sáng 3/4, Chủ tịch Quốc hội Lê Thu Hà đã đến chào xã giao lãnh đạo tỉnh Savan. "
        "Tiếp đoàn có đồng chí Khamla Sengdara, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Savan."
    )
    main = _main(text, "Sáng 3/4")
    assert _roles(main) == [("Khamla Sengdara", "host"), ("Lê Thu Hà", "guest")]


@pytest.mark.parametrize(
    "title", ["Thị trưởng thành phố Perth Mark Tan", "Thị trưởng Mark Tan", "Tiếp viên trưởng"]
)
def test_tiep_before_a_capitalised_word_is_a_reception(title: str) -> None:
    text = f"Sáng 3/4, Chủ tịch nước Đỗ Minh Khang đã tiếp {title}."
    main = _main(text, "Sáng 3/4")
    assert (main.type, main.trigger) == ("reception", "tiếp")


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 3/4, công ty đẩy mạnh tiếp thị sản phẩm tới khách hàng Ấn Độ.",
        "Sáng 3/4, Chủ tịch nước Đỗ Minh Khang tiếp xúc cử tri quận Ba Đình.",
        "Sáng 3/4, Bộ trưởng Trịnh Văn Lộc tiếp nhận hàng viện trợ.",
        "Sáng 3/4, Chủ tịch Quốc hội Lê Thu Hà tiếp tục chương trình làm việc.",
    ],
)
def test_marketing_voters_and_receipts_are_no_receptions(text: str) -> None:
    assert not [e for e in _events(text, [("Sáng 3/4", "2025-04-03")]) if e.type == "reception"]


# -- 2. pages with no meeting ----------------------------------------------------------------


def _current(events: Sequence[Event]) -> list[Event]:
    return [e for e in events if not e.referenced]


def test_a_history_paragraph_reports_no_current_visit() -> None:
    text = (
        "Trong sự nghiệp của mình, Chủ tịch nước Đỗ Minh Khang để lại nhiều dấu ấn đối ngoại.\n"
        "Cuối năm 2004, Chủ tịch nước Đỗ Minh Khang đã thăm chính thức Ấn Độ.\n"
        "Cũng trong chuyến thăm này, Chủ tịch nước Đỗ Minh Khang đã gặp Tổng thống Ấn Độ "
        "Rajesh Kumar.\n"
        "Trong cuộc hội đàm, hai bên nhất trí mở đường bay thẳng."
    )
    doc = annotate(text, PEOPLE, [("Cuối năm 2004", "2004")], published="2024-05-01")
    events = extract_events(doc)
    assert not _current(events)


def test_a_visit_of_this_year_is_still_reported() -> None:
    text = "Năm 2024, Chủ tịch nước Đỗ Minh Khang đã thăm chính thức Ấn Độ."
    doc = annotate(text, PEOPLE, [("Năm 2024", "2024")], published="2024-05-01")
    main = extract_events(doc)[0]
    assert main.type == "visit"
    assert not main.referenced


@pytest.mark.parametrize("gap", ["hồi", "vào năm", "năm"])
def test_a_year_written_right_after_the_verb_dates_a_past_event(gap: str) -> None:
    # the partnership signed years ago is mentioned inside today's talks: not a signing of today
    text = (
        "Sáng 3/6, Chủ tịch nước Đỗ Minh Khang đã hội đàm với Tổng thống Ấn Độ Rajesh Kumar. "
        "Hai nhà lãnh đạo dự kiến làm sâu sắc Hiệp định khung mà Chủ tịch nước Đỗ Minh Khang và "
        f"Tổng thống Ấn Độ Rajesh Kumar đã ký kết {gap} 2011."
    )
    dates = [("Sáng 3/6", "2024-06-03", "morning"), ("2011", "2011")]
    events = _events(text, dates, published="2024-06-03")
    signings = [e for e in events if e.type == "signing"]
    assert events[0].type == "talks"
    assert signings and all(e.referenced for e in signings)


def test_a_year_of_this_year_after_the_verb_keeps_the_signing_current() -> None:
    text = (
        "Chủ tịch nước Đỗ Minh Khang và Tổng thống Ấn Độ Rajesh Kumar đã ký kết hồi 2024 "
        "một Hiệp định khung."
    )
    main = _events(text, [("2024", "2024")], published="2024-06-03")[0]
    assert main.type == "signing"
    assert not main.referenced


@pytest.mark.parametrize(
    "text",
    [
        'Chủ tịch nước Đỗ Minh Khang phát biểu: "Tôi rất nhớ cuộc gặp với Tổng thống Ấn Độ '
        'Rajesh Kumar".',
        "Chủ tịch nước Đỗ Minh Khang nói: “Chúng tôi đã hội đàm với Thủ tướng Thụy Điển Anna "
        "Berg rất cởi mở”.",
        "Phóng viên Hà Linh: Xin cảm ơn Chủ tịch Quốc hội Lê Thu Hà đã dành cho chúng tôi "
        "cuộc gặp gỡ hôm nay.",
    ],
)
def test_a_meeting_inside_a_quote_or_an_interview_is_no_current_meeting(text: str) -> None:
    assert not _current(_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Quốc hội đã thông qua Luật Đất đai với 432 đại biểu tán thành; các chuyến thăm cấp "
        "cao và tiếp xúc cấp cao được nhắc tới trong báo cáo.",
        "Chủ tịch nước Đỗ Minh Khang nhấn mạnh cần duy trì các chuyến thăm và tiếp xúc cấp cao.",
    ],
)
def test_generic_meeting_nouns_report_nothing(text: str) -> None:
    assert not [e for e in _current(_events(text)) if e.participants]


# -- properties ------------------------------------------------------------------------------


@given(unicode_texts(), st.sampled_from(["tiếp Thị", "tiếp thị", "chào xã giao", "; ông ", ":"]))
def test_any_text_around_the_new_constructions_keeps_offsets_valid(noise: str, glue: str) -> None:
    text = (
        f"Sáng 3/4, Chủ tịch nước Đỗ Minh Khang {glue}{noise} đã tiếp các Đại sứ: ông Carlos "
        f"Mendes, Đại sứ Bồ Đào Nha; {noise[:7]}Jan Novak{glue} Thủ tướng Lào."
    )
    doc = annotate(text, PEOPLE, [("Sáng 3/4", "2025-04-03")], published="2025-04-03")
    for event in extract_events(doc):
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)
        for s in event.statements:
            assert 0 <= s.start <= s.end <= len(text)
            assert s.text in text[s.start : s.end]


@given(unicode_texts(max_size=60))
def test_trigger_hits_of_any_text_are_its_substrings(noise: str) -> None:
    table = table_for(None)
    text = f"tiếp {noise} Tiếp Thị trưởng {noise[:3]}đón Tết, tiếp THỊ"
    for hit in table.find(text):
        assert text[hit.start : hit.end] == hit.text
        assert hit.trigger.type is not None


def test_talks_take_the_other_side_named_beside_the_known_one_later() -> None:
    # the talks sentence names one head of delegation; the other is named beside him further on
    text = (
        "Đoàn đại biểu Ấn Độ do Tổng thống Ấn Độ Rajesh Kumar làm trưởng đoàn.\n"
        "Hội đàm nhằm rà soát kế hoạch hợp tác năm nay giữa hai nước.\n"
        "Hai bên khẳng định quan hệ hợp tác đạt nhiều kết quả.\n"
        "Chủ tịch nước Đỗ Minh Khang, Trưởng đoàn Việt Nam, và Tổng thống Ấn Độ Rajesh Kumar "
        "đã điểm lại kết quả hợp tác."
    )
    talks = [e for e in _events(text) if e.type == "talks"]
    assert talks
    assert {p.name for p in talks[0].participants} == {"Rajesh Kumar", "Đỗ Minh Khang"}


def test_a_pair_named_many_sentences_later_is_no_side() -> None:
    filler = "Hai bên khẳng định quan hệ hợp tác đạt nhiều kết quả.\n" * 7
    text = (
        "Đoàn đại biểu Ấn Độ do Tổng thống Ấn Độ Rajesh Kumar làm trưởng đoàn.\n"
        "Hội đàm nhằm rà soát kế hoạch hợp tác năm nay giữa hai nước.\n"
        f"{filler}"
        "Chủ tịch nước Đỗ Minh Khang và Tổng thống Ấn Độ Rajesh Kumar đã trồng cây lưu niệm."
    )
    talks = [e for e in _events(text) if e.type == "talks"]
    assert talks
    assert "Đỗ Minh Khang" not in {p.name for p in talks[0].participants}


@pytest.mark.parametrize(
    ("when", "part"),
    [("Chiều nay", "afternoon"), ("Trong sáng hôm nay", "morning"), ("Tối nay", "evening")],
)
def test_an_unresolved_today_still_gives_the_part_of_day(when: str, part: str) -> None:
    # no date stamp resolves "nay": the event has no date, but the part of day is written
    text = f"{when}, Chủ tịch nước Đỗ Minh Khang đã tiếp Đại sứ Sénégal Amara Diallo."
    main = _events(text)[0]
    assert main.date is None
    assert main.part_of_day == part


def test_a_bare_nay_gives_no_part_of_day() -> None:
    text = "Hôm nay, Chủ tịch nước Đỗ Minh Khang đã tiếp Đại sứ Sénégal Amara Diallo."
    main = _events(text)[0]
    assert main.part_of_day is None


def _paragraphs(opening: str) -> list[Event]:
    paragraphs = [
        "Sáng 5/3, tại Phủ Chủ tịch, Chủ tịch nước Đỗ Minh Khang đã chủ trì lễ đón chính thức "
        "Tổng thống Ấn Độ Rajesh Kumar sang thăm cấp Nhà nước Việt Nam.",
        "Đội danh dự Quân đội nhân dân Việt Nam duyệt đội hình.",
        f"{opening}, hai bên đã trao đổi ngắn. Chủ tịch nước Đỗ Minh Khang và Tổng thống Ấn Độ "
        "Rajesh Kumar cũng đã ký Hiệp định khung về hợp tác hàng hải.",
    ]
    text = "\n\n".join(paragraphs)
    doc = annotate(
        text,
        PEOPLE,
        [("Sáng 5/3", "2024-03-05", "morning")],
        published="2024-03-05",
        title="Ký Hiệp định khung về hợp tác hàng hải",
    )
    blocks, start = [], 0
    for paragraph in paragraphs:
        blocks.append(Block(start, start + len(paragraph), "body"))
        start += len(paragraph) + 2
    return extract_events(attrs.evolve(doc, blocks=blocks))


def test_a_paragraph_after_the_welcome_takes_the_welcome_place() -> None:
    main = _paragraphs("Sau lễ đón")[0]
    assert main.type == "signing"
    assert main.location == "Phủ Chủ tịch"


def test_a_paragraph_that_does_not_follow_the_welcome_borrows_no_place() -> None:
    main = _paragraphs("Trước đó")[0]
    assert main.type == "signing"
    assert main.location is None
