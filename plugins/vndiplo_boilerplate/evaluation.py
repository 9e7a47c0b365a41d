"""Per-line view of blocks, for gold-label tests and benchmarks.

Gold labels are written per line (``[line_number, kind]``, 1-based); a cleaner may split a line
into several blocks (a lead's outlet credit and its prose). A line counts as kept when any of
its blocks is ``body``; otherwise it takes the kind of its first block.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from pathlib import Path

from vndiplo.model import Block

__all__ = ["LabelledPage", "labelled_pages", "line_kinds", "line_starts"]

LabelledPage = tuple[str, str, dict[int, str]]  # name, text, {line_number: gold kind}


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (lines split on ``\\n``)."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def line_kinds(text: str, blocks: Iterable[Block]) -> dict[int, str]:
    """``{line_number: kind}`` (1-based) for every line that a block starts on."""
    starts = line_starts(text)
    kinds: dict[int, str] = {}
    for block in blocks:
        number = bisect_right(starts, block.start)
        if block.kind == "body" or number not in kinds:
            kinds[number] = block.kind
    return kinds


def labelled_pages(folder: Path, root: Path) -> Iterator[LabelledPage]:
    """Pages with per-line gold labels under ``folder``: ``seeds/*.labels.json`` first (their
    ``source`` is a path under ``root``), then ``pages/<stem>.labels.json`` beside ``<stem>.txt``.
    """
    for path in sorted((folder / "seeds").glob("*.labels.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        text = (root / spec["source"]).read_text(encoding="utf-8")
        yield path.name.removesuffix(".labels.json"), text, _labels(spec)
    for path in sorted((folder / "pages").glob("*.labels.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        stem = path.name.removesuffix(".labels.json")
        text = path.with_name(stem + ".txt").read_text(encoding="utf-8")
        yield stem, text, _labels(spec)


def _labels(spec: dict[str, list[list[object]]]) -> dict[int, str]:
    return {int(str(number)): str(kind) for number, kind in spec["labels"]}
