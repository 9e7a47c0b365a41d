"""An unknown Vietnamese place right before a Vietnamese name in a title ("Bí thư Huyện ủy Kim
Sơn Đinh Văn Hùng", "UBND huyện Gia Lâm Đinh Văn Hùng"): both open with words of the family-name
list, so the first family name of the run may open the place, not the name.

A Vietnamese name is mostly three syllables, a place mostly two: when the first family name
would make a name of four syllables or more, a family name opening the last three (or, in a
longer run, the last four) syllables opens the name instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from vndiplo.syllables import is_vietnamese_syllable

if TYPE_CHECKING:
    from vndiplo_titles.matcher import Lexicon
    from vndiplo_titles.names import Token

__all__ = ["MIDDLE_MARKERS", "later_name_start", "name_after_short_place"]

#: Middle names that mark a Vietnamese name ("Văn", "Thị") and end no place name: a family
#: name right after one is the name's own syllable ("Đinh Văn Lâm Hùng"), no name's start.
MIDDLE_MARKERS: Final = frozenset({"văn", "thị"})

#: The lengths of the name tried after a place, most likely first.
_NAME_LENGTHS: Final = (3, 4)


def later_name_start(tokens: list[Token], a: int, first: int, b: int, lex: Lexicon) -> int | None:
    """Where the name in the run ``tokens[a:b]`` starts when the family name at ``first``
    would open a name of five syllables or more, or of four after an unknown place of one
    word ("Tân | Yên Lê Thanh Hà"): a later family name, after at least two words of the
    run (a place of two), that opens a name of three or four syllables with no place in it,
    the run all Vietnamese-spelt; None when there is none (the name starts at ``first``)."""
    size = b - first
    if size < 4 or (size == 4 and first == a):
        return None
    for length in _NAME_LENGTHS:
        k = b - length
        if k <= first or k < a + 2:
            continue
        if tokens[k].fold not in lex.surnames or tokens[k - 1].fold in MIDDLE_MARKERS:
            continue
        if lex.places.longest(tokens, k, b) is not None:
            continue
        if all(is_vietnamese_syllable(t.text) for t in tokens[a:b]):
            return k
    return None


def name_after_short_place(tokens: list[Token], a: int, k: int, b: int, lex: Lexicon) -> int:
    """Where the name starts when the family name at ``k`` is the run's second word: a place
    is never one unknown syllable, so a word of the family-name list right after one closes
    the place ("Huyện ủy Nam Giang | Chờ Rưm Nhiên", "huyện Tây Giang | Bh'riu Liếc"), and
    the name is the rest, of two words or more. That holds when the family name would open a
    name of four syllables or more, or the rest holds a syllable Vietnamese does not spell (a
    highland name). ``k`` itself when it opens the name: "Văn" or "Thị" follows it ("Khối
    Nguyễn Văn A"), the first word is a family name too, or the rest is too short."""
    if k != a + 1 or b - (k + 1) < 2 or tokens[k + 1].fold in MIDDLE_MARKERS:
        return k
    rest = tokens[k + 1 : b]
    if b - k < 4 and all(is_vietnamese_syllable(t.text) for t in rest):
        return k  # "Cục Thuế Đặng Ngọc Minh": a family name opening three syllables
    first = tokens[a]
    if not first.cap or first.fold in lex.surnames or not is_vietnamese_syllable(first.text):
        return k
    if lex.places.longest(tokens, k + 1, b) is not None:
        return k
    return k + 1
