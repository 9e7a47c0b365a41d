"""Statement benchmark: who said what, scored against hand-annotated gold.

    python -m benchmarks.statements                      # seeds and dev
    python -m benchmarks.statements --split seeds --verbose
    python -m benchmarks.statements --split dev --verbose

Gold: ``seeds/statements/<id>.json`` (the five seeds) and
``benchmarks/realpages/statements/<id>.json`` (real pages of the dev split; their texts live in
``benchmarks/realpages/texts/`` and are not committed). One file per page::

    {"id": ..., "statements": [{"speaker", "verb", "start_words", "end_words"}, ...]}

in text order, body only. ``start_words`` / ``end_words`` are the first / last words of the
statement's content exactly as written; the content span runs from the first occurrence of
``start_words`` (searched from the body's first line, then from just after the previous
statement's start) to the end of the first occurrence of ``end_words`` at or after it.

Annotation conventions (written by reading each text sentence by sentence, never by running
vndiplo):

* Reporting verbs annotated: the plugin's lexicon (đề nghị, khẳng định, nhấn mạnh, bày tỏ, cảm
  ơn / cám ơn, mong muốn, đánh giá cao, hoan nghênh, đề xuất, chúc mừng, tin tưởng, cam kết, nhất
  trí, kêu gọi) plus other verbs of saying: cho biết, cho hay, cho rằng, đánh giá, chia sẻ (= tell),
  nêu / nêu rõ. A verb used as a noun ("lời cảm ơn", "thông điệp chúc mừng", "với mong muốn", "một
  số đề xuất") is no statement; "chào mừng", "tán thành", "ghi nhận", "trao đổi", "vui mừng nhận
  thấy" are not annotated.
* One statement per reporting verb. Verbs coordinated by "và" over one shared complement
  ("cảm ơn và đánh giá cao X", "bày tỏ vui mừng và đánh giá cao X", "bày tỏ tin tưởng X",
  "nhất trí cho rằng X") are one statement with the first verb; its content is X. A reporting
  verb inside another statement's content whose subject is that content's subject ("khẳng định
  Việt Nam coi trọng và mong muốn ...") is part of that content, not a statement of its own.
* Speaker: the subject of the reporting verb, resolved to the person's full name as in the
  page's people list when the text refers to them by title or pronoun ("Thủ tướng", "ông",
  "Ngài", "Bí thư Khu ủy Quảng Tây") and the referent is clear; a leading participle ("Nhấn
  mạnh X, A khẳng định ...", "Chúc mừng ..., Chủ tịch nước ...") and a subject-less continuation
  take that subject. "Nhất trí với đề xuất của X, Y đề nghị ..." is Y's. "hai bên", "hai nhà
  lãnh đạo", "hai Thủ tướng", "A và B" -> null (joint). An organisation, a place or an unnamed
  official ("Bộ Ngoại giao", "Quảng Tây mong muốn") -> null. A named person with unnamed
  companions ("Ông X và các Nghị sỹ") -> X. The fronted reception "Tiếp X, ..., Chủ tịch nước ..."
  is the host's.
* Content: from after the verb (and an optional "rằng", ":", "," or opening quote) to the end of
  its clause or sentence; it never swallows the next speaker's name nor the next coordinated
  predicate (", tán thành ...", "và mời ...", ", hoan nghênh ..."). A ";" that only separates
  items of one proposal or affirmation ("đề nghị A; B; C") does not end it. Outer quotes and the
  final full stop are not content. A statement cut off by the end of a stored excerpt ends
  where the text ends (cut-offs shorter than four words are not annotated). Captions are not
  body.

Scoring: the pipeline's statements of all events (deduplicated by span) are aligned one-to-one
with the gold by character overlap of the gold content span with the predicted ``[start, end)``
(greatest overlap first). Recall and precision count aligned statements; speaker accuracy is
over aligned pairs (normalised names, null == null); extent compares the gold content with the
predicted content (the predicted ``text``, i.e. ``[end - len(text), end)``), both trimmed of outer
white space, punctuation and quotes: exact match and mean character IoU.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import vndiplo
from benchmarks.realpages import canonical
from benchmarks.realpages import load as load_realpages
from benchmarks.scoring import norm, ratio
from vndiplo.testing.gold import locate_quotes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_GOLD = SEEDS / "statements"
DEV_GOLD = Path(__file__).resolve().parent / "realpages" / "statements"
SPLITS = ("seeds", "dev")
#: Trimmed from both ends of a content span before extents are compared.
OUTER = " \t\n,.;:!?…\"'“”‘’«»()-–—/"


class Page(NamedTuple):
    id: str
    text: str
    published: str | None
    body_start: int
    gold: list[dict[str, Any]]


class Span(NamedTuple):
    start: int
    end: int
    speaker: str | None
    verb: str


def locate(text: str, statements: Sequence[dict[str, Any]], body_start: int = 0) -> list[Span]:
    """Content spans of gold statements; raises ValueError when a quote is not in the text."""
    quotes = [(st["start_words"], st["end_words"]) for st in statements]
    spans = locate_quotes(text, quotes, body_start)
    pairs = zip(spans, statements, strict=True)
    return [Span(a, b, st["speaker"], st["verb"]) for (a, b), st in pairs]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without outer white space, punctuation and quotes."""
    while start < end and text[start] in OUTER:
        start += 1
    while end > start and text[end - 1] in OUTER:
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = _overlap(a, b)
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def _name(value: str | None) -> str | None:
    out = norm(value)
    return out.casefold() if out else None


