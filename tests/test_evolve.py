"""vndiplo.evolve.evolve builds the Document attrs.evolve builds, without re-converting."""

from __future__ import annotations

import attrs

from vndiplo.evolve import _COPY, evolve
from vndiplo.model import Block, Document, PluginError, TimeExpression


def _document() -> Document:
    doc = Document(
        "Sáng 3/4, Bộ trưởng Lê Văn An tiếp Đại sứ Na Uy.",
        id="x1",
        published="2024-04-03",
        blocks=[{"start": 0, "end": 48, "kind": "body", "rule": "paragraph"}],
        extras={"k": 1},
    )
    doc.normalized  # noqa: B018 - the cached view travels with the document
    return doc


def test_the_fast_path_is_in_use() -> None:
    assert _COPY  # Document is still the plain slotted attrs class the copy needs


def test_same_document_as_attrs_evolve() -> None:
    doc = _document()
    date = TimeExpression("3/4", 5, 8, "2024-04-03", "date")
    errors = [PluginError("p", "vndiplo_find_dates", "ValueError: x")]
    changes = {"dates": [date], "errors": errors, "blocks": [Block(0, 10, "title", "t")]}
    fast, slow = evolve(doc, **changes), attrs.evolve(doc, **changes)
    assert fast == slow and fast.to_dict() == slow.to_dict()
    assert type(fast.dates) is tuple and type(fast.errors) is tuple  # converted
    assert fast.normalized is doc.normalized  # the cached view is carried along
    errors.append(PluginError("q", "vndiplo_enrich", "late"))
    assert len(fast.errors) == 1  # a snapshot, as the converter makes


def test_extras_are_copied_not_shared() -> None:
    doc = _document()
    fast = evolve(doc, errors=[])
    assert fast.extras == doc.extras and fast.extras is not doc.extras
    assert evolve(doc, extras={"a": 2}).extras == {"a": 2}


def test_a_subclass_falls_back_to_attrs() -> None:
    @attrs.frozen
    class Tagged(Document):
        tag: str = ""

    doc = Tagged("Chiều 5/6, hai bên hội đàm.", tag="t")
    assert evolve(doc, title="Hội đàm").tag == "t"
    assert evolve(_document(), published="2024-05-01").published.isoformat() == "2024-05-01"
