"""Whose office a sentence tells when it names no one in full: the subject of a biography.

A profile names its subject once ("Ông Trần Văn A, Phó Giám đốc ..., được bầu ...") and then
tells the offices he held with a bare pronoun or a short form as the subject of a verb of
holding or taking office: "Năm 2011, khi đang là Phó Giám đốc Sở X, ông được bổ nhiệm giữ
chức Giám đốc Sở Y", "Hai năm sau, ông làm ...", "Ông A cũng là ...", "bà Rossi hiện giữ chức
...". Those offices are the subject's, as written (README AI9: past posts predicated of "Ông"
are titles). The scan of :mod:`.chains` finds them as capacity titles with no holder in the
sentence; :func:`told_of` says who the sentence is about, for :func:`.merge._link_capacity`.

The subject is read from the sentence's shape, never from its words: an honorific at the
start of a clause (the sentence's start, or after a fronted phrase and its comma), then
either a lower-case word (a bare pronoun: the person named nearest before) or a capitalised
word that ends one person's name (a short form: that person). A sentence whose clause opens
with no such honorific ("Năm nay, bà con ...", "Tại buổi lễ, Thủ tướng ...") tells no one's
career.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from vndiplo_titles.literal_scans import is_word_char

__all__ = ["told_of"]

#: A sentence boundary: a stop followed by a space, or a newline (as :mod:`.merge` reads it).
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|\n")

#: An honorific standing as a word: "ông", "bà" in any case.
_HONORIFIC = re.compile(r"(?<!\w)(?:ông|bà)(?!\w)", re.IGNORECASE)

#: The word after an honorific.
_NEXT_WORD = re.compile(r"[^\S\n]+([\w’'-]+)")

#: Lower-case words that make "ông"/"bà" part of a common noun, not a pronoun: kin and
#: people ("bà con", "ông bà", "ông cha", "bà đỡ", "ông chủ").
_COMPOUNDS = frozenset(
    {"con", "bà", "ông", "cha", "cháu", "chủ", "nội", "ngoại", "già", "lão", "trùm", "tổ"}
    | {"mối", "đỡ", "xã", "vãi", "mụ", "trời", "tơ", "địa", "bầu", "cụ", "mẹ"}
)


def told_of(
    people: Sequence[tuple[str, Iterable[tuple[int, int]]]],
    text: str,
    block: tuple[int, int],
    at: int,
) -> int | None:
    """The index in ``people`` (each a name and its mention spans) of the person whose
    career the sentence holding ``at`` tells by a pronoun or a short form, or None."""
    lo, hi = _sentence(text, block, at)
    for m in _HONORIFIC.finditer(text, lo, hi):
        if not _opens_clause(text, lo, m.start()):
            continue
        word = _NEXT_WORD.match(text, m.end(), hi)
        if word is None:
            return None
        w = word.group(1)
        if w[0].islower():
            if w.lower() in _COMPOUNDS:
                continue
            return _nearest_before(people, text, m.start())
        return _short_form(people, text, word.start(1), w)
    return None


def _sentence(text: str, block: tuple[int, int], at: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``at`` inside ``block``."""
    lo = block[0]
    for m in _SENTENCE_END.finditer(text, block[0], at):
        lo = m.end()
    end = _SENTENCE_END.search(text, at, block[1])
    return lo, end.start() if end is not None else block[1]


def _opens_clause(text: str, lo: int, at: int) -> bool:
    """Does the word at ``at`` open its sentence (from ``lo``) or a clause after a comma?"""
    before = text[lo:at].rstrip()
    return not before or before[-1] in ",;:"


def _short_form(
    people: Sequence[tuple[str, Iterable[tuple[int, int]]]], text: str, at: int, word: str
) -> int | None:
    """The person a capitalised name at ``at`` writes: the full name written there, else the
    one person whose name ends with ``word`` ("ông Thành" for "Trần Văn Thành")."""
    for k, (name, _) in enumerate(people):
        end = at + len(name)
        if text.startswith(name, at) and (end >= len(text) or not is_word_char(text[end])):
            return k
    nxt = _NEXT_WORD.match(text, at + len(word))
    if nxt is not None and nxt.group(1)[0].isupper():
        return None  # a longer capitalised run: some other name
    folded = word.casefold()
    hits = [k for k, (name, _) in enumerate(people) if name.split()[-1].casefold() == folded]
    return hits[0] if len(hits) == 1 else None


def _nearest_before(
    people: Sequence[tuple[str, Iterable[tuple[int, int]]]], text: str, at: int
) -> int | None:
    """The person named (a mention span, or the full name written) nearest before ``at``."""
    best: tuple[int, int] | None = None
    for k, (name, spans) in enumerate(people):
        ends = [b for _, b in spans if b <= at]
        found = _last_whole(name, text, at)
        if found >= 0:
            ends.append(found + len(name))
        if ends and (best is None or max(ends) > best[0]):
            best = (max(ends), k)
    return best[1] if best is not None else None


def _last_whole(name: str, text: str, at: int) -> int:
    """Where ``name`` is last written as whole words before ``at``, or -1."""
    end = at
    while True:
        k = text.rfind(name, 0, end)
        if k < 0:
            return -1
        after = k + len(name)
        if (k == 0 or not is_word_char(text[k - 1])) and (
            after >= len(text) or not is_word_char(text[after])
        ):
            return k
        end = k + len(name) - 1
