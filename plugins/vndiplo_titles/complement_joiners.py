"""The steps of a title's complement that "," or "và" opens: the next title of a chain, a
locator, the organisation the office belongs to, or one portfolio of a list."""

from __future__ import annotations

from collections.abc import Sequence

from vndiplo_titles.complement_state import NEXT, SKIP, STOP, Read, Step
from vndiplo_titles.constructions import (
    BETWEEN,
    CONJUNCTION,
    INNER_PHRASES,
    MISSION,
    OWNER,
    POSTING,
    READ_ON,
)
from vndiplo_titles.cursor import Cursor
from vndiplo_titles.matcher import OrgInfo, PlaceInfo
from vndiplo_titles.names import Token

__all__ = ["JOINER_STEPS"]


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


def region_after_city(c: Cursor, s: Read) -> int:
    """ "Tổng Lãnh sự Việt Nam tại Nam Ninh, Quảng Tây", "Lãnh sự danh dự tại Houston, Texas":
    a posting's foreign city or region, then a comma and a region of the same country, is one
    seat written from small to large; the region stays in the title. A country after the
    comma only locates (see :func:`locator`), and so does a region after a territory the
    office governs ("Bí thư Thành ủy Phòng Thành Cảng, Quảng Tây"). Not for Vietnamese
    places, where a comma lists provinces ("tại tỉnh Lạng Sơn, Cao Bằng")."""
    j, t = s.j, c.t
    if t[j].text != "," or s.locating or s.tp.posting_start is None or j + 1 >= c.n:
        return SKIP
    if not t[j + 1].cap:
        return SKIP
    before = _place_ending_at(c, j, s.tp.posting_start)
    if before is None or before.kind == "country" or before.country in (None, "VN"):
        return SKIP
    place = c.lex.places.longest(t, j + 1)
    if place is None or place[1].kind == "country" or place[1].country != before.country:
        return SKIP
    s.tp.posting.append(place[1])
    s.take(j + 1 + place[0])
    return NEXT


def _place_ending_at(c: Cursor, j: int, start: int) -> PlaceInfo | None:
    """The known place of the title that ends right before ``j``, or None."""
    for k in range(max(start, j - _MAX_PLACE_WORDS), j):
        hit = c.lex.places.longest(c.t, k)
        if hit is not None and k + hit[0] == j:
            return hit[1]
    return None


#: The most words of one place name looked back over.
_MAX_PLACE_WORDS = 4


#: How many tokens an organisation locator after a comma may span (", Bộ Quân đội Pháp").
_MAX_OWNER = 8


def organisation_locator(c: Cursor, s: Read) -> int:
    """ "Vụ trưởng Quan hệ Thuế, Bộ Tài chính Chi-lê", "Tổng cục trưởng ..., Bộ Quân đội
    Pháp": after a comma, the organisation the office belongs to, closed by a country and
    nothing capitalised after it but the holder's name, is part of the title and gives its
    country."""
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
        if place[1].kind != "country" or (end < c.n and t[end].cap and not _name_opens(c, end)):
            return SKIP
        if org[1].name.lower().endswith(MISSION) and not _heads_mission(c, s, org[1], end):
            # "Công sứ, Đại sứ quán Việt Nam tại Lào", "Phó Lãnh sự, Tổng Lãnh sự quán X": a
            # diplomat's rank, then the mission where its holder works; the mission locates
            # it (gives the country) and is no part of the title as written
            s.tp.locator.append(place[1])
            s.j = end
            s.locating = True
            return NEXT
        s.tp.orgs.append((j + 1, org[1]))
        s.tp.places.append(place[1])
        s.take(end)
        return NEXT
    return SKIP


def _heads_mission(c: Cursor, s: Read, mission: OrgInfo, end: int) -> bool:
    """ "Tổng Lãnh sự, Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng": the head of a mission (the
    mission's noun is the title's own word and "quán", no deputy's modifier), then the
    mission named in full with its seat. The bare head says nothing of which mission, so
    the mission is the title's complement and stays, as a parent body does; the posting is
    read next (see ``complement_lower.posting``)."""
    if s.tp.modifiers or end >= c.n or c.t[end].fold not in POSTING:
        return False
    return mission.name.lower() == f"{s.tp.head.title.lower()} {MISSION}"


