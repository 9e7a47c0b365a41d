"""Run vndiplo over a dask bag or dataframe (install the ``[dask]`` extra).

The runner travels to the workers as its configuration (plugin names and settings, see
:meth:`vndiplo.Runner.config`) and is rebuilt once per worker process, as spaCy's
``Language.pipe`` does; each partition is processed in order and yields contract records
(``Document.to_dict()``), so the output equals a sequential run.

    >>> import dask.bag as db
    >>> from vndiplo.dask import extract_bag
    >>> records = extract_bag(db.from_sequence(texts, npartitions=8)).compute()  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("vndiplo.dask needs dask: pip install 'vndiplo[dask]'") from exc

from vndiplo.io import CSV_COLUMNS, event_rows
from vndiplo.runner import Runner

__all__ = ["build_corpus", "events_dataframe", "extract_bag", "extract_dataframe"]

_runners: dict[str, Runner] = {}


def _runner_for(config: Mapping[str, Any]) -> Runner:
    """One runner per configuration per worker process, built on first use."""
    key = json.dumps(config, sort_keys=True, default=repr)
    runner = _runners.get(key)
    if runner is None:
        runner = _runners[key] = Runner.from_config(config)
    return runner


def _records(
    items: Iterable[Any], config: Mapping[str, Any], include_text: bool
) -> list[dict[str, Any]]:
    runner = _runner_for(config)
    return [doc.to_dict(include_text=include_text) for doc in runner.run_many(items)]


def _event_rows(items: Iterable[Any], config: Mapping[str, Any]) -> list[dict[str, Any]]:
    runner = _runner_for(config)
    return [
        dict(zip(CSV_COLUMNS, row, strict=True))
        for doc in runner.run_many(items)
        for row in event_rows(doc)
    ]


def extract_bag(bag: db.Bag, runner: Runner | None = None, *, include_text: bool = False) -> db.Bag:
    """Map a bag of inputs (texts or ``{"id", "text", ...}`` records) to contract records."""
    config = (runner or Runner()).config()
    return bag.map_partitions(_records, config, include_text)


def extract_dataframe(
    frame: Any,
    runner: Runner | None = None,
    *,
    columns: Mapping[str, str] | None = None,
    include_text: bool = False,
) -> db.Bag:
    """Contract records for a dask dataframe of articles.

    ``columns`` maps record fields to column names when they differ (default: the columns
    ``id``, ``text``, ``published``, ``url`` as present).
    """
    return extract_bag(_as_record_bag(frame, columns), runner, include_text=include_text)


def events_dataframe(
    frame_or_bag: Any, runner: Runner | None = None, *, columns: Mapping[str, str] | None = None
) -> Any:
    """A dask dataframe with one row per event (the CSV columns of ``vndiplo extract``)."""
    import pandas as pd

    bag = (
        frame_or_bag if isinstance(frame_or_bag, db.Bag) else _as_record_bag(frame_or_bag, columns)
    )
    config = (runner or Runner()).config()
    rows = bag.map_partitions(_event_rows, config)
    meta = pd.DataFrame({name: pd.Series(dtype="object") for name in CSV_COLUMNS})
    return rows.to_dataframe(meta=meta)


def _as_record_bag(frame: Any, columns: Mapping[str, str] | None) -> db.Bag:
    names = {"id": "id", "text": "text", "published": "published", "url": "url"}
    names.update(columns or {})
    present = {field: col for field, col in names.items() if col in frame.columns}
    if "text" not in present:
        raise KeyError(f"the dataframe has no text column {names['text']!r}")
    selected = frame[list(present.values())].rename(columns={v: k for k, v in present.items()})
    return selected.to_bag(format="dict")


# -- corpus build (vndiplo.corpus) ----------------------------------------------------------


def _write_facts(items: Iterable[Any], config: Mapping[str, Any], folder: str) -> list[str]:
    """Extract one partition and write its corpus facts to a JSONL file of its own."""
    import uuid
    from pathlib import Path

    from vndiplo.corpus.facts import facts_from_document

    runner = _runner_for(config)
    path = Path(folder) / f"part-{uuid.uuid4().hex}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for doc in runner.run_many(items):
            out.write(json.dumps(facts_from_document(doc).to_dict(), ensure_ascii=False))
            out.write("\n")
    return [str(path)]


def build_corpus(
    bag: db.Bag,
    database: str,
    runner: Runner | None = None,
    *,
    scratch: str | None = None,
    **compute: Any,
) -> int:
    """Build (or extend) a corpus database from a bag of inputs; returns articles added.

    Partitions are extracted in parallel, each writing its facts to a file in ``scratch`` (a
    temporary folder by default); the files are then merged one by one into ``database`` in a
    single transaction, so memory is bounded by one article's facts however large the bag is,
    and the database equals the one ``vndiplo corpus build`` makes from the same articles.
    ``compute`` is passed to ``dask.compute`` (e.g. ``scheduler="processes"``).
    """
    import tempfile
    from pathlib import Path

    from vndiplo.corpus.facts import DocFacts
    from vndiplo.corpus.store import CorpusStore

    config = (runner or Runner()).config()
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        paths = sorted(bag.map_partitions(_write_facts, config, folder).compute(**compute))

        def facts() -> Any:
            for path in paths:
                with Path(path).open(encoding="utf-8") as lines:
                    for line in lines:
                        yield DocFacts.from_dict(json.loads(line))

        with CorpusStore(database) as store:
            return store.add_many(facts())
