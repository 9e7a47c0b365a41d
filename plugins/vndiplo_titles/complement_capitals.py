"""The steps of a title's complement that a capitalised word opens: a place or organisation,
a known person, an acronym, a nested title, or a run that may end in a name."""

from __future__ import annotations

from vndiplo.place_names import COUNTRIES
from vndiplo_titles.complement_joiners import JOINER_STEPS
from vndiplo_titles.complement_lower import admin_place
from vndiplo_titles.complement_marks import session_number
from vndiplo_titles.complement_state import NEXT, SKIP, STOP, Read, Step
from vndiplo_titles.constructions import (
    ABBREVIATED_TITLES,
    CONJUNCTION,
    COUNTRY_COMPOUNDS,
    DHARMA_NAME,
    EPONYMS,
    LOWER_MIDDLE_NAMES,
    OFFICE_OF,
    RANKS,
)
from vndiplo_titles.country import known_country
from vndiplo_titles.cursor import Cursor
from vndiplo_titles.firm_names import firm_length, holder_after_firm
from vndiplo_titles.holder_places import eponym_name, holder_place
from vndiplo_titles.lexicon import PARTY_NAMES
from vndiplo_titles.matcher import OrgInfo, PlaceInfo
from vndiplo_titles.names import (
    NameCut,
    Token,
    initials_open_name,
    is_vietnamese_syllable,
    known_name,
    split_run,
)
from vndiplo_titles.typo_variants import one_edit_apart

__all__ = ["CAPITAL_STEPS", "place_or_org"]


def place_or_org(c: Cursor, s: Read) -> int:
    """ "Thành ủy Thành phố Hồ Chí Minh": a known place (longer than any organisation at the
    same word) or an organisation ("Bộ Ngoại giao") is part of the title."""
    if s.locating:
        return SKIP
    org = c.lex.orgs.longest(c.t, s.j)
    place = c.lex.places.longest(c.t, s.j)
    if place is not None and place[0] == 1 and country_compound(c, s.j):
        s.take(s.j + 2)  # "Công ty Mỹ phẩm", "Vụ Pháp luật": a common noun, no country
        return NEXT
    if place is not None and (org is None or place[0] > org[0]):
        if _longer_name(c, s.j + place[0]) and place[1].kind == "region":
            # "đặc trách Đông Á và Thái Bình Duơng": one more capitalised word that opens
            # nothing makes a longer name the gazetteer lacks (a slip, a brand), not that
            # province; the words are the title's
            s.take(s.j + place[0] + 1)
            return NEXT
        if s.tp.posting_start is not None and place[1].kind == "country":
            # "Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal": one more host country, never
            # the envoy's own
            s.tp.posting.append(place[1])
        else:
            s.tp.places.append(place[1])
        s.take(s.j + place[0])
        if place[1].kind == "country":
            s.country_end = s.j
        return NEXT
    if org is not None and _surname_slot(c, s) and _surname_name(c, s.j, org[0]):
        return SKIP
    if org is not None and org[0] == 1 and _east_asian_name(c, s.j):
        return SKIP  # "Tổng Thư ký Liên hợp quốc Ban Ki-moon": a family name, no "Ban"
    if org is not None:
        s.tp.orgs.append((s.j, org[1]))
        s.take(s.j + org[0])
        if org[1].name.lower() in OFFICE_OF and not s.absorbed:
            s.absorbs = True  # "Chủ nhiệm Văn phòng Chủ tịch nước X": the office's owner
        return NEXT
    return SKIP


def _longer_name(c: Cursor, e: int) -> bool:
    """Is ``t[e]``, right after a place's name, one more capitalised word of it: a word that
    opens no name, title, organisation or place, with no capitalised word after it?"""
    t, lex = c.t, c.lex
    if e >= c.n or not (t[e].word and t[e].cap) or t[e].acronym:
        return False
    if e + 1 < c.n and t[e + 1].cap:
        return False
    return (
        t[e].fold not in lex.surnames
        and lex.titles.longest(t, e) is None
        and lex.orgs.longest(t, e) is None
        and lex.places.longest(t, e) is None
    )


