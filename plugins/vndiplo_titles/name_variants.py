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
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from vndiplo_titles.family_first import family_first
from vndiplo_titles.names import PARTICLES, is_vietnamese_syllable, looks_foreign, tokenize

__all__ = ["fold_short_names", "name_words", "regular_capitals", "spelling_key"]

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
    """Is ``short`` an initial and a later word of ``long`` ("n.ma-đu-rô" for "ni-cô-lát
    ma-đu-rô mô-rốt", "v.putin" for "vladimir putin"), or the initial of the given name of a
    two-word family-first name and its family name ("j. koizumi" for "koizumi junichiro")?"""
    if "." not in short:
        return False
    words, full = name_words(short), name_words(long)
    if len(words) != 2 or len(words[0]) != 1 or len(full) < 2 or "." in long:
        return False
    if full[0].startswith(words[0]) and words[1] in full[1:]:
        return True
    # a family-first name ("Koizumi Junichiro") written Western-style: "J. Koizumi"; a
    # Western name never puts its family name first ("K. John" is not "John Kerry")
    return (
        len(full) == 2
        and words[1] == full[0]
        and full[1].startswith(words[0])
        and family_first(full)
    )


def _cut_off(p: _Named, text_end: int) -> bool:
    """Does every mention of ``p`` run to the end of the text (an excerpt cut inside a name)?"""
    return bool(p.spans) and all(b >= text_end for _, b in p.spans)


_P = TypeVar("_P", bound=_Named)


def fold_short_names(people: Sequence[_P], text: str, absorb: Callable[[_P, _P], None]) -> list[_P]:
    """``people`` with each short form folded (by ``absorb(target, short)``) into the one full
    name it fits: a one-word name that is the first or last word of one full name; an initial
    and surname of one full name; a foreign name of two words or more that starts one longer
    name; a name whose last word is cut short. A name the end of the text cuts off and no
    longer name completes is dropped: its full form is unknown ("Thiếu tướng Đỗ Qua" ending
    an excerpt)."""
    end = len(text.rstrip())
    # "V.Putin": an initial glued to the surname makes a full name too
    full = [p for p in people if " " in p.name or len(name_words(p.key)) > 1]
    out: list[_P] = []
    for p in people:
        cut = _cut_off(p, end)
        if len(name_words(p.key)) == 1:
            fits = [q for q in full if p.key in (name_words(q.key)[0], name_words(q.key)[-1])]
        else:
            fits = [q for q in full if q.key.startswith(p.key + " ")]
            if fits and not (cut or looks_foreign(tokenize(p.name))):
                fits = []
            if not fits:
                fits = [q for q in full if q is not p and _initialled(p.key, q.key)]
            if not fits:
                fits = [q for q in full if _truncated(p.key, q.key, cut=cut)]
        fits = [q for q in fits if q is not p]
        if len(fits) == 1:
            absorb(fits[0], p)
            continue
        if cut and not fits:
            continue
        out.append(p)
    return out
