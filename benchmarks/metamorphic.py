"""Metamorphic stability: does the pipeline's answer survive meaning-preserving rewrites?

    python -m benchmarks.metamorphic --split dev                       # every transform
    python -m benchmarks.metamorphic --split dev --transform name_swap,act_form --verbose
    python -m benchmarks.metamorphic --split dev --letters AA,AB --limit 20 --json

Every dev page becomes several "unseen-like" pages: the same news written with "ở" for "tại",
other names, another date style, site chrome around it, another form of the act, split or joined
sentences, other honorifics, a careless encoding (``benchmarks/metamorphic_transforms.py``).
No gold is needed: the relation checked is ``output(rewrite(page)) == rewrite(output(page))`` for
the MAIN event (type, date, part of day, location, participants with roles) and the set of
people names. A page is unstable under a transform when the two differ; fixes tuned to one
surface form show up here as pages that do not survive another form of the same words.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import vndiplo
from benchmarks.metamorphic_acts import act_synonym
from benchmarks.metamorphic_countries import country_swap
from benchmarks.metamorphic_frames import act_noun_frame, back_reference, passive_frame
from benchmarks.metamorphic_spelling import abbreviations, legacy_tones
from benchmarks.metamorphic_structure import date_position, truncate
from benchmarks.metamorphic_transforms import TRANSFORMS as FIRST_TRANSFORMS
from benchmarks.metamorphic_transforms import Found, Rewrite, Transform
from benchmarks.realpages import load
from benchmarks.scoring import Case, norm

#: The first eight rewrites, then old tone places, abbreviations, a page cut short, another
#: country, a fronted date moved (``metamorphic_spelling``, ``_structure``, ``_countries``),
#: then the main act in another word or construction (``metamorphic_acts``, ``_frames``).
TRANSFORMS: dict[str, Transform] = {
    **FIRST_TRANSFORMS,
    "legacy_tones": legacy_tones,
    "abbreviations": abbreviations,
    "truncate": truncate,
    "country_swap": country_swap,
    "date_position": date_position,
    "act_synonym": act_synonym,
    "act_noun_frame": act_noun_frame,
    "passive_frame": passive_frame,
    "back_reference": back_reference,
}

#: At most this many characters of page-derived text on one printed line.
LINE_CAP = 120


class Snapshot(NamedTuple):
    """The part of the output compared: the main event and the people."""

    type: str | None
    date: str | None
    part_of_day: str | None
    location: str | None
    participants: frozenset[tuple[str, str]]
    people: frozenset[str]
    #: (name, country code) of each person; filled only for rewrites that map countries.
    countries: frozenset[tuple[str, str]] = frozenset()


MAIN_FIELDS = ("type", "date", "part_of_day", "location", "participants")


def canon(value: str | None) -> str | None:
    """The comparison key: NFC, plain single spaces, U+00D0 read as "Đ", no final punctuation."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).replace("\u00d0", "Đ")
    return norm(" ".join(value.split()))


def snapshot(
    doc: vndiplo.Document,
    forward: Callable[[str], str] | None = None,
    country: Callable[[str | None], str | None] | None = None,
) -> Snapshot:
    """The compared fields of ``doc``; ``forward`` maps them as the rewrite maps the text and
    ``country`` maps people's country codes (countries are compared only when it is given)."""
    step = forward or (lambda s: s)

    def key(value: str | None) -> str | None:
        return canon(step(value)) if value is not None else None

    people = frozenset(k for p in doc.people if (k := key(p.name)))
    countries: frozenset[tuple[str, str]] = frozenset()
    if country is not None:
        countries = frozenset(
            (k, country(p.country) or "-") for p in doc.people if (k := key(p.name))
        )
    event = doc.events[0] if doc.events else None
    if event is None:
        return Snapshot(None, None, None, None, frozenset(), people, countries)
    location = key(event.location)
    return Snapshot(
        event.type,
        event.date,
        event.part_of_day,
        location.casefold() if location else None,
        frozenset((k, p.role) for p in event.participants if (k := key(p.name))),
        people,
        countries,
    )


def found_of(case: Case, doc: vndiplo.Document) -> Found:
    names = [p.name for p in doc.people]
    if doc.events:
        names += [p.name for p in doc.events[0].participants]
    evidence = (doc.events[0].evidence.start, doc.events[0].evidence.end) if doc.events else None
    published = doc.published.isoformat() if doc.published else None
    event = doc.events[0] if doc.events else None
    return Found(
        case.name,
        tuple(dict.fromkeys(names)),
        evidence,
        published,
        event.type if event else None,
        event.trigger if event else None,
        event.location if event else None,
    )


def differences(want: Snapshot, got: Snapshot) -> list[tuple[str, Any, Any]]:
    """(field, expected, got) for each field that changed; sets report only what moved."""
    diffs: list[tuple[str, Any, Any]] = []
    for field in (*MAIN_FIELDS, "people", "countries"):
        a, b = getattr(want, field), getattr(got, field)
        if a == b:
            continue
        if isinstance(a, frozenset):
            a, b = sorted(a - b), sorted(b - a)
        diffs.append((field, a, b))
    return diffs


