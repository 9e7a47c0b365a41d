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

from vndiplo_titles.complement import TitleParse, read_title
from vndiplo_titles.constructions import ABBREVIATED_TITLES, KIN_HONORIFICS
from vndiplo_titles.cursor import Head
from vndiplo_titles.findings import BareTitle, Finding
from vndiplo_titles.holder_names import HolderNames
from vndiplo_titles.lexicon import PLURAL_MARKERS
from vndiplo_titles.matcher import Lexicon, TitleInfo
from vndiplo_titles.names import Token, initials_open_name

__all__ = ["scan"]


class _Parser(HolderNames):
    """One left-to-right pass over a window's tokens; see :func:`scan`."""

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
            if len(titles) > 1 and self.invited_by(i) and titles[-2].places and not tp.places:
                # "lời mời của Thủ tướng Nhật Bản, Thủ tướng X": the inviter, unnamed, names
                # his country; the title after the comma, naming none, is the guest's own (a
                # joint title names the country in each part or once at its end)
                self.add_bare(titles[:-1], i)
                titles = titles[-1:]
            if name is not None and len(titles) > 1 and self.capacity(i):
                # "ông X được bầu làm Chủ tịch Thượng viện, Chủ tịch Quốc hội Y gửi điện": the
                # office after the capacity verb is X's; only the title before Y is Y's
                self.add_bare(titles[:-1], i)
                titles = titles[-1:]
            if name is not None:
                if i == 0 or self.t[i - 1].fold not in PLURAL_MARKERS:
                    # "Đại tá Khăm Xỉ - Phôm Ma Vông": a Lao name's dash before its family
                    # name ("hai Thủ tướng A - B", "giữa ...": a pair, one on each side)
                    name = (name[0], self.titled_dashed_end(*name))
                degree = self.degree_apart(tp, name[0])
                if degree is not None:
                    titles.append(degree)  # "Chủ tịch Hội hữu nghị X TS Batbold"
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
            if self.companion_follows(k, h):
                # "Đại sứ Cuba và Phu nhân": a guest present with a companion, left unnamed
                # here (maybe a reference back), never a title of the next name
                self.add_bare(titles, i)
                return k
        self.add_bare(titles, i)
        return k

    def degree_apart(self, tp: TitleParse, name_start: int) -> TitleParse | None:
        """ "Chủ tịch Hội hữu nghị Mông Cổ-Việt Nam TS Batbold", "Hiệu trưởng Trường X PGS.TS
        Lê Văn A": an academic degree right before the name closes the title's complement,
        but it is the name's own title, not the body's: ``tp`` is cut before it and the degree
        returned as a title of its own; None when no degree ends ``tp``."""
        k = name_start
        while k > tp.head_end and self.degree_at(k - 1):
            k -= 1
        if k == name_start or tp.end != name_start:
            return None
        if self.t[k - 1].end == self.t[k].start:
            return None  # "Bộ KH&CN": glued to what comes before, the body's initials
        tp.end = k
        tp.orgs[:] = [(at, org) for at, org in tp.orgs if at < k]
        text = "".join(x.text for x in self.t[k:name_start])  # "PGS." "TS": "PGS.TS"
        return TitleParse(k, name_start, TitleInfo(text), k, name_start)

    # -- the scan --------------------------------------------------------------------------

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
            reverent = hon is None and self.reverent_name_at(i)
            if reverent:
                hon = (1, True)  # "tiếp Đức Dalai Lama": not Germany
            if (
                hon is not None
                and i + hon[0] < self.n
                and (kin or reverent or lex.places.longest(t, i) is None)
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
