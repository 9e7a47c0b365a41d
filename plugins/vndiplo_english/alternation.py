"""One regex alternation from a word list, longest first, so "Prime Minister" beats "Minister"."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]


def alternation(phrases: Iterable[str]) -> str:
    """``a|b|c`` of the escaped phrases, longest first, a space matching one or more spaces."""
    words = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", " +") for w in words)
