"""People the headline names and the body never does.

A page whose body lost its lead ("Cuộc hội đàm diễn ra ...") may name a side only in its
headline ("Chủ tịch Quốc hội A hội đàm trực tuyến với ..."), or, with no headline, in the lead
photo's caption standing in for it. That person is one of the article's people all the same,
with the headline's titles, so the headline's event gets its known side. Someone the body
also names (in full, or by a part of the same name: "Thủ tướng Medvedev" over "D. Medvedev")
keeps the body's record, with any title only the headline gives that full name added
after the body's ("Đại tướng X trúng cử ..." over a body that writes "Chủ tịch nước X").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from vndiplo.model import Person
from vndiplo_titles.literal_scans import whole_word_find
from vndiplo_titles.merge import BlockResult
from vndiplo_titles.name_variants import name_words, spelling_key

__all__ = [
    "all_runs_in",
    "listed_with",
    "may_name_others",
    "named_only_there",
    "with_headline_titles",
]

_UPPER: Final = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
#: two capitalised words or more in a row: where a name may be ("Vương Đình Huệ")
_CAPITAL_RUN: Final = re.compile(rf"[{_UPPER}][\w'’.\-]*(?:[^\S\n]+[{_UPPER}][\w'’.\-]*)+")


def all_runs_in(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Is every run of capitalised words of ``text[start:end]`` (the headline), or a tail of
    it, written again in a body block (``spans``)? Then the headline names no one the body
    does not (the cheap test that spares most pages the headline's scan). A caption between
    body blocks is no body: a name only it repeats is still new."""
    for run in _CAPITAL_RUN.finditer(text, start, end):
        # a place runs into the name after it ("Nhật Bản Iwaya Takeshi"): any tail of two
        # words or more written in the body will do
        words = run.group().split()
        tails = [" ".join(words[k:]) for k in range(len(words) - 1)]
        if not any(text.find(tail, a, b) != -1 for tail in tails for a, b in spans):
            return False
    return True


def may_name_others(line: BlockResult, text: str, body: Sequence[Person]) -> bool:
    """A cheap first test, before people are built from the headline's scan: does it find a
    name that is no body person's (the words of neither name all among the other's)?"""
    known = [set(name_words(spelling_key(p.name))) for p in body]
    for window in line.windows:
        toks = window.tokens
        for f in window.findings:
            if f.name_end <= f.name_start:
                continue
            raw = text[toks[f.name_start].start : toks[f.name_end - 1].end]
            words = set(name_words(spelling_key(raw)))
            if words and not any(words <= k or k <= words for k in known if k):
                return True
    return False


def named_only_there(found: Iterable[Person], body: Sequence[Person], line: str) -> list[Person]:
    """The people of ``found`` (read in the headline ``line``, lower-cased) whom no one of
    ``body`` already is. Not a "person" holding the office of someone the body names and the
    headline names too: the headline misread that one's office ("Tổng Giám đốc Đài Phát thanh
    ... <name>" giving "Đài Phát")."""
    known = [set(name_words(spelling_key(p.name))) for p in body]
    named = [p for p in body if p.name.lower() in line]
    out: list[Person] = []
    for person in found:
        words = set(name_words(spelling_key(person.name)))
        if not words or any(words <= k or k <= words for k in known if k):
            continue
        titles = {t.lower() for t in person.titles}
        if any(titles & {t.lower() for t in p.titles} for p in named):
            continue
        out.append(person)
    return out


def listed_with(found: Sequence[Person], body: Sequence[Person], line: str) -> list[Person]:
    """``found`` with a country given to whoever the headline lists right after someone of a
    foreign country, with an office that names none ("hội kiến Thủ tướng A, Chủ tịch QH B":
    B is A's compatriot, not Vietnamese by default). ``line`` is the headline as written."""
    low = line.lower()
    placed = sorted(
        ((at, p) for p in [*body, *found] if (at := low.find(p.name.lower())) != -1),
        key=lambda pair: pair[0],
    )
    countries = {p.name: p.country for p in body}
    out = []
    for person in found:
        if any(r.country for r in person.roles):
            out.append(person)
            continue
        at = low.find(person.name.lower())
        before = [(a, p) for a, p in placed if a < at]
        if before:
            a, prev = before[-1]
            country = countries.get(prev.name, prev.country)
            between = line[a + len(prev.name) : at]
            if country not in (None, "VN") and _is_next_item(between, person.titles):
                person = attrs.evolve(person, country=country)
                countries[person.name] = country
        out.append(person)
    return out


