"""Is a document's body written in English? A cheap test run before any English rule.

Vietnamese outlets publish English editions (VNA's en.vietnamplus.vn, VOV World, Vietnam News,
Nhân Dân English, SGGP English) and foreign outlets report the same meetings. Their pages run
through the same pipeline as Vietnamese pages; the English rules must fire on them only.

The test reads at most :data:`SAMPLE_CHARS` characters of the first body blocks and asks two
things, cheapest first:

1. Few non-ASCII characters. Vietnamese prose writes a marked letter in nearly every word, so
   well over a tenth of its characters are non-ASCII; English prose has almost none, even on
   pages that keep the marks on Vietnamese names ("Prime Minister Phạm Minh Chính", "HÀ NỘI").
   One C-level ``encode`` answers this, so a Vietnamese page costs a slice and an encode.
2. English function words ("the", "of", "and", "with" ...) make up a large share of the words.
   Unmarked Vietnamese (a telegraphic headline, a page stripped of marks) and ASCII noise
   (menus, codes) fail here.

A Vietnamese page quoting an English phrase ("khẩu hiệu 'Building the future together'") fails
test 1 on the surrounding Vietnamese, so it is left to the Vietnamese plugins.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Document

__all__ = [
    "FUNCTION_WORD_SHARE",
    "NON_ASCII_SHARE",
    "SAMPLE_CHARS",
    "is_english",
    "is_english_text",
]

#: How much of the body the test reads: a few paragraphs settle the language of a news page.
SAMPLE_CHARS: Final = 1500
#: At most this share of the sample's characters may be non-ASCII.
NON_ASCII_SHARE: Final = 0.05
#: At least this share of the sample's words must be English function words (prose: ~0.3).
FUNCTION_WORD_SHARE: Final = 0.15
# Common English function words. "an" is left out: unmarked Vietnamese writes it often ("an
# ninh"); "to", "a", "in" are rare there, and marked Vietnamese never reaches this test.
_FUNCTION_WORDS: Final = re.compile(
    r"\b(?:the|of|and|with|for|from|that|this|which|who|was|were|is|are|has|have|had|his|her"
    r"|their|its|by|at|on|in|to|a|will|would|also|between|during)\b",
    re.IGNORECASE,
)
_WORD: Final = re.compile(r"\w+")


def is_english_text(sample: str) -> bool:
    """Whether a stretch of prose reads as English (see the module doc)."""
    sample = sample[:SAMPLE_CHARS]
    if not sample.strip():
        return False
    ascii_chars = len(sample.encode("ascii", "ignore"))
    if len(sample) - ascii_chars > NON_ASCII_SHARE * len(sample):
        return False
    words = len(_WORD.findall(sample))
    return words >= 8 and len(_FUNCTION_WORDS.findall(sample)) >= FUNCTION_WORD_SHARE * words


def is_english(document: Document) -> bool:
    """Whether ``document``'s body is English: the gate of every English rule."""
    text = document.text
    parts: list[str] = []
    size = 0
    for block in document.body_blocks:
        parts.append(text[block.start : min(block.end, block.start + SAMPLE_CHARS - size)])
        size += len(parts[-1])
        if size >= SAMPLE_CHARS:
            break
    return is_english_text(" ".join(parts))
