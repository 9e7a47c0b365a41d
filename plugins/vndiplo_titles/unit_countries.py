"""Countries of the districts and provinces a page ties to one in some sentence, for the
titles of their local officials ("Huyện trưởng huyện X" when the page writes elsewhere
"huyện X, tỉnh Y (Campuchia)", "tỉnh Y của Lào", "X thuộc tỉnh Y, Campuchia").

A local unit is an administrative word and a capitalised run ("huyện Kong Pisei"). From it a
chain is read forward: other units after a comma, dash, slash or "thuộc/của/ở/tại" ("huyện X,
tỉnh Y", "huyện X/tỉnh Y/Vương quốc Z": a local page's address form), and at its end a
country, bare or in brackets, maybe after "nước". Every unit of the chain is that country's.
The chain stops at anything else, so a unit followed by a name or a verb is tied to nothing.
Used with :func:`.merge.local_places` (units with the country in brackets right after them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import product

from vndiplo.casing import UPPER
from vndiplo.tries import render, trie
from vndiplo_titles.lexicon import ADMIN_WORDS
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import Token, tokenize

__all__ = ["chained_unit_countries"]


def _phrases(words: tuple[str, ...]) -> Iterator[str]:
    """The phrase with each word lower-case, capitalised or in capitals ("thành phố", "Thành
    phố", "THÀNH PHỐ"); a stop is written with or without a space before it ("TP.", "TP .")."""
    for form in product(*((w, w.capitalize(), w.upper()) for w in words)):
        yield " ".join(form)
        if any(not w.isalpha() for w in form[1:]):
            yield "".join(form)


#: Words joining a unit to the next link of its chain ("thuộc tỉnh Y", "của Lào").
_JOINERS = frozenset({"thuộc", "của", "ở", "tại", "nước", ",", "–", "-", "(", "/"})
#: Links a chain may have (units and joiners), so a long list is not one chain.
_MAX_LINKS = 8


def chained_unit_countries(
    spans: Iterable[tuple[int, int]], text: str, lex: Lexicon
) -> dict[str, str]:
    """Folded unit name -> country for each unit of a chain ending in a country, in the body
    blocks ``spans``; a unit tied to two countries is left out."""
    found: dict[str, set[str]] = {}
    for a, b in spans:
        if _UNIT_OPENING.search(text, a, b) is None:
            continue  # no administrative word before a capital: no unit, nothing to tokenize
        tokens = tokenize(text[a:b], a)
        i = 0
        while i < len(tokens):
            unit = _unit_at(tokens, i)
            if unit is None:
                i += 1
                continue
            names, country = _chain(tokens, i, lex)
            if country is not None:
                for name in names:
                    found.setdefault(name, set()).add(country)
            i = unit[1]
    return {name: next(iter(c)) for name, c in found.items() if len(c) == 1}


#: An administrative word in any usual case, then a capital: where a unit may open (a cheap
#: test per block; a case-sensitive trie, so ``re`` skips to the words' first letters).
_UNIT_OPENING = re.compile(
    render(trie(phrase for words in ADMIN_WORDS for phrase in _phrases(words))) + rf"\s*[{UPPER}]"
)


#: First words of the administrative words: most tokens are none, and skip the tuple builds.
_FIRST_WORDS = frozenset(words[0] for words in ADMIN_WORDS)


def _unit_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The start and end of the unit's capitalised run when an administrative word opens
    one at ``i``, else None."""
    if tokens[i].fold not in _FIRST_WORDS:
        return None
    for n in (2, 1):
        if tuple(t.fold for t in tokens[i : i + n]) in ADMIN_WORDS:
            k = i + n
            while k < len(tokens) and tokens[k].word and tokens[k].cap:
                k += 1
            return (i + n, k) if k > i + n else None
    return None


def _lower_tail(tokens: list[Token], k: int) -> int:
    """Past a transliterated name's last syllable written in lower case right before a
    bracket ("tỉnh Xay Nhạ Bu ly (Lào)"), else ``k``: the chain reads on after it."""
    if k + 1 < len(tokens) and tokens[k].word and not tokens[k].cap and tokens[k + 1].text == "(":
        return k + 1
    return k


def _lower_official_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Does a country's official name written in lower case up to its own name open at
    ``i`` ("tỉnh X nước cộng hòa dân chủ nhân dân Lào", "vương quốc Campuchia")? Two words
    or more, the last capitalised: a lower-case word alone that spells a country ("anh") is
    no country."""
    hit = lex.places.longest(tokens, i)
    return hit is not None and hit[0] >= 2 and tokens[i + hit[0] - 1].cap


def _chain(tokens: list[Token], i: int, lex: Lexicon) -> tuple[list[str], str | None]:
    """The units of the chain opening at ``i`` and the country ending it (or None)."""
    names: list[str] = []
    links = 0
    while links < _MAX_LINKS:
        unit = _unit_at(tokens, i)
        if unit is not None:
            names.append(" ".join(t.fold for t in tokens[unit[0] : unit[1]]))
            i = _lower_tail(tokens, unit[1])
            if i > unit[1]:
                names.append(" ".join(t.fold for t in tokens[unit[0] : i]))
        elif tokens[i].cap or _lower_official_name(tokens, i, lex):
            hit = lex.places.longest(tokens, i)
            if hit is None or hit[1].kind != "country" or not hit[1].country:
                return names, None
            return names, hit[1].country
        else:
            return names, None
        while i < len(tokens) and tokens[i].fold in _JOINERS:
            i += 1
            links += 1
        if i >= len(tokens) or not names:
            return names, None
        links += 1
    return names, None
