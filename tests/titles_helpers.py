"""Shared checks for the titles plugin's property tests."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st
from vndiplo_titles import find_people_with
from vndiplo_titles.matcher import lexicon_for

from vndiplo import Document, Person

LEX = lexicon_for(None)


def mixes(pieces: Sequence[str], *, noise: int = 4, size: int = 14) -> st.SearchStrategy[str]:
    """Texts that mix the constructions under test with short runs of any Unicode."""
    return st.lists(
        st.one_of(st.sampled_from(list(pieces)), st.text(max_size=noise)), max_size=size
    ).map("".join)


def assert_scans_safely(text: str) -> None:
    """No crash, the windowed scan equals the whole-block reference, every person is named
    and titled, and every mention is a valid, non-blank span of the text."""
    doc = Document(text)
    people = find_people_with(doc, LEX)
    assert people == find_people_with(doc, LEX, windowed=False)
    for person in people:
        assert person.name
        assert person.titles
        for m in person.mentions:
            assert 0 <= m.start < m.end <= len(doc.text)
            assert doc.text[m.start : m.end].strip()


def people_by_name(text: str) -> dict[str, Person]:
    """The people found in ``text`` by name, after checking that the windowed scan equals
    the whole-block scan and that every mention quotes something."""
    doc = Document(text)
    windowed = find_people_with(doc, LEX)
    assert windowed == find_people_with(doc, LEX, windowed=False), text
    for person in windowed:
        for span in person.mentions:
            assert doc.text[span.start : span.end].strip(), text
    return {p.name: p for p in windowed}
