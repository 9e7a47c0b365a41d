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
2. English function words ("the", "of", "and", "with" ...) make up a large share of the words
   that are not names (capitalised words other than a sentence's opening "The").
   Unmarked Vietnamese (a telegraphic headline, a page stripped of marks) and ASCII noise
   (menus, codes) fail here.

A Vietnamese page quoting an English phrase ("khẩu hiệu 'Building the future together'") fails
test 1 on the surrounding Vietnamese, so it is left to the Vietnamese plugins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from vndiplo.model import Block, Document

__all__ = [
    "FUNCTION_WORD_SHARE",
    "NON_ASCII_SHARE",
    "SAMPLE_CHARS",
    "blocks_are_english",
    "body_sample",
    "function_words_share_enough",
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
#: At least this share of the sample's words, names left out, must be English function words
#: (prose: ~0.3-0.45; unmarked Vietnamese: ~0).
FUNCTION_WORD_SHARE: Final = 0.2
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
    return function_words_share_enough(sample, _FUNCTION_WORDS, FUNCTION_WORD_SHARE)


def function_words_share_enough(sample: str, function_words: re.Pattern[str], share: float) -> bool:
    """Whether ``function_words`` make up at least ``share`` of the sample's words that are not
    names (eight words at least). Names are no evidence either way: a lead naming four
    officials by title and name ("Deputy Prime Minister Vu Thanh Tam met Singaporean Minister
    of Trade Tan Wei Ming") is half capitalised words; a sentence's opening function word
    ("The", "Le") still counts. Shared by the English and French gates."""
    words = _WORD.findall(sample)
    if len(words) < 8:
        return False
    functions = function_words.findall(sample)
    names = sum(1 for w in words if w[0].isupper()) - sum(1 for f in functions if f[0].isupper())
    return len(functions) >= share * (len(words) - names)


class LastAnswer:
    """A language gate that remembers its answer for the last document asked about.

    A plugin's hooks ask about one document in turn, so the last answer is kept, keyed on the
    identity of the text and the blocks (the runner carries both unchanged from stage to
    stage); ``test`` reads the body blocks."""

    def __init__(self, test: Callable[[str, Sequence[Block]], bool]) -> None:
        self._test = test
        self._last: tuple[str, tuple[Block, ...], bool] | None = None

    def __call__(self, document: Document) -> bool:
        last = self._last
        if last is not None and last[0] is document.text and last[1] is document.blocks:
            return last[2]
        answer = self._test(document.text, document.body_blocks)
        self._last = (document.text, document.blocks, answer)
        return answer


def _mostly_ascii(sample: str) -> bool:
    return len(sample.encode("utf-8", "surrogatepass")) - len(sample) <= NON_ASCII_SHARE * len(
        sample
    )


def blocks_are_english(text: str, blocks: Sequence[Block]) -> bool:
    """Whether the prose of ``blocks`` (a page's body, or the blocks that may become it) is
    English: the test :func:`is_english` applies to a document's body blocks."""
    sample = body_sample(text, blocks)
    return sample is not None and is_english_text(sample)


#: Whether a document's body is English: the gate of every English rule.
is_english: Final = LastAnswer(blocks_are_english)


def body_sample(text: str, blocks: Sequence[Block]) -> str | None:
    """The first :data:`SAMPLE_CHARS` characters of ``blocks``' prose, or None when there are
    no blocks or the first look already reads as Vietnamese (shared by every language gate)."""
    if not blocks:
        return None
    # A Vietnamese page fails on its first lines: a short look from the first body block on
    # (whatever follows it), with a looser bound since it may reach past the body.
    look = text[blocks[0].start : blocks[0].start + FIRST_LOOK]
    if len(look.encode("utf-8", "surrogatepass")) - len(look) > FIRST_LOOK_SHARE * len(look):
        return None
    parts: list[str] = []
    size = 0
    for block in blocks:
        parts.append(text[block.start : min(block.end, block.start + SAMPLE_CHARS - size)])
        size += len(parts[-1])
        if size >= SAMPLE_CHARS:
            break
    return " ".join(parts)
