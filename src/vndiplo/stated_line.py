"""The line of a page that states its event when no body sentence may: headline or lead caption.

A headline names the meeting and its two sides ("A hội đàm trực tuyến với B"); a page copied
without its title often opens with the lead photo's caption instead ("A tiếp B. Ảnh: X"), which
then stands in for the headline. Stages that read the headline (people named only there, the
event the body only refers back to) find that line here, as a block of the input text, so every
span they give stays an offset into that text.
"""

from __future__ import annotations

from typing import Final

from vndiplo.annotations import Block
from vndiplo.model import Document

__all__ = ["headline_block", "lead_caption_block", "sapo_blocks", "stated_block"]

#: blocks that may stand above the caption without being the article: a stamp, a byline
_ABOVE_THE_CAPTION: Final = frozenset({"dateline", "byline", "boilerplate"})
#: the cleaning stage's rules for a summary above the lead that is not body (its teaser too)
_SAPO_RULES: Final = frozenset({"sapo", "sapo_teaser"})


def headline_block(document: Document) -> Block | None:
    """The block holding the headline, when the document's headline is that block's text
    (an explicit title the text does not hold has no block)."""
    headline = document.headline
    if headline is None:
        return None
    for block in document.blocks:
        if block.kind == "title":
            return block if document.text[block.start : block.end].strip() == headline else None
    return None


def lead_caption_block(document: Document) -> Block | None:
    """The caption standing before the body of a page with no headline (credit not cut)."""
    if document.headline is not None:
        return None
    for block in document.blocks:
        if block.kind == "caption":
            return block
        if block.kind not in _ABOVE_THE_CAPTION:
            return None
    return None


def stated_block(document: Document) -> Block | None:
    """The headline's block, else the lead caption standing in for a lost headline."""
    return headline_block(document) or lead_caption_block(document)


def sapo_blocks(document: Document) -> list[Block]:
    """The summaries above the lead that the cleaning stage dropped (a sapo is not body, but
    the names it gives still say who the body's offices are: "Chủ tịch Quốc hội sẽ thăm ...")."""
    return [b for b in document.blocks if b.kind != "body" and b.rule in _SAPO_RULES]
