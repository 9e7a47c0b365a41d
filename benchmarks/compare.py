"""Same-run speed comparison of two checkouts of vndiplo, alternating to cancel machine drift.

    git worktree add /tmp/vndiplo-before <commit>
    python -m benchmarks.compare /tmp/vndiplo-before .        # ms per article, best of rounds

Each round times the whole pipeline (all four first-party plugins, no entry points) over the
same synthetic 8 KB articles in a fresh interpreter per checkout, so each side imports only its
own code. The machine's speed drifts by tens of percent between minutes; only the ratio of
sides measured in the same round means anything.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

_TIMER = """
import sys, time
root = sys.argv[1]
sys.path[:0] = [root + "/src", root + "/plugins", root]
from benchmarks.generate import articles
from vndiplo import Runner
import vndiplo_events
assert vndiplo_events.__file__.startswith(root), vndiplo_events.__file__
records = list(articles(int(sys.argv[2]), 8000))
runner = Runner(
    ["vndiplo_boilerplate", "vndiplo_dates", "vndiplo_titles", "vndiplo_events"], autoload=False
)
runner.run(records[0]["text"])
best = min(
    (lambda t0: (sum(1 for r in records if runner.run(r)), time.perf_counter() - t0)[1])(
        time.perf_counter()
    )
    for _ in range(3)
)
print(best * 1000 / len(records))
"""


def time_checkout(root: Path, count: int) -> float:
    """Best-of-three ms per article for the checkout at ``root``, in its own interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _TIMER, str(root.resolve()), str(count)],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"},
    )
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("before", type=Path, help="checkout to compare against (the baseline)")
    parser.add_argument("after", type=Path, nargs="?", default=Path("."), help="default: here")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--count", type=int, default=300, help="8 KB articles per timing")
    args = parser.parse_args(argv)
    print(f"{'round':<6} {'before ms':>10} {'after ms':>10} {'after/before':>13}")
    for i in range(1, args.rounds + 1):
        before = time_checkout(args.before, args.count)
        after = time_checkout(args.after, args.count)
        print(f"{i:<6} {before:>10.2f} {after:>10.2f} {after / before:>13.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
