"""A side written as an office or a description stands for the one holder the page names.

"A điện đàm với Thủ tướng Nhật Bản", "tiếp Tỉnh trưởng Xê Kông", "chào xã giao lãnh đạo HĐND
thành phố", "trao thư cho Bí thư - Tỉnh trưởng tỉnh X": the phrase names no one, but the page
names the holder elsewhere (an attendance list, a later paragraph, an apposition). A reader
takes the phrase for that person (README: a side named only by title is resolved to the person
the article names), so it becomes a mention of him and every rule reading a side from a zone
sees it. This is one resolution step, whatever the act, the order or the clause:

* the holder's own title, written without his name ("Bí thư Tỉnh ủy Hòa Bình", "Giám đốc Sở
  Ngoại vụ"), qualified by a body or a place (a capitalised word after the office's head:
  "Tổng Bí thư", "Tổng Lãnh sự" alone are bare offices, left to the titles stage);
* an office's head and a country or a place of one ("Thủ tướng Nhật Bản", "Tỉnh trưởng
  Salavan"): the holder of that head from that country;
* an office's head and a place the page writes as a place elsewhere ("Tỉnh trưởng Xê Kông" beside
  "tỉnh Xê Kông"): the one holder of that head on the page;
* the leadership of a body ("lãnh đạo HĐND thành phố", "lãnh đạo UBND và ..."): the one head of
  the first body named (organisation_hosts.body_holders);
* a country's leader ("nhà lãnh đạo Ấn Độ", "người đứng đầu Chính phủ Australia"): the one
  person of that country the page names.

Exactly one holder, or nothing: zero or several candidates leave the phrase alone. Never a
deputy's or a former holder's office ("Phó Thủ tướng", "nguyên Đại sứ"), nor an office written
right before or after a name (it is that name's title, a mention already), nor one going on
that name's chain past a bracket or an appointment ("A (Anh), Ủy viên ..., Trưởng Ban ...",
"được bổ nhiệm làm Đại sứ ..., Trưởng Phái đoàn ..."). Nor where the phrase refers to no
one (``_refers``): an office told as a kind ("chuyến thăm đầu tiên của Tổng Bí thư ..."), one
inside a question, a leadership in one side's list whose holder is of the other country
(round 17 regression repair: older dev pages AJ03, C16, G21, N07, Q04, S13).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from vndiplo.model import Person
from vndiplo.places import Gazetteer, gazetteer
from vndiplo.text import fold
from vndiplo_events.counterparts import country_span
from vndiplo_events.patterns import lowered
from vndiplo_events.places import names_a_seat

__all__ = ["described_spans", "with_chains_resolved"]

#: a word right before an office that makes it another one, or another holder's
_BEFORE: Final = frozenset(
    {"phó", "tổng", "nguyên", "cố", "cựu", "quyền", "hai", "các", "những", "nhân", "vợ", "bộ"}
)
#: the separators an office chain or a hyphenated title may be written with
_SEPARATOR: Final = r"(?:\s*[-–,]\s*|\s+)"
#: compiled once here: the benchmarks empty re's cache per page, so a string pattern given to
#: re.split/re.search/re.fullmatch in a function is compiled again for every page (speed)
_SEPARATOR_RE: Final = re.compile(_SEPARATOR)
#: a place noun the page writes before a place's name ("tỉnh Xê Kông", "thành phố X")
_PLACE_NOUN: Final = r"(?:tỉnh|thành\s+phố|tp\.?|bang|huyện|quận|thị\s+xã|khu|vùng|nước)\s+"
#: the leadership of a body: "lãnh đạo HĐND thành phố", "lãnh đạo của Sở Ngoại vụ"
_LEADERS: Final = re.compile(r"(?<!\w)(?<!các\s)(?<!những\s)lãnh\s+đạo\s+(?:của\s+)?(?=\S)")
#: where a body's name ends: a clause mark, a conjunction, its seat or the act's purpose
_BODY_END: Final = re.compile(
    r"[,.;:()\n]|\s(?:tại|ở|và|cùng|để|nhằm|nhân|về|đã|sẽ|đang|vừa|trong|khi|sau)\s"
)
#: a plural in a body's name: the leaders of several
_PLURAL: Final = re.compile(r"(?<!\w)(?:các|những|hai|nhiều)(?!\w)")
#: the longest name of a body read after "lãnh đạo"
_BODY_SPAN: Final = 80
#: how close before a phrase a name may end for the phrase to be that name's apposition
_APPOSITION: Final = re.compile(r"[\s,\-–(]*$")
#: the separators a title's key reads as spaces (compiled here: see _SEPARATOR_RE)
_KEY_SEPARATOR: Final = re.compile(r"[-–,]")


@lru_cache(maxsize=4096)
def _key(title: str) -> str:
    """A title as the lower-cased normalised text writes it, separators as spaces."""
    return " ".join(_KEY_SEPARATOR.sub(" ", lowered(fold(title))).split())


def _is_head_office(key: str) -> bool:
    return not key.startswith(("phó ", "nguyên ", "cố ", "cựu ", "quyền "))


def _qualified(text: str, start: int, end: int) -> bool:
    """The phrase ``text[start:end]`` holds a qualifier: a capitalised word after the office's
    first two words ("Thủ tướng Lào", "Giám đốc Sở X"; not "Tổng Lãnh sự", "Tổng Bí thư")."""
    words = _SEPARATOR_RE.split(text[start:end].strip())
    return len(words) >= 3 and any(w[:1].isupper() for w in words[2:])


def described_spans(
    text: str,
    low: str,
    blocks: Sequence[tuple[int, int]],
    known: Sequence[tuple[int, int, Person]],
    people: Sequence[Person],
) -> list[tuple[int, int, Person]]:
    """The described offices in the body ``blocks``, each with the one person holding it.
    ``known``: the mentions found so far, in text order."""
    if not people or not blocks:
        return []
    titles: dict[str, dict[str, Person]] = {}
    heads: dict[str, dict[str, Person]] = {}
    for person in people:
        for title in person.titles:
            key = _key(title).removeprefix("tân ")
            words = key.split()
            if len(words) < 2:
                continue
            titles.setdefault(key, {})[person.name] = person
            if _is_head_office(key):
                heads.setdefault(" ".join(words[:2]), {})[person.name] = person
    starts = [m[0] for m in known]
    found: list[tuple[int, int, Person]] = []
    for lo, hi in blocks:
        spans = _offices(text, low, lo, hi, titles, heads, known, starts, people)
        spans += _leaderships(text, low, lo, hi, known, starts, people)
        spans += _country_leaders(text, low, lo, hi, known, starts, people)
        found += [m for m in spans if _refers(text, low, lo, hi, *m)]
    return found


#: an office after an ordinal or an indefinite is a kind, any holder: "chuyến thăm đầu tiên
#: của Tổng Bí thư ... kể từ năm 2014" (AJ03), "lần đầu tiên một Thủ tướng X ..."
_KIND: Final = re.compile(
    r"(?<!\w)(?:(?:đầu\s+tiên|cuối\s+cùng|duy\s+nhất|thứ\s+(?:hai|ba|tư|năm|\d+))\s+"
    r"(?:của\s+|giữa\s+|với\s+)?(?:một\s+)?|một\s+)$"
)
#: a sentence that asks: "muốn biết thủ tục đón tiếp X được tổ chức như thế nào" (Q04)
_ASKS: Final = re.compile(r"\?|(?<!\w)(?:như\s+thế\s+nào|ra\s+sao|hay\s+không)(?!\w)")
#: one side's list: "về phía Bộ Y tế Lào có: ...", "Phía Lào, ..."
_SIDE_OF: Final = re.compile(r"(?<!\w)phía\s+([^,;:.!?\n]{1,40})")


def _refers(text: str, low: str, lo: int, hi: int, at: int, stop: int, person: Person) -> bool:
    """The phrase at ``[at, stop)`` refers to ``person`` where it stands: not a kind of
    holder (an ordinal before it), not in a question (no act is told there), not in one
    side's list while the holder is of another country (N07: "về phía Bộ Y tế Lào có: ...;
    lãnh đạo Văn phòng Bộ", the page's one "Chánh Văn phòng Bộ" being in the visiting
    delegation)."""
    if _KIND.search(low, max(lo, at - 40), at):
        return False
    start = max(low.rfind(".", lo, at), low.rfind("\n", lo, at), low.rfind("?", lo, at)) + 1
    start = max(start, lo)
    ends = [i for i in (low.find(c, stop, hi) for c in ".?\n") if i != -1]
    end = min(ends) + 1 if ends else hi
    if _ASKS.search(low, start, end):
        return False
    sides = list(_SIDE_OF.finditer(text, start, at))
    if sides:
        side = sides[-1]
        code = _places().country_of(side.group(1), first=True)
        own = person.country or _title_country(person)
        if code and own and code != own:
            return False
    return True


#: "nhà lãnh đạo Ấn Độ", "người đứng đầu Chính phủ Australia": a country's one leader, not
#: "các nhà lãnh đạo", "hai nhà lãnh đạo"
_COUNTRY_LEADER: Final = re.compile(
    r"(?<!\w)(?<!các\s)(?<!những\s)(?<!hai\s)(?<!nhiều\s)(?:(?:nhà|vị|người)\s+lãnh\s+đạo"
    r"|người\s+đứng\s+đầu(?:\s+(?:chính\s+phủ|nhà\s+nước|đảng))?)\s+(?:của\s+)?(?:nước\s+)?"
    r"(?=[A-ZĐ\u00c0-\u1ef9])",
    re.IGNORECASE,
)


def _country_leaders(
    text: str,
    low: str,
    lo: int,
    hi: int,
    known: Sequence[tuple[int, int, Person]],
    starts: list[int],
    people: Sequence[Person],
) -> list[tuple[int, int, Person]]:
    """ "nhà lãnh đạo <country>": the one person of that country the page names."""
    if low.find("lãnh đạo", lo, hi) == -1 and low.find("đứng đầu", lo, hi) == -1:
        return []
    found: list[tuple[int, int, Person]] = []
    for hit in _COUNTRY_LEADER.finditer(text, lo, hi):
        if not text[hit.end()].isupper():
            continue
        country = country_span(text, hit.end(), hi)
        if country is None:
            continue
        code, stop = country
        pool = {p.name: p for p in people if (p.country or _title_country(p)) == code}
        if len(pool) != 1:
            continue
        person = next(iter(pool.values()))
        if not _near_name(text, hit.start(), stop, known, starts, person):
            found.append((hit.start(), stop, person))
    return found


#: words of a clause, never of a chain of offices ("..., Chủ tịch nước Lào đã gửi thư đến")
_CLAUSE_WORD: Final = re.compile(
    r"(?<!\w)(?:đã|sẽ|đang|vừa|sang|khi|ngày|sáng|chiều|tối|hôm|thăm|tiếp|gặp|hội\s+đàm|nhận"
    r"|gửi|cho|tới|đến|làm|là)(?!\w)"
)
#: the word before an office that makes it what someone is or becomes, not a side: "được bổ
#: nhiệm làm Ngoại trưởng X", "giữ chức Chủ tịch Y", "là Tổng thống Z"
_PREDICATE: Final = frozenset({"làm", "là", "chức", "vụ", "vị", "thành", "nhiệm", "cử"})
_HONORIFIC_ITEM: Final = re.compile(r"(?:ông|bà|ngài|đồng\s+chí)")
#: an honorific between an office and the name it titles
_HONORIFIC_GAP: Final = re.compile(r"[\s,\-–]*(?:ông|bà|ngài|đồng\s+chí)\s+")


#: a short bracketed aside: a name's spelling, a body's abbreviation
_ASIDE: Final = re.compile(r"\s*\([^()\n]{1,60}\)")
#: a mark no chain of offices holds; the separators of its items; the gap of a chain's two
#: mentions (compiled here, not per page: see _SEPARATOR_RE)
_CHAIN_BREAK: Final = re.compile(r"[.;:\n()]")
_CHAIN_ITEMS: Final = re.compile(r"\s*,\s*|\s+[-–]\s+|\s*–\s*")
_CHAIN_JOIN: Final = re.compile(r"\s*[,\-–]\s*")
#: the words that give someone an office: "được bổ nhiệm làm", "là", "giữ chức"
_GIVES: Final = re.compile(r"(?<!\w)(?:làm|là|giữ\s+chức(?:\s+vụ)?|trở\s+thành)\s+")
#: a mark that ends the list of offices given (compiled here: see _SEPARATOR_RE)
_GIVEN_BREAK: Final = re.compile(r"[.;:!?\n()]")


def _given_chain(text: str, at: int) -> bool:
    """The phrase at ``at`` goes on a chain of offices a clause gives someone: "mới được bổ
    nhiệm làm Đại sứ ..., <phrase>" is the second office of the one appointment (C16), "là Ủy
    viên ..., <phrase>" one more title of whoever it is."""
    window = text[max(0, at - 200) : at]
    found = list(_GIVES.finditer(window))
    if not found:
        return False
    gives = found[-1]
    rest = _ASIDE.sub(" ", window[gives.end() :])
    if _GIVEN_BREAK.search(rest) or not rest.rstrip().endswith(","):
        return False
    items = [item.strip() for item in rest.rstrip().removesuffix(",").split(",")]
    return all(item[:1].isupper() for item in items)


