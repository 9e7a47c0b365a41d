# mypy: disable-error-code="empty-body"
"""The plugin contract: one hook per pipeline stage, in the order the runner calls them.

    source -> read -> clean -> reference_date -> find_dates -> find_people -> extract_events
           -> enrich

Every stage hook receives the document built so far (an immutable :class:`~vndiplo.Document`)
and a :class:`~vndiplo.Context` (the shared lexicon registry and the runner's settings), and
returns new annotations; it never mutates its input. The runner merges what each plugin returns
into the next document with :func:`attrs.evolve`. A hook implementation may declare only the
arguments it uses (``def vndiplo_find_dates(document): ...`` is fine).

Each implementation is called on its own: if one raises, the runner records a
:class:`~vndiplo.PluginError` on that document and the other plugins still run. Offsets in
everything a hook returns point into ``document.text``, the original input.

Hooks marked *firstresult* stop at the first non-None result; order implementations with
``@hookimpl(tryfirst=True)`` or ``trylast=True``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from vndiplo.model import Block, Document, Event, Person, ReferenceDate, TimeExpression
    from vndiplo.registry import Context

PROJECT_NAME = "vndiplo"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def vndiplo_register_lexicon(register: Callable[[str, Iterable[Any]], None]) -> None:
    """Add entries to a shared, data-driven lexicon.

    Called once per runner, when its plugins are loaded, before any document is processed.
    ``register(kind, entries)`` appends ``entries`` to the lexicon named ``kind``; the plugins
    that read a lexicon document its kind and entry shape (for example ``"titles.titles"`` for the
    title lexicon, ``"boilerplate.markers"`` for section markers and widgets, ``"events.triggers"``
    for trigger verbs). This is how a user extends a first-party plugin without forking it.
    Returns nothing.
    """


@hookspec(firstresult=True)
def vndiplo_read(source: Any, context: Context) -> Document | None:
    """Turn one input item into a :class:`~vndiplo.Document`.

    Called for every item given to ``Runner.run`` or ``Runner.run_many`` that is not already a
    Document. The built-in reader accepts ``str`` (the article text) and mappings shaped like a
    JSONL record (``{"id", "text", "published"?, "url"?, "title"?}``). Implement this hook to
    read other sources (HTML, a database row). Return None to let the next reader try.
    *firstresult*: stops at the first non-None result.
    """


@hookspec(firstresult=True)
def vndiplo_clean(document: Document, context: Context) -> Sequence[Block] | None:
    """Split the page into labelled blocks: title, byline, dateline, body, caption, boilerplate.

    Called once per document, first of the stages. Return blocks that cover the lines or
    paragraphs of ``document.text`` in order, without overlap, each trimmed of surrounding
    white space, each with the ``rule`` that decided its kind. Only ``body`` blocks form
    ``document.body``, and later stages look for facts only there, so this hook decides the
    precision of the whole pipeline. Return None to leave the decision to another plugin; if
    no plugin answers, the whole text counts as body.
    *firstresult*: stops at the first non-None result.
    """


@hookspec(firstresult=True)
def vndiplo_reference_date(document: Document, context: Context) -> ReferenceDate | None:
    """Find the date against which relative and year-less dates are resolved.

    Called after cleaning, and only when the caller gave no ``published`` date (the caller's
    date always wins). Return a :class:`~vndiplo.ReferenceDate` whose ``source`` says where it
    came from: ``"page"`` for the page's own timestamp line, ``"url"`` for a date in its URL,
    ``"text"`` for a date inferred from the article. Return None when the document does not fix
    one; then year-less dates keep no year. *firstresult*: stops at the first non-None result,
    so a page timestamp plugin should run ``tryfirst`` and an inference plugin ``trylast``; the
    core's URL reader (:mod:`vndiplo.url_dates`) runs between them.
    """


@hookspec
def vndiplo_find_dates(document: Document, context: Context) -> Sequence[TimeExpression]:
    """Find and normalise the temporal expressions in the body.

    Called after the reference date is known (``document.published``, possibly None). Return
    :class:`~vndiplo.TimeExpression` objects whose offsets quote ``document.text`` exactly and
    whose values follow the contract (``--MM-DD`` when the year is not fixed). Results from all
    implementations are merged, sorted by offset; exact duplicates are dropped.
    """


@hookspec
def vndiplo_find_people(document: Document, context: Context) -> Sequence[Person]:
    """Find every person named with a title or role, each with all mention spans merged.

    Called after dates. Return :class:`~vndiplo.Person` objects; results from all
    implementations are concatenated in plugin order.
    """


@hookspec
def vndiplo_extract_events(document: Document, context: Context) -> Sequence[Event]:
    """Extract the events the article reports: who met whom, when, where, and how.

    Called after people, so ``document.dates`` and ``document.people`` are available. Return
    :class:`~vndiplo.Event` objects with the article's main event first; each carries its
    ``evidence`` span. Results from all implementations are concatenated in plugin order.
    """


@hookspec
def vndiplo_enrich(document: Document, context: Context) -> Any:
    """Add anything else to a document, once all other stages have run.

    Return a JSON-serialisable value (or None for nothing); it is stored in
    ``document.extras`` under the plugin's registered name and appears under ``"extras"`` in
    the output.
    """
