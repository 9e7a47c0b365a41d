"""Is a document's body written in French? A cheap test run before any French rule.

Vietnam's outlets run French services (VNA's fr.vietnamplus.vn, Le Courrier du Vietnam, VOV
World and Nhân Dân in French). The test reads the same sample of the first body blocks as the
English one (:func:`vndiplo_english.language.body_sample`, which already turns a Vietnamese
page away on its first lines), then asks two things:

1. Few non-ASCII characters: French marks a letter in one word of three or four ("é", "à"),
   a few hundredths of the text's length; Vietnamese marks nearly every word.
2. French function words ("le", "les", "des", "du", "et", "dans" ...) make up a large share of
   the words that are not names. English prose has almost none of them ("de" and "la" stand in
   some names only), so an English page never passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_english.language import LastAnswer, body_sample, function_words_share_enough

from vndiplo.model import Block

__all__ = ["blocks_are_french", "is_french", "is_french_text"]

#: The sample's UTF-8 form may be at most this much longer than the sample (French: ~0.04).
NON_ASCII_SHARE: Final = 0.12
#: Share of the words, names left out, that are French function words (prose: ~0.3-0.4).
FUNCTION_WORD_SHARE: Final = 0.2
# "a", "en", "on" are left out: English writes them too.
_FUNCTION_WORDS: Final = re.compile(
    r"(?<![\w'’])(?:le|la|les|des|du|de|et|au|aux|une|un|avec|pour|dans|sur|par|est|sont|qui"
    r"|que|ses|son|sa|leur|leurs|ont|été|lors|entre|cette|ces)(?![\w'’])",
    re.IGNORECASE,
)


def is_french_text(sample: str) -> bool:
    """Whether a stretch of prose reads as French (see the module doc)."""
    if not sample.strip():
        return False
    if len(sample.encode("utf-8", "surrogatepass")) - len(sample) > NON_ASCII_SHARE * len(sample):
        return False
    return function_words_share_enough(sample, _FUNCTION_WORDS, FUNCTION_WORD_SHARE)


def blocks_are_french(text: str, blocks: Sequence[Block]) -> bool:
    """Whether the prose of ``blocks`` is French."""
    sample = body_sample(text, blocks)
    return sample is not None and is_french_text(sample)


#: Whether a document's body is French: the gate of every French rule.
is_french: Final = LastAnswer(blocks_are_french)
