"""Where a foreign person is from when their titles do not say: the words right around the
name, then the one foreign country the article is about.

Two readings, used by :func:`.merge.build_people` after the titles, the people lexicon and the
led delegation have had their say:

* :func:`beside_name_country`: a country the scan left outside the title but written against
  the name: the end of a title run it cut ("Tổng Biên tập Báo ... Ba Lan Lê Văn Tư", the
  sending state of an envoy "... nước Cộng hòa X tại Việt Nam Y"), "Y của <country>", and
  the person's own apposition ("Y, Lãnh sự mới của <country> tại ...", "Y, Tùy viên Đại sứ
  quán <country> tại ..."). It may overrule the name-shape default Vietnam: a Sino-Vietnamese
  spelling says nothing about where a person is from.
* :func:`counterpart_country`: the foreign country the article names far more than any other
  (the partner of a bilateral visit, talks, signing): the country of a foreign-spelt
  counterpart named only by a generic office ("Tổng thống X", "Thị trưởng thành phố Y").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from vndiplo.place_prepositions import PLACE_PREPOSITIONS
from vndiplo_titles.constructions import DASHES
from vndiplo_titles.country import past_modifiers
from vndiplo_titles.holder_names import reverent_duc
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import Token, tokenize

__all__ = ["beside_name_country", "counterpart_country", "places_in", "tied_elsewhere"]

#: How far before a name the end of a cut title run is read, and after it an apposition.
_BEFORE = 90
_AFTER = 120

#: Words that tie a country to the office before it inside an apposition: "của Trung Quốc",
#: "Đại sứ quán / Lãnh sự quán Mông Cổ", "nước CHND Trung Hoa". A bare country word in an
#: apposition may be a field of work ("phụ trách quan hệ với Nga"), so it is not read.
_TIES = frozenset(("của", "quán", "nước"))
#: The posting of an envoy: what follows it is where they serve, not where they are from.
_POSTING = PLACE_PREPOSITIONS
#: An apposition ends at the next clause, list item or parenthesis.
_APPOSITION_END = re.compile(r"[,;.!?:()\n]|\s(?:và|cùng|đã|sẽ|đang|vừa)\s")
_APPOSITION_START = re.compile(r"\s*[,–—-]\s*")
_OF = re.compile(r"\s+của\s+")


def beside_name_country(spans: Iterable[tuple[int, int]], text: str, lex: Lexicon) -> str | None:
    """The country written against one of the name's mentions ``spans``, the first found in
    text order, or None (see the module docstring). Vietnam is never returned: a Vietnamese
    person already has it from the titles or the default rule."""
    for a, b in sorted(spans):
        found = _country_before(text, a, lex) or _country_after(text, b, lex)
        if found is not None and found != "VN":
            return found
    return None


def tied_elsewhere(spans: Iterable[tuple[int, int]], text: str, lex: Lexicon) -> bool:
    """Does a mention say whose the person is with "của" and no country ("Phái viên X của
    đài Y")? Then the article's partner country is not theirs to take."""
    for _, b in spans:
        of = _OF.match(text, b)
        if of is None:
            continue
        tokens = tokenize(text[of.end() : of.end() + 40], of.end())
        hit = lex.places.longest(tokens, 0) if tokens and tokens[0].cap else None
        if hit is None or hit[1].kind != "country":
            return True
    return False


def places_in(tokens: list[Token], lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """``(first, end, country, kind)`` of every known place in ``tokens``, in order."""
    found = []
    i = 0
    while i < len(tokens):
        hit = lex.places.longest(tokens, i) if tokens[i].cap else None
        if hit is None:
            i += 1
            continue
        title = lex.titles.longest(tokens, i) if tokens[i].fold in lex.title_starts else None
        if title is not None and title[0] > hit[0] and title[1].country != hit[1].country:
            # "Đức Hồng Y X", "Đức TGM": a reverent style opening a title, not Germany
            i += title[0]
            continue
        if hit[1].country:
            found.append((i, i + hit[0], hit[1].country, hit[1].kind))
        i += hit[0]
    return found


def _country_before(text: str, a: int, lex: Lexicon) -> str | None:
    """A place ending right where the name starts: a cut title's last words. After "tại"
    it is the posting, and the country just before "tại" is the person's."""
    lo = max(0, a - _BEFORE)
    cut = max(text.rfind("\n", lo, a), *(text.rfind(c, lo, a) for c in ",;.:("))
    if cut >= 0:
        lo = cut + 1
    tokens = tokenize(text[lo:a], lo)
    places = places_in(tokens, lex)
    if not places or places[-1][1] != len(tokens):
        return None
    first, _, country, _ = places[-1]
    if first == 0:
        return None  # nothing before the place: no title run it could end
    if reverent_duc(tokens, first):
        return None  # "tiếp Đức Dalai Lama": an honorific, not Germany
    posting = _posting_before(tokens, first, lex)
    if posting is not None:
        sender = [p for p in places[:-1] if p[1] == posting and p[3] == "country"]
        return sender[0][2] if sender else None
    if any(p[2] == "VN" for p in places) or any(t.fold == "việt" for t in tokens):
        return None  # "Hội hữu nghị Việt Nam - Lào X": a pair names both sides
    if tokens[first - 1].text in DASHES and any(
        p[1] + 1 == first and p[3] == "country" for p in places
    ):
        return None  # "Phòng Thương mại Myanmar - Hoa Kỳ X": a pair of two foreign countries
    return country


def _posting_before(tokens: list[Token], first: int, lex: Lexicon) -> int | None:
    """The posting word ("tại") whose place ends in the place at ``first``: right before it,
    or before capitalised words that open no title ("tại Cộng Hòa Dân Chủ | Triều Tiên", a
    form the gazetteer lacks); None when there is none."""
    k = first - 1
    while k > 0 and tokens[k].cap and tokens[k].word and lex.titles.longest(tokens, k) is None:
        k -= 1
    return k if tokens[k].fold in _POSTING else None


def _country_after(text: str, b: int, lex: Lexicon) -> str | None:
    """ "X của <country>", or a country tied to the office in X's apposition ("X, Phó
    Tổng lãnh sự của <country> tại ...")."""
    of = _OF.match(text, b)
    if of is not None:
        tokens = tokenize(text[of.end() : of.end() + 40], of.end())
        hit = lex.places.longest(tokens, 0) if tokens and tokens[0].cap else None
        if hit is not None and hit[1].kind == "country":
            return hit[1].country
        return None
    start = _APPOSITION_START.match(text, b)
    if start is None:
        return None
    hi = min(len(text), start.end() + _AFTER)
    end = _APPOSITION_END.search(text, start.end(), hi)
    tokens = tokenize(text[start.end() : end.start() if end else hi], start.end())
    if not tokens or lex.titles.longest(tokens, past_modifiers(tokens, lex)) is None:
        return None  # not an apposition of offices
    posting = next((k for k, t in enumerate(tokens) if t.fold in _POSTING), len(tokens))
    for first, _, country, kind in places_in(tokens[:posting], lex):
        if kind == "country" and first and tokens[first - 1].fold in _TIES:
            return country
    return None


#: The partner country must be named at least this often, and this many times as often as
#: any other foreign country: an article about one partner names it again and again.
_MIN_MENTIONS = 2
_MARGIN = 2


def counterpart_country(blocks: Sequence[tuple[int, int]], text: str, lex: Lexicon) -> str | None:
    """The one foreign country ``text``'s body ``blocks`` are about, or None when none stands
    out (a multilateral meeting, two partners named alike, no foreign country at all)."""
    counts: Counter[str] = Counter()
    for start, end in blocks:
        tokens = tokenize(text[start:end], start)
        for _, _, country, kind in places_in(tokens, lex):
            if kind == "country" and country != "VN":
                counts[country] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < _MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]