def country_compound(c: Cursor, j: int) -> bool:
    """Are ``t[j]`` and the lower-case word after it a common noun that opens with a
    country's name ("Mỹ phẩm", "Pháp luật"; see ``COUNTRY_COMPOUNDS``)?"""
    k = j + 1
    return (
        k < c.n
        and not c.t[k].cap
        and c.t[j].end + 1 == c.t[k].start
        and (c.t[j].fold, c.t[k].fold) in COUNTRY_COMPOUNDS
    )


#: Lower-case administrative words that stand for the province or town itself ("Ủy ban nhân
#: dân tỉnh", "Chủ tịch UBND huyện") when no place name follows them.
_ADMIN_WORDS = frozenset({"tỉnh", "huyện", "quận", "xã", "phố", "phường", "thị"})


def _after_place(c: Cursor, s: Read) -> bool:
    """Has the title named its place ("UBND tỉnh Cao Bằng"), or ended in a bare
    administrative word ("UBND tỉnh"), before ``s.j``?"""
    return bool(s.tp.places) or (s.j > 0 and c.t[s.j - 1].fold in _ADMIN_WORDS)


def _surname_slot(c: Cursor, s: Read) -> bool:
    """May a family name open the holder's name at ``s.j``: after the title's place, after a
    bare office, or after a whole organisation ("Phó Chủ tịch Đoàn Thị Lan", "Chủ tịch Hội
    đồng nhân dân Đoàn Thị Hậu": the holder, not the Youth Union), but never right after
    a head office of the Union's own ("Trung ương", "Tỉnh", "Thành")?"""
    if _after_place(c, s):
        return True
    # without a place first, only a name's usual middle syllable tells it from a branch of
    # the Union ("Bí thư Đoàn Khối Doanh nghiệp")
    return (
        c.t[s.j - 1].fold not in _UNION_PREFIXES
        and s.j + 1 < c.n
        and c.t[s.j + 1].fold in LOWER_MIDDLE_NAMES
    )


#: Words that open the Youth Union's branches: "Trung ương Đoàn", "Tỉnh Đoàn", "Thành Đoàn".
_UNION_PREFIXES = frozenset({"ương", "tỉnh", "thành", "huyện", "quận", "xã"})


def _surname_name(c: Cursor, j: int, org_len: int) -> bool:
    """Is the one-word organisation at ``j`` a family name opening a whole Vietnamese name
    ("Phó Chủ tịch UBND tỉnh Cao Bằng Đoàn Thu Hà": after the title's place, "Đoàn" is no
    Youth Union)? The run is then exactly three Vietnamese syllables, no place, organisation
    or "Thanh niên" after the first."""
    if org_len != 1 or c.t[j].fold not in c.lex.surnames or c.cap_run_end(j) != j + 3:
        return False
    return (
        all(is_vietnamese_syllable(tok.text) for tok in c.t[j : j + 3])
        and c.lex.places.longest(c.t, j + 1) is None
        and c.lex.orgs.longest(c.t, j + 1) is None
        and c.lex.fields.longest(c.t, j + 1, j + 3) is None
        and (c.t[j + 1].fold, c.t[j + 2].fold) != ("thanh", "niên")
    )


def _east_asian_name(c: Cursor, j: int) -> bool:
    """Is the one-word organisation at ``j`` ("Ban") the family name of a romanised Korean
    name whose given name follows as one hyphenated word and ends the run ("Ban Ki-moon")?
    Both are plain Latin letters, the given name two short syllables, the second in lower
    case ("Ki-moon", "Jae-in"): a body's own name is never spelt so, while a Vietnamese
    transliteration carries tone marks or more syllables ("Xi-xu-lít")."""
    t = c.t
    if j + 1 >= c.n or c.cap_run_end(j) != j + 2 or not t[j].text.isascii():
        return False
    given = t[j + 1].text
    parts = given.split("-")
    return (
        given.isascii()
        and len(parts) == 2
        and parts[0][:1].isupper()
        and parts[1].islower()
        and all(2 <= len(p) <= _ROMANISED_SYLLABLE for p in parts)
    )


