"""Where a title's complement ends and the name begins: "President of Laos Thongloun Sisoulith".

English outlets write an office with what it is the office of before the name: "Governor of
Japan's Nagano prefecture Abe Shuichi", "Chairman of the Hanoi People's Committee Tran Van
Binh", "General Secretary of the Communist Party of Viet Nam (CPV) Central Committee Nguyen
Van An", chained with "and" ("Secretary of the Party Committee and Governor of Sekong, X Y").
Capitalised words run on from the complement into the name, so the complement is cut where
something that ends a place or a body of state stands: a country or city ("Laos", "Viet Nam"),
an organisation's head noun ("Committee", "Party"), a portfolio word ("Affairs"), a kind of
place ("province"), a bracketed abbreviation ("(CPV)"). The name follows the last such end; a
complement with no known end may set the name off with a comma ("Governor of Sekong, X Y").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from attrs import frozen

from vndiplo.place_names import CITIES, COUNTRIES, REGIONS
from vndiplo_english.lexicon import COUNTRY_NAMES, ORGANISATION_HEADS, PLACE_KINDS, PORTFOLIO_WORDS

__all__ = ["Complement", "complement_at"]

#: Places that end a complement, with their country.
_PLACES: Final[dict[str, str]] = {**REGIONS, **CITIES, **COUNTRIES, **COUNTRY_NAMES}
_ENDS: Final = ORGANISATION_HEADS | PORTFOLIO_WORDS
#: Lower-case words a complement may hold ("of the provincial Party Committee of central ...").
_CONNECTORS: Final = (
    frozenset({"of", "the", "for", "provincial", "municipal", "central", "northern", "southern"})
    | PLACE_KINDS
)
#: How many words a complement (with its chained titles and the name) may span.
_MAX_WORDS: Final = 24
_TOKEN: Final = re.compile(r"[^\s,;:]+(?:,)?")
_POSSESSIVE: Final = re.compile(r"['’]s?$")
_ABBREVIATION: Final = re.compile(r"\([A-Z][A-Za-z-]{1,9}\)$")
_LONGEST_PLACE: Final = 4


@frozen
class Complement:
    """Where the name begins (after the last end of the complement) and the first country
    the complement names, if any."""

    name_start: int
    country: str | None


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word.rstrip(","))


def _ends_complement(word: str, bare: str, possessive: bool) -> bool:
    """ "(CPV)", "Committee", "Affairs", "province": a word a complement may end with."""
    return (
        _ABBREVIATION.match(word.rstrip(",")) is not None
        or (bare in _ENDS and not possessive)
        or bare.lower() in PLACE_KINDS
    )


def _place_end(words: list[str], i: int) -> tuple[int, str] | None:
    """The index after the place starting at word ``i`` and its country, longest first."""
    for n in range(min(_LONGEST_PLACE, len(words) - i), 0, -1):
        if any(w.endswith(",") for w in words[i : i + n - 1]):
            continue
        candidate = " ".join([*words[i : i + n - 1], _bare(words[i + n - 1])])
        if candidate in _PLACES:
            return i + n, _PLACES[candidate]
    return None


def complement_at(
    block: str, at: int, title_at: Callable[[str, int], int | None]
) -> Complement | None:
    """Read the complement starting at ``at`` (just after a title and " of "); ``title_at``
    gives the end of a title written at a position (for "... and President of ...")."""
    tokens = list(_TOKEN.finditer(block, at, min(len(block), at + 400)))[:_MAX_WORDS]
    words = [t.group() for t in tokens]
    ends: list[int] = []  # indices of the words a name may start at

    def end_at(k: int) -> None:
        # "Foreign Affairs": an end right after another one, which was inside the complement
        if ends and ends[-1] == k - 1:
            ends.pop()
        ends.append(k)

    country: str | None = None
    i = 0
    while i < len(words):
        if i and block[tokens[i - 1].end() : tokens[i].start()] != " ":
            break  # a line break or double space ends the phrase
        word, bare = words[i], _bare(words[i])
        possessive = bare != word.rstrip(",")
        if word == "and" and ends and ends[-1] == i and i + 1 < len(tokens):
            end = title_at(block, tokens[i + 1].start())
            if end is None:
                break
            # "... Central Committee and President of Laos X": a chained title, with its own
            # complement or with the name right after it
            after = end + 4 if block.startswith(" of ", end) else end + 1
            i = next((k for k, t in enumerate(tokens) if t.start() >= after), len(words))
            ends = [] if after == end + 4 else [i]
            if ends:
                break
            continue
        place = _place_end(words, i) if bare[:1].isupper() else None
        if place is not None:
            country = country or place[1]
            i = place[0]
            last = words[i - 1]
            if _bare(last) == last.rstrip(","):  # "Japan's Nagano prefecture" goes on
                end_at(i)
        elif _ends_complement(word, bare, possessive):
            i += 1
            end_at(i)
        elif bare[:1].isupper() or word in _CONNECTORS:
            i += 1
        else:
            break
        if words[i - 1].endswith(","):
            # "Governor of Sekong, X Y": a comma sets the name off when no name stands before it
            if not ends or ends[-1] == i or ends[-1] == i - 1:
                ends.append(i)
            break
    if not ends or ends[-1] >= len(tokens):
        return None
    return Complement(name_start=tokens[ends[-1]].start(), country=country)
