"""One person whose name a page writes twice, once with a slip: a letter doubled, dropped or
changed, or a tone mark lost ("Kommasith"/"Komasith", "Hồ Ccẩm Đào"/"Hồ Cẩm Đào", "Trương Tấn
Sáng"/"Trương Tấn Sang", "Thongloun Sisoulith"/"Thonglun Sisulith").

Two spellings are folded only when the slip is small in every word (at most one edit each),
the names have the same number of words, both are named under one office, and the page itself
says which spelling is the slip: it is written once while the other is written more often, or
both are written once and the longer, else the first written, is taken as meant. Two spellings
that differ only by their marks ("Lê Văn Thanh", "Lê Văn Thành") may be two officials: they
fold only when one is written more than once and the other once, unless the names are
transliterated ("Thoong-lun Xỉ-xu-lít", "Thoong-lun Xỉ-xu-lit") or foreign ("Raúl Castro",
"Raul Castro"), whose marks outlets spell as they hear or type them. Near names each named
more than once stay apart, unless both are foreign (no Vietnamese family name opens them:
"Men San An", "Men Sam An"), when the spelling written first is meant; near names under
different offices stay apart.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Sequence
from typing import Protocol, TypeVar

from vndiplo_titles.literal_scans import whole_word_count, whole_word_find

__all__ = ["fold_typo_spellings", "near_spellings", "one_edit_apart"]

#: The shortest word a one-letter slip may be read in: "An"/"Ân" are two different names.
_MIN_WORD = 3


class _Spelt(Protocol):
    name: str


_P = TypeVar("_P", bound=_Spelt)


def one_edit_apart(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` different by exactly one letter replaced, added or dropped?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    short, long = sorted((a, b), key=len)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    if len(short) == len(long):
        return short[i + 1 :] == long[i + 1 :]
    return short[i:] == long[i + 1 :]


def near_spellings(a: str, b: str) -> bool:
    """Could ``a`` and ``b`` be one name with slips: as many words, each word the same or one
    edit apart (words of three letters or more), case aside?"""
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) != len(wb) or len(wa) < 2 or wa == wb:
        return False
    return all(
        x == y or (min(len(x), len(y)) >= _MIN_WORD and one_edit_apart(x, y))
        for x, y in zip(wa, wb, strict=True)
    )


def _marks_apart(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the same letters with other marks ("Thanh", "Thành")?"""
    return _unmarked(a) == _unmarked(b)


def _foreign(name: str, surnames: Collection[str]) -> bool:
    """Is ``name`` a foreign one, opened by no Vietnamese family name of ``surnames`` (never,
    when ``surnames`` is empty)?"""
    return bool(surnames) and name.split()[0].lower() not in surnames


def _transliterated(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` transliterated names, a word of each of hyphenated syllables
    ("Xỉ-xu-lít", "Xỉ-xu-lit")? Outlets mark the tones of a Lao or Khmer name as they hear
    them, so a mark lost there is a slip, not a second official."""
    return any("-" in w for w in a.split()) and any("-" in w for w in b.split())


def _unmarked(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.lower()).replace("đ", "d")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _written(name: str, text: str) -> int:
    """How often ``name`` is written as whole words ("Macro" is not in "Macron")."""
    return whole_word_count(name, text) if name else 0


def _meant_first(a: str, b: str, text: str) -> bool:
    """Of two spellings each written once, is ``a`` the meant one: the longer (a cut word
    loses letters: "Macro" for "Macron"), else the one written first?"""
    if len(a) != len(b):
        return len(a) > len(b)
    return text.find(a) < text.find(b)


def fold_typo_spellings(
    people: Sequence[_P],
    text: str,
    absorb: Callable[[_P, _P], None],
    same_office: Callable[[_P, _P], bool],
    surnames: Collection[str] = (),
) -> list[_P]:
    """``people`` with each slip spelling folded (by ``absorb(target, slip)``) into the one
    spelling the page confirms (see the module's docstring); ``same_office(a, b)``: are the
    two named under one title? A slip near two names folds into neither. ``surnames``
    (folded Vietnamese family names) tells a foreign name: one opened by none."""
    counts = {id(p): _written(p.name, text) for p in people}
    folded: set[int] = set()
    for p in people:
        if counts[id(p)] > 1 and not _foreign(p.name, surnames):
            continue
        near = [q for q in people if q is not p and near_spellings(p.name, q.name)]
        if len(near) != 1 or id(near[0]) in folded:
            continue
        target = near[0]
        if not same_office(target, p):
            continue
        if counts[id(p)] > 1:
            # "Men San An" and "Men Sam An", each written more than once under one office: a
            # foreign name the page spells two ways; the spelling it introduces first (with
            # the person's offices) is meant. Vietnamese near names may be two officials.
            if (
                counts[id(target)] > 1
                and _foreign(target.name, surnames)
                and id(target) not in folded
                and 0 <= whole_word_find(target.name, text) < whole_word_find(p.name, text)
            ):
                absorb(target, p)
                folded.add(id(p))
            continue
        if _marks_apart(p.name, target.name) and not (
            _transliterated(p.name, target.name)
            or (_foreign(p.name, surnames) and _foreign(target.name, surnames))
        ):
            # "Lê Văn Thanh" and "Lê Văn Thành" may be two officials: only a spelling written
            # more often than once against one written once is the page's slip
            if counts[id(target)] > 1:
                absorb(target, p)
                folded.add(id(p))
            continue
        if counts[id(target)] > 1 or (
            counts[id(target)] == 1
            and id(target) not in folded
            and _meant_first(target.name, p.name, text)
        ):
            absorb(target, p)
            folded.add(id(p))
    return [p for p in people if id(p) not in folded]
