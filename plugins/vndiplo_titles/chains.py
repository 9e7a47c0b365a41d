"""Title chains: the grammar of "who, in what capacity" in Vietnamese news prose.

Three shapes cover almost every titled mention:

* title before name: "Tổng Bí thư Tô Lâm", "Đại sứ Việt Nam tại Trung Quốc Phạm Thanh Bình",
  several titles joined by commas: "Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình";
* honorific before name: "đồng chí Trần Cương", "ông Nikolai Patrushev", "Ngài ...";
* an appositive chain after either: "..., Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khu tự
  trị dân tộc Choang Quảng Tây, Trung Quốc" (a trailing place after a comma locates the
  organisation: it gives the country and is not part of the title).

The parts: :mod:`.cursor` (predicates over the tokens: where a title starts, where a
capitalised run ends), :mod:`.complement` (one title and what follows its title word, one
step per construction), :mod:`.constructions` (the closed word classes, as data) and this
module (titles, names and appositives in a row). A title with no name after it is kept as a
*bare* title, which :mod:`vndiplo_titles.merge` may link to a person found elsewhere. The
scan is one left-to-right pass over the tokens; every loop advances.
"""

from __future__ import annotations

from attrs import define, evolve, field

from vndiplo_titles.act_clauses import PHRASE_WORDS, opened_by_act
from vndiplo_titles.complement import TitleParse, read_title
from vndiplo_titles.constructions import (
    ABBREVIATED_TITLES,
    APPOSITIVE,
    COMPANION,
    COMRADE,
    CONJUNCTION,
    DASHES,
    HONORIFIC_WORDS,
    KIN_HONORIFICS,
    SPOUSE,
)
from vndiplo_titles.cursor import Head
from vndiplo_titles.lexicon import PLURAL_MARKERS
from vndiplo_titles.matcher import Lexicon, TitleInfo
from vndiplo_titles.names import (
    MAX_FOREIGN,
    MAX_VIETNAMESE,
    Token,
    initial_dot,
    initials_open_name,
    looks_foreign,
    particles_at,
    strip_style,
    transliterated,
)
from vndiplo_titles.title_countries import split_pending, title_country
from vndiplo_titles.title_uses import TitleUses

__all__ = ["BareTitle", "Finding", "TitleParse", "scan"]


@define
class Finding:
    """A name (token range) with the titles attached to it at this mention."""

    name_start: int
    name_end: int
    titles: list[TitleParse] = field(factory=list)
    honorific_foreign: bool = False
    #: Introduced by an honorific ("ông", "bà", "đồng chí"): an apposed title may be lower case.
    honorific: bool = False
    #: A monarch's name ending with a regnal number ("Aldric V"): no initial to trim.
    regnal: bool = False


@define
class BareTitle:
    """A title with no name after it; ``linkable`` is false for plural or role-noun uses;
    ``capacity`` is true after "trên cương vị", "đảm nhiệm chức vụ" ... (a title of the
    person the sentence is about, see :mod:`vndiplo_titles.merge`)."""

    title: TitleParse
    linkable: bool
    capacity: bool = False
    #: A title in lower case alone ("tổng thống Nam Phi dự lễ"): a reference back to the
    #: person the page named with that office, else a common noun, never placed otherwise.
    holder_only: bool = False


