"""Score the corpus merge on real pages: merged-event precision/recall, person precision.

    python -m benchmarks.corpus quality      # score the dev pages whose text is present
    python -m benchmarks.corpus quality --split test   # only the blind pages (dev|test|all)
    python -m benchmarks.corpus missing      # pages without a local text: id, URL, query
    python -m benchmarks.corpus hash         # fill sha256 in gold.json from the local texts

``gold.json`` lists each page's URL, the search query that finds it, its publication date (as a
crawler knows it), the real-world ``meeting`` it reports and, across pages, which spelling is
which person. A page's ``split`` is ``dev`` (the default: pages without one) or ``test`` (blind
pages, annotated without running vndiplo on them). Texts are third parties' words: rebuilt into
``texts/`` (ignored by git) the way ``benchmarks/realpages/README.md`` says, and checked against
the committed sha256.

Scoring, by pairs as is usual for coreference: two pages are predicted together when the merged
records they are about are one (:func:`vndiplo.corpus.page_record.page_record`: the record of the
first two-sided report, or, when no other page reports that one, of another report or announced
event of the page that another page reports); precision and recall are over page pairs.
Person precision is over pairs of sightings (a spelling in an article) that the corpus resolves
to one person and whose spellings the gold names: the share that are one real person.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path
from typing import Any

import attrs

from benchmarks.realpages import canonical, sha256
from vndiplo import Runner
from vndiplo.corpus import CorpusStore
from vndiplo.corpus.page_record import page_record
from vndiplo.model import Document, Event, Span
from vndiplo.url_dates import date_from_url

ROOT = Path(__file__).resolve().parent
GOLD = ROOT / "gold.json"
TEXTS = ROOT / "texts"


def load_gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def present(gold: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Pages whose text is here and matches the committed hash (when there is one)."""
    out = []
    for page in gold["pages"]:
        path = TEXTS / f"{page['id']}.txt"
        if not path.exists():
            continue
        text = canonical(path.read_text(encoding="utf-8"))
        if page.get("sha256") and sha256(text) != page["sha256"]:
            print(f"sha256 differs, skipped: {page['id']}")
            continue
        out.append((page, text))
    return out


SPLITS = ("dev", "test", "all")


def in_split(
    pages: list[tuple[dict[str, Any], str]], split: str
) -> list[tuple[dict[str, Any], str]]:
    """The pages of one split (a page without ``split`` is dev); ``all`` keeps every page.

    Scoring only these pages counts only the pairs within them.
    """
    if split == "all":
        return pages
    return [(page, text) for page, text in pages if page.get("split", "dev") == split]


def _pair_scores(
    predicted: dict[str, str], gold: dict[str, str]
) -> tuple[float, float, int, list[tuple[str, str, str]]]:
    """Precision, recall, gold pairs, and the wrong pairs ("missed" or "wrongly merged")."""
    ids = sorted(gold)
    tp = fp = fn = 0
    wrong = []
    for a, b in itertools.combinations(ids, 2):
        same_pred = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        same_gold = gold[a] == gold[b]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
        if same_pred != same_gold:
            wrong.append(("missed" if same_gold else "wrongly merged", a, b))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp + fn, wrong


def gold_document(page: dict[str, Any], text: str, *, with_url: bool = True) -> Document:
    """The page with only its hand-annotated main event: the merge scored apart from extraction.

    Its publication date is the crawler's, else (``with_url``) a full date its URL states. Its
    trigger is the gold's (the words naming the act, which tell a tea from a welcome), empty
    where the gold gives none.
    """
    event = page["event"]
    first_line = text.split("\n", 1)[0]
    in_url = date_from_url(page["url"]) if with_url else None
    return Document(
        text=text,
        id=page["id"],
        url=page["url"],
        published=page["published"] or (in_url.date if in_url is not None else None),
        events=[
            Event(
                type=event["type"],
                trigger=event.get("trigger") or "",
                evidence=Span(0, len(first_line)),
                date=event["date"],
                location=event["location"],
                participants=event["participants"],
            )
        ],
    )


