"""Events benchmark: main-event accuracy over the seeds and the test paragraphs, and speed.

    python -m benchmarks.events            # from the repository root
    python -m benchmarks.events --repeat 400

Scores the *main* event (the first one) against gold:
- type accuracy, date exact match, location exact match;
- participant F1 over (name, role) pairs, micro-averaged;
on the five seed articles (``seeds/*.gold.json``) and the lead paragraphs of
``tests/test_events_paragraphs.py``, both through the full ``vndiplo.Runner()`` ("pipeline") and,
for the paragraphs, on hand-annotated documents ("stage alone", people and dates as gold).
Then the whole pipeline's throughput on one core: the Runner over the seeds repeated, and the
events stage's own share of the time.
Targets (issue 6): type >= 0.95, date >= 0.95, participants F1 >= 0.93, location >= 0.9,
whole pipeline >= 200 articles/s.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

import vndiplo

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: Hand-written lead paragraphs with their main events (shared test data).
PARAGRAPHS: list[dict[str, Any]] = json.loads(
    (ROOT / "tests/data/events/paragraphs.json").read_text(encoding="utf-8")
)


def annotated(row: dict[str, Any]) -> vndiplo.Document:
    """The paragraph as the titles and dates stages would hand it to the events stage."""
    date = row["date"]
    return annotate(
        row["text"], row["people"], [(date["text"], date["value"], date["part_of_day"])]
    )


def published(row: dict[str, Any]) -> str:
    """A reference date that fixes the paragraph's year (as a page timestamp would)."""
    return str(row["date"]["value"]).split("/")[0][:10]


TARGETS = {"type": 0.95, "date": 0.95, "participants_f1": 0.93, "location": 0.9}


def _gold_cases() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(input record, gold main event) for the seeds and the paragraphs."""
    cases: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for path in sorted(SEEDS.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (SEEDS / f"{gold['id']}.txt").read_text(encoding="utf-8")
        cases.append(
            ({"id": gold["id"], "text": text, "published": gold["published"]}, gold["main_event"])
        )
    for i, row in enumerate(PARAGRAPHS):
        want = {
            "type": row["type"],
            "date": row["date"]["value"],
            "location": row["location"],
            "participants": row["participants"],
        }
        cases.append(({"id": f"p{i}", "text": row["text"], "published": published(row)}, want))
    return cases


def score(pairs: Iterable[tuple[vndiplo.Event | None, dict[str, Any]]]) -> dict[str, float]:
    """Type, date and location accuracy and participant micro-F1 of predicted main events."""
    n = tp = n_pred = n_gold = 0
    hits = {"type": 0, "date": 0, "location": 0}
    for got, want in pairs:
        n += 1
        gold_parts = {(p["name"], p["role"]) for p in want["participants"]}
        n_gold += len(gold_parts)
        if got is None:
            continue
        hits["type"] += got.type == want["type"]
        hits["date"] += got.date == want["date"]
        hits["location"] += got.location == want["location"]
        pred = {(p.name, p.role) for p in got.participants}
        n_pred += len(pred)
        tp += len(pred & gold_parts)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {k: v / n for k, v in hits.items()} if n else dict.fromkeys(hits, 0.0)
    out["participants_f1"] = f1
    out["n"] = n
    return out


def _first(events: Sequence[vndiplo.Event]) -> vndiplo.Event | None:
    return events[0] if events else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="seed copies for throughput")
    args = parser.parse_args(argv)

    runner = vndiplo.Runner()
    cases = _gold_cases()
    pipeline = score((_first(runner.run(rec).events), want) for rec, want in cases)
    seeds_only = score(
        (_first(runner.run(rec).events), want) for rec, want in cases if rec["id"][0] != "p"
    )
    alone = score(
        (_first(extract_events(annotated(row), runner.context)), want)
        for row, (_rec, want) in zip(PARAGRAPHS, cases[-len(PARAGRAPHS) :], strict=True)
    )

    records = [rec for rec, _ in cases if rec["id"][0] != "p"]
    runner.timings.clear()
    batch = [dict(r, id=f"{r['id']}-{i}") for i in range(args.repeat) for r in records]
    started = time.perf_counter()
    count = sum(1 for _ in runner.run_many(batch))
    elapsed = time.perf_counter() - started
    events_time = sum(
        v for k, v in runner.timings.items() if k.startswith("vndiplo_extract_events")
    )

    def line(name: str, s: dict[str, float]) -> str:
        return (
            f"{name:<28} n={int(s['n']):>3}  type {s['type']:.3f}  date {s['date']:.3f}  "
            f"participants F1 {s['participants_f1']:.3f}  location {s['location']:.3f}"
        )

    print("main event accuracy")
    print(line("seeds + paragraphs, pipeline", pipeline))
    print(line("seeds only, pipeline", seeds_only))
    print(line("paragraphs, stage alone", alone))
    print(f"targets: {TARGETS}")
    print("throughput (one core, seeds repeated, whole pipeline)")
    print(f"  {count} articles in {elapsed:.2f} s: {count / elapsed:.0f} articles/s")
    print(f"  events stage: {1000 * events_time / count:.3f} ms/article")
    ok = all(pipeline[k] >= v for k, v in TARGETS.items()) and count / elapsed >= 200
    print("all targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
