"""Where a crawl glued two Vietnamese words by a lost space ("tiếpĐại sứ", "HàLan", "Tạibuổi").

Pages rewrapped from old line ends lose the space at each break. :func:`glue_cuts` finds the
places to put it back, conservatively, so every plugin reads the spaced words:

* a case seam inside a word, when the left part is one Vietnamese syllable and the right part
  opens a capitalised word ("tiếpĐại", "HàLan"); a Latin head keeps camel-case brands and
  names whole ("VinFast", "DeSantis", "LeBlanc", "McDonald", "iPhone", "TikTok"), and
  acronyms ("HAGL", "VNExpress") hold no lower-to-upper seam;
* a lower-case join of two syllables where one half is a frequent function word
  (:data:`FUNCTION_WORDS`: "tạibuổi", "chàovà", "củaông"), the whole is no syllable and one
  half holds a Vietnamese letter, so real words, Latin words ("chose") and joined
  transliterations ("Chănđạ", "Bănglađét") stay whole.

Words touching a hyphen, an apostrophe, a digit or a URL/e-mail mark are left alone. Two
precompiled regexes (a case seam, a function word touching a letter) find the few
candidates; only those are looked at in Python.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from vndiplo.casing import LOWER, UPPER
from vndiplo.syllables import is_vietnamese_syllable

__all__ = ["FUNCTION_WORDS", "glue_cuts"]

#: The most frequent Vietnamese function words and forms of address, the words a lost space
#: most often glues to a neighbour. A lower-case join is cut only next to one of them.
FUNCTION_WORDS = (
    "những",
    "được",
    "trong",
    "theo",
    "cùng",
    "của",
    "với",
    "đến",
    "các",
    "cho",
    "tại",
    "này",
    "khi",
    "tới",
    "và",
    "là",
    "đã",
    "từ",
    "về",
    "ông",
    "bà",
)
#: Function words that may open a sentence glued to the next word ("Tạibuổi"); forms of
#: address are left out there, as they open joined foreign names too.
_CAPITAL_OPENERS = frozenset(w for w in FUNCTION_WORDS if w not in ("ông", "bà"))

_LOWER = LOWER
_UPPER = UPPER
_VOWELS = "".join(
    c
    for c in map(chr, range(0x2000))
    if c.isalpha() and unicodedata.normalize("NFD", c)[0].lower() in "aeiouy"
)
_LETTER = r"[^\W\d_]"


#: A capital right after a lower-case letter and before another ("tiếpĐại"): the capital
#: comes first, so ``re`` skips in C to the few capitals of a text.
_SEAM = re.compile(f"[{_UPPER}](?<=[{_LOWER}].)[{_LOWER}]")


#: Letters of Vietnamese news from most to least frequent, as far as the function words use
#: them: each function word is looked for from its rarest letter (see below).
_FREQUENT_LETTERS = "nhticgaođưrvlb"


def _anchor(word: str) -> int:
    """Where ``word``'s rarest letter is (a letter outside :data:`_FREQUENT_LETTERS` counts
    rarest; the first of equals wins): "những" -> "ữ", "trong" -> "r", "khi" -> "k"."""
    rank = {letter: k for k, letter in enumerate(_FREQUENT_LETTERS)}
    return max(range(len(word)), key=lambda k: (rank.get(word[k], len(rank)), -k))


def _function_word_pattern() -> str:
    """A function word opening a word whose rest still holds a vowel ("tạibuổi"; not "cách",
    "làm", "vàng", whose rest is a final consonant), or closing a word ("chàovà"; "ông" only
    after a vowel or "p", as "công", "không", "đông" end so).

    ``re`` tries a match only at a character the pattern can open with, and each try costs:
    so each word is matched from its rarest letter ("tạ" from "ạ", "những" from "ữ"), its
    head checked behind, and a one-character gate turns most tries down at once. The match
    starts mid-word, which is enough: only the word around it is looked at."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for word in FUNCTION_WORDS:
        n, at = len(word), _anchor(word)
        opens = f"(?<!{_LETTER}.{{{n}}})(?={_LETTER}*?[{_VOWELS}])"
        before = f"[{_VOWELS}p]" if word == "ông" else _LETTER
        closes = f"(?<={before}.{{{n}}})(?!{_LETTER})"
        groups.setdefault(word[at], []).append((word[:at], f"{word[at + 1 :]}(?:{opens}|{closes})"))
        if word in _CAPITAL_OPENERS:
            title = word[0].upper() + word[1:]
            groups.setdefault(title[at], []).append((title[:at], f"{title[at + 1 :]}{opens}"))
    branches = []
    for anchor, words in groups.items():
        heads = {head for head, _ in words}
        gate = "" if "" in heads else f"(?<=[{''.join(sorted(h[-1] for h in heads))}].)"
        body = "|".join((f"(?<={head}.)" if head else "") + rest for head, rest in words)
        branches.append(f"{anchor}{gate}(?:{body})")
    return "|".join(branches)


