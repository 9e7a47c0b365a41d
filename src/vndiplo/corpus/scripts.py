"""One person written in two scripts: the keys that let the corpus join such spellings.

:func:`vndiplo.corpus.names.name_key` is exact on purpose (two people never share a key). Half of
what an analyst reads is in English, where a Vietnamese name loses its marks ("Nguyen Van Binh"
for "Nguyễn Văn Bình") and a Lao, Thai or Khmer name keeps its own romanisation while the
Vietnamese press respells it by ear ("Somphet Vilaysak" / "Xổm-phết Vi-lay-xắc"). Neither can
be a key: "Nguyen Van Hung" strips "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng", and a phonetic
skeleton drops the very letters that tell two names apart. So these are only *evidence*:

- :func:`vietnamese_fold`: a Vietnamese name (two words or more, opening with a common family
  name) with every mark folded away. A spelling without any mark is joined to a marked one only
  when exactly one marked person folds to it, in the corpus (:mod:`vndiplo.corpus.aliases`) or
  among the two reports compared (:mod:`vndiplo.corpus.sides`). A spelling with some marks
  ("Lê Văn Thanh") is a name of its own, never a stripped "Lê Văn Thành".
- :func:`transliteration_skeleton`: how the Vietnamese press respells a Lao, Thai or Khmer
  name against how it is romanised. The rules are the regular ones of Vietnamese respelling:
  syllables hyphenated, "x" for /s/, "ph", "th", "kh" for aspirates the romanisations write
  "p"/"ph", "t"/"th", "k"/"kh", "l" for "r" (Vietnamese has no /r/ in such respellings), final
  stops and nasals written "t"/"c"/"ch"/"n"/"nh" where romanisations write "d"/"th"/"k"/"ck"/
  "ng"/"nh" (so a closing nasal is just a nasal), a silent final "e" of French-style
  romanisation ("Phomvihane"), doubled letters, and vowel spellings ("ou"/"u", "oo"/"o",
  "ai"/"ay") with no fixed match, so every vowel run is one placeholder. Two names with one
  skeleton count as one side of two reports that already share a person and agree on family
  and day: never on their own.

Chinese names in Sino-Vietnamese and in pinyin are matched syllable by syllable in
:mod:`vndiplo.corpus.hanviet`: a syllable reading is many-to-many (one Sino-Vietnamese syllable
stands for characters read several ways in Mandarin), so that match too is only evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from vndiplo.corpus.names import VIETNAMESE_FAMILY_NAMES, clean_name

__all__ = ["SKELETON_MIN_CONSONANTS", "transliteration_skeleton", "vietnamese_fold"]

_WORDS: Final = re.compile(r"[\s.]+")


def _folded_words(name: str) -> tuple[bool, list[str]]:
    """Whether a name carries any mark (or "đ"), and its lower-case words with the marks gone."""
    text = unicodedata.normalize("NFD", clean_name(name))
    marked = any(unicodedata.combining(c) for c in text) or "đ" in text.lower()
    folded = "".join(c for c in text if not unicodedata.combining(c))
    folded = folded.replace("đ", "d").replace("Đ", "D").lower()
    return marked, [w for w in _WORDS.split(folded) if w]


@lru_cache(maxsize=1 << 14)
def vietnamese_fold(name: str) -> tuple[str, bool] | None:
    """A Vietnamese name's words with every mark folded away, and whether it had marks.

    None for a name of one word or one not opening with a common Vietnamese family name: a
    given name alone, or a foreign name, is not joined this way.
    """
    marked, words = _folded_words(name)
    if len(words) < 2 or words[0] not in VIETNAMESE_FAMILY_NAMES:
        return None
    if any(not w.isascii() or not w.replace("-", "").isalpha() for w in words):
        return None
    return " ".join(words), marked


#: Letters read as one consonant, longest first, and the class each stands for.
_CONSONANTS: Final = (
    ("ngh", "N"),
    ("ng", "N"),
    ("nh", "Y"),
    ("ph", "p"),
    ("th", "t"),
    ("kh", "k"),
    ("sh", "s"),
    ("ch", "c"),
    ("gh", "g"),
    ("ck", "k"),
    ("x", "s"),
    ("z", "s"),
    ("q", "k"),
    ("r", "l"),
    ("f", "p"),
)
_VOWELS: Final = frozenset("aeiouyw")
#: Word-final consonants as the press and the romanisations write one sound two ways.
_FINAL: Final = {"d": "t", "b": "p", "c": "k", "g": "k", "Y": "n", "N": "n"}
#: A skeleton with fewer consonants says too little to be evidence ("Bun" and "Pan").
SKELETON_MIN_CONSONANTS: Final = 4


def _consonant_at(word: str, i: int) -> tuple[str, str]:
    """The letters of the consonant starting at ``i`` and the sound class they stand for."""
    for letters, sound in _CONSONANTS:
        if word.startswith(letters, i):
            return letters, sound
    return word[i], "k" if word[i] == "c" else word[i]


def _word_skeleton(word: str) -> str:
    if len(word) > 4 and word.endswith("e") and word[-2] not in _VOWELS:
        word = word[:-1]  # the silent final "e" of French-style romanisation ("Phomvihane")
    sounds: list[str] = []
    i = 0
    while i < len(word):
        if word[i] in _VOWELS:
            while i < len(word) and word[i] in _VOWELS:
                i += 1
            sounds.append("a")
            continue
        letters, sound = _consonant_at(word, i)
        if not sounds or sounds[-1] != sound:  # doubled letters ("Phetsarath", "Bounnhang")
            sounds.append(sound)
        i += len(letters)
    # A consonant before another or at the end closes a syllable: the final forms meet there
    # ("Lếch-lay" and "Leklai"; the hyphens that marked the syllables are gone).
    return "".join(
        _FINAL.get(s, s) if s != "a" and (k + 1 == len(sounds) or sounds[k + 1] != "a") else s
        for k, s in enumerate(sounds)
    )


@lru_cache(maxsize=1 << 14)
def transliteration_skeleton(name: str) -> str | None:
    """The consonant frame of a foreign name, equal for its romanisation and its Vietnamese
    respelling ("Thoong-lun" and "Thongloun"); None for a Vietnamese name or a short one."""
    _marked, words = _folded_words(name)
    if not words or words[0] in VIETNAMESE_FAMILY_NAMES:
        return None
    joined = [w.replace("-", "").replace("'", "") for w in words]
    if not all(w.isascii() and w.isalpha() for w in joined):
        return None
    skeleton = " ".join(_word_skeleton(w) for w in joined)
    consonants = sum(1 for c in skeleton if c not in "a ")
    return skeleton if consonants >= SKELETON_MIN_CONSONANTS else None
