"""What the events stage's phrase scans cost, and what one shared word-start index would save.

    python -m benchmarks.scans              # 100 synthetic 8 KB articles
    python -m benchmarks.scans --count 300

The trigger, topic and statement-verb lexicons are each one trie-shaped regex (``PhraseMatcher``)
run over the page. Round 10 proposed one word-start index per page, shared by those scans. This
measures it, in thread CPU time, per article, the best of a few repeats:

- ``regex``: the current pass, ``PhraseMatcher.regex.finditer`` over the lower-cased page;
- ``after space``: the same phrases after a literal space, which ``re`` finds by a fast search
  (it tries the trie at spaces only, not at every letter a phrase can open with);
- ``shared``: the exact alternative, ``after space`` plus the word starts no space precedes,
  read from an index built once per page (:func:`word_starts`), the same matches as ``regex``
  (:func:`shared_finditer`, checked on every article);
- the index alone, paid once per page, and the whole pipeline, for scale.

The index needs a pass over every character (``re`` has no fast search for "not a word
character"), which costs as much as one lexicon pass: it does not pay for itself.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator

from benchmarks.generate import articles

#: A run of characters neither word nor space: a word may start right after it.
_NON_WORD_RUN = re.compile(r"[^\w ]+")


def word_starts(lower: str) -> list[int]:
    """0 and every offset right after a run of non-word, non-space characters: with the
    offsets after a space, every place a whole word can start."""
    return [0, *(m.end() for m in _NON_WORD_RUN.finditer(lower))]


def after_space(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` (a ``PhraseMatcher`` pattern) behind a literal space."""
    return re.compile(" " + regex.pattern)


def shared_finditer(
    regex: re.Pattern[str],
    spaced: re.Pattern[str],
    first: frozenset[str],
    lower: str,
    others: list[int],
    start: int,
    end: int,
) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(lower, start, end)``, found from the spaces (``spaced``)
    and the other word starts (``others``, from :func:`word_starts`): the leftmost match wins
    and the next is looked for from its end. ``first``: the letters the phrases open with."""
    i = bisect_left(others, start)
    pos = start
    hit: re.Match[str] | None = None
    while pos < end:
        if hit is None or hit.start() < pos - 1:
            hit = spaced.search(lower, max(pos - 1, 0), end)
        limit = end if hit is None else hit.start() + 1
        found = None
        while i < len(others) and others[i] < limit:
            at = others[i]
            i += 1
            if lower[at : at + 1] in first:
                found = regex.match(lower, at, end)
                if found is not None:
                    break
        if found is None:
            if hit is None:
                return
            found = regex.match(lower, limit, end)
            assert found is not None  # the pattern ``spaced`` matched, after its space
        yield found
        pos = found.end()
        i = bisect_left(others, pos, i)


def _cpu_us(work: Callable[[], object], repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.thread_time()
        work()
        best = min(best, time.thread_time() - t0)
    return best * 1e6


def _per_page(
    scan: Callable[[str, list[int]], object], pages: list[str], indexes: list[list[int]]
) -> float:
    """CPU microseconds per page of ``scan`` over every page (its word-start index given)."""
    pairs = list(zip(pages, indexes, strict=True))
    return _cpu_us(lambda: [scan(low, others) for low, others in pairs]) / len(pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=100, help="8 KB articles")
    args = parser.parse_args(argv)
    from vndiplo_events.statements import finder_for
    from vndiplo_events.topics import vocabulary_for
    from vndiplo_events.triggers import table_for

    from vndiplo import Runner
    from vndiplo.text import NormalizedText

    records = list(articles(args.count, 8000))
    pages = [NormalizedText(r["text"]).same_length_lower for r in records]
    n = len(pages)
    plugins = ["vndiplo_boilerplate", "vndiplo_dates", "vndiplo_titles", "vndiplo_events"]
    runner = Runner(plugins, autoload=False)
    runner.run(records[0])
    pipeline = _cpu_us(lambda: [runner.run(r) for r in records], repeats=3) / n
    indexes = [word_starts(low) for low in pages]
    index_us = _cpu_us(lambda: [word_starts(low) for low in pages]) / n
    print(f"{'CPU us per article':28} {'regex':>8} {'after space':>12} {'shared':>8}")
    total_regex = total_shared = 0.0
    table, vocabulary, finder = table_for(None), vocabulary_for(None), finder_for(None)
    lexicons: list[tuple[str, re.Pattern[str], Iterable[str]]] = [
        ("triggers", table.matcher.regex, table.by_phrase),
        ("topics", vocabulary.matcher.regex, vocabulary.by_variant),
        ("statement verbs", finder.matcher.regex, finder.verbs),
    ]
    for name, regex, phrases in lexicons:
        spaced = after_space(regex)
        first = frozenset(p.strip()[:1].lower() for p in phrases if p.strip())
        if not all(c.isalnum() or c == "_" for c in first):
            print(f"{name}: a phrase opens with no word character", file=sys.stderr)
            return 1

        def scan_regex(low: str, others: list[int], regex: re.Pattern[str] = regex) -> object:
            return list(regex.finditer(low))

        def scan_spaced(low: str, others: list[int], spaced: re.Pattern[str] = spaced) -> object:
            return list(spaced.finditer(low))

        def scan_shared(
            low: str,
            others: list[int],
            regex: re.Pattern[str] = regex,
            spaced: re.Pattern[str] = spaced,
            first: frozenset[str] = first,
        ) -> list[re.Match[str]]:
            return list(shared_finditer(regex, spaced, first, low, others, 0, len(low)))

        for low, others in zip(pages, indexes, strict=True):
            same = [m.span() for m in scan_shared(low, others)]
            if same != [m.span() for m in regex.finditer(low)]:
                print(f"{name}: the shared scan differs from the regex", file=sys.stderr)
                return 1
        old, fast, new = (
            _per_page(scan, pages, indexes) for scan in (scan_regex, scan_spaced, scan_shared)
        )
        total_regex, total_shared = total_regex + old, total_shared + new
        print(f"{name:28} {old:8.1f} {fast:12.1f} {new:8.1f}")
    both = total_shared + index_us
    print(f"{'the three, + index once':28} {total_regex:8.1f} {'':12} {both:8.1f}")
    print(f"{'the word-start index alone':28} {'':8} {'':12} {index_us:8.1f}")
    print(f"{'whole pipeline':28} {pipeline:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
