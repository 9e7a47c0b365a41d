"""How many sides two reports share: the same people, and short spellings the pair pins down.

Person resolution (:mod:`vndiplo.corpus.names`) never merges "Putin" or "V. Putin" with
"Vladimir Putin": across a corpus the short form could be another Putin. Two *reports* are a
narrower setting. When they already share one person exactly and agree on family, day and
place (checked by :func:`vndiplo.corpus.link.linked`), a name of one report that is not in the
other counts as the same side as a name of the other report when:

- both are Latin-script names (no Vietnamese letter or tone anywhere: "Thanh" and "Thành",
  or a Vietnamese given name used alone, are never taken for one another);
- they have the same surname (the last word; for a two-word name also the first, the order
  :mod:`vndiplo.corpus.names` already allows) and given names that do not contradict: none
  ("Putin"), an initial ("V. Putin"), a middle initial left out ("Joseph R. Biden" and
  "Joseph Biden"), an English short form from a fixed table ("Joe" for "Joseph"), or a
  transliteration variant one letter apart in a given name of five letters or more ("Barak" and
  "Barack", "Saysomphone" and "Xaysomphone");
- or, with the same given names written out first on both sides, surnames that differ only by a
  final silent "e" on a surname of six letters or more ("Siphandon" and "Siphandone", as Lao
  names are transliterated two ways); never for a name holding a Vietnamese family name;
- the match is one to one: the name fits exactly one unshared name of the other report and that
  name fits only it ("Lee" beside two Lees stays unmatched);
- neither opens with a common Vietnamese family name (:data:`VIETNAMESE_FAMILY_NAMES`): an
  unmarked Vietnamese name matches only word for word, since "Nguyen Hung" and "Nguyen Van
  Hung", "Tran Quang" and "Tran Dai Quang", "Le Minh" and "Minh Le" are different people.

A Vietnamese name printed without its diacritics, as English-language outlets print every
Vietnamese name ("Pham Minh Chinh" for "Phạm Minh Chính"), counts as the same side as the
marked spelling when the two are equal word for word once the marks are folded away
(:func:`plain_spelling`): a full name of two words or more, one spelling with no mark at all and
the other with marks; or a French-language spelling that keeps the vowel marks but drops every
tone, on the family name too ("Nguyên Xuân Phuc" for "Nguyễn Xuân Phúc": :func:`_toneless`).
Otherwise two marked spellings that differ ("Thanh" and "Thành") never match. Such
a fold is a second side, never the only anchor: the two reports must still share one person
exactly, since "Nguyen Van Hung" folds both "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng". (An English
and a Vietnamese report of one call that share no spelling at all, "To Lam" and "Putin" beside
"Tô Lâm" and "Vladimir Putin", therefore stay apart: precision over recall.)

This only decides whether two reports name the same sides; the people table keeps the two
spellings as two persons, so person precision is untouched. It is a pure, symmetric function
of the two reports, so merging stays independent of the order articles arrive in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Final

from vndiplo.corpus.hanviet import could_be_one
from vndiplo.corpus.names import VIETNAMESE_FAMILY_NAMES, clean_name
from vndiplo.corpus.scripts import transliteration_skeleton, vietnamese_fold

__all__ = [
    "PEOPLE_SQL",
    "SHORT_FORMS",
    "VIETNAMESE_FAMILY_NAMES",
    "compatible_names",
    "decode_people",
    "plain_spelling",
    "shared_sides",
    "spelled_into",
    "unmarked_as",
]

#: English given names and the short forms outlets print for the same leader ("Joe Biden").
SHORT_FORMS: Final[dict[str, str]] = {
    "joe": "joseph",
    "bill": "william",
    "bob": "robert",
    "jim": "james",
    "mike": "michael",
    "tony": "anthony",
    "tom": "thomas",
}
_VIETNAMESE = re.compile("[đĐ\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]")
_WORDS = re.compile(r"[\s.]+")
_VOWEL_LETTERS = frozenset("aeiouy")

#: SQL giving a source's people as one string (``p`` is ``source_people``): see decode_people.
PEOPLE_SQL: Final = "group_concat(p.person_id || char(30) || p.name, char(31))"


def decode_people(packed: str | None) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """Person ids and (id, name as written) pairs from :data:`PEOPLE_SQL`'s string."""
    pairs = sorted(
        (pid, name)
        for pid, _sep, name in (item.partition("\x1e") for item in (packed or "").split("\x1f"))
        if pid
    )
    return frozenset(pid for pid, _n in pairs), tuple(pairs)


