"""One title and its complement: "Bộ trưởng Bộ Ngoại giao Trung Quốc", "Đại sứ Việt Nam tại
Nhật Bản", "Bí thư Khu ủy Quảng Tây, Trung Quốc", up to the name after it, if any.

A title is a head from the lexicon ("Bộ trưởng"), optional modifiers ("nguyên", "Quyền",
"Phó") and a complement that runs over organisation words, lower-case words and places until
punctuation, a verb or function word (the stop list), or a capitalised run that
:func:`~vndiplo_titles.names.split_run` reads as a name.

Each construction the complement may hold is one *step* below; :data:`STEPS` lists, for each
class of token (capitalised word, conjunction, number, parenthesis, lower-case word), the
steps tried in order. A step returns :data:`SKIP` (not this construction), :data:`NEXT`
(consumed tokens; read on), :data:`STOP` (the title ends before this token) or :data:`DONE`
(the title ends, and :attr:`Read.name` / :attr:`Read.more` say what follows it). Every
:data:`NEXT` advances, so the loop ends.
"""

from __future__ import annotations

from collections.abc import Callable

from attrs import define, field

from vndiplo_titles.constructions import (
    CONCURRENTLY,
    CONJUNCTION,
    DASHES,
    DEICTIC_COUNTRY,
    FOREIGN_OFFICE,
    INNER_PHRASES,
    MAX_TITLE,
    OWNER,
    POSTING,
)
from vndiplo_titles.cursor import Cursor, Head
from vndiplo_titles.matcher import OrgInfo, PlaceInfo, TitleInfo
from vndiplo_titles.names import NameCut, known_name, looks_foreign, split_admin_run, split_run

__all__ = ["DONE", "NEXT", "SKIP", "STEPS", "STOP", "Read", "TitleParse", "read_title"]


@define
class TitleParse:
    """One title as found: token range, head, modifiers and what its complement holds."""

    start: int
    end: int
    head: TitleInfo
    head_start: int
    head_end: int
    modifiers: set[str] = field(factory=set)
    places: list[PlaceInfo] = field(factory=list)
    posting: list[PlaceInfo] = field(factory=list)
    posting_start: int | None = None
    locator: list[PlaceInfo] = field(factory=list)
    orgs: list[tuple[int, OrgInfo]] = field(factory=list)
    foreign: bool = False
    #: "Thủ tướng nước này": the country is the one named before (see :mod:`.merge`).
    deictic: bool = False


class Read:
    """The state of reading one title's complement."""

    __slots__ = (
        "absorbed",
        "absorbs",
        "concurrent",
        "direct",
        "j",
        "locating",
        "more",
        "name",
        "run",
        "tp",
    )

    def __init__(self, tp: TitleParse) -> None:
        self.tp = tp
        self.j = tp.end  # the token being read
        #: Still right after the title word: a bare run there may be a name ("Tổng thống
        #: Ai Cập Sisi"); after an organisation it may not ("Bộ trưởng Bộ Công Thương").
        self.direct = True
        #: The title may read one nested title as its owner ("Trợ lý Tổng thống Nga").
        self.absorbs = tp.head.absorbs
        self.absorbed = False
        #: After "kiêm": further titles are part of this one.
        self.concurrent = False
        #: After ", Trung Quốc" or "(Hàn Quốc)": only places follow; they locate, not title.
        self.locating = False
        #: Set by a DONE step: the name's token span, and whether another title follows.
        self.name: tuple[int, int] | None = None
        self.more = False
        self.run = (-1, -1)  # (j, ``cap_run_end(j)``), cached between the capital steps

    def take(self, end: int) -> None:
        """The complement runs up to ``end`` (exclusive)."""
        self.j = self.tp.end = end
        self.direct = False

    def done(self, name: tuple[int, int] | None, nxt: int, more: bool) -> int:
        self.name, self.j, self.more = name, nxt, more
        return DONE


Step = Callable[[Cursor, Read], int]

SKIP, NEXT, STOP, DONE = 0, 1, 2, 3


Parsed = tuple[TitleParse, tuple[int, int] | None, int, bool]


