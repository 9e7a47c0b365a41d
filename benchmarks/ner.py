"""NER benchmark: the default pipeline with and without the opt-in ``vndiplo_ner`` plugin.

    python -m benchmarks.ner                 # dev pages: people P/R/F1 gain, ms per article
    python -m benchmarks.ner --verbose       # and every name the plugin added, right or wrong
    python -m benchmarks.ner --repeat 5 --json

Reads the real-page **dev** split only (``benchmarks.realpages.load("dev")``; the test split is
never loaded here) and scores both runs with :mod:`benchmarks.scoring`, the gold ``published``
date handed in as a crawler would. Reported: people precision, recall and F1 with and without
the plugin; every other score that moved (the events plugin sees the added people); the
milliseconds per article the plugin adds (best of ``--repeat`` passes over all pages, after a
warm-up pass that pays underthesea's import and model load, reported on its own); how many
sentences per article were sent to underthesea.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from typing import Any

from vndiplo_ner._backend import tag

import vndiplo
from benchmarks.realpages import load
from benchmarks.scoring import Case, Miss, norm, score_page, summarise

PLUGIN = "vndiplo_ner"


def timed_run(runner: vndiplo.Runner, cases: list[Case], repeat: int) -> tuple[list[Any], float]:
    """Documents of one pass, and the best seconds per article over ``repeat`` passes."""
    records = [{"id": c.name, "text": c.text, "published": c.published} for c in cases]
    docs = [runner.run(r) for r in records]  # also the warm-up pass
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for record in records:
            runner.run(record)
        best = min(best, time.perf_counter() - start)
    return docs, best / len(records)


def score(cases: list[Case], docs: list[Any]) -> tuple[dict[str, float], list[Miss]]:
    tally: dict[str, float] = defaultdict(float)
    misses: list[Miss] = []
    for case, doc in zip(cases, docs, strict=True):
        score_page(case, doc, tally, misses)
    return summarise(tally, len(cases), 0.0), misses


def added_names(cases: list[Case], docs: list[Any]) -> list[tuple[str, str, bool]]:
    """(page, name, in gold) for every person the plugin added."""
    out = []
    for case, doc in zip(cases, docs, strict=True):
        gold = {norm(p["name"]) for p in case.gold["people"]}
        for person in doc.extras.get(PLUGIN, {}).get("people", []):
            out.append((case.name, person["name"], norm(person["name"]) in gold))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing passes over the pages")
    parser.add_argument("--verbose", action="store_true", help="list every added name")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    cases = load("dev")
    if not cases:
        print("no dev page has its text here: see `python -m benchmarks.realpages missing`")
        return 1

    base_docs, base_s = timed_run(vndiplo.Runner(), cases, args.repeat)
    started = time.perf_counter()
    with_runner = vndiplo.Runner([PLUGIN])
    tag("Ông Putin ca ngợi những thành tựu của Liên Xô.")  # import underthesea, load models
    with_runner.run("Đại sứ Ibnu Hadi.")
    first_call_s = time.perf_counter() - started
    ner_docs, ner_s = timed_run(with_runner, cases, args.repeat)

    base, _ = score(cases, base_docs)
    ner, _ = score(cases, ner_docs)
    added = added_names(cases, ner_docs)
    tagged = [d.extras.get(PLUGIN, {}).get("tagged", 0) for d in ner_docs]
    errors = [e for d in ner_docs for e in d.errors if e.plugin == PLUGIN]
    moved = {
        k: (base[k], ner[k])
        for k in base
        if k not in ("docs_per_s",) and abs(ner[k] - base[k]) > 1e-9
    }
    result = {
        "pages": len(cases),
        "people": {
            "without": {k: base[f"people_{k}"] for k in ("p", "r", "f1")},
            "with": {k: ner[f"people_{k}"] for k in ("p", "r", "f1")},
            "f1_gain": ner["people_f1"] - base["people_f1"],
        },
        "ms_per_article": {
            "without": base_s * 1000,
            "with": ner_s * 1000,
            "added": (ner_s - base_s) * 1000,
        },
        "first_call_s": first_call_s,
        "sentences_tagged_per_article": sum(tagged) / len(cases),
        "names_added": len(added),
        "names_added_in_gold": sum(ok for _, _, ok in added),
        "plugin_errors": len(errors),
        "moved": moved,
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    people = result["people"]
    ms = result["ms_per_article"]
    print(f"== dev ({len(cases)} pages): default pipeline without / with {PLUGIN}")
    for label in ("without", "with"):
        p = people[label]
        print(f"  {label:<8} people_p={p['p']:.3f}  people_r={p['r']:.3f}  people_f1={p['f1']:.3f}")
    print(f"  gain     people_f1={people['f1_gain']:+.3f}")
    print(
        f"  time     {ms['without']:.2f} -> {ms['with']:.2f} ms/article "
        f"(+{ms['added']:.2f} ms; {result['sentences_tagged_per_article']:.2f} sentences tagged "
        f"per article; first call {first_call_s:.2f} s: import and model load)"
    )
    print(
        f"  added    {result['names_added']} names, {result['names_added_in_gold']} in the gold; "
        f"{result['plugin_errors']} plugin errors"
    )
    for key, (a, b) in sorted(moved.items()):
        if not key.startswith("people_"):
            print(f"  moved    {key}: {a:.3f} -> {b:.3f}")
    if args.verbose:
        for page, name, ok in added:
            print(f"    {'+' if ok else '-'} [{page}] {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
