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

from vndiplo.casing import UPPER
from vndiplo.syllables import is_vietnamese_syllable
from vndiplo.tries import render, trie
from vndiplo_titles.constructions import HONORIFIC_WORDS
from vndiplo_titles.matcher import Lexicon, PlaceInfo, Trie
from vndiplo_titles.names import tokenize
from vndiplo_titles.typo_variants import one_edit_apart

__all__ = ["shaped_places"]

#: (folded key, place) pairs, and a country index: first (or second) word -> other words.
Learnt = Iterator[tuple[list[str], PlaceInfo]]
Index = dict[str, list[tuple[str, PlaceInfo]]]

#: A compass word, maybe doubled ("Đông Bắc"), then a space and a capitalised word.
#: (The same as ``(?<![\w'’–-])(?:(?:Đông|Tây) )?(?:Bắc|Nam|Đông|Tây) ``: each branch opens
#: with a literal letter and tests the word start just after it, so ``re`` skips in C to the
#: few positions holding B, N, T or Đ instead of trying the look-behind at every character,
#: about four times faster over a body block.)
_COMPASS_WORD = "(?:Bắc|Nam|Đông|Tây)"
_COMPASS = re.compile(
    rf"(?:T(?<![\w'’–-]T)ây {_COMPASS_WORD}|Đ(?<![\w'’–-]Đ)ông {_COMPASS_WORD}"
    r"|B(?<![\w'’–-]B)ắc|N(?<![\w'’–-]N)am|T(?<![\w'’–-]T)ây|Đ(?<![\w'’–-]Đ)ông)"
    r" (?=[^\W\d_])"
)

