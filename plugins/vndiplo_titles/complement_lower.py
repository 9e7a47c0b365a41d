"""The steps of a title's complement that a lower-case word opens: an administrative place,
a posting, an owner, "kiêm", a stop word, or any other word of the title."""

from __future__ import annotations

from vndiplo_titles.complement_marks import session_number
from vndiplo_titles.complement_state import NEXT, SKIP, STOP, Read, Step
from vndiplo_titles.constructions import (
    ACCREDITED_TO,
    APPOINTED,
    CONCURRENTLY,
    DEICTIC_COUNTRY,
    FOREIGN_OFFICE,
    GIFT_WORDS,
    HONORIFIC_WORDS,
    INNER_PHRASES,
    MISSION,
    OFFICE_CHANGES,
    OWN_COUNTRY,
    OWNER,
    PARTICIPLE_ADVERBS,
    POSTING,
    REPRESENTATIVE,
    SEAT_NOUNS,
    SENDING_FROM,
    STATES_NAMED_AS_COUNTRIES,
    TOPIC,
    TOPIC_AFTER,
)
from vndiplo_titles.cursor import Cursor
from vndiplo_titles.matcher import PlaceInfo
from vndiplo_titles.names import split_admin_run
from vndiplo_titles.posting_runs import posting_place, split_posting_run

__all__ = ["LOWER_STEPS"]


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
    state = t[a - 1].fold == STATE  # "bang", "tiểu bang"
    cut = split_admin_run(t, a, run_end, c.lex, named=c.named, state=state)
    if cut.places:
        tp.places.extend(_as_state(p) if t[s.j].fold == STATE else p for p in cut.places)
    elif cut.title_len:
        tp.places.append(PlaceInfo(" ".join(x.text for x in t[a : a + cut.title_len]), None))
    if cut.name_len:
        start = tp.end = a + cut.title_len
        return s.done((start, start + cut.name_len), start + cut.name_len, False)
    s.take(run_end)
    return NEXT


#: The administrative word of a federation's state.
STATE = "bang"


def _as_state(place: PlaceInfo) -> PlaceInfo:
    """ "bang Georgia": the state, not the country of the same name."""
    federation = STATES_NAMED_AS_COUNTRIES.get(place.name.lower())
    return place if federation is None else PlaceInfo(place.name, federation, "region")


def posting(c: Cursor, s: Read) -> int:
    """ "Đại sứ Việt Nam tại Nhật Bản": the host country of a posted official."""
    j = s.j
    if c.t[j].fold not in POSTING or j + 1 >= c.n:
        return SKIP
    # "Bí thư thứ ba Đại sứ quán Mông Cổ tại Việt Nam": a mission's staff are posted too
    mission = any(org.name.lower().endswith(MISSION) for _, org in s.tp.orgs)
    if not (s.tp.head.posted or mission or _representative(c, s)):
        return SKIP
    place = c.lex.places.longest(c.t, j + 1)
    if place is None:
        # "Lãnh sự danh dự Việt Nam tại bang Kerala": an administrative word and a place
        # the gazetteer may not know, up to a name or the end of the run
        admin = c.admin_at(j + 1)
        if not admin:
            return unknown_posting(c, s)
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
    # the posting closes a foreign envoy's office as its country does: a run right after it
    # may be all name ("Đại sứ Trung Quốc tại Việt Nam Hùng Ba", see ``country_end``)
    s.country_end = s.j
    return NEXT


def _representative(c: Cursor, s: Read) -> bool:
    """Does the title read so far name a representative office ("Trưởng Văn phòng đại diện
    Lào", "Giám đốc Văn phòng Đại diện KOTRA")? Its head is posted as an envoy is."""
    t = c.t
    return s.tp.orgs != [] and any(
        (t[x].fold, t[x + 1].fold) == REPRESENTATIVE for x in range(s.tp.head_end, s.j - 1)
    )