def _chained(gap: str, *, before: bool) -> bool:
    """``gap``, between a name and the phrase, is a chain of that name's offices: "X, Ủy viên
    ..., " before the phrase, ", Chủ tịch nước Y " after it ("Tổng Bí thư ..., Chủ tịch nước
    ... X"): the phrase is one more of his titles."""
    # a bracket in the chain is the name's own spelling or an abbreviation ("A (Anh), Ủy viên
    # ...", "Chủ tịch Nhóm Nghị sĩ hữu nghị (NSHN) Việt Nam - Cuba A"), no clause (G21, S13)
    gap = _ASIDE.sub(" ", gap)
    if len(gap) > 200 or _CHAIN_BREAK.search(gap) or _CLAUSE_WORD.search(gap.lower()):
        return False
    # a comma or a spaced dash parts two offices; a hyphen inside a word does not ("Cu-ba")
    items = _CHAIN_ITEMS.split(gap.strip())
    edge = items[-1] if before else items[0]
    if edge or len(items) < 2:
        return False
    return all(not item or item[0].isupper() or _HONORIFIC_ITEM.fullmatch(item) for item in items)


def _near_name(
    text: str,
    at: int,
    end: int,
    known: Sequence[tuple[int, int, Person]],
    starts: list[int],
    holder: Person,
) -> bool:
    """A name right before the phrase (its apposition: "X - Bí thư ..."), right after it (its
    title: "Thủ tướng Nhật Bản X"), a name whose chain of offices it goes on ("A - Ủy viên
    ..., Bí thư Tỉnh ủy"), the holder's name a chain after it leads to; a mention inside it;
    or an office the clause gives someone ("được bổ nhiệm làm ..."). Another person's name
    after a comma is no chain: "Tiếp Đại sứ X, Chủ tịch nước A đề nghị ..." fronts the act."""
    words = text[max(0, at - 16) : at].lower().split()
    if words and words[-1] in _PREDICATE:
        return True
    if _given_chain(text, at):
        return True
    i = bisect_left(starts, at)
    if i < len(known) and known[i][0] < end:
        return True  # a mention inside (or starting at) the phrase
    if i < len(known) and known[i][0] - end <= 2 and not text[end : known[i][0]].strip(" "):
        return True
    if (
        i < len(known)
        and known[i][2].name == holder.name
        and _chained(text[end : known[i][0]], before=False)
    ):
        return True
    if i > 0 and known[i - 1][1] > at:
        return True  # inside a mention
    if i > 0 and at - known[i - 1][1] <= 4 and _APPOSITION.match(text, known[i - 1][1], at):
        return True
    if i > 0 and _chained(text[known[i - 1][1] : at], before=True):
        return True
    if i < len(known) and _HONORIFIC_GAP.fullmatch(text, end, known[i][0]):
        return True  # "Chủ tịch Ngân hàng Thế giới ông X": X's title
    nxt = text[end : end + 3].lstrip(" ")
    # a capitalised word right after: a name the titles stage missed, or a longer office
    return bool(nxt) and nxt[0].isupper() and text[end : end + 1] == " "


