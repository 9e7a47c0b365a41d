"""Documents laid out in blocks (headline, caption, body ...) for the events tests that read
the page's layout, built from hand-annotated people and dates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from vndiplo_events.testing import annotate

from vndiplo.model import Block, Document


def blocked_document(
    parts: Sequence[tuple[str, str]], people: Mapping[str, Any], **fields: object
) -> Document:
    """A document of paragraphs, each with the block kind the boilerplate stage gave it."""
    text = "\n\n".join(t for _k, t in parts)
    blocks, at = [], 0
    for kind, part in parts:
        blocks.append(Block(at, at + len(part), kind))
        at += len(part) + 2
    return attrs.evolve(annotate(text, people, **fields), blocks=blocks)
