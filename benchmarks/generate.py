"""Write synthetic articles as JSONL (:mod:`vndiplo.testing.synthetic`).

python -m benchmarks.generate --count 1000 --size 8000 > articles.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys

from vndiplo.testing.synthetic import articles

__all__ = ["articles", "main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--size", type=int, default=8000, help="characters per article")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for record in articles(args.count, args.size, args.seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