#: The longest romanised Korean syllable ("young", "hyeon").
_ROMANISED_SYLLABLE = 5


def capital_admin_place(c: Cursor, s: Read) -> int:
    """ "Thống đốc Bang Oregon", "Chủ tịch Tỉnh Gyeonggi": a capitalised administrative word
    opens a place as its lower-case form does (see :func:`.complement_lower.admin_place`);
    not a family name that is one too ("Châu")."""
    if s.locating or c.t[s.j].fold in c.lex.surnames:
        return SKIP
    return admin_place(c, s)


def capital_conjunction(c: Cursor, s: Read) -> int:
    """A capitalised "Và" reads as the lower-case conjunction does."""
    if c.t[s.j].fold != CONJUNCTION or s.locating:
        return SKIP
    for step in JOINER_STEPS:
        outcome = step(c, s)
        if outcome:
            return outcome
    return STOP


def eponym(c: Cursor, s: Read) -> int:
    """ "Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Lê Văn A": after an
    organisation, the name an institution carries closes the organisation's name; the
    holder's name, if any, follows it."""
    j = s.j
    if s.direct or not s.tp.orgs or s.locating or c.t[j].fold not in _EPONYM_STARTS:
        return SKIP
    for size in _EPONYM_SIZES:
        end = j + size
        if end <= c.n and tuple(tok.fold for tok in c.t[j:end]) in EPONYMS:
            s.take(end)
            if end < c.n and c.t[end].word and not c.t[end].cap and c.t[end].fold != CONJUNCTION:
                return STOP  # "... Hồ Chí Minh tặng quà": the name closes, a verb follows
            return NEXT
    return SKIP


_EPONYM_STARTS = frozenset(name[0] for name in EPONYMS)
_EPONYM_SIZES = sorted({len(name) for name in EPONYMS}, reverse=True)


def apposed_eponym(c: Cursor, s: Read) -> int:
    """ "ông X, Giám đốc Bảo tàng Hồ Chí Minh,": the run closing a title apposed to a named
    holder, after an institution's noun, is the institution's name (see
    :func:`.holder_places.eponym_name`)."""
    run_end = c.cap_run_end(s.j)
    if not eponym_name(c, s, s.j, run_end):
        return SKIP
    s.take(run_end)
    return NEXT


def body_own_name(c: Cursor, s: Read) -> int:
    """ "Chủ tịch Quỹ Hawa", "Giám đốc Học viện Aurora": one capitalised word Vietnamese
    could not spell, right after a body's bare noun and ending the run, is that body's own
    name, not its holder's: a holder is named after the body's name, not in its place (a
    Latin name after a title is a given name and a surname, or a well-known single name
    right after the office: "Thủ tướng Abe")."""
    if s.locating or not s.tp.orgs:
        return SKIP
    t, j = c.t, s.j
    start, org = s.tp.orgs[-1]
    if org.name.lower() not in _BODY_NOUNS:
        return SKIP
    matched = c.lex.orgs.longest(t, start)
    if matched is None or start + matched[0] != j:
        return SKIP  # "Quỹ Tiền tệ Quốc tế": a body of the lexicon, named in full
    tok = t[j]
    if tok.acronym or is_vietnamese_syllable(tok.text) or c.cap_run_end(j) != j + 1:
        return SKIP
    if c.lex.places.longest(t, j) is not None or c.head_at(j) is not None:
        return SKIP
    s.take(j + 1)
    return NEXT