def score(
    pages: list[tuple[dict[str, Any], str]],
    people: dict[str, str],
    *,
    oracle: bool = False,
    urls: bool = True,
) -> dict[str, Any]:
    """Scores for the pipeline's output, or (``oracle``) for the gold events merged.

    The pipeline gets each page as a crawler has it: its text, its URL (whose path may state the
    publication date) and the date the crawler knows, when the gold has one. ``urls=False``
    withholds the URL from the pipeline (the corpus still stores it), and its date from the gold
    events, to see what URL dates add.
    """
    if oracle:
        docs = [gold_document(p, text, with_url=urls) for p, text in pages]
    else:
        runner = Runner()
        docs = [
            attrs.evolve(doc, url=p["url"])
            for p, doc in ((p, runner.run(_record(p, text, with_url=urls))) for p, text in pages)
        ]
    with CorpusStore() as store:
        store.add_many(docs)
        conn = store.conn
        predicted: dict[str, str] = {}
        seen: dict[str, str] = {}
        for doc in docs:
            main = page_record(conn, doc.id) if doc.id is not None else None
            if main is not None and doc.id is not None:
                predicted[doc.id] = main
            if doc.id is not None:
                seen[doc.id] = _main_source(conn, doc.id, main)
        # People as the corpus resolves them: an unmarked spelling through its alias.
        sightings = conn.execute(
            "SELECT coalesce(a.same_as, n.person_id) AS pid, n.name, n.document_id "
            "FROM person_names n LEFT JOIN person_aliases a ON a.person_id = n.person_id "
            "ORDER BY pid"
        ).fetchall()
    gold_events = {p["id"]: p["meeting"] for p, _t in pages}
    precision, recall, gold_pairs, wrong = _pair_scores(predicted, gold_events)
    same = judged = 0
    merged_spellings = set()
    by_person: dict[str, list[str]] = {}
    for person_id, name, _doc in sightings:
        by_person.setdefault(person_id, []).append(name)
    for names in by_person.values():
        for a, b in itertools.combinations(names, 2):
            if a in people and b in people:
                judged += 1
                same += people[a] == people[b]
                if a != b:
                    merged_spellings.add(tuple(sorted((a, b))))
    return {
        "pages": len(pages),
        "meetings": len(set(gold_events.values())),
        "gold_pairs": gold_pairs,
        "event_precision": precision,
        "event_recall": recall,
        "person_pairs": judged,
        "person_precision": same / judged if judged else 1.0,
        "merged_spellings": sorted(merged_spellings),
        "unmatched": sorted(i for i in gold_events if i not in predicted),
        "wrong_pairs": wrong,
        "main_sources": seen,
    }


def _record(page: dict[str, Any], text: str, *, with_url: bool) -> dict[str, Any]:
    record = {"id": page["id"], "text": text, "published": page["published"]}
    if with_url:
        record["url"] = page["url"]
    return record


def _main_source(conn: Any, doc_id: str, event_id: str | None) -> str:
    """What a page's main report says, for telling why a pair did not merge."""
    if event_id is None:
        people = conn.execute(
            "SELECT group_concat(DISTINCT name) FROM person_names WHERE document_id = ?",
            (doc_id,),
        ).fetchone()[0]
        return f"no reported event (body people: {people or 'none'})"
    row = conn.execute(
        "SELECT s.type, s.day, s.day_inferred, s.day_relative, s.location, "
        "(SELECT group_concat(p.name) FROM source_people p WHERE p.source_id = s.id) "
        "FROM sources s WHERE s.document_id = ? AND s.event_id = ? ORDER BY s.evidence_start",
        (doc_id, event_id),
    ).fetchone()
    if row is None:
        return f"announced only, in {event_id}"
    etype, day, inferred, relative, location, people = row
    how = " (page stamp)" if inferred else " (hôm nay...)" if relative else ""
    return f"{etype} {day}{how} at {location or '-'}; named: {people or 'none'}"


def main(action: str, argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m benchmarks.corpus {action}")
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default=None,
        help="pages to score (quality: dev unless asked, so that no run scores the blind pages "
        "by accident; missing and hash: all)",
    )
    args = parser.parse_args(argv or [])
    if args.split is None:
        args.split = "dev" if action == "quality" else "all"
    gold = load_gold()
    if action == "missing":
        for page in gold["pages"]:
            if not (TEXTS / f"{page['id']}.txt").exists():
                print(f"{page['id']}\t{page['url']}\t{page['query']}")
        return 0
    if action == "hash":
        for page in gold["pages"]:
            path = TEXTS / f"{page['id']}.txt"
            if path.exists() and not page.get("sha256"):
                page["sha256"] = sha256(path.read_text(encoding="utf-8"))
        GOLD.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    pages = in_split(present(gold), args.split)
    if not pages:
        print(
            f"no page texts present in split {args.split}: "
            "see `python -m benchmarks.corpus missing`"
        )
        return 1
    runs = (
        ("gold events merged, no URL dates", True, False),
        ("gold events merged", True, True),
        ("pipeline end to end, URL not given (no URL dates)", False, False),
        ("pipeline end to end", False, True),
    )
    for label, oracle, urls in runs:
        print(f"== {label}")
        _report(score(pages, gold["people"], oracle=oracle, urls=urls), brief=not urls)
    return 0


def _report(result: dict[str, Any], *, brief: bool = False) -> None:
    print(
        f"pages {result['pages']} meetings {result['meetings']} gold pairs {result['gold_pairs']}"
    )
    print(f"merged-event precision {result['event_precision']:.3f}")
    print(f"merged-event recall    {result['event_recall']:.3f}")
    print(
        f"person precision       {result['person_precision']:.3f} "
        f"({result['person_pairs']} judged pairs)"
    )
    if brief:
        return
    for a, b in result["merged_spellings"]:
        print(f"  merged spellings: {a} = {b}")
    if result["unmatched"]:
        print("pages without a reported event: " + ", ".join(result["unmatched"]))
    for what, a, b in result["wrong_pairs"]:
        print(f"  {what}: {a} / {b}")
        for page in (a, b):
            print(f"    {page}: {result['main_sources'].get(page)}")
