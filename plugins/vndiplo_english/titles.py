"""Titled names in English prose: "Indonesian President Joko Widodo", "PM Chính".

A title from :data:`.lexicon.TITLES`, with its portfolio when one follows ("Minister of
Industry and Trade", words from :data:`.lexicon.PORTFOLIO_WORDS`; several titles may be chained
with "and": "General Secretary and President To Lam"), optionally after a demonym that fixes the
country ("Japanese Prime Minister"), then the name: the run of capitalised words that follows,
as written (Vietnamese names with or without their marks). "his Indian counterpart Narendra
Modi" names a person too: the counterpart holds the office of the titled person before it in the
sentence, if any.

The run stops at the first word that is not capitalised, at punctuation, and at capitalised
words that open the next phrase ("on Friday", "President Putin's", "Chairman of the ...": no
name). One compiled pattern per kind, one scan per body block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import attrs
from attrs import frozen

from vndiplo_english.alternation import alternation
from vndiplo_english.complements import complement_at
from vndiplo_english.lexicon import (
    COUNTRY_NAMES,
    DEMONYMS,
    NOT_NAME_WORDS,
    ORGANISATION_HEADS,
    PLACE_KINDS,
    PORTFOLIO_WORDS,
    TITLES,
)

__all__ = ["TitledName", "title_forms", "titled_names"]


_WORD: Final = f"(?:{alternation(PORTFOLIO_WORDS)})(?![\\w'’-])"
#: "of Industry and Trade", "of the Interior", "of Labour, Invalids and Social Affairs"; "for"
#: as Commonwealth and Nordic governments write it ("Minister for Foreign Affairs").
_PORTFOLIO: Final = rf" +(?:of|for) +(?:the +)?{_WORD}(?:(?:,? +and +|, +| +& +| +){_WORD})*"
# "President-elect", "Prime Minister-designate": the office-to-be stands before the name as the
# office does (a call or visit in the weeks before an inauguration).
_OFFICE: Final = f"(?:{alternation(TITLES)})(?:-(?:elect|designate))?"
_TITLE: Final = f"(?:{_OFFICE}(?:{_PORTFOLIO})?)"
_DEMONYM: Final = f"(?:{alternation(DEMONYMS)})"
# Up to five words joined by single spaces: the name is cut to its capitalised head in code.
_RUN: Final = r"[^\W\d_][\w'’.\-]*(?: [^\W\d_][\w'’.\-]*){0,4}"
#: A courtesy word before a name ("the President of Chile, Ms. Ana Ruiz", "Madam Ana Ruiz"):
#: not the name's, and after an office it sets the name off as a comma cannot alone.
_HONORIFIC: Final = re.compile(r"(?:Mr|Mrs|Ms|Dr|Madam|Madame|Mme|Mister|Miss)\.? +(?=[A-Z])")
_TITLED: Final = re.compile(
    rf"(?<![\w-])(?:(?P<demonym>{_DEMONYM}) +)?(?P<title>{_TITLE}(?: +and +{_TITLE})*)"
    rf"(?: +|, +(?={_HONORIFIC.pattern}))(?P<name>{_RUN})"
)
_TITLE_ALONE: Final = re.compile(rf"(?:{_DEMONYM} +)?{_TITLE}(?![\w'’-])")
# "Minister of Trade and Industry, Gan Kim Yong, ...": a portfolio title, a comma, the name set
# off by a comma or a bracket after it (without the portfolio, "President, who ..." is prose).
_TITLED_COMMA: Final = re.compile(
    rf"(?<![\w-])(?:(?P<demonym>{_DEMONYM}) +)?(?P<title>{_OFFICE}{_PORTFOLIO}), +"
    rf"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’-]*){{1,3}})(?=,| \()"
)
_OF: Final = re.compile(r" +of +")
#: Words that make a capitalised run before an apposed office a body or an office, not a name.
_NOT_APPOSED: Final = (
    ORGANISATION_HEADS
    | {w for t in TITLES for w in t.split()}
    | {k.title() for k in PLACE_KINDS}
    | {"Palace", "House", "Hall", "Airport", "Street", "Square"}
)
_NAME_RUN: Final = re.compile(_RUN)
_COUNTERPART: Final = re.compile(
    rf"(?:(?<![\w-])(?P<demonym>{_DEMONYM}) +|(?<=his )|(?<=her )|(?<=their ))"
    rf"(?P<title>counterparts?) +(?P<name>{_RUN})"
)
# "Somchai Wongsa, Foreign Minister of Thailand, ...": the name first, the office set off by
# commas after it (the title's complement is not read: the commas bound it).
_APPOSED: Final = re.compile(
    rf"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,3}}), +(?:the +)?"
    rf"(?:(?P<demonym>{_DEMONYM}) +)?(?P<title>{_TITLE})(?= +of\b|,)"
)
# "Sonexay Siphandone as Lao Prime Minister", "Hun Manet, in his capacity as Prime Minister":
# the name first, its office after "as" (the "as" bounds the office, so no comma need follow).
_APPOSED_AS: Final = re.compile(
    rf"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,3}}),? +"
    rf"(?:in +(?:his|her|their) +capacity +)?as +(?:the +)?"
    rf"(?:(?P<demonym>{_DEMONYM}) +)?(?P<title>{_TITLE})(?![\w'’-])"
)
# "Minister Ha, who is also head of the Vietnamese sub-committee of ...,": a second office of
# the titled name right before it, told in a relative clause (the clause's commas bound it).
_WHO_IS_ALSO: Final = re.compile(
    rf", +who +(?:is|was) +also +(?:the +)?(?P<title>(?:[Hh]ead|{_OFFICE}) +of +[^,.;()]+?)"
    r"(?=[,.;])"
)
#: Lower-case particles inside a name ("Ursula von der Leyen", "Anwar bin Ibrahim").
_PARTICLES: Final = frozenset({"von", "van", "der", "de", "bin", "binti", "al", "da", "dos"})
_POSSESSIVE: Final = re.compile(r"['’]s?$")


@frozen
class TitledName:
    """One titled mention: the name's span and text, the title as written, the country."""

    name: str
    start: int
    end: int
    title: str
    country: str | None
    #: The demonym written before the office ("Algerian" of "Algerian Prime Minister"), if any.
    demonym: str | None = None