#: Nouns of bodies whose own name follows them ("Quỹ Hawa", "Hội Nordlys", "Học viện X").
_BODY_NOUNS = frozenset({"quỹ", "hội", "hiệp hội", "viện", "học viện"})


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
    if not tok.acronym or _rank_before_name(c, s.j):
        return SKIP
    if s.locating:
        return STOP
    surname_end = initials_name_end(c, s.j)
    if surname_end:
        # "nguyên Tổng thống Singapore SR Nathan": two initials in capitals open the name
        return s.done((s.j, surname_end), surname_end, False)
    end = s.j + 1
    t = c.t
    while end + 1 < c.n and _abbreviation_joint(t[end - 1], t[end], t[end + 1]):
        end += 2  # "Bộ GD&ĐT", "Bộ KH&CN", "Bộ VH,TT&DL": one abbreviation
    s.tp.orgs.append((s.j, OrgInfo(" ".join(x.text for x in t[s.j : end]))))
    s.take(end)
    return NEXT


def _rank_before_name(c: Cursor, j: int) -> bool:
    """ "Trưởng lão HT.Thích A", "Thủ tướng TT Nguyễn B"? An abbreviated title right before a
    family or dharma name is the next title of the chain, not a body's initials ("Phó Bí
    thư TT Tỉnh ủy": "Thường trực")."""
    if c.t[j].fold not in ABBREVIATED_TITLES or j + 1 >= c.n:
        return False
    nxt = c.t[j + 1]
    return nxt.cap and (nxt.fold in c.lex.surnames or nxt.fold == DHARMA_NAME)


def _abbreviation_joint(before: Token, mark: Token, after: Token) -> bool:
    """Does ``mark`` join two capitals into one abbreviation? "&" always ("GD & ĐT"); a comma
    or a slash only with no space on either side ("VH,TT&DL"; "CDU/CSU", one parliamentary
    group of two parties), since "UBND, HĐND" lists two bodies."""
    if not after.acronym:
        return False
    if mark.text == "&":
        return True
    return mark.text in (",", "/") and before.end == mark.start and mark.end == after.start


def initials_name_end(c: Cursor, j: int) -> int:
    """Where a name opened by two initials in capitals ends ("SR Nathan"), or 0 (see
    :func:`~vndiplo_titles.names.initials_open_name`); not before a title word."""
    if not initials_open_name(c.t, j, c.n) or c.head_at(j + 1) is not None:
        return 0
    return j + 2


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
    if s.tp.head.style and s.j == s.tp.head_end:
        # "Đức TGM Ngoại trưởng Jean Dupont": a rank and the office right after it are one
        # title, and a name may still follow as right after a title word
        s.j = s.tp.end = s.j + nested.length
        return NEXT
    if not s.absorbs:
        if _names_organisation(c, s, nested.length):
            s.take(s.j + nested.length)  # "Cục trưởng Cục Lãnh sự", "Liên minh Nghị sĩ ..."
            return NEXT
        return s.done(None, s.j, True)
    s.absorbs, s.absorbed = False, True
    if s.tp.head.gloss == SPOUSE and s.j == s.tp.head_end:
        # "bà X, phu nhân Tổng thống Y": the husband's office right after the spouse's
        # title, as after "của": a name after it is his (an assistant's is ambiguous:
        # "A, Trợ lý Chủ tịch Quốc hội B" is the assistant B)
        s.tp.owner_start = s.j
    s.take(s.j + nested.length)
    return NEXT


def honorific(c: Cursor, s: Read) -> int:
    """ "Chủ tịch Thượng viện Ba Lan và Ngài Tomas Wielki": an honorific opens another
    person; the title ends before it and no name holds it."""
    t, j = c.t, s.j
    if t[j].fold not in c.lex.honorific_starts or c.lex.honorifics.longest(t, j) is None:
        return SKIP
    return STOP