def unknown_posting(c: Cursor, s: Read) -> int:
    """ "Tổng Lãnh sự Lào tại Vinh Bounmy Phommachack": a capitalised run after the posting
    word that opens no known place, organisation, title or honorific is the posting's place
    and maybe its holder's name (see :func:`.posting_runs.split_posting_run`). A place alone
    must end the run at punctuation or a verb ("tại Vinh, ông ...", "tại Vinh đã ..."): a
    lower-case word after it reads as an event's name ("tại Lễ kỷ niệm ...")."""
    t, k = c.t, s.j + 1
    tok = t[k]
    if not tok.cap or tok.acronym or not tok.word or c.head_at(k) is not None:
        return SKIP
    lex = c.lex
    if lex.orgs.longest(t, k) or lex.honorifics.longest(t, k) or c.degree_at(k):
        return SKIP
    run_end = c.cap_run_end(k)
    cut = split_posting_run(t, k, run_end, lex)
    after = k + cut.title_len
    if not cut.name_len and not (after >= c.n or not t[after].word or c.stop_at(after)):
        return SKIP
    s.tp.posting_start = s.j
    s.tp.posting.append(posting_place(t, k, after, lex))
    if cut.name_len:
        s.tp.end = after
        return s.done((after, after + cut.name_len), after + cut.name_len, False)
    s.take(after)
    return NEXT


def owner_title(c: Cursor, s: Read) -> int:
    """ "Thứ trưởng thường trực của Tổng thống Síp": the office belongs to another; read the
    owner's title as part of this one."""
    if c.t[s.j].fold != OWNER or s.absorbed or c.head_at(s.j + 1) is None:
        return SKIP
    s.absorbs = True
    s.tp.owner_start = s.j + 1
    s.take(s.j + 1)
    return NEXT


def owner_organisation(c: Cursor, s: Read) -> int:
    """ "Ủy ban Đối ngoại của Quốc hội": an organisation of another; an envoy's or a
    representative's body ("Đặc phái viên của Liên hợp quốc X")."""
    j, t = s.j, c.t
    if (
        t[j].fold == OWNER
        and (s.tp.orgs or s.tp.head.gloss in _TOPIC_HEADS)
        and j + 1 < c.n
        and t[j + 1].cap
        and c.lex.orgs.longest(t, j + 1) is not None
    ):
        s.j = j + 1
        return NEXT
    return SKIP


def owner_country(c: Cursor, s: Read) -> int:
    """ "Đại sứ Đặc mệnh toàn quyền của Việt Nam tại Nhật Bản", "Phái đoàn ... của Việt Nam
    bên cạnh Liên hợp quốc": the country the office is of."""
    j, t = s.j, c.t
    if t[j].fold != OWNER or j + 1 >= c.n or not t[j + 1].cap:
        return SKIP
    place = c.lex.places.longest(t, j + 1)
    if place is None or place[1].kind != "country":
        return SKIP
    s.tp.places.append(place[1])
    s.take(j + 1 + place[0])
    return NEXT


def sending_country(c: Cursor, s: Read) -> int:
    """ "Đại sứ từ Việt Nam", "Đại sứ mới đến từ Nhật Bản": an envoy's country after "(đến)
    từ" (a royal court's wording) is the country the office is of, as "của" writes it."""
    j, t = s.j, c.t
    if not s.tp.head.posted or t[j].fold not in SENDING_FROM:
        return SKIP
    k = j + 1 if t[j].fold == "từ" else j + 2
    if k >= c.n or (k == j + 2 and t[j + 1].fold != "từ") or not t[k].cap:
        return SKIP
    place = c.lex.places.longest(t, k)
    if place is None or place[1].kind != "country":
        return SKIP
    s.tp.places.append(place[1])
    s.take(k + place[0])
    return NEXT


def accredited_to(c: Cursor, s: Read) -> int:
    """ "Phái đoàn Đại diện Thường trực ... bên cạnh Liên hợp quốc": the body a mission is
    accredited to. "Bộ trưởng bên cạnh Thủ tướng": the office it is attached to is read as
    the title's owner (once), so the title does not end before it."""
    j, t = s.j, c.t
    if j + 2 >= c.n or (t[j].fold, t[j + 1].fold) != ACCREDITED_TO or not t[j + 2].cap:
        return SKIP
    if c.head_at(j + 2) is not None and not s.absorbed:
        s.absorbs = True
    s.take(j + 2)
    return NEXT


