"""Title chains: the grammar of "who, in what capacity" in Vietnamese news prose.

Three shapes cover almost every titled mention:

* title before name: "Tổng Bí thư Tô Lâm", "Đại sứ Việt Nam tại Trung Quốc Phạm Thanh Bình",
  several titles joined by commas: "Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình";
* honorific before name: "đồng chí Trần Cương", "ông Nikolai Patrushev", "Ngài ...";
* an appositive chain after either: "..., Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khu tự
  trị dân tộc Choang Quảng Tây, Trung Quốc" (a trailing place after a comma locates the
  organisation: it gives the country and is not part of the title).

A title is a head from the lexicon ("Bộ trưởng"), optional modifiers ("nguyên", "Quyền",
"Phó") and a complement that runs over organisation words, lower-case words and places until
punctuation, a verb or function word (the stop list), or a capitalised run that
:func:`~vndiplo_titles.names.split_run` reads as a name. A title with no name after it is
kept as a *bare* title, which :mod:`vndiplo_titles.merge` may link to a person found
elsewhere. The scan is one left-to-right pass over the tokens; every loop advances.
"""

from __future__ import annotations

from attrs import define, field

from vndiplo_titles.lexicon import (
    ADMIN_WORDS,
    CAPACITY_INTROS,
    PLURAL_MARKERS,
    ROLE_NOUNS,
    STOP_BIGRAMS,
    STOP_WORDS,
)
from vndiplo_titles.matcher import Lexicon, OrgInfo, PlaceInfo, TitleInfo
from vndiplo_titles.names import (
    MAX_FOREIGN,
    MAX_VIETNAMESE,
    NameCut,
    Token,
    known_name,
    looks_foreign,
    particles_at,
    split_admin_run,
    split_run,
)

__all__ = ["BareTitle", "Finding", "TitleParse", "scan"]

#: Characters that may separate a name from its appositive titles.
_APPOSITIVE = frozenset({",", "-", "–", "—"})
#: Nouns of a building named after an office: "Dinh Tổng thống X", "Phủ Thủ tướng X".
_BUILDING_NOUNS = frozenset({"dinh", "phủ", "cung"})
#: Hard limit on one title's length in tokens: keeps a runaway complement bounded.
_MAX_TITLE = 40


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


@define
class Finding:
    """A name (token range) with the titles attached to it at this mention."""

    name_start: int
    name_end: int
    titles: list[TitleParse] = field(factory=list)
    honorific_foreign: bool = False


@define
class BareTitle:
    """A title with no name after it; ``linkable`` is false for plural or role-noun uses;
    ``capacity`` is true after "trên cương vị", "đảm nhiệm chức vụ" ... (a title of the
    person the sentence is about, see :mod:`vndiplo_titles.merge`)."""

    title: TitleParse
    linkable: bool
    capacity: bool = False


@define
class _Head:
    length: int
    info: TitleInfo
    modifiers: set[str]
    core: int = 0  # tokens of modifiers before the title word itself