@lru_cache(maxsize=1 << 14)
def _words(name: str) -> tuple[str, ...] | None:
    """The lower-case words of a Latin-script name; None for a Vietnamese-spelled one."""
    text = clean_name(name)
    if _VIETNAMESE.search(unicodedata.normalize("NFD", text)):
        return None
    return tuple(w for w in _WORDS.split(text.lower()) if w)


def _same_given(a: str, b: str) -> bool:
    if a == b or SHORT_FORMS.get(a, a) == SHORT_FORMS.get(b, b):
        return True
    short, long = sorted((a, b), key=len)
    if len(short) == 1:
        return long.startswith(short)
    return len(short) >= 5 and _one_edit_apart(short, long)


def _one_edit_apart(short: str, long: str) -> bool:
    """One consonant replaced, added or dropped before the last letter: how outlets transliterate
    one given name two ways ("Barak"/"Barack", "Saysomphone"/"Xaysomphone"). A changed vowel or
    last letter is left out: it tells "Mario" from "Maria", "Louis" from "Louise"."""
    if len(long) - len(short) > 1:
        return False
    start = 0
    while start < len(short) and short[start] == long[start]:
        start += 1
    if start >= len(long) - 1 or long[start] in _VOWEL_LETTERS:
        return False
    if len(short) == len(long):
        return short[start] not in _VOWEL_LETTERS and short[start + 1 :] == long[start + 1 :]
    return short[start:] == long[start + 1 :]


def _givens_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """No given names on one side, or the first ones agreeing and the rest of the shorter
    list found, in order, in the longer (a middle name or initial may be left out)."""
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    if not _same_given(short[0], long[0]):
        return False
    rest = iter(long[1:])
    return all(any(_same_given(word, other) for other in rest) for word in short[1:])


def _silent_e_apart(a: str, b: str) -> bool:
    """One surname the other plus a final "e", the shorter six letters or more: a transliteration
    variant ("Siphandon"/"Siphandone"); shorter surnames are often distinct ("Lund"/"Lunde")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 6 and short.isascii() and short.isalpha() and long == short + "e"


def _silent_e_variant(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The same given names written out, word for word, then surnames a silent "e" apart.

    Only in the written order, given names first: read the other way round, "Christian" and
    "Christiane" (two people) would pass for a surname variant.
    """
    return (
        len(x) >= 2
        and x[:-1] == y[:-1]
        and all(len(w) >= 2 for w in x[:-1])
        and _silent_e_apart(x[-1], y[-1])
    )