def inner_phrase(c: Cursor, s: Read) -> int:
    """ "Tòa án nhân dân tối cao", "Bí thư thứ nhất": a pair that reads on although its first
    word is a stop word elsewhere."""
    j = s.j
    if tuple(x.fold for x in c.t[j : j + len(_ABROAD)]) == _ABROAD:
        s.take(j + len(_ABROAD))  # "Ủy ban Nhà nước về người Việt Nam ở nước ngoài"
        return NEXT
    if j + 1 < c.n and (c.t[j].fold, c.t[j + 1].fold) in INNER_PHRASES:
        s.take(j + 2)
        return NEXT
    return SKIP


#: "abroad": ends the names of bodies for overseas nationals, although "ở" is a stop word.
_ABROAD = ("ở", "nước", "ngoài")


def commission_topic(c: Cursor, s: Read) -> int:
    """ "Chủ nhiệm Ủy ban quốc gia về thanh niên Việt Nam", "Phó Chủ nhiệm UBQG về người cao
    tuổi": after a national, joint or standing commission ("quốc gia", "liên chính phủ", "ủy
    ban", an abbreviation "UB..."/"HĐ..."), "về" and a lower-case word that opens no verb or
    title is the commission's topic, part of its name."""
    j, t = s.j, c.t
    if t[j].fold != TOPIC or j + 1 >= c.n or not t[j + 1].word or t[j + 1].cap:
        return SKIP
    if c.stop_at(j + 1) or c.head_at(j + 1) is not None:
        return SKIP
    after = any(tuple(x.fold for x in t[max(0, j - len(k)) : j]) == k for k in TOPIC_AFTER)
    abbreviated = t[j - 1].acronym and t[j - 1].text.startswith(_COMMISSION_ABBREVIATIONS)
    if not (after or abbreviated or _after_commission(c, s)):
        return SKIP
    s.take(j + 1)
    return NEXT


#: How abbreviations of a commission or council open ("UBQG", "UBND", "HĐQG").
_COMMISSION_ABBREVIATIONS = ("UB", "HĐ")

#: How the names of commissions and councils open, lower-cased ("Ủy ban Nhà nước về ...",
#: "Hội đồng Bộ trưởng về ...", "Ban Chỉ đạo về ...").
_COMMISSION_NAMES = ("ủy ban", "uỷ ban", "hội đồng", "ban chỉ đạo", "ủy hội", "uỷ hội")


def _after_commission(c: Cursor, s: Read) -> bool:
    """Does the title end, right before "về", in a commission's or council's name and the
    capitalised words that qualify it ("Ủy ban Nhà nước", "Hội đồng Quốc phòng")? Its topic
    follows."""
    inside = {x for k, org in s.tp.orgs for x in range(k, k + len(org.name.split()))}
    for k, org in s.tp.orgs:
        if org.name.lower().startswith(_COMMISSION_NAMES):
            rest = range(k + len(org.name.split()), s.j)
            return all(c.t[x].cap or x in inside for x in rest)
    return False


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


def own_country(c: Cursor, s: Read) -> int:
    """ "Đại sứ nước ta tại Mông Cổ": "our country" is Vietnam, the office's country."""
    j = s.j
    if j + 1 < c.n and (c.t[j].fold, c.t[j + 1].fold) == OWN_COUNTRY:
        s.tp.places.append(_VIETNAM)
        s.take(j + 2)
        return NEXT
    return SKIP


_VIETNAM = PlaceInfo("Việt Nam", "VN", "country")


def concurrently(c: Cursor, s: Read) -> int:
    """ "Phó Chủ tịch kiêm Tổng Thư ký Liên hiệp": "kiêm" (concurrently) before another
    title joins it to this one, and so does "và" before a further title after it."""
    j = s.j
    if c.t[j].fold != CONCURRENTLY:
        return SKIP
    head = c.head_at(j + 1)
    if head is not None and c.t[j + 1].cap:
        s.concurrent = True
        s.tp.concurrent = s.tp.concurrent or (j + 1, head)
        s.take(j + 1)
        return NEXT
    # "thứ trưởng bộ quốc phòng kiêm tổng tham mưu trưởng ...", "Trưởng Ban X kiêm thứ
    # trưởng Bộ Y": after "kiêm" a title may be written in lower case; read its head whole
    # (its words may be stop words elsewhere: "tham")
    lower = c.any_case_head(j + 1)
    if lower is None:
        return SKIP
    s.concurrent = True
    s.tp.concurrent = s.tp.concurrent or (j + 1, lower)
    s.take(j + 1 + lower.length)
    return NEXT