def _name_length(run: str) -> int:
    """How many characters of ``run`` are the name (0 for none)."""
    words = run.split(" ")
    kept: list[str] = []
    for i, word in enumerate(words):
        if word in _PARTICLES and kept and i + 1 < len(words) and words[i + 1][:1].isupper():
            kept.append(word)
            continue
        bare = _POSSESSIVE.sub("", word.rstrip("."))
        if not bare or not bare[0].isupper() or bare in NOT_NAME_WORDS:
            break
        if not kept and bare in PORTFOLIO_WORDS:
            break  # "Minister of National Defense, ...": the portfolio's end, never a name
        kept.append(word)
        if bare != word.rstrip(".") or (word.endswith(".") and len(bare) > 1):
            break  # "Putin's", "An.": the name ends inside this word or the sentence ends
    while kept and kept[-1] in _PARTICLES:
        kept.pop()
    if not kept:
        return 0
    last = kept[-1]
    stripped = _POSSESSIVE.sub("", last)
    if len(stripped) > 2:  # "Sukarno.", "An." end a sentence; "R." is an initial
        stripped = stripped.rstrip(".")
    return len(" ".join(kept[:-1])) + (1 if len(kept) > 1 else 0) + len(stripped)


def _opens_title(block: str, at: int) -> bool:
    """A title (a rank: "Sen. Lt. Gen.", "Senior Lieutenant General") starts at ``at``: the
    name comes after it, found when the scan reaches that title."""
    return _TITLE_ALONE.match(block, at) is not None


def _past_honorific(block: str, at: int) -> int:
    """Where the name starts at or after ``at``: past a courtesy word ("Ms. Ana Ruiz")."""
    honorific = _HONORIFIC.match(block, at)
    return honorific.end() if honorific is not None else at


def _found(m: re.Match[str], offset: int, title: str | None) -> TitledName | None:
    at = _past_honorific(m.string, m.start("name"))
    if _opens_title(m.string, at):
        return None
    run = m.string[at : m.end("name")]
    length = _name_length(run)
    if length == 0:
        return None
    start = offset + at
    demonym = m.group("demonym")
    return TitledName(
        name=run[:length],
        start=start,
        end=start + length,
        title=title if title is not None else " ".join(m.group("title").split()),
        country=DEMONYMS.get(" ".join(demonym.split())) if demonym else None,
        demonym=" ".join(demonym.split()) if demonym and title is None else None,
    )


def _title_end(block: str, at: int) -> int | None:
    m = _TITLE_ALONE.match(block, at)
    return m.end() if m is not None else None


def _with_complement(m: re.Match[str], block: str, offset: int) -> TitledName | None:
    """ "President of Laos Thongloun Sisoulith": the name after the title's complement."""
    # the first " of ": a portfolio may have taken the complement's opening ("Vice Chairman of
    # the National" + "Assembly X Y")
    of = _OF.search(block, m.start("title"), m.end("title") + 4)
    complement = complement_at(block, of.end(), _title_end) if of is not None else None
    if complement is None:
        return None
    demonym = m.group("demonym")
    start = _past_honorific(block, complement.name_start)
    if _opens_title(block, start):
        return None
    run = _NAME_RUN.match(block, start)
    length = _name_length(run.group()) if run is not None else 0
    if not length:
        return None  # "Chairman of the Committee for Foreign Affairs, in Hanoi": no name
    return TitledName(
        name=block[start : start + length],
        start=offset + start,
        end=offset + start + length,
        title=" ".join(block[m.start("title") : complement.name_start].split()).rstrip(","),
        country=DEMONYMS.get(" ".join(demonym.split())) if demonym else complement.country,
        demonym=" ".join(demonym.split()) if demonym else None,
    )


