"""Is one written name a shorter form of another on the same page?

Used by :func:`vndiplo_titles.name_variants.fold_short_names`. Every test here compares the
words of two name keys (lower case, split at spaces and initials' dots, see
:func:`.name_variants.name_words`) and only says "may be the same person"; the caller folds a
short form only when it fits one fullest name, so two people who share a family name
("Fidel Castro", "Raúl Castro") or a given name stay apart.

The shapes, each a way the press shortens one person's name:

* given names cut to initials: "L.I. Lula Da Silva", "V.Putin", "N.Ma-đu-rô" (see
  :func:`initialled`);
* leading given names left out: "Lula Da Silva" for "Luiz Inácio Lula Da Silva", "López
  Obrador" for "Andrés Manuel López Obrador" (see :func:`ends_name`; foreign names only, the
  caller checks: a Vietnamese name's last words alone may be a place, "châu Văn Sơn");
* middle names left out: "Giôn Ki" for the biography's "Giôn Phi-líp Ki", "John Key" for
  "John Phillip Key" (see :func:`middle_left_out`);
* one inner name standing for the whole: "Lula" for "Luiz Inácio Lula Da Silva" (see
  :func:`inner_word`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from vndiplo_titles.family_first import FAMILY_NAMES
from vndiplo_titles.names import PARTICLES

__all__ = ["ends_name", "initialled", "inner_word", "middle_left_out"]


def initialled(short: list[str], full: list[str]) -> bool:
    """Are the leading one-letter words of ``short`` the initials of ``full``'s first words,
    and the rest of ``short`` a run of ``full``'s words after them? "l i lula da silva" for
    "luiz inácio lula da silva"; "n ma-đu-rô" for "ni-cô-lát ma-đu-rô mô-rốt". ``full`` has
    no initials of its own (the caller checks)."""
    k = 0
    while k < len(short) and len(short[k]) == 1:
        k += 1
    rest = short[k:]
    if not k or not rest or len(full) < k + len(rest):
        return False
    if any(not word.startswith(letter) for letter, word in zip(short[:k], full[:k], strict=False)):
        return False
    tail = full[k:]
    return any(tail[at : at + len(rest)] == rest for at in range(len(tail) - len(rest) + 1))


def ends_name(short: list[str], full: list[str]) -> bool:
    """Is ``short`` (two words or more) the last words of the longer ``full``: the given
    names before it left out ("lula da silva", "lópez obrador")? A lone particle pair ("da
    silva") counts: it is still a family name."""
    n = len(short)
    return 2 <= n < len(full) and full[-n:] == short and not _letters_lost(full)


def middle_left_out(short: list[str], full: list[str], surnames: Collection[str]) -> bool:
    """Is ``short`` ``full`` with middle names left out: same first and last word, the
    others in order ("giôn ki" for "giôn phi-líp ki")? Only for a Western-shaped name: not a
    Vietnamese one (a family name of our list first: "Nguyễn Dũng" is no "Nguyễn Tấn Dũng"),
    nor an East Asian one whose given name is one unit ("Kim Il" is no "Kim Jong Il"); and
    never when ``short`` keeps an initial, which marks a different person ("George W. Bush"
    is not "George H. W. Bush")."""
    if len(short) < 2 or len(full) <= len(short) or any(len(w) == 1 for w in short):
        return False
    if short[0] != full[0] or short[-1] != full[-1]:
        return False
    if full[0] in surnames or full[0] in FAMILY_NAMES or _letters_lost(full):
        return False
    words = iter(full)
    return all(word in words for word in short)


#: The vowels of Latin and Vietnamese spelling, folded (tone marks on them included).
_VOWELS = re.compile(r"[aeiouyăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def _letters_lost(words: list[str]) -> bool:
    """Does a word of two letters or more have no vowel ("trng" for "trọng"): a page whose
    letters with diacritics were lost, where the words left no longer tell names apart? A
    name there is folded only by its whole spelling."""
    return any(len(w) > 1 and w.isalpha() and _VOWELS.search(w) is None for w in words)


def inner_word(short: str, full: list[str]) -> bool:
    """Is the one-word ``short`` an inner word of a foreign name of three words or more
    ("lula" in "luiz inácio lula da silva", "díaz-canel" in "miguel díaz-canel bermúdez")?
    Particles never stand for a name."""
    return len(full) >= 3 and short not in PARTICLES and short in full[1:-1]
