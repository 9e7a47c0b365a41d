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

__all__ = ["events_dataframe", "extract_bag", "extract_dataframe"]

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