def _offices(
    text: str,
    low: str,
    lo: int,
    hi: int,
    titles: dict[str, dict[str, Person]],
    heads: dict[str, dict[str, Person]],
    known: Sequence[tuple[int, int, Person]],
    starts: list[int],
    people: Sequence[Person],
) -> list[tuple[int, int, Person]]:
    found: list[tuple[int, int, Person]] = []
    for head, holders in heads.items():
        # str.find, not a regex per head: most heads occur a few times a page (speed)
        at = low.find(head, lo, hi)
        while at != -1:
            end = at + len(head)
            hit_at, at = at, low.find(head, end, hi)
            if (hit_at > lo and low[hit_at - 1].isalnum()) or (end < hi and low[end].isalnum()):
                continue
            found += _office_at(
                text, low, lo, hi, hit_at, end, head, holders, titles, known, starts
            )
    return found


def _office_at(
    text: str,
    low: str,
    lo: int,
    hi: int,
    at: int,
    end: int,
    head: str,
    holders: dict[str, Person],
    titles: dict[str, dict[str, Person]],
    known: Sequence[tuple[int, int, Person]],
    starts: list[int],
) -> list[tuple[int, int, Person]]:
    """The described office whose head is written at ``[at, end)``, with its holder."""
    before = low[max(lo, at - 12) : at].split()
    if before and before[-1] in _BEFORE:
        return []
    resolved = _by_title(text, low, at, hi, head, titles)
    if resolved is None:
        resolved = _by_place(text, low, lo, hi, at, end, holders)
    if resolved is None:
        return []
    stop, person = resolved
    if _near_name(text, at, stop, known, starts, person):
        return []
    if names_a_seat(low, text, at, stop, person.name):
        return []  # "Văn phòng Tổng thống Hàn Quốc": an office building, no one
    return [(at, stop, person)]


