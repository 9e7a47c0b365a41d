"""Which two-word Latin names are written family name first, as East Asian names are.

"Koizumi Junichiro" may come back as "J. Koizumi" (the given name's initial, then the family
name), but "John Kerry" is no "K. John": a Western name never puts its family name first. A
name reads family-first when its first word is a common Korean or Chinese family name, or when
both words are spelt as Japanese is romanised (open syllables, "n", doubled consonants).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["FAMILY_NAMES", "family_first"]

#: The common Korean and Chinese (pinyin) family names, folded.
FAMILY_NAMES: Final = frozenset(
    {
        # Korean
        "kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang",
        "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "shin",
        "kwon", "hwang", "ahn", "song", "yoo", "ryu", "hong", "jeon", "moon", "mun", "bae",
        "baek", "heo", "roh", "noh", "kwak", "sung", "cha", "joo", "woo", "min", "chae", "ban",
        # Chinese
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
        "sun", "zhu", "hu", "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "tang",
        "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai",
        "jiang", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "xi",
        "qin", "fu", "lai", "tsai", "ma", "he", "yu",
    }
)  # fmt: skip
#: A word spelt as romanised Japanese: syllables of an optional consonant and a vowel, a
#: syllable-final "n", a doubled consonant ("Hattori", "Ishiba", "Junichiro", "Shinzo").
_ROMAJI: Final = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y|kk|ss|tt|pp|tch)?[aeiou]|n)+")


def family_first(words: list[str]) -> bool:
    """Is the two-word name ``words`` (folded) written family name first?"""
    if len(words) != 2:
        return False
    return words[0] in FAMILY_NAMES or all(_ROMAJI.fullmatch(w) for w in words)