def envoy_topic(c: Cursor, s: Read) -> int:
    """ "Đặc phái viên của Tổng thống Pháp về biến đổi khí hậu X", "Đại diện cao cấp về chính
    sách đối ngoại và an ninh của EU Y": an envoy's, adviser's or representative's brief after
    "về", lower-case words up to the capital of a name or an owner, is part of the title.
    Not a "về" a capital or a full stop follows ("Tổng thống Pháp về nước."): a verb there."""
    j, t = s.j, c.t
    if t[j].fold != TOPIC or s.tp.head.gloss not in _TOPIC_HEADS:
        return SKIP
    k = j + 1
    while k < c.n and k - j <= _TOPIC_WORDS and t[k].word and not t[k].cap:
        k += 1
    if k == j + 1 or k >= c.n or k - j > _TOPIC_WORDS:
        return SKIP
    if not (t[k].cap or t[k - 1].fold in _TOPIC_OWNERS or t[k].text == "("):
        return SKIP
    # "của", "và" before the capital are read by their own steps (the owner, a joined body)
    s.take(k - 1 if t[k - 1].fold in _TOPIC_OWNERS else k)
    return NEXT


#: Offices named with a brief after "về" (glosses of the lexicon's heads).
_TOPIC_HEADS = frozenset(
    {"Special Envoy", "Adviser", "Assistant", "Representative", "High Representative"}
)
#: Words a brief's run may end with before the owner's or a joined body's capital.
_TOPIC_OWNERS = frozenset({"của", "và"})
#: The most words a brief after "về" runs over before the capital.
_TOPIC_WORDS = 10


def lower_seat(c: Cursor, s: Read) -> int:
    """ "người phát ngôn điện Kremlin X", "thư ký báo chí nhà Trắng Y": a known seat of
    government whose common noun is written in lower case is the title's place, as when
    capitalised ("điện" is a stop word elsewhere: "gửi điện")."""
    j = s.j
    if s.locating or j + 1 >= c.n or not c.t[j + 1].cap or c.t[j].fold not in SEAT_NOUNS:
        return SKIP
    place = c.lex.places.longest(c.t, j)
    if place is None or place[0] < _SEAT_WORDS:
        return SKIP
    s.tp.places.append(place[1])
    s.take(j + place[0])
    return NEXT


#: A seat written with a lower-case noun has that noun and its proper name at least.
_SEAT_WORDS = 2


def origin(c: Cursor, s: Read) -> int:
    """ "tỷ phú người Mỹ", "doanh nhân Mỹ gốc Scotland", "kiến trúc sư người Anh gốc Iraq": a
    nationality or an origin describes the holder and is part of the title. After "người" a
    known country gives the title's country (read by :func:`.complement_capitals.place_or_org`
    as any place); after "gốc" (of ... descent) the origin gives none, and an origin the
    gazetteer does not know is one capitalised word, so the name after it stays a name."""
    j, t = s.j, c.t
    if t[j].fold != _DESCENT or s.locating or j + 1 >= c.n or not t[j + 1].cap:
        return SKIP  # "người Mỹ": the lower-case word, then the country, as any place
    place = c.lex.places.longest(t, j + 1)
    if s.country_end == j:
        s.country_end = j + 1  # "doanh nhân Mỹ | gốc Scotland | X": still after the country
    if place is not None:
        return _take(s, j + 1 + place[0])
    tok = t[j + 1]
    if not tok.word or tok.acronym or c.head_at(j + 1) is not None:
        return SKIP
    return _take(s, j + 2)


#: "of ... descent": the origin after it is no country of the holder's.
_DESCENT = "gốc"


def _take(s: Read, end: int) -> int:
    """Read the title on to ``end``; a name may follow as it might before (right after the
    title word, or after a foreign office's country)."""
    if s.country_end == s.j:
        s.country_end = end
    s.j = s.tp.end = end
    return NEXT


