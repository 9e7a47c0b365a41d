"""Property tests for the French plugin: valid offsets, no crash on any text, Vietnamese pages
left alone."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_french import is_french
from vndiplo_french.dates import dates_in
from vndiplo_french.language import is_french_text
from vndiplo_french.titles import titled_names

from vndiplo import Runner

WORDS = st.sampled_from(
    [
        "le", "Premier", "ministre", "laotien", "président", "de", "l'Assemblée", "nationale",
        "du", "Parti", "Laos", "(PPRL)", "et", "Trân", "Van", "Hai", ",", ".", "reçoit",
        "a", "reçu", "s'est", "entretenu", "avec", "lundi", "matin", "14", "mars", "2030",
        "du", "au", "à", "Hanoï", "l'ambassadeur", "Mai", "De", "son", "côté", "\n", "1er",
    ]
)  # fmt: skip
PHRASES = st.lists(WORDS, max_size=40).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=300), PHRASES)
REFERENCES = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
RUNNER = Runner()


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
    assert is_french_text(text) in (True, False)


@given(PHRASES)
def test_pipeline_offsets_stay_valid_on_french_word_salad(text: str) -> None:
    full = "Le ministre a souligné les liens entre les deux pays et la coopération. " + text
    doc = RUNNER.run({"id": "x", "text": full, "published": "2030-05-10"})
    assert not [e for e in doc.errors if e.plugin == "french"]
    for person in doc.people:
        for span in person.mentions:
            assert 0 <= span.start < span.end <= len(full)
    for event in doc.events:
        assert 0 <= event.evidence.start < event.evidence.end <= len(full)


@given(st.text(max_size=400))
def test_the_pipeline_never_records_a_french_error(text: str) -> None:
    doc = RUNNER.run({"id": "x", "text": text, "published": "2024-05-10"})
    assert not [e for e in doc.errors if e.plugin == "french"]


VIETNAMESE = st.sampled_from(
    [
        "Chiều 14/3, tại Hà Nội, Thủ tướng Phạm Văn An tiếp Đại sứ Pháp tại Việt Nam.",
        "Chủ tịch nước hội đàm với Tổng thống Mông Cổ tại Phủ Chủ tịch.",
        "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư.",
    ]
)


@given(st.lists(VIETNAMESE, min_size=1, max_size=5).map("\n".join), PHRASES)
def test_vietnamese_pages_are_not_french(vietnamese: str, french: str) -> None:
    # a Vietnamese page quoting French words stays Vietnamese
    doc = RUNNER.run({"id": "x", "text": vietnamese + "\n" + french, "published": "2030-05-10"})
    assert not is_french(doc)
