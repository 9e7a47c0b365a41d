"""The main act told only as a noun in a frame, in invented words (round 14).

"Tại buổi tiếp B (sang thăm ...) chiều 5/3, A nhấn mạnh ...", "Trong cuộc hội đàm với B, A đề
nghị ...": the frame's noun gives the act its type, the frame's object the other side and the
main clause's subject the actor, exactly as the verb form of the same sentence ("Chiều 5/3, A
tiếp B ...") does; the guest's own purpose inside the frame ("sang thăm", "đến chào") stays
under the act. Each framed wording is checked against its verb form.
"""

from __future__ import annotations

from typing import Any

import pytest
import vndiplo_events.extract as extract_module
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events import extract_events
from vndiplo_events.candidate import Candidate
from vndiplo_events.noun_frame_acts import reported_frame_acts
from vndiplo_events.testing import annotate, roles

from vndiplo import Event

_PEOPLE = {
    "Đặng Văn Toàn": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Lê Minh Khoa": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Hồ Thị Lan": {"titles": ["Phó Thủ tướng"], "country": "VN"},
    "Miguel Ortega": {"titles": ["Tổng thống Chile"], "country": "CL"},
    "Ana Ruiz": {"titles": ["Bộ trưởng Ngoại giao Chile"], "country": "CL"},
    "Sok Vanna": {"titles": ["Bộ trưởng Bộ Du lịch Campuchia"], "country": "KH"},
    "Chea Sophal": {"titles": ["Thứ trưởng"], "country": "KH"},
    "Lars Berg": {"titles": ["Đại sứ Na Uy"], "country": "NO"},
}


def _in_case_of(text: str, phrase: str) -> str:
    """The date phrase as ``text`` writes it ("Chiều 8/5" opening it, "chiều 8/5" inside)."""
    return phrase if phrase in text else phrase[:1].swapcase() + phrase[1:]


def _main(text: str, dates: list[tuple[str, str, str]] | None = None) -> Event:
    found = [(_in_case_of(text, phrase), *rest) for phrase, *rest in dates or []]
    return extract_events(annotate(text, _PEOPLE, found))[0]


def _facts(event: Event) -> tuple[object, ...]:
    return (event.type, event.date, event.part_of_day, event.location, roles(event))


