"""Properties of the bare-office mentions (vndiplo_titles.office_mentions) and of the wire
dateline's place: offsets stay in the body and quote an office, nothing crashes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles.office_mentions import with_office_mentions

import vndiplo
from vndiplo.model import Person, Span

_WORDS = [
    "Chủ tịch Quốc hội",
    "Phó",
    "Thủ tướng",
    "Hungary",
    "sẽ",
    "thăm",
    "nước",
    "hai",
    ",",
    "Tổng",
    "Bí thư",
    "đã",
    "tiếp",
    "Ông",
    "nguyên",
    "Chính phủ",
]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30), st.integers(0, 3))
def test_office_mentions_lie_in_the_body_and_quote_an_office(words: list[str], cut: int) -> None:
    head = "Chủ tịch Quốc hội Lê Văn Bình và Thủ tướng Chính phủ Ngô Văn Hải\n"
    body = " ".join(words)
    text = head + body
    people = [
        Person("Lê Văn Bình", titles=("Chủ tịch Quốc hội",), mentions=(Span(18, 29),)),
        Person("Ngô Văn Hải", titles=("Thủ tướng Chính phủ",), mentions=(Span(53, 64),)),
    ]
    blocks = [(len(head) + cut, len(text))] if cut < len(body) else []
    out = with_office_mentions(text, blocks, people)
    assert [p.name for p in out] == [p.name for p in people]
    offices = {"chủ tịch quốc hội", "chủ tịch", "chủ tịch quốc", "thủ tướng chính phủ"}
    offices |= {"thủ tướng", "thủ tướng chính"}
    for before, after in zip(people, out, strict=True):
        for m in set(after.mentions) - set(before.mentions):
            assert any(a <= m.start < m.end <= b for a, b in blocks)
            assert text[m.start : m.end].lower() in offices


@given(
    st.text(alphabet="ABCĐHNỘIVTWabc —–-(),./0123456789", min_size=0, max_size=30),
)
def test_any_dateline_reads_without_error(dateline: str) -> None:
    text = (
        "Tổng thống hội kiến Tổng thống\n\n"
        + dateline
        + "Hôm thứ Sáu, Tổng thống Việt Nam Lê Văn Bình đã hội kiến với Tổng thống Mỹ John "
        "Parker.\n"
    )
    doc = vndiplo.extract(text)
    assert not doc.errors
    for event in doc.events:
        assert event.location is None or event.location.strip() == event.location
