"""Places a document itself names: "huyện Lục Xuân", "tỉnh Khăm Muồn (Lào)".

The gazetteer cannot list every district of every neighbour, and a title is often written
before such a place ("Bí thư Huyện ủy Lục Xuân Hà Dương", "Tỉnh trưởng Khăm Muồn tiếp
đoàn"): with the place unknown, the parser takes it for the person (or the first half of the
person's name). A page that names the place once with a lower-case administrative noun
("đoàn đại biểu huyện Lục Xuân, châu ...") tells us it is a place, so we learn it for that
document only.

Learnt only where nothing else can be meant: a lower-case administrative noun not itself
part of a title or an organisation ("UBND tỉnh", "Chủ tịch tỉnh" may be followed by the
holder's name), then one to four capitalised words closed by punctuation, or one capitalised
word closed by a lower-case word ("hợp tác với tỉnh Hallavik nhằm ...": a page may name the
province only inside a sentence; one word, since two may be a place and a name or a name
alone, "lãnh đạo tỉnh Hun Neng cho biết"). A run that reads
like a Vietnamese person's name (a family name and three syllables or more) is never learnt.
One regex pass over the text; nothing is learnt on most pages. Places known by their shape
alone (a compass word before a known place, a country's one-letter slip) are learnt too, see
:mod:`.shaped_places`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from vndiplo_titles.matcher import Lexicon, PlaceInfo, TitleInfo, Trie
from vndiplo_titles.name_runs import latin_pair_name
from vndiplo_titles.names import PARTICLES, Token, tokenize
from vndiplo_titles.shaped_places import shaped_places

__all__ = ["LocalPlaces", "learn_places"]

#: Lower-case administrative nouns, each with the space after it (found with ``str.find``:
#: much faster than one regex scan over the whole text).
_ADMIN_NOUNS = ("tỉnh ", "huyện ", "quận ", "châu ", "thị xã ", "thành phố ", "bang ", "vùng ")

#: The run of words after an administrative noun up to a closing punctuation mark, matched
#: at the run's start. Words are checked for capitals after the match.
_RUN = re.compile(r"((?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){0,3}) ?(?=[,.;:()\n]|$)")
#: One word, then a space and a lower-case word: a place named inside a sentence ("tỉnh
#: Hallavik nhằm"). The case of both words is checked after the match.
_WORD_THEN_LOWER = re.compile(r"([^\W\d_][\w'’-]*) (?=([^\W\d_][\w'’-]*))")

#: "tiểu bang" (a federation's state): "tiểu" before the noun "bang".
_SUB = "tiểu "
_STATE = "bang "
#: "vùng" (a region) is learnt with a particle inside ("vùng Val de Marne") or as one word.
_REGION = "vùng "

#: Words before the administrative noun that make it part of an organisation, whose
#: complement may be a person's name ("UBND tỉnh Nguyễn Văn A,"); the last word of any title
#: of the lexicon does too ("Thống đốc bang Nevada Tom Baker.", see :func:`_title_tails`).
_ORG_TAILS = frozenset({"ubnd", "hđnd", "ủy", "uỷ"})

#: Last words of titles that are also the last word of common nouns before a place ("Nhân
#: dân tỉnh X", "Hội hữu nghị tỉnh X"): not taken as a title's tail.
_COMMON_TAILS = frozenset(
    {"dân", "nhân", "hội", "nước", "quốc", "ban", "đoàn", "đảng", "phủ", "ương", "biểu"}
)

#: More syllables than this after a family name read as a person's name, not a place.
_MAX_SURNAME_PLACE = 2


@lru_cache(maxsize=8)
def _title_tails(titles: Trie[TitleInfo]) -> frozenset[str]:
    """The last words of the lexicon's titles ("tịch", "đốc", "trưởng" ...), common nouns'
    left out; computed once per compiled lexicon."""
    return frozenset(key[-1] for key in titles.entries() if key) - _COMMON_TAILS | _ORG_TAILS


def _inside_title(text: str, at: int, tails: frozenset[str]) -> bool:
    """Is the word before ``at`` (the administrative noun) capitalised, or a title's last
    word ("UBND tỉnh", "Chủ tịch tỉnh")?"""
    if at < 2 or text[at - 1] != " ":
        return False
    before = text[text.rfind(" ", max(0, at - 12), at - 1) + 1 : at - 1]
    return before[:1].isupper() or before.lower() in tails


class LocalPlaces(Trie[PlaceInfo]):
    """The shared place trie plus the places one document names (longest match wins)."""

    __slots__ = ("_base",)

    def __init__(self, base: Trie[PlaceInfo]) -> None:
        super().__init__()
        self._base = base

    def longest(
        self, tokens: Sequence[Token], i: int, stop: int | None = None
    ) -> tuple[int, PlaceInfo] | None:
        base = self._base.longest(tokens, i, stop)
        own = super().longest(tokens, i, stop)
        if own is None or (base is not None and base[0] >= own[0]):
            return base
        return own


def learn_places(text: str, lex: Lexicon, spans: Iterable[tuple[int, int]]) -> Lexicon:
    """``lex`` with the places ``text[a:b]`` names after an administrative noun added (for
    each ``(a, b)`` of ``spans``: the body blocks), or ``lex`` itself when they name none
    the gazetteer does not know."""
    trie: LocalPlaces | None = None
    spans = list(spans)
    for key, place in shaped_places(text, lex, spans):
        if trie is None:
            trie = LocalPlaces(lex.places)
        trie.add(key, place)
    nouns = [noun for noun in _ADMIN_NOUNS if noun in text]  # most pages: none, no block loop
    if not nouns:
        return lex if trie is None else lex.with_places(trie)
    for a, b in spans:
        for noun in nouns:
            at = text.find(noun, a, b)
            while at >= 0:
                tokens = _place_run(text, at, len(noun), lex)
                if tokens is not None:
                    if trie is None:
                        trie = LocalPlaces(lex.places)
                    name = " ".join(t.text for t in tokens)
                    trie.add([t.fold for t in tokens], PlaceInfo(name, None))
                at = text.find(noun, at + 1, b)
    return lex if trie is None else lex.with_places(trie)


def _capitalised(words: list[str]) -> bool:
    """Is every word capitalised, but for particles inside ("Val de Marne")?"""
    inner = range(1, len(words) - 1)
    return all(w[:1].isupper() or (k in inner and w in PARTICLES) for k, w in enumerate(words))


def _place_run(text: str, at: int, length: int, lex: Lexicon) -> list[Token] | None:
    """The tokens of a place the noun at ``at`` (``length`` characters with its space)
    introduces, or None: see the module docstring for when one is learnt."""
    start = at + length
    if start >= len(text) or not text[start].isupper():
        return None
    if at and text[at - 1].isalnum():
        return None  # inside a longer word
    # "Bộ Lao động tiểu bang X": the word before "tiểu bang" decides
    before = at - len(_SUB) if text.startswith(_SUB, at - len(_SUB)) else at
    m = _RUN.match(text, start)
    if m is None or not _capitalised(m.group(1).split(" ")):
        m = _WORD_THEN_LOWER.match(text, start)
        if m is None or not m.group(2).islower() or m.group(2) in PARTICLES:
            return None
    tokens = tokenize(m.group(1))
    inner = tokens[1:-1]
    particled = any(t.fold in PARTICLES and not t.cap for t in inner)
    if not all(t.cap and not t.acronym for t in tokens if not (t in inner and t.fold in PARTICLES)):
        return None
    # "tỉnh trưởng vùng Val de Marne,": a particle between capitals names a place of a Latin
    # tongue here, never the holder a title's administrative word may come before
    if not particled and _inside_title(text, before, _title_tails(lex.titles)):
        return None
    if text.startswith(_REGION, at) and not particled and len(tokens) > 1:
        return None  # "Hội đồng vùng Bretagne Loïg Chesnais-Girard": the holder follows
    if lex.places.longest(tokens, 0) is not None:
        return None  # known already (and a longer run may be a place plus a name)
    if tokens[0].fold in lex.surnames and len(tokens) > _MAX_SURNAME_PLACE:
        return None
    if lex.people_names.longest(tokens, 0) is not None:
        return None
    if text.startswith(_STATE, at) and latin_pair_name(tokens):
        return None  # "bang John Miller": a governor's name, the state left to the context
    return tokens
