"""The state of reading one title's complement (see :mod:`.complement`): the title as found so
far, the reader's position and flags, and the outcomes a step returns."""

from __future__ import annotations

from collections.abc import Callable

from attrs import define, field

from vndiplo_titles.constructions import OFFICE_OF
from vndiplo_titles.cursor import Cursor, Head
from vndiplo_titles.matcher import OrgInfo, PlaceInfo, TitleInfo

__all__ = ["DONE", "NEXT", "SKIP", "STOP", "Parsed", "Read", "Step", "TitleParse"]


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
    #: Where an owner's title read inside this one starts ("Đặc phái viên của *Tổng Bí
    #: thư*"), or None.
    owner_start: int | None = None
    #: The title after "kiêm" read inside this one ("Phó Thủ tướng kiêm *Bộ trưởng Ngoại
    #: giao*"), as (its first token, its head), or None: the person holds it too.
    concurrent: tuple[int, Head] | None = None


class Read:
    """The state of reading one title's complement."""

    __slots__ = (
        "absorbed",
        "absorbs",
        "concurrent",
        "country_end",
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
        #: "Chánh Văn phòng Thủ tướng": a title ending in an office reads its owner too.
        self.absorbs = tp.head.absorbs or tp.head.title.lower().endswith(OFFICE_OF)
        self.absorbed = False
        #: After "kiêm": further titles are part of this one.
        self.concurrent = False
        #: After ", Trung Quốc" or "(Hàn Quốc)": only places follow; they locate, not title.
        self.locating = False
        #: Set by a DONE step: the name's token span, and whether another title follows.
        self.name: tuple[int, int] | None = None
        self.more = False
        self.run = (-1, -1)  # (j, ``cap_run_end(j)``), cached between the capital steps
        #: Where the last country the complement named ends ("Đại sứ Lào | ..."), or -1.
        self.country_end = -1

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