def capital_run(c: Cursor, s: Read) -> int:
    """A run of capitalised words: places and title words, then maybe a name (see
    :func:`~vndiplo_titles.names.split_run`)."""
    t, j = c.t, s.j
    run_end = s.run[1] if s.run[0] == j else c.cap_run_end(j)
    if s.tp.head.membership and not s.locating:
        s.take(run_end)  # "Đảng viên Đảng Mặt trận Tự do": the party's name, all of it
        return NEXT
    if _after_business_noun(c, s):
        holder_end = holder_after_firm(c, run_end)
        if holder_end:
            # "Chủ tịch Tập đoàn Hoàng Sơn Đoàn Văn Thịnh": the run stopped at a family name
            # that is also an organisation word; the firm is all of it, the name follows
            s.take(run_end)
            return s.done((run_end, holder_end), holder_end, False)
    if (run_end - j != 2 or c.named or _branch_place(c, j + 1, run_end)) and _after_business_noun(
        c, s
    ):
        # "Phó Chủ tịch Tập đoàn Lotte, ...", "Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng":
        # the words after a business noun name the firm, up to its holder's name (see
        # :func:`.firm_names.firm_length`); two words alone ("Tập đoàn Akira Sato") are more
        # likely a name than a firm, unless a name was just read ("ông X, Chủ tịch Tập đoàn
        # Hoa Lợi")
        s.take(j + (firm_length(c, j, run_end) if run_end - j > 2 else 1))
        return NEXT
    # right after a foreign office's country, a run is read as right after a rank: all of
    # it is the name, a family name inside it ("Khăm Sổm Vi La") opens nothing
    after_country = not s.locating and _after_foreign_country(c, s, run_end)
    direct = (s.direct and not s.locating) or after_country
    rank = (direct and s.tp.head.title.lower() in RANKS) or after_country
    if not t[s.tp.head_start].cap and not rank and _party_name(c, j, run_end):
        # "các thượng nghị sĩ Cộng Hòa": after a title in lower case, a party's short name
        # is no person; any other run is read as right after a title ("thủ tướng Hun Xen")
        direct = False
    cut = split_run(
        t, j, run_end, c.lex, direct=direct, rank=rank, foreign_body=_after_foreign_body(c, s)
    )
    if cut.name_len and not s.locating and c.portfolio_and(j + cut.title_len, run_end):
        cut = NameCut(run_end - j, 0, cut.places)  # "Bộ trưởng Châu Âu và Ngoại giao"
    tp = s.tp
    if cut.name_len and not cut.title_len and holder_place(c, s, j, run_end):
        # "ông X, Bí thư, Tỉnh trưởng Xieng Khoang.": the holder is named; the run is the
        # territory of the office (see :mod:`.holder_places`)
        tp.places.append(PlaceInfo(" ".join(tok.text for tok in t[j:run_end]), None))
        s.take(run_end)
        return NEXT
    if cut.name_len == 1 and not s.locating and j + cut.title_len + 1 == run_end:
        holder_end = _holder_after_comma(c, run_end)
        if holder_end:
            # "Bộ trưởng Ngoại giao Algieria, Ahmed Rachidi.": one unknown word closes the
            # office (a place the gazetteer lacks, a slip), the holder is apposed after it
            tp.places.extend(cut.places)
            tp.places.append(_slipped_country(t[run_end - 1].text))
            s.take(run_end)
            return s.done((run_end + 1, holder_end), holder_end, False)
    if cut.name_len:
        if s.locating:
            tp.locator.extend(cut.places)
        elif tp.posting_start is not None:
            # "Đại sứ tại Pháp kiêm nhiệm Monaco Phạm A": further host countries
            tp.posting.extend(p for p in cut.places if p.kind == "country")
            tp.places.extend(p for p in cut.places if p.kind != "country")
        else:
            tp.places.extend(cut.places)
        if cut.title_len and not s.locating:
            tp.end = j + cut.title_len
        start = j + cut.title_len
        return s.done((start, start + cut.name_len), start + cut.name_len, False)
    if s.locating:
        return STOP
    tp.places.extend(cut.places)
    s.take(run_end)
    return NEXT


