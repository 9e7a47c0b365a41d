"""vndiplo: structured records from Vietnamese diplomatic and political news.

    >>> import vndiplo
    >>> doc = vndiplo.extract("Chiều 18/2, Tổng Bí thư Tô Lâm đã tiếp ...", published="2025-02-18")
    >>> doc.to_dict()["events"]  # doctest: +SKIP

The pipeline is made of plugins (see :mod:`vndiplo.hookspecs`); :class:`Runner` composes them.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from vndiplo.hookspecs import hookimpl, hookspec
from vndiplo.model import (
    CONTRACT_VERSION,
    Block,
    Document,
    Event,
    Participant,
    Person,
    PluginError,
    ReferenceDate,
    Role,
    Span,
    Statement,
    TimeExpression,
)
from vndiplo.published import parse_published
from vndiplo.registry import Context, Registry
from vndiplo.runner import PluginLoadError, Runner

__version__ = "0.1.0"

__all__ = [
    "CONTRACT_VERSION",
    "Block",
    "Context",
    "Document",
    "Event",
    "Participant",
    "Person",
    "PluginError",
    "PluginLoadError",
    "ReferenceDate",
    "Registry",
    "Role",
    "Runner",
    "Span",
    "Statement",
    "TimeExpression",
    "__version__",
    "default_runner",
    "extract",
    "hookimpl",
    "hookspec",
]


@lru_cache(maxsize=1)
def default_runner() -> Runner:
    """The shared runner with every installed plugin, built once per process."""
    return Runner()


def extract(
    text: str,
    published: dt.date | str | None = None,
    url: str | None = None,
    *,
    id: str | None = None,
) -> Document:
    """Run the default pipeline over one article's text and return the finished Document.

    ``published`` (a date or ``YYYY-MM-DD``) is the reference date for relative and year-less
    dates; without it the page's timestamp line or the text itself is used, when they fix one.
    Another form is read as a JSONL record's is (:mod:`vndiplo.published`): day-first
    ``DD/MM/YYYY`` is accepted, anything else is left out; both with a warning in ``errors``.
    """
    when = parse_published(published)
    errors = [] if when.warning is None else [PluginError("vndiplo", "extract", when.warning)]
    doc = Document(text=text, id=id, url=url, published=when.value, errors=errors)
    return default_runner().run(doc)
