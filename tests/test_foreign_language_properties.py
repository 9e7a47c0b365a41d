"""Property tests shared by the foreign-language plugins (English, French): their date and title
parsers quote the text at valid offsets, their language tests never fail, and the pipeline never
records an error of theirs, on any text. Each plugin's own properties stay in its own file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import pytest
import vndiplo_english.dates
import vndiplo_english.language
import vndiplo_english.titles
import vndiplo_french.dates
import vndiplo_french.language
import vndiplo_french.titles
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import Runner

# (plugin name, dates_in, titled_names, language test)
LANGUAGES: list[
    tuple[str, Callable[..., Iterable[Any]], Callable[..., Iterable[Any]], Callable[[str], bool]]
] = [
    (
        "english",
        vndiplo_english.dates.dates_in,
        vndiplo_english.titles.titled_names,
        vndiplo_english.language.is_english_text,
    ),
    (
        "french",
        vndiplo_french.dates.dates_in,
        vndiplo_french.titles.titled_names,
        vndiplo_french.language.is_french_text,
    ),
]
IDS = [language[0] for language in LANGUAGES]
WORDS = st.sampled_from(
    [
        "President", "Prime Minister", "counterpart", "received", "held", "talks", "with", "on",
        "May", "3,", "2024", "Friday", "in", "Hanoi", "To", "Lam", "R.", "(VNA)", "Ambassador",
        "le", "Premier", "ministre", "président", "de", "l'Assemblée", "reçu", "s'est",
        "entretenu", "avec", "lundi", "matin", "14", "mars", "du", "au", "à", "Hanoï", "1er",
        "Nguyễn", "Văn", "An", "-", ".", ",", "\n",
    ]
)  # fmt: skip
ANY_TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))
REFERENCES = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
RUNNER = Runner()


@pytest.mark.parametrize("language", LANGUAGES, ids=IDS)
@given(text=ANY_TEXT, reference=REFERENCES)
def test_dates_quote_the_text(language: Any, text: str, reference: dt.date | None) -> None:
    dates_in = language[1]
    for found in dates_in(text, 0, reference):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text


@pytest.mark.parametrize("language", LANGUAGES, ids=IDS)
@given(text=ANY_TEXT, offset=st.integers(0, 50))
def test_titled_names_quote_the_text(language: Any, text: str, offset: int) -> None:
    titled_names = language[2]
    padded = " " * offset + text
    for found in titled_names(text, offset):
        assert padded[found.start : found.end] == found.name
        assert found.name.strip() == found.name and found.name


@pytest.mark.parametrize("language", LANGUAGES, ids=IDS)
@given(text=ANY_TEXT)
def test_language_test_never_fails(language: Any, text: str) -> None:
    assert language[3](text) in (True, False)


@given(text=st.text(max_size=400))
def test_the_pipeline_never_records_a_foreign_plugin_error(text: str) -> None:
    doc = RUNNER.run({"id": "x", "text": text, "published": "2024-05-10"})
    assert not [e for e in doc.errors if e.plugin in IDS]