#: (framed wording, its verb form, dates): the same facts either way
_PAIRS = [
    pytest.param(
        "Chiều 12/4, tại buổi tiếp Bộ trưởng Ngoại giao Chile Ana Ruiz sang thăm và làm việc "
        "tại Việt Nam, Chủ tịch nước Đặng Văn Toàn nhấn mạnh quan hệ hai nước ngày càng sâu "
        "sắc.",
        "Chiều 12/4, Chủ tịch nước Đặng Văn Toàn đã tiếp Bộ trưởng Ngoại giao Chile Ana Ruiz "
        "sang thăm và làm việc tại Việt Nam. Chủ tịch nước nhấn mạnh quan hệ hai nước ngày "
        "càng sâu sắc.",
        [("Chiều 12/4", "--04-12", "afternoon")],
        id="guest-purpose-inside-frame-date-before",
    ),
    pytest.param(
        "Trong buổi tiếp Tổng thống Chile Miguel Ortega (đến thăm chính thức Việt Nam) sáng "
        "3/9 tại Phủ Chủ tịch, Chủ tịch nước Đặng Văn Toàn bày tỏ vui mừng được gặp lại ông.",
        "Sáng 3/9, tại Phủ Chủ tịch, Chủ tịch nước Đặng Văn Toàn đã tiếp Tổng thống Chile "
        "Miguel Ortega (đến thăm chính thức Việt Nam). Chủ tịch nước bày tỏ vui mừng được gặp "
        "lại ông.",
        [("sáng 3/9", "--09-03", "morning")],
        id="bracketed-purpose-date-place-inside-frame",
    ),
    pytest.param(
        "Tại buổi tiếp đoàn Bộ Du lịch Campuchia do Bộ trưởng Sok Vanna dẫn đầu đến thăm và "
        "làm việc tại tỉnh, Chủ tịch UBND tỉnh Lê Minh Khoa giới thiệu tiềm năng du lịch.",
        "Chủ tịch UBND tỉnh Lê Minh Khoa đã tiếp đoàn Bộ Du lịch Campuchia do Bộ trưởng Sok "
        "Vanna dẫn đầu đến thăm và làm việc tại tỉnh. Ông giới thiệu tiềm năng du lịch.",
        [],
        id="delegation-led-by-guest",
    ),
    pytest.param(
        "Sáng 15/10, tại Hà Nội, trong buổi tiếp Thứ trưởng Chea Sophal đến chào xã giao, "
        "Phó Thủ tướng Hồ Thị Lan đánh giá cao kết quả hợp tác.",
        "Sáng 15/10, tại Hà Nội, Phó Thủ tướng Hồ Thị Lan đã tiếp Thứ trưởng Chea Sophal đến "
        "chào xã giao. Phó Thủ tướng đánh giá cao kết quả hợp tác.",
        [("Sáng 15/10", "--10-15", "morning")],
        id="courtesy-call-purpose-front-outside-frame",
    ),
    pytest.param(
        "Trong khuôn khổ buổi tiếp Đại sứ Na Uy Lars Berg đến trình Quốc thư chiều 2/11, Chủ "
        "tịch nước Đặng Văn Toàn chúc mừng ông nhận nhiệm kỳ mới.",
        "Chiều 2/11, Chủ tịch nước Đặng Văn Toàn đã tiếp Đại sứ Na Uy Lars Berg đến trình "
        "Quốc thư. Chủ tịch nước chúc mừng ông nhận nhiệm kỳ mới.",
        [("chiều 2/11", "--11-02", "afternoon")],
        id="within-framework-of-reception-credentials",
    ),
    pytest.param(
        "Trong cuộc hội đàm với Tổng thống Chile Miguel Ortega chiều 8/5, Chủ tịch nước Đặng "
        "Văn Toàn đề nghị hai bên mở rộng thương mại.",
        "Chiều 8/5, Chủ tịch nước Đặng Văn Toàn đã hội đàm với Tổng thống Chile Miguel Ortega. "
        "Chủ tịch nước đề nghị hai bên mở rộng thương mại.",
        [("chiều 8/5", "--05-08", "afternoon")],
        id="talks-frame",
    ),
    pytest.param(
        "Tại cuộc điện đàm với Tổng thống Chile Miguel Ortega tối 20/6, Phó Thủ tướng Hồ Thị "
        "Lan chúc mừng Chile tổ chức thành công hội nghị.",
        "Tối 20/6, Phó Thủ tướng Hồ Thị Lan đã điện đàm với Tổng thống Chile Miguel Ortega. "
        "Phó Thủ tướng chúc mừng Chile tổ chức thành công hội nghị.",
        [("tối 20/6", "--06-20", "evening")],
        id="phone-call-frame",
    ),
    pytest.param(
        "Tại buổi làm việc với Bộ trưởng Bộ Du lịch Campuchia Sok Vanna sang thăm tỉnh, Chủ "
        "tịch UBND tỉnh Lê Minh Khoa đề nghị mở thêm đường bay.",
        "Chủ tịch UBND tỉnh Lê Minh Khoa đã làm việc với Bộ trưởng Bộ Du lịch Campuchia Sok "
        "Vanna sang thăm tỉnh. Ông đề nghị mở thêm đường bay.",
        [],
        id="working-session-frame",
    ),
    pytest.param(
        "Ở cuộc gặp với Bộ trưởng Ngoại giao Chile Ana Ruiz đang thăm Việt Nam, Phó Thủ tướng "
        "Hồ Thị Lan khẳng định Việt Nam coi trọng quan hệ với Chile.",
        "Phó Thủ tướng Hồ Thị Lan đã gặp Bộ trưởng Ngoại giao Chile Ana Ruiz đang thăm Việt "
        "Nam. Phó Thủ tướng khẳng định Việt Nam coi trọng quan hệ với Chile.",
        [],
        id="meeting-frame-ongoing-visit",
    ),
]


@pytest.mark.parametrize(("framed", "verb", "dates"), _PAIRS)
def test_the_frame_tells_the_act_as_its_verb_does(
    framed: str, verb: str, dates: list[tuple[str, str, str]]
) -> None:
    assert _facts(_main(framed, dates)) == _facts(_main(verb, dates))