def _by_title(
    text: str, low: str, at: int, hi: int, head: str, titles: dict[str, dict[str, Person]]
) -> tuple[int, Person] | None:
    """(end, holder) of the longest title written at ``at`` that one person holds."""
    best: tuple[int, Person] | None = None
    for key in titles:
        if not key.startswith(head + " "):
            continue
        stop = _title_end(low, at, hi, key)
        if stop is None or not _qualified(text, at, stop):
            continue
        # everyone whose office the phrase abbreviates holds it too ("Bí thư Tỉnh ủy" of
        # "Bí thư Tỉnh ủy Lai Châu")
        pool = list(_holding(titles, key).values())
        if len(pool) > 1:
            # the titles stage may lend an office to the name next to it ("Tiếp Đại sứ Maroc,
            # Chủ tịch nước A"): the one holder of the country the office names
            country = _places().country_of(key, first=True)
            pool = [p for p in pool if country and p.country == country]
        if len(pool) == 1 and (best is None or stop > best[0]):
            best = (stop, pool[0])
    return best


def _title_end(low: str, at: int, hi: int, key: str) -> int | None:
    """Where the title ``key`` written at ``at`` ends, its words maybe joined by a dash or a
    comma ("Bí thư - Tỉnh trưởng"); None when it is not written there."""
    end = at + len(key)
    if low.startswith(key, at) and end <= hi:
        return end if end == len(low) or not low[end].isalnum() else None
    if low[at : end + 8].count(" ") < key.count(" "):
        return None  # fewer words than the title: not it (speed: no regex)
    return _title_match_end(low, at, hi, key.split())


