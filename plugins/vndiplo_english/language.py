"""Is a document's body written in English? A cheap test run before any English rule.

Vietnamese outlets publish English editions (VNA's en.vietnamplus.vn, VOV World, Vietnam News,
Nhân Dân English, SGGP English) and foreign outlets report the same meetings. Their pages run
through the same pipeline as Vietnamese pages; the English rules must fire on them only.

The test reads at most :data:`SAMPLE_CHARS` characters of the first body blocks and asks two
things, cheapest first:

1. Few non-ASCII characters. Vietnamese prose writes a marked letter in nearly every word, so
   its UTF-8 form is a third longer than the text (each marked letter takes two or three
   bytes); English prose has almost no such letter, even on pages that keep the marks on
   Vietnamese names ("Prime Minister Phạm Minh Chính", "HÀ NỘI"). One C-level UTF-8 ``encode``
   answers this, first on the opening of the first body block alone, so a Vietnamese page
   costs a short slice and an encode.
2. English function words ("the", "of", "and", "with" ...) make up a large share of the words.
   Unmarked Vietnamese (a telegraphic headline, a page stripped of marks) and ASCII noise
   (menus, codes) fail here.

A Vietnamese page quoting an English phrase ("khẩu hiệu 'Building the future together'") fails
test 1 on the surrounding Vietnamese, so it is left to the Vietnamese plugins.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Block, Document

__all__ = [
    "FUNCTION_WORD_SHARE",
    "NON_ASCII_SHARE",
    "SAMPLE_CHARS",
    "is_english",
    "is_english_text",
]

#: How much of the body the test reads: a few paragraphs settle the language of a news page.
SAMPLE_CHARS: Final = 1500
#: The sample's UTF-8 form may be at most this much longer than the sample (English: ~0.03).
NON_ASCII_SHARE: Final = 0.1
#: How much text from the first body block on the quick first look reads, and the bound on its
#: UTF-8 growth (Vietnamese prose: ~0.35).
FIRST_LOOK: Final = 300
FIRST_LOOK_SHARE: Final = 0.2
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
    if not _mostly_ascii(sample):
        return False
    words = len(_WORD.findall(sample))
    return words >= 8 and len(_FUNCTION_WORDS.findall(sample)) >= FUNCTION_WORD_SHARE * words


# The three hooks ask about one document in turn: the last answer is kept, keyed on the
# identity of the text and the blocks (the runner carries both unchanged from stage to stage).
_last: tuple[str, tuple[Block, ...], bool] | None = None


def is_english(document: Document) -> bool:
    """Whether ``document``'s body is English: the gate of every English rule."""
    global _last
    last = _last
    if last is not None and last[0] is document.text and last[1] is document.blocks:
        return last[2]
    answer = _body_is_english(document)
    _last = (document.text, document.blocks, answer)
    return answer


def _mostly_ascii(sample: str) -> bool:
    return len(sample.encode("utf-8", "surrogatepass")) - len(sample) <= NON_ASCII_SHARE * len(
        sample
    )


def _body_is_english(document: Document) -> bool:
    text = document.text
    blocks = document.body_blocks
    if not blocks:
        return False
    # A Vietnamese page fails on its first lines: a short look from the first body block on
    # (whatever follows it), with a looser bound since it may reach past the body.
    look = text[blocks[0].start : blocks[0].start + FIRST_LOOK]
    if len(look.encode("utf-8", "surrogatepass")) - len(look) > FIRST_LOOK_SHARE * len(look):
        return False
    parts: list[str] = []
    size = 0
    for block in blocks:
        parts.append(text[block.start : min(block.end, block.start + SAMPLE_CHARS - size)])
        size += len(parts[-1])
        if size >= SAMPLE_CHARS:
            break
    return is_english_text(" ".join(parts))
