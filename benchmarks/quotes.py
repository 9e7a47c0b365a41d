"""Find real-page words copied into committed files: ``python -m benchmarks.realpages quotes``.

The page texts under ``benchmarks/realpages/texts/`` and ``benchmarks/corpus_gold/texts/`` are
third parties' words and must never reach the repository. This check lists every run of ``n``
words (default 7) that a committed file under ``src/``, ``plugins/``, ``tests/`` or ``docs/``
shares with a local page text. It prints the committed side (``file:line`` and the shared words
as the committed file writes them) and only the *id* of the page, never more page text. Words
that the project's own ``seeds/*.txt`` also hold are allowed (the seeds came with the project).

``--stock K`` (default 3): a run that ``K`` or more different page texts hold word for word is a
set phrase (a title chain, a diplomatic formula, an institution's name) that any writer words the
same way; it is not listed, only counted. ``--min N`` lists only runs of at least ``N`` words.

Local only: the page texts are not in CI, so CI would always compare against nothing.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

from vndiplo.testing.gold import canonical_text

REPO = Path(__file__).resolve().parent.parent
PAGE_FOLDERS = (
    REPO / "benchmarks" / "realpages" / "texts",
    REPO / "benchmarks" / "corpus_gold" / "texts",
)
COMMITTED_DIRS = ("src", "plugins", "tests", "docs")
SEEDS = REPO / "seeds"
TEXT_SUFFIXES = (".py", ".md", ".txt", ".json", ".toml", ".yaml", ".yml", ".cfg", ".rst")

# A word: letters and digits (Vietnamese diacritics are \w in NFC), so punctuation, quotes of
# Python string literals and line breaks between literals do not hide a copied sentence.
_WORD = re.compile(r"\w+")

Shingle = tuple[str, ...]


def words(text: str) -> list[tuple[str, int]]:
    """``(word, line number)`` of each word of ``text`` in canonical, lower-cased form."""
    text = canonical_text(text).lower()
    found: list[tuple[str, int]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        found.extend((match.group(0), number) for match in _WORD.finditer(line))
    return found


def shingles(tokens: list[str], n: int) -> Iterator[Shingle]:
    return (tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


class PageIndex:
    """Each page text as words, and each shingle -> the ids of the pages holding it."""

    def __init__(self, folders: Iterable[Path], n: int, skip: frozenset[str] = frozenset()) -> None:
        self.n = n
        self.shingle_pages: dict[Shingle, set[str]] = {}
        # " w1 w2 ... " per page, to test whether a whole run occurs in it word for word.
        self.page_words: dict[str, str] = {}
        for folder in folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.txt")):
                if path.stem in skip:
                    continue
                tokens = [word for word, _ in words(path.read_text(encoding="utf-8"))]
                self.page_words[path.stem] = f" {' '.join(tokens)} "
                for shingle in set(shingles(tokens, n)):
                    self.shingle_pages.setdefault(shingle, set()).add(path.stem)

    def __len__(self) -> int:
        return len(self.page_words)

    def pages_with_run(self, run: str) -> set[str]:
        """The pages holding the whole run (words joined by single spaces) word for word."""
        tokens = run.split()
        candidates: set[str] | None = None
        for shingle in shingles(tokens, self.n):
            pages = self.shingle_pages.get(shingle, set())
            candidates = set(pages) if candidates is None else candidates & pages
            if not candidates:
                return set()
        needle = f" {run} "
        return {page for page in candidates or () if needle in self.page_words[page]}


def seed_shingles(n: int) -> set[Shingle]:
    allowed: set[Shingle] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        allowed.update(shingles([w for w, _ in words(path.read_text(encoding="utf-8"))], n))
    return allowed


def committed_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", *COMMITTED_DIRS], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    return [REPO / name for name in listed if name.endswith(TEXT_SUFFIXES)]


def hits_in(path: Path, index: PageIndex, allowed: set[Shingle]) -> list[tuple[int, str, set[str]]]:
    """Runs of shared shingles in one file: ``(line, shared words, page ids)`` per run, the
    words being those of the committed file (overlapping shingles merge into one run)."""
    n = index.n
    found = words(path.read_text(encoding="utf-8", errors="replace"))
    tokens = [word for word, _ in found]
    runs: list[tuple[int, str, set[str]]] = []
    run_start, run_end, pages = -1, -1, set[str]()
    for i, shingle in enumerate(shingles(tokens, n)):
        holders = index.shingle_pages.get(shingle)
        if holders is None or shingle in allowed:
            continue
        if i <= run_end:
            run_end, pages = i + n, pages | holders
            continue
        if run_start >= 0:
            runs.append((found[run_start][1], " ".join(tokens[run_start:run_end]), pages))
        run_start, run_end, pages = i, i + n, set(holders)
    if run_start >= 0:
        runs.append((found[run_start][1], " ".join(tokens[run_start:run_end]), pages))
    return runs


def cmd_quotes(
    n: int = 7, stock: int = 3, minimum: int = 0, skip: frozenset[str] = frozenset()
) -> int:
    """List the shared runs of at least ``max(n, minimum)`` words that fewer than ``stock``
    page texts hold whole; exit 1 when one is listed. Pages in ``skip`` (the blind test
    splits, by default) are not compared: the listing would name them."""
    index = PageIndex(PAGE_FOLDERS, n, skip)
    if len(index) == 0:
        print("quotes: 0 page texts present here; nothing to compare (exit 0)")
        return 0
    allowed = seed_shingles(n)
    files = committed_files()
    total = hidden = short = 0
    for path in files:
        for line, shared, pages in hits_in(path, index, allowed):
            if len(shared.split()) < minimum:
                short += 1
                continue
            if stock > 0 and len(index.pages_with_run(shared)) >= stock:
                hidden += 1
                continue
            total += 1
            print(f"{path.relative_to(REPO)}:{line}: [{', '.join(sorted(pages))}] {shared}")
    print(
        f"quotes: {total} shared run(s) of >= {max(n, minimum)} words between {len(files)} "
        f"committed files and {len(index)} page texts; "
        + (
            f"{hidden} hidden as set phrases (whole run in >= {stock} page texts)"
            if stock > 0
            else "--stock 0: no set phrase hidden"
        )
        + f", {short} shorter than --min {minimum}"
    )
    return 1 if total else 0
