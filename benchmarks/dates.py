"""Dates benchmark: the dates plugin against ``dateparser.search.search_dates``.

    python -m benchmarks.dates              # seeds + 300 generated sentences
    python -m benchmarks.dates --phrases 1000 --repeat 50

Both tools read the same texts with the same reference date (dateparser through
``settings={'RELATIVE_BASE': ...}``, ``languages=['vi']``):

* the bodies of the seed articles (``seeds/*.txt``), scored against the ``dates`` of
  ``seeds/*.gold.json``. The body is the gold's first-to-last body line, less photo captions
  (lines under 80 characters, lines that repeat a neighbour's opening, "ảnh N" lines and the
  line after them), so that no tool is charged for text the gold leaves out. Articles without a
  page date give dateparser the gold main event's date; the plugin infers its own;
* generated sentences from diplomatic news, one phrase each, with its value known by
  construction (rendered by :mod:`vndiplo_dates.render`, seeded, so every run is the same).

A prediction matches a gold expression when their spans overlap (one-to-one, in text order);
``exact`` also needs the same value. dateparser returns a datetime, so it is scored at the gold's
precision (day, month or year) and never gets spans or year-less values right.
Speed is the time to read all the texts, best of ``--repeat`` runs for the plugin.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs
from vndiplo_dates import find_dates, vndiplo_reference_date
from vndiplo_dates.normalise import AHEAD_DAYS
from vndiplo_dates.parse import scan
from vndiplo_dates.render import (
    render_date,
    render_datetime,
    render_month,
    render_relative,
    render_span,
    render_year,
)

from vndiplo import Document, TimeExpression
from vndiplo.testing.gold import gold_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: 1-based caption lines inside each seed's body span (shared test data).
CAPTIONS = json.loads((ROOT / "tests/data/titles/seed_bodies.json").read_text(encoding="utf-8"))


@attrs.frozen
class Gold:
    start: int
    end: int
    value: str
    kind: str


@attrs.frozen
class Case:
    name: str
    document: Document
    reference: dt.date  # what dateparser gets as RELATIVE_BASE
    gold: tuple[Gold, ...]


Prediction = tuple[int, int, Any]  # start, end, value (str for us, datetime for dateparser)


# -- the cases -------------------------------------------------------------------------------


def seed_cases(folder: Path = SEEDS) -> list[Case]:
    """The seed articles' bodies and their gold dates."""
    cases = []
    for path in sorted(folder.glob("*.txt")):
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text("utf-8"))
        text = path.read_text(encoding="utf-8")
        body = gold_document(text, gold, skip_lines=CAPTIONS[path.stem])
        blocks = [b for b in body.blocks if b.kind == "body"]
        cursor = blocks[0].start
        found = []
        for item in gold["dates"]:
            start = text.index(item["text"], cursor)
            cursor = start + len(item["text"])
            found.append(Gold(start, cursor, item["value"], item["kind"]))
        published = gold.get("published")
        document = Document(
            text,
            id=path.stem,
            published=published,
            published_source="page" if published else None,
            blocks=blocks,
        )
        main = (gold.get("main_event") or {}).get("date")
        reference = dt.date.fromisoformat(published or main)
        cases.append(Case(path.stem, document, reference, tuple(found)))
    return cases


_FRAMES = (
    "{P}, tại {place}, {host} đã tiếp {guest}.",
    "{host} đã hội đàm với {guest} {p} tại {place}.",
    "Theo {outlet}, {p}, {host} đã điện đàm với {guest}.",
    "{host} thăm chính thức {place} ({p}) theo lời mời của {guest}.",
    "Phát biểu tại buổi gặp {p}, {guest} đánh giá cao vai trò của {host}.",
    "Hai bên nhất trí tổ chức đối thoại chiến lược {p}, {outlet} cho biết.",
    "{host} và {guest} đã ký kết bản ghi nhớ hợp tác {p}.",
)
_HOSTS = (
    "Tổng Bí thư Tô Lâm",
    "Chủ tịch nước Lương Cường",
    "Thủ tướng Phạm Minh Chính",
    "Chủ tịch Quốc hội Trần Thanh Mẫn",
    "Phó Thủ tướng Bùi Thanh Sơn",
    "Thứ trưởng Ngoại giao Đặng Hoàng Giang",
)
_GUESTS = (
    "Thủ tướng Nhật Bản Ishiba Shigeru",
    "Tổng thống Hàn Quốc Lee Jae-myung",
    "Ngoại trưởng Mỹ Marco Rubio",
    "Thủ tướng Australia Anthony Albanese",
    "Tổng thống Indonesia Prabowo Subianto",
    "Bí thư Tỉnh ủy Vân Nam Vương Ninh",
    "Thủ tướng Campuchia Hun Manet",
)
_PLACES = ("Hà Nội", "Phủ Chủ tịch", "Nhà Quốc hội", "Tokyo", "Seoul", "Canberra", "Jakarta")
_OUTLETS = ("TTXVN", "Báo Quốc tế", "VnExpress", "Nhân Dân", "VOV", "Tuổi Trẻ")
_PODS = (None, None, "morning", "noon", "afternoon", "evening", "night")