class Outcome(NamedTuple):
    page: str
    transform: str
    diffs: list[tuple[str, Any, Any]]

    @property
    def main_stable(self) -> bool:
        return not any(f in MAIN_FIELDS for f, _, _ in self.diffs)

    @property
    def people_stable(self) -> bool:
        return not any(f in ("people", "countries") for f, _, _ in self.diffs)


def check_page(
    runner: vndiplo.Runner, case: Case, names: Iterable[str]
) -> tuple[list[Outcome], int]:
    """Each wanted transform that applies to the page, with what changed; and the runs made."""
    record = {"id": case.name, "text": case.text, "published": case.published}
    original = runner.run(record)
    found = found_of(case, original)
    outcomes, runs = [], 1
    for name in names:
        rewrite: Rewrite | None = TRANSFORMS[name](case.text, found)
        if rewrite is None:
            continue
        published = rewrite.published or record["published"]
        rewritten = runner.run({**record, "text": rewrite.text, "published": published})
        runs += 1
        want = snapshot(original, rewrite.forward, rewrite.country)
        got = snapshot(rewritten, None, (lambda c: c) if rewrite.country else None)
        outcomes.append(Outcome(case.name, name, differences(want, got)))
    return outcomes, runs


def summary(outcomes: list[Outcome], names: list[str]) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for name in names:
        mine = [o for o in outcomes if o.transform == name]
        applied = len(mine)
        main = sum(o.main_stable for o in mine)
        people = sum(o.people_stable for o in mine)
        both = sum(not o.diffs for o in mine)
        table[name] = {
            "applied": applied,
            "main_stable": main,
            "main_ratio": main / applied if applied else None,
            "people_stable": people,
            "people_ratio": people / applied if applied else None,
            "all_stable": both,
            "unstable": [
                {"page": o.page, "diffs": [[f, a, b] for f, a, b in o.diffs]}
                for o in mine
                if o.diffs
            ],
        }
    return table


def _cap(line: str) -> str:
    return line if len(line) <= LINE_CAP else line[: LINE_CAP - 1] + "…"


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "{" + ", ".join("=".join(v) if isinstance(v, tuple) else str(v) for v in value) + "}"
    return repr(value)


def print_table(table: dict[str, dict[str, Any]], pages: int, seconds: float, runs: int) -> None:
    print(f"== metamorphic stability ({pages} pages, {runs} runs, {seconds:.1f} s)")
    print(f"  {'transform':20} {'applied':>7} {'main':>12} {'people':>12} {'all':>6}")
    for name, row in table.items():
        if not row["applied"]:
            print(f"  {name:20} {0:>7}")
            continue
        main = f"{row['main_stable']} {row['main_ratio']:.3f}"
        people = f"{row['people_stable']} {row['people_ratio']:.3f}"
        print(f"  {name:20} {row['applied']:>7} {main:>12} {people:>12} {row['all_stable']:>6}")


def print_unstable(table: dict[str, dict[str, Any]]) -> None:
    for name, row in table.items():
        if not row["unstable"]:
            continue
        print(f"  -- {name} ({len(row['unstable'])} unstable)")
        for item in row["unstable"]:
            print(_cap(f"     [{item['page']}]"))
            for field, before, after in item["diffs"]:
                print(_cap(f"        {field}: {_show(before)} -> {_show(after)}"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument(
        "--i-am-the-lead", action="store_true", help="allow --split test/all (blind pages)"
    )
    parser.add_argument(
        "--transform",
        default="",
        metavar="NAMES",
        help="comma-separated transforms (default all): " + ", ".join(TRANSFORMS),
    )
    parser.add_argument("--letters", default="", help="only these annotators (as in realpages)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--verbose", action="store_true", help="each unstable page, with a diff")
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    args = parser.parse_args(argv)
    if args.split != "dev" and not args.i_am_the_lead:
        print("--split test/all reads the blind pages: only the lead may", file=sys.stderr)
        return 2
    names = [n for n in args.transform.split(",") if n] or list(TRANSFORMS)
    unknown = [n for n in names if n not in TRANSFORMS]
    if unknown:
        print(f"unknown transform(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    cases = load(args.split, letters=args.letters)
    if args.limit:
        cases = cases[: args.limit]
    runner = vndiplo.Runner()
    started = time.perf_counter()
    outcomes: list[Outcome] = []
    runs = 0
    for case in cases:
        page_outcomes, page_runs = check_page(runner, case, names)
        outcomes += page_outcomes
        runs += page_runs
    seconds = time.perf_counter() - started
    table = summary(outcomes, names)
    if args.json:
        print(json.dumps({"split": args.split, "pages": len(cases), "transforms": table}))
        return 0
    print_table(table, len(cases), seconds, runs)
    if args.verbose:
        print_unstable(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
