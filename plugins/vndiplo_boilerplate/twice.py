"""Body text printed twice: both copies are the article, as a reader of the page sees it.

Some pages print their article twice: every paragraph doubled in place (a mobile and a desktop
copy of each block: A A B B), or the whole text again below the first copy (A B C A B C, also
when the repeat starts a line or two after the lead). A line printed twice is otherwise a
caption (its alt text and its caption line), a teaser above the lead or the lead in both the sapo
and the lead slot, and one copy goes; here neither copy does.

What sets the article apart from those is that it is *several* paragraphs: a stretch of
consecutive paragraphs of the page in which every paragraph has its twin inside the stretch, at
least two different ones, each printed exactly twice, in the same order both times. A single
paragraph printed twice never qualifies, nor does a stretch with a paragraph printed once in its
middle (two captions doubled around the article's own paragraphs). The excerpt's cut-off last
line counts as the twin of the paragraph it was cut from (see :func:`lines.opened_earlier`).

A phrase of a paragraph printed again on a line of its own is a pull quote (see
:func:`quotes_the_article`): not body, but not the start of the page's tail either.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Final

from vndiplo_boilerplate.lines import Line, opened_earlier

__all__ = ["MIN_DISTINCT", "PULL_QUOTE_MIN_WORDS", "printed_twice", "quotes_the_article"]

#: Different paragraphs a stretch printed twice needs: one alone is a caption or a teaser.
MIN_DISTINCT: Final = 2
#: Words a pull quote needs: shorter phrases ("Hợp tác toàn diện") recur in any article.
PULL_QUOTE_MIN_WORDS: Final = 8


def quotes_the_article(line: Line, page_lowered: str, body_start: int) -> bool:
    """``line`` (prepared) is a pull quote: a phrase of the article's own text above it, set
    apart in large type. It is no paragraph of its own and no teaser of another article, so it
    neither joins the body nor ends it (the attribution line under it repeats a name)."""
    return (
        line.words >= PULL_QUOTE_MIN_WORDS
        and page_lowered.find(line.key, body_start, line.start) != -1
    )


def printed_twice(
    lines: Sequence[Line], start: int, is_prose: Callable[[int], bool], ready: Callable[[int], None]
) -> frozenset[int]:
    """Indices (from ``start`` on) of the paragraphs that belong to an article printed twice.

    ``is_prose`` tells a paragraph of the page from captions and widgets; ``ready`` prepares the
    lines up to an index. Only the lines between the first and the last raw text seen twice are
    prepared, so a page with no such text costs one dict pass over its raw lines.
    """
    last = len(lines) - 1
    if last - start < 2 * MIN_DISTINCT - 1:
        return frozenset()
    where: dict[str, int] = {}
    repeated: list[int] = []
    for k in range(start, len(lines)):
        text = lines[k].text
        first = where.setdefault(text, k)
        if first != k:
            repeated.append(first)
            repeated.append(k)
    cut_from = opened_earlier(lines, last)
    if cut_from is not None and cut_from >= start:
        repeated.extend((cut_from, last))
    if len(repeated) < 2 * MIN_DISTINCT:
        return frozenset()
    lo, hi = min(repeated), max(repeated)
    ready(hi + 1)
    prose = [k for k in range(lo, hi + 1) if is_prose(k) or (k == last and cut_from is not None)]
    keys = [lines[k].key for k in prose]
    if cut_from is not None and prose and prose[-1] == last:
        keys[-1] = lines[cut_from].key  # the cut-off copy stands for the paragraph it repeats
    return frozenset(_doubled(prose, keys))


def _doubled(prose: Sequence[int], keys: Sequence[str]) -> list[int]:
    """The indices of ``prose`` inside stretches that qualify (see the module docstring)."""
    count = Counter(keys)
    out: list[int] = []
    run_start = 0
    for pos in range(len(keys) + 1):
        if pos < len(keys) and count[keys[pos]] >= 2:
            continue
        if _same_twice(keys[run_start:pos]):
            out.extend(prose[run_start:pos])
        run_start = pos + 1
    return out


def _same_twice(run: Sequence[str]) -> bool:
    """Every paragraph of ``run`` is in it exactly twice, at least ``MIN_DISTINCT`` of them,
    in the same order both times."""
    count = Counter(run)
    if len(count) < MIN_DISTINCT or any(n != 2 for n in count.values()):
        return False
    firsts: list[str] = []
    seconds: list[str] = []
    met: set[str] = set()
    for key in run:
        (seconds if key in met else firsts).append(key)
        met.add(key)
    return firsts == seconds
