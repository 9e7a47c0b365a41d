"""Properties of the dates plugin, over generated phrases and hostile text.

The round trip is the main one: a phrase rendered from a date, placed in a sentence, reads back
as exactly that date, span and offsets included. The rest say the plugin never breaks its
contract, whatever the input: offsets quote the text, values are well-formed, NFD reads as NFC,
and matching is a pure function of the text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata

from hypothesis import assume, given
from hypothesis import strategies as st
from vndiplo_dates import find_dates
from vndiplo_dates.clock_part import clock_part_of_day
from vndiplo_dates.parse import RULES, Found, scan
from vndiplo_dates.testing import (
    DateSentence,
    date_phrases,
    day_phrases,
    in_sentences,
    span_phrases,
)

from vndiplo import Document
from vndiplo.testing.core import unicode_texts

_VALUE = re.compile(
    r"^(?:\d{4}|--|\d{4}-\d\d|--\d\d|(?:\d{4}|-)-\d\d-\d\d(?:T\d\d:\d\d)?)"
    r"(?:/(?:\d{4}|(?:\d{4}|-)-\d\d(?:-\d\d)?))?$"
)


def read(case: DateSentence, text: str | None = None) -> list[tuple[object, ...]]:
    doc = Document(text if text is not None else case.text, published=case.phrase.reference)
    return [
        (d.start, d.end, d.value, d.kind, d.part_of_day, d.year_source) for d in find_dates(doc)
    ]


@given(in_sentences(date_phrases()))
def test_round_trip_in_sentence(case: DateSentence) -> None:
    p = case.phrase
    pod = clock_part_of_day(p.value, p.part_of_day)  # a bare clock time: the hour's part of day
    assert read(case) == [(case.start, case.end, p.value, p.kind, pod, p.year_source)]


@given(in_sentences(date_phrases()))
def test_nfd_reads_the_same_values_and_quotes_the_original(case: DateSentence) -> None:
    nfd = unicodedata.normalize("NFD", case.text)
    doc = Document(nfd, published=case.phrase.reference)
    found = find_dates(doc)
    assert [d.value for d in found] == [case.phrase.value]
    assert all(nfd[d.start : d.end] == d.text for d in found)


@given(in_sentences(day_phrases()), in_sentences(span_phrases()))
def test_two_sentences_read_independently(first: DateSentence, second: DateSentence) -> None:
    # a year-less day inside the other sentence's dated span takes the span's year, by design
    assume(first.phrase.year_source == "explicit" or not _inside(first, second))
    text = first.text + " " + second.text
    doc = Document(text, published=first.phrase.reference)
    values = [d.value for d in find_dates(doc)]
    assert values == [first.phrase.value, second.phrase.value]


def _inside(day: DateSentence, span: DateSentence) -> bool:
    """Whether ``day``'s month and day fall within ``span``'s dates in one of its years."""
    start, end = (dt.date.fromisoformat(v) for v in span.phrase.value.split("/"))
    _, month, mday = (int(p) for p in day.phrase.value.split("-"))
    for year in {start.year, end.year}:
        try:
            if start <= dt.date(year, month, mday) <= end:
                return True
        except ValueError:
            continue
    return False


@given(unicode_texts(), st.none() | st.dates())
def test_any_unicode_gives_valid_expressions(text: str, published: object) -> None:
    doc = Document(text, published=published)  # type: ignore[arg-type]
    found = find_dates(doc)
    for d in found:
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
        assert _VALUE.match(d.value), d.value
    assert [d.start for d in found] == sorted(d.start for d in found)


@given(unicode_texts())
def test_scan_is_deterministic_and_disjoint(text: str) -> None:
    first, second = scan(text), scan(text)
    assert first == second
    assert all(a.end <= b.start for a, b in itertools.pairwise(first))


@given(in_sentences(date_phrases()))
def test_reading_a_found_phrase_alone_gives_the_same_value(case: DateSentence) -> None:
    """Idempotence: the quoted phrase, read on its own, is the same expression."""
    (found,) = find_dates(Document(case.text, published=case.phrase.reference))
    (again,) = find_dates(Document(found.text, published=case.phrase.reference))
    assert (again.text, again.value, again.kind) == (found.text, found.value, found.kind)


@given(st.text(alphabet="0123456789/-.,: %", max_size=60))
def test_digit_soup_never_crashes(text: str) -> None:
    for d in find_dates(Document(text, published="2025-01-01")):
        assert text[d.start : d.end] == d.text


def _scan_everywhere(text: str) -> tuple[Found, ...]:
    """What ``scan`` would find running every pattern over the whole text: no anchors, no
    windows, no gates. The anchored scan is an optimisation and must find exactly this."""
    low = text.lower()
    cased = len(low) != len(text)
    candidates = []
    for rule in RULES:
        target, pattern = (text, rule.pattern) if cased or rule.cased else (low, rule.lower)
        for match in pattern.finditer(target):
            found = rule.handler(match, target)
            if found is not None:
                candidates.append(found)
    ranked = sorted(enumerate(candidates), key=lambda it: (-it[1].length, it[1].start, it[0]))
    taken = bytearray(len(text) + 1)
    kept = []
    for _, found in ranked:
        if found.length and not any(taken[found.start : found.end]):
            taken[found.start : found.end] = b"\x01" * found.length
            kept.append(found)
    return tuple(sorted(kept, key=lambda f: f.start))


@given(
    st.lists(in_sentences(date_phrases()), min_size=1, max_size=4),
    st.lists(st.sampled_from([" ", "  ", ", ", " - ", " (", ") ", "\n", " đến ", "/", "."])),
)
def test_anchored_scan_finds_what_every_pattern_everywhere_finds(
    cases: list[DateSentence], separators: list[str]
) -> None:
    text = "".join(
        c.text + (separators[i] if i < len(separators) else " ") for i, c in enumerate(cases)
    )
    assert scan.__wrapped__(text) == _scan_everywhere(text)


@given(unicode_texts())
def test_anchored_scan_matches_the_unwindowed_scan_on_any_text(text: str) -> None:
    assert scan.__wrapped__(text) == _scan_everywhere(text)