def _name_opens(c: Cursor, k: int) -> bool:
    """Can the capitalised word at ``k``, right after the owner's country, open the holder's
    name (", Quốc hội Hungary Kovacs Peter")? Not a title, place, organisation or acronym."""
    tok = c.t[k]
    return not (
        tok.acronym
        or not tok.word
        or c.head_at(k) is not None
        or c.lex.places.longest(c.t, k) is not None
        or c.lex.orgs.longest(c.t, k) is not None
    )


def conjoined_organisation(c: Cursor, s: Read) -> int:
    """ "Bộ Nông nghiệp và Môi trường": "và" before a capital is part of the organisation."""
    j = s.j
    if c.t[j].fold == CONJUNCTION and j + 1 < c.n and c.t[j + 1].cap and not s.locating:
        if _delegation(c, j + 1):
            return STOP  # "nguyên Thủ tướng Hàn Quốc và Đoàn công tác": the party with them
        s.j = j + 1
        return NEXT
    return SKIP


def _delegation(c: Cursor, k: int) -> bool:
    """Does a delegation ("Đoàn công tác", "Đoàn đại biểu", "đoàn.") open at ``k``: "Đoàn"
    before a delegation's kind or no word? The Youth Union's name goes on in capitals or an
    acronym ("Đoàn Thanh niên", "Đoàn TNCS"), and "Đoàn kết" (solidarity) names a body."""
    if c.t[k].fold != "đoàn":
        return False
    after = c.t[k + 1] if k + 1 < c.n else None
    return after is None or not after.word or after.fold in _DELEGATION_KINDS


#: First words of a delegation's kind after "Đoàn": "công tác", "đại biểu", "cấp cao",
#: "doanh nghiệp", "cán bộ", "chuyên gia", "khách", "tùy tùng".
_DELEGATION_KINDS = frozenset({"công", "đại", "cấp", "doanh", "cán", "chuyên", "khách", "tùy"})


#: How many lower-case tokens "và" may join inside an organisation's name.
_MAX_CONJOINED = 5


def conjoined_lower(c: Cursor, s: Read) -> int:
    """ "Tiểu ban hợp tác khu vực và xuyên biên giới giữa Ba Lan và các nước Baltic thuộc Ủy
    ban ...": inside an organisation, "và" between two lower-case phrases of its name, or
    after "giữa" (between one place and another), reads on when the words after it (no
    verbs or function words) run into a place or organisation, "giữa" or "thuộc"."""
    j, t = s.j, c.t
    if t[j].fold != CONJUNCTION or s.locating or not s.tp.orgs:
        return SKIP
    prev = t[j - 1]
    between = any(tok.fold == BETWEEN for tok in t[max(s.tp.start, j - 6) : j])
    if not (prev.word and not prev.cap) and not between:
        return SKIP
    k, limit = j + 1, min(c.n, j + 1 + _MAX_CONJOINED)
    while k < limit and t[k].word and not t[k].cap and t[k].fold not in READ_ON:
        if k + 1 < c.n and (t[k].fold, t[k + 1].fold) in INNER_PHRASES:
            k += 2  # "các nước"
            continue
        if c.stop_at(k):
            return SKIP
        k += 1
    if k == j + 1 or k >= c.n:
        return SKIP
    nxt = t[k]
    if nxt.fold not in READ_ON and not (
        nxt.cap
        and c.head_at(k) is None
        and (nxt.acronym or c.lex.places.longest(t, k) or c.lex.orgs.longest(t, k))
    ):
        return SKIP
    s.take(k)
    return NEXT


def portfolio_list(c: Cursor, s: Read) -> int:
    """ "Bộ trưởng Thương mại, Công nghiệp và Năng lượng Hàn Quốc": one portfolio of a list
    that "và" closes, not the end of the title."""
    j = s.j
    if c.t[j].text == "," and not s.locating and c.portfolio_list(j + 1):
        s.take(j + 1)
        return NEXT
    return SKIP


