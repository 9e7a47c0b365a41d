"""Review fixes of the visit family, each in invented words: who the visitor is when a host's
reception is told "during the visit", which later span belongs to the lead's trip (the year,
New Year, another traveller), when a "cuộc họp" is the meeting of two principals, and the
"thư" of "Bí thư" before "mời"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.cues import cues_for
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đinh Khắc Toàn": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Lars Eriksen": {"titles": ["Tổng thống"], "country": "DK"},
    "Mạc Thị Hạnh": {"titles": ["Thủ tướng"], "country": "VN"},
    "Ravi Shankar Iyer": {"titles": ["Thủ tướng"], "country": "IN"},
    "Tôn Thất Bình": {"titles": ["Bộ trưởng Ngoại giao"], "country": "VN"},
    "Ingrid Solberg": {"titles": ["Ngoại trưởng"], "country": "NO"},
}

_HEADLINE = "Tổng thống Lars Eriksen thăm chính thức Việt Nam"


def _events(text: str, dates: Any = (), **fields: Any) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, dates, **fields))


def _sides(event: Event) -> list[tuple[str, str]]:
    return sorted((p.name, p.role) for p in event.participants)


# -- the visitor of a visit told through a reception "during" it --------------------------


@pytest.mark.parametrize(
    "act",
    [
        "Chủ tịch nước Đinh Khắc Toàn đã tiếp Tổng thống Lars Eriksen",
        "Chủ tịch nước Đinh Khắc Toàn đã đón tiếp Tổng thống Lars Eriksen",
        "Tổng thống Lars Eriksen đã được Chủ tịch nước Đinh Khắc Toàn tiếp",
    ],
)
def test_the_one_received_during_the_visit_is_its_visitor(act: str) -> None:
    main = _events(f"Trong thời gian chuyến thăm, {act}.", title=_HEADLINE)[0]
    assert main.type == "visit"
    assert _sides(main) == [("Lars Eriksen", "guest")]


def test_the_one_who_meets_during_the_visit_is_still_its_visitor() -> None:
    text = (
        "Trong suốt chuyến thăm, Tổng thống Lars Eriksen đã hội kiến Chủ tịch nước Đinh Khắc Toàn."
    )
    main = _events(text, title=_HEADLINE)[0]
    assert main.type == "visit"
    assert _sides(main) == [("Lars Eriksen", "guest")]


# -- which later span is the lead trip's --------------------------------------------------

_LEAD = "Sáng ngày 4/3/2027, Thủ tướng Mạc Thị Hạnh lên đường thăm chính thức Ấn Độ."
_LEAD_DATE = ("Sáng ngày 4/3/2027", "2027-03-04", "morning")


def test_another_travellers_span_is_another_trip() -> None:
    text = (
        f"{_LEAD} Chuyến thăm Việt Nam của Thủ tướng Ravi Shankar Iyer diễn ra từ ngày 1/3 "
        "đến ngày 6/3/2027."
    )
    dates = [_LEAD_DATE, ("từ ngày 1/3 đến ngày 6/3/2027", "2027-03-01/2027-03-06")]
    assert _events(text, dates)[0].date == "2027-03-04"


def test_a_span_of_another_year_is_another_trip() -> None:
    text = f"{_LEAD} Chuyến thăm trước diễn ra từ ngày 1/3 đến ngày 6/3/2019."
    dates = [_LEAD_DATE, ("từ ngày 1/3 đến ngày 6/3/2019", "2019-03-01/2019-03-06")]
    assert _events(text, dates)[0].date == "2027-03-04"


def test_the_travellers_own_span_is_still_taken() -> None:
    text = (
        f"{_LEAD} Chuyến thăm Ấn Độ của Thủ tướng Mạc Thị Hạnh diễn ra từ ngày 3/3 đến ngày "
        "7/3/2027."
    )
    dates = [_LEAD_DATE, ("từ ngày 3/3 đến ngày 7/3/2027", "2027-03-03/2027-03-07")]
    assert _events(text, dates)[0].date == "2027-03-03/2027-03-07"


@pytest.mark.parametrize(
    ("day", "span"),
    [
        ("--12-30", "--12-29/--01-03"),
        ("--01-02", "--12-29/--01-03"),
        ("2026-12-30", "2026-12-29/2027-01-03"),
    ],
)
def test_a_span_over_new_year_holds_its_days(day: str, span: str) -> None:
    text = (
        "Sáng hôm ấy, Bộ trưởng Ngoại giao Tôn Thất Bình lên đường thăm chính thức Na Uy. "
        "Chuyến thăm diễn ra từ ngày 29/12 đến ngày 3/1."
    )
    dates = [("Sáng hôm ấy", day, "morning"), ("từ ngày 29/12 đến ngày 3/1", span)]
    main = _events(text, dates)[0]
    assert (main.type, main.date) == ("visit", span)


# -- "cuộc họp": two principals' meeting, or a body's sitting ------------------------------


@pytest.mark.parametrize("kind", ["thường niên lần thứ 2", "song phương", "kín"])
def test_two_coordinated_principals_having_a_session_meet(kind: str) -> None:
    text = (
        "Chiều 12/6, Thủ tướng Mạc Thị Hạnh và Thủ tướng Ravi Shankar Iyer đã có một cuộc họp "
        f"{kind} tại Mumbai."
    )
    main = _events(text, [("Chiều 12/6", "--06-12", "afternoon")])[0]
    assert (main.type, main.trigger) == ("meeting", "cuộc họp")
    assert {p.name for p in main.participants} == {"Mạc Thị Hạnh", "Ravi Shankar Iyer"}


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 12/6, Ủy ban hỗn hợp Việt Nam - Ấn Độ đã có cuộc họp thường niên lần thứ 2.",
        "Chiều 12/6, Hội đồng quản trị quỹ đã có cuộc họp thường niên tại Mumbai.",
        "Chiều 12/6, Thủ tướng Mạc Thị Hạnh và Thủ tướng Ravi Shankar Iyer đã có cuộc họp "
        "thường niên của Ủy ban hỗn hợp.",
        "Chiều 12/6, Thủ tướng Mạc Thị Hạnh và Thủ tướng Ravi Shankar Iyer đã có cuộc họp báo "
        "chung.",
        "Chiều 12/6, Thủ tướng Mạc Thị Hạnh dự cuộc họp thường niên của các nhà đầu tư.",
    ],
)
def test_a_bodys_session_is_no_meeting(text: str) -> None:
    events = _events(text, [("Chiều 12/6", "--06-12", "afternoon")])
    assert all(e.trigger != "cuộc họp" for e in events)


def test_a_bodys_session_in_the_headline_asks_for_no_meeting() -> None:
    text = (
        "Chiều 12/6, Thủ tướng Mạc Thị Hạnh đã tiếp Thủ tướng Ravi Shankar Iyer. Tối cùng ngày, "
        "Bộ trưởng Ngoại giao Tôn Thất Bình gặp Ngoại trưởng Ingrid Solberg."
    )
    main = _events(text, title="Ủy ban hỗn hợp Việt - Ấn có cuộc họp thường niên")[0]
    assert main.type == "reception"


# -- the "thư" of "Bí thư" is no invitation letter ----------------------------------------


@pytest.mark.parametrize("before", ["tổng bí thư ", "bí thư tỉnh ủy bí thư "])
def test_bi_thu_before_moi_is_no_invitation_noun(before: str) -> None:
    assert cues_for(None).invitation_noun.search(before) is None


@pytest.mark.parametrize("before", ["theo lời ", "nhận thư ", "gửi giấy "])
def test_a_letter_before_moi_is_an_invitation_noun(before: str) -> None:
    assert cues_for(None).invitation_noun.search(before) is not None


def test_the_inviter_named_with_the_span_is_no_other_traveller() -> None:
    text = (
        f"{_LEAD} Chuyến thăm diễn ra từ ngày 4/3 đến ngày 9/3/2027, theo lời mời của Thủ tướng "
        "Ravi Shankar Iyer."
    )
    dates = [_LEAD_DATE, ("từ ngày 4/3 đến ngày 9/3/2027", "2027-03-04/2027-03-09")]
    assert _events(text, dates)[0].date == "2027-03-04/2027-03-09"
