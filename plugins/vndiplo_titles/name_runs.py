"""Shapes of a capitalised run that tell a name from what is not one: a Gulf ruler's lineage
after "Sheikh", a brand's branch ending in a country ("Samsung Việt Nam")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from vndiplo.syllables import is_vietnamese_syllable

if TYPE_CHECKING:
    from vndiplo_titles.matcher import Lexicon
    from vndiplo_titles.names import Token

__all__ = ["ends_in_country", "gulf_name"]

#: "bin", "Al Nahyan", "Al-Thani": the lineage words of a Gulf ruler's or prince's name.
_GULF_PARTICLES: Final = frozenset({"bin", "bint", "ibn", "al", "el"})


def gulf_name(name: list[Token]) -> bool:
    """Is ``name`` a Gulf-style name of two words or more, with a lineage word ("Hamdan bin
    Rashid", "Tamim Al Thani")? Only before one is "Sheikh" a style: "Sheikh Hasina" and
    "Sheikh Mujibur Rahman" carry it as part of the name, and a name is never left one word."""
    words = [t.fold for t in name if t.word]
    if len(words) < 2:
        return False
    return any(w in _GULF_PARTICLES or w.startswith(("al-", "el-")) for w in words[1:])


def ends_in_country(tokens: list[Token], i: int, b: int, lex: Lexicon) -> bool:
    """Does the run ``tokens[i:b]`` end in a country of two Vietnamese-spelt words or more
    ("Việt Nam", "Hàn Quốc") after at least one other word?"""
    for k in range(i + 1, b - 1):
        hit = lex.places.longest(tokens, k, b)
        if hit is not None and k + hit[0] == b:
            return (
                hit[1].kind == "country"
                and hit[0] >= 2
                and all(is_vietnamese_syllable(t.text) for t in tokens[k:b])
            )
    return False