class _Parser:
    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.lex = lex
        self.findings: list[Finding] = []
        self.bare: list[BareTitle] = []
        self.org_end = -1  # token index just after the last organisation skipped

    # -- small predicates ------------------------------------------------------------------

    def head_at(self, i: int) -> _Head | None:
        """A title (with modifiers) starting at token ``i``, or None."""
        if i >= self.n or self.t[i].fold not in self.lex.title_starts:
            return None
        mods: set[str] = set()
        j = i
        last_mod = -1  # where the last modifier starts
        while j < self.n:
            tok = self.t[j]
            if not tok.word:
                return None
            hit = self.lex.titles.longest(self.t, j)
            # a title word is capitalised, or follows a capitalised modifier, in any case
            # ("Phó bí thư", "Phó thủ tướng", "Quyền bộ trưởng": outlets differ)
            if hit is not None and (tok.cap or (last_mod >= 0 and self.t[last_mod].cap)):
                org = self.lex.orgs.longest(self.t, j)
                if org is not None and org[0] > hit[0]:
                    return None  # "Đại sứ quán" is a place of work, not an ambassador
                inside_run = j > 0 and self.t[j - 1].cap
                if hit[1].has_lower and inside_run and all(x.cap for x in self.t[j : j + hit[0]]):
                    return None  # "Trung Quốc Vương Nghị" holds no "Quốc vương"
                return _Head(j - i + hit[0], hit[1], mods, j - i)
            mod = self.lex.modifiers.longest(self.t, j)
            if mod is None or j - i > 3:
                return None
            mods.add(mod[1])
            last_mod = j
            j += mod[0]
        return None

    def stop_at(self, j: int) -> bool:
        tok = self.t[j]
        if tok.fold in STOP_WORDS:
            return True
        return j + 1 < self.n and (tok.fold, self.t[j + 1].fold) in STOP_BIGRAMS

    def cap_run_end(self, j: int) -> int:
        """End of the run of capitalised words from ``j`` (not crossing an org or title).

        A foreign-looking run continues over lower-case name particles between capitalised
        words ("Ursula von der Leyen", "Lula da Silva", "Abdullah bin Hussein", "al-Sisi").
        """
        k = j + 1
        while k < self.n:
            tok = self.t[k]
            if not (tok.cap and not tok.acronym):
                if tok.word:
                    nxt = particles_at(self.t, k, self.n)
                    if nxt > k and looks_foreign(self.t[j : min(nxt + 1, self.n)]):
                        k = nxt
                        continue
                break
            org = self.lex.orgs.longest(self.t, k)
            if (org is not None and not self.given_name_org(j, k, org[0])) or (
                self.head_at(k) is not None
            ):
                break
            k += 1
        return k

    def given_name_org(self, j: int, k: int, length: int) -> bool:
        """Is the one-word organisation at ``k`` ("Trường", "Viện", "Hội") the last syllable
        of the name the surname at ``j`` opens ("Trịnh Xuân Trường, Phó Bí thư ...",
        "Nguyễn Văn Viện khẳng định")? Only when nothing of an organisation's name follows it:
        the run ends there, at punctuation or a verb ("Trường Đại học", "Viện nghiên cứu"
        stay organisations)."""
        if length != 1 or self.t[j].fold not in self.lex.surnames or k - j >= MAX_VIETNAMESE:
            return False
        nxt = k + 1
        return nxt >= self.n or not self.t[nxt].word or self.stop_at(nxt)

    # -- one title and its complement ---------------------------------------------------------

    def title(self, i: int, head: _Head) -> tuple[TitleParse, tuple[int, int] | None, int, bool]:
        """Parse the title at ``i``; return (title, name span or None, next index, continues).

        ``continues`` is true when a comma (or "và") and another title follow, so the caller
        reads a chain; the next index then points at that title.
        """
        t, lex = self.t, self.lex
        tp = TitleParse(
            i, i + head.length, head.info, i + head.core, i + head.length, set(head.modifiers)
        )
        j = tp.end
        direct = True
        absorbs = head.info.absorbs
        absorbed = False
        locating = False
        limit = min(self.n, i + _MAX_TITLE)
        while j < limit:
            tok = t[j]
            if tok.text == "\n":
                break
            if not locating and tok.cap:
                org = lex.orgs.longest(t, j)
                place = lex.places.longest(t, j)
                if place is not None and (org is None or place[0] > org[0]):
                    # "Thành ủy Thành phố Hồ Chí Minh": the city, not "Thành phố" + a name
                    tp.places.append(place[1])
                    j += place[0]
                    tp.end, direct = j, False
                    continue
                if org is not None:
                    tp.orgs.append((j, org[1]))
                    j += org[0]
                    tp.end, direct = j, False
                    continue
            if tok.text == "," or (tok.fold == "và" and not locating):
                nxt = self.head_at(j + 1) if j + 1 < self.n else None
                if nxt is not None and (t[j + 1].cap or (tok.text == "," and nxt.core)):
                    # after a comma the next title may open with a lower-case modifier:
                    # "Ủy viên Bộ Chính trị, nguyên Chủ tịch nước Nguyễn Văn A"
                    # (``head_at`` already wants a capitalised title word or modifier)
                    return tp, None, j + 1, True
                if tok.text == "," and j + 1 < self.n:
                    place = lex.places.longest(t, j + 1)
                    if place is not None:
                        tp.locator.append(place[1])
                        j += 1 + place[0]
                        locating = True
                        continue
                if tok.fold == "và" and j + 1 < self.n and t[j + 1].cap and not locating:
                    j += 1  # "Bộ Nông nghiệp và Môi trường": part of the organisation
                    continue
                if tok.text == "," and not locating and self.portfolio_list(j + 1):
                    # "Bộ trưởng Thương mại, Công nghiệp và Năng lượng Hàn Quốc": one portfolio
                    # of a list that "và" closes, not the end of the title
                    j += 1
                    tp.end, direct = j, False
                    continue
                break
            if tok.text.isdigit() and not locating and tp.orgs:
                j += 1  # "Quân khu 2", "Sư đoàn 312"
                tp.end = j
                continue
            if tok.text == "(" and not locating:
                inner = self.parenthesis(j)
                if inner is not None:
                    close, country = inner
                    if country is not None:
                        # "Thống đốc tỉnh Gyeonggi (Hàn Quốc) Kim Dong-yeon": a locator
                        tp.locator.append(country)
                        locating = True
                    j = close + 1  # "(EU)": skipped; part of the title only if it goes on
                    continue
            if not tok.word:
                break
            if tok.cap:
                known = known_name(t, j, self.cap_run_end(j), lex)
                if known is not None:  # "Phó Tổng thống Mỹ JD Vance"
                    return tp, (j, j + known), j + known, False
                if tok.acronym:
                    if locating:
                        break
                    tp.orgs.append((j, OrgInfo(tok.text)))
                    j += 1
                    tp.end, direct = j, False
                    continue
                nested = self.head_at(j)
                if nested is not None:
                    if locating:
                        break
                    if not absorbs:
                        # "Tư lệnh Quân khu 2 Thiếu tướng Phạm Văn Hà": a second title
                        return tp, None, j, True
                    absorbs, absorbed = False, True  # "Trợ lý Tổng thống": one at most
                    j += nested.length
                    tp.end, direct = j, False
                    continue
                run_end = self.cap_run_end(j)
                cut = split_run(t, j, run_end, lex, direct=direct and not locating)
                if cut.name_len and not locating and self.portfolio_and(j + cut.title_len, run_end):
                    cut = NameCut(run_end - j, 0, cut.places)  # "Bộ trưởng Châu Âu và Ngoại giao"
                if cut.name_len:
                    (tp.locator if locating else tp.places).extend(cut.places)
                    if cut.title_len and not locating:
                        tp.end = j + cut.title_len
                    start = j + cut.title_len
                    return tp, (start, start + cut.name_len), start + cut.name_len, False
                if locating:
                    break
                tp.places.extend(cut.places)
                j = run_end
                tp.end, direct = j, False
                continue
            # a lower-case word
            if locating:
                break
            admin = self.admin_at(j)
            if admin:
                a = j + admin
                run_end = self.cap_run_end(a)
                cut = split_admin_run(t, a, run_end, lex)
                if cut.places:
                    tp.places.extend(cut.places)
                elif cut.title_len:
                    name = " ".join(x.text for x in t[a : a + cut.title_len])
                    tp.places.append(PlaceInfo(name, None))
                if cut.name_len:
                    tp.end = a + cut.title_len
                    start = a + cut.title_len
                    return tp, (start, start + cut.name_len), start + cut.name_len, False
                j = run_end
                tp.end, direct = j, False
                continue
            if tok.fold == "tại" and head.info.posted and j + 1 < self.n:
                place = lex.places.longest(t, j + 1)
                if place is not None:
                    tp.posting_start = j
                    tp.posting.append(place[1])
                    j += 1 + place[0]
                    tp.end, direct = j, False
                    continue
            if tok.fold == "của" and not absorbed and self.head_at(j + 1) is not None:
                # "Thứ trưởng thường trực của Tổng thống Síp": the office belongs to
                # another; read the owner's title as part of this one
                absorbs = True
                j += 1
                tp.end, direct = j, False
                continue
            if (
                tok.fold == "của"
                and tp.orgs
                and j + 1 < self.n
                and t[j + 1].cap
                and lex.orgs.longest(t, j + 1) is not None
            ):
                j += 1  # "Ủy ban Đối ngoại của Quốc hội": an organisation of another
                continue
            if self.stop_at(j) and not self.inside_field(j):
                break
            if tok.fold in ("bạn", "chủ") and j > 0 and t[j - 1].fold == "nước":
                tp.foreign = True  # "Thủ tướng nước bạn", "nước chủ nhà": a foreign office
            j += 1
            tp.end, direct = j, False
        return tp, None, j, False

    def admin_at(self, j: int) -> int:
        """Length of a lower-case administrative word at ``j`` ("tỉnh", "thành phố") followed
        by a capitalised word that opens no organisation or title, else 0."""
        t = self.t
        for length in (1, 2):
            k = j + length
            if k >= self.n or tuple(x.fold for x in t[j:k]) not in ADMIN_WORDS:
                continue
            nxt = t[k]
            if not nxt.cap or nxt.acronym or not nxt.word:
                return 0
            if self.lex.orgs.longest(t, k) is not None or self.head_at(k) is not None:
                return 0
            return length
        return 0

    def portfolio_and(self, a: int, b: int) -> bool:
        """The would-be name ``t[a:b]`` is followed by "và" and more of a title ("Bộ trưởng
        Châu Âu và Ngoại giao Pháp", "Quốc vụ khanh Trung Đông và Bắc Phi Anh"): it is part
        of the title, not a person.

        Only a weak name reading gives way: Vietnamese-spelt, not a known name, and either
        followed by a portfolio or place, or not opening with a family name; and what follows
        "và" must open no title, honorific or known name ("Tô Lâm và Phu nhân").
        """
        t, lex = self.t, self.lex
        if b + 1 >= self.n or t[b].fold != "và" or not t[b + 1].cap or t[b + 1].acronym:
            return False
        if looks_foreign(t[a:b]) or lex.people_names.longest(t, a) is not None:
            return False
        if lex.fields.longest(t, b + 1) is not None or lex.places.longest(t, b + 1) is not None:
            return True
        return (
            t[a].fold not in lex.surnames
            and self.head_at(b + 1) is None
            and lex.honorifics.longest(t, b + 1) is None
            and lex.people_names.longest(t, b + 1) is None
        )

    def inside_field(self, j: int) -> bool:
        """Is the lower-case word at ``j`` the second syllable of a portfolio that the
        capitalised word before it opens ("Đổi mới": "mới" is no stop word there)?"""
        if j == 0 or not self.t[j - 1].cap:
            return False
        hit = self.lex.fields.longest(self.t, j - 1)
        return hit is not None and hit[0] >= 2

    def portfolio_list(self, k: int) -> bool:
        """Does a portfolio ("Công nghiệp", "Thể thao") start at ``k``, after a comma, followed
        by another "," or by "và" and a capitalised word: the middle of a list of portfolios
        ("Thương mại, Công nghiệp và Năng lượng", "Kinh tế, Thương mại và Công nghiệp")?"""
        t = self.t
        if k >= self.n or not t[k].cap:
            return False
        hit = self.lex.fields.longest(t, k)
        if hit is None:
            return False
        e = k + hit[0]
        return e + 1 < self.n and t[e].text in (",", "và") and t[e + 1].cap

    def parenthesis(self, j: int) -> tuple[int, PlaceInfo | None] | None:
        """A short parenthesis at ``j`` a title reads over: "(Hàn Quốc)" (a country: returned)
        or "(EU)" (acronyms); (index of ")", country or None), else None."""
        t, lex = self.t, self.lex
        k = j + 1
        place = lex.places.longest(t, k)
        if place is not None and place[1].country is not None:
            close = k + place[0]
            if close < self.n and t[close].text == ")":
                return close, place[1]
        while k < self.n and t[k].acronym:
            k += 1
        if k > j + 1 and k < self.n and t[k].text == ")":
            return k, None
        return None

    # -- chains ------------------------------------------------------------------------

    def chain(self, i: int, head: _Head, foreign: bool) -> int:
        """Titles before a name (or bare), then an appositive chain after the name."""
        titles: list[TitleParse] = []
        k: int = i
        h: _Head | None = head
        while h is not None:
            tp, name, nxt, more = self.title(k, h)
            titles.append(tp)
            if name is not None and k == i and self.building(i):
                return name[1]  # "Dinh Tổng thống Qasr Al Watan": a palace, not a person
            if name is not None:
                finding = Finding(name[0], name[1], titles, foreign)
                self.findings.append(finding)
                return self.appositive(finding)
            if not more:
                self.add_bare(titles, i)
                return max(nxt, k + 1)
            if k == i and self.t[nxt - 1].text == "," and not self.linkable(i):
                # "nhậm chức Tổng thống Hàn Quốc, Tổng Bí thư Tô Lâm": a role named by "chức",
                # "các", "cương vị" ends there; the next title opens a chain of its own.
                self.add_bare(titles, i)
                return nxt
            k, h = nxt, self.head_at(nxt)
        self.add_bare(titles, i)
        return k

    def appositive(self, finding: Finding) -> int:
        """Read ", Title, Title, Place" after a name; stop before another titled person."""
        e = finding.name_end
        if e + 1 >= self.n or self.t[e].text not in _APPOSITIVE:
            return e
        k = e + 1
        last = e
        while k < self.n:
            head = self.head_at(k)
            if head is None:
                break
            tp, name, nxt, more = self.title(k, head)
            if name is not None:
                break  # "Tô Lâm, Chủ tịch nước Lương Cường": a second person
            finding.titles.append(tp)
            last = nxt
            if not more or self.t[nxt - 1].text != ",":
                break
            k = nxt
        return last

    def building(self, start: int) -> bool:
        """Does a building noun open the title at ``start`` ("Dinh Tổng thống", "Phủ Chủ
        tịch")? What follows is the building's name, not a person's."""
        if start == 0 or self.t[start - 1].fold not in _BUILDING_NOUNS:
            return False
        return start < 2 or self.t[start - 2].fold != "chính"  # "Chính phủ Thủ tướng X"

    def add_bare(self, titles: list[TitleParse], start: int) -> None:
        linkable = self.linkable(start)
        capacity = not linkable and self.capacity(start)
        for tp in titles:
            self.bare.append(BareTitle(tp, linkable, capacity))

    def capacity(self, start: int) -> bool:
        """Does a capacity phrase open the title at ``start`` ("trên cương vị Bộ trưởng",
        "đảm nhiệm chức vụ Thủ tướng")?"""
        before = tuple(tok.fold for tok in self.t[max(0, start - 4) : start])
        return any(before[-n:] in CAPACITY_INTROS for n in (2, 3, 4) if len(before) >= n)

    def linkable(self, start: int) -> bool:
        """False for "các Bí thư", "hai đồng chí Tổng Bí thư", "chức vụ Bí thư", "Văn phòng
        Chủ tịch nước": such uses name no single person."""
        if start == self.org_end:
            return False
        before = [tok.fold for tok in self.t[max(0, start - 5) : start] if tok.word]
        if before[-2:] == ["đồng", "chí"]:
            before = before[:-2]
        elif before[-1:] in (["ông"], ["bà"], ["ngài"]):
            before = before[:-1]
        if before and before[-1] in PLURAL_MARKERS:
            return False
        return not (before and (before[-1] in ROLE_NOUNS or " ".join(before[-2:]) in ROLE_NOUNS))

    # -- the scan --------------------------------------------------------------------------

    def honorific_name(self, j: int, foreign: bool) -> int:
        """A name right after "đồng chí", "ông", "Ngài" ...; returns the next index."""
        t = self.t
        end = self.cap_run_end(j)
        run = t[j:end]
        if looks_foreign(run):
            length = min(len(run), MAX_FOREIGN)
        elif len(run) >= 2:
            length = min(len(run), MAX_VIETNAMESE)
        else:
            return j
        finding = Finding(j, j + length, [], foreign)
        self.findings.append(finding)
        return self.appositive(finding)

    def bare_name(self, i: int) -> int:
        """A name with nothing before it but an appositive title after it, as in lists
        ("Cùng dự có các đồng chí: Nguyễn Văn Nên, Ủy viên Bộ Chính trị, ...").

        Only a surname-initial Vietnamese run or a Latin-script run of two words or more,
        not a place, followed by "," or "-" and a title; returns the next index, or ``i``.
        """
        t, lex = self.t, self.lex
        if t[i].acronym or (t[i].fold not in lex.surnames and not t[i].text.isascii()):
            return i
        if t[i].fold in lex.honorific_starts and lex.honorifics.longest(t, i) is not None:
            return i  # "Ông Kim Dong-yeon, Thống đốc ...": the honorific, not a surname "Ông"
        end = i + 1
        while end < self.n:  # a cheap first bound: the exact run end is only computed on a hit
            if t[end].cap and not t[end].acronym:
                end += 1
                continue
            nxt = particles_at(t, end, self.n) if t[end].word else end
            if nxt == end:
                break
            end = nxt  # "Ursula von der Leyen"
        if end + 1 >= self.n or t[end].text not in _APPOSITIVE or self.head_at(end + 1) is None:
            return i
        if self.cap_run_end(i) != end or not 2 <= end - i <= MAX_VIETNAMESE:
            return i
        if lex.places.longest(t, i) is not None:
            return i
        run = t[i:end]
        if t[i].fold not in lex.surnames and not looks_foreign(run):
            return i
        finding = Finding(i, end, [], False)
        after = self.appositive(finding)
        if not finding.titles:
            return i
        self.findings.append(finding)
        return after

    def run(self, start: int = 0) -> None:
        t, lex = self.t, self.lex
        # Speed: most tokens are lower-case words or punctuation that open nothing (no title,
        # modifier or honorific starts with them, and only a capitalised word can open an
        # organisation or a name); skip them with one set look-up.
        openers = lex.openers
        i = start
        while i < self.n:
            tok = t[i]
            if not tok.word or (not tok.cap and tok.fold not in openers):
                i += 1
                continue
            head = self.head_at(i)
            if head is not None:
                i = self.chain(i, head, foreign=False)
                continue
            if tok.cap:
                org = lex.orgs.longest(t, i)
                if org is not None:
                    i += org[0]
                    self.org_end = i
                    continue
            if tok.cap and (i == 0 or not t[i - 1].cap):
                nxt_i = self.bare_name(i)
                if nxt_i > i:
                    i = nxt_i
                    continue
            hon = lex.honorifics.longest(t, i) if tok.fold in lex.honorific_starts else None
            if hon is not None and i + hon[0] < self.n and lex.places.longest(t, i) is None:
                j = i + hon[0]
                nxt = t[j]
                head = self.head_at(j)
                if head is not None:
                    i = self.chain(j, head, foreign=hon[1])
                    continue
                if nxt.cap and not nxt.acronym:
                    i = max(self.honorific_name(j, hon[1]), j)
                    continue
            i += 1


def scan(
    tokens: list[Token], lex: Lexicon, start: int = 0
) -> tuple[list[Finding], list[BareTitle]]:
    """Find every titled or honorific name, and every bare title, in one block's tokens.

    ``tokens[:start]`` are context only (read by look-backs, never scanned): the tokens just
    before a window of the block (see :mod:`vndiplo_titles.windows`).
    """
    parser = _Parser(tokens, lex)
    parser.run(start)
    return parser.findings, parser.bare