def load_seeds() -> list[Page]:
    pages: list[Page] = []
    for path in sorted(SEED_GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        meta = json.loads((SEEDS / f"{gold['id']}.gold.json").read_text(encoding="utf-8"))
        text = (SEEDS / f"{gold['id']}.txt").read_text(encoding="utf-8")
        start = text.index(meta["body_first_line"])
        pages.append(Page(gold["id"], text, meta["published"], start, gold["statements"]))
    return pages


def load_dev() -> list[Page]:
    """Dev pages that have statement gold and a local text (canonical, as realpages scores)."""
    cases = {c.name: c for c in load_realpages("dev", quiet=True)}
    pages: list[Page] = []
    for path in sorted(DEV_GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        case = cases.get(gold["id"])
        if case is None:
            print(f"# {gold['id']}: no local text, skipped", file=sys.stderr)
            continue
        start = case.text.index(canonical(case.gold["body_first_line"]))
        pages.append(Page(case.name, case.text, case.published, start, gold["statements"]))
    return pages


def predicted(doc: vndiplo.Document) -> list[vndiplo.Statement]:
    """Statements of all events, each span once, in text order."""
    seen: dict[tuple[int, int], vndiplo.Statement] = {}
    for event in doc.events:
        for st in event.statements:
            seen.setdefault((st.start, st.end), st)
    return sorted(seen.values(), key=lambda s: (s.start, s.end))


def content_span(text: str, st: vndiplo.Statement) -> tuple[int, int]:
    """Where the predicted ``text`` (the complement) sits inside ``[start, end)``."""
    if st.text and text[st.end - len(st.text) : st.end] == st.text:
        return st.end - len(st.text), st.end
    at = text.find(st.text, st.start, st.end) if st.text else -1
    return (at, at + len(st.text)) if at >= 0 else (st.start, st.end)


def score_page(page: Page, doc: vndiplo.Document) -> tuple[dict[str, float], list[str]]:
    gold = locate(page.text, page.gold, page.body_start)
    pred = predicted(doc)
    pairs = sorted(
        (
            (_overlap((g.start, g.end), (p.start, p.end)), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
        ),
        reverse=True,
    )
    match: dict[int, int] = {}
    used: set[int] = set()
    for ov, gi, pi in pairs:
        if ov > 0 and gi not in match and pi not in used:
            match[gi] = pi
            used.add(pi)
    tally = {"gold": len(gold), "pred": len(pred), "aligned": len(match)}
    tally.update(speaker=0, exact=0, iou=0.0)
    misses: list[str] = []
    for gi, g in enumerate(gold):
        want = page.text[g.start : g.end]
        if gi not in match:
            misses.append(f"  MISSED  [{g.speaker} | {g.verb}] {want[:90]!r}")
            continue
        p = pred[match[gi]]
        gs, ps = trim(page.text, g.start, g.end), trim(page.text, *content_span(page.text, p))
        ok_speaker = _name(g.speaker) == _name(p.speaker)
        tally["speaker"] += ok_speaker
        tally["exact"] += gs == ps
        tally["iou"] += _iou(gs, ps)
        if not ok_speaker:
            misses.append(
                f"  SPEAKER want {g.speaker!r} got {p.speaker!r} [{p.verb}] {want[:70]!r}"
            )
        if gs != ps:
            got = page.text[ps[0] : ps[1]]
            misses.append(
                f"  EXTENT  [{g.verb}] IoU {_iou(gs, ps):.2f}\n"
                f"          want {_ends(page.text[gs[0] : gs[1]])}\n"
                f"          got  {_ends(got)}"
            )
    for pi, p in enumerate(pred):
        if pi not in used:
            misses.append(f"  SPURIOUS [{p.speaker} | {p.verb}] {p.text[:90]!r}")
    return tally, misses


def _ends(s: str, n: int = 45) -> str:
    return repr(s) if len(s) <= 2 * n + 5 else f"{s[:n]!r} ... {s[-n:]!r} ({len(s)} chars)"


def evaluate(pages: list[Page], *, verbose: bool = False) -> dict[str, float]:
    runner = vndiplo.Runner()
    total = {"gold": 0, "pred": 0, "aligned": 0, "speaker": 0, "exact": 0, "iou": 0.0}
    for page in pages:
        doc = runner.run({"id": page.id, "text": page.text, "published": page.published})
        tally, misses = score_page(page, doc)
        for k, v in tally.items():
            total[k] += v
        if verbose and misses:
            print(f"{page.id}:")
            print("\n".join(misses))
    aligned = total["aligned"]
    return {
        "pages": len(pages),
        "gold": total["gold"],
        "predicted": total["pred"],
        "recall": ratio(aligned, total["gold"]),
        "precision": ratio(aligned, total["pred"]),
        "speaker_accuracy": ratio(total["speaker"], aligned),
        "extent_exact": ratio(total["exact"], aligned),
        "extent_iou": ratio(total["iou"], aligned),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    for split in splits:
        pages = load_seeds() if split == "seeds" else load_dev()
        s = evaluate(pages, verbose=args.verbose)
        print(
            f"{split:<6} pages {int(s['pages']):>3}  gold {int(s['gold']):>3}  "
            f"predicted {int(s['predicted']):>3}  recall {s['recall']:.3f}  "
            f"precision {s['precision']:.3f}  speaker {s['speaker_accuracy']:.3f}  "
            f"extent exact {s['extent_exact']:.3f}  IoU {s['extent_iou']:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
