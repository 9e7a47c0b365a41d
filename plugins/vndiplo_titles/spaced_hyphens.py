"""Transliterated names typed with a space after each hyphen ("Xổm- xạ- vạt", "Bun- mi Vo-
la- chít") or before it ("Băng -la-đét", "Xri Lan -ca"): outlets mistype the hyphens of Lao
and Khmer names and of transliterated countries so, and the tokens would otherwise cut the
name at the first lower-case syllable, or read a country as the first words of the name after
it ("Thủ tướng Băng -la-đét Kha-lê-đa Di-a"). Such a stretch becomes one word token, its text
the page's own slice (spaces kept), so the name is quoted as written, and its fold the
hyphenated word with the stray spaces left out ("băng-la-đét"), so the gazetteer and the
lexicons know it.

Only a hyphen glued on one side and spaced on the other, with a lower-case syllable after it,
joins: prose writes a dash with a space on both sides ("Hà Nội - nơi ..."), never glued on
one side only.
"""

from __future__ import annotations

from vndiplo_titles.constructions import HONORIFIC_WORDS
from vndiplo_titles.lexicon import STOP_WORDS
from vndiplo_titles.names import GLUED_AFTER, Token, is_vietnamese_syllable

__all__ = ["join_letter_apostrophes", "join_spaced_hyphens"]


def join_spaced_hyphens(tokens: list[Token]) -> list[Token]:
    """``tokens`` with every "Cap- syl- syl" (or "Cap -syl", "Cap - syl - syl") stretch made
    one word token."""
    if not any(tok.text in _HYPHENS for tok in tokens):
        return tokens
    out: list[Token] = []
    k, n = 0, len(tokens)
    while k < n:
        tok = tokens[k]
        end = k
        if tok.word and tok.cap and not tok.acronym:
            while _spaced_joint(tokens, end + 1):
                end += 2
            if end == k:
                end = _double_spaced_end(tokens, k)
        elif tok.acronym:
            while _acronym_joint(tokens, end + 1):
                end += 2
        if end == k:
            out.append(tok)
            k += 1
            continue
        joined = Token(_slice(tokens, k, end), tok.start)
        joined.fold = "".join(joined.fold.split())  # "băng -la-đét" is "băng-la-đét"
        out.append(joined)
        k = end + 1
    return out


#: A hyphen, and the en dash some outlets type for one ("Băng –la-đét").
_HYPHENS = frozenset({"-", "–"})


def _double_spaced_end(tokens: list[Token], k: int) -> int:
    """Where a stretch "Cap - syl - syl" from ``tokens[k]`` ends: two dashes or more, each
    between spaces before a lower-case Vietnamese syllable ("Băng - la - đét", "Xổm - xạ -
    vạt"); a single such dash is prose ("Hà Nội - nơi ..."), so ``k`` then."""
    end = k
    while _spaced_joint(tokens, end + 1, spaced=True):
        end += 2
    return end if end - k >= 4 else k


def _spaced_joint(tokens: list[Token], m: int, *, spaced: bool = False) -> bool:
    """Is ``tokens[m]`` a hyphen glued to the word on one side and spaced from the other, a
    lower-case syllable (or hyphenated syllables) after it? ``spaced``: one with spaces on
    both sides, a Vietnamese syllable after it."""
    if m < 1 or m + 1 >= len(tokens) or tokens[m].text not in _HYPHENS:
        return False
    before, hyphen, after = tokens[m - 1], tokens[m], tokens[m + 1]
    if not (before.word and after.word) or after.cap:
        return False
    glued_before = before.end == hyphen.start
    glued_after = hyphen.end == after.start
    if spaced:
        if glued_before or glued_after or not is_vietnamese_syllable(after.text):
            return False
    elif glued_before == glued_after:
        return False  # glued on both sides (no token), or a dash between spaces: prose
    if after.fold in STOP_WORDS or after.fold in HONORIFIC_WORDS:
        return False  # "Đại sứ Nam Phi tại Việt Nam- bà X": a dash that lost its space
    if glued_before and before.text in GLUED_AFTER:
        return False  # "Việt Nam- ...": a country's last syllable, then a dash
    # a syllable Vietnamese spells, or a short Latin one ("Chan- tha- vy- souk")
    return all(
        is_vietnamese_syllable(part) or (part.isascii() and len(part) <= _LATIN_SYLLABLE)
        for part in after.text.split("-")
    )


def _acronym_joint(tokens: list[Token], m: int) -> bool:
    """Is ``tokens[m]`` a hyphen between two short acronyms, spaced on one side or both
    ("Bộ GD- ĐT", "Bộ NN -PTNT", "Sở VH - TT")? The pair is one body's abbreviation, as
    "GD-ĐT" typed tight is one token; the second acronym would otherwise open the run of
    the holder's name ("ĐT Nguyễn Văn A"), and no name starts with an acronym."""
    if m < 1 or m + 1 >= len(tokens) or tokens[m].text not in _HYPHENS:
        return False
    before, after = tokens[m - 1], tokens[m + 1]
    return (
        after.acronym
        and after.start > before.end + 1  # a space on some side: tight pairs are one token
        and max(len(before.text.split("-")[-1]), len(after.text)) <= _ACRONYM_PART
    )


#: The longest acronym read as one part of a spaced pair ("PTNT", "TBXH").
_ACRONYM_PART = 4


#: The longest Latin syllable read as a piece of a spaced-hyphen name ("souk", "phone").
_LATIN_SYLLABLE = 6


def _slice(tokens: list[Token], a: int, b: int) -> str:
    """The text from ``tokens[a]`` to ``tokens[b]``, a space for each character between two
    tokens (only spaces: a newline is a token), so the token's end is its start plus its
    length."""
    pieces = [tokens[a].text]
    for k in range(a + 1, b + 1):
        pieces.append(" " * (tokens[k].start - tokens[k - 1].end) + tokens[k].text)
    return "".join(pieces)


#: The apostrophes a one-letter opener is written with ("H'Yim", "H’ Yim").
_APOSTROPHES = frozenset({"'", "\u2019"})


def join_letter_apostrophes(tokens: list[Token]) -> list[Token]:
    """``tokens`` with a capital letter and the apostrophe glued to it, a capitalised word
    after a space ("H’ Yim Kđoh", "K' Sor"), made one word token "H’": typed so, the
    letter, the mark and the word are three tokens, and the name would start after the mark,
    losing the letter that opens it. A letter's apostrophe with no space after it is already
    one token with the word ("H'Yim")."""
    if not any(tok.text in _APOSTROPHES for tok in tokens):
        return tokens
    out: list[Token] = []
    k, n = 0, len(tokens)
    while k < n:
        tok = tokens[k]
        if (
            k + 2 < n
            and len(tok.text) == 1
            and tok.cap
            and tok.word
            and tokens[k + 1].text in _APOSTROPHES
            and tokens[k + 1].start == tok.end
            and tokens[k + 2].start > tokens[k + 1].end
            and tokens[k + 2].cap
            and tokens[k + 2].word
            and not tokens[k + 2].acronym
            and (k == 0 or not tokens[k - 1].word or not tokens[k - 1].cap)
        ):
            joined = Token(tok.text + tokens[k + 1].text, tok.start)
            joined.acronym = False  # a letter and its mark: a name's first word
            out.append(joined)
            k += 2
            continue
        out.append(tok)
        k += 1
    return out