def _title_match_end(low: str, at: int, hi: int, words: Sequence[str]) -> int | None:
    r"""``_SEPARATOR.join(map(re.escape, words)) + r"(?!\w)"`` matched at ``at`` in
    ``low[:hi]``: the end of the match, or None. Read with str methods, not a pattern built
    per title (speed: most titles are new to each page, and compiling one cost more than the
    whole look-up). ``words`` come from a ``_key``: none holds a space, "-", "–" or ",", so a
    separator is the longest run of spaces, with at most one such mark in it, exactly as the
    pattern reads it."""
    pos = at
    for k, word in enumerate(words):
        if k:
            sep = pos
            while sep < hi and low[sep].isspace():
                sep += 1
            if sep < hi and low[sep] in "-–,":
                sep += 1
                while sep < hi and low[sep].isspace():
                    sep += 1
            elif sep == pos:
                return None  # no separator between two words
            pos = sep
        if not low.startswith(word, pos, hi):
            return None
        pos += len(word)
    if pos < hi and (low[pos].isalnum() or low[pos] == "_"):
        return None  # (?!\w)
    return pos


def _holding(titles: dict[str, dict[str, Person]], key: str) -> dict[str, Person]:
    """Everyone holding the title ``key`` or a longer one it opens."""
    found: dict[str, Person] = {}
    for other, holders in titles.items():
        if other == key or other.startswith(key + " "):
            found.update(holders)
    return found


