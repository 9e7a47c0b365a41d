"""Property tests for the titles plugin, driven by the public strategies in
:mod:`vndiplo.testing.people` and :mod:`vndiplo.testing`."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles import find_people, vndiplo_register_lexicon

from vndiplo import Block, Document, Registry
from vndiplo.testing import unicode_texts
from vndiplo.testing.people import (
    PersonMention,
    chinese_names,
    latin_names,
    person_mentions,
    vietnamese_names,
)


def _parse(text: str) -> dict[str, tuple[tuple[str, ...], str | None]]:
    return {p.name: (p.titles, p.country) for p in find_people(Document(text))}


@given(person_mentions())
def test_round_trip(mention: PersonMention) -> None:
    found = _parse(mention.phrase)
    assert mention.name in found, mention.phrase
    assert found[mention.name] == (mention.titles, mention.country), mention.phrase


@given(person_mentions())
def test_nfd_reads_like_nfc(mention: PersonMention) -> None:
    nfc = _parse(mention.phrase)
    nfd = {
        unicodedata.normalize("NFC", name): value
        for name, value in _parse(unicodedata.normalize("NFD", mention.phrase)).items()
    }
    assert nfd == nfc


@given(person_mentions())
def test_mentions_quote_the_original_nfd_text(mention: PersonMention) -> None:
    text = unicodedata.normalize("NFD", mention.phrase).replace(" ", "\u00a0", 1)
    doc = Document(text)
    for person in find_people(doc):
        for m in person.mentions:
            quoted = unicodedata.normalize("NFC", doc.quote(m))
            assert " ".join(quoted.split()) in (person.name, *person.titles) or any(
                t.startswith(" ".join(quoted.split())) for t in person.titles
            )


@given(unicode_texts())
def test_any_text_gives_valid_offsets(text: str) -> None:
    for person in find_people(Document(text)):
        assert person.titles
        for m in person.mentions:
            assert 0 <= m.start < m.end <= len(text)


@given(unicode_texts(max_size=120), person_mentions(), unicode_texts(max_size=120))
def test_mention_found_inside_noise(before: str, mention: PersonMention, after: str) -> None:
    text = f"{before}\n{mention.phrase}\n{after}"
    start = len(before) + 1
    doc = Document(text, blocks=[Block(start, start + len(mention.phrase), "body")])
    people = {p.name: p for p in find_people(doc)}
    assert mention.name in people
    for m in people[mention.name].mentions:
        assert start <= m.start and m.end <= start + len(mention.phrase)


@given(st.one_of(vietnamese_names(), chinese_names(), latin_names()))
def test_untitled_names_are_not_people(name: str) -> None:
    assert _parse(f"Hôm qua, {name} đã đến Hà Nội.") == {}


def _extended_registry() -> Registry:
    registry = Registry()
    vndiplo_register_lexicon(registry.register)
    registry.register("titles.titles", [{"title": "Trưởng Cơ quan Xúc tiến", "gloss": "Head"}])
    return registry


EXTENDED = _extended_registry()


@given(vietnamese_names())
def test_a_registered_title_is_used(name: str) -> None:
    registry = EXTENDED
    doc = Document(f"Trưởng Cơ quan Xúc tiến {name} phát biểu.")
    (person,) = find_people(doc, registry)
    assert person.name == name
    assert person.titles == ("Trưởng Cơ quan Xúc tiến",)
    assert person.roles[0].gloss == "Head"
