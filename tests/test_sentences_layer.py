"""The shared sentence layer: split once per document, offsets in both coordinates."""

from __future__ import annotations

import unicodedata

import attrs
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import Document, extract
from vndiplo.model import Block

TEXT = (
    "Thủ tướng tiếp Đại sứ\n\n"
    "Sáng 18/9, tại TP. Hồ Chí Minh, Thủ tướng đã tiếp Đại sứ Nhật Bản. Hai bên trao đổi về "
    "hợp tác./.\n\n"
    "Đại sứ cảm ơn sự đón tiếp."
)


def test_sentences_of_the_body_only_never_crossing_a_block() -> None:
    doc = extract(TEXT, published="2024-09-19")
    quoted = [TEXT[s.start : s.end] for s in doc.sentence_spans]
    assert quoted == [
        "Sáng 18/9, tại TP. Hồ Chí Minh, Thủ tướng đã tiếp Đại sứ Nhật Bản.",
        "Hai bên trao đổi về hợp tác./.",
        "Đại sứ cảm ơn sự đón tiếp.",
    ]
    assert [s.block for s in doc.sentences] == [0, 0, 1]


def test_the_layer_is_computed_once_and_follows_the_blocks() -> None:
    doc = extract(TEXT, published="2024-09-19")
    assert doc.sentences is doc.sentences
    title_only = attrs.evolve(doc, blocks=[b for b in doc.blocks if b.kind == "title"])
    assert title_only.sentences == ()


def test_decomposed_input_quotes_the_original() -> None:
    nfd = unicodedata.normalize("NFD", TEXT)
    doc = extract(nfd, published="2024-09-19")
    first = doc.sentence_spans[0]
    assert unicodedata.normalize("NFC", nfd[first.start : first.end]).startswith("Sáng 18/9")


@given(st.text(max_size=300))
def test_any_text_gives_valid_sentences(text: str) -> None:
    doc = Document(text, blocks=[Block(0, len(text), "body")] if text.strip() else [])
    view = doc.normalized.text
    for sentence, span in zip(doc.sentences, doc.sentence_spans, strict=True):
        assert 0 <= sentence.start < sentence.end <= len(view)
        assert view[sentence.start : sentence.end].strip() == view[sentence.start : sentence.end]
        assert 0 <= span.start <= span.end <= len(text)
