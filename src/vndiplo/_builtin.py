"""The built-in reader: plain text and JSONL-shaped records. Registered by every Runner."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo.hookspecs import hookimpl
from vndiplo.model import Document

RECORD_FIELDS = ("id", "text", "published", "url", "title")


@hookimpl(trylast=True)
def vndiplo_read(source: Any) -> Document | None:
    """Read ``str`` as article text and a mapping as a ``{"id", "text", ...}`` record."""
    if isinstance(source, str):
        return Document(text=source)
    if isinstance(source, Mapping):
        text = source.get("text")
        if not isinstance(text, str):
            raise ValueError("record has no 'text' string")
        ident = source.get("id")
        return Document(
            text=text,
            id=None if ident is None else str(ident),
            url=source.get("url") or None,
            title=source.get("title") or None,
            published=source.get("published") or None,
        )
    return None