def read_title(c: Cursor, i: int, head: Head) -> Parsed:
    """Parse the title at ``i``; return (title, name span or None, next index, continues).

    ``continues`` is true when a comma (or "và") and another title follow, so the caller
    reads a chain; the next index then points at that title.
    """
    tp = TitleParse(
        i, i + head.length, head.info, i + head.core, i + head.length, set(head.modifiers)
    )
    s = Read(tp)
    t = c.t
    limit = min(c.n, i + MAX_TITLE)
    while s.j < limit:
        tok = t[s.j]
        if tok.cap:
            kind = "capital" if tok.word else "capital mark"
        elif tok.text == "," or (tok.fold == CONJUNCTION and not s.locating):
            kind = "joiner"
        elif tok.word:
            kind = "lower"
        elif tok.text.isdigit():
            kind = "number"
        elif tok.text == "(":
            kind = "parenthesis"
        elif tok.text in DASHES:
            kind = "dash"
        else:
            break  # a newline, any other punctuation
        outcome = SKIP
        for step in STEPS[kind]:
            outcome = step(c, s)
            if outcome:
                break
        if outcome == NEXT:
            continue
        if outcome == DONE:
            return tp, s.name, s.j, s.more
        break  # STOP, or no construction of this class applies
    return tp, None, s.j, False


# -- a capitalised word ------------------------------------------------------------------


def place_or_org(c: Cursor, s: Read) -> int:
    """ "Thành ủy Thành phố Hồ Chí Minh": a known place (longer than any organisation at the
    same word) or an organisation ("Bộ Ngoại giao") is part of the title."""
    if s.locating:
        return SKIP
    org = c.lex.orgs.longest(c.t, s.j)
    place = c.lex.places.longest(c.t, s.j)
    if place is not None and (org is None or place[0] > org[0]):
        s.tp.places.append(place[1])
        s.take(s.j + place[0])
        return NEXT
    if org is not None:
        s.tp.orgs.append((s.j, org[1]))
        s.take(s.j + org[0])
        return NEXT
    return SKIP


def capital_conjunction(c: Cursor, s: Read) -> int:
    """A capitalised "Và" reads as the lower-case conjunction does."""
    if c.t[s.j].fold != CONJUNCTION or s.locating:
        return SKIP
    for step in _JOINER:
        outcome = step(c, s)
        if outcome:
            return outcome
    return STOP


def known_person(c: Cursor, s: Read) -> int:
    """ "Phó Tổng thống Mỹ JD Vance": a known person's name ends the title."""
    j = s.j
    s.run = (j, c.cap_run_end(j))
    known = known_name(c.t, j, s.run[1], c.lex)
    if known is None:
        return SKIP
    return s.done((j, j + known), j + known, False)


def acronym(c: Cursor, s: Read) -> int:
    """ "Chủ tịch UBND tỉnh", "Ủy viên BCH": an all-capitals word is part of the title."""
    tok = c.t[s.j]
    if not tok.acronym:
        return SKIP
    if s.locating:
        return STOP
    end = s.j + 1
    t = c.t
    while end + 1 < c.n and t[end].text == "&" and t[end + 1].acronym:
        end += 2  # "Bộ GD&ĐT", "Bộ KH&CN": one abbreviation
    s.tp.orgs.append((s.j, OrgInfo(" ".join(x.text for x in t[s.j : end]))))
    s.take(end)
    return NEXT


def nested_title(c: Cursor, s: Read) -> int:
    """Another title: the next title of a chain ("Tư lệnh Quân khu 2 Thiếu tướng Phạm Văn
    Hà"), or once, the owner of this one ("Trợ lý Tổng thống Nga")."""
    nested = c.head_at(s.j)
    if nested is None:
        return SKIP
    if s.locating:
        return STOP
    if s.concurrent:
        # "Phó Thủ tướng kiêm Bộ trưởng Nội vụ (và Bộ trưởng ...)": one title
        s.take(s.j + nested.length)
        return NEXT
    if not s.absorbs:
        return s.done(None, s.j, True)
    s.absorbs, s.absorbed = False, True
    s.take(s.j + nested.length)
    return NEXT


