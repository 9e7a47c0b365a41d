"""One key per person name, so that the spellings outlets use for one person meet.

Why a key and not fuzzy matching: two different people must never merge (a wrong merge puts one
official's meetings on another's card), so every rule below is one we can justify from how the
Vietnamese press writes names, and the key is a pure function of the name. A pure function also
makes resolution independent of the order articles arrive in.

- Unicode form, tone placement ("Thuỷ"/"Thủy"), case and spacing do not matter.
- Honorifics ("ông", "bà", "ngài", "đồng chí", "Mr.", "Ms.") are not part of a name.
- Hyphens and spaces inside a foreign name do not matter ("Lee Jae-myung" = "Lee Jae Myung").
- A hyphenated phonetic respelling ("Pu-tin", "Ô-ba-ma") is the Latin name it respells, so its
  diacritics are folded away; Vietnamese names keep theirs ("Lê Văn Thành" != "Lê Văn Thanh").
- A two-word Latin-script name may come in either order ("Abe Shinzo" = "Shinzo Abe"), as
  Japanese and Korean names do in English-language and Vietnamese sources alike.
- In a Latin-script name of two words or more, "th" and "t", "ck" and "k" are one letter
  (:func:`_latin_skeleton`): English writes a silent "h" ("Anthony"/"Antony") and "ck" for
  /k/ ("Barack"/"Barak"), and the romanisations of Thai and Lao write the one sound both ways
  ("Prayuth"/"Prayut"). Pinyin, Korean and Japanese romanisation never write "th" or "ck", so
  "Zhou"/"Zou" or "Hata"/"Hatta" stay apart; so do names holding a Vietnamese family name
  printed without marks ("Thanh" and "Tanh" are two names).
- A Chinese name read the Vietnamese way ("Lưu Ninh") and in pinyin ("Liu Ning") get two keys:
  syllable readings are many-to-many, so they only *fit* (:mod:`vndiplo.corpus.hanviet`), and
  the corpus joins them where a merged event supports it (:mod:`vndiplo.corpus.aliases`).
  Only the leaders of :data:`SINO_VIETNAMESE`, whose two spellings are known to be one person,
  share one key, so that every step comparing person ids (day-less and year-less placing,
  mentions) sees them as one.

What is deliberately *not* merged: a surname alone ("Putin") or an initial ("A. Blinken") with a
full name, and a name with a different tone or letter ("Thanh"/"Thành"): each could be another
person. (Two *reports* of one event may still count them as one side: :mod:`.sides`.)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from vndiplo.syllables import VIETNAMESE_FAMILY_NAMES
from vndiplo.text import normalize

__all__ = ["SINO_VIETNAMESE", "VIETNAMESE_FAMILY_NAMES", "clean_name", "name_key"]

# "H.E." only with its dots: "He" is a Chinese family name ("He Lifeng").
_HONORIFICS = re.compile(
    r"^(?:ông|bà|ngài|đồng chí|đ/c|mr\.?|mrs\.?|ms\.?|dr\.?|h\.\s?e\.)\s+", re.IGNORECASE
)
# Letters, tones and the circumflex, breve and horn that only Vietnamese spelling uses (in NFD).
_VIETNAMESE_LETTERS = re.compile("[đĐ\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]")
_SEPARATORS = re.compile(r"[\s\-‐‑–.·']+")


#: Chinese leaders as the Vietnamese press reads them (Sino-Vietnamese) and in pinyin: known
#: identities, one key each. Other Chinese names join only through the syllable matcher and the
#: corpus's support (:mod:`vndiplo.corpus.chinese_aliases`).
SINO_VIETNAMESE: Final[dict[str, str]] = {
    "Tập Cận Bình": "Xi Jinping",
    "Lý Khắc Cường": "Li Keqiang",
    "Lý Cường": "Li Qiang",
    "Vương Nghị": "Wang Yi",
    "Hồ Cẩm Đào": "Hu Jintao",
    "Ôn Gia Bảo": "Wen Jiabao",
    "Giang Trạch Dân": "Jiang Zemin",
    "Triệu Lạc Tế": "Zhao Leji",
    "Vương Hỗ Ninh": "Wang Huning",
    "Hàn Chính": "Han Zheng",
    "Lật Chiến Thư": "Li Zhanshu",
    "Uông Dương": "Wang Yang",
    "Ngô Bang Quốc": "Wu Bangguo",
    "Giả Khánh Lâm": "Jia Qinglin",
}


# Names repeat in every article (each participant, each speaker): the keys are pure functions of
# the string, so a bounded cache saves most of the per-article fact work of a build.
@lru_cache(maxsize=1 << 16)
def clean_name(name: str) -> str:
    """The name as written, normalised and without honorifics: what we display."""
    text = " ".join(normalize(name).split())
    while True:
        stripped = _HONORIFICS.sub("", text)
        if stripped == text:
            return text
        text = stripped


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _compact(text: str) -> str:
    return _SEPARATORS.sub("", text)


def _raw_key(name: str) -> str:
    text = clean_name(name).lower()
    words = [w for w in _SEPARATORS.split(text) if w]
    vietnamese = bool(_VIETNAMESE_LETTERS.search(unicodedata.normalize("NFD", text)))
    respelled = vietnamese and any("-" in w for w in text.split())
    if respelled:
        # "Pu-tin", "Ô-ba-ma": Vietnamese phonetic respellings of a Latin-script name.
        return _fold("".join(words))
    if not vietnamese and len(words) >= 2 and not VIETNAMESE_FAMILY_NAMES.intersection(words):
        words = [_latin_skeleton(w) for w in words]
    if not vietnamese and len(text.split()) == 2 and "-" not in text:
        first, second = words
        return min(first + second, second + first)
    return "".join(words)


#: Spellings of one sound in Latin-script names (see the module doc): "th" -> "t", "ck" -> "k".
_ONE_SOUND: Final = re.compile(r"(?<=t)h|c(?=k)")


def _latin_skeleton(word: str) -> str:
    return _ONE_SOUND.sub("", word)


_ALIASES: Final[dict[str, str]] = {
    _raw_key(vi): _raw_key(pinyin) for vi, pinyin in SINO_VIETNAMESE.items()
}


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The key two spellings of one person share, and two different people never do."""
    key = _raw_key(name)
    return _ALIASES.get(key, key)
