"""Boilerplate removal: this plugin against jusText on the same lines, with throughput.

Run from the repository root::

    python -m benchmarks.boilerplate [--repeat N]

Data: the five seeds (``seeds/*.txt``) and the hand-written pages under
``tests/data/boilerplate/pages``, each with per-line gold labels (see the README there).
Each non-blank line is one unit. *Body recall* is the share of gold ``body`` lines kept;
*removal* is the share of all other lines (title, byline, dateline, caption, boilerplate)
dropped; *boilerplate removal* counts only lines labelled ``boilerplate``. jusText gets the same
lines, each wrapped in ``<p>``, with its Vietnamese stop list. Throughput is documents per CPU
second (one core): the table builds a fresh :class:`vndiplo.Document` per call, so the core's
normalisation is included; the line below it times the clean hook alone.
"""

from __future__ import annotations

import argparse
import html
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "boilerplate"

Page = tuple[str, str, dict[int, str]]  # name, text, {line_number: gold kind}


def labelled_pages(data: Path = DATA) -> Iterator[Page]:
    """The seeds and the hand-written pages with their gold labels, seeds first."""
    from vndiplo_boilerplate.evaluation import labelled_pages as pages

    return pages(data, ROOT)


def plugin_cleaner() -> Callable[[str], dict[int, bool]]:
    """``text -> {line_number: kept}`` with the boilerplate plugin alone in a runner."""
    import vndiplo_boilerplate as plugin
    from vndiplo_boilerplate.evaluation import line_kinds

    from vndiplo import Document, Runner

    context = Runner(["vndiplo_boilerplate"], autoload=False).context

    def clean(text: str) -> dict[int, bool]:
        blocks = plugin.vndiplo_clean(Document(text), context)
        return {n: kind == "body" for n, kind in line_kinds(text, blocks).items()}

    return clean


def plugin_labels(text: str) -> dict[int, str]:
    import vndiplo_boilerplate as plugin
    from vndiplo_boilerplate.evaluation import line_kinds

    from vndiplo import Document

    return line_kinds(text, plugin.clean_text(Document(text).normalized))


def justext_cleaner() -> Callable[[str], dict[int, bool]] | None:
    """``text -> {line_number: kept}`` with jusText, one ``<p>`` per non-blank line."""
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext.get_stoplist("Vietnamese")

    def clean(text: str) -> dict[int, bool]:
        numbers = [n for n, line in enumerate(text.split("\n"), 1) if line.strip()]
        body = "".join(f"<p>{html.escape(text.split(chr(10))[n - 1].strip())}</p>" for n in numbers)
        paragraphs = justext.justext(f"<html><body>{body}</body></html>", stoplist)
        if len(paragraphs) != len(numbers):  # jusText merged or dropped one: match by text
            kept_texts = {p.text.strip() for p in paragraphs if not p.is_boilerplate}
            lines = text.split("\n")
            return {n: " ".join(lines[n - 1].split()) in kept_texts for n in numbers}
        return {n: not p.is_boilerplate for n, p in zip(numbers, paragraphs, strict=True)}

    return clean


def score(clean: Callable[[str], dict[int, bool]], pages: list[Page]) -> dict[str, float]:
    body = body_kept = other = other_dropped = boiler = boiler_dropped = 0
    for _name, text, gold in pages:
        kept = clean(text)
        for number, kind in gold.items():
            is_kept = kept.get(number, False)
            if kind == "body":
                body += 1
                body_kept += is_kept
            else:
                other += 1
                other_dropped += not is_kept
                if kind == "boilerplate":
                    boiler += 1
                    boiler_dropped += not is_kept
    return {
        "body_recall": body_kept / body,
        "removal": other_dropped / other,
        "boilerplate_removal": boiler_dropped / boiler,
        "body_lines": body,
        "other_lines": other,
    }


def throughput(clean: Callable[[Any], Any], texts: list[Any], seconds: float) -> float:
    """Documents per CPU second of this process (one core), cleaning ``texts`` round-robin."""
    for text in texts:  # warm caches (compiled lexicon, regexes)
        clean(text)
    done = 0
    started = time.process_time()
    while True:
        for text in texts:
            clean(text)
        done += len(texts)
        elapsed = time.process_time() - started
        if elapsed >= seconds:
            return done / elapsed


def clean_only_throughput(texts: list[str], seconds: float) -> float:
    """Documents per CPU second for the clean hook alone, on documents whose normalised view
    (built once per document by the core and shared by every plugin) already exists."""
    import vndiplo_boilerplate as plugin

    from vndiplo import Document, Runner

    context = Runner(["vndiplo_boilerplate"], autoload=False).context
    documents = [Document(text) for text in texts]
    for doc in documents:
        doc.normalized  # noqa: B018 - build the shared view outside the timing
    return throughput(lambda doc: plugin.vndiplo_clean(doc, context), documents, seconds)


def label_accuracy(pages: list[Page]) -> float:
    right = total = 0
    for _name, text, gold in pages:
        predicted = plugin_labels(text)
        for number, kind in gold.items():
            total += 1
            right += predicted.get(number) == kind
    return right / total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per throughput run")
    args = parser.parse_args(argv)
    pages = list(labelled_pages())
    texts = [text for _name, text, _gold in pages]
    cleaners = {"vndiplo boilerplate": plugin_cleaner(), "jusText": justext_cleaner()}
    rows = {}
    for name, clean in cleaners.items():
        if clean is None:
            print(f"{name}: not installed (pip install 'vndiplo[bench]')")
            continue
        rows[name] = {**score(clean, pages), "docs_per_s": throughput(clean, texts, args.seconds)}
    first = next(iter(rows.values()))
    print(
        f"{len(pages)} pages ({sum(n[0].isdigit() for n, _t, _g in pages)} seeds), "
        f"{first['body_lines']:.0f} body lines, {first['other_lines']:.0f} other lines"
    )
    print(
        f"{'cleaner':<22}{'body kept':>11}{'non-body dropped':>18}{'boilerplate dropped':>21}"
        f"{'docs/s':>10}"
    )
    for name, row in rows.items():
        print(
            f"{name:<22}{row['body_recall']:>11.1%}{row['removal']:>18.1%}"
            f"{row['boilerplate_removal']:>21.1%}{row['docs_per_s']:>10.0f}"
        )
    if len(rows) == 2:
        ours, theirs = rows["vndiplo boilerplate"], rows["jusText"]
        print(
            "ratio (plugin / jusText): "
            f"body kept x{ours['body_recall'] / max(theirs['body_recall'], 1e-9):.2f}, "
            f"non-body dropped x{ours['removal'] / max(theirs['removal'], 1e-9):.2f}, "
            f"speed x{ours['docs_per_s'] / max(theirs['docs_per_s'], 1e-9):.1f}"
        )
    print(
        "plugin clean hook alone (normalised view already built): "
        f"{clean_only_throughput(texts, args.seconds):.0f} docs/s"
    )
    print(f"plugin per-line label accuracy (6 kinds): {label_accuracy(pages):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
