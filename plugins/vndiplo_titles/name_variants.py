"""When two written names are one person's: spelling variants, short forms and cut-off names.

Used by :mod:`vndiplo_titles.merge` once every finding is collected:

* :func:`spelling_key`: "Park Ji-won" and "Park Ji Won", "Yar'Adua" and "Yar’Adua" are one
  name spelt two ways on one page (hyphen or space, apostrophe shape, case);
* :func:`regular_capitals`: "Trương tấn Sang" is "Trương Tấn Sang" when the page (its
  headline, say) also writes the name with every syllable capitalised;
* :func:`fold_short_names`: "Putin" into "Vladimir Putin", "H.Mô-ra-lét" into "Hu-gô Mô-ra-lét
  Mô-rốt", "Miguel Díaz-Canel" into "Miguel Díaz-Canel Bermúdez", and a name cut off by the end
  of the excerpt ("Nguyễn Minh T") into the one longer name it starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Protocol, TypeVar

from vndiplo_titles.family_first import family_first
from vndiplo_titles.names import PARTICLES, is_vietnamese_syllable, looks_foreign, tokenize
from vndiplo_titles.short_forms import ends_name, initialled, inner_word, middle_left_out

__all__ = [
    "fold_short_names",
    "name_words",
    "page_full_name",
    "regular_capitals",
    "spelling_key",
]

#: Apostrophe shapes written inside one name ("Yar'Adua", "Yar’Adua", "Yarʼ Adua").
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_HYPHEN_OR_SPACE = re.compile(r"[\s\-‐‑–]+")


def spelling_key(name: str) -> str:
    """The key two spellings of one name share: lower case, one apostrophe shape, hyphens read
    as spaces ("Park Byeong-Seug" and "Park Byeong Seug" -> "park byeong seug")."""
    return _HYPHEN_OR_SPACE.sub(" ", name.translate(_APOSTROPHES).lower()).strip()


def regular_capitals(name: str, text: str) -> str:
    """``name`` with its lower-case syllables capitalised when ``text`` also writes it so, else
    ``name``: a Vietnamese name capitalises every syllable, so "Trương tấn Sang" in the body
    is a slip when the headline writes "Trương Tấn Sang". A page that only ever writes the
    odd form keeps it, as written. Particles of Latin names ("von der") stay lower case."""
    words = name.split(" ")
    if all(w[:1].isupper() for w in words):
        return name  # the usual name: no look-up
    fixed = " ".join(w if w[:1].isupper() or w in PARTICLES else w.capitalize() for w in words)
    if fixed == name or not all(is_vietnamese_syllable(w) for w in words):
        return name
    return fixed if text.find(fixed) >= 0 else name


#: A word right before a name's last word, and the character before that word.
_WORD_BEFORE = r"(^|.)([^\W\d_][\w'’-]*)[^\S\n]+"


def page_full_name(
    name: str, text: str, own: Collection[int] = (), place: Callable[[str], bool] = bool
) -> str | None:
    """The one full form ``text`` writes of the one-word Latin name ``name`` ("Merkel" ->
    "Angela Merkel"), or None. A page may title a person by surname only ("Thủ tướng Đức
    Merkel") and write the full name where no title stands (a quoted foreign article,
    "Bundeskanzlerin Angela Merkel"). A capitalised Latin word right before the name is its
    given name when it opens the run of capitals there ("bà Angela Merkel") or follows a word
    the page also writes right before the bare name (a title: "Bundeskanzlerin Merkel" and
    "Bundeskanzlerin Angela Merkel"); a word after another capital ("Arabia Saudi Abdullah",
    "Samdech Techo Hunsen") or an acronym ("TS X") is the title's. Exactly one given name must
    be found: two ("Angela Merkel", "Paul Merkel") are two people. ``own``: where the name's
    own mentions start, whose word before is their title's ("Bộ trưởng Ngoại giao Indonesia
    Sugiono"), not read; ``place``: whether a word is a place's (a country is no given name)."""
    if " " in name or len(name) < 3 or is_vietnamese_syllable(name) or not name[0].isupper():
        return None
    found = [
        (m.group(1), m.group(2), m.start(2))
        for m in re.finditer(_WORD_BEFORE + re.escape(name) + r"(?!\w)", text, re.MULTILINE)
        if m.end() - len(name) not in own
    ]
    direct = {word for _, word, _ in found}
    given: set[str] = set()
    titles: set[str] = set()
    for _, word, at in found:
        if not word[0].isupper() or word.isupper() or is_vietnamese_syllable(word):
            continue
        if place(word):
            return None  # "Indonesia Sugiono": a country before the name is its office's
        prev = re.search(r"([^\W\d_][\w'’-]*)[^\S\n]+$", text[max(0, at - 40) : at])
        if prev is None or not prev.group(1)[0].isupper():
            given.add(word)
        elif prev.group(1) in direct:
            given.add(word)
            titles.add(prev.group(1))  # "Bundeskanzlerin Angela": the title before both
        else:
            return None  # a capital before it: a place's or a style's word, not a given name
    given -= titles
    if len(given) != 1:
        return None
    return f"{given.pop()} {name}"


