"""The country of a foreign province's official named by a bare provincial office ("ngài X -
Phó Tỉnh trưởng cùng lãnh đạo ... tỉnh Ratanakiri", "đoàn tỉnh Hủa Phăn do ông Y, Tỉnh
trưởng, dẫn đầu"): the office names no place, and the sentence names the one foreign
province the person governs. Used by :func:`.merge.build_people` when the titles, the name
and the words right against it give no country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from vndiplo_titles.context_country import places_in
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import tokenize

__all__ = ["province_country", "provincial_only"]

#: A provincial office that only a foreign province has in Vietnamese news ("Tỉnh trưởng",
#: "Phó Tỉnh trưởng", "Phó tỉnh trưởng", Laos, Cambodia, Thailand, China).
_PROVINCIAL = re.compile(r"(?i)^(?:phó\s+)?tỉnh\s+trưởng$")
#: The sentence around a mention: from the last stop before it to the next one after.
_STOP = re.compile(r"[.!?\n]")
#: A province named by its noun ("tỉnh Ratanakiri", "Tỉnh Chăm-pa-sắc").
_PROVINCE = re.compile(r"(?i)(?<!\w)tỉnh\s+(?=\w)")


def provincial_only(titles: Iterable[str]) -> bool:
    """Are ``titles`` (at least one) all a bare provincial office ("Phó Tỉnh trưởng")?"""
    found = list(titles)
    return bool(found) and all(_PROVINCIAL.match(t.strip()) for t in found)


def province_country(
    spans: Iterable[tuple[int, int]],
    text: str,
    lex: Lexicon,
    located: Mapping[str, str] | None = None,
) -> str | None:
    """The one foreign country whose provinces the sentences of the mentions ``spans`` name
    after "tỉnh", or None (none, Vietnam's only, or two countries). ``located``: folded
    unit names the page itself places ("tỉnh U Xay (Nước Cộng hòa Dân chủ Nhân dân Lào)",
    see :func:`.unit_countries.chained_unit_countries`), for provinces the gazetteer lacks."""
    countries: set[str] = set()
    for a, b in spans:
        lo = max((m.end() for m in _STOP.finditer(text, 0, a)), default=0)
        stop = _STOP.search(text, b)
        hi = stop.start() if stop is not None else len(text)
        for m in _PROVINCE.finditer(text, lo, hi):
            tokens = tokenize(text[m.end() : min(hi, m.end() + 40)], m.end())
            places = places_in(tokens, lex)
            if places and places[0][0] == 0:
                if places[0][2] != "VN":
                    countries.add(places[0][2])
                continue
            run = []
            for tok in tokens:
                if not (tok.cap and tok.word):
                    break
                run.append(tok.fold)
            placed = (located or {}).get(" ".join(run)) if run else None
            if placed is not None and placed != "VN":
                countries.add(placed)
    return countries.pop() if len(countries) == 1 else None
