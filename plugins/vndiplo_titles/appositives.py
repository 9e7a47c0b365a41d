"""After a name: the appositive chain of titles (", Ủy viên ..., Bí thư ..., Trung Quốc"), a
title glued to an honorific name, a plural title's listed holders, a spouse's title, and the
titles left bare. A mixin of :class:`~vndiplo_titles.chains._Parser`."""

from __future__ import annotations

from attrs import evolve

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
    SPOUSE,
)
from vndiplo_titles.cursor import Head
from vndiplo_titles.findings import BareTitle, Finding
from vndiplo_titles.matcher import Lexicon, TitleInfo
from vndiplo_titles.names import Token
from vndiplo_titles.title_countries import split_pending, title_country
from vndiplo_titles.title_uses import TitleUses

__all__ = ["Appositives"]


class Appositives(TitleUses):
    """The titles after a name, and the bare titles a scan keeps."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        super().__init__(tokens, lex)
        self.findings: list[Finding] = []
        self.bare: list[BareTitle] = []
        #: Where a spouse's title after an unnamed guest's title starts ("Đại sứ Cuba và
        #: Phu nhân"), or -1: a companion, as after a name (see :meth:`companion`).
        self.companion_start = -1

    def appositive(self, finding: Finding) -> int:
        """Read ", Title, Title, Place" after a name; stop before another titled person."""
        e = finding.name_end
        if e < self.n and self.t[e].text == "(":
            e = self.original_spelling(e)  # "Ca-mi-la Mê-lan-đe (Camila Melander), Đại sứ"
            e = self.bracketed_country(e, finding.titles)  # "Nhà vua Aldric V (Na Uy)"
            e = self.bracketed_office(finding, e)  # "các ông A (Phó Chủ tịch UBND tỉnh), B"
        if (
            e < self.n
            and self.t[e].text not in APPOSITIVE
            and (not finding.titles or self.honorific_before(finding.titles[0].start))
        ):
            # "Đồng chí Đại tá X Trưởng ban ...": a rank after an honorific leaves the office
            # glued after the name to that name too, as with the honorific alone
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
            end = self.abbreviation_end(k) if head is None else k
            if end > k:
                # "A, TVTU, Phó Chủ tịch ...", "A, UVTV TƯ Đoàn, Bí thư ...": the chain goes
                # on after it
                abbreviations.add(k)
                (pending if listed else finding.titles).append(_abbreviated_title(self.t, k, end))
                k = end + 1
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

    def bracketed_office(self, finding: Finding, e: int) -> int:
        """ "các ông A (Phó Chủ tịch UBND tỉnh), B (Giám đốc Sở ...)": an office that fills
        the brackets right after a name, with no name of its own, is that name's; the index
        after ")", or ``e``."""
        if e + 1 >= self.n or self.t[e].text != "(" or not self.t[e + 1].cap:
            return e
        head = self.head_at(e + 1)
        if head is None:
            return e
        tp, name, nxt, _ = read_title(self, e + 1, head)
        if name is not None or nxt >= self.n or self.t[nxt].text != ")":
            return e
        finding.titles.append(tp)
        return nxt + 1

    def honorific_before(self, k: int) -> bool:
        """Does an honorific ("ông", "bà", "đồng chí") stand right before ``tokens[k]``?"""
        if k >= 2 and (self.t[k - 2].fold, self.t[k - 1].fold) == COMRADE:
            return True
        return k >= 1 and self.t[k - 1].fold in HONORIFIC_WORDS

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
        if start == self.companion_start or (self.bare and self.bare[-1].title.end == start - 1):
            return True  # "Đại sứ Ý cùng Phu nhân": the companion of an unnamed guest
        return any(f.name_end == start - 1 for f in self.findings[-2:])

    def companion_follows(self, nxt: int, head: Head | None) -> bool:
        """Does a spouse's title after "và"/"cùng" open at ``nxt``, right after a title that
        names no one ("Đại sứ Cuba và Phu nhân, Đại sứ Lào và Phu nhân, ...")? The guest
        and the companion make one entry of a list: the titles read so far are that guest's,
        never the next name's."""
        if head is None or head.info.gloss != SPOUSE or head.modifiers:
            return False
        if nxt < 1 or self.t[nxt - 1].fold not in COMPANION:
            return False
        self.companion_start = nxt
        return True

    def add_bare(self, titles: list[TitleParse], start: int) -> None:
        # a capacity phrase ("là", "làm", "trên cương vị") makes the title no reference
        capacity = self.capacity(start)
        linkable = not capacity and self.linkable(start)
        for tp in titles:
            self.bare.append(BareTitle(tp, linkable, capacity, chain_start=start))


#: Words that make the name after them the agent of a passive or "dẫn đầu" clause.
_AGENT_MARKERS = frozenset({"do", "bởi"})

#: Words of a lower-case title that names one office by itself ("chủ tịch nước").
_OFFICE_WORDS = 3


def _abbreviated_title(tokens: list[Token], k: int, end: int) -> TitleParse:
    """A title the lexicon does not know, abbreviated at tokens ``k`` to ``end``."""
    return TitleParse(k, end, TitleInfo(" ".join(t.text for t in tokens[k:end])), k, end)