def _holder_after_comma(c: Cursor, k: int) -> int:
    """Where the holder's name ends when the one-word "name" ending at ``k`` is really the
    last word of the office: a comma follows it, then a Latin full name (two to four
    capitalised words, one Vietnamese could not spell, none known as a place or opening a
    title) that closes the clause (a full stop, a semicolon, a bracket, the end, or a
    lower-case word other than "và"); else 0. Not when the word is a known person's name
    ("Tổng thống Putin, ..."), nor a Vietnamese-spelt one."""
    t, lex = c.t, c.lex
    word = t[k - 1]
    if (
        k + 2 >= c.n
        or t[k].text != ","
        or is_vietnamese_syllable(word.text)
        or lex.people_names.longest(t, k - 1) is not None
        or known_country(word.text, lex) is not None
    ):
        return 0
    a = k + 1
    end = c.cap_run_end(a)
    if not 2 <= end - a <= 4 or any(x.acronym or not x.word for x in t[a:end]):
        return 0
    if all(is_vietnamese_syllable(x.text) for x in t[a:end]):
        return 0
    if any(lex.places.longest(t, m) is not None or c.head_at(m) for m in range(a, end)):
        return 0
    if end < c.n and (
        t[end].cap
        or t[end].fold == CONJUNCTION
        or (t[end].text not in _CLAUSE_ENDS and not t[end].word)
    ):
        return 0  # "Tổng thống X, Y Z và ...", "X, Y Z, ...": a list of people goes on
    return end


def _slipped_country(word: str) -> PlaceInfo:
    """The place ``word`` names: a one-word country it misspells by one letter ("Algieria"
    for "Algeria"; six letters or more, so no short name is mistaken), else an unknown
    place of no country."""
    low = word.lower()
    for name, code in COUNTRIES.items():
        if len(name) >= _SLIP_MIN and " " not in name and one_edit_apart(low, name.lower()):
            return PlaceInfo(name, code, "country")
    return PlaceInfo(word, None)


#: The shortest country name a one-letter slip is read in.
_SLIP_MIN = 6


#: Tokens that close a clause after an apposed name.
_CLAUSE_ENDS = frozenset({".", ";", ")", "\n"})


#: The gloss of the spouse titles of the lexicon ("Phu nhân", "Phu quân").
SPOUSE = "Spouse"


def _names_organisation(c: Cursor, s: Read, length: int) -> bool:
    """Is the title word at ``s.j`` the name of the organisation word right before it ("Cục
    Lãnh sự", "Liên minh Nghị sĩ hữu nghị", "Hội đồng Bộ trưởng")? Not when a name or a title
    follows it right away: "Bộ Quốc phòng Đại tướng Lê Văn A" is a rank and a name."""
    if not s.tp.orgs:
        return False
    start = s.tp.orgs[-1][0]
    org = c.lex.orgs.longest(c.t, start)
    if org is None or start + org[0] != s.j:
        return False
    after = s.j + length
    if after >= c.n or not c.t[after].cap or org[1].name.lower() in _BARE_OFFICE_NOUNS:
        # a bare office noun has no name of its own, so the title word names it even with a
        # person after it: "Cục trưởng Cục Lãnh sự Lê A", "Tổng thư ký Phủ Tổng thống Mary B"
        return True
    # "Hội đồng Tham mưu trưởng Liên quân Hoa Kỳ X": more of the name before any person's
    cut = split_run(c.t, after, c.cap_run_end(after), c.lex, direct=True)
    return cut.title_len > 0 or (not cut.name_len and c.head_at(after) is None)


#: Office nouns that need a name after them: a title word right after one is that name.
_BARE_OFFICE_NOUNS = frozenset(
    {"cục", "tổng cục", "vụ", "ban", "phủ", "văn phòng", "hội đồng", "ủy ban", "sở", "viện"}
)