def test_the_guest_purpose_stays_under_the_reception() -> None:
    main = _main(
        "Chiều 12/4, tại buổi tiếp Bộ trưởng Ngoại giao Chile Ana Ruiz sang thăm và làm việc "
        "tại Việt Nam, Chủ tịch nước Đặng Văn Toàn nhấn mạnh quan hệ hai nước ngày càng sâu "
        "sắc.",
        [("Chiều 12/4", "--04-12", "afternoon")],
    )
    assert main.type == "reception"
    assert roles(main) == [("Ana Ruiz", "guest"), ("Đặng Văn Toàn", "host")]


def test_a_frame_after_the_reported_act_refers_back_to_it() -> None:
    text = (
        "Sáng 3/4, Chủ tịch nước Đặng Văn Toàn đã tiếp Thứ trưởng Chea Sophal. Tại buổi tiếp "
        "Thứ trưởng Chea Sophal, Chủ tịch nước Đặng Văn Toàn cảm ơn sự ủng hộ của Campuchia."
    )
    events = extract_events(annotate(text, _PEOPLE, [("Sáng 3/4", "--04-03", "morning")]))
    assert events[0].date == "--04-03"
    assert sum(e.type == "reception" for e in events) == 1


def test_a_frame_naming_an_earlier_event_leaves_the_clause_act_main() -> None:
    main = _main(
        "Tại buổi tiếp Bộ trưởng Sok Vanna hôm qua, hai bên đã trao đổi về du lịch; sáng nay, "
        "Chủ tịch nước Đặng Văn Toàn hội đàm với Tổng thống Chile Miguel Ortega.",
        [("sáng nay", "--05-02", "morning")],
    )
    assert main.type == "talks"
    assert {name for name, _ in roles(main)} == {"Đặng Văn Toàn", "Miguel Ortega"}


def test_the_passive_names_the_host_after_duoc() -> None:
    main = _main(
        "Chiều 5/3, Đại sứ Na Uy Lars Berg đến chào xã giao và được Phó Thủ tướng Hồ Thị Lan "
        "tiếp tại trụ sở Chính phủ.",
        [("Chiều 5/3", "--03-05", "afternoon")],
    )
    assert main.type == "reception"
    assert roles(main) == [("Hồ Thị Lan", "host"), ("Lars Berg", "guest")]


_OPENERS = ["Tại", "Trong", "Ở", "Trong khuôn khổ"]
_NOUNS = ["buổi tiếp", "cuộc gặp", "cuộc hội đàm với", "buổi làm việc với", "cuộc điện đàm với"]


@given(
    st.sampled_from(_OPENERS),
    st.sampled_from(_NOUNS),
    st.text(alphabet="aăb đ,.()", max_size=30),
)
def test_any_frame_gives_valid_evidence(opener: str, noun: str, noise: str) -> None:
    text = f"{opener} {noun} Bộ trưởng Sok Vanna{noise}, Chủ tịch nước Đặng Văn Toàn nói."
    for event in extract_events(annotate(text, _PEOPLE)):
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)


def test_a_guest_named_after_a_comma_with_his_purpose_is_no_actor() -> None:
    main = _main(
        "Chiều 9/7, tại Phủ Chủ tịch, trong buổi tiếp Bộ trưởng Ngoại giao Chile, bà Ana Ruiz "
        "sang thăm Việt Nam, Chủ tịch nước Đặng Văn Toàn đánh giá cao quan hệ hai nước.",
        [("Chiều 9/7", "--07-09", "afternoon")],
    )
    assert main.type == "reception"
    assert roles(main) == [("Ana Ruiz", "guest"), ("Đặng Văn Toàn", "host")]


def test_a_delegation_led_by_the_guest_keeps_him_inside_the_frame() -> None:
    main = _main(
        "Tối 4/6, tại buổi tiếp đoàn đại biểu tỉnh Siem Reap, Campuchia do Bộ trưởng Sok Vanna "
        "dẫn đầu, Chủ tịch UBND tỉnh Lê Minh Khoa bày tỏ vui mừng.",
        [("Tối 4/6", "--06-04", "evening")],
    )
    assert main.type == "reception"
    assert ("Lê Minh Khoa", "host") in roles(main)
    assert ("Sok Vanna", "host") not in roles(main)


def test_the_actor_with_a_title_in_apposition() -> None:
    main = _main(
        "Sáng 1/8, tại buổi tiếp Thứ trưởng Chea Sophal, ông Lê Minh Khoa, Chủ tịch UBND tỉnh "
        "tặng quà lưu niệm cho khách.",
        [("Sáng 1/8", "--08-01", "morning")],
    )
    assert roles(main) == [("Chea Sophal", "guest"), ("Lê Minh Khoa", "host")]


