"""Where a person is from when the titles do not say: what the sentence's lead-in says.

A list of people often opens with words that place all of them: a country ("Đoàn Tùy viên
Quốc phòng Lào, có: ..."), a side ("về phía Chile có: ..."), the partner country ("nước
bạn"), or a delegation whose arrival the text told just before ("Tham gia đoàn gồm có: ...").
:func:`lead_country` reads those; :func:`country_before` is also what "nước này" points to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from vndiplo_titles.context_country import places_in
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import Token, tokenize

__all__ = ["country_before", "lead_country"]

#: How far back "nước này" (this country) and a list's lead-in look for the country meant.
_LOOK_BACK = 400


def country_before(
    text: str, lo: int, pos: int, lex: Lexicon, *, foreign: bool = False
) -> str | None:
    """The country of the last country name in ``text[lo:pos]`` (at most ``_LOOK_BACK``
    characters back): what "nước này" in a title at ``pos`` points to ("Bộ Ngoại giao Nhật
    Bản cho biết, Thủ tướng nước này ..." -> JP). With ``foreign``, the last one not VN."""
    named = _countries(text, max(lo, pos - _LOOK_BACK), pos, lex, foreign=foreign)
    return named[-1] if named else None


def _main_foreign(text: str, lo: int, pos: int, lex: Lexicon) -> str | None:
    """The foreign country ``text[lo:pos]`` names most often (the later one on a tie): the
    visiting side, which one stray country word (a Khmer name "Úc ...") does not outweigh."""
    named = _countries(text, lo, pos, lex, foreign=True, sides=True)
    counts = Counter(named)
    return max(reversed(named), key=counts.__getitem__, default=None)


def _countries(
    text: str,
    lo: int,
    pos: int,
    lex: Lexicon,
    *,
    foreign: bool,
    places: bool = False,
    sides: bool = False,
    acts: bool = False,
) -> list[str]:
    """The countries of the country names in ``text[lo:pos]``, in order (VN left out with
    ``foreign``); with ``places``, of every place name ("Quảng Đông") too. With ``sides``,
    only the countries of a delegation's own side, not its destination ("đã sang thăm Lào":
    where it goes, whose people it meets). With ``acts``, a country an act word parts from
    ``pos`` is left out unless it is that destination ("Đoàn ... Chile đã làm việc với ...
    X": X is on the other side of the act; "tại Nam Phi, Thủ tướng ... gặp X": X is of the
    host country)."""
    tokens = tokenize(text[lo:pos], lo)
    return [
        country
        for i, end, country, kind in places_in(tokens, lex)
        if (places or kind == "country")
        and not (foreign and country == "VN")
        and not (i and _names_person(tokens, i - 1, lex))
        and not (
            (sides and _destination(tokens, i))
            or (
                acts
                and _ACT.search(text, tokens[end - 1].end, pos) is not None
                and not _destination(tokens, i)
            )
        )
    ]


#: Words of an act between two sides: whoever follows one is the other side ("Đoàn Chile đã
#: làm việc với X", "... đến thăm X", "gặp", "hội kiến", "hội đàm với", "đến chào", "tiếp"
#: but not "tiếp tục"/"tiếp nhận").
_ACT = re.compile(
    r"(?<!\w)(?:thăm|gặp|hội kiến|hội đàm|làm việc với|chào|đón|tiếp(?! tục| nhận| thu| cận))"
    r"(?!\w)",
    re.IGNORECASE,
)
#: Words that say where someone goes or is ("sang thăm Lào", "tại tỉnh X (Lào)").
_DESTINATION = frozenset(("thăm", "sang", "tới", "đến", "tại", "ở"))
#: How far back, inside one clause, a destination word may govern a country.
_DESTINATION_REACH = 16


def _destination(tokens: list[Token], i: int) -> bool:
    """Is the country at ``tokens[i]`` where someone goes or is: a destination word before it
    in its clause, with no delegation noun between ("đến thăm và làm việc tại tỉnh X (Nước
    ... Lào)"; not "thăm Việt Nam, Đoàn Lào ...")?"""
    for k in range(i - 1, max(-1, i - 1 - _DESTINATION_REACH), -1):
        fold = tokens[k].fold
        if fold in (",", ";", ":", ".") or fold in ("đoàn", "do"):
            return False
        if fold in _DESTINATION:
            return True
    return False


def _names_person(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Does the word ``tokens[k]`` make a country word after it a person's name ("ngài Úc
    Ra-Bun", "tiến sĩ Úc ...": a Khmer family name, not Australia)?"""
    if lex.honorifics.longest(tokens, k, k + 1) is not None:
        return True
    return k > 0 and f"{tokens[k - 1].fold} {tokens[k].fold}" in _DEGREES


#: Academic degrees a name follows ("tiến sĩ Úc ..."); "Nghị sĩ Séc" is a country's members.
_DEGREES = frozenset(f"{d} {s}" for d in ("tiến", "thạc", "bác") for s in ("sĩ", "sỹ"))

#: How far back the start of a list's sentence may lie.
_LIST_LOOK_BACK = 2000

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
    lead-in says foreign but no country is found, None when it says nothing. A long list is
    one sentence: a delegation's ("Tham gia đoàn gồm có: ...") is known from its start."""
    block = next((b for b in blocks if b[0] <= pos < b[1]), None)
    if block is None:
        return None
    lo = max(block[0], pos - _LIST_LOOK_BACK)
    starts = [m.end() for m in _LEAD_START.finditer(text, lo, pos)]
    sentence = starts[-1] if starts else lo
    lead_start = max(sentence, pos - _LOOK_BACK)
    side = _side_country(text, lead_start, pos, lex)
    if side is not None:
        return None if side == "VN" else side
    sides = _countries(text, lead_start, pos, lex, foreign=False, acts=True)
    if not sides and _countries(text, lead_start, pos, lex, foreign=False):
        return None  # the lead-in's countries are the other side's across an act
    if sides:
        named = sides[-1]
        # "Mỹ muốn Tổng thống X từ chức": a country taking a stance on a person is another
        # actor, not the person's country
        stance = _STANCE.search(text, lead_start, pos) is not None
        return None if named == "VN" or stance else named
    if _DELEGATION.match(text, sentence) is not None:
        # "Tham gia đoàn gồm có: ngài X, ...": the visiting delegation, whose country the text
        # named most before the list (its headline, the arrival sentence)
        return _main_foreign(text, 0, sentence, lex)
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


#: "do <head> làm trưởng đoàn / dẫn đầu": the word before a delegation's head.
_LED_BY = re.compile(r"(?<!\w)do\s", re.IGNORECASE)
_DELEGATION_NOUN = re.compile(r"(?<!\w)đoàn(?!\w)", re.IGNORECASE)
#: Words that make a delegation's description more than its name: where it goes or is
#: ("Đoàn ... thăm Trung Quốc", "tại Lào"), or Vietnam in it ("Hội hữu nghị Việt - Lào").
_NOT_A_NAME = re.compile(
    r"(?<!\w)(?:thăm|sang|đến|tới|tại|ở|đi|về|dự|gặp|tiếp|với|làm việc|công tác tại|việt)(?!\w)",
    re.IGNORECASE,
)
#: The end of "do <head> ...": the head's verb ("dẫn đầu", "làm trưởng đoàn").
_LED_END = re.compile(r"(?<!\w)(?:dẫn đầu|làm trưởng đoàn|làm trưởng|chủ trì)(?!\w)", re.IGNORECASE)
#: How far a delegation's head may follow "do", and its name precede it.
_HEAD_GAP = 80
_NAME_SPAN = 200


def delegation_country(text: str, lo: int, pos: int, lex: Lexicon) -> str | None:
    """The country of the delegation that the person named at ``pos`` heads ("Đoàn đại
    biểu tỉnh Gangwon (Hàn Quốc) do ông X, Chủ tịch ..., làm trưởng đoàn": KR), from the
    places its name holds (the last one's country); None when the delegation's name says
    where it goes or is, names Vietnam, or names no place. ``lo``: the block's start."""
    led = None
    for m in _LED_BY.finditer(text, max(lo, pos - _HEAD_GAP), pos):
        led = m
    if led is None or _LEAD_START.search(text, led.end(), pos) or ";" in text[led.end() : pos]:
        return None
    if _LED_END.search(text, led.end(), pos) or _ACT.search(text, led.end(), pos):
        # "Đoàn Chile do ông X dẫn đầu đã gặp Hòa thượng Y": the head's phrase ended before
        # Y, whom the act puts on the other side
        return None
    noun = None
    for m in _DELEGATION_NOUN.finditer(text, max(lo, led.start() - _NAME_SPAN), led.start()):
        noun = m
    if noun is None or _LEAD_START.search(text, noun.end(), led.start()):
        return None
    if _NOT_A_NAME.search(text, noun.end(), led.start()):
        return None
    found = _countries(text, noun.end(), led.start(), lex, foreign=False, places=True)
    return None if not found or found[-1] == "VN" else found[-1]