#: Nouns of a business ("Tập đoàn", "Công ty"): the word after one is its name, not a person.
_BUSINESS_NOUNS = frozenset(
    {"tập đoàn", "tổng công ty", "công ty", "ngân hàng", "tổ hợp", "hãng", "khách sạn"}
    # a non-governmental body's own name follows "Tổ chức" as a firm's follows "Công ty"
    # ("Tổ chức Oxfam", "Tổ chức Plan International")
    | {"tổ chức"}
)


def _after_business_noun(c: Cursor, s: Read) -> bool:
    """Does a business noun end right before ``s.j`` ("Tập đoàn | Lotte"), maybe written
    in lower case ("Trưởng đại diện tổ chức | ChildFund")?"""
    if s.locating:
        return False
    if _lower_business_noun(c, s.j):
        return True
    if not s.tp.orgs:
        return False
    start, org = s.tp.orgs[-1]
    if org.name.lower() not in _BUSINESS_NOUNS:
        return False
    matched = c.lex.orgs.longest(c.t, start)
    end = start + len(org.name.split())
    if matched is not None and start + matched[0] <= s.j:
        end = max(end, start + matched[0])
    # "Công ty Mỹ phẩm | Hanbit", "Công ty cổ phần | Sao Mai": the firm's kind, in lower
    # case or a common noun opening with a country, before its own name
    while end < s.j and (not c.t[end].cap or country_compound(c, end)):
        end += 2 if c.t[end].cap else 1
    return end == s.j


def _lower_business_noun(c: Cursor, j: int) -> bool:
    """Do the lower-case words right before ``j`` make a business noun ("tổ chức", "công
    ty", "hãng")? The capitalised word at ``j`` is then the body's or firm's name."""
    t = c.t
    for size in (1, 2, 3):
        k = j - size
        if k < 0 or t[k].cap or not t[k].word:
            return False
        if " ".join(x.fold for x in t[k:j]) in _BUSINESS_NOUNS:
            return True
    return False


def _branch_place(c: Cursor, k: int, end: int) -> bool:
    """Is ``t[k:end]`` a place, the branch of a firm of one word ("Khách sạn Lotus Huế")?"""
    hit = c.lex.places.longest(c.t, k, end)
    return hit is not None and k + hit[0] == end


def _after_foreign_body(c: Cursor, s: Read) -> bool:
    """Does a foreign state's body ("Nhân đại toàn quốc", "Quốc vụ viện") end right before
    ``s.j``?"""
    if not s.tp.orgs:
        return False
    start, org = s.tp.orgs[-1]
    if org.country in (None, "VN"):
        return False
    matched = c.lex.orgs.longest(c.t, start)
    return matched is not None and start + matched[0] == s.j


def _after_foreign_country(c: Cursor, s: Read, run_end: int) -> bool:
    """Does the run at ``s.j`` follow a country that ends a foreign office's title ("Đại sứ
    Lào | Sẻng Phết Hùng Bun Nhuông", "Đại sứ Lào tại Việt Nam | ...")? The run is then read
    as right after the title word: a foreign name spelt in Vietnamese syllables, with no
    family name of our list, is still a name. Not when a place lies inside the run."""
    if s.country_end != s.j or not any(
        p.kind == "country" and p.country not in (None, "VN") for p in s.tp.places
    ):
        return False
    return all(c.lex.places.longest(c.t, k, run_end) is None for k in range(s.j, run_end))


def _party_name(c: Cursor, j: int, end: int) -> bool:
    """Is the run ``t[j:end]`` a party's short name ("Dân Chủ", "Cộng Hòa")?"""
    return tuple(tok.fold for tok in c.t[j:end]) in PARTY_NAMES


CAPITAL_STEPS: tuple[Step, ...] = (
    session_number,
    place_or_org,
    capital_admin_place,
    capital_conjunction,
    eponym,
    apposed_eponym,
    body_own_name,
    known_person,
    acronym,
    nested_title,
    honorific,
    capital_run,
)
