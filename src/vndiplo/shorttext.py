"""A short text is an article too: when cleaning keeps no body, read the text itself as body.

Users pass lead paragraphs, single sentences and database rows, not only whole pages. The
cleaner takes a one-paragraph input for a headline (or a headline plus a footer) and keeps no
body, so no stage would find a date or an event in it. When no block is body, this module
relabels the blocks that can carry the story: the headline always, and for a short text
(:data:`SHORT`) every block, since a short input has no page furniture to protect against.
The headline is kept as the document's title, so it is still reported as one.
"""

from __future__ import annotations

import attrs

from vndiplo.model import Block, Document

__all__ = ["SHORT", "read_short_text"]

#: Characters under which a text with no body block is read whole.
SHORT = 2000


def read_short_text(doc: Document) -> Document:
    """``doc`` with its title (and, for a short text, all) blocks read as body, if none is."""
    if not doc.blocks or any(b.kept for b in doc.blocks):
        return doc
    short = len(doc.text.strip()) <= SHORT
    blocks = tuple(
        Block(b.start, b.end, "body", f"no-body:{b.rule or b.kind}")
        if b.kind == "title" or short
        else b
        for b in doc.blocks
    )
    if not any(b.kept for b in blocks):
        return doc
    return attrs.evolve(doc, blocks=blocks, title=doc.headline)
