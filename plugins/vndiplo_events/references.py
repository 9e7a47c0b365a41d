"""Mentions a person gets from words that refer back to a name the page wrote in full.

The titles stage finds a person where the page writes the name; an act's side is often written
shorter once the person is introduced, and the act then lacks that side. Three kinds of
reference are read here, each resolved to a person the page names:

* a short form: a title or an honorific before one word of the name that no one else's name
  holds ("Chủ tịch Tập", "Phó Chủ tịch Hàn", "Bà Kang", "Ông Dũng", "Thủ tướng Hưng"): the
  family name of a Chinese, Korean or Japanese name comes first, a Vietnamese given name last,
  so both ends of the name are read;
* a pronoun subject: "Ông", "Bà", "Ngài", "Đồng chí" (not followed by a name) opening a clause
  ("Ông hội đàm với ...", "Chiều cùng ngày, ông rời Hà Nội"): the person named last, when
  that person is the only one, and the subject, of the sentence naming them (with two there
  the pronoun may stand for either and is left alone); after "nhân dịp" ("tiếp X nhân dịp
  đồng chí sang dự ...") the person named last, the one whose trip it is;
* a plural title: "hai Thủ tướng", "Thủ tướng hai nước", "hai Chủ tịch Quốc hội": the two
  persons who hold that title on the page, and only when exactly two do;
* a described office: "Thủ tướng Nhật Bản", "lãnh đạo HĐND thành phố" written without a name,
  the one holder the page names (described_offices.py).

The mentions join the view's own (view.py), so every rule that reads a side from the mentions
in a zone sees them; the people of the document are not changed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.counterparts import counterpart_spans
from vndiplo_events.described_offices import described_spans

__all__ = ["reference_spans"]

#: an honorific right before a short form ("ông Tập", "Bà Kang", "đồng chí Dũng")
_HONORIFICS: Final = frozenset({"ông", "bà", "ngài", "đồng chí", "cụ"})
#: words after an honorific that make a common noun, no pronoun ("bà con", "ông bà")
_NOT_PRONOUN: Final = frozenset({"con", "cha", "bà", "ông", "mẹ", "nội", "ngoại", "cụ", "chủ"})
#: what may open a clause before a pronoun subject inside a sentence ("nhân dịp đồng chí
#: sang dự", "khi ông tới", "sau khi bà nhậm chức")
_SUBORDINATOR: Final = re.compile(
    r"(?:nhân\s+dịp|nhân|khi|sau\s+khi|trước\s+khi|lúc|trong\s+khi|tại\s+đây,?)\s+$"
)
#: the occasion of an act: "nhân dịp" and a pronoun, the traveller
_OCCASION: Final = re.compile(r"(?<!\w)nhân(?:\s+dịp)?\s+$")
#: a fronted adverbial before a pronoun subject: a short phrase and a comma ("Chiều cùng
#: ngày, ông ...", "Tại đây, bà ...")
_FRONTED: Final = re.compile(r"[^,.;:!?\n]{1,40},\s*$")
#: how far back the person a pronoun stands for may be named (as speakers.py reads it)
_PRONOUN_REACH: Final = 1500
#: "Thủ tướng hai nước", "Bộ trưởng hai bên"
_OF_BOTH: Final = re.compile(r"\s+hai\s+(?:nước|bên|quốc\s+gia)(?!\w)")
#: the longest title head read before a short form or after "hai" (words)
_HEAD_WORDS: Final = 4


def reference_spans(
    text: str,
    low: str,
    blocks: Sequence[tuple[int, int]],
    mentions: Sequence[tuple[int, int, Person]],
    people: Sequence[Person],
) -> list[tuple[int, int, Person]]:
    """The spans (normalised offsets, in the body ``blocks``) of short forms, pronoun
    subjects and plural titles, each with the person it refers to. ``mentions`` are the
    mentions already found, in text order."""
    if not people or not mentions:
        return []
    taken = [(a, b) for a, b, _ in mentions]
    heads = _title_heads(people)
    found = _short_forms(text, low, blocks, taken, people, heads)
    found += _plural_titles(low, blocks, people, heads)
    known = sorted([*mentions, *found], key=lambda m: (m[0], m[1]))
    found += _pronouns(text, low, blocks, known)
    # "người đồng cấp phía Việt Nam": the named holder on that side (counterparts.py)
    block_starts = [b[0] for b in blocks]
    found += [
        m
        for m in counterpart_spans(text, low, blocks[0][0], max(b[1] for b in blocks), known)
        if _block_of(blocks, block_starts, m[0], m[1]) is not None
    ]
    # "Thủ tướng Nhật Bản", "lãnh đạo HĐND thành phố": the one holder (described_offices.py)
    found += described_spans(text, low, blocks, known, people)
    return found


def _title_heads(people: Sequence[Person]) -> dict[str, set[str]]:
    """Each title's first two to four words, lower-cased, with the names that hold it."""
    heads: dict[str, set[str]] = {}
    for person in people:
        for title in person.titles:
            words = title.lower().split()
            # two words at least: one ("Bộ", "Phó") is no title ("giữa hai Bộ Thương mại")
            for k in range(2, min(len(words), _HEAD_WORDS) + 1):
                heads.setdefault(" ".join(words[:k]), set()).add(person.name)
    return heads


