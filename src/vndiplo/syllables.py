"""Does a word spell one Vietnamese syllable? A phonotactic check shared by the core and plugins."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

__all__ = ["VIETNAMESE_FAMILY_NAMES", "is_unmarked_vietnamese_syllable", "is_vietnamese_syllable"]

_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:uyê|uya|ươu|ươi|yêu|iêu|oai|oay|oeo|uôi|uây|uyu|iê|yê|uô|ươ|ưa|ưi|ưu|ua|uâ|uê|ui|uy"
    r"|uơ|oa|oă|oe|oi|ôi|ơi|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)


@lru_cache(maxsize=4096)
def is_vietnamese_syllable(word: str) -> bool:
    """Could ``word`` be one Vietnamese syllable? ("Ninh" yes; "Lee", "Prak", "Tae-won" no)."""
    bare = unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", word.lower()).translate(_TONES)
    )
    return _SYLLABLE.fullmatch(bare) is not None


# The same shape with every mark folded away: "uyê" -> "uye", "ươ" -> "uo", "đ" -> "d".
_UNMARKED = re.compile(_SYLLABLE.pattern.translate(str.maketrans("ăâêôơưđ", "aaeooud")))


@lru_cache(maxsize=4096)
def is_unmarked_vietnamese_syllable(word: str) -> bool:
    """Could ``word`` be one Vietnamese syllable written without its marks, as English-language
    outlets print names ("Nguyen", "Thuong", "Luu", "Hue" yes; "Lee", "Prak", "Tae-won" no)?"""
    return _UNMARKED.fullmatch(word.lower()) is not None


#: Common Vietnamese family names as English-language outlets print them (no marks). A name
#: opening with one is read family name first, middle name, given name: dropping the middle
#: name ("Nguyen Hung" for "Nguyen Van Hung") or reversing two words ("Minh Le" for "Le Minh")
#: gives another person, so such names match only word for word.
_FAMILY_WORDS = (
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly "
    "truong dinh trinh doan luong to lam mai cao ha luu vuong"
)
VIETNAMESE_FAMILY_NAMES: Final[frozenset[str]] = frozenset(_FAMILY_WORDS.split())