def titled_names(block: str, offset: int = 0) -> Iterator[TitledName]:
    """Every titled name in ``block`` (offsets shifted by ``offset``), in text order."""
    hits: list[tuple[int, TitledName]] = []
    partners: list[str] = []  # the countries of the counterparts found so far
    for pattern in (_TITLED, _COUNTERPART, _TITLED_COMMA):
        pos = 0
        while (m := pattern.search(block, pos)) is not None:
            # the counterpart holds the office of the titled person before it in the block
            before = (
                [t for s, t in sorted(hits, key=lambda h: h[0]) if s < m.start()]
                if pattern is _COUNTERPART
                else []
            )
            title = (before[-1].title if before else "") if pattern is _COUNTERPART else None
            found = _found(m, offset, title)
            if found is not None and pattern is _COUNTERPART:
                # "his Thai counterpart A, while ... his counterpart B": a counterpart with
                # no demonym is of the one country the block's earlier counterparts were
                if found.country is None and len(set(partners)) == 1:
                    found = attrs.evolve(found, country=partners[0])
                elif found.country is not None:
                    partners.append(found.country)
            if found is None and pattern is _TITLED:
                found = _with_complement(m, block, offset)
            if found is not None:
                hits.append((m.start(), found))
            # the run may have swallowed the next title ("PM Dung invited Prime Minister ..."):
            # go on from the end of the name, not of the run
            pos = found.end - offset if found is not None else m.end("title")
    hits.extend((t.start - offset, t) for t in _apposed(block, offset, hits))
    hits.extend((t.start - offset, t) for t in _also_offices(block, offset, hits))
    hits.sort(key=lambda h: h[0])
    yield from (t for _s, t in hits)


def _also_offices(
    block: str, offset: int, hits: list[tuple[int, TitledName]]
) -> Iterator[TitledName]:
    """The office a relative clause gives a titled name right before it ("Minister Ha, who is
    also head of ..."): one more mention of that name with that title."""
    ends = {t.end - offset: t for _s, t in hits}
    for m in _WHO_IS_ALSO.finditer(block):
        named = ends.get(m.start())
        if named is not None:
            title = " ".join(m.group("title").split())
            yield attrs.evolve(named, title=title, demonym=None)


def _apposed(block: str, offset: int, hits: list[tuple[int, TitledName]]) -> Iterator[TitledName]:
    """Names followed by their office between commas or after "as", not already found with a
    title."""
    found = sorted(
        (m for pattern in (_APPOSED, _APPOSED_AS) for m in pattern.finditer(block)),
        key=lambda m: m.start(),
    )
    seen: set[int] = set()
    for m in found:
        name = m.group("name")
        start = offset + m.start("name")
        if _name_length(name) != len(name) or any(w in _NOT_APPOSED for w in name.split()):
            continue
        if name in COUNTRY_NAMES:
            continue  # "Viet Nam as Chair of ASEAN": a country in office, not a person
        if any(t.start < start + len(name) and start < t.end for _s, t in hits):
            continue
        if start in seen:
            continue  # apposed both ways: "X, as Prime Minister, ..."
        seen.add(start)
        demonym = m.group("demonym")
        yield TitledName(
            name=name,
            start=start,
            end=start + len(name),
            title=" ".join(m.group("title").split()),
            country=DEMONYMS.get(" ".join(demonym.split())) if demonym else None,
            demonym=" ".join(demonym.split()) if demonym else None,
        )


_AND: Final = re.compile(r" +and +")


def title_forms(mention: TitledName) -> list[str]:
    """The titles one mention gives its person, as written: the title; with the demonym before
    it when one was written ("Algerian Prime Minister", as a Vietnamese page's "Thủ tướng
    Algeria" keeps its country); and each office of a title that joins two with "and" ("Party
    General Secretary and State President": two offices, each a title, as "kiêm" joins them on
    a Vietnamese page). An "and" inside a portfolio ("Minister of Industry and Trade") joins
    no office: the words after it open none."""
    if not mention.title:
        return []
    forms = [mention.title]
    if mention.demonym:
        forms.append(f"{mention.demonym} {mention.title}")
    parts = _AND.split(mention.title)
    offices: list[str] = []
    for part in parts:
        if offices and _TITLE_ALONE.match(part) is None:
            offices[-1] += " and " + part
        else:
            offices.append(part)
    if len(offices) > 1:
        forms.extend(offices)
    return forms
