"""Places a page names that no list holds, known by their shape (see :mod:`.local_places`).

A capitalised phrase after a title that the gazetteer does not know is read as the holder's
name ("Đại sứ nước Cộng hòa Đông Uruguay" would name "Đông Uruguay"). Two shapes make such a
phrase a place whatever its words:

- a compass word before a known place, opening a capitalised run: "Đông Uruguay", "Bắc
  Ai-len", "Tây Úc" (after a capitalised word it may end a name: "Trần Nam Anh");
- a two-word run one letter off a two-word country, each word otherwise the country's:
  "Hàn Qốc", "Nhật Bảnn" (a slip). Not when the slipped word is a family name ("Hà Quốc"
  opens names), nor after an honorific, nor inside a longer capitalised run.
- one capitalised word one letter off a one-word country of six letters or more, opening a
  capitalised run after a lower-case word ("Thủ tướng Campuchea Hun Manet", "Bộ trưởng
  Ngoại giao Malaysa X"): a slip of the country before the holder's name. Not a Vietnamese
  syllable, nor a given name one letter off a country ("Angela", "Olivia", "Dominic").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from vndiplo.syllables import is_vietnamese_syllable
from vndiplo_titles.constructions import HONORIFIC_WORDS
from vndiplo_titles.matcher import Lexicon, PlaceInfo, Trie
from vndiplo_titles.names import tokenize
from vndiplo_titles.typo_variants import one_edit_apart

__all__ = ["shaped_places"]

#: (folded key, place) pairs, and a country index: first (or second) word -> other words.
Learnt = Iterator[tuple[list[str], PlaceInfo]]
Index = dict[str, list[tuple[str, PlaceInfo]]]
#: A block's words: their matches, folded forms and whether each is capitalised.
_Block = tuple[list[re.Match[str]], list[str], list[bool]]

#: A compass word, maybe doubled ("Đông Bắc"), then a space and a capitalised word.
_COMPASS = re.compile(r"(?<![\w'’–-])(?:(?:Đông|Tây) )?(?:Bắc|Nam|Đông|Tây) (?=[^\W\d_])")

#: Words of the page: a country's slip is looked for among consecutive pairs.
_WORD = re.compile(r"[^\W\d_]+(?:[-–'’][^\W\d_]+)*")

#: How far after a compass word a known place may run (characters).
_PLACE_CHARS = 48

#: The shortest country word a one-letter slip may be read in ("Qốc" for "Quốc").
_MIN_SLIPPED = 3

#: The shortest one-word country a slip may be read in: shorter ones ("Chile", "Nepal")
#: sit one letter off too many names.
_MIN_ONE_WORD = 6

#: Given names one letter off a one-word country ("Angola", "Bolivia", "Dominica", ...),
#: folded: never read as a slip.
_NEAR_COUNTRY_NAMES = frozenset(
    {"angela", "olivia", "dominic", "georgi", "georgio", "romana", "romani", "jordana"}
    | {"jordán", "serbio", "sergia", "mariana", "kenyan", "italio", "cameron", "giorgia"}
    | {"giorgio", "georgie", "georgina", "canara", "marocco", "monica", "adriana", "liberio"}
)


def shaped_places(text: str, lex: Lexicon, spans: list[tuple[int, int]]) -> Learnt:
    """(folded key, place) of each place ``text[a:b]`` names by its shape, for each body
    block ``(a, b)`` of ``spans``."""
    for a, b in spans:
        yield from _compass_places(text, a, b, lex)
        words = list(_WORD.finditer(text, a, b))
        groups = [m.group() for m in words]
        block = (words, [g.lower() for g in groups], [g[:1].isupper() for g in groups])
        if _countries(lex.places)[0]:
            yield from _slipped_countries(text, block, lex)
        if _one_word_countries(lex.places):
            yield from _slipped_one_word(text, block, lex)


def _compass_places(text: str, a: int, b: int, lex: Lexicon) -> Learnt:
    for m in _COMPASS.finditer(text, a, b):
        if _cap(_word_before(text, m.start())):
            continue  # "Trần Nam Anh": a name's syllables
        compass = tokenize(m.group())
        after = tokenize(text[m.end() : min(b, m.end() + _PLACE_CHARS)])
        hit = lex.places.longest(after, 0) if after and after[0].cap else None
        if hit is None:
            continue
        words = compass + after[: hit[0]]
        known = lex.places.longest(words, 0)
        if known is not None and known[0] >= len(words):
            continue
        name = text[m.start() : m.end()] + " ".join(t.text for t in after[: hit[0]])
        yield [t.fold for t in words], PlaceInfo(name, hit[1].country, "region")


def _slipped_countries(text: str, block: _Block, lex: Lexicon) -> Learnt:
    firsts, seconds = _countries(lex.places)
    words, folds, caps = block
    last = len(words) - 1
    # only pairs with a country's word in place are looked at (list comprehension: fast)
    for k in [k for k in range(last) if folds[k] in firsts or folds[k + 1] in seconds]:
        one, two = words[k], words[k + 1]
        if two.start() != one.end() + 1 or text[one.end()] != " ":
            continue
        if not (caps[k] and caps[k + 1]):
            continue
        if k and (caps[k - 1] or folds[k - 1] in HONORIFIC_WORDS):
            continue  # inside a longer run, or a person's ("ông Hàn Quốc")
        if k + 2 <= last and caps[k + 2] and words[k + 2].start() == two.end() + 1:
            continue
        place = _slip_of(folds[k], folds[k + 1], firsts, seconds, lex)
        if place is not None:
            yield [t.fold for t in tokenize(f"{one.group()} {two.group()}")], place


def _slipped_one_word(text: str, block: _Block, lex: Lexicon) -> Learnt:
    words, folds, caps = block
    shortest = _MIN_ONE_WORD - 1
    candidates = [
        k for k in range(len(words) - 1) if caps[k] and caps[k + 1] and len(folds[k]) >= shortest
    ]
    for k in candidates:
        one, nxt = words[k], words[k + 1]
        fold = folds[k]
        if fold in _NEAR_COUNTRY_NAMES or nxt.start() != one.end() + 1:
            continue  # a slip before the holder's name only
        if k and (caps[k - 1] or folds[k - 1] in HONORIFIC_WORDS):
            continue  # inside a name ("Ahmad Malaysa"), or a person's ("ông Xyz")
        place = _one_word_slip(fold, lex.places)  # most words: no country one edit away
        if place is None:
            continue
        if is_vietnamese_syllable(fold) or lex.places.get((fold,)) is not None:
            continue
        if lex.people_names.longest(tokenize(text[one.start() : nxt.end()]), 0) is not None:
            continue  # a well-known person's name ("Giorgia Meloni")
        yield [fold], place


def _one_word_slip(fold: str, places: Trie[PlaceInfo]) -> PlaceInfo | None:
    """The one country ``fold`` is a one-letter slip of, or None (none, or two)."""
    countries = _one_word_countries(places)
    index = _deletion_index(places)
    meant = set().union(*(index.get(v, ()) for v in _deletions(fold)))
    found = {countries[m].country: countries[m] for m in meant if one_edit_apart(fold, m)}
    return next(iter(found.values())) if len(found) == 1 else None


def _deletions(word: str) -> set[str]:
    """``word`` and every string with one of its letters dropped: two words one edit apart
    share one of these (a replaced letter, dropped at its place in both; an added one)."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