class _Parser(TitleUses):
    """One left-to-right pass over a window's tokens; see :func:`scan`."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        super().__init__(tokens, lex)
        self.findings: list[Finding] = []
        self.bare: list[BareTitle] = []

    # -- chains ------------------------------------------------------------------------

    def chain(self, i: int, head: Head, foreign: bool) -> int:
        """Titles before a name (or bare), then an appositive chain after the name."""
        titles: list[TitleParse] = []
        k: int = i
        h: Head | None = head
        while h is not None:
            tp, name, nxt, more = read_title(self, k, h)
            if name is None and k == i and self.companion(i, tp):
                # "Tô Lâm và Phu nhân, Tổng thống X": the companion, no title of anyone named
                self.bare.append(BareTitle(tp, linkable=False))
                return nxt
            if name is not None and not self.abbreviation_names(tp, name):
                name = None
            if name is None and k == i and self.building(i):
                # "tại Phủ Thủ tướng Nhật Bản, Thủ tướng X": the building's title is nobody's,
                # and no title of the name after it
                return nxt
            if (
                not self.t[tp.head_start].cap or self.t[tp.head_start].fold in ABBREVIATED_TITLES
            ) and (not tp.modifiers and name is None):
                # "đại sứ", "đại tá" in lower case: a title only right before a name, or
                # an honorific and a name ("chủ tịch nước Việt Nam, ông Lê Văn A")
                if not titles and not more:
                    after = self.apposed_honorific(i, nxt, [tp])
                    if after > nxt:
                        return after
                    if self.lower_reference(i, tp):
                        self.bare.append(BareTitle(tp, linkable=True, holder_only=True))
                if titles:
                    self.add_bare(titles, i)
                return max(k, i + 1)
            titles.append(tp)
            if name is not None and k == i and self.building(i):
                return name[1]  # "Dinh Tổng thống Qasr Al Watan": a palace, not a person
            if name is not None and len(titles) > 1 and self.capacity(i):
                # "ông X được bầu làm Chủ tịch Thượng viện, Chủ tịch Quốc hội Y gửi điện": the
                # office after the capacity verb is X's; only the title before Y is Y's
                self.add_bare(titles[:-1], i)
                titles = titles[-1:]
            if name is not None:
                end = self.regnal_end(tp, name[1], name[0])
                regnal = self.regnal(tp, name[0], end)
                finding = Finding(name[0], end, titles, foreign, regnal=regnal)
                self.findings.append(finding)
                if i > 0 and self.t[i - 1].fold in PLURAL_MARKERS:
                    return self.plural_holders(finding)
                return self.appositive(finding)
            if not more:
                # a single office before a list of two names or more is shared too
                # ("Đại sứ các nước tại Việt Nam: A (Đức), B (Pháp)")
                listed = self.colon_list(nxt, titles, least=2 if self.linkable(i) else 0)
                if listed is not None:
                    # "các đồng chí Ủy viên Bộ Chính trị: ...": the title is each listed name's
                    self.findings.extend(Finding(a, b, []) for a, b in listed)
                    self.add_bare(titles, i)
                    return nxt + 1
                after = self.apposed_honorific(i, nxt, titles)
                if after > nxt:
                    return after
                self.add_bare(titles, i)
                return max(nxt, k + 1)
            if (
                k == i
                and self.t[nxt - 1].text == ","
                and not self.linkable(i)
                and not self.shared_by_colon(nxt)
            ):
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
        if e < self.n and self.t[e].text == "(":
            e = self.original_spelling(e)  # "Ca-mi-la Mê-lan-đe (Camila Melander), Đại sứ"
            e = self.bracketed_country(e, finding.titles)  # "Nhà vua Aldric V (Na Uy)"
        if e < self.n and not finding.titles and self.t[e].text not in APPOSITIVE:
            return self.glued_title(finding, e)
        if e + 1 >= self.n or self.t[e].text not in APPOSITIVE:
            return finding.name_end
        k = e + 1
        last = e
        # A person titled before the name ("Tổng thống Mỹ Donald Trump, ...") is often one
        # of a list: titles after it of the country that the next named title names are
        # that next person's ("..., Tổng Thư ký Đảng PAP Singapore, Thủ tướng Singapore
        # Lawrence Wong").
        listed = bool(finding.titles)
        dashed = self.t[e].text in DASHES
        lower_led = bool(finding.titles) and not self.t[finding.titles[-1].head_start].cap
        pending: list[TitleParse] = []
        previous: TitleParse | None = None  # the title of the chain read last
        abbreviations: set[int] = set()  # where unknown abbreviations were read as titles
        while k < self.n:
            head = self.head_at(k)
            if head is None and not self.t[k].cap and (finding.honorific or lower_led):
                # "ông X, thành viên Nhóm, ...", "trung tướng X, tư lệnh Quân chủng ...": after
                # an honorific name, or a name a lower-case title opened (a page that writes
                # titles in lower case), an apposed title in lower case is still that person's
                head = self.any_case_head(k)
            if head is None and self.unknown_abbreviation(k):
                # "A, TVTU, Phó Chủ tịch ...": the chain goes on after it
                abbreviations.add(k)
                (pending if listed else finding.titles).append(
                    _abbreviated_title(self.t[k].text, k)
                )
                k += 2
                continue
            if head is None:
                break
            # "ông X, Tỉnh trưởng tỉnh ...": the title describes X; in a list opened by a
            # titled name ("Thống đốc A X, Thống đốc B Y") it may name the next person
            self.named = not listed
            self.placed = any(p.kind != "country" for tp in finding.titles for p in tp.places)
            tp, name, nxt, more = read_title(self, k, head)
            self.named = self.placed = False
            if name is not None:
                # "A, NATO, Tổng thống Pháp B": an unknown abbreviation before a next person
                # is no title of anyone's
                pending = [p for p in pending if p.start not in abbreviations]
                finding.titles = [p for p in finding.titles if p.start not in abbreviations]
                # "Tô Lâm, Chủ tịch nước Lương Cường": a second person; read again from
                # the first title it owns
                split = split_pending(finding.titles, pending, title_country(tp))
                finding.titles.extend(pending[:split])
                if split < len(pending):
                    return pending[split].start
                if tp.owner_start is not None and self.owner_named(tp, name[0]):
                    # "X, Đặc phái viên của Tổng Bí thư Y": X's title names its owner Y, who
                    # is read again from the owner's title
                    finding.titles.append(evolve(tp, end=name[1]))
                    return tp.owner_start
                # "X, Đặc phái viên của Tổng Bí thư, Chủ tịch nước Lào Y": the owner's
                # titles, up to a name whose title names a country, are Y's
                owner = previous.owner_start if previous is not None else None
                if owner is None or title_country(tp) is None:
                    return last
                finding.titles = [
                    evolve(t, end=name[1]) if t is previous else t for t in finding.titles
                ]
                return owner
            if self.subject_after_act(finding, nxt):
                break  # "Tiếp Đại sứ X, Bộ trưởng cho biết": the main clause's subject
            if listed:
                pending.append(tp)
            else:
                finding.titles.append(tp)
            last, previous = nxt, tp
            if not more or self.t[nxt - 1].text not in APPOSITIVE:
                if dashed and self.dash_chain_goes_on(nxt):
                    # "X - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh": a chain opened by a dash
                    # goes on with dashes
                    k = nxt + 1
                    continue
                break
            k = nxt
        finding.titles.extend(pending)
        return last

    def plural_holders(self, first: Finding) -> int:
        """ "các Phó Chủ tịch UBND tỉnh A, B và C": a plural title before a list of names is
        each listed name's; the names after the first are Vietnamese ones (a family name
        first), closed by a comma or "và". Returns the next index."""
        t, k = self.t, first.name_end
        while k + 1 < self.n and (t[k].text == "," or t[k].fold == CONJUNCTION):
            j = k + 1
            if not self.listed_name(j):
                break
            end = self.cap_run_end(j)
            self.findings.append(Finding(j, end, list(first.titles), first.honorific_foreign))
            k = end
        return self.appositive(first) if k == first.name_end else k

    def lower_reference(self, i: int, tp: TitleParse) -> bool:
        """May the lower-case title ``tp`` alone refer back to its named holder? Only an
        office of one person: with its country or body ("tổng thống Nam Phi"), or of three
        words ("chủ tịch nước", "tổng bí thư"), in no plural or role-noun use."""
        t = self.t
        if t[tp.head_start].cap or t[tp.head_start].fold in ABBREVIATED_TITLES:
            return False
        specific = tp.end > tp.head_end or tp.head_end - tp.head_start >= _OFFICE_WORDS
        return specific and self.linkable(i)

    def subject_after_act(self, finding: Finding, nxt: int) -> bool:
        """Is the bare title just read, ending at ``nxt`` with no comma and a lower-case verb
        after it, the subject of a sentence an act opened before ``finding``?"""
        if nxt >= self.n or self.t[nxt - 1].text == "," or self.t[nxt].cap:
            return False
        if not self.t[nxt].word or self.t[nxt].fold in PHRASE_WORDS:
            return False  # "..., Tỉnh trưởng tỉnh B cùng lãnh đạo": the phrase goes on
        start = min([finding.name_start, *(tp.start for tp in finding.titles)])
        if self.agent_of_clause(start):
            return False  # "làm việc với đoàn do ông X, Ủy viên ... dẫn đầu": X's own title
        return opened_by_act(self.t, start, self.lex.openers)

    def agent_of_clause(self, start: int) -> bool:
        """Does "do"/"bởi" (by), maybe with an honorific, stand right before the name at
        ``start``? The name is the agent of a clause of its own ("đoàn do ông X, <title> dẫn
        đầu"), so the verb after its apposed title is that clause's, not the sentence's."""
        k = start - 1
        if k >= 1 and (self.t[k - 1].fold, self.t[k].fold) == COMRADE:
            k -= 2
        elif k >= 0 and self.t[k].fold in HONORIFIC_WORDS:
            k -= 1
        return k >= 0 and self.t[k].fold in _AGENT_MARKERS

    def glued_title(self, finding: Finding, e: int) -> int:
        """ "bà Ivanova phó Thống đốc làm trưởng đoàn", "(Ông Lê Văn Tám Bí thư Thành ủy phát
        biểu)": after an honorific name, a title with no separator and no name of its own is
        that person's. Returns the next index."""
        head = self.head_at(e)
        if head is None or not (head.core or self.t[e].cap):
            return finding.name_end
        tp, name, nxt, more = read_title(self, e, head)
        if name is not None:
            return finding.name_end
        finding.titles.append(tp)
        if more and self.t[nxt - 1].text == ",":
            # "đồng chí X nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước": the chain goes on
            tail = Finding(finding.name_start, nxt - 1, [], honorific=True)
            after = self.appositive(tail)
            finding.titles.extend(tail.titles)
            return max(after, nxt - 1)
        return nxt

    def companion(self, start: int, tp: TitleParse) -> bool:
        """Is ``tp`` a spouse's title after "và"/"cùng" right after a name ("Tổng thống X và
        Phu nhân")? It names the companion, never the person before, nor the next one."""
        if tp.head.gloss != SPOUSE or start < 2 or self.t[start - 1].fold not in COMPANION:
            return False
        return any(f.name_end == start - 1 for f in self.findings[-2:])

    def add_bare(self, titles: list[TitleParse], start: int) -> None:
        # a capacity phrase ("là", "làm", "trên cương vị") makes the title no reference
        capacity = self.capacity(start)
        linkable = not capacity and self.linkable(start)
        for tp in titles:
            self.bare.append(BareTitle(tp, linkable, capacity))

    # -- the scan --------------------------------------------------------------------------

    def apposed_honorific(self, i: int, k: int, titles: list[TitleParse]) -> int:
        """ "Chủ tịch Hạ viện Ba Lan, bà Anna Nowak": titles, a comma, then an honorific and
        a name: the titles are that person's. Returns the next index, or ``k`` (no such
        name; a plural or role-noun use of the title never takes one)."""
        t, lex = self.t, self.lex
        comma = k < self.n and t[k].text == ","
        # "2. Bí thư Tỉnh ủy X: Ông Lê Văn A.": a list entry gives its office to its name
        colon = k < self.n and t[k].text == ":" and self.list_entry_start(i)
        # "Tổng thống Sri Lanka là ông A": the copula names the holder like a comma, but only
        # before an honorific ("Bộ trưởng là người ..." names nobody)
        copula = k + 1 < self.n and t[k].fold == "là" and t[k + 1].fold in HONORIFIC_WORDS
        if k + 2 >= self.n or not (comma or colon or copula or t[k].fold in HONORIFIC_WORDS):
            return k
        # "Chủ tịch nước Việt Nam ông Lê Văn A": no comma
        h = k + 1 if comma or colon or copula else k
        hon = lex.honorifics.longest(t, h) if t[h].fold in lex.honorific_starts else None
        if hon is None:
            return self.apposed_name(i, k, titles) if comma else k
        j = h + hon[0]
        if j >= self.n or not t[j].cap or t[j].acronym or self.head_at(j) is not None:
            return k
        if not self.linkable(i) or self.elected_to(i):
            return k
        after = self.honorific_name(j, hon[1], titles)
        return after if after > j else k

    def apposed_name(self, i: int, k: int, titles: list[TitleParse]) -> int:
        """ "Tiếp Đại sứ Iceland, Stefan Larsson, Chủ tịch nước ...": titles, a comma and a
        Latin name of two to five words closed by a comma or the end of the sentence: the
        titles are that person's. Returns the next index, or ``k``."""
        t, j = self.t, k + 1
        if not t[j].cap or t[j].acronym or self.lex.places.longest(t, j) is not None:
            return k
        if self.head_at(j) is not None or self.lex.orgs.longest(t, j) is not None:
            return k
        end = self.cap_run_end(j)
        # a style before the name ("Samdech Akka Moha ...") is no part of it (merge drops it)
        named = strip_style(t, j, end)
        if not (2 if named == j else 1) <= end - named <= MAX_VIETNAMESE:
            return k
        # a Vietnamese-spelt name ("Thủ tướng Thái Lan, Nguyễn ...") only when it is a known
        # name, or opens with a family name after a title that names a country
        vietnamese = not looks_foreign(t[j:end]) and self.lex.people_names.longest(t, j) is None
        if vietnamese and (t[j].fold not in self.lex.surnames or title_country(titles[-1]) is None):
            return k
        if end < self.n and not self.closes_name(end):
            return k
        if not self.linkable(i):
            return k
        finding = Finding(j, end, list(titles), False)
        self.findings.append(finding)
        return self.appositive(finding)

    def honorific_name(self, j: int, foreign: bool, titles: list[TitleParse] | None = None) -> int:
        """A name right after "đồng chí", "ông", "Ngài" ... (and, after a comma, the titles
        before it); returns the next index."""
        t = self.t
        end = self.cap_run_end(j)
        dashed = self.dashed_name_end(j, end)
        spelt = self.lower_spelt_end(j, end) if dashed is None else None
        run = t[j:end]
        if dashed is not None:
            length = dashed - j  # "Khăm Pheng – Xay Sổm Pheng"
        elif spelt is not None:
            length = spelt - j  # "Khăm phon Phôm ma chăn": syllables in lower case
        elif looks_foreign(run):
            length = min(len(run), MAX_FOREIGN)
        elif len(run) >= 2:
            length = min(len(run), MAX_VIETNAMESE)
            if len(run) > length and self.spelt_syllables_name(j, end):
                length = len(run)
        else:
            return j
        if j + length < self.n and self._generational(j, j + length):
            length += 1  # "ông Benito Aquino III": the generational suffix is the name's
        finding = Finding(j, j + length, list(titles or ()), foreign, honorific=True)
        self.findings.append(finding)
        if not titles and self.plural_honorific(j):
            return self.shared_title_list(finding)
        if not titles and self.repeats_comrade(j, j + length):
            return self.shared_title_list(finding, comrade=True)
        return self.appositive(finding)

    def plural_honorific(self, j: int) -> bool:
        """Does a plural marker open the honorific before the name at ``j`` ("các đồng chí",
        "các ông", "các bà")?"""
        t = self.t
        if j >= 3 and t[j - 3].fold in PLURAL_MARKERS:
            return True  # "các đồng chí": the honorific's two words
        return j >= 2 and t[j - 2].fold in PLURAL_MARKERS and t[j - 1].fold in HONORIFIC_WORDS

    def shared_title_list(self, first: Finding, *, comrade: bool = False) -> int:
        """ "các đồng chí Lê Văn A, Trần Văn B nguyên Tổng Bí thư ...": names listed after a
        plural honorific, then one title (after a comma or glued to the last name) that
        every name of the list holds. With ``comrade`` each name has its own "đồng chí"
        ("đồng chí Lê Văn A, đồng chí Trần Văn B, nguyên Tổng Bí thư"). Returns the next
        index."""
        t, group = self.t, [first]
        k = first.name_end
        skip = 2 if comrade else 0  # the repeated "đồng chí" before each name
        # "các ông A, B và C": "và" closes the list, where a Latin name may stand too
        while k + 1 < self.n and (t[k].text == "," or (not comrade and t[k].fold == CONJUNCTION)):
            j = k + 1 + skip
            if comrade and not self.comrade_at(k + 1):
                break
            if j >= self.n or not (self.listed_name(j) or self.latin_listed(j)):
                break
            end = self.cap_run_end(j)
            group.append(Finding(j, end, [], first.honorific_foreign, honorific=True))
            k = end
        if len(group) == 1:
            return self.appositive(first)
        last = group[-1]
        after = self.appositive(last) if t[k].text in APPOSITIVE else self.glued_title(last, k)
        if last.titles:
            for finding in group[:-1]:
                finding.titles = list(last.titles)
        # untitled, each listed name is still one an honorific introduced (see .principals)
        self.findings.extend(group[1:])
        return max(after, last.name_end)

    def bare_name(self, i: int) -> int:
        """A name with nothing before it but an appositive title after it, as in lists
        ("Cùng dự có các đồng chí: Nguyễn Văn Nên, Ủy viên Bộ Chính trị, ...").

        Only a surname-initial Vietnamese run or a Latin-script run of two words or more,
        not a place, followed by "," or "-" and a title; returns the next index, or ``i``.
        """
        t, lex = self.t, self.lex
        if (
            t[i].acronym
            or self.degree_at(i)
            or (
                t[i].fold not in lex.surnames
                and not t[i].text.isascii()
                and not transliterated(t[i].text)  # "Bun-nhăng Vo-la-chít, Thủ tướng ..."
            )
        ):
            return i
        if t[i].fold in lex.honorific_starts and lex.honorifics.longest(t, i) is not None:
            return i  # "Ông Kim Dong-yeon, Thống đốc ...": the honorific, not a surname "Ông"
        if i > 0 and t[i - 1].word and lex.orgs.longest(t, i - 1) is not None:
            return i  # "đảng Cộng hòa Tự do, Chủ tịch ...": the name of an organisation
        if self.after_venue(i):
            return i  # "tại khách sạn Grand Plaza, Tổng Lãnh sự ...": the venue's name
        end = i + 1
        while end < self.n:  # a cheap first bound: the exact run end is only computed on a hit
            if (t[end].cap and not t[end].acronym) or initial_dot(t, end, self.n):
                end += 1
                continue
            nxt = particles_at(t, end, self.n) if t[end].word else end
            if nxt == end:
                break
            end = nxt  # "Ursula von der Leyen"
        if end + 1 >= self.n or t[end].text not in APPOSITIVE:
            return i
        if self.head_at(end + 1) is None and not self.unknown_abbreviation(end + 1):
            return i
        named = strip_style(t, i, end)  # "Samdech Vibol Sena Pheakdei Say Chhum, Chủ tịch"
        if self.cap_run_end(i) != end or not 2 <= end - named <= MAX_VIETNAMESE:
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

    def kin_name_at(self, i: int) -> bool:
        """Is ``t[i]`` "anh"/"chị" as an honorific: in lower case, or capitalised to open a
        sentence, before a Vietnamese name (a family name and one to four more capitalised
        words: "anh Lê Văn A", not "anh em", "chị Hà", "Đại sứ Anh Lê ...")?"""
        t, j = self.t, i + 1
        if t[i].cap and i > 0 and t[i - 1].text not in _SENTENCE_ENDS:
            return False
        if j >= self.n or not t[j].cap or t[j].fold not in self.lex.surnames:
            return False
        return self.cap_run_end(j) - j >= 2 and self.lex.places.longest(t, j) is None

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
            if head is not None and not _profession_in_body_name(t, i, head):
                i = self.chain(i, head, foreign=False)
                continue
            if tok.cap:
                org = lex.orgs.longest(t, i)
                if org is not None:
                    i += org[0]
                    self.org_end = i
                    continue
            if tok.cap and (i == 0 or not t[i - 1].cap or self.degree_at(i - 1)):
                # "GS.TS Lê Văn A - Hiệu trưởng ...": a degree opens a list entry like a comma
                nxt_i = self.bare_name(i)
                if nxt_i > i:
                    i = nxt_i
                    continue
            hon = lex.honorifics.longest(t, i) if tok.fold in lex.honorific_starts else None
            kin = hon is None and tok.fold in KIN_HONORIFICS and self.kin_name_at(i)
            if kin:
                hon = (1, False)  # "anh Lê Văn A Bí thư Tỉnh đoàn"
            if (
                hon is not None
                and i + hon[0] < self.n
                and (kin or lex.places.longest(t, i) is None)
            ):
                j = i + hon[0]
                if t[j].text == ":" and j + 1 < self.n:
                    j += 1  # "Cùng dự có các đồng chí: Lê Văn A Phó Chủ tịch ..."
                nxt = t[j]
                head = self.head_at(j)
                if head is not None:
                    i = self.chain(j, head, foreign=hon[1])
                    continue
                if nxt.cap and (
                    not nxt.acronym or self.capitals_surname(j) or initials_open_name(t, j, self.n)
                ):
                    i = max(self.honorific_name(j, hon[1]), j)
                    continue
            i += 1
        self.share_titles(self.findings)


#: Professions that also name the members of an association ("Hội Doanh nhân Trẻ", "Hội Kỹ
#: sư", "Hội Nhà báo"), and the nouns of such bodies.
_PROFESSIONS = frozenset(
    {"Doanh nhân", "Kỹ sư", "Nhà báo", "Nhà văn", "Bác sĩ", "Luật sư", "Thạc sĩ", "Tiến sĩ"}
)
_ASSOCIATION_NOUNS = frozenset({"hội", "bộ", "đoàn", "ngày", "đàn", "lạc"})


def _profession_in_body_name(t: list[Token], i: int, head: Head) -> bool:
    """Is the profession title at ``i`` the member noun of an association's name ("Hội
    Doanh nhân Trẻ Việt Nam", "Hiệp hội Doanh nhân X", "Câu lạc bộ Nhà báo"): no one's title?"""
    return head.info.title in _PROFESSIONS and i > 0 and t[i - 1].fold in _ASSOCIATION_NOUNS


#: Tokens after which a capitalised word opens a sentence or a line.
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n", ":", "(", "“", '"'})

#: Words that make the name after them the agent of a passive or "dẫn đầu" clause.
_AGENT_MARKERS = frozenset({"do", "bởi"})

#: Words of a lower-case title that names one office by itself ("chủ tịch nước").
_OFFICE_WORDS = 3


def _abbreviated_title(text: str, k: int) -> TitleParse:
    """A title the lexicon does not know, written as one abbreviation at token ``k``."""
    return TitleParse(k, k + 1, TitleInfo(text), k, k + 1)


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
