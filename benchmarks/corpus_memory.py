"""The store's memory over a large corpus, without paying for extracting every article.

    python -m benchmarks.corpus --memory 100000            # 100k articles from 300 extracted ones
    python -m benchmarks.corpus --memory 20000 --templates 200 --size 4000

A few hundred synthetic articles are extracted once; their facts are then copied with a new id,
every date moved on by the copy's number of days and every person renamed into one of
:data:`PEOPLE_VARIANTS` look-alikes, so N distinct articles stream into one ``add_many`` (one
transaction, as ``vndiplo corpus build`` does) and the run measures the store, not extraction.
Copies of one template land on different days, so they do not all merge into one event; the
templates of one copy share days and people as outlets reporting the same meetings do.

Lines: resident memory (RSS) every 10% of the articles and after the commit, the growth per
10k articles between 10% and 100%, the peak during the store phase (VmHWM, reset after
extraction where the kernel allows it) and the process's peak, and the store's articles/s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

import attrs

from benchmarks.memory import rss_mb
from vndiplo import Runner
from vndiplo.corpus import CorpusStore
from vndiplo.corpus.facts import DocFacts, Sighting, SourceFact, facts_from_document
from vndiplo.corpus.names import name_key
from vndiplo.testing.synthetic import articles

__all__ = ["PEOPLE_VARIANTS", "copies", "measure", "variant"]

#: How many look-alikes each person of the templates has: people grow with the corpus, and a
#: name comes back every this many copies, on another day.
PEOPLE_VARIANTS = 200
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEARLESS = re.compile(r"^--(\d{2})-(\d{2})")
_LETTERS = "abcdeghiklmnopqrstuvxy"


def _shift_day(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _shift(value: str | None, days: int) -> str | None:
    """Every ISO day in ``value`` moved on by ``days``; a year-less "--MM-DD" too (leap year)."""
    if not value or not days:
        return value
    yearless = _YEARLESS.match(value)
    if yearless:
        moved = _shift_day(f"2000-{yearless.group(1)}-{yearless.group(2)}", days)
        return f"--{moved[5:10]}{value[7:]}"
    return _DAY.sub(lambda m: _shift_day(m.group(0), days), value)


@lru_cache(maxsize=1 << 16)
def _renamed(name: str, number: int) -> tuple[str, str]:
    """The ``number``-th look-alike of a person: (person id, name)."""
    if number == 0:
        return name_key(name), name
    suffix = ""
    while True:
        number, digit = divmod(number, len(_LETTERS))
        suffix += _LETTERS[digit]
        if not number:
            break
    new = f"{name} {suffix.capitalize()}"
    return name_key(new), new


def variant(template: DocFacts, copy: int) -> DocFacts:
    """Copy number ``copy`` of a template: a distinct article, ``copy`` days later."""
    who = copy % PEOPLE_VARIANTS
    ids: dict[str, str] = {}

    def person(pid: str, name: str) -> tuple[str, str]:
        new_pid, new_name = _renamed(name, who)
        ids[pid] = new_pid
        return new_pid, new_name

    doc_id = f"{template.id}~{copy}"
    sightings = tuple(
        Sighting(*person(s.person_id, s.name), s.country, s.title, _shift(s.seen, copy), *s[5:])
        for s in template.sightings
    )
    sources = tuple(_source(s, doc_id, copy, person, ids) for s in template.sources)
    return attrs.evolve(
        template,
        id=doc_id,
        sha256=hashlib.sha256(f"{template.sha256}~{copy}".encode()).hexdigest(),
        url=f"{template.url}?copy={copy}" if template.url else None,
        published=_shift(template.published, copy),
        sightings=sightings,
        sources=sources,
    )


def _source(
    s: SourceFact,
    doc_id: str,
    copy: int,
    person: Callable[[str, str], tuple[str, str]],
    ids: dict[str, str],
) -> SourceFact:
    people = tuple((*person(pid, name), role) for pid, name, role in s.people)
    statements = tuple((ids.get(sid, sid) if sid else sid, *rest) for sid, *rest in s.statements)
    return attrs.evolve(
        s,
        id=f"{doc_id}#{s.index}",
        date=_shift(s.date, copy),
        day=_shift(s.day, copy),
        people=people,
        statements=statements,
    )


def copies(templates: list[DocFacts], count: int) -> Iterator[DocFacts]:
    """``count`` distinct articles: every template once per copy, copy after copy."""
    for i in range(count):
        copy, t = divmod(i, len(templates))
        yield variant(templates[t], copy)


def _reset_peak() -> bool:
    """Reset the kernel's peak RSS (VmHWM) so the peak is the store's alone (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(args: argparse.Namespace) -> int:
    count = args.memory
    print(
        f"# memory: {count} articles from {args.templates} extracted synthetic articles "
        f"of ~{args.size} chars (seed {args.seed})",
        flush=True,
    )
    began = time.perf_counter()
    templates = [
        facts_from_document(d)
        for d in Runner().run_many(articles(args.templates, size=args.size, seed=args.seed))
    ]
    print(f"extracted {len(templates)} templates in {time.perf_counter() - began:.1f} s")
    step = max(count // 10, 1)
    samples: list[tuple[int, float]] = []

    def watched() -> Iterator[DocFacts]:
        for i, facts in enumerate(copies(templates, count), start=1):
            yield facts
            if i % step == 0:
                samples.append((i, rss_mb()))
                print(f"  {i} articles: rss {samples[-1][1]:.0f} MB", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "memory.sqlite"
        start_rss = rss_mb()
        reset = _reset_peak()
        began, cpu = time.perf_counter(), time.process_time()
        with CorpusStore(path) as store:
            store.add_many(watched())
            committed = rss_mb()
            totals = store.conn.execute(
                "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM people), "
                "(SELECT count(*) FROM person_titles)"
            ).fetchone()
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu
        size = path.stat().st_size / 2**20
    print(
        f"store    {count / wall:9.1f} articles/s  ({count} in {wall:.1f} s; "
        f"{count / cpu:.1f} per CPU-second); {totals[0]} events, {totals[1]} people, "
        f"{totals[2]} title sightings, database {size:.0f} MB"
    )
    print(f"rss MB   start:{start_rss:.0f}  " + "  ".join(f"{n}:{mb:.0f}" for n, mb in samples))
    print(f"rss MB   after commit: {committed:.0f}")
    if len(samples) >= 2:
        (first_n, first), (last_n, last) = samples[0], samples[-1]
        per_10k = (last - first) / (last_n - first_n) * 10_000
        growth = f"{last - first:+.1f} MB from {first_n} to {last_n}"
        print(f"rss growth {growth}: {per_10k:+.2f} MB per 10k articles")
    label = "store phase" if reset else "process (VmHWM not resettable)"
    print(f"peak rss {_peak_mb():.0f} MB ({label})")
    print(f"peak rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (process)")
    return 0