def _by_place(
    text: str,
    low: str,
    lo: int,
    hi: int,
    at: int,
    end: int,
    holders: dict[str, Person],
) -> tuple[int, Person] | None:
    """(end, holder) of an office's head and a place: the holder from the place's country, else
    the one holder of the head when the page writes the place as a place elsewhere."""
    gap = _PLACE_GAP.match(low, end, hi)
    if gap is None or gap.end() >= hi or not text[gap.end()].isupper():
        return None
    heads = [p for p in holders.values() if any(_is_head_office(_key(t)) for t in p.titles)]
    country = country_span(text, gap.end(), hi)
    if country is not None:
        code, stop = country
        pool = [p for p in heads if (p.country or _title_country(p)) == code]
        # a holder the page gives no country may be of the place's
        pool = pool or [p for p in heads if (p.country or _title_country(p)) is None]
        return (stop, pool[0]) if len(pool) == 1 else None
    name = _CAPITALISED_RUN.match(text, gap.end(), hi)
    if name is None or not name.group()[:1].isupper() or len(holders) != 1:
        return None
    needle = lowered(name.group())
    at = low.find(needle)
    while at != -1:
        after = at + len(needle)
        if (
            at != name.start()
            and (after >= len(low) or not low[after].isalnum())
            and _PLACE_BEFORE.search(low, max(0, at - 48), at)
        ):
            return name.end(), next(iter(holders.values()))
        at = low.find(needle, after)
    return None


#: what may stand between an office's head and its place: "của", a place noun
_PLACE_GAP: Final = re.compile(r"\s+(?:của\s+)?(?:" + _PLACE_NOUN + r")?")
#: a place's name: capitalised words
_CAPITALISED_RUN: Final = re.compile(
    r"[A-ZĐ\u00c0-\u1ef9][\w’'-]*(?:\s+[A-ZĐ\u00c0-\u1ef9][\w’'-]*){0,3}"
)
#: "tỉnh " before a place, or the first of two places one noun governs ("hai tỉnh A và ")
_PLACE_BEFORE: Final = re.compile(
    r"(?<!\w)" + _PLACE_NOUN + r"(?:[^\s,.;:]+(?:\s+[^\s,.;:]+){0,3}\s*(?:,|và)\s+)?$"
)


