"""Same-run speed comparison of two checkouts of vndiplo, per stage, in CPU time.

    git worktree add /tmp/vndiplo-before <commit>
    python -m benchmarks.compare /tmp/vndiplo-before .        # after/before ratios per stage
    python -m benchmarks.compare /tmp/vndiplo-before . --pages  # real pages + synthetic ones

One long-lived interpreter per checkout imports only that checkout's code and runs the whole
pipeline (the four first-party plugins, no entry points) over the same synthetic 8 KB articles.
The two sides take turns, round after round, so machine drift hits both alike. Each side is
timed in thread CPU time (the runner's stage timers too), which other jobs on a shared machine
barely move; wall-clock articles/s is ``python -m benchmarks``'s job. The figures are the best
round of each side (and the median, for spread); only the ratios mean anything across machines.

Python's ``re`` module caches the last 512 patterns it compiled from strings. The rounds repeat
the same articles (and synthetic articles reuse a few names), so a pattern built for one
article's names would be compiled once and then found in that cache for free, which a stream
of distinct articles never does. The cache is emptied (``re.purge()``) before every article,
outside the timing: patterns compiled into module globals are untouched by it, and every
pattern built from an article's own words is charged to the article each time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

_WORKER = """
import json, re, sys, time
time.perf_counter = time.thread_time  # the runner's stage timers read CPU time too
root = sys.argv[1]
sys.path[:0] = [root + "/src", root + "/plugins", root]
from benchmarks.generate import articles
from vndiplo import Runner
import vndiplo_events
assert vndiplo_events.__file__.startswith(root), vndiplo_events.__file__
records = list(articles(int(sys.argv[2]), 8000))
if sys.argv[3] == "pages":  # distinct articles: the real pages, then synthetic ones
    from pathlib import Path
    from vndiplo.testing.gold import canonical_text
    texts = sorted(Path(root, "benchmarks/realpages/texts").glob("*.txt"))
    records = [{"id": t.stem, "text": canonical_text(t.read_text("utf-8"))} for t in texts]
    records += articles(int(sys.argv[2]), 8000, seed=1)
# first-party plugins of the checkout (an older one lacks the later ones: "vndiplo_english")
import importlib.util
first_party = ["vndiplo_boilerplate", "vndiplo_dates", "vndiplo_titles", "vndiplo_events"]
first_party += [m for m in ["vndiplo_english"] if importlib.util.find_spec(m) is not None
                and importlib.util.find_spec(m).origin.startswith(root)]
runner = Runner(first_party, autoload=False)
for record in records[:20]:
    re.purge()
    runner.run(record)
print("ready", flush=True)
for _ in sys.stdin:
    runner.timings.clear()
    spent = 0.0
    for record in records:
        re.purge()  # each article as if first seen: see the module docstring
        t0 = time.thread_time()
        runner.run(record)
        spent += time.thread_time() - t0
    total = spent * 1000 / len(records)
    stages = {k: v * 1000 / len(records) for k, v in runner.timings.items()}
    print(json.dumps([total, stages]), flush=True)
"""

Round = tuple[float, dict[str, float]]


class Side:
    """One checkout's worker process: send a line, read back one round's timings."""

    def __init__(self, root: Path, count: int, pages: bool = False) -> None:
        self.rounds: list[Round] = []
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(root.resolve()), str(count), "pages" * pages],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"},
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        if self.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the worker for {root} did not start")

    def time_round(self) -> None:
        self.stdin.write("go\n")
        self.stdin.flush()
        total, stages = json.loads(self.stdout.readline())
        self.rounds.append((total, stages))

    def close(self) -> None:
        self.stdin.close()
        self.process.wait()

    def best(self) -> Round:
        stages = {k for _, st in self.rounds for k in st}
        return (
            min(t for t, _ in self.rounds),
            {k: min(st.get(k, 0.0) for _, st in self.rounds) for k in stages},
        )

    def median(self) -> float:
        return statistics.median(t for t, _ in self.rounds)


def _ratio(after: float, before: float) -> str:
    return f"{after / before:6.3f}" if before else "     -"


def report(before: Side, after: Side) -> list[str]:
    (tb, sb), (ta, sa) = before.best(), after.best()
    lines = [f"{'CPU ms per article':46} {'before':>8} {'after':>8} {'ratio':>6}"]
    lines.append(f"{'total (best round)':46} {tb:8.3f} {ta:8.3f} {_ratio(ta, tb)}")
    mb, ma = before.median(), after.median()
    lines.append(f"{'total (median round)':46} {mb:8.3f} {ma:8.3f} {_ratio(ma, mb)}")
    lines.append(f"{'articles/s per core (best round)':46} {1000 / tb:8.1f} {1000 / ta:8.1f}")
    for stage in sorted(set(sb) | set(sa), key=lambda k: -sa.get(k, 0.0)):
        b, a = sb.get(stage, 0.0), sa.get(stage, 0.0)
        lines.append(f"{'stage ' + stage:46} {b:8.3f} {a:8.3f} {_ratio(a, b)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("before", type=Path, help="checkout to compare against (the baseline)")
    parser.add_argument("after", type=Path, nargs="?", default=Path("."), help="default: here")
    parser.add_argument("--rounds", type=int, default=9, help="timed rounds per side")
    parser.add_argument("--count", type=int, default=100, help="8 KB articles per round")
    parser.add_argument("--json", action="store_true", help="print the best rounds as JSON")
    parser.add_argument(
        "--pages",
        action="store_true",
        help="time the real pages in benchmarks/realpages/texts (of the checkout), then --count"
        " synthetic articles of another seed: distinct articles rather than 8 KB ones",
    )
    args = parser.parse_args(argv)
    sides = [Side(args.before, args.count, args.pages), Side(args.after, args.count, args.pages)]
    try:
        for i in range(args.rounds):
            for side in sides if i % 2 == 0 else sides[::-1]:
                side.time_round()
    finally:
        for side in sides:
            side.close()
    if args.json:
        out: dict[str, Any] = {"before": sides[0].best(), "after": sides[1].best()}
        print(json.dumps(out, indent=2))
    else:
        print("\n".join(report(*sides)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
