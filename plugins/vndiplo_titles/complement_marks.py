"""The steps of a title's complement that a number, a parenthesis or a dash opens: "Quân khu
2", "(Hàn Quốc)", "Ủy ban Văn hóa - Giáo dục", "Thủ tướng Nhật Bản - Shinzo Abe"."""

from __future__ import annotations

from vndiplo_titles.complement_state import NEXT, SKIP, STOP, Read
from vndiplo_titles.constructions import (
    FUSED_OFFICES,
    ROMAN,
    SESSION_WORDS,
    SHORT_COUNTRIES,
    STANDALONE_OFFICES,
)
from vndiplo_titles.cursor import Cursor
from vndiplo_titles.names import MAX_FOREIGN, looks_foreign, split_run

__all__ = [
    "dash_in_organisation",
    "dashed_title",
    "double_title",
    "parenthesis",
    "session_number",
    "term_list_end",
    "unit_number",
]


def unit_number(c: Cursor, s: Read) -> int:
    """ "Quân khu 2", "Sư đoàn 312": a number after an organisation names the unit; "Hội đồng
    Bảo an tháng 10/2021", "ASEAN 2020/2021": a month or term with its year, written with a
    slash, is one number of the title."""
    if s.locating or not s.tp.orgs:
        return STOP
    j = s.j + 1
    t = c.t
    if j + 1 < c.n and t[j].text == "/" and t[j + 1].text.isdigit() and len(t[j + 1].text) == 4:
        j += 2
    s.j = s.tp.end = j
    return NEXT


def session_number(c: Cursor, s: Read) -> int:
    """ "Chủ tịch Khóa 62 Đại hội đồng Liên hợp quốc", "Chủ tịch Kỳ họp thứ 78", "Ủy viên
    Trung ương Đảng các khóa X, XI, XII", "đại biểu Quốc hội khóa XIII và XIV": a session or
    term word (maybe after a plural "các") and its number are part of the title, and so is a
    list of further numbers joined by commas, "và" or a dash (``term_list_end``)."""
    t, j = c.t, s.j
    start = j + 1 if t[j].fold in _PLURALS else j
    for words in SESSION_WORDS:
        k = start + len(words)
        if k >= c.n or tuple(x.fold for x in t[start:k]) != words:
            continue
        if t[k].fold == "thứ" and k + 1 < c.n:
            k += 1  # "Kỳ họp thứ 78"
        elif words in _ORDINAL_ONLY:
            return SKIP  # "lần này", "lần 2": no ordinal, the predicate's time
        if not _term_number(t[k].text):
            return SKIP
        if s.locating:
            return STOP
        s.take(term_list_end(c, k + 1))
        return NEXT
    return SKIP


#: Session words that name a session only with an ordinal "thứ N" ("lần thứ 29").
_ORDINAL_ONLY = frozenset({("lần",)})

#: Plural markers that may stand before a list of terms ("các khóa", "hai khóa").
_PLURALS = frozenset({"các", "hai", "ba", "những"})


def _term_number(text: str) -> bool:
    """A term's number: digits, or a Roman numeral in capitals ("XIII")."""
    return text.isdigit() or (bool(text) and set(text) <= ROMAN)


def term_list_end(c: Cursor, k: int) -> int:
    """Past the further numbers of a list of terms that starts before ``k``: ", XI", ",XII",
    "và XIV", "-X" (each joiner followed by a number; a comma before anything else is the
    title's own)."""
    t = c.t
    while k + 1 < c.n and (t[k].text in _TERM_JOINERS or t[k].fold == "và"):
        if not _term_number(t[k + 1].text):
            break
        k += 2
    return k


#: What joins two numbers of a list of terms, besides "và".
_TERM_JOINERS = frozenset({",", "-", "–"})


def parenthesis(c: Cursor, s: Read) -> int:
    """ "Thống đốc tỉnh Gyeonggi (Hàn Quốc) Kim Dong-yeon": a country in brackets locates;
    "Chủ tịch Nghị viện châu Âu (EP)": an acronym in brackets is part of the title."""
    if s.locating:
        return STOP
    inner = c.parenthesis(s.j)
    if inner is None:
        return STOP
    close, country = inner
    if country is not None:
        s.tp.locator.append(country)
        s.locating = True
        s.j = close + 1
    else:
        s.j = s.tp.end = close + 1  # "direct" stays: a name may follow as right after
    return NEXT