#: How many tokens a lower-case list of portfolios after a comma may span.
_MAX_LOWER_LIST = 12
#: Words that open an apposed description, never a portfolio ("người phát ngôn của ...").
_NOT_PORTFOLIO = frozenset({"người", "ông", "bà", "ngài"})


def lower_case_portfolios(c: Cursor, s: Read) -> int:
    """ "Chủ nhiệm Ủy ban kinh tế, ngân sách và tài chính của Quốc hội": after an organisation
    written in lower case, a comma inside a lower-case list of its portfolios. The list must
    close with "và" and one more portfolio before a capital or "của", or run into "của" and
    the organisation the committee belongs to; every word of it is no verb or function word.
    """
    j, t = s.j, c.t
    if t[j].text != "," or s.locating or not s.tp.orgs or not t[j - 1].word or t[j - 1].cap:
        return SKIP
    k, limit = j + 1, min(c.n, j + 1 + _MAX_LOWER_LIST)
    words, closed = 0, False
    while k < limit:
        tok = t[k]
        if tok.text == "," and words and not closed:
            words = 0
        elif not tok.word or tok.cap or tok.fold == OWNER:
            break
        elif tok.fold == CONJUNCTION:
            if not words or closed:
                return SKIP
            words, closed = 0, True
        elif c.stop_at(k) or (not words and tok.fold in _NOT_PORTFOLIO):
            return SKIP
        else:
            words += 1
        k += 1
    if not words or k >= c.n:
        return SKIP
    owner = t[k].fold == OWNER and k + 1 < c.n and c.lex.orgs.longest(t, k + 1) is not None
    if not (owner or (closed and t[k].cap)):
        return SKIP
    s.take(k)
    return NEXT


#: How many portfolios a list after a comma may hold.
_MAX_FIELDS = 6


def field_list(c: Cursor, s: Read) -> int:
    """ "Bộ trưởng Bộ Lao động, Thương binh và Xã hội", "Thứ trưởng ... phụ trách kinh tế, môi
    trường và năng lượng", "Bộ trưởng Bộ Nông, lâm, ngư nghiệp": after an organisation, a
    comma inside a list of portfolios (in any case) is no end of the title. Every item is a
    portfolio, or one word that makes one with the last item's last word ("lâm" + "nghiệp":
    the shared word written once). The list closes with "và" and a last portfolio, or uses
    that shared word; it ends before punctuation, a capital, "của" or a verb."""
    j, t = s.j, c.t
    if t[j].text != "," or s.locating or not s.tp.orgs or not t[j - 1].word:
        return SKIP
    items: list[tuple[int, int]] = []  # (start, end) of each item, the one before the comma first
    before = _field_ending_at(c, j, s.tp.start)
    items.append(before if before is not None else (j - 1, j))
    k, closed = j + 1, False
    while k < c.n and len(items) <= _MAX_FIELDS:
        if not t[k].word or c.head_at(k) is not None or c.stop_at(k):
            return SKIP
        hit = c.lex.fields.longest(t, k)
        end = k + (hit[0] if hit is not None else 1)
        if hit is None and _capitalised_item(c, k):
            end = _item_end(c, k)  # "Nhân quyền": an item no portfolio of ours holds
        items.append((k, end))
        if end >= c.n or closed:
            k = end
            break
        if t[end].text == ",":
            k = end + 1
        elif t[end].fold == CONJUNCTION:
            k, closed = end + 1, True
        else:
            k = end
            break
    else:
        return SKIP
    after = t[k] if k < c.n else None
    runs_on = after is not None and after.word and not after.cap and after.fold != OWNER
    if runs_on and not c.stop_at(k):
        return SKIP  # the list runs on into words no portfolio holds
    shared = t[items[-1][1] - 1]  # "nghiệp" of "ngư nghiệp"
    elliptic = False
    named_items = 0  # capitalised items no portfolio holds ("Nhân quyền", "Kiến nghị")
    for a, b in items:
        if _whole_field(c, t, a, b):
            continue
        if b - a == 1 and _whole_field(c, [t[a], shared], 0, 2):
            elliptic = True
            continue
        if _capitalised_item(c, a):
            named_items += 1
            continue
        return SKIP
    if 2 * named_items > len(items):
        return SKIP  # mostly unknown words: a list of names, not of portfolios
    owned = after is not None and after.fold == OWNER and len(items) >= (3 if named_items else 2)
    if not (closed or elliptic or owned):
        # "Ủy ban Y tế, Lao động, Xã hội của Quốc hội": portfolios running into the
        # committee's owner are one name without "và"
        return SKIP
    s.take(k)
    return NEXT


