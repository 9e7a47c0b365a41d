"""Tokens, and where a person's name begins and ends inside a run of capitalised words.

Vietnamese capitalises every syllable of a name and of a place, so "Bí thư Khu ủy Quảng Tây
Lưu Ninh" holds one run, "Quảng Tây Lưu Ninh", that is half place, half person. We cut such
runs with three cheap, linear tests instead of a statistical tagger: known places are peeled
off the front (the gazetteer), a family name opens a Vietnamese or Sino-Vietnamese name (the
surname list), and a syllable Vietnamese could not spell ("Lee", "Mostyn", "Sokhonn") marks a
Latin-script foreign name, which then runs to the end.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from vndiplo_titles.matcher import Lexicon, PlaceInfo

__all__ = [
    "TOKEN",
    "NameCut",
    "Token",
    "is_vietnamese_syllable",
    "looks_foreign",
    "split_run",
    "tokenize",
]

#: Words (letters joined by inner hyphens or apostrophes), numbers, newlines, any other
#: single non-space character. Every alternative consumes at least one character and
#: none nests a quantifier, so tokenising is linear.
TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|\n|[^\s]")

#: Longest names we accept: Vietnamese names have 2-5 syllables ("Tôn Nữ Thị Ninh"),
#: Latin ones a few more ("Sheikh Ahmad Abdullah Al-Ahmad Al Sabah").
MAX_VIETNAMESE = 5
MAX_FOREIGN = 7


class Token:
    """One token of the normalised text, with the features the parser keeps asking for."""

    __slots__ = ("acronym", "cap", "end", "fold", "start", "text", "word")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.fold, self.word, self.cap, self.acronym = _features(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


#: Word -> (fold, word, cap, acronym). A plain dict, emptied when full: news reuses a few
#: thousand words, and a hit is one look-up instead of four string methods.
_FEATURES: dict[str, tuple[str, bool, bool, bool]] = {}
_FEATURES_MAX = 50_000


def _features(text: str) -> tuple[str, bool, bool, bool]:
    """``Token``'s features of ``text``: its fold, and whether it is a word, capitalised (an
    upper-case or title-case first letter) and an acronym."""
    found = _FEATURES.get(text)
    if found is None:
        fold = text.lower()
        cap = fold[0] != text[0]
        found = (fold, text[0].isalpha(), cap, cap and len(text) > 1 and text.isupper())
        if len(_FEATURES) >= _FEATURES_MAX:
            _FEATURES.clear()  # bounded memory over a stream of articles
        _FEATURES[text] = found
    return found


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets shifted by ``offset`` (the block's start)."""
    # Speed: this builds every token the parser sees, so it bypasses ``Token.__init__`` (a
    # Python call per token) and fills the slots inline; twice as fast, same tokens.
    new = Token.__new__
    features = _FEATURES.get
    tokens = []
    for m in TOKEN.finditer(text):
        word = m.group()
        start = m.start() + offset
        tok = new(Token)
        tok.text, tok.start, tok.end = word, start, start + len(word)
        tok.fold, tok.word, tok.cap, tok.acronym = features(word) or _features(word)
        tokens.append(tok)
    return tokens


_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:uyê|uya|ươu|ươi|yêu|iêu|oai|oay|oeo|uôi|uây|uyu|iê|yê|uô|ươ|ưa|ưi|ưu|ua|uâ|uê|ui|uy"
    r"|uơ|oa|oă|oe|oi|ôi|ơi|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)


@lru_cache(maxsize=4096)
def is_vietnamese_syllable(word: str) -> bool:
    """Could ``word`` be one Vietnamese syllable? ("Ninh" yes; "Lee", "Prak", "Tae-won" no)."""
    bare = unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", word.lower()).translate(_TONES)
    )
    return _SYLLABLE.fullmatch(bare) is not None


def looks_foreign(tokens: list[Token]) -> bool:
    """A run is a Latin-script foreign name when any word could not be Vietnamese."""
    return any(not is_vietnamese_syllable(t.text) for t in tokens)


@frozen
class NameCut:
    """How a capitalised run splits: ``title_len`` tokens of title, then ``name_len`` of name."""

    title_len: int
    name_len: int
    places: tuple[PlaceInfo, ...] = ()


def split_run(tokens: list[Token], a: int, b: int, lex: Lexicon, *, direct: bool) -> NameCut:
    """Cut the capitalised run ``tokens[a:b]`` into title material and a name.

    ``direct`` is true when the run follows the title word itself ("Tổng thống Ai Cập",
    "Tổng Bí thư Tô Lâm"), where a two-to-four-syllable run with no known family name may
    still be a name; after an organisation ("Bộ trưởng Bộ Công Thương") it may not.
    """
    places: list[PlaceInfo] = []
    i = a
    while i < b:
        hit = lex.places.longest(tokens, i, b)
        if hit is None:
            break
        i += hit[0]
        places.append(hit[1])
    rest = b - i
    if rest == 0:
        return NameCut(b - a, 0, tuple(places))
    run = tokens[i:b]
    known = lex.people_names.longest(tokens, i, b)
    if known is not None:
        return NameCut(i - a, known[0], tuple(places))
    if looks_foreign(run):
        return NameCut(i - a, min(rest, MAX_FOREIGN), tuple(places))
    if rest >= 2 and run[0].fold in lex.surnames:
        return NameCut(i - a, _name_length(tokens, i, b, lex), tuple(places))
    for k in range(i + 1, b - 1):
        if tokens[k].fold in lex.surnames and lex.places.longest(tokens, k, b) is None:
            return NameCut(k - a, _name_length(tokens, k, b, lex), tuple(places))
    if direct and 2 <= rest <= 4:
        # right after the title, or after only a country ("Thủ tướng Singapore Sam Chua")
        return NameCut(i - a, rest, tuple(places))
    return NameCut(b - a, 0, tuple(places))


def _name_length(tokens: list[Token], i: int, b: int, lex: Lexicon) -> int:
    """Syllables of a Vietnamese name starting at ``i``: up to a place, at most 5."""
    n = 1
    while i + n < b and n < MAX_VIETNAMESE:
        if n >= 2:
            # only a place of two words or more: one-word countries ("Đức", "Anh") are
            # also common given names ("Nguyễn Minh Đức", "Trần Tuấn Anh")
            hit = lex.places.longest(tokens, i + n, b)
            if hit is not None and hit[0] >= 2:
                break
        n += 1
    return n
