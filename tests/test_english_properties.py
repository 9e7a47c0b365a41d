"""Property tests for the English plugin's parsers: valid offsets, no crash on any text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_english import vndiplo_extract_events, vndiplo_find_dates, vndiplo_find_people
from vndiplo_english.dates import dates_in
from vndiplo_english.language import is_english_text
from vndiplo_english.titles import titled_names

from vndiplo import Document, Runner

WORDS = st.sampled_from(
    [
        "President", "Prime Minister", "Indonesian", "counterpart", "his", "received", "held",
        "talks", "with", "on", "May", "3,", "2024", "Friday", "evening", "in", "Hanoi", "Lam",
        "To", "Nguyễn", "Văn", "An", "Putin's", "R.", "(VNA)", "-", ".", ",", "\n", "Ambassador",
        "hosted", "a", "state", "banquet", "for", "phone", "call", "the", "of", "14", "March",
    ]
)  # fmt: skip
PHRASES = st.lists(WORDS, max_size=40).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=300), PHRASES)
REFERENCES = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))


@given(ANY_TEXT, REFERENCES)
def test_dates_quote_the_text(text: str, reference: dt.date | None) -> None:
    for found in dates_in(text, 0, reference):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text


@given(ANY_TEXT, st.integers(0, 50))
def test_titled_names_quote_the_text(text: str, offset: int) -> None:
    padded = " " * offset + text
    for found in titled_names(text, offset):
        assert padded[found.start : found.end] == found.name
        assert found.name.strip() == found.name and found.name


@given(ANY_TEXT)
def test_language_test_never_fails(text: str) -> None:
    assert is_english_text(text) in (True, False)


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


RUNNER = Runner()


@given(st.text(max_size=400))
def test_the_pipeline_never_records_an_english_error(text: str) -> None:
    doc = RUNNER.run({"id": "x", "text": text, "published": "2024-05-10"})
    assert not [e for e in doc.errors if e.plugin == "english"]
