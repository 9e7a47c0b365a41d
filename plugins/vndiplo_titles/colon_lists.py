"""A plural title shared out by a colon: "các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước A,
Thủ tướng B; ..." gives the title to every name listed up to ";" or the sentence's end, before
the name's own titles; "các Phó Chủ tịch: Lê Văn A, Trần Văn B" lists bare names that hold it.
A mixin of :class:`~vndiplo_titles.chains._Parser`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

from vndiplo_titles.complement import TitleParse
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.name_marks import NameMarks
from vndiplo_titles.names import Token

__all__ = ["ColonLists"]

#: What ends a colon list of names: the next group (";"), the sentence, the line.
_LIST_ENDS: Final = frozenset({";", ".", "\n"})
#: What joins the names of a colon list.
_LIST_JOINERS: Final = frozenset({",", "và"})


class _Titled(Protocol):
    name_start: int
    titles: list[TitleParse]


class ColonLists(NameMarks):
    """Remembers each colon list the scan meets and shares its title out at the end."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        super().__init__(tokens, lex)
        #: (colon, list end, the shared titles) of each list met
        self.shared: list[tuple[int, int, list[TitleParse]]] = []

    def colon_list(self, colon: int, titles: list[TitleParse]) -> list[tuple[int, int]] | None:
        """Does ``colon`` (after a plural title) open a list of names? Then remember it and
        return the spans of the names listed bare right after it (a name with a title of its
        own before or after it is left to the scan); else None."""
        t = self.t
        if colon + 1 >= self.n or t[colon].text != ":":
            return None
        end = colon + 1
        while end < self.n and t[end].text not in _LIST_ENDS:
            end += 1
        self.shared.append((colon, end, titles))
        bare: list[tuple[int, int]] = []
        k = colon + 1
        while k < end and self.listed_name(k):
            e = self.cap_run_end(k)
            if e < end and t[e].text == "," and self.head_at(e + 1) is not None:
                break  # "A, Bộ trưởng ...": a name with its own title
            bare.append((k, e))
            if e >= end or t[e].fold not in _LIST_JOINERS:
                break
            k = e + 1
        return bare

    def share_titles(self, findings: Sequence[_Titled]) -> None:
        """Give each list's shared titles to the names inside it, before their own."""
        for colon, end, titles in self.shared:
            for finding in findings:
                if colon < finding.name_start < end:
                    finding.titles[:0] = titles
