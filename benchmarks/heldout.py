"""Held-out benchmark: the whole default pipeline on pages no plugin author has seen.

    python -m benchmarks.heldout                  # every split
    python -m benchmarks.heldout --split dev --verbose
    python -m benchmarks.heldout --split test --repeat 20
    python -m benchmarks.heldout --split fresh    # written later, independently of the plugins
    python -m benchmarks.heldout --split fresh2   # a second independent split

Pages and hand-written gold live in ``tests/data/heldout/{dev,test,fresh,fresh2}/<name>.txt`` and
``<name>.gold.json`` (the schema of ``seeds/*.gold.json``). Every page runs through
``vndiplo.Runner()`` with ``published=None``: the page's timestamp or its text must fix the year.

Reported per split:
- title exact match; first / last body line match (normalised: NFC, one tone-mark style, plain
  spaces, outer whitespace stripped); published date match;
- main event (the first event): type accuracy, trigger match (same phrase, or one is the other
  with a leading noun/light verb: "cuộc gặp" ~ "gặp", "gửi thư" ~ "thư"), date exact match,
  part_of_day match, location match (normalised exact, and "contains": one contains the other),
  participant name F1 (micro) and role accuracy over the names both sides have;
- people: name precision / recall / F1, title recall (exact normalised string, over the gold
  titles of matched people), country accuracy (matched people);
- dates: precision / recall on the exact text, the same on overlapping spans, and value accuracy
  over overlapping pairs;
- false events from boilerplate: events whose evidence lies mostly (more than half of it) outside
  the gold body (``body_first_line`` .. ``body_last_line``), so an outlet credit left on the lead
  ("(Dân trí) - ") does not count, but a teaser, a sapo or a trailing caption does;
- documents per second (the Runner over the split, ``--repeat`` times).
``--verbose`` prints every mismatch, expected vs got, grouped by the plugin it points at.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.scoring import Case, evaluate, print_misses, print_scores

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "heldout"
SPLITS = ("dev", "test", "fresh", "fresh2")


def load(split: str) -> list[Case]:
    """The held-out pages of one split (``dev``, ``test``, ``fresh``, ``fresh2``) or all."""
    cases = []
    for part in SPLITS if split == "all" else (split,):
        for gold_path in sorted((HELDOUT / part).glob("*.gold.json")):
            name = gold_path.name.removesuffix(".gold.json")
            text = (HELDOUT / part / f"{name}.txt").read_text(encoding="utf-8")
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            cases.append(Case(part, name, text, gold))
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--verbose", action="store_true", help="print every mismatch, by plugin")
    parser.add_argument("--repeat", type=int, default=10, help="timing passes over the pages")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    results = {}
    for split in SPLITS if args.split == "all" else (args.split,):
        scores, misses = evaluate(load(split), args.repeat)
        results[split] = scores
        if not args.json:
            print_scores(split, scores)
            if args.verbose:
                print_misses(misses)
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
