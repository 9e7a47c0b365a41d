"""Boilerplate removal for Vietnamese news pages (first-party vndiplo plugin).

News pages flattened to text carry far more than the article: headline, byline, timestamp,
share widgets, photo captions that repeat the body, source lines and long tails of related
news whose teaser headlines read exactly like meeting reports. Every event read from those is a
false record, so this plugin labels each line (``vndiplo_clean``) and only ``body`` lines reach
the later stages. It also reads the page's own timestamp (``vndiplo_reference_date``) and
exposes the headline as the ``title`` block.

The outlet vocabulary is data in the ``"boilerplate.markers"`` lexicon: register
:class:`~vndiplo_boilerplate.vocabulary.Marker` entries (or plain strings) from your own plugin's
``vndiplo_register_lexicon`` to teach it another site. See ``docs/plugins/boilerplate.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from vndiplo import Block, Document, ReferenceDate, Span, hookimpl
from vndiplo.registry import Context
from vndiplo_boilerplate.clean import clean_text
from vndiplo_boilerplate.stamps import page_date
from vndiplo_boilerplate.vocabulary import DEFAULT_MARKERS, LEXICON_KIND, Marker

__all__ = [
    "DEFAULT_MARKERS",
    "LEXICON_KIND",
    "Marker",
    "clean_text",
    "vndiplo_clean",
    "vndiplo_reference_date",
    "vndiplo_register_lexicon",
]


@hookimpl
def vndiplo_register_lexicon(register: Callable[[str, Iterable[Any]], None]) -> None:
    """Register the default outlet vocabulary, so user plugins extend rather than replace it."""
    register(LEXICON_KIND, DEFAULT_MARKERS)


@hookimpl
def vndiplo_clean(document: Document, context: Context) -> list[Block]:
    """Label every line of the page; only ``body`` blocks form the cleaned article."""
    return clean_text(document.normalized, context.registry)


@hookimpl(tryfirst=True)
def vndiplo_reference_date(document: Document, context: Context) -> ReferenceDate | None:
    """The page's own timestamp line ("16/09/2025 17:02"), read from its ``dateline`` block."""
    blocks = document.blocks or tuple(clean_text(document.normalized, context.registry))
    found = page_date(document.normalized, blocks)
    if found is None:
        return None
    value, block = found
    return ReferenceDate(value=value, source="page", evidence=Span(block.start, block.end))