def _orders(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return (words, words[::-1]) if len(words) == 2 else (words,)


@lru_cache(maxsize=1 << 14)
def compatible_names(a: str, b: str) -> bool:
    """Whether two different Latin-script spellings could name one person (see module doc)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb or wa == wb:
        return False
    if wa[0] in VIETNAMESE_FAMILY_NAMES or wb[0] in VIETNAMESE_FAMILY_NAMES:
        return False  # word for word only, and equal words are one spelling already
    if any(
        x[-1] == y[-1] and _givens_agree(x[:-1], y[:-1]) for x in _orders(wa) for y in _orders(wb)
    ):
        return True
    if _family_first_variant(wa, wb):
        return True
    return not VIETNAMESE_FAMILY_NAMES.intersection(wa + wb) and _silent_e_variant(wa, wb)


def _family_first_variant(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The same family name first, then given syllables written apart, hyphened or joined, or
    one syllable's last consonant apart ("Park Geun-hye", "Park Geun Hye", "Park Geum Hye"):
    Korean and Chinese names in Latin script. Two different given names differ by more ("Kim
    Jong Un"/"Kim Jong Il") or at a syllable's start ("Lee Sang-min"/"Lee Sang Jin")."""
    if len(x) < 2 or len(y) < 2 or x[0] != y[0] or (len(x) == 2 and len(y) == 2):
        return False  # two words each: word for word, as compatible_names reads them already
    syllables_x = [part for word in x[1:] for part in word.split("-") if part]
    syllables_y = [part for word in y[1:] for part in word.split("-") if part]
    if "".join(syllables_x) == "".join(syllables_y):
        return True  # "Keqiang" and "Ke Qiang": one given name, written joined or apart
    if len(syllables_x) != len(syllables_y):
        return False
    # one syllable's last consonant apart ("Geun"/"Geum"); a syllable's first letter tells
    # given names apart ("Sang-min", "Sang Jin")
    differing = [(p, q) for p, q in zip(syllables_x, syllables_y, strict=True) if p != q]
    return len(differing) == 1 and _last_consonant_apart(*differing[0])


def _last_consonant_apart(a: str, b: str) -> bool:
    """Two syllables the same but for their last letter, both consonants ("geun", "geum")."""
    return (
        len(a) == len(b) >= 3
        and a[:-1] == b[:-1]
        and a[-1] not in _VOWEL_LETTERS
        and b[-1] not in _VOWEL_LETTERS
    )


@lru_cache(maxsize=1 << 14)
def plain_spelling(name: str) -> tuple[bool, str] | None:
    """Whether a name carries Vietnamese marks, and its words with every mark folded away.

    None for a one-word name: a given name alone ("Lam") is too little to pin anyone down.
    """
    text = unicodedata.normalize("NFD", clean_name(name))
    marked = bool(_VIETNAMESE.search(text)) or any(unicodedata.combining(c) for c in text)
    folded = "".join(c for c in text if not unicodedata.combining(c))
    folded = folded.replace("đ", "d").replace("Đ", "D")
    words = [w for w in _WORDS.split(folded.lower()) if w]
    if len(words) < 2:
        return None
    return marked, " ".join(words)


def _same_unmarked(a: str, b: str) -> bool:
    """One spelling with Vietnamese marks, the other the same words without any, or without
    its tone marks only (:func:`_toneless`)."""
    pa, pb = plain_spelling(a), plain_spelling(b)
    if pa is None or pb is None or pa[1] != pb[1]:
        return False
    return pa[0] != pb[0] or _toneless(a, b) or _toneless(b, a)


#: The five tone marks (grave, acute, tilde, hook above, dot below), as NFD combining marks.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _toneless(partial: str, full: str) -> bool:
    """Whether ``partial`` is ``full`` with its tone marks dropped and its vowel marks kept.

    French-language outlets print Vietnamese names so ("Nguyên Xuân Phuc" for "Nguyễn Xuân
    Phúc"). ``partial`` must carry no tone mark at all, and ``full`` one on its first word: a
    family name keeps its tone, so "Nguyên" shows the page drops tones, while "Lê Văn Thanh"
    beside "Lê Văn Thành" is two names (Lê has no tone to lose).
    """
    pa = unicodedata.normalize("NFD", clean_name(partial).lower())
    fu = unicodedata.normalize("NFD", clean_name(full).lower())
    first = fu.split()[0] if fu.split() else ""
    if any(c in _TONE_MARKS for c in pa) or not any(c in _TONE_MARKS for c in first):
        return False
    return " ".join(pa.split()) == " ".join("".join(c for c in fu if c not in _TONE_MARKS).split())


def _one_to_one(
    rest_a: list[str], rest_b: list[str], fit: Callable[[str, str], bool]
) -> list[tuple[str, str]]:
    """The pairs (x, y) where x fits only y among ``rest_b`` and y only x among ``rest_a``."""
    fits = {x: [y for y in rest_b if fit(x, y)] for x in rest_a}
    back: dict[str, int] = {}
    for found in fits.values():
        for y in found:
            back[y] = back.get(y, 0) + 1
    return [(x, found[0]) for x, found in fits.items() if len(found) == 1 and back[found[0]] == 1]


def _same_vietnamese(a: str, b: str) -> bool:
    """A Vietnamese name with marks and the same words without any (:func:`vietnamese_fold`)."""
    fa, fb = vietnamese_fold(a), vietnamese_fold(b)
    return fa is not None and fb is not None and fa[1] != fb[1] and fa[0] == fb[0]


def _same_skeleton(a: str, b: str) -> bool:
    """Two spellings of a foreign name, one of them a Vietnamese respelling or both Latin
    (:func:`transliteration_skeleton`), that differ as written but not in their skeleton."""
    sa = transliteration_skeleton(a)
    return sa is not None and a != b and sa == transliteration_skeleton(b)


def _respelled(a: str, b: str) -> bool:
    """One foreign name in two scripts: a Vietnamese respelling with the skeleton of its
    romanisation, or a Chinese name read the Sino-Vietnamese way and in pinyin
    (:func:`vndiplo.corpus.hanviet.could_be_one`)."""
    return _same_skeleton(a, b) or could_be_one(a, b)


def shared_sides(
    a: Mapping[str, str], b: Mapping[str, str], *, cross_script: bool = False
) -> tuple[int, int]:
    """(people shared by the same id, sides shared in all) between two reports' {id: name}.

    Nothing is shared without one person of the same id in both reports. Beside that person, a
    spelling with marks and one without (see module doc) is one side, and then the short
    spellings the pair pins down. A folded spelling never stands alone: "Nguyen Van Hung" may
    be "Nguyễn Văn Hùng" or "Nguyễn Văn Hưng", and two such folds ("Pham Minh Chinh" beside it)
    are two guesses, not a person known to be in both reports.

    ``cross_script`` is for two reports already known to be of one family and day
    (:func:`vndiplo.corpus.link.linked`), an English and a Vietnamese one typically: there a
    Vietnamese name without marks that folds to exactly one marked name of the other report
    is the person shared (one to one within the pair), and a foreign name and its Vietnamese
    respelling with one transliteration skeleton ("Thongloun"/"Thoong-lun"), or a Chinese name
    in Sino-Vietnamese and in pinyin ("Lưu Ninh"/"Liu Ning"), is a further side. Neither is
    ever the person shared: it only supports one.
    """
    exact = a.keys() & b.keys()
    if not exact and not cross_script:
        return 0, 0
    unmarked = _one_to_one(
        sorted(a.keys() - exact),
        sorted(b.keys() - exact),
        lambda x, y: _same_unmarked(a[x], b[y]),
    )
    anchors = len(exact)
    if not exact:
        anchors = sum(_same_vietnamese(a[x], b[y]) for x, y in unmarked)
        if not anchors:
            return 0, 0
    rest_a = sorted(a.keys() - exact - {x for x, _y in unmarked})
    rest_b = sorted(b.keys() - exact - {y for _x, y in unmarked})
    respelled: list[tuple[str, str]] = []
    if cross_script:
        respelled = _one_to_one(rest_a, rest_b, lambda x, y: _respelled(a[x], b[y]))
        rest_a = sorted(set(rest_a) - {x for x, _y in respelled})
        rest_b = sorted(set(rest_b) - {y for _x, y in respelled})
    matched = _one_to_one(rest_a, rest_b, lambda x, y: compatible_names(a[x], b[y]))
    return len(exact), len(exact) + len(unmarked) + len(respelled) + len(matched)


def _full(name: str) -> bool:
    """A Latin-script name with a given name written out ("Antony Blinken", not "A. Blinken")."""
    words = _words(name)
    return words is not None and len(words) >= 2 and all(len(w) >= 2 for w in words)


def unmarked_as(own: Mapping[str, str], other: Mapping[str, str]) -> dict[str, str]:
    """Each of ``own``'s ids ({id: name}) as ``other``'s id for the same person: the same id,
    or a Vietnamese name with marks and the same words without them, one to one ("Luong
    Cuong" / "Lương Cường"). Ids with no such match stay as they are.

    For comparing the roles two reports give one person in two scripts, after the reports
    are already found to share their sides.
    """
    matched = _one_to_one(
        sorted(own.keys() - other.keys()),
        sorted(other.keys() - own.keys()),
        lambda x, y: _same_unmarked(own[x], other[y]),
    )
    return {**{pid: pid for pid in own}, **dict(matched)}


def spelled_into(own: Mapping[str, str], anchor: Mapping[str, str]) -> frozenset[str] | None:
    """A weak report's people ({id: name}) as the anchor report's ids, or None when one is missing.

    Everyone in the anchor stays; someone not in it stands for the anchor's one name left that is
    another spelling of theirs ("Xaysomphone Phomvihane" for "Saysomphone Phomvihane"), one to
    one, both spellings full names (a surname alone could be anyone of that name). The weak
    report names no second side to pin the pair down, so a bare surname or an initial is not
    enough here, unlike :func:`shared_sides`. When one person is shared exactly, the other may
    be the same name in the other script, as :func:`shared_sides` reads it across scripts: a
    Vietnamese name printed without marks (or without tones) and a foreign name respelt the
    Vietnamese way, one to one.
    """
    missing = sorted(own.keys() - anchor.keys())
    if not missing:
        return frozenset(own)
    left = sorted(anchor.keys() - own.keys())
    # A Chinese name in the other script: the anchor's day already agrees (the caller checks).
    matched = _one_to_one(missing, left, lambda x, y: could_be_one(own[x], anchor[y]))
    missing = sorted(set(missing) - {x for x, _y in matched})
    left = sorted(set(left) - {y for _x, y in matched})
    if own.keys() & anchor.keys():
        # One person shared exactly: the other side may be the same name in the other script,
        # as in :func:`shared_sides` across scripts (a fold one to one, a respelling).
        matched += _one_to_one(
            missing,
            left,
            lambda x, y: _same_unmarked(own[x], anchor[y]) or _respelled(own[x], anchor[y]),
        )
        missing = sorted(set(missing) - {x for x, _y in matched})
        left = sorted(set(left) - {y for _x, y in matched})
    spelled = _one_to_one(
        missing,
        left,
        lambda x, y: _full(own[x]) and _full(anchor[y]) and compatible_names(own[x], anchor[y]),
    )
    if len(spelled) != len(missing):
        return None
    return frozenset(own.keys() & anchor.keys()) | {y for _x, y in matched + spelled}
