"""Dump the pipeline's output for a fixed set of inputs, and diff two dumps byte for byte.

    python -m benchmarks.outputs dump /tmp/before          # on the old commit
    python -m benchmarks.outputs dump /tmp/after           # on the new commit
    python -m benchmarks.outputs diff /tmp/before /tmp/after

For speed work, which must not change what the pipeline says: the inputs are the seeds, every
real page present in ``benchmarks/realpages/texts`` but the blind ones (each run twice, with and
without the gold ``published`` date, so both reference-date paths are covered) and synthetic
8 KB articles. Each output is one ``Document.to_dict()`` written as sorted, indented JSON under
``<folder>/<kind>/<name>.json``. Nothing is scored: pages are only compared with themselves.
The dumps hold third parties' words, so write them outside the repository.
The blind pages are those of `benchmarks.realpages.blind_page_ids`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PAGES = ROOT / "benchmarks" / "realpages"
PLUGINS = ["vndiplo_boilerplate", "vndiplo_dates", "vndiplo_titles", "vndiplo_events"]


def inputs(synthetic: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(kind/name, record)`` for every input, in a fixed order."""
    from benchmarks.generate import articles
    from benchmarks.realpages import blind_page_ids
    from vndiplo.testing.gold import canonical_text

    blind = blind_page_ids()  # a diff of outputs would show the blind pages' extractions
    for path in sorted(SEEDS.glob("*.txt")):
        yield f"seeds/{path.stem}", {"id": path.stem, "text": path.read_text(encoding="utf-8")}
    for path in sorted((PAGES / "texts").glob("*.txt")):
        if path.stem in blind:
            continue
        text = canonical_text(path.read_text(encoding="utf-8"))
        yield f"pages/{path.stem}", {"id": path.stem, "text": text}
        gold = PAGES / "gold" / f"{path.stem}.gold.json"
        gold_data = json.loads(gold.read_text(encoding="utf-8")) if gold.exists() else {}
        if published := gold_data.get("published"):
            record = {"id": path.stem, "text": text, "published": published}
            yield f"pages_published/{path.stem}", record
    for i, record in enumerate(articles(synthetic, 8000)):
        yield f"synthetic/{i:04d}", record


def dump(folder: Path, synthetic: int) -> int:
    from vndiplo import Runner

    runner = Runner(PLUGINS, autoload=False)
    count = 0
    for name, record in inputs(synthetic):
        out = folder / f"{name}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        doc = runner.run(record)
        text = json.dumps(doc.to_dict(), ensure_ascii=False, indent=1, sort_keys=True)
        out.write_text(text + "\n", encoding="utf-8")
        count += 1
    print(f"{count} outputs written under {folder}")
    return 0


def diff(before: Path, after: Path) -> int:
    names = {p.relative_to(before) for p in before.rglob("*.json")}
    names |= {p.relative_to(after) for p in after.rglob("*.json")}
    differ, lonely = [], []
    for name in sorted(names):
        a, b = before / name, after / name
        if not (a.exists() and b.exists()):
            lonely.append(str(name))  # a page text added between the two dumps
        elif a.read_bytes() != b.read_bytes():
            differ.append(str(name))
    for name in lonely:
        print(f"in one dump only: {name}")
    for name in differ:
        print(f"differs: {name}")
    common = len(names) - len(lonely)
    print(f"{common - len(differ)}/{common} outputs identical ({len(lonely)} in one dump only)")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="run the pipeline and write every output")
    d.add_argument("folder", type=Path)
    d.add_argument("--synthetic", type=int, default=300, help="synthetic 8 KB articles")
    c = sub.add_parser("diff", help="compare two dumps byte for byte")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.folder, args.synthetic)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