_FUNCTION_JOIN = re.compile(_function_word_pattern())
#: Characters that make a word part of a longer token (a hyphenated or transliterated name,
#: an elided form, a number, a URL or an e-mail address): such words are never cut.
_ATTACHED = frozenset("-'’_@/\\&")


def glue_cuts(text: str) -> list[int]:
    """Offsets of ``text`` where a lost space goes back, in increasing order (empty when none).

    Cutting at them yields a text with no cut left, so normalisation stays idempotent."""
    cuts: list[int] = []
    last_end = -1
    n = len(text)
    found = [m.span() for m in _SEAM.finditer(text)]
    found.extend(m.span() for m in _FUNCTION_JOIN.finditer(text))
    for a, b in sorted(found):
        if a < last_end:
            continue
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        while b < n and text[b].isalpha():
            b += 1
        last_end = b
        word = text[a:b]
        if not _may_cut(word) or _attached(text, a, b):
            continue
        cuts.extend(a + k for k in _word_cuts(word, _opens_sentence(text, a)))
    return cuts


@lru_cache(maxsize=4096)
def _may_cut(word: str) -> bool:
    """Can ``word`` be cut at all, opening a sentence or not? Most candidates are real words
    ("Lào", "bày"), turned down here once and for all before their context is looked at."""
    return bool(_word_cuts(word, True) or _word_cuts(word, False))


def _attached(text: str, a: int, b: int) -> bool:
    """Is the word ``text[a:b]`` part of a longer token (see :data:`_ATTACHED`)?"""
    before = text[a - 1] if a else " "
    after = text[b] if b < len(text) else " "
    if before in _ATTACHED or after in _ATTACHED or before.isdigit() or after.isdigit():
        return True
    if before in ".:" and a > 1 and text[a - 2].isalnum():
        return True  # "site.tạibuổi", "http:..."
    return after in ".:" and b + 1 < len(text) and text[b + 1].isalnum()


_SENTENCE_MARKS = frozenset(".!?:;\n\"“”'‘(«")


def _opens_sentence(text: str, a: int) -> bool:
    """Does the word at ``a`` open a sentence, a line or a quote?"""
    k = a - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in _SENTENCE_MARKS


@lru_cache(maxsize=4096)
def _word_cuts(word: str, opens: bool) -> tuple[int, ...]:
    """Offsets inside ``word`` where a lost space goes back, each part checked again. A
    capitalised word cut by a function word must open a sentence (``opens``): inside one it
    is a joined foreign name ("Hoan Cáclốt")."""
    cuts: list[int] = []
    at = 0
    while True:
        k = _first_cut(word[at:], opens and not at)
        if not k:
            return tuple(cuts)
        at += k
        cuts.append(at)


def _first_cut(word: str, opens: bool) -> int:
    """Where the first lost space of ``word`` is, or 0 (``opens``: see :func:`_word_cuts`)."""
    seam = next((k for k in range(1, len(word)) if word[k].isupper()), 0)
    if seam:
        return seam if word[seam - 1].islower() and _seam_glue(word[:seam], word[seam:]) else 0
    if is_vietnamese_syllable(word) or not (opens or word.islower()):
        return 0
    low = word.lower()
    for fw in FUNCTION_WORDS:
        if len(fw) >= len(word):
            continue
        opener = word.islower() or fw in _CAPITAL_OPENERS
        if opener and low.startswith(fw) and _pair_glue(fw, word[len(fw) :]):
            return len(fw)
        if word.endswith(fw) and _pair_glue(word[: -len(fw)], fw):
            return len(word) - len(fw)
    return 0


def _seam_glue(head: str, tail: str) -> bool:
    """Is ``head`` + ``tail`` two words glued at a case seam ("tiếp"+"Đại", "Hà"+"Lan")?"""
    if len(head) < 2 or len(tail) < 2 or not tail[1].islower():
        return False
    if not is_vietnamese_syllable(head):
        return False
    # "VinFast", "DeSantis", "macBook": a Latin head is a brand's or a name's
    return not (head.isascii() and (head[0].isupper() or _first_word(tail).isascii()))


def _pair_glue(head: str, tail: str) -> bool:
    """Are ``head`` and ``tail`` two lower-case syllables with a Vietnamese letter between them?"""
    if not tail.islower() or (head.isascii() and tail.isascii()):
        return False
    return is_vietnamese_syllable(head) and is_vietnamese_syllable(tail)


def _first_word(word: str) -> str:
    """``word`` up to its next capital ("LanViệt" -> "Lan")."""
    return next((word[:k] for k in range(1, len(word)) if word[k].isupper()), word)
