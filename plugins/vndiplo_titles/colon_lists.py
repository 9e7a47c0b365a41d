"""A plural title shared out by a colon: "các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước A,
Thủ tướng B; ..." gives the title to every name listed up to ";" or the sentence's end, before
the name's own titles; "các Phó Chủ tịch: Lê Văn A, Trần Văn B" lists bare names that hold it.
A mixin of :class:`~vndiplo_titles.chains._Parser`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

from attrs import evolve

from vndiplo_titles.complement import TitleParse, read_title
from vndiplo_titles.constructions import HONORIFIC_WORDS
from vndiplo_titles.matcher import Lexicon, PlaceInfo
from vndiplo_titles.name_marks import NameMarks
from vndiplo_titles.names import Token, looks_foreign

__all__ = ["ColonLists"]

#: What ends a colon list of names: the sentence, the line (and a ";" before the next group).
_SENTENCE_ENDS: Final = frozenset({".", "\n"})
#: The longest foreign name a colon list holds (words).
_FOREIGN_WORDS: Final = 6
#: The longest bracket of words after a listed name ("(Liên bang Mexico)").
_BRACKET_WORDS: Final = 4
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
        #: the country in brackets after a listed name, by the name's first token
        self.bracketed: dict[int, PlaceInfo] = {}

    def colon_list(
        self, colon: int, titles: list[TitleParse], least: int = 0
    ) -> list[tuple[int, int]] | None:
        """Does ``colon`` (after a plural title) open a list of names? Then remember it and
        return the spans of the names listed bare right after it (a name with a title of its
        own before or after it is left to the scan); else None."""
        t = self.t
        if colon + 1 >= self.n or t[colon].text != ":":
            return None
        end = self._list_end(colon)
        self.shared.append((colon, end, titles))
        bare: list[tuple[int, int]] = []
        listed = 0
        k = colon + 1
        while k < end:
            # "ông A (Ba Lan), bà B (Chile)": the scan finds an honorific's name itself
            honoured = t[k].fold in HONORIFIC_WORDS and k + 1 < end and t[k + 1].cap
            if honoured:
                k += 1
                e: int | None = self.cap_run_end(k)
            elif self.listed_name(k):
                e = self.cap_run_end(k)
            else:
                e = self._foreign_listed_end(k)
            if e is None:
                break
            if e < end and t[e].text == "," and self.head_at(e + 1) is not None:
                break  # "A, Bộ trưởng ...": a name with its own title
            listed += 1
            if not honoured:
                bare.append((k, e))
            if e < end and t[e].text == "(":
                # "Carlos Ruiz (Mexico), Ion Popescu (Rumani) và ...": each one's country
                inner = self.parenthesis(e)
                if inner is not None and inner[1] is not None:
                    self.bracketed[k] = inner[1]
                    e = inner[0] + 1
                else:
                    e = self._bracket_end(k, e, end)
            if e >= end or t[e].fold not in _LIST_JOINERS:
                break
            k = e + 1
        if listed < least:
            self.shared.pop()
            return None
        return bare

    def shared_by_colon(self, k: int) -> bool:
        """Do the titles from ``k`` on, joined by commas and with no name, end at a colon?
        "các đồng chí Ủy viên Trung ương Đảng, Ủy viên Ủy ban Thường vụ Quốc hội: A, ...; B,
        ...": the plural chain is one group's, shared out over the list after the colon."""
        while k < self.n:
            head = self.head_at(k)
            if head is None:
                return False
            _, name, nxt, more = read_title(self, k, head)
            if name is not None or nxt <= k:
                return False
            if not more:
                return nxt < self.n and self.t[nxt].text == ":"
            k = nxt
        return False

    def _list_end(self, colon: int) -> int:
        """Where the list opened at ``colon`` ends: the sentence's end, or the ";" before the
        next group's colon ("các Ủy viên Bộ Chính trị: A, B; các Ủy viên Trung ương Đảng: C").
        Items that carry their own titles are set apart by ";" too ("...: Bộ trưởng X A;
        Thứ trưởng Y B; Z C, Vụ trưởng W."): with no colon after it, a ";" goes on, up to a
        verb or function word that may cut a window (see :mod:`.windows`: the list never
        reaches past what the windowed scan sees)."""
        t = self.t
        safe = self.lex.windows.safe_words
        group_end = None  # the last ";" met
        end = colon + 1
        while end < self.n and t[end].text not in _SENTENCE_ENDS:
            if t[end].text == ":" or (group_end is not None and safe.fullmatch(t[end].text)):
                return group_end if group_end is not None else end
            if t[end].text == ";":
                group_end = end
            end += 1
        return end

    def _bracket_end(self, name: int, e: int, end: int) -> int:
        """After a short bracket of words at ``e`` ("(Liên bang Mexico)"), else ``e``; a
        country named inside it is the listed name's (at ``name``)."""
        t = self.t
        k = e + 1
        while k < end and k - e <= _BRACKET_WORDS and t[k].word:
            k += 1
        if not (k > e + 1 and k < end and t[k].text == ")"):
            return e
        for j in range(e + 2, k):
            place = self.lex.places.longest(t, j)
            if place is not None and place[1].country is not None and j + place[0] == k:
                self.bracketed[name] = place[1]
        return k + 1

    def _foreign_listed_end(self, k: int) -> int | None:
        """The end of a foreign name listed at ``k`` ("Carlos Ruiz", "Khamphan Anlavan"): two
        to six capitalised words, no title or place, that could not be Vietnamese or are
        followed by a country in brackets; else None."""
        t = self.t
        if not t[k].cap or t[k].acronym or self.head_at(k) is not None:
            return None
        if self.lex.places.longest(t, k) is not None:
            return None
        e = self.cap_run_end(k)
        if not 2 <= e - k <= _FOREIGN_WORDS:
            return None
        if looks_foreign(t[k:e]):
            return e
        inner = self.parenthesis(e) if e < self.n and t[e].text == "(" else None
        return e if inner is not None and inner[1] is not None else None

    def share_titles(self, findings: Sequence[_Titled]) -> None:
        """Give each list's shared titles to the names inside it, before their own."""
        for colon, end, titles in self.shared:
            for finding in findings:
                if colon < finding.name_start < end:
                    country = self.bracketed.get(finding.name_start)
                    if country is not None and titles:
                        # the shared title located by this one's bracket: his country
                        last = evolve(titles[-1], locator=[*titles[-1].locator, country])
                        finding.titles[:0] = [*titles[:-1], last]
                    else:
                        finding.titles[:0] = titles