class _Named(Protocol):
    name: str
    key: str
    spans: set[tuple[int, int]]


def name_words(key: str) -> list[str]:
    """The words of a name's key, an initial's dot a separator ("v.putin" -> v, putin)."""
    return [w for w in _WORD_SPLIT.split(key) if w]


_WORD_SPLIT = re.compile(r"[\s.]+")


def _truncated(short: str, long: str, *, cut: bool) -> bool:
    """Is ``short`` the name ``long`` with its last word cut short? A Latin name ("Donald Trum"
    for "Donald Trump") may be a typo anywhere; a Vietnamese-spelt one only when ``cut``, the
    excerpt ending on it ("Nguyễn Minh T"): elsewhere "Văn Tha" and "Văn Thanh" are two people."""
    a, b = short.split(), long.split()
    if len(a) != len(b) or a[:-1] != b[:-1] or len(a[-1]) < (1 if cut else 2):
        return False
    if not (len(b[-1]) > len(a[-1]) and b[-1].startswith(a[-1])):
        return False
    return cut or looks_foreign(tokenize(long))


def _initialled(short: str, long: str) -> bool:
    """Is ``short`` initials and later words of ``long`` ("n.ma-đu-rô" for "ni-cô-lát
    ma-đu-rô mô-rốt", "v.putin" for "vladimir putin", "l.i. lula da silva" for "luiz inácio
    lula da silva"), or the initial of the given name of a two-word family-first name and
    its family name ("j. koizumi" for "koizumi junichiro")?"""
    if "." not in short or "." in long:
        return False
    words, full = name_words(short), name_words(long)
    if len(full) < 2:
        return False
    if initialled(words, full):
        return True
    # a family-first name ("Koizumi Junichiro") written Western-style: "J. Koizumi"; a
    # Western name never puts its family name first ("K. John" is not "John Kerry")
    return (
        len(words) == 2
        and len(words[0]) == 1
        and len(full) == 2
        and words[1] == full[0]
        and full[1].startswith(words[0])
        and family_first(full)
    )


def _cut_off(p: _Named, text_end: int) -> bool:
    """Does every mention of ``p`` run to the end of the text (an excerpt cut inside a name)?"""
    return bool(p.spans) and all(b >= text_end for _, b in p.spans)


_P = TypeVar("_P", bound=_Named)