def double_title(c: Cursor, s: Read) -> int:
    """ "Tổng Bí thư - Chủ tịch nước Lào X", "Phó Chủ tịch - Tổng Thư ký Ủy ban ...", "Bí thư
    – Tỉnh trưởng tỉnh Y": a bare office word (no body of its own yet) joined by a spaced
    dash to the next office shares that office's body, so the chain is one title as written
    (dev golds keep it whole). The party leader who is also head of state (``FUSED_OFFICES``)
    is one title glued on both sides too ("Tổng Bí thư-Chủ tịch nước"). An office that names
    its own body before the dash ("Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh", see
    :func:`dashed_title`), an office of the state as a whole (``STANDALONE_OFFICES``: "Phó
    Thủ tướng - Bộ trưởng Bộ Ngoại giao", dev BO05) and any other glued hyphen ("Phó Thủ
    tướng-Bộ trưởng") stay two titles."""
    j, t = s.j, c.t
    if s.locating or not s.direct or j + 1 >= c.n or s.tp.end != j or s.tp.orgs:
        return SKIP
    glued = (t[j].start == t[j - 1].end, t[j + 1].start == t[j].end)
    if glued[0] != glued[1]:
        return SKIP  # spaced on both sides, or glued on both ("Tổng Bí thư-Chủ tịch nước")
    head = c.head_at(j + 1)
    if head is None or not t[j + 1].cap:
        return SKIP
    pair = (s.tp.head.title.lower(), head.info.title.lower())
    if glued[0] and (s.tp.modifiers or head.modifiers or pair not in FUSED_OFFICES):
        return SKIP
    if pair not in FUSED_OFFICES and (
        s.tp.head.gloss in STANDALONE_OFFICES or _names_its_body(c, s.tp.start, j)
    ):
        # "Phó Thủ tướng - Bộ trưởng Bộ ...": an office of the state as a whole shares no
        # body; "Bí thư Tỉnh ủy - ...": the lexicon's office word holds its own body
        return SKIP
    s.take(j + 1 + head.length)
    s.direct = True  # a name may follow the second title word as right after the first
    return NEXT


def _names_its_body(c: Cursor, start: int, end: int) -> bool:
    """Does an organisation of the lexicon stand inside the office word ``tokens[start:end]``
    ("Bí thư Tỉnh ủy", "Ủy viên Thường vụ Đảng ủy", "Huyện ủy viên")? Such a word is no bare
    office."""
    return any(c.lex.orgs.longest(c.t, k, end) is not None for k in range(start, end))


def dashed_title(c: Cursor, s: Read) -> int:
    """ "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy X", "Phó Bí thư Tỉnh ủy – Chủ tịch UBND tỉnh
    X": local outlets join one person's offices with a dash as others do with a comma; a
    capitalised title after the dash is the next title of the same chain."""
    j = s.j
    if j + 1 >= c.n or not c.t[j + 1].cap or c.head_at(j + 1) is None:
        return SKIP
    return s.done(None, j + 1, True)


def dash_in_organisation(c: Cursor, s: Read) -> int:
    """ "Chủ nhiệm Ủy ban Văn hóa - Giáo dục", "Nhóm Nghị sĩ hữu nghị Việt Nam - Liên bang
    Nga": after an organisation, a dash before a portfolio or a place joins two parts of its
    name; before a name it ends the title and names the holder (in an appositive, a dash
    still ends the title)."""
    j = s.j
    if not s.locating and j + 1 < c.n and c.lex.honorifics.longest(c.t, j + 1) is not None:
        return dash_honorific_name(c, s)
    if s.locating or j + 1 >= c.n or not c.t[j + 1].cap:
        return STOP
    if not s.tp.orgs:
        pair = _second_country(c, j)
        if pair:
            s.take(pair)  # "Đại sứ hữu nghị Việt Nam – Nhật Bản": two countries, one title
            return NEXT
        return dash_name(c, s)
    lex = c.lex
    place = lex.places.longest(c.t, j + 1)
    if place is not None:
        # "Việt Nam - Liên bang Nga": the second of a pair gives no country to the title;
        # after a body's own name ("Quỹ Inle Heritage - Myanmar") the place locates the body
        if not _place_ends_at(c, j):
            s.tp.places.append(place[1])
        s.take(j + 1 + place[0])
        return NEXT
    if lex.fields.longest(c.t, j + 1) is not None:
        s.take(j + 1)
        return NEXT
    if _country_pair(c, j):
        s.take(j + 2)  # "Liên minh Nghị sĩ hữu nghị Nhật - Việt"
        return NEXT
    end = _second_part(c, j)
    if end is None:
        # "Bí thư Huyện ủy Tân Trụ – Lê Văn Bảy": no second part of the body's name, so the
        # dash may name the holder, as after a title with no body (``dash_name`` decides)
        return dash_name(c, s)
    s.take(end)  # "Quân chủng Phòng không - Không quân"
    return NEXT


