"""Ranks and degrees abbreviated with a dot before a name ("HT.Thích Minh Tâm", "TT. Thích
Quảng Hạnh", "GS.TS.Nguyễn Văn Bình", "ĐĐ.Thích Nhật Từ"): the dot belongs to the
abbreviation, not to a sentence. Left as a token of its own, it ends the sentence for the
parser, so neither the rank nor the name after it is read.

Each such abbreviation and its dot become one token, its text the page's own slice ("HT.",
so the title is quoted as written) and its fold the bare abbreviation ("ht"), so the lexicon
and the degree rules see the word they know. Only a dot glued to a known abbreviation and
followed by a capitalised word joins: "tt." before a lower-case word ends a sentence.

A Latin name's suffix abbreviated with a dot ("Robert Kline Jr., Phó Chủ tịch ...", "ông
Thomas Reed Sr. cho biết") owns its dot too: the dot is left out of the tokens when a comma
or a lower-case word follows, so the name reads on to its apposed title and the suffix stays
the name's last word, quoted without the dot. Before a capital the dot may end the sentence
and stays. Any dot glued between a capitalised word and a comma ("Inc.,", a name's stray dot
"Moreau.,") is the word's too: no sentence ends before a comma.
"""

from __future__ import annotations

from typing import Final

from vndiplo_titles.constructions import ABBREVIATED_TITLES, ACADEMIC_DEGREES, NAME_SUFFIXES
from vndiplo_titles.names import Token

__all__ = ["DOTTED_ABBREVIATIONS", "join_abbreviation_dots"]

#: Abbreviations (folded) whose dot is theirs when a capitalised word follows (the windows
#: of :mod:`.windows` do not end a sentence at their dot either).
DOTTED_ABBREVIATIONS: Final = ABBREVIATED_TITLES | ACADEMIC_DEGREES


def join_abbreviation_dots(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each "ABBR ." before a capitalised word made one token."""
    if not any(tok.text == "." for tok in tokens):
        return tokens
    out: list[Token] = []
    k, n = 0, len(tokens)
    while k < n:
        tok = tokens[k]
        if k + 2 < n and k and _suffix_dot(tokens[k - 1], tok, tokens[k + 1], tokens[k + 2]):
            out.append(tok)  # "Jr." before "," or a verb: the suffix, its dot left out
            k += 2
            continue
        if k + 2 < n and _comma_dot(tok, tokens[k + 1], tokens[k + 2]):
            out.append(tok)  # "Moreau.,": no sentence ends before a comma
            k += 2
            continue
        if k + 2 < n and _dotted(tok, tokens[k + 1], tokens[k + 2]):
            joined = Token(tok.text + ".", tok.start)
            joined.fold = tok.fold  # the lexicon's key: "ht", not "ht."
            joined.acronym = tok.acronym
            out.append(joined)
            k += 2
            continue
        out.append(tok)
        k += 1
    return out


def _comma_dot(tok: Token, dot: Token, comma: Token) -> bool:
    """Is ``dot`` glued between the capitalised word ``tok`` and a comma ("Jr.,", "Inc.,",
    a name's stray dot)? No sentence ends right before a comma: the dot is the word's."""
    return (
        dot.text == "."
        and comma.text == ","
        and tok.word
        and tok.cap
        and tok.end == dot.start
        and dot.end == comma.start
    )


def _dotted(tok: Token, dot: Token, after: Token) -> bool:
    """Is ``dot`` the abbreviation ``tok``'s own dot, a capitalised word after it?"""
    return (
        dot.text == "."
        and tok.end == dot.start
        and tok.cap
        and tok.fold in DOTTED_ABBREVIATIONS
        and after.word
        and after.cap
        and after.start - dot.end <= 1
    )


def _suffix_dot(before: Token, tok: Token, dot: Token, after: Token) -> bool:
    """Is ``dot`` the suffix ``tok``'s own ("Kline Jr., ...", "Reed Sr. cho biết"): glued to
    it, the suffix after a capitalised word, and a comma or a lower-case word after the dot?"""
    return (
        dot.text == "."
        and tok.end == dot.start
        and tok.fold in NAME_SUFFIXES
        and tok.cap
        and before.word
        and before.cap
        and (after.text == "," or (after.word and not after.cap))
    )