def office_participle(c: Cursor, s: Read) -> int:
    """ "Đại sứ mới bổ nhiệm Lào tại Việt Nam X", "Tổng Lãnh sự vừa được bổ nhiệm của Nhật
    Bản", "Đại sứ sắp mãn nhiệm Cuba": a participle of taking or leaving office (see
    ``OFFICE_CHANGES``) is part of the title, which goes on over its country, posting or name.
    An active verb of appointing must be followed by the office's country or posting, never
    by another title or a name: then it is the clause's verb."""
    j, t = s.j, c.t
    if s.locating or j <= s.tp.start:
        return SKIP
    k = j + 1 if t[j].fold in PARTICIPLE_ADVERBS else j
    passive = k < c.n and t[k].fold == _PASSIVE
    k += passive
    verb = next((v for v in APPOINTED | OFFICE_CHANGES if _folds_at(c, k, v)), None)
    if verb is None or (k == j and not passive and verb in APPOINTED):
        return SKIP  # a bare "bổ nhiệm" is the verb of a clause
    end = k + len(verb)
    if end >= c.n:
        return SKIP
    nxt = t[end]
    if nxt.fold in POSTING or nxt.fold == OWNER:
        pass  # "mới bổ nhiệm tại Việt Nam", "vừa được bổ nhiệm của Nhật Bản"
    elif not nxt.cap or c.head_at(end) is not None or c.lex.honorifics.longest(t, end):
        return SKIP
    elif verb in APPOINTED and not passive and c.lex.places.longest(t, end) is None:
        return SKIP  # "mới bổ nhiệm Nguyễn Văn A": the appointee, object of the verb
    return _take(s, end)


#: The passive marker before a participle ("được bổ nhiệm").
_PASSIVE = "được"


def _folds_at(c: Cursor, k: int, words: tuple[str, ...]) -> bool:
    """Do the tokens from ``k`` spell ``words`` (folded)?"""
    return tuple(x.fold for x in c.t[k : k + len(words)]) == words


def stop_word(c: Cursor, s: Read) -> int:
    """A verb or function word ends the title, unless inside a portfolio ("Đổi mới") or the
    second word of an inner pair after a capital ("Đảng Dân chủ Tự do")."""
    j = s.j
    if not c.stop_at(j) or c.inside_field(j):
        return SKIP
    return SKIP if (c.t[j - 1].fold, c.t[j].fold) in INNER_PHRASES else STOP


def gift_object(c: Cursor, s: Read) -> int:
    """ "tặng Đại sứ Lào bức ảnh ...": a classifier or noun of a thing given ends the title
    (the words after it are the verb's object, not the envoy's office)."""
    return STOP if c.t[s.j].fold in GIFT_WORDS and not c.inside_field(s.j) else SKIP


def honorific(c: Cursor, s: Read) -> int:
    """ "Chủ tịch nước Việt Nam ông Lê Văn A": an honorific before a capital ends the title;
    the name it opens is the title's (see ``_Parser.apposed_honorific``)."""
    j = s.j
    return STOP if c.t[j].fold in HONORIFIC_WORDS and j + 1 < c.n and c.t[j + 1].cap else SKIP


def lower_word(c: Cursor, s: Read) -> int:
    """Any other lower-case word is part of the title ("Bộ trưởng phụ trách ..."); "nước bạn",
    "nước chủ nhà" mark a foreign office."""
    j = s.j
    if j > 0 and (c.t[j - 1].fold, c.t[j].fold) in FOREIGN_OFFICE:
        s.tp.foreign = True
    s.take(j + 1)
    return NEXT


LOWER_STEPS: tuple[Step, ...] = (
    after_locator,
    session_number,
    admin_place,
    posting,
    owner_title,
    owner_organisation,
    owner_country,
    sending_country,
    accredited_to,
    inner_phrase,
    commission_topic,
    envoy_topic,
    deictic_country,
    own_country,
    concurrently,
    lower_seat,
    origin,
    office_participle,
    stop_word,
    gift_object,
    honorific,
    lower_word,
)
