"""``attrs.evolve`` for a Document, without re-converting the fields that do not change.

The runner builds a new Document after every stage. ``attrs.evolve`` passes every field
through its converter again, and the tuple converters check each element of the blocks,
dates, people and events tuples they were handed already converted: six times per article,
a few per cent of the whole pipeline. :func:`evolve` copies the unchanged fields as they are
and converts only the changed ones, which gives an equal Document (``extras`` is still copied,
as its ``dict`` converter does, so no two documents share it). If Document ever gets a field
this cannot copy faithfully (a validator, an ``__attrs_post_init__``, no slots), it falls back
to ``attrs.evolve``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from vndiplo.model import Document

__all__ = ["evolve"]

_Setter = Callable[[Document, Any], None]


def _plan() -> tuple[tuple[tuple[str, Callable[[Document], Any], _Setter], ...], dict[str, Any]]:
    """Per field: its name, a getter and a setter of the slot; and the changeable fields'
    converters (identity for none). Empty if Document is not the plain slotted class."""
    fields = attrs.fields(Document)
    slots = set(getattr(Document, "__slots__", ()))
    wrapped = getattr(attrs, "Converter", ())  # a converter that takes the instance too
    if hasattr(Document, "__attrs_post_init__") or any(
        f.validator is not None
        or not f.init
        or f.name not in slots
        or isinstance(f.converter, wrapped)
        for f in fields
    ):
        return (), {}
    copy = tuple(
        (f.name, Document.__dict__[f.name].__get__, Document.__dict__[f.name].__set__)
        for f in fields
    )
    converters = {f.name: f.converter for f in fields if f.alias == f.name}
    return copy, converters


_COPY, _CONVERTERS = _plan()


def evolve(doc: Document, **changes: Any) -> Document:
    """``attrs.evolve(doc, **changes)`` for public fields of a plain Document, faster."""
    if not _COPY or type(doc) is not Document or not changes.keys() <= _CONVERTERS.keys():
        return attrs.evolve(doc, **changes)
    new = object.__new__(Document)
    for name, get, put in _COPY:
        if name in changes:
            converter = _CONVERTERS[name]
            value = changes[name]
            put(new, value if converter is None else converter(value))
        elif name == "extras":
            put(new, dict(get(doc)))
        else:
            put(new, get(doc))
    return new
