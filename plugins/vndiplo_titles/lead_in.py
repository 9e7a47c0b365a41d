"""Where a person is from when the titles do not say: what the sentence's lead-in says.

A list of people often opens with words that place all of them: a country ("Đoàn Tùy viên
Quốc phòng Lào, có: ..."), a side ("về phía Chile có: ..."), the partner country ("nước
bạn"), or a delegation whose arrival the text told just before ("Tham gia đoàn gồm có: ...").
:func:`lead_country` reads those; :func:`country_before` is also what "nước này" points to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import tokenize

__all__ = ["country_before", "lead_country"]

#: How far back "nước này" (this country) and a list's lead-in look for the country meant.
_LOOK_BACK = 400


def country_before(
    text: str, lo: int, pos: int, lex: Lexicon, *, foreign: bool = False
) -> str | None:
    """The country of the last country name in ``text[lo:pos]`` (at most ``_LOOK_BACK``
    characters back): what "nước này" in a title at ``pos`` points to ("Bộ Ngoại giao Nhật
    Bản cho biết, Thủ tướng nước này ..." -> JP). With ``foreign``, the last one not VN."""
    tokens = tokenize(text[max(lo, pos - _LOOK_BACK) : pos], max(lo, pos - _LOOK_BACK))
    found: str | None = None
    i = 0
    while i < len(tokens):
        hit = lex.places.longest(tokens, i) if tokens[i].cap else None
        if hit is None:
            i += 1
            continue
        if hit[1].kind == "country" and hit[1].country and not (foreign and hit[1].country == "VN"):
            found = hit[1].country
        i += hit[0]
    return found


#: The start of a sentence: what a list's lead-in runs from (":" and ";" do not end it).
_LEAD_START = re.compile(r"[.!?…](?:\s)|\n")
_PARTNER = re.compile(r"\bnước bạn\b", re.IGNORECASE)
#: A lead-in that lists a delegation's members: "Tham gia đoàn (còn) có", "Cùng đi với ... có",
#: "Thành phần đoàn gồm", "Đoàn gồm có".
_DELEGATION = re.compile(
    r"\s*(?:tham gia đoàn|thành phần đoàn|đoàn gồm|cùng đi với|cùng đi có|tháp tùng)",
    re.IGNORECASE,
)
#: Verbs of a stance one party takes on another ("muốn", "yêu cầu", "phản đối"): a country
#: before one in the lead-in is not the country of the person after it.
_STANCE = re.compile(
    r"\b(?:muốn|yêu cầu|kêu gọi|phản đối|lên án|chỉ trích|cáo buộc|đòi|trừng phạt|ủng hộ)\b",
    re.IGNORECASE,
)


def lead_country(
    blocks: Sequence[tuple[int, int]], text: str, pos: int, lex: Lexicon
) -> str | None:
    """The foreign country the sentence before ``pos`` says a person is from, for a name
    with no Vietnamese family name under a domestic title ("Đoàn Tùy viên Quốc phòng nước
    bạn, có: Đại tá Vong Sa Kham, ..."): a foreign country named in the lead-in, or the
    partner country ("nước bạn") the article names elsewhere ("nước bạn Lào"); "" when the
    lead-in says foreign but no country is found, None when it says nothing."""
    block = next((b for b in blocks if b[0] <= pos < b[1]), None)
    if block is None:
        return None
    lo = max(block[0], pos - _LOOK_BACK)
    starts = [m.end() for m in _LEAD_START.finditer(text, lo, pos)]
    lead_start = starts[-1] if starts else lo
    side = _side_country(text, lead_start, pos, lex)
    if side is not None:
        return None if side == "VN" else side
    named = country_before(text, lead_start, pos, lex)
    if named is not None:
        # "Mỹ muốn Tổng thống X từ chức": a country taking a stance on a person is another
        # actor, not the person's country
        stance = _STANCE.search(text, lead_start, pos) is not None
        return None if named == "VN" or stance else named
    if _DELEGATION.match(text, lead_start) is not None:
        # "Tham gia đoàn gồm có: ngài X, ...": the visiting delegation, whose country the text
        # named last before the list (its headline, the arrival sentence)
        return country_before(text, 0, lead_start, lex, foreign=True)
    if _PARTNER.search(text, lead_start, pos) is None:
        return None
    for start, end in blocks:
        for m in _PARTNER.finditer(text, start, end):
            after = tokenize(text[m.end() : min(end, m.end() + 40)], m.end())
            hit = lex.places.longest(after, 0) if after else None
            if hit is not None and hit[1].kind == "country" and hit[1].country != "VN":
                return hit[1].country
    return ""


#: "về phía Chile có: ...", "phía Ai Cập gồm ...": a list of one side's delegation.
_SIDE = re.compile(r"(?<!\w)phía\s+", re.IGNORECASE)
_SIDE_LIST_WORDS = frozenset(("có", "gồm", ":"))


def _side_country(text: str, lo: int, pos: int, lex: Lexicon) -> str | None:
    """The country of the last side that a list in ``text[lo:pos]`` opens with ("về phía
    Chile có: Bộ trưởng ..., Đại sứ Chile tại Việt Nam ..., Thứ trưởng X": X is Chilean,
    whatever country the titles between name), or None."""
    found = None
    for m in _SIDE.finditer(text, lo, pos):
        after = tokenize(text[m.end() : min(pos, m.end() + 40)], m.end())
        hit = lex.places.longest(after, 0) if after and after[0].cap else None
        if hit is None or hit[1].kind != "country" or not hit[1].country:
            continue
        if hit[0] < len(after) and after[hit[0]].fold in _SIDE_LIST_WORDS:
            found = hit[1].country
    return found
