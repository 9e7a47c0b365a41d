"""How a title is used where it stands: as a capacity ("trên cương vị Bộ trưởng"), as the
office a verb just gave someone ("được bầu làm Chủ tịch"), naming no single person ("các Bí
thư", "12 Bộ trưởng", "Văn phòng Chủ tịch nước"), or naming its owner ("Đặc phái viên của
Tổng Bí thư X"). Look-backs over the few tokens before a title; a mixin of
:class:`~vndiplo_titles.chains._Parser`."""

from __future__ import annotations

from vndiplo_titles.colon_lists import ColonLists
from vndiplo_titles.complement import TitleParse
from vndiplo_titles.constructions import COMRADE, ELECTED_TO, HONORIFIC_WORDS
from vndiplo_titles.lexicon import CAPACITY_INTROS, PLURAL_MARKERS, ROLE_NOUNS
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import Token

__all__ = ["TitleUses"]


class TitleUses(ColonLists):
    """The look-backs that tell how a title at a token is used."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        super().__init__(tokens, lex)
        self.org_end = -1  # token index just after the last organisation skipped

    def capacity(self, start: int) -> bool:
        """Does a capacity phrase open the title at ``start`` ("trên cương vị Bộ trưởng",
        "đảm nhiệm chức vụ Thủ tướng")?"""
        before = tuple(tok.fold for tok in self.t[max(0, start - 4) : start])
        return any(before[-n:] in CAPACITY_INTROS for n in (1, 2, 3, 4) if len(before) >= n)

    def invited_by(self, start: int) -> bool:
        """Does the title at ``start`` name who invited or asked ("lời mời của Thủ tướng Nhật
        Bản, Thủ tướng X thăm ...", "theo đề nghị của ...")? The inviter may be left unnamed."""
        before = tuple(tok.fold for tok in self.t[max(0, start - 3) : start] if tok.word)
        return before[-2:] == ("mời", "của") or before[-3:] == ("đề", "nghị", "của")

    def elected_to(self, start: int) -> bool:
        """Is the title at ``start`` the office a verb just gave someone ("được ... bầu lại
        làm Chủ tịch Đảng")? Then an honorific and a name after it are another person."""
        before = tuple(tok.fold for tok in self.t[max(0, start - 4) : start])
        return any(before[-n:] in ELECTED_TO for n in (2, 3, 4) if len(before) >= n)

    def linkable(self, start: int) -> bool:
        """False for "các Bí thư", "hai đồng chí Tổng Bí thư", "12 Bộ trưởng", "chức vụ Bí
        thư", "Văn phòng Chủ tịch nước": such uses name no single person."""
        if start == self.org_end:
            return False
        before = [tok.fold for tok in self.t[max(0, start - 5) : start] if tok.word]
        if tuple(before[-2:]) == COMRADE:
            before = before[:-2]
        elif before and before[-1] in HONORIFIC_WORDS:
            before = before[:-1]
        if start > 0 and self.t[start - 1].text.isdigit():
            return False  # "26 Ngoại trưởng": a count of office holders
        if before and before[-1] in PLURAL_MARKERS:
            return False
        return not (before and (before[-1] in ROLE_NOUNS or " ".join(before[-2:]) in ROLE_NOUNS))

    def owner_named(self, tp: TitleParse, name_start: int) -> bool:
        """Does the name at ``name_start`` follow the owner's title inside ``tp`` with only
        capitalised words between ("của Tổng thống Hàn Quốc Y")? Then Y is the owner. A
        topic before it ("của Tổng thống Mỹ về khí hậu Y") makes Y the one who holds ``tp``."""
        if tp.owner_start is None:
            return False
        head = self.head_at(tp.owner_start)
        if head is None:
            return False
        k = tp.owner_start + head.length
        while k < name_start:
            org = self.lex.orgs.longest(self.t, k)
            if org is not None and self.t[k].cap:
                k += org[0]  # "của Tổng Bí thư Đảng Cộng sản Việt Nam Y": the body's name
            elif self.t[k].cap:
                k += 1
            else:
                return False
        return True