def _phrase(rng: random.Random, ref: dt.date) -> tuple[str, str, str]:
    """One phrase, its value and kind, drawn around ``ref``."""
    # Year-less days lean to the past (AHEAD_DAYS forward at most); year-less months are near.
    near = ref + dt.timedelta(days=rng.randint(-120, 120))
    reported = ref + dt.timedelta(days=rng.randint(-300, AHEAD_DAYS - 5))  # spans end <= 5 later
    kind = rng.choice(("date", "date", "date", "datetime", "month", "year", "span", "relative"))
    if kind == "date":
        with_year = rng.random() < 0.5
        style = rng.choice(("slash", "padded", "dash", "dot", "written"))
        pod = rng.choice(_PODS)
        prefix = rng.choice(("", "ngày"))
        if not with_year and not pod and style not in ("slash", "padded"):
            prefix = "ngày"
        phrase = render_date(reported, style=style, year=with_year, prefix=prefix, part_of_day=pod)
        return phrase, reported.isoformat(), "date"
    if kind == "datetime":
        moment = dt.datetime.combine(reported, dt.time(rng.randint(6, 22), rng.choice((0, 15, 30))))
        time_first = rng.random() < 0.6
        phrase = render_datetime(
            moment,
            time_first=time_first,
            time_style=rng.choice(("gio", "h", "colon")) if time_first else "colon",
            year=rng.random() < 0.5,
        )
        return phrase, moment.strftime("%Y-%m-%dT%H:%M"), "datetime"
    if kind == "month":
        with_year = rng.random() < 0.6
        qualifier = rng.choice(("", "", "đầu", "cuối"))
        phrase = render_month(near.month, near.year if with_year else None, qualifier=qualifier)
        return phrase, f"{near.year:04d}-{near.month:02d}", "month"
    if kind == "year":
        year = rng.randint(1990, 2035)
        style = rng.choice(("nam", "nam", "xuan"))
        return (
            render_year(year, style=style, qualifier=rng.choice(("", "đầu", "cuối"))),
            str(year),
            "year",
        )
    if kind == "span":
        end = reported + dt.timedelta(days=rng.randint(1, 5))
        style = rng.choice(("dash", "compact", "range", "full"))
        phrase = render_span(reported, end, style=style, dash=rng.choice(("-", "–")))
        return phrase, f"{reported.isoformat()}/{end.isoformat()}", "span"
    offset = rng.choice((0, -1, 1))
    return (
        render_relative(offset, rng.choice(_PODS)),
        (ref + dt.timedelta(days=offset)).isoformat(),
        "date",
    )


def generated_cases(count: int, seed: int = 20250218) -> list[Case]:
    """``count`` sentences, each with one phrase of known value, and a reference date."""
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        ref = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 4000))
        phrase, value, kind = _phrase(rng, ref)
        frame = rng.choice(_FRAMES)
        fields = {
            "host": rng.choice(_HOSTS),
            "guest": rng.choice(_GUESTS),
            "place": rng.choice(_PLACES),
            "outlet": rng.choice(_OUTLETS),
        }
        shown = phrase[:1].upper() + phrase[1:] if "{P}" in frame else phrase
        text = frame.replace("{P}", "\0").replace("{p}", "\0").format(**fields)
        start = text.index("\0")
        text = text.replace("\0", shown)
        gold = (Gold(start, start + len(shown), value, kind),)
        document = Document(text, id=f"gen{i}", published=ref, published_source="caller")
        cases.append(Case(f"gen{i}", document, ref, gold))
    return cases


# -- the tools -------------------------------------------------------------------------------


def plugin_read(case: Case) -> list[Prediction]:
    """The dates plugin as the pipeline runs it: reference inference, then find_dates."""
    doc = case.document
    if doc.published is None:
        ref = vndiplo_reference_date(doc, None)  # type: ignore[arg-type]
        if ref is not None:
            doc = attrs.evolve(doc, published=ref.value, published_source=ref.source)
    found: list[TimeExpression] = find_dates(doc)
    return [(d.start, d.end, d.value) for d in found]


def _body_segments(case: Case) -> list[tuple[int, str]]:
    text = case.document.text
    return [(b.start, text[b.start : b.end]) for b in case.document.body_blocks]


