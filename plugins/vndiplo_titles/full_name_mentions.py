"""Every further occurrence of a found person's full name in the body blocks, titled or not,
except inside a place ("Thành phố Hồ Chí Minh") or a longer name; for :mod:`.merge`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.name_search import NameFinder
from vndiplo_titles.names import TOKEN, token_features, tokenize

if TYPE_CHECKING:
    from vndiplo_titles.merge import BlockResult, _Person

__all__ = ["name_mentions"]

_WORD = re.compile(r"\w")

#: Words before a name that make it part of a place ("Thành phố Hồ Chí Minh").
_PLACE_PREFIXES = frozenset(
    {"thành phố", "tp", "tỉnh", "huyện", "quận", "xã", "phường", "đường", "phố"}
    | {"quảng trường", "sân bay", "cầu", "trường", "bảo tàng"}
)


def name_mentions(
    people: Sequence[_Person], blocks: Sequence[BlockResult], text: str, lex: Lexicon
) -> None:
    """Add every occurrence of each full name inside the body blocks (in any case).

    Speed: each block is searched in its lower-cased copy (made once, for the windows) by
    ``NameFinder``, ``str.find`` loops that give the hits of the case-sensitive pattern of the
    keys, without compiling that pattern for every article; the look-behind is checked on the
    few hits. A block without such a copy is searched in the text with the IGNORECASE pattern.
    """
    if not people:
        return
    by_key = {p.key: p for p in people}
    # longest pattern first, so that a longer name wins at one position ("Nguyễn Văn Nên"
    # over "Văn Nên"); the order is that of the IGNORECASE pattern's
    ordered = sorted(people, key=lambda p: len(_name_regex(p.name)), reverse=True)
    finder = NameFinder([p.key for p in ordered])
    anycase: re.Pattern[str] | None = None  # compiled once, for the first block that needs it
    for block in blocks:
        hits = (
            None
            if block.lower is None
            else finder.hits(block.lower, _starts_word(text, block.start))
        )
        if hits is None:
            if anycase is None:
                anycase = re.compile(
                    r"(?<!\w)(?:" + "|".join(_name_regex(p.name) for p in ordered) + r")(?!\w)",
                    re.IGNORECASE,
                )
            spans = [(m.start(), m.end()) for m in anycase.finditer(text, block.start, block.end)]
        else:
            spans = [(block.start + a, block.start + b) for a, b in hits]
        for start, end in spans:
            person = by_key.get(" ".join(text[start:end].lower().split()))
            if person is None or not _stands_alone(text, start, end, block.end, lex):
                continue
            person.spans.add((start, end))


def _starts_word(text: str, base: int) -> Callable[[int], bool]:
    """Whether a hit at this offset of the block at ``base`` has no word character right
    before it in ``text`` (the look-behind of the name pattern)."""

    def accept(offset: int) -> bool:
        p = base + offset
        return p == 0 or _WORD.match(text, p - 1) is None

    return accept


def _name_regex(name: str) -> str:
    return r"\s+".join(re.escape(w) for w in name.split())


def _stands_alone(text: str, start: int, end: int, limit: int, lex: Lexicon) -> bool:
    """Reject a name inside a place ("Thành phố Hồ Chí Minh") or a longer name."""
    before = text[max(0, start - 30) : start].lower().split()
    if before and (
        before[-1].rstrip(".") in _PLACE_PREFIXES or " ".join(before[-2:]) in _PLACE_PREFIXES
    ):
        return _titled_by_place_word(text, start, end, lex)
    # Speed: most names are followed by a lower-case word or punctuation; look at the first
    # token alone before tokenising the 40 characters the tries may read.
    first = TOKEN.search(text, end, min(limit, end + 40))
    if first is None:
        return True
    _, _, cap, acronym = token_features(first.group())  # a Token's, without making one
    if not cap or acronym:
        return True
    after = tokenize(text[end : min(limit, end + 40)], end)
    if after:
        known = (
            lex.places.longest(after, 0)
            or lex.orgs.longest(after, 0)
            or lex.titles.longest(after, 0)
            or lex.honorifics.longest(after, 0)
        )
        return known is not None
    return True


def _titled_by_place_word(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "gặp Thống đốc tỉnh Yuzaki Hidehiko": after a title ending in an administrative word
    (the province named before), a found person's name is that person, unless the name
    is also a place ("Chủ tịch Thành phố Hồ Chí Minh")."""
    name = tokenize(text[start:end], start)
    if len(name) < 2 or lex.places.longest(name, 0) is not None:
        return False
    words = tokenize(text[max(0, start - 40) : start])
    if len(words) < 2:
        return False
    admin = len(words) - 1  # the administrative word, a single word ("tỉnh", "bang")
    return any(
        (hit := lex.titles.longest(words, k, admin)) is not None and k + hit[0] == admin
        for k in range(max(0, admin - 5), admin)
    )
