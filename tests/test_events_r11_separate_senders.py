"""Round 11 (events11b), on sentences written for these tests (no page's words): leaders of
several countries listed as the senders of one message verb ("A, B và C đã gửi thư chúc mừng
D") each send their own letter, so the main message is the first written (README AK2); senders
of one country stay one message, and so do senders that are no list before the verb."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, titled

_PEOPLE = titled(
    {
        "Jan Kowalczyk": ("Chủ tịch Thượng viện Ba Lan", "PL"),
        "Helga Brandt": ("Chủ tịch Hạ viện Áo", "AT"),
        "Tomás Ruiz": ("Chủ tịch Quốc hội Peru", "PE"),
        "Lâm Quốc Việt": ("Chủ tịch Quốc hội", "VN"),
        "Phan Văn Đông": ("Chủ tịch nước", "VN"),
        "Võ Thị Hạnh": ("Thủ tướng", "VN"),
        "Ahmed Karimi": ("Tổng thống", "TN"),
    }
)


def _names(text: str) -> set[str]:
    main = extract_events(annotate(text, _PEOPLE, []))[0]
    assert main.type == "message"
    return {p.name for p in main.participants}


def test_senders_of_several_countries_send_one_letter_each() -> None:
    names = _names(
        "Nhân dịp ông Lâm Quốc Việt được bầu làm Chủ tịch Quốc hội, Chủ tịch Thượng viện Ba Lan "
        "Jan Kowalczyk, Chủ tịch Hạ viện Áo Helga Brandt và Chủ tịch Quốc hội Peru Tomás Ruiz "
        "đã gửi thư chúc mừng."
    )
    assert "Jan Kowalczyk" in names
    assert not names & {"Helga Brandt", "Tomás Ruiz"}


def test_senders_of_one_country_stay_one_message() -> None:
    # near miss: a joint message of one country's leaders keeps every sender
    names = _names(
        "Chủ tịch nước Phan Văn Đông và Thủ tướng Võ Thị Hạnh đã gửi điện chúc mừng Tổng thống "
        "Ahmed Karimi nhân dịp Quốc khánh."
    )
    assert {"Phan Văn Đông", "Võ Thị Hạnh", "Ahmed Karimi"} <= names


_PIECES = st.sampled_from(
    [
        "Chủ tịch Thượng viện Ba Lan Jan Kowalczyk",
        "Chủ tịch Hạ viện Áo Helga Brandt",
        "Thủ tướng Võ Thị Hạnh",
        ", ",
        " và ",
        " đã gửi thư chúc mừng ",
        " cảm ơn ",
        "; ",
        "Chủ tịch Quốc hội Lâm Quốc Việt",
        ". ",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=10))
def test_separate_senders_never_break_extraction(pieces: list[str]) -> None:
    text = "".join(pieces)
    document = annotate(text, _PEOPLE, [])
    people = {p.name for p in document.people}
    for event in extract_events(document):
        assert {p.name for p in event.participants} <= people
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)
