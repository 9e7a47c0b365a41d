"""Output identity of two checkouts: every record's JSON, base against this one.

    python -m benchmarks.identity /work/base8 .            # seeds, dev pages, held-out, synthetic
    python -m benchmarks.identity /work/base8 . --synthetic 0

For speed work, which must not change what the pipeline says. Each checkout runs in its own
interpreter that imports only its own code (as :mod:`benchmarks.compare` does), over the same
inputs, listed once by this checkout: the seeds, the real pages of the dev split (each with and
without its gold ``published`` date, so both reference-date paths run; blind pages are never
read), every held-out page (``tests/data/heldout``) and synthetic 8 KB articles. Each output is
``Document.to_dict()`` as sorted JSON; the two are compared record by record and every record
that differs is named. Nothing is scored and nothing is written to disk.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.heldout import HELDOUT
from benchmarks.outputs import PAGES, PLUGINS, SEEDS

_WORKER = """
import json, sys
root = sys.argv[1]
sys.path[:0] = [root + "/src", root + "/plugins", root]
from vndiplo import Runner
import vndiplo_events
assert vndiplo_events.__file__.startswith(root), vndiplo_events.__file__
runner = Runner(json.loads(sys.argv[2]), autoload=False)
for line in sys.stdin:
    name, record = json.loads(line)
    doc = runner.run(record).to_dict()
    print(json.dumps([name, doc], ensure_ascii=False, sort_keys=True), flush=True)
"""


def inputs(synthetic: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(kind/name, record)`` for every input, in a fixed order; no blind page among them."""
    from benchmarks.generate import articles
    from benchmarks.realpages import blind_page_ids, split_of
    from vndiplo.testing.gold import canonical_text

    for path in sorted(SEEDS.glob("*.txt")):
        yield f"seeds/{path.stem}", {"id": path.stem, "text": path.read_text(encoding="utf-8")}
    blind, splits = blind_page_ids(), split_of()
    for path in sorted((PAGES / "texts").glob("*.txt")):
        if path.stem in blind or splits.get(path.stem) != "dev":
            continue
        text = canonical_text(path.read_text(encoding="utf-8"))
        yield f"pages/{path.stem}", {"id": path.stem, "text": text}
        gold = json.loads((PAGES / "gold" / f"{path.stem}.gold.json").read_text("utf-8"))
        if published := gold.get("published"):
            yield (
                f"pages_published/{path.stem}",
                {**{"id": path.stem, "text": text}, "published": published},
            )
    for path in sorted(HELDOUT.glob("*/*.txt")):
        name = f"heldout/{path.parent.name}/{path.stem}"
        yield name, {"id": path.stem, "text": path.read_text(encoding="utf-8")}
    for i, record in enumerate(articles(synthetic, 8000)):
        yield f"synthetic/{i:04d}", record


def outputs(root: Path, records: list[tuple[str, dict[str, Any]]]) -> dict[str, str]:
    """``kind/name`` -> the sorted JSON of that record's document, run by ``root``'s code."""
    process = subprocess.run(
        [sys.executable, "-c", _WORKER, str(root.resolve()), json.dumps(PLUGINS)],
        input="".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, str] = {}
    for line in process.stdout.splitlines():
        name, doc = json.loads(line)
        out[name] = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("before", type=Path, help="the base checkout")
    parser.add_argument("after", type=Path, help="the changed checkout")
    parser.add_argument("--synthetic", type=int, default=200, help="synthetic 8 KB articles")
    args = parser.parse_args(argv)
    records = list(inputs(args.synthetic))
    before, after = outputs(args.before, records), outputs(args.after, records)
    differ = [name for name, _ in records if before.get(name) != after.get(name)]
    kinds: dict[str, int] = {}
    for name, _ in records:
        kinds[name.split("/")[0]] = kinds.get(name.split("/")[0], 0) + 1
    for name in differ:
        print(f"differs: {name}")
    counts = ", ".join(f"{k} {n}" for k, n in kinds.items())
    print(f"{len(records) - len(differ)}/{len(records)} records identical ({counts})")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
