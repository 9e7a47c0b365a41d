"""Real-page benchmark: the default pipeline on crawled news pages annotated by hand.

    python -m benchmarks.realpages --split dev            # score the pages whose text is present
    python -m benchmarks.realpages --split dev --verbose  # every mismatch, by plugin
    python -m benchmarks.realpages missing                # pages without a local text: URL, query
    python -m benchmarks.realpages check                  # texts whose sha256 differs from gold
    python -m benchmarks.realpages hash                   # fill sha256 where the gold has none
    python -m benchmarks.realpages stats                  # outlets, years, event types per split
    python -m benchmarks.realpages --split test --checkout ../old   # another commit's pipeline
    python -m benchmarks.realpages --split test --letters JK        # one round's fresh pages
    python -m benchmarks.realpages --split test --letters AA,AB     # two-letter annotators
    python -m benchmarks.realpages --split dev --former-test        # dev pages once in test
    python -m benchmarks.realpages quotes                 # page words copied into the repo
    python -m benchmarks.realpages quotes --min 12        # 12+ words only (--stock 3 default)
    python -m benchmarks.realpages quotes --all           # also the blind test pages (names them)

Gold lives in ``benchmarks/realpages/gold/<id>.gold.json`` (committed); the page texts are third
parties' words and are rebuilt locally into ``benchmarks/realpages/texts/<id>.txt`` (ignored by
git), as ``benchmarks/realpages/README.md`` explains. ``splits.json`` says which page is in
``dev`` (studied and tuned on) and which in ``test`` (scored only at the end of a round).

Every page runs through ``vndiplo.Runner()`` on its canonical text, with the gold ``published``
date handed in as a crawler would (the ``published`` metric comes from a second pass without it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.quotes import cmd_quotes
from benchmarks.scoring import Case, print_misses, print_scores, score
from vndiplo.testing.gold import canonical_text as canonical

ROOT = Path(__file__).resolve().parent / "realpages"
GOLD = ROOT / "gold"
TEXTS = ROOT / "texts"
SPLITS_FILE = ROOT / "splits.json"
SPLITS = ("dev", "test")
QUOTED = ("title", "body_first_line", "body_last_line")


def sha256(text: str) -> str:
    return hashlib.sha256(canonical(text).encode("utf-8")).hexdigest()


def gold_files() -> dict[str, Path]:
    return {p.name.removesuffix(".gold.json"): p for p in sorted(GOLD.glob("*.gold.json"))}


def split_of() -> dict[str, str]:
    """Page id -> split: ``splits.json`` where it names the page, else the numbering rule."""
    named: dict[str, str] = {}
    if SPLITS_FILE.exists():
        data = json.loads(SPLITS_FILE.read_text(encoding="utf-8"))
        named = {page: split for split, pages in data.items() for page in pages}
    return {page: named.get(page, rule_split(page)) for page in gold_files()}


def annotator_of(page: str) -> str:
    """The letters an id starts with: one per annotator up to round 5 (A-Z), two from round 6
    (AA, AB, ...), since the single letters ran out."""
    prefix = re.match(r"[A-Z]+", page)
    return prefix.group(0) if prefix else ""


def wanted_annotators(letters: str) -> set[str]:
    """``--letters`` as a set: "QRSTUV" is six one-letter annotators, "AA,AB" two two-letter ones
    (a comma marks prefixes, so a lone one is written "AA,")."""
    return {part for part in letters.split(",") if part} if "," in letters else set(letters)


def blind_page_ids() -> frozenset[str]:
    """The ids of the pages nobody may study: the real-page test split, the corpus-merge
    pages marked ``"split": "test"``, and every local text this checkout has no gold for
    (a newer round's blind pages whose gold lives on another branch: unknown means blind)."""
    corpus = json.loads((ROOT.parent / "corpus_gold" / "gold.json").read_text(encoding="utf-8"))
    blind = {page for page, split in split_of().items() if split == "test"}
    blind.update(p["id"] for p in corpus["pages"] if p.get("split", "dev") == "test")
    known = set(split_of()) | {p["id"] for p in corpus["pages"]}
    for folder in (TEXTS, ROOT.parent / "corpus_gold" / "texts"):
        if folder.is_dir():
            blind.update(path.stem for path in folder.glob("*.txt") if path.stem not in known)
    return frozenset(blind)


def rule_split(page: str) -> str:
    """Fixed before any page was studied: pages 03, 06, 09, ... of the first annotators (A-G)
    are test; every page added later (H, I, ..., AA, ...) is test until ``splits.json`` says
    otherwise."""
    number = re.match(r"([A-Z])(\d+)_", page)
    if number is None or number.group(1) > "G":
        return "test"
    return "test" if int(number.group(2)) % 3 == 0 else "dev"


def gold_problems(gold: dict[str, Any], text: str) -> list[str]:
    """Quoted gold strings that are not in the text (so the page cannot be scored)."""
    wanted = [gold.get(k) for k in QUOTED] + [d["text"] for d in gold.get("dates", [])]
    wanted.append(gold.get("published_text"))
    return [w for w in wanted if w and canonical(w) not in text]


def load(
    split: str, *, quiet: bool = False, letters: str = "", former_test: bool = False
) -> list[Case]:
    """The pages of ``split`` (``dev``, ``test`` or ``all``) whose text is present and sound;
    with ``letters`` ("JK"), only the pages of those annotators (a round's fresh pages); with
    ``former_test``, only the pages the numbering rule put in test (in dev: pages moved there
    after their test rounds, so the code was not tuned on them before the move)."""
    splits = split_of()
    annotators = wanted_annotators(letters)
    cases, missing, broken = [], 0, []
    for page, path in gold_files().items():
        part = splits.get(page, "dev")
        if split not in ("all", part) or (letters and annotator_of(page) not in annotators):
            continue
        if former_test and rule_split(page) != "test":
            continue
        text_path = TEXTS / f"{page}.txt"
        if not text_path.exists():
            missing += 1
            continue
        text = canonical(text_path.read_text(encoding="utf-8"))
        gold = json.loads(path.read_text(encoding="utf-8"))
        for k in QUOTED:
            gold[k] = canonical(gold[k]) if gold.get(k) else gold.get(k)
        for d in gold.get("dates", []):
            d["text"] = canonical(d["text"])
        problems = gold_problems(gold, text)
        if problems:
            broken.append(f"{page}: not in text: {problems[0]!r}")
            continue
        cases.append(Case(part, page, text, gold, gold.get("published")))
    if not quiet and (missing or broken):
        print(f"# {split}: {missing} pages have no local text (see `missing`)", file=sys.stderr)
        for line in broken:
            print(f"# skipped, gold does not match text: {line}", file=sys.stderr)
    return cases


def cmd_missing() -> int:
    """List pages whose text is absent, with what finds them in the stored web."""
    absent = 0
    for page, path in gold_files().items():
        if (TEXTS / f"{page}.txt").exists():
            continue
        absent += 1
        source = json.loads(path.read_text(encoding="utf-8")).get("source", {})
        print(f"{page}\t{source.get('url')}\t{source.get('query')}")
    print(f"# {absent} of {len(gold_files())} pages missing", file=sys.stderr)
    return 0


def cmd_check() -> int:
    """Compare each present text with its gold's sha256; exit 1 on any difference."""
    bad = 0
    for page, path in gold_files().items():
        text_path = TEXTS / f"{page}.txt"
        if not text_path.exists():
            continue
        want = json.loads(path.read_text(encoding="utf-8")).get("source", {}).get("sha256")
        got = sha256(text_path.read_text(encoding="utf-8"))
        if want != got:
            bad += 1
            print(f"{page}: sha256 {got} differs from gold {want}")
    return 1 if bad else 0


def cmd_hash() -> int:
    """Write the sha256 of the local text into each gold file that has none."""
    for page, path in gold_files().items():
        text_path = TEXTS / f"{page}.txt"
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = gold.setdefault("source", {})
        if source.get("sha256") or not text_path.exists():
            continue
        source["sha256"] = sha256(text_path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{page}: {source['sha256']}")
    return 0


def cmd_stats() -> int:
    """Outlets, years and main-event types per split: is the corpus varied enough?"""
    splits = split_of()
    by_split: dict[str, list[dict[str, Any]]] = {}
    for page, path in gold_files().items():
        gold = json.loads(path.read_text(encoding="utf-8"))
        by_split.setdefault(splits.get(page, "dev"), []).append(gold)
    everyone = [g for golds in by_split.values() for g in golds]
    for name, golds in [*sorted(by_split.items()), ("all", everyone)]:
        outlets = Counter(g.get("source", {}).get("outlet") for g in golds)
        years = Counter(_year(g) for g in golds)
        types = Counter((g["main_event"] or {}).get("type", "no meeting") for g in golds)
        print(f"== {name}: {len(golds)} pages, {len(outlets)} outlets")
        print("  years  " + " ".join(f"{y}:{n}" for y, n in sorted(years.items(), key=str)))
        print("  types  " + " ".join(f"{t}:{n}" for t, n in types.most_common()))
    return 0


def _year(gold: dict[str, Any]) -> int | None:
    """The page's year: its stamp, else the year the text fixes, else one in the URL."""
    if gold.get("published"):
        return int(gold["published"][:4])
    if gold.get("reference_year"):
        return int(gold["reference_year"])
    found = re.search(r"(?<!\d)(20[0-2]\d)(?!\d)", gold.get("source", {}).get("url", ""))
    return int(found.group(1)) if found else None


# Run in a fresh interpreter whose vndiplo and plugins come from another checkout; the cases
# (texts already canonical) arrive on stdin, the scores leave on stdout.
_CHECKOUT_DRIVER = """
import json, sys
root, here = sys.argv[1], sys.argv[2]
sys.path[:0] = [root + "/src", root + "/plugins", here]
import vndiplo
assert vndiplo.__file__.startswith(root), vndiplo.__file__
from benchmarks.scoring import Case, score
cases = [Case(*c) for c in json.load(sys.stdin)]
print(json.dumps(score(cases, 1)[0]))
"""


def score_checkout(checkout: Path, cases: list[Case]) -> dict[str, float]:
    """The same pages scored with another checkout's pipeline (``git worktree add DIR REV``):
    the scorer is this one, so two commits compare on equal terms."""
    here = str(Path(__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", _CHECKOUT_DRIVER, str(checkout.resolve()), here],
        input=json.dumps([list(c) for c in cases]),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"scoring with {checkout} failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "action",
        nargs="?",
        default="score",
        choices=("score", "missing", "check", "hash", "stats", "quotes"),
    )
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    parser.add_argument("--verbose", action="store_true", help="print every mismatch, by plugin")
    parser.add_argument("--repeat", type=int, default=3, help="timing passes over the pages")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--letters",
        default="",
        metavar="LETTERS",
        help="only these annotators' pages: single letters run together (JK) or ids' letter "
        "prefixes comma-separated (AA,AB; a lone prefix as AA,)",
    )
    parser.add_argument(
        "--former-test",
        action="store_true",
        help="only the pages that were in test before a round moved them (with --split dev: "
        "pages the code was not tuned on until then)",
    )
    parser.add_argument(
        "--skip",
        default="",
        metavar="IDS",
        help="leave out these pages, by id prefix, comma-separated (e.g. T02,T06: pages a "
        "round's work saw by mistake)",
    )
    parser.add_argument(
        "--checkout",
        type=Path,
        help="score the pipeline of another checkout (e.g. a `git worktree` of an older commit)",
    )
    parser.add_argument(
        "--n", type=int, default=7, help="quotes: how many words in a row count as a copy"
    )
    parser.add_argument(
        "--stock",
        type=int,
        default=3,
        metavar="K",
        help="quotes: a run that K or more page texts hold whole is a set phrase and only "
        "counted (0 lists every run)",
    )
    parser.add_argument(
        "--min",
        type=int,
        default=0,
        metavar="N",
        dest="min_words",
        help="quotes: list only runs of at least N words",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        dest="all_pages",
        help="quotes: also compare with the test-split pages (their ids are then printed)",
    )
    args = parser.parse_args(argv)
    if args.action == "quotes":
        skip = frozenset() if args.all_pages else blind_page_ids()
        return cmd_quotes(args.n, stock=args.stock, minimum=args.min_words, skip=skip)
    if args.action != "score":
        return {"missing": cmd_missing, "check": cmd_check, "hash": cmd_hash, "stats": cmd_stats}[
            args.action
        ]()
    cases = load(args.split, letters=args.letters, former_test=args.former_test)
    skipped = tuple(f"{page}_" for page in args.skip.split(",") if page)
    cases = [case for case in cases if not case.name.startswith(skipped)] if skipped else cases
    if not cases:
        print(f"no {args.split} page has its text here: see `missing`", file=sys.stderr)
        return 1
    if args.checkout is not None:
        scores = score_checkout(args.checkout, cases)
        print_scores(f"{args.split} with the pipeline of {args.checkout}", scores)
        return 0
    scores, misses = score(cases, args.repeat)
    if args.json:
        print(json.dumps({args.split: scores}, indent=2))
        return 0
    print_scores(args.split, scores)
    if args.verbose:
        print_misses(misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