def _capitalised_item(c: Cursor, a: int) -> bool:
    """Does a capitalised item that a committee's list of fields may hold though no portfolio
    of ours does open at ``a`` ("Nhân quyền", "Thanh niên", "Kiến nghị")? Only its first word
    is capitalised, and it opens no title, place or run of capitals (a person's name)."""
    tok = c.t[a]
    if not tok.cap or tok.acronym or c.head_at(a) is not None:
        return False
    return c.lex.places.longest(c.t, a) is None and c.cap_run_end(a) == a + 1


#: Words of one such item at most ("Nhân quyền", "Dân tộc thiểu số").
_MAX_ITEM = 3


def _item_end(c: Cursor, a: int) -> int:
    """End of the item opened at ``a``: its lower-case words up to a comma, "và" or "của"."""
    end = a + 1
    while (
        end < c.n
        and end - a < _MAX_ITEM
        and c.t[end].word
        and not c.t[end].cap
        and c.t[end].fold not in (CONJUNCTION, OWNER)
        and not c.stop_at(end)
    ):
        end += 1
    return end


def _field_ending_at(c: Cursor, j: int, start: int) -> tuple[int, int] | None:
    """The portfolio that ends right before ``j`` ("Lao động" before a comma), or None."""
    for a in range(max(start, j - 4), j):
        if _whole_field(c, c.t, a, j):
            return a, j
    return None


def _whole_field(c: Cursor, toks: Sequence[Token], a: int, b: int) -> bool:
    """Is ``toks[a:b]`` exactly one portfolio ("kinh tế"; "lâm" + "nghiệp" as a pair)?"""
    hit = c.lex.fields.longest(toks, a, b)
    return hit is not None and hit[0] == b - a


#: "kiêm nhiệm" (concurrently accredited), after a comma, maybe "đồng thời" (at once) first.
_FURTHER_POSTING = ("kiêm", "nhiệm")
_AT_ONCE = ("đồng", "thời")


def further_posting(c: Cursor, s: Read) -> int:
    """ "Đại sứ Lào tại Kenya, kiêm nhiệm Uganda, Rwanda và Burundi": after a posting,
    a comma before "kiêm nhiệm" and the further host countries, listed with commas, keep the
    title going (without the comma :mod:`.complement_lower` reads it so already)."""
    j, t = s.j, c.t
    if t[j].text != "," or s.tp.posting_start is None or s.locating:
        return SKIP
    k = j + 1
    if tuple(tok.fold for tok in t[k : k + 2]) == _AT_ONCE:
        k += 2
    if tuple(tok.fold for tok in t[k : k + 2]) == _FURTHER_POSTING and k + 2 < c.n:
        s.take(k + 2)
        return NEXT
    if len(s.tp.posting) < 2 or not t[j - 1].cap:
        return SKIP  # one host country so far: a place after a comma locates (see locator)
    place = c.lex.places.longest(t, j + 1)
    if place is None or place[1].kind != "country":
        return SKIP
    s.tp.posting.append(place[1])
    s.take(j + 1 + place[0])
    return NEXT


JOINER_STEPS: tuple[Step, ...] = (
    further_posting,
    next_title,
    region_after_city,
    locator,
    organisation_locator,
    conjoined_organisation,
    conjoined_lower,
    field_list,
    portfolio_list,
    lower_case_portfolios,
)