def capital_run(c: Cursor, s: Read) -> int:
    """A run of capitalised words: places and title words, then maybe a name (see
    :func:`~vndiplo_titles.names.split_run`)."""
    t, j = c.t, s.j
    run_end = s.run[1] if s.run[0] == j else c.cap_run_end(j)
    cut = split_run(t, j, run_end, c.lex, direct=s.direct and not s.locating)
    if cut.name_len and not s.locating and c.portfolio_and(j + cut.title_len, run_end):
        cut = NameCut(run_end - j, 0, cut.places)  # "Bộ trưởng Châu Âu và Ngoại giao"
    tp = s.tp
    if cut.name_len:
        (tp.locator if s.locating else tp.places).extend(cut.places)
        if cut.title_len and not s.locating:
            tp.end = j + cut.title_len
        start = j + cut.title_len
        return s.done((start, start + cut.name_len), start + cut.name_len, False)
    if s.locating:
        return STOP
    tp.places.extend(cut.places)
    s.take(run_end)
    return NEXT


# -- "," or "và" -----------------------------------------------------------------------------


def next_title(c: Cursor, s: Read) -> int:
    """ ", Chủ tịch nước", "và Chủ tịch nước": another title of the same person follows; after
    a comma it may open with a lower-case modifier ("Ủy viên Bộ Chính trị, nguyên Chủ tịch
    nước Nguyễn Văn A"; ``head_at`` already wants a capitalised title word or modifier)."""
    j = s.j
    nxt = c.head_at(j + 1) if j + 1 < c.n else None
    if nxt is not None and s.concurrent and c.t[j].fold == CONJUNCTION:
        s.take(j + 1)  # "kiêm Bộ trưởng Nội vụ và Bộ trưởng Điều phối An ninh"
        return NEXT
    if nxt is not None and (c.t[j + 1].cap or (c.t[j].text == "," and nxt.core)):
        return s.done(None, j + 1, True)
    return SKIP


def locator(c: Cursor, s: Read) -> int:
    """ "Bí thư Khu ủy Quảng Tây, Trung Quốc": a place after a comma locates the organisation
    (it gives the country); from here on only places are read."""
    j = s.j
    if c.t[j].text != "," or j + 1 >= c.n:
        return SKIP
    place = c.lex.places.longest(c.t, j + 1)
    if place is None:
        return SKIP
    s.tp.locator.append(place[1])
    s.j = j + 1 + place[0]
    s.locating = True
    return NEXT


#: How many tokens an organisation locator after a comma may span (", Bộ Quân đội Pháp").
_MAX_OWNER = 8


def organisation_locator(c: Cursor, s: Read) -> int:
    """ "Vụ trưởng Quan hệ Thuế, Bộ Tài chính Chi-lê", "Tổng cục trưởng ..., Bộ Quân đội
    Pháp": after a comma, the organisation the office belongs to, closed by a country and
    nothing capitalised after it, is part of the title and gives its country."""
    j, t = s.j, c.t
    if t[j].text != "," or s.locating or j + 1 >= c.n or not t[j + 1].cap:
        return SKIP
    if c.head_at(j + 1) is not None:
        return SKIP
    org = c.lex.orgs.longest(t, j + 1)
    if org is None:
        return SKIP
    k = j + 1 + org[0]
    limit = min(c.n, k + _MAX_OWNER)
    while k < limit and t[k].word and (t[k].cap or not c.stop_at(k)):
        place = c.lex.places.longest(t, k) if t[k].cap else None
        if place is None:
            if c.head_at(k) is not None or c.lex.honorifics.longest(t, k) is not None:
                return SKIP
            k += 1
            continue
        end = k + place[0]
        if place[1].kind != "country" or (end < c.n and t[end].cap):
            return SKIP
        s.tp.orgs.append((j + 1, org[1]))
        s.tp.places.append(place[1])
        s.take(end)
        return NEXT
    return SKIP


def conjoined_organisation(c: Cursor, s: Read) -> int:
    """ "Bộ Nông nghiệp và Môi trường": "và" before a capital is part of the organisation."""
    j = s.j
    if c.t[j].fold == CONJUNCTION and j + 1 < c.n and c.t[j + 1].cap and not s.locating:
        s.j = j + 1
        return NEXT
    return SKIP


