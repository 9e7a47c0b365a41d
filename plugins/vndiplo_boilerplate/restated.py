"""How much of one paragraph another restates, word for word and in order.

A sapo is often the lead's own sentence, trimmed: "Đoàn X do ông Y dẫn đầu đã đến Z." above
"Nhận lời mời của W, ngày 5/3, đoàn X do ông Y dẫn đầu đã đến thủ đô Z, ...". Names alone
do not make a restatement (every paragraph of a meeting report repeats them), so the measure is
the longest common subsequence of words: the share of the short paragraph's words that the long
one says again in the same order.
"""

from __future__ import annotations

from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Line

__all__ = ["glued_twice", "opens_with_date_past_credit", "restated_share"]

#: Words of the longer paragraph that are compared (a lead restates its sapo early on).
_MAX_OTHER_WORDS: Final = 160


def restated_share(short: str, long: str, floor: float = 0.0) -> float:
    """The share (0..1) of ``short``'s words that ``long`` repeats in the same order.

    A share that cannot reach ``floor`` is returned as an upper bound, without the full count.
    """
    mine = _words(short)
    if not mine:
        return 0.0
    theirs = _words(long)[:_MAX_OTHER_WORDS]
    # Bit-parallel LCS length (Crochemore et al. 2001): one bit per word of ``theirs``, a few
    # integer operations per word of ``mine``.
    masks: dict[str, int] = {}
    for j, word in enumerate(theirs):
        masks[word] = masks.get(word, 0) | (1 << j)
    present = sum(1 for word in mine if word in masks)
    if present < floor * len(mine):
        return present / len(mine)  # an upper bound below the floor: no need to count
    full = (1 << len(theirs)) - 1
    row = full
    for word in mine:
        match = row & masks.get(word, 0)
        row = ((row + match) | (row - match)) & full
    return (len(theirs) - bin(row).count("1")) / len(mine)


def _words(text: str) -> list[str]:
    # Split on white space only: punctuation stays on its word ("muputo," and "muputo."
    # differ), which costs a few matches and keeps this a C-level split.
    return text.lower().split()


#: Shorter lines printed twice are labels and menus (see :func:`rules.is_menu`).
_MIN_GLUED_CHARS: Final = 60


def glued_twice(text: str) -> bool:
    """The paragraph is its own text twice with nothing between: a page's description printed
    against the summary it copies ("Trong năm qua, ... hợp tácTrong năm qua, ... hợp tác")."""
    half, odd = divmod(len(text), 2)
    return not odd and half >= _MIN_GLUED_CHARS and text[:half] == text[half:]


def opens_with_date_past_credit(lead: Line | None) -> bool:
    """The paragraph opens with a date phrase once its outlet credit is taken off."""
    if lead is None:
        return False
    split = rules.lead_credit(lead.text)
    return rules.opens_with_date(lead.lowered[split[1] if split is not None else 0 :])