def _place_ends_at(c: Cursor, j: int) -> bool:
    """Does a known place end right before ``t[j]`` ("Việt Nam | -")?"""
    for start in range(max(0, j - 4), j):
        hit = c.lex.places.longest(c.t, start, j)
        if hit is not None and start + hit[0] == j:
            return True
    return False


def _country_pair(c: Cursor, j: int) -> bool:
    """Do a country and a country's short name stand on each side of the dash at ``j``?"""
    t = c.t
    if j < 1 or j + 1 >= c.n or not t[j - 1].cap or t[j + 1].fold not in SHORT_COUNTRIES:
        return False
    if t[j - 1].fold in SHORT_COUNTRIES:
        return True  # "Việt - Hàn"
    return _country_pair_left(c, j)  # "Nhật - Việt", "Campuchia - Việt"


def _second_country(c: Cursor, j: int) -> int:
    """The end of a country right after the dash at ``j`` when a country ends right before
    it ("hữu nghị Việt Nam – Nhật Bản"), else 0; the pair is no name."""
    t = c.t
    after = c.lex.places.longest(t, j + 1)
    if after is None or after[1].kind != "country" or not _country_pair_left(c, j):
        return 0
    end = j + 1 + after[0]
    return end if end >= c.n or not t[end].cap or c.head_at(end) is not None else 0


def _country_pair_left(c: Cursor, j: int) -> bool:
    """Does a country of the lexicon end right before ``j``?"""
    for a in range(max(0, j - 3), j):
        hit = c.lex.places.longest(c.t, a, j)
        if hit is not None and a + hit[0] == j and hit[1].kind == "country":
            return True
    return False


#: How many capitalised words the second part of an organisation's name may hold after a dash.
_MAX_SECOND_PART = 3


def _second_part(c: Cursor, j: int) -> int | None:
    """ "Quân chủng Phòng không - Không quân": an organisation's own capitalised name, a dash,
    then one to three capitalised words that are no name, title, place or honorific and that
    nothing capitalised follows: the second half of that name. Returns its end, or None."""
    t, a = c.t, j + 1
    if not t[j - 1].word or t[a].fold in c.lex.surnames or c.head_at(a) is not None:
        return None
    end = c.cap_run_end(a)
    if not 1 <= end - a <= _MAX_SECOND_PART or (end < c.n and t[end].cap):
        return None
    if looks_foreign(t[a:end]) or c.lex.honorifics.longest(t, a) is not None:
        return None
    cut = split_run(t, a, end, c.lex, direct=False)
    return end if not cut.name_len else None


def dash_honorific_name(c: Cursor, s: Read) -> int:
    """ "Chủ tịch UBND tỉnh Bến Tre - ông Lê Quang Huy", "Tổng lãnh sự Lào tại Đà Nẵng - ông
    Vilay Sisouk": a dash, an honorific, then a name of two words or more (foreign or opening
    with a family name) names the title's holder, whatever the title held before the dash."""
    hit = c.lex.honorifics.longest(c.t, s.j + 1)
    assert hit is not None
    a = s.j + 1 + hit[0]
    if a >= c.n or not c.t[a].cap or c.t[a].acronym:
        return STOP
    end = c.cap_run_end(a)
    if not 2 <= end - a <= MAX_FOREIGN:
        return STOP
    if not (looks_foreign(c.t[a:end]) or c.t[a].fold in c.lex.surnames):
        return STOP
    return s.done((a, end), end, False)


def dash_name(c: Cursor, s: Read) -> int:
    """ "Thủ tướng Nhật Bản - Shinzo Abe": a dash between a title and a name that is all
    name (foreign-looking, known, or opening with a family name)."""
    a = s.j + 1
    end = c.cap_run_end(a)
    cut = split_run(c.t, a, end, c.lex, direct=True)
    if cut.title_len or cut.name_len != end - a:
        return STOP
    if not (looks_foreign(c.t[a:end]) or c.t[a].fold in c.lex.surnames or cut.name_len == 1):
        return STOP
    if cut.name_len == 1 and not looks_foreign(c.t[a:end]):
        return STOP
    return s.done((a, end), end, False)