def portfolio_list(c: Cursor, s: Read) -> int:
    """ "Bộ trưởng Thương mại, Công nghiệp và Năng lượng Hàn Quốc": one portfolio of a list
    that "và" closes, not the end of the title."""
    j = s.j
    if c.t[j].text == "," and not s.locating and c.portfolio_list(j + 1):
        s.take(j + 1)
        return NEXT
    return SKIP


# -- a number, a parenthesis ---------------------------------------------------------------


def unit_number(c: Cursor, s: Read) -> int:
    """ "Quân khu 2", "Sư đoàn 312": a number after an organisation names the unit."""
    if s.locating or not s.tp.orgs:
        return STOP
    s.j = s.tp.end = s.j + 1
    return NEXT


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


def dash_in_organisation(c: Cursor, s: Read) -> int:
    """ "Chủ nhiệm Ủy ban Văn hóa - Giáo dục", "Nhóm Nghị sĩ hữu nghị Việt Nam - Liên bang
    Nga": after an organisation, a dash before a portfolio or a place joins two parts of its
    name (before a name, or in an appositive, a dash still ends the title)."""
    j = s.j
    if s.locating or j + 1 >= c.n or not c.t[j + 1].cap:
        return STOP
    if not s.tp.orgs:
        return dash_name(c, s)
    lex = c.lex
    place = lex.places.longest(c.t, j + 1)
    if place is not None:
        # "Việt Nam - Liên bang Nga": the second of a pair gives no country to the title
        s.take(j + 1 + place[0])
        return NEXT
    if lex.fields.longest(c.t, j + 1) is None:
        return STOP
    s.take(j + 1)
    return NEXT


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


# -- a lower-case word -------------------------------------------------------------------------


def after_locator(c: Cursor, s: Read) -> int:
    """A lower-case word ends a locator (", Trung Quốc đã ...")."""
    return STOP if s.locating else SKIP


def admin_place(c: Cursor, s: Read) -> int:
    """ "Chủ tịch UBND tỉnh Gyeonggi", "Thống đốc bang Ohio Mike DeWine": an administrative
    word opens a place, maybe unknown, maybe followed by the name (see
    :func:`~vndiplo_titles.names.split_admin_run`)."""
    admin = c.admin_at(s.j)
    if not admin:
        return SKIP
    t, tp = c.t, s.tp
    a = s.j + admin
    run_end = c.cap_run_end(a)
    cut = split_admin_run(t, a, run_end, c.lex)
    if cut.places:
        tp.places.extend(cut.places)
    elif cut.title_len:
        tp.places.append(PlaceInfo(" ".join(x.text for x in t[a : a + cut.title_len]), None))
    if cut.name_len:
        start = tp.end = a + cut.title_len
        return s.done((start, start + cut.name_len), start + cut.name_len, False)
    s.take(run_end)
    return NEXT


def posting(c: Cursor, s: Read) -> int:
    """ "Đại sứ Việt Nam tại Nhật Bản": the host country of a posted official."""
    j = s.j
    if c.t[j].fold != POSTING or not s.tp.head.posted or j + 1 >= c.n:
        return SKIP
    place = c.lex.places.longest(c.t, j + 1)
    if place is None:
        # "Lãnh sự danh dự Việt Nam tại bang Kerala": an administrative word and a place
        # the gazetteer may not know, up to a name or the end of the run
        admin = c.admin_at(j + 1)
        if not admin:
            return SKIP
        a = j + 1 + admin
        cut = split_admin_run(c.t, a, c.cap_run_end(a), c.lex)
        if not cut.title_len:
            return SKIP
        name = " ".join(x.text for x in c.t[a : a + cut.title_len])
        place = (admin + cut.title_len, cut.places[0] if cut.places else PlaceInfo(name, None))
        s.tp.posting_start = j
        s.tp.posting.append(place[1])
        if cut.name_len:
            start = s.tp.end = a + cut.title_len
            return s.done((start, start + cut.name_len), start + cut.name_len, False)
        s.take(j + 1 + place[0])
        return NEXT
    s.tp.posting_start = j
    s.tp.posting.append(place[1])
    s.take(j + 1 + place[0])
    return NEXT