@lru_cache(maxsize=8)
def _deletion_index(places: Trie[PlaceInfo]) -> dict[str, frozenset[str]]:
    """Each one-letter deletion (and the word itself) of the one-word countries -> those
    countries: a slip is looked up by its own deletions, not compared with every country."""
    index: dict[str, set[str]] = {}
    for meant in _one_word_countries(places):
        for variant in _deletions(meant):
            index.setdefault(variant, set()).add(meant)
    return {k: frozenset(v) for k, v in index.items()}


def _slip_of(f1: str, f2: str, firsts: Index, seconds: Index, lex: Lexicon) -> PlaceInfo | None:
    """The country ``f1 f2`` is a one-letter slip of, or None. A slipped word that is a
    family name may open a person's name ("Hà Quốc Trung"): no slip then."""
    for second, place in firsts.get(f1, ()):
        if _slip(f2, second) and not (is_vietnamese_syllable(f2) and f2 in lex.surnames):
            return place
    for first, place in seconds.get(f2, ()):
        if _slip(f1, first) and f1 not in lex.surnames:
            return place
    return None


def _slip(word: str, meant: str) -> bool:
    return word != meant and len(meant) >= _MIN_SLIPPED and one_edit_apart(word, meant)


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _word_before(text: str, p: int) -> str:
    """The word ending right before offset ``p`` (one space between), or ""."""
    q = p - 1
    if q < 1 or text[q] != " ":
        return ""
    lo = q
    while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "'’–-"):
        lo -= 1
    return text[lo:q]


@lru_cache(maxsize=8)
def _countries(places: Trie[PlaceInfo]) -> tuple[Index, Index]:
    """Two-word Vietnamese-spelt countries indexed by first word (-> second words) and by
    second word (-> first words); computed once per place trie."""
    firsts: Index = {}
    seconds: Index = {}
    for key in places.entries():
        place = places.get(key)
        if place is None or place.kind != "country" or len(key) != 2:
            continue
        if not all(is_vietnamese_syllable(w) for w in key):
            continue
        firsts.setdefault(key[0], []).append((key[1], place))
        seconds.setdefault(key[1], []).append((key[0], place))
    return firsts, seconds


@lru_cache(maxsize=8)
def _one_word_countries(places: Trie[PlaceInfo]) -> dict[str, PlaceInfo]:
    """One-word countries of at least :data:`_MIN_ONE_WORD` letters, by folded key."""
    found: dict[str, PlaceInfo] = {}
    for key in places.entries():
        place = places.get(key)
        if place is None or place.kind != "country" or place.country == "VN":
            continue
        if len(key) == 1 and len(key[0]) >= _MIN_ONE_WORD:
            found[key[0]] = place
    return found
