"""Titles benchmark: the titles plugin against underthesea's NER (PER entities).

    python -m benchmarks.titles              # seeds + the sentence table
    python -m benchmarks.titles --repeat 50  # more timing runs for the plugin

Both tools read the same texts:

* the bodies of the five seed articles, scored against the ``people`` of
  ``seeds/*.gold.json``; the body is the gold's first-to-last body line less the captions and
  widgets its notes exclude (``tests/data/titles/seed_bodies.json``), block by block;
* the sentence table ``tests/data/titles/sentences.json`` (realistic sentences covering every
  title pattern, each with the people a careful reader finds).

Names are scored as sets per text (a person found once counts once): precision, recall, F1.
underthesea is given each body block (its ``ner`` works sentence by sentence); its B-PER/I-PER
tokens are joined into names. Note that the gold lists only people *named with a title or
role*; underthesea has no such notion, so it is also charged for untitled names it finds
(there are few in these texts). Title recall counts gold (person, title) pairs whose title the
tool returns for that person exactly as written; country accuracy is over found gold people.
underthesea returns neither, so both are 0 for it. Speed: milliseconds per seed article (best
of ``--repeat`` runs for the plugin, one warm run for underthesea) and per sentence.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs
from vndiplo_titles import find_people

from vndiplo import Document, Person
from vndiplo.testing.gold import gold_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data" / "titles"


@attrs.frozen
class Case:
    name: str
    document: Document
    gold: tuple[dict[str, Any], ...]
    article: bool


def seed_document(stem: str) -> tuple[Document, dict[str, Any]]:
    """The seed as a Document whose body blocks are exactly the gold's body lines, and its gold
    (so the titles stage is measured on its own, whatever the cleaning stage does)."""
    excluded = json.loads((DATA / "seed_bodies.json").read_text(encoding="utf-8"))[stem]
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    gold = json.loads((SEEDS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    return gold_document(text, gold, skip_lines=excluded), gold


def seed_cases() -> list[Case]:
    cases = []
    for gold_path in sorted(SEEDS.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        document, gold = seed_document(stem)
        cases.append(Case(stem, document, tuple(gold["people"]), True))
    return cases


def sentence_cases() -> list[Case]:
    rows = json.loads((DATA / "sentences.json").read_text(encoding="utf-8"))
    return [
        Case(f"sentence {i}", Document(row["text"]), tuple(row["people"]), False)
        for i, row in enumerate(rows)
    ]


# -- the tools -------------------------------------------------------------------------------


def plugin(doc: Document) -> list[Person]:
    return find_people(doc)


def underthesea_people(doc: Document) -> list[Person]:
    """PER entities of ``underthesea.ner`` over each body block, as untitled people."""
    from underthesea import ner

    names: dict[str, None] = {}
    for block in doc.body_blocks:
        text = doc.text[block.start : block.end].strip()
        if not text:
            continue
        current: list[str] = []
        for word, _pos, _chunk, tag in [*ner(text), ("", "", "", "O")]:
            if tag == "B-PER" or (tag == "I-PER" and not current):
                if current:
                    names[" ".join(current)] = None
                current = [word]
            elif tag == "I-PER":
                current.append(word)
            else:
                if current:
                    names[" ".join(current)] = None
                current = []
    return [Person(name=" ".join(n.replace("_", " ").split())) for n in names]


# -- scoring ---------------------------------------------------------------------------------


@attrs.define
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    titles_gold: int = 0
    titles_found: int = 0
    country_ok: int = 0
    country_n: int = 0
    mentions_ok: int = 0
    mentions_n: int = 0
    errors: list[str] = attrs.field(factory=list)

    def f1(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(cases: Iterable[Case], tool: Callable[[Document], list[Person]]) -> Score:
    s = Score()
    for case in cases:
        found = {p.name: p for p in tool(case.document)}
        gold = {g["name"]: g for g in case.gold}
        s.tp += len(found.keys() & gold.keys())
        s.fp += len(found.keys() - gold.keys())
        s.fn += len(gold.keys() - found.keys())
        s.errors.extend(f"{case.name}: extra {n!r}" for n in found.keys() - gold.keys())
        s.errors.extend(f"{case.name}: missed {n!r}" for n in gold.keys() - found.keys())
        for name, want in gold.items():
            s.titles_gold += len(want["titles"])
            person = found.get(name)
            if person is None:
                continue
            s.titles_found += sum(1 for t in want["titles"] if t in person.titles)
            s.country_n += 1
            s.country_ok += person.country == want["country"]
            if "mention_count" in want:
                s.mentions_n += 1
                named = [m for m in person.mentions if case.document.quote(m) == name]
                s.mentions_ok += len(named) == want["mention_count"]
    return s


def ms_per_case(cases: list[Case], tool: Callable[[Document], list[Person]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for case in cases:
            tool(case.document)
        best = min(best, time.perf_counter() - started)
    return best * 1000 / max(1, len(cases))


def report(label: str, s: Score) -> None:
    p, r, f = s.f1()
    title_recall = s.titles_found / s.titles_gold if s.titles_gold else 0.0
    country = s.country_ok / s.country_n if s.country_n else 0.0
    print(
        f"  {label:<12} names P {p:.3f} R {r:.3f} F1 {f:.3f} | title recall {title_recall:.3f}"
        f" | country {country:.3f}"
        + (f" | mention counts {s.mentions_ok}/{s.mentions_n}" if s.mentions_n else "")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="timing runs for the plugin")
    parser.add_argument("--no-baseline", action="store_true", help="skip underthesea NER")
    parser.add_argument("--errors", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)

    seeds, sentences = seed_cases(), sentence_cases()
    everything = seeds + sentences
    plugin(seeds[0].document)  # compile the lexicon outside the timing
    print(f"titles benchmark: {len(seeds)} seed articles, {len(sentences)} sentences")
    results = {"plugin": score(everything, plugin)}
    timing = {
        "plugin": (
            ms_per_case(seeds, plugin, args.repeat),
            ms_per_case(sentences, plugin, args.repeat),
        ),
    }
    if not args.no_baseline:
        underthesea_people(seeds[0].document)  # load the model outside the timing
        results["underthesea"] = score(everything, underthesea_people)
        timing["underthesea"] = (
            ms_per_case(seeds, underthesea_people, 1),
            ms_per_case(sentences, underthesea_people, 1),
        )
    for label, subset in (("seeds", seeds), ("sentences", sentences), ("all", everything)):
        print(f"{label}:")
        report("plugin", score(subset, plugin))
        if not args.no_baseline:
            report("underthesea", score(subset, underthesea_people))
    print("speed:")
    for label, (per_article, per_sentence) in timing.items():
        print(
            f"  {label:<12} {per_article:8.2f} ms per seed article  "
            f"{per_sentence:7.3f} ms per sentence"
        )
    if "underthesea" in timing:
        ratio = timing["underthesea"][0] / timing["plugin"][0]
        f_ours, f_base = results["plugin"].f1()[2], results["underthesea"].f1()[2]
        print(
            f"ratio: plugin is {ratio:.0f}x faster per article; name F1 {f_ours:.3f} vs "
            f"{f_base:.3f}"
        )
    if args.errors:
        for label, s in results.items():
            for line in s.errors:
                print(f"  [{label}] {line}")
    f = results["plugin"].f1()[2]
    ok = f >= 0.95 and timing["plugin"][0] <= 5.0
    s = results["plugin"]
    ok = ok and (s.titles_found / s.titles_gold if s.titles_gold else 0) >= 0.9
    print("targets (F1 >= 0.95, title recall >= 0.9, <= 5 ms/article):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
