"""How much of one paragraph another restates, word for word and in order.

A sapo is often the lead's own sentence, trimmed: "Đoàn X do ông Y dẫn đầu đã đến Z." above
"Nhận lời mời của W, ngày 5/3, đoàn X do ông Y dẫn đầu đã đến thủ đô Z, ...". Names alone
do not make a restatement (every paragraph of a meeting report repeats them), so the measure is
the longest common subsequence of words: the share of the short paragraph's words that the long
one says again in the same order.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["restated_share"]

_WORD: Final = re.compile(r"[^\W_]+")
#: Words of the longer paragraph that are compared (a lead restates its sapo early on).
_MAX_OTHER_WORDS: Final = 160


def restated_share(short: str, long: str, floor: float = 0.0) -> float:
    """The share (0..1) of ``short``'s words that ``long`` repeats in the same order.

    A share that cannot reach ``floor`` is returned as an upper bound, without the full count.
    """
    mine = _WORD.findall(short.lower())
    if not mine:
        return 0.0
    theirs = _WORD.findall(long.lower())[:_MAX_OTHER_WORDS]
    shared = set(mine).intersection(theirs)
    # Only shared words can be in the common subsequence: dropping the rest keeps the table
    # small, and a short paragraph that shares few words is answered without it.
    a = [w for w in mine if w in shared]
    b = [w for w in theirs if w in shared]
    if not a or not b or len(a) < floor * len(mine):
        return len(a) / len(mine) if b else 0.0
    prev = [0] * (len(b) + 1)
    for word in a:
        cur = [0]
        for j, other in enumerate(b):
            cur.append(prev[j] + 1 if word == other else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] / len(mine)
