"""Property tests of the English plugin's hooks on word salad (the parsers' shared properties are
in test_foreign_language_properties.py)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_english import vndiplo_extract_events, vndiplo_find_dates, vndiplo_find_people

from vndiplo import Document

WORDS = st.sampled_from(
    [
        "President", "Prime Minister", "Indonesian", "counterpart", "his", "received", "held",
        "talks", "with", "on", "May", "3,", "2024", "Friday", "evening", "in", "Hanoi", "Lam",
        "To", "Nguyễn", "Văn", "An", "Putin's", "R.", "(VNA)", "-", ".", ",", "\n", "Ambassador",
        "hosted", "a", "state", "banquet", "for", "phone", "call", "the", "of", "14", "March",
        "visit", "is", "first", "trip", "abroad", "by", "as", "in his capacity", "–", "2016",
    ]
)  # fmt: skip
PHRASES = st.lists(WORDS, max_size=40).map(" ".join)


@given(PHRASES)
def test_plugin_hooks_keep_offsets_valid(text: str) -> None:
    # gate forced open: the hooks' parsers on arbitrary word salad
    doc = Document(text="The talks with the minister were held in the capital. " + text)
    doc = Document(
        text=doc.text,
        dates=vndiplo_find_dates(doc),
        published=dt.date(2024, 5, 10),
    )
    doc = Document(text=doc.text, dates=doc.dates, people=vndiplo_find_people(doc))
    for person in doc.people:
        for span in person.mentions:
            assert 0 <= span.start < span.end <= len(doc.text)
    for event in vndiplo_extract_events(doc):
        assert 0 <= event.evidence.start < event.evidence.end <= len(doc.text)
        assert len(event.participants) >= 1