def dateparser_read(case: Case) -> list[Prediction]:
    """``search_dates`` over each body block, its substrings located back in the text."""
    from dateparser.search import search_dates

    base = dt.datetime.combine(case.reference, dt.time())
    out: list[Prediction] = []
    for offset, segment in _body_segments(case):
        results = search_dates(segment, languages=["vi"], settings={"RELATIVE_BASE": base}) or []
        cursor = 0
        for substring, moment in results:
            at = segment.find(substring, cursor)
            if at < 0:
                continue
            cursor = at + len(substring)
            out.append((offset + at, offset + cursor, moment))
    return out


def _same_value(predicted: Any, gold: Gold) -> bool:
    if isinstance(predicted, str):
        return predicted == gold.value
    if not isinstance(predicted, dt.datetime) or gold.kind == "span" or gold.value.startswith("-"):
        return False
    shown = {
        "datetime": predicted.strftime("%Y-%m-%dT%H:%M"),
        "date": predicted.date().isoformat(),
        "month": predicted.strftime("%Y-%m"),
        "year": f"{predicted.year:04d}",
    }
    return shown.get(gold.kind) == gold.value


def score(cases: Iterable[Case], read: Callable[[Case], list[Prediction]]) -> dict[str, float]:
    predicted = matched = exact = gold_count = 0
    for case in cases:
        predictions = read(case)
        predicted += len(predictions)
        gold_count += len(case.gold)
        used: set[int] = set()
        for gold in case.gold:
            for i, (start, end, value) in enumerate(predictions):
                if i not in used and start < gold.end and gold.start < end:
                    used.add(i)
                    matched += 1
                    exact += _same_value(value, gold)
                    break
    return {
        "gold": gold_count,
        "predicted": predicted,
        "precision": matched / predicted if predicted else 0.0,
        "recall": matched / gold_count if gold_count else 0.0,
        "exact_precision": exact / predicted if predicted else 0.0,
        "exact_recall": exact / gold_count if gold_count else 0.0,
    }


def timed(cases: list[Case], read: Callable[[Case], list[Prediction]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        # a fresh Document (and text object) each run: no normalised view or scan is reused
        fresh = [
            attrs.evolve(c, document=attrs.evolve(c.document, text=(c.document.text + ".")[:-1]))
            for c in cases
        ]
        scan.cache_clear()
        started = time.perf_counter()
        for case in fresh:
            read(case)
        best = min(best, time.perf_counter() - started)
    return best


# -- the report ------------------------------------------------------------------------------


def _prepare(case: Case) -> list[Prediction]:
    case.document.normalized  # noqa: B018 - the cost every plugin shares
    return []


def _row(name: str, metrics: dict[str, float]) -> str:
    return (
        f"{name:<26} {metrics['gold']:>5.0f} {metrics['predicted']:>5.0f} "
        f"{metrics['precision']:>6.3f} {metrics['recall']:>6.3f} "
        f"{metrics['exact_precision']:>8.3f} {metrics['exact_recall']:>8.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phrases", type=int, default=300, help="generated sentences (>= 200)")
    parser.add_argument("--repeat", type=int, default=20, help="timing runs for the plugin")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the baseline")
    args = parser.parse_args(argv)

    seeds, generated = seed_cases(), generated_cases(args.phrases)
    sets = {"seeds": seeds, "generated": generated, "all": seeds + generated}
    tools: dict[str, Callable[[Case], list[Prediction]]] = {"vndiplo dates": plugin_read}
    if not args.no_dateparser:
        try:
            import dateparser  # noqa: F401
        except ImportError:
            print("dateparser is not installed (pip install 'vndiplo[bench]'); skipping it")
        else:
            warnings.filterwarnings("ignore")
            tools["dateparser"] = dateparser_read

    print(f"{len(seeds)} seed bodies, {len(generated)} generated sentences\n")
    header = f"{'tool / set':<26} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'exact P':>8}"
    header += f" {'exact R':>8}"
    print(header)
    print("-" * len(header))
    for tool, read in tools.items():
        for name, cases in sets.items():
            print(_row(f"{tool} / {name}", score(cases, read)))
    print()
    print(
        f"{'speed, ms per text':<26} {'plugin':>9} {'(text prep)':>12}"
        f" {'dateparser':>11} {'ratio':>7}"
    )
    for name, cases in sets.items():
        ours = timed(cases, plugin_read, args.repeat) / len(cases) * 1e3
        prep = timed(cases, _prepare, args.repeat) / len(cases) * 1e3
        line = f"{name:<26} {ours:>9.3f} {prep:>12.3f}"
        if "dateparser" in tools:
            theirs = timed(cases, dateparser_read, 1) / len(cases) * 1e3
            line += f" {theirs:>11.2f} {theirs / ours:>6.0f}x"
        print(line)
    print("(text prep: the document's normalised view, shared by all plugins, included in plugin)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
