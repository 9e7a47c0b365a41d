"""The gazetteer's trie regexes match what a flat alternation of the names, longest first, does.

``Gazetteer.regex`` and ``country_regex`` are built as tries (:mod:`vndiplo.tries`) for speed;
the flat form, ``(?<!\\w)(?:longest|...|short)(?!\\w)``, is the reference: same spans for
``search``, ``match``, ``fullmatch`` and ``finditer``, at any range, on generated text.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from vndiplo.places import Gazetteer, Place

# Names that share words and openings ("Hà", "Hà Nội", "Hà Nam", "Nam"), hold a hyphen, a dot
# or a digit, and one that ends inside a longer one ("Lào", "Lào Cai").
_NAMES = ("Hà", "Hà Nội", "Hà Nam", "Nam", "Nam Định", "Lào", "Lào Cai", "Bà Rịa-Vũng Tàu", "G7")
_PIECES = (*_NAMES, "Nội", "Cai", "x", "Hàx", " ", "  ", "\n", ", ", "-", ".", "(", "1", "")


def _gazetteer() -> Gazetteer:
    kinds = {"Lào": "country", "Nam": "country", "G7": "country"}
    return Gazetteer(Place(n, kinds.get(n, "city"), "VN") for n in _NAMES)


def _flat(names: list[str], before: str) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, n.split())) for n in ordered)
    return re.compile(f"{before}(?:{body})" + r"(?!\w)")


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found is not None else None


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.data())
def test_trie_matches_the_flat_alternation(text: str, data: st.DataObject) -> None:
    gaz = _gazetteer()
    countries = [n for n, p in gaz.places.items() if p.kind == "country"]
    pairs = (
        (gaz.regex, _flat(list(gaz.places), r"(?<!\w)")),
        (gaz.country_regex, _flat(countries, "")),
    )
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for fast, flat in pairs:
        assert [m.span() for m in fast.finditer(text, start, end)] == [
            m.span() for m in flat.finditer(text, start, end)
        ]
        for method in ("search", "match", "fullmatch"):
            assert _span(getattr(fast, method)(text, start, end)) == _span(
                getattr(flat, method)(text, start, end)
            )