def fold_short_names(
    people: Sequence[_P],
    text: str,
    absorb: Callable[[_P, _P], None],
    surnames: Collection[str] = (),
) -> list[_P]:
    """``people`` with each short form folded (by ``absorb(target, short)``) into the fullest
    name it fits (see :func:`_fits`). A short form that fits several names folds only when
    they are all short forms of one fullest name ("G.Ki" and "Giôn Ki" into the biography's
    "Giôn Phi-líp Ki"); two different people sharing a word ("Kim" of "Kim Jong Un" and "Kim
    Yong Il") keep it apart. A name the end of the text cuts off and no longer name completes
    is dropped: its full form is unknown ("Thiếu tướng Đỗ Qua" ending an excerpt).
    ``surnames``: the Vietnamese family names (folded), whose names never drop a middle word.
    """
    end = len(text.rstrip())
    # "V.Putin": an initial glued to the surname makes a full name too
    full = [p for p in people if " " in p.name or len(name_words(p.key)) > 1]
    cuts = {id(p): _cut_off(p, end) for p in people}
    parts = _NameParts()  # each name split and tokenised once, not once per pair
    fits = {id(p): _fits(p, full, cuts[id(p)], surnames, parts) for p in people}
    roots: dict[int, list[_P]] = {}

    def fullest(p: _P) -> list[_P]:
        """The names ``p`` ends in when every fold is followed (itself when none)."""
        if id(p) not in roots:
            roots[id(p)] = [p]  # a guard: the relation only ever lengthens a name
            found: dict[int, _P] = {}
            for q in fits[id(p)]:
                found.update((id(r), r) for r in fullest(q))
            roots[id(p)] = list(found.values()) or [p]
        return roots[id(p)]

    out: list[_P] = []
    for p in people:
        fit = fits[id(p)]
        top = fullest(p) if fit else []
        if len(top) == 1 and top[0] is not p:
            absorb(top[0], p)
            continue
        if len(fit) == 1:
            absorb(fit[0], p)  # its one longer form is itself ambiguous: fold one step
            continue
        if cuts[id(p)] and not fit:
            continue
        out.append(p)
    return out


class _NameParts:
    """:func:`name_words` of a key and whether a name looks foreign, each worked out once
    for one :func:`fold_short_names` (which compares every name with every other)."""

    def __init__(self) -> None:
        self._words: dict[str, list[str]] = {}
        self._foreign: dict[str, bool] = {}

    def words(self, key: str) -> list[str]:
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = name_words(key)
        return found

    def foreign(self, name: str) -> bool:
        found = self._foreign.get(name)
        if found is None:
            found = self._foreign[name] = looks_foreign(tokenize(name))
        return found


def _fits(
    p: _P, full: Sequence[_P], cut: bool, surnames: Collection[str], parts: _NameParts
) -> list[_P]:
    """The longer names ``p`` may be a short form of, by the first shape that fits any: a
    one-word name that is the first or last word of a full name, else an inner word of a
    foreign one; an initial and surname; a foreign name of two words or more that starts a
    longer name; the last words of a longer name; a name with middle names left out; a
    name whose last word is cut short."""
    words = parts.words(p.key)
    others = [q for q in full if q is not p]
    if len(words) == 1:
        fits = [q for q in others if p.key in (parts.words(q.key)[0], parts.words(q.key)[-1])]
        if not fits:
            fits = [
                q for q in others if inner_word(p.key, parts.words(q.key)) and parts.foreign(q.name)
            ]
        return fits
    fits = [q for q in others if q.key.startswith(p.key + " ")]
    foreign = parts.foreign(p.name)
    if fits and not (cut or foreign):
        fits = []
    tests: tuple[Callable[[_P], bool], ...] = (
        lambda q: _initialled(p.key, q.key),
        # a Vietnamese name's last words alone may be a place ("châu Văn Sơn"), no short form
        lambda q: "." not in q.key and ends_name(words, parts.words(q.key)) and foreign,
        lambda q: middle_left_out(words, parts.words(q.key), surnames),
        lambda q: _truncated(p.key, q.key, cut=cut),
    )
    for test in tests:
        if fits:
            break
        fits = [q for q in others if test(q)]
    return fits