def test_a_fronted_place_before_an_occasion_frame_is_the_act_place() -> None:
    framed = (
        "Sáng 6/10, tại Santiago, nhân dịp dự Diễn đàn Kinh tế châu Á - Thái Bình Dương, trong "
        "buổi tiếp Bộ trưởng Ngoại giao Chile Ana Ruiz, Phó Thủ tướng Hồ Thị Lan đề nghị tăng "
        "cường hợp tác."
    )
    verb = (
        "Sáng 6/10, tại Santiago, nhân dịp dự Diễn đàn Kinh tế châu Á - Thái Bình Dương, Phó "
        "Thủ tướng Hồ Thị Lan đã tiếp Bộ trưởng Ngoại giao Chile Ana Ruiz. Phó Thủ tướng đề "
        "nghị tăng cường hợp tác."
    )
    dates = [("Sáng 6/10", "--10-06", "morning")]
    assert _facts(_main(framed, dates)) == _facts(_main(verb, dates))


@pytest.mark.parametrize(
    "text",
    [
        # the act is still to come
        "Trong cuộc điện đàm với Tổng thống Chile Miguel Ortega, Phó Thủ tướng Hồ Thị Lan dự "
        "kiến sẽ nêu đề xuất mới.",
        # an occasion recalled by its month
        "Tại buổi làm việc với Bộ trưởng Sok Vanna hồi tháng 3, Phó Thủ tướng Hồ Thị Lan nêu "
        "đề xuất mới.",
        # the frame names a place, not the other side
        "Trong cuộc hội đàm tại Phủ Chủ tịch, Phó Thủ tướng Hồ Thị Lan nêu đề xuất mới.",
        # a bare back-reference, the actor's title in apposition after it
        "Tại buổi tiếp, Phó Thủ tướng, ông Lê Minh Khoa cảm ơn khách.",
        # the frame in the middle of a clause
        "Phó Thủ tướng Hồ Thị Lan nói tại buổi tiếp Bộ trưởng Sok Vanna, Chủ tịch nước Đặng "
        "Văn Toàn đã gửi lời chào.",
        # an act of its own reported before the frame
        "Sáng 2/5, Đại sứ Na Uy Lars Berg đã trình Quốc thư lên Tổng thống Chile Miguel Ortega. "
        "Trong buổi hội kiến Tổng thống Chile sau khi trình Quốc thư, Đại sứ Lars Berg chuyển "
        "lời thăm hỏi.",
    ],
    ids=["planned", "recalled-month", "place-only", "bare", "mid-clause", "after-credentials"],
)
def test_a_frame_telling_no_act_of_its_own_is_left_a_reference(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    promoted: list[str] = []

    def spy(*args: Any) -> list[Candidate]:
        out = reported_frame_acts(*args)
        promoted.extend(
            c.hit.trigger.phrase for c, b in zip(out, args[5], strict=True) if c is not b
        )
        return out

    monkeypatch.setattr(extract_module, "reported_frame_acts", spy)
    extract_events(annotate(text, _PEOPLE))
    assert promoted == []


def test_the_spy_sees_a_promotion(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def spy(*args: Any) -> list[Candidate]:
        out = reported_frame_acts(*args)
        seen.extend(1 for c, b in zip(out, args[5], strict=True) if c is not b)
        return out

    monkeypatch.setattr(extract_module, "reported_frame_acts", spy)
    extract_events(
        annotate("Tại buổi tiếp Bộ trưởng Sok Vanna, Chủ tịch nước Đặng Văn Toàn nói.", _PEOPLE)
    )
    assert seen == [1]


def test_a_trip_framed_between_the_act_and_its_subject_is_the_subject_trip() -> None:
    text = (
        "Tại cuộc hội đàm với Phó Thủ tướng Hồ Thị Lan ngày 9/9 tại Hà Nội, trong khuôn khổ "
        "chuyến thăm chính thức Việt Nam, Bộ trưởng Ngoại giao Chile Ana Ruiz khẳng định quan "
        "hệ hai nước phát triển tốt đẹp."
    )
    events = extract_events(annotate(text, _PEOPLE, [("ngày 9/9", "--09-09")]))
    assert events[0].type == "talks"
    visits = [e for e in events if e.type == "visit"]
    assert visits
    assert [p.name for p in visits[0].participants] == ["Ana Ruiz"]