def _is_next_item(between: str, titles: Sequence[str]) -> bool:
    """Is ``between`` a list comma (or "và") and nothing but the next one's office?"""
    for joiner in (",", " và "):
        head, sep, office = between.partition(joiner)
        if sep and not head.strip():
            office = " ".join(office.split())
            return bool(office) and office.removeprefix("và ") in titles
    return False


def _part_at(head: str, name: str) -> int:
    """Where a word of the full ``name`` (three letters or more) stands alone in ``head``, or
    -1: the headline names the person by a part of the name."""
    for word in name.split():
        if len(word) >= _SHORTEST_PART:
            # str.find, not a pattern built per word: compiled again for every page (speed)
            at = whole_word_find(word, head)
            if at != -1:
                return at
    return -1


#: The fewest letters of a part of a name a headline may name a person by.
_SHORTEST_PART = 3


def with_headline_titles(body: Sequence[Person], found: Iterable[Person]) -> list[Person]:
    """``body`` with the titles the headline's own reading (``found``) gives a body person of
    the same full name, when the body gives neither that title nor a longer one it opens, and
    the country such a title names when the body's titles name none."""
    by_name = {p.name: p for p in found}
    out = []
    for person in body:
        head = by_name.get(person.name) or _by_part(person, body, found)
        if head is not None:
            # as in the body (``merge._dedupe_titles``): a word-prefix of a title the body
            # gives is new only in another case ("Tổng thống Bush" in the headline beside the
            # body's "Tổng Thống Hoa Kỳ George W. Bush": a spelling of its own)
            have = person.titles
            new = [
                (title, role)
                for title, role in zip(head.titles, head.roles, strict=False)
                if not any(h.lower() == title.lower() or h.startswith(title + " ") for h in have)
            ]
            if new:
                titles = (*person.titles, *(title for title, _ in new))
                roles = (*person.roles, *(role for _, role in new))
                country = person.country
                # the body's offices name no country ("Đại sứ X", Vietnam by default); the
                # headline's says whose envoy X is
                named = any(role.country == head.country for _, role in new)
                if head.country and named and not any(r.country for r in person.roles):
                    country = head.country
                person = attrs.evolve(person, titles=titles, roles=roles, country=country)
        out.append(person)
    return out


def _by_part(person: Person, body: Sequence[Person], found: Iterable[Person]) -> Person | None:
    """The one headline person named by a part of ``person``'s full name ("Tổng Lãnh sự Nhật
    Bản Nakajima" over a body's "Nakajima Satoshi"), when no other body person's name holds
    that part: a headline shortens the name, not the office."""
    words = set(name_words(spelling_key(person.name)))
    hits = [
        p
        for p in found
        if (part := set(name_words(spelling_key(p.name))))
        and part < words
        and not any(part <= set(name_words(spelling_key(o.name))) for o in body if o is not person)
    ]
    return hits[0] if len(hits) == 1 else None


def may_add_titles(head: str, body: Sequence[Person]) -> bool:
    """Whether the headline ``head`` may give a body person an office the body does not: some
    body person is named there in full after words that do not end with one of their known
    titles ("Đại tướng X trúng cử ..." when the body calls X "Chủ tịch nước"). A cheap test
    that spares most pages the headline's scan."""
    lowered = head.lower()
    for person in body:
        at = head.find(person.name)
        if at == -1:
            at = _part_at(head, person.name)  # "Tổng Lãnh sự Nhật Bản Nakajima thăm ..."
        if at <= 0:
            continue
        before = lowered[:at].rstrip(" ,")
        if before and not any(before.endswith(title.lower()) for title in person.titles):
            return True
    return False