def _short_forms(
    text: str,
    low: str,
    blocks: Sequence[tuple[int, int]],
    taken: Sequence[tuple[int, int]],
    people: Sequence[Person],
    heads: dict[str, set[str]],
) -> list[tuple[int, int, Person]]:
    owners: dict[str, list[Person]] = {}
    for person in people:
        for word in {w for w in person.name.split()}:
            owners.setdefault(word, []).append(person)
    found: list[tuple[int, int, Person]] = []
    starts = [b[0] for b in blocks]
    taken_starts = [a for a, _ in taken]
    body_start, body_end = blocks[0][0], max(b[1] for b in blocks)
    for person in people:
        words = person.name.split()
        if len(words) < 2:
            continue
        # a Vietnamese name is shortened to its given name (last); a family name first
        # ("Nguyễn", "Trần") would only cost searches through every full name
        ends = {words[-1]} if person.country == "VN" else {words[0], words[-1]}
        for word in ends:
            if len(word) < 2 or not word[0].isupper() or len(owners.get(word, ())) != 1:
                continue
            # one pass over the body's span, not a search per block (speed)
            at = text.find(word, body_start, body_end)
            while at != -1:
                end = at + len(word)
                block = _block_of(blocks, starts, at, end)
                if (
                    block is not None
                    and not _covered(taken, taken_starts, at, end)
                    and _alone(text, at, end, block[1])
                    and _introduced(low, block[0], at, person.name, heads)
                ):
                    found.append((at, end, person))
                at = text.find(word, end, body_end)
    return found


def _block_of(
    blocks: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int
) -> tuple[int, int] | None:
    """The body block that holds ``[start, end)``, if any (blocks in text order)."""
    i = bisect_right(starts, start) - 1
    if i < 0 or end > blocks[i][1]:
        return None
    return blocks[i]