#: Words of the page: a country's slip is looked for among consecutive pairs.
_WORD = re.compile(r"[^\W\d_]+(?:[-–'’][^\W\d_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
#: How far back a word's start is looked for (longer words are not names).
_WORD_REACH = 80
#: Letters before a word's first letter (matched just before) that make it no word start: a
#: letter, or a letter and a joiner ("X-Malaysa" is one word). Tested after the first letter,
#: so ``re`` skips in C to the candidates' first letters.
_NOT_WORD_START = r"(?<![^\W\d_].)(?<![^\W\d_][-–'’].)"
#: A whole capitalised word, then one character and a capital: a word a slip may be.
_CAP_BEFORE_CAP = re.compile(
    rf"[{UPPER}]{_NOT_WORD_START}(?>[^\W\d_]*(?:[-–'’][^\W\d_]+)*)(?=[\s\S][{UPPER}])"
)

#: Nouns before a compass word that name a part of the place after it ("miền Bắc Ấn Độ",
#: "phía Nam Lào"): no title runs into it, and the country must stay the page's place.
_REGION_NOUNS = frozenset({"miền", "phía", "vùng", "vực", "hướng"})

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
    firsts = _countries(lex.places)[0]
    one_word = bool(_one_word_countries(lex.places))
    # The page's names come back paragraph after paragraph: each capitalised word is looked
    # up once (see :func:`_slipped_one_word`), in a dict that lives for this page only.
    slips: dict[str, PlaceInfo | None] = {}
    for a, b in spans:
        yield from _compass_places(text, a, b, lex)
        if firsts:
            yield from _slipped_countries(text, a, b, lex)
        if one_word:
            yield from _slipped_one_word(text, a, b, lex, slips)


def _compass_places(text: str, a: int, b: int, lex: Lexicon) -> Learnt:
    for m in _COMPASS.finditer(text, a, b):
        before = _word_before(text, m.start())
        if _cap(before):
            continue  # "Trần Nam Anh": a name's syllables
        if before.lower() in _REGION_NOUNS:
            continue  # "miền Bắc Ấn Độ": a part of the country named, which stays the place
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


def _slipped_countries(text: str, a: int, b: int, lex: Lexicon) -> Learnt:
    """Two capitalised words, one a two-word country's and the other one letter off its
    partner ("Hàn Qốc"). Only the words of a country are looked at (found by one regex)."""
    firsts, seconds = _countries(lex.places)
    pairs: dict[int, tuple[re.Match[str], re.Match[str]]] = {}
    paired_end = -1  # the end of the last first word that opened a pair
    for hit in _country_words(lex.places).finditer(text, a, b):
        if not _starts_word(text, hit.start()):
            continue
        fold = hit.group().lower()
        # The first word right before this one opened the pair already ("Việt" of "Việt
        # Nam", most hits): the word that would be read back is that one (a whole word, at a
        # word start), so the pair below would be kept as it is. Not read back again.
        opened = paired_end == hit.start() - 1
        if fold in firsts and text[hit.end() : hit.end() + 1] == " ":
            two = _WORD.match(text, hit.end() + 1, b)
            if two is not None:
                pairs.setdefault(hit.start(), (hit, two))
                paired_end = hit.end()
        if fold in seconds and text[hit.start() - 1 : hit.start()] == " " and not opened:
            one = _word_ending(text, a, hit.start() - 1)
            if one is not None and one.end() == hit.start() - 1:
                pairs.setdefault(one.start(), (one, hit))
    for _start, (one, two) in sorted(pairs.items()):
        f1, f2 = one.group().lower(), two.group().lower()
        if f1 not in firsts and f2 not in seconds:
            continue
        # The slip first: most pairs are a country spelt right ("Việt Nam"), turned down here
        # before their neighbours are read (all the tests are pure, so the order is free).
        place = _slip_of(f1, f2, firsts, seconds, lex)
        if place is None:
            continue
        if not (_cap(one.group()) and _cap(two.group())):
            continue
        before = _word_ending(text, a, one.start())
        if before is not None and (
            _cap(before.group()) or before.group().lower() in HONORIFIC_WORDS
        ):
            continue  # inside a longer run, or a person's ("ông Hàn Quốc")
        nxt = _next_word(text, two.end(), b)
        if nxt is not None and _cap(nxt.group()) and nxt.start() == two.end() + 1:
            continue
        yield [t.fold for t in tokenize(f"{one.group()} {two.group()}")], place


def _slipped_one_word(
    text: str, a: int, b: int, lex: Lexicon, slips: dict[str, PlaceInfo | None]
) -> Learnt:
    """A capitalised word one letter off a one-word country, right before a capitalised
    word ("Malaysa Mohamad"); candidates found by one regex, checked here. ``slips`` keeps
    :func:`_one_word_slip` of the words already looked up on the page."""
    for one in _CAP_BEFORE_CAP.finditer(text, a, b):
        word = one.group()
        fold = word.lower()
        if len(fold) < _MIN_ONE_WORD - 1 or fold in _NEAR_COUNTRY_NAMES:
            continue
        if fold in slips:
            place = slips[fold]
        else:  # most words: no country one edit away
            place = slips[fold] = _one_word_slip(fold, lex.places)
        if place is None:
            continue
        before = _word_ending(text, a, one.start())
        if before is not None and (
            _cap(before.group()) or before.group().lower() in HONORIFIC_WORDS
        ):
            continue  # inside a name ("Ahmad Malaysa"), or a person's ("ông Xyz")
        if is_vietnamese_syllable(fold) or lex.places.get((fold,)) is not None:
            continue
        nxt = _WORD.match(text, one.end() + 1, b)
        end = nxt.end() if nxt is not None else one.end()
        if lex.people_names.longest(tokenize(text[one.start() : end]), 0) is not None:
            continue  # a well-known person's name ("Giorgia Meloni")
        yield [fold], place


def _word_ending(text: str, a: int, p: int) -> re.Match[str] | None:
    """The last word (as :data:`_WORD` reads them) of ``text[a:p]``, or None."""
    j = p - 1
    while j >= a and _LETTER.match(text, j) is None:
        j -= 1
    if j < a:
        return None
    words = list(_WORD.finditer(text, max(a, j - _WORD_REACH), j + 1))
    return words[-1] if words else None


def _starts_word(text: str, p: int) -> bool:
    """Does a word of :data:`_WORD` start at ``p`` (no letter, nor letter and joiner, before)?"""
    if p and _LETTER.match(text, p - 1):
        return False
    return not (p > 1 and text[p - 1] in "-–'’" and _LETTER.match(text, p - 2))


def _next_word(text: str, p: int, b: int) -> re.Match[str] | None:
    """The first word of ``text[p:b]``, or None."""
    return _WORD.search(text, p, b)


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
def _country_words(places: Trie[PlaceInfo]) -> re.Pattern[str]:
    """A whole capitalised word (or one in capitals) of a two-word country: a slip's pair is
    capitalised. A trie of characters, case-sensitive, so ``re`` skips to their first letters;
    the word's start is checked after a match."""
    firsts, seconds = _countries(places)
    words = {w for word in {*firsts, *seconds} for w in (word.capitalize(), word.upper())}
    body = render(trie(words)) if words else "(?!)"
    return re.compile(rf"{body}(?![^\W\d_])(?![-–'’][^\W\d_])")


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
