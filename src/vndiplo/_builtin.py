"""Built-in hooks registered by every Runner: the reader of plain text and JSONL-shaped records,
and the publication date a record's URL states (:mod:`vndiplo.url_dates`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo.annotations import ReferenceDate
from vndiplo.hookspecs import hookimpl
from vndiplo.model import Document, PluginError
from vndiplo.published import parse_published
from vndiplo.url_dates import date_from_url

RECORD_FIELDS = ("id", "text", "published", "url", "title", "encoding")


@hookimpl(trylast=True)
def vndiplo_read(source: Any) -> Document | None:
    """Read ``str`` as article text and a mapping as a ``{"id", "text", ...}`` record.

    A record's ``published`` is read leniently (:mod:`vndiplo.published`): a date that is not
    ``YYYY-MM-DD`` is read day-first when that is unambiguous or else left out, and either way
    the document is kept with a warning in its errors naming the record, so a scraper's odd
    date never costs the article. An ``encoding`` key (set by the CLI when it had to guess how
    a file was encoded) is kept in ``extras["encoding"]``.
    """
    if isinstance(source, str):
        return Document(text=source)
    if isinstance(source, Mapping):
        text = source.get("text")
        if not isinstance(text, str):
            raise ValueError("record has no 'text' string")
        ident = source.get("id")
        ident = None if ident is None else str(ident)
        published = parse_published(source.get("published"))
        errors: list[PluginError] = []
        if published.warning is not None:
            who = f"record {ident!r}" if ident is not None else "record"
            errors.append(PluginError("vndiplo", "vndiplo_read", f"{who}: {published.warning}"))
        extras: dict[str, Any] = {}
        if isinstance(source.get("encoding"), Mapping):
            extras["encoding"] = dict(source["encoding"])
        return Document(
            text=text,
            id=ident,
            url=source.get("url") or None,
            title=source.get("title") or None,
            published=published.value,
            errors=errors,
            extras=extras,
        )
    return None


@hookimpl
def vndiplo_reference_date(document: Document) -> ReferenceDate | None:
    """The full date the document's URL states (``/2019/02/27/``, ``-20190227``, ...).

    Runs after the page's stamp (a ``tryfirst`` hook) and before the date inferred from the text
    (``trylast``): a crawler's URL dates the page itself, the text only its events. A URL that
    states only the month gives nothing here; the dates plugin uses it as a month stamp.
    """
    found = date_from_url(document.url)
    date = found.date if found is not None else None
    return ReferenceDate(date, "url") if date is not None else None