def _alone(text: str, start: int, end: int, limit: int) -> bool:
    """A whole word, not the start or end of a longer name (a capitalised word or a hyphen
    right after it, a capitalised word right before it)."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        return False
    nxt = end
    while nxt < limit and text[nxt] == " ":
        nxt += 1
    return not (nxt > end and nxt < limit and text[nxt].isupper())


def _covered(spans: Sequence[tuple[int, int]], starts: Sequence[int], a: int, b: int) -> bool:
    """Does a mention found already hold ``[a, b)`` (most hits are inside full names)?"""
    i = bisect_right(starts, a) - 1
    return (i >= 0 and spans[i][1] >= b) or (i >= 1 and spans[i - 1][1] >= b)


def _introduced(low: str, lo: int, at: int, name: str, heads: dict[str, set[str]]) -> bool:
    """Is the word at ``at`` preceded by an honorific, or by the head of a title the person
    holds ("Phó Chủ tịch" before "Hàn", of "Phó Chủ tịch Trung Quốc")?"""
    before = low[max(lo, at - 40) : at]
    if not before.endswith(" "):
        return False
    words = before.split()
    for k in range(1, min(len(words), _HEAD_WORDS) + 1):
        head = " ".join(words[-k:])
        if head in _HONORIFICS or name in heads.get(head, ()):
            return True
    return False


def _plural_titles(
    low: str,
    blocks: Sequence[tuple[int, int]],
    people: Sequence[Person],
    heads: dict[str, set[str]],
) -> list[tuple[int, int, Person]]:
    # most pages have no title two persons share: nothing to look for (speed)
    firsts = {h.split()[0] for h, names in heads.items() if len(names) == 2}
    if not firsts:
        return []
    by_name = {p.name: p for p in people}
    found: list[tuple[int, int, Person]] = []
    for lo, hi in blocks:
        at = low.find("hai ", lo, hi)
        while at != -1:
            if (
                (at == lo or not low[at - 1].isalnum())
                and low[at + 4 : at + 24].split()[:1]
                and low[at + 4 : at + 24].split()[0] in firsts
            ):
                words = low[at + 4 : min(hi, at + 4 + 60)].split()
                found += _holders(words, heads, by_name, at, at + 3, forward=True)
            at = low.find("hai ", at + 4, hi)
        if low.find(" hai ", lo, hi) == -1:
            continue
        for m in _OF_BOTH.finditer(low, lo, hi):
            words = low[max(lo, m.start() - 60) : m.start()].split()
            found += _holders(words, heads, by_name, m.start(), m.end(), forward=False)
    return found


def _holders(
    words: list[str],
    heads: dict[str, set[str]],
    by_name: dict[str, Person],
    start: int,
    end: int,
    *,
    forward: bool,
) -> list[tuple[int, int, Person]]:
    """The two holders of the longest title head next to "hai" (after it, or before "hai
    nước"), when exactly two persons hold it."""
    for k in range(min(len(words), _HEAD_WORDS), 0, -1):
        part = words[:k] if forward else words[-k:]
        head = " ".join(w.strip(",.;:") for w in part)
        names = heads.get(head)
        if names is not None and len(names) == 2:
            return [(start, end, by_name[n]) for n in sorted(names)]
        if names is not None:
            return []
    return []


def _pronouns(
    text: str,
    low: str,
    blocks: Sequence[tuple[int, int]],
    known: Sequence[tuple[int, int, Person]],
) -> list[tuple[int, int, Person]]:
    starts = [m[0] for m in known]
    block_starts = [b[0] for b in blocks]
    found: list[tuple[int, int, Person]] = []
    for at, after in _pronoun_hits(low, blocks[0][0], max(b[1] for b in blocks)):
        block = _block_of(blocks, block_starts, at, after)
        if block is None:
            continue
        lo = block[0]
        # a name after the honorific ("Ông Phạm Văn Cành") makes no pronoun
        if not text[after].islower():
            continue
        nxt = low[after : after + 8].split()
        if not nxt or nxt[0].strip(",.;:") in _NOT_PRONOUN:
            continue
        if not _opens_clause(text, low, lo, at, starts):
            continue
        i = bisect_left(starts, at) - 1
        if i < 0 or known[i][1] > at or at - known[i][1] > _PRONOUN_REACH:
            continue
        person = known[i][2]
        # "nhân dịp ông sang dự": the occasion is the trip of the one named last (the
        # guest a reception names last); any other clause takes a sole subject only
        if not _OCCASION.search(low, max(lo, at - 20), at) and not _sole_person(text, known, i):
            continue
        found.append((at, after - 1, person))
    return found


#: the pronoun words, each with the space after it
_PRONOUN_WORDS: Final = ("ông ", "bà ", "ngài ", "đồng chí ")


def _pronoun_hits(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end of the pronoun and its space) of each honorific standing as a word and
    followed by a word, in text order; "ông ấy" whole. ``str.find`` loops: the syllable "ông"
    ends many words ("không", "công"), which a regex would try at every character."""
    hits: list[tuple[int, int]] = []
    for word in _PRONOUN_WORDS:
        at = low.find(word, start, end)
        while at != -1:
            after = at + len(word)
            if (at == 0 or not low[at - 1].isalnum()) and after < end:
                if low.startswith("ấy ", after):
                    after += 3
                if low[after].isalpha():
                    hits.append((at, after))
            at = low.find(word, at + 1, end)
    hits.sort()
    return hits


def _sole_person(text: str, known: Sequence[tuple[int, int, Person]], i: int) -> bool:
    """Does the sentence of the person named last before a clause-opening pronoun name no
    one else ("A tới Hà Nội. Ông hội đàm với B")? With two persons there ("A cùng B thăm
    ... Chiều cùng ngày, ông rời Hà Nội") the pronoun may be either: left unresolved."""
    start = known[i][0]
    # the person may be named in an earlier block than the pronoun's
    floor = max(0, start - _SENTENCE_REACH)
    dot = text.rfind(". ", floor, start)
    begin = max(dot + 2 if dot != -1 else floor, text.rfind("\n", floor, start) + 1)
    name = known[i][2].name
    first = -1
    j = i
    while j >= 0 and known[j][0] >= begin:
        a, b, person = known[j]
        if person.name != name:
            return False
        # a bare title ("Tổng Bí thư" the titles stage gave one holder) is no evidence
        if _writes_name(text, a, b, person):
            first = a
        j -= 1
    # and that person is the sentence's subject, named first after an adverbial ("Chiều
    # 9/5, Thủ tướng A tới ..."), not an object or a companion ("sau đó cùng Tổng Bí thư A")
    return first != -1 and _SUBJECT_FIRST.fullmatch(text, begin, first) is not None


def _writes_name(text: str, a: int, b: int, person: Person) -> bool:
    span = text[a:b]
    return any(word in span for word in person.name.split())


#: what may stand before a sentence's subject: an adverbial and a comma, then an honorific
#: or a capitalised title, no clause
_SUBJECT_FIRST: Final = re.compile(
    r"\W*(?:[^,.;:!?\n]{0,50},\s*)?(?:(?:[Ôô]ng|[Bb]à|[Nn]gài|[Đđ]ồng chí)\s+"
    r"|[A-ZĐ\u00c0-\u1ef9](?:(?!\s(?:đã|sẽ|đang|vừa|cùng|với|và|của|chủ\s+trì|tiếp|gặp|có)\s)"
    r"[^,.;:!?\n]){0,80})?"
)


#: how far back the start of the sentence naming that person is looked for
_SENTENCE_REACH: Final = 400
#: a sentence boundary before a pronoun: a stop and a space, or a new line
_SENTENCE_END: Final = re.compile(r"(?:[.!?…:][\"”’»)]*\s+|\n\s*)$")


def _opens_clause(text: str, low: str, lo: int, at: int, starts: Sequence[int]) -> bool:
    """A pronoun subject opens its sentence, follows a short fronted adverbial at the
    sentence start, or follows a subordinator ("nhân dịp", "khi")."""
    if at == lo:
        return True
    before = text[max(lo, at - 60) : at]
    if _SENTENCE_END.search(before):
        return text[at].isupper()
    if _SUBORDINATOR.search(low, max(lo, at - 20), at):
        return True
    fronted = _FRONTED.search(text, max(lo, at - 45), at)
    if fronted is None:
        return False
    begin = fronted.start()
    while text[begin] == " ":
        begin += 1
    # the adverbial opens its sentence and names no one ("Chiều cùng ngày, ông ...")
    if not (begin == lo or _SENTENCE_END.search(text, max(lo, begin - 4), begin)):
        return False
    i = bisect_left(starts, begin)
    return i >= len(starts) or starts[i] >= at