def owner_title(c: Cursor, s: Read) -> int:
    """ "Thứ trưởng thường trực của Tổng thống Síp": the office belongs to another; read the
    owner's title as part of this one."""
    if c.t[s.j].fold != OWNER or s.absorbed or c.head_at(s.j + 1) is None:
        return SKIP
    s.absorbs = True
    s.take(s.j + 1)
    return NEXT


def owner_organisation(c: Cursor, s: Read) -> int:
    """ "Ủy ban Đối ngoại của Quốc hội": an organisation of another."""
    j, t = s.j, c.t
    if (
        t[j].fold == OWNER
        and s.tp.orgs
        and j + 1 < c.n
        and t[j + 1].cap
        and c.lex.orgs.longest(t, j + 1) is not None
    ):
        s.j = j + 1
        return NEXT
    return SKIP


def inner_phrase(c: Cursor, s: Read) -> int:
    """ "Tòa án nhân dân tối cao", "Bí thư thứ nhất": a pair that reads on although its first
    word is a stop word elsewhere."""
    j = s.j
    if j + 1 < c.n and (c.t[j].fold, c.t[j + 1].fold) in INNER_PHRASES:
        s.take(j + 2)
        return NEXT
    return SKIP


def deictic_country(c: Cursor, s: Read) -> int:
    """ "Thủ tướng nước này Takaichi Sanae": "this country" is part of the title as written,
    and points back to the country named before it (resolved in :mod:`.merge`); the name may
    still follow as right after the title word."""
    j = s.j
    if j + 1 < c.n and (c.t[j].fold, c.t[j + 1].fold) == DEICTIC_COUNTRY:
        s.j = s.tp.end = j + 2
        s.tp.deictic = True
        return NEXT
    return SKIP


def concurrently(c: Cursor, s: Read) -> int:
    """ "Phó Chủ tịch kiêm Tổng Thư ký Liên hiệp": "kiêm" (concurrently) before another
    title joins it to this one, and so does "và" before a further title after it."""
    j = s.j
    if c.t[j].fold != CONCURRENTLY or c.head_at(j + 1) is None:
        return SKIP
    s.concurrent = True
    s.take(j + 1)
    return NEXT


def stop_word(c: Cursor, s: Read) -> int:
    """A verb or function word ends the title, unless inside a portfolio ("Đổi mới")."""
    return STOP if c.stop_at(s.j) and not c.inside_field(s.j) else SKIP


def lower_word(c: Cursor, s: Read) -> int:
    """Any other lower-case word is part of the title ("Bộ trưởng phụ trách ..."); "nước bạn",
    "nước chủ nhà" mark a foreign office."""
    j = s.j
    if j > 0 and (c.t[j - 1].fold, c.t[j].fold) in FOREIGN_OFFICE:
        s.tp.foreign = True
    s.take(j + 1)
    return NEXT


_CAPITAL: tuple[Step, ...] = (
    place_or_org,
    capital_conjunction,
    known_person,
    acronym,
    nested_title,
    capital_run,
)
_JOINER: tuple[Step, ...] = (
    next_title,
    locator,
    organisation_locator,
    conjoined_organisation,
    portfolio_list,
)
_LOWER: tuple[Step, ...] = (
    after_locator,
    admin_place,
    posting,
    owner_title,
    owner_organisation,
    inner_phrase,
    deictic_country,
    concurrently,
    stop_word,
    lower_word,
)

#: The constructions a title's complement may hold, by the class of token that opens them,
#: each tried in order; a token of no class (a newline, other punctuation) ends the title.
STEPS: dict[str, tuple[Step, ...]] = {
    "capital": _CAPITAL,
    "capital mark": (place_or_org,),  # a capitalised non-letter ("Ⅳ"): only a lexicon key
    "joiner": _JOINER,
    "lower": _LOWER,
    "number": (unit_number,),
    "parenthesis": (parenthesis,),
    "dash": (dash_in_organisation,),
}
