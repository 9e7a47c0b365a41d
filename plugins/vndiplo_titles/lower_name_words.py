"""Lower-case words a foreign name's run goes on over, beyond the particles of
:data:`~vndiplo_titles.names.PARTICLES`: a given name typed in lower case after a Latin
surname ("Eksavang vongvichit") and the syllables of a transliterated name whose hyphens lost
or gained a space ("Khăm - phết Xổm- pha-vắn")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vndiplo.syllables import is_vietnamese_syllable

if TYPE_CHECKING:
    from vndiplo_titles.names import Token

__all__ = ["broken_hyphen_end", "lower_latin_end"]

#: The shortest lower-case word read as a name's second word: short Latin words are the
#: English and French function words a quoted phrase holds ("of", "the", "and", "des").
_MIN_LOWER_NAME = 5


def _latin_word(tok: Token) -> bool:
    return tok.word and tok.text.isascii() and not is_vietnamese_syllable(tok.text)


def lower_latin_end(t: list[Token], j: int, k: int) -> int:
    """Where a one-word Latin name ``t[j]`` goes on over the lower-case word ``t[k]`` right
    after it ("Eksavang vongvichit"): both words are ones Vietnamese could not spell, the
    lower-case one is long, and no further such word follows (a quoted English phrase, "Obama
    said that", goes on in lower case); else ``k``."""
    n = len(t)
    if k != j + 1 or not t[j].cap or t[j].acronym or not _latin_word(t[j]):
        return k
    tok = t[k]
    if tok.cap or len(tok.text) < _MIN_LOWER_NAME or not _latin_word(tok):
        return k
    if t[k - 1].end == tok.start:
        return k  # glued: no word boundary
    if k + 1 < n and not t[k + 1].cap and _latin_word(t[k + 1]):
        return k
    return k + 1


def broken_hyphen_end(t: list[Token], j: int, k: int) -> int:
    """Where a run of capitalised syllables from ``j`` goes on over a hyphen at ``k`` that has
    a space on one side or both, and the lower-case syllable after it ("Đông - xay Pheng-
    phết"), as outlets mistype a Lao or Khmer name's hyphens; else ``k``.

    A dash between spaces is also prose ("Hà Nội - nơi ..."), so the run must show the
    mistyping twice, or once with the hyphen touching one word only, which prose never does.
    """
    n = len(t)
    if not _broken_joint(t, k):
        return k
    joints = 0
    lopsided = False
    m = j  # the whole stretch counts, so each of its hyphens is read alike
    while m < n:
        if _broken_joint(t, m):
            joints += 1
            lopsided = lopsided or (t[m - 1].end == t[m].start) != (t[m].end == t[m + 1].start)
            m += 2
        elif t[m].cap and t[m].word and not t[m].acronym:
            # "Kham - khan Chan- tha": a syllable typed with a spaced hyphen shows it too
            lopsided = lopsided or "- " in t[m].text  # see .spaced_hyphens
            m += 1
        else:
            break
    return k + 2 if joints >= 2 or lopsided else k


def _broken_joint(t: list[Token], m: int) -> bool:
    """Is ``t[m]`` a hyphen after a word, before a lower-case syllable, with a space on at
    least one side?"""
    if m < 1 or m + 1 >= len(t) or t[m].text != "-":
        return False
    before, after = t[m - 1], t[m + 1]
    if not (before.word and after.word) or after.cap:
        return False
    if not all(is_vietnamese_syllable(part) for part in after.text.split("-")):
        return False
    return before.end != t[m].start or t[m].end != after.start
