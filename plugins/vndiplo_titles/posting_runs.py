"""A posted official's "tại <place>" whose place the gazetteer does not know, with the
holder's name right after it: "Tổng Lãnh sự Lào tại Vinh Bounmy Phommachack", "Trưởng đại
diện tại Hòa Bình Đông Nguyễn Văn A".

The posting ends at the place and the rest of the capitalised run is the holder, so the run is
cut where a name plainly begins: a Vietnamese family name, or the first word Vietnamese could
not spell after a Vietnamese-spelt place (a Lao, Khmer or Thai name in Latin letters); failing
both, a foreign-looking run of three words or more ends in a two-word name, as after "tỉnh"
(see :func:`~vndiplo_titles.names.split_admin_run`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vndiplo.syllables import is_vietnamese_syllable
from vndiplo_titles.matcher import PlaceInfo
from vndiplo_titles.names import MAX_FOREIGN, MAX_VIETNAMESE, NameCut, looks_foreign

if TYPE_CHECKING:
    from vndiplo_titles.matcher import Lexicon
    from vndiplo_titles.names import Token

__all__ = ["posting_place", "split_posting_run"]


def split_posting_run(tokens: list[Token], a: int, b: int, lex: Lexicon) -> NameCut:
    """Cut the run ``tokens[a:b]`` after a posting word, which opens no known place, into the
    place (at least its first word) and the holder's name, if any."""
    for k in range(a + 1, b - 1):
        if tokens[k].fold in lex.surnames:
            place = lex.places.longest(tokens, k, b)
            if place is None or place[0] < 2:
                # "tại Vinh Nguyễn Văn A": a family name opens the holder's name
                return NameCut(k - a, min(b - k, MAX_VIETNAMESE))
    k = a
    while k < b and is_vietnamese_syllable(tokens[k].text):
        k += 1
    if a < k < b - 1:
        # "tại Vinh Bounmy Phommachack": a Vietnamese-spelt place, then a foreign name
        return NameCut(k - a, min(b - k, MAX_FOREIGN))
    if b - a >= 3 and looks_foreign(tokens[a:b]):
        return NameCut(b - a - 2, 2)  # "tại Fukuoka Yamada Taro"
    # all Vietnamese-spelt with no family name: a place written in a case the gazetteer
    # lacks ("tại Liên Hợp Quốc"), no name
    return NameCut(b - a, 0)


def posting_place(tokens: list[Token], a: int, end: int, lex: Lexicon) -> PlaceInfo:
    """The place ``tokens[a:end]`` an unknown posting names, with the country of a known
    place that ends it ("Cộng Hòa Dân Chủ Triều Tiên": North Korea's), else of none."""
    name = " ".join(t.text for t in tokens[a:end])
    for m in range(a + 1, end):
        hit = lex.places.longest(tokens, m, end)
        if hit is not None and m + hit[0] == end:
            return PlaceInfo(name, hit[1].country, hit[1].kind)
    return PlaceInfo(name, None)