def _places() -> Gazetteer:
    return gazetteer(None)


def _title_country(person: Person) -> str | None:
    """The first country one of the person's titles names."""
    places = _places()
    for title in person.titles:
        code = places.country_of(title, first=True)
        if code:
            return code
    return None


def _leaderships(
    text: str,
    low: str,
    lo: int,
    hi: int,
    known: Sequence[tuple[int, int, Person]],
    starts: list[int],
    people: Sequence[Person],
) -> list[tuple[int, int, Person]]:
    """ "lãnh đạo <body>": the one head of the body named first."""
    # the body offices live beside the visits to bodies (organisation_hosts.py), which reads
    # the view this module feeds: imported here, not at the top, to keep the import order
    from vndiplo_events.organisation_hosts import body_holders, is_deputy

    found: list[tuple[int, int, Person]] = []
    if low.find("lãnh đạo", lo, hi) == -1:
        return found
    for hit in _LEADERS.finditer(low, lo, hi):
        if _PLURAL.search(" ".join(low[max(lo, hit.start() - 20) : hit.start()].split()[-3:])):
            continue  # "các đồng chí lãnh đạo tỉnh", "các cấp lãnh đạo": many
        limit = min(hi, hit.end() + _BODY_SPAN)
        stop = _BODY_END.search(low, hit.end(), limit)
        end = stop.start() if stop else limit
        raw = text[hit.end() : end].rstrip()
        if not any(c.isupper() for c in raw) or _PLURAL.search(raw.lower()):
            continue  # "lãnh đạo tỉnh", "lãnh đạo công an các tỉnh": no one body named
        country = country_span(text, hit.end(), end)
        words = _key(raw).split()
        person = None
        for size in range(len(words), 0, -1):
            body = " ".join(words[:size])
            if size == 1 and not raw.split()[0].isupper():
                break  # one word names a body only as an abbreviation ("HĐND", "UBND")
            matching = body_holders(people, body)
            if not matching:
                continue
            chiefs = {p.name: p for p, key in matching if not is_deputy(key)}
            pool = chiefs or {p.name: p for p, _ in matching}
            body_end = hit.end() + len(" ".join(raw.split()[:size]))
            if country is not None and country[1] >= body_end:
                break  # "lãnh đạo Việt Nam": a country's leaders, many
            if len(pool) == 1:
                person = next(iter(pool.values()))
                end = body_end
            break
        if person is None or _near_name(text, hit.start(), end, known, starts, person):
            continue
        found.append((hit.start(), end, person))
    return found


def with_chains_resolved(
    text: str, mentions: Sequence[tuple[int, int, Person]]
) -> list[tuple[int, int, Person]]:
    """``mentions`` (in text order) with a bare office that opens a chain of offices given the
    holder the chain's next office names: "Tổng Bí thư, Chủ tịch nước Lào" is one person, the
    Lao leader, though the bare "Tổng Bí thư" alone would be the page's other one. The next
    office must be his too (he holds the bare one), and the bare one writes no word of a
    name (the titles stage guessed its holder from the office alone)."""
    out = list(mentions)
    for index in range(len(out) - 1):
        start, end, person = out[index]
        nxt_start, _nxt_end, nxt = out[index + 1]
        if nxt.name == person.name or not _CHAIN_JOIN.fullmatch(text[end:nxt_start]):
            continue
        span = text[start:end]
        if any(word in span for word in person.name.split()):
            continue
        key = _key(span)
        if any(_key(t) == key or _key(t).startswith(key + " ") for t in nxt.titles):
            out[index] = (start, end, nxt)
    return out
