"""The output record of one document: the contract shape plus what a reader needs on its own.

``Document.to_dict()`` gives each event's ``evidence`` with its ``text`` (an additive field, see
docs/contract.md), since the output leaves the original text out by default. Here the caller
may keep only some top-level fields (``--fields``) or drop the bulky ones (``--compact``:
``body`` and ``blocks``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from vndiplo.model import Document

__all__ = ["BULKY", "CONTRACT_FIELDS", "document_record", "parse_fields"]

#: What ``--compact`` leaves out: the cleaned article and the cleaning stage's line labels.
BULKY = ("body", "blocks")
#: Every top-level field of an output record, for ``--fields``.
CONTRACT_FIELDS = (
    "id",
    "url",
    "title",
    "published",
    "published_source",
    "published_evidence",
    "body",
    "dates",
    "people",
    "events",
    "errors",
    "blocks",
    "extras",
    "contract",
    "text",
)


def document_record(
    doc: Document,
    *,
    include_text: bool = False,
    fields: Sequence[str] | None = None,
    compact: bool = False,
) -> dict[str, Any]:
    """``doc.to_dict()`` cut down to ``fields`` and without bulk if asked."""
    record = doc.to_dict(include_text=include_text)  # events carry their evidence text
    if fields is not None:
        record = {name: record[name] for name in fields if name in record}
    if compact:
        for name in BULKY:
            record.pop(name, None)
    return record


def parse_fields(value: str, known: Iterable[str]) -> list[str]:
    """``"id,events"`` -> ``["id", "events"]``; an unknown name raises ValueError listing them."""
    names = [part.strip() for part in value.split(",") if part.strip()]
    allowed = set(known)
    unknown = [name for name in names if name not in allowed]
    if unknown or not names:
        raise ValueError(
            f"unknown field(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(sorted(allowed))}"
        )
    return names
