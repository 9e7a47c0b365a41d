"""Who made a statement whose verb has no person named right before it.

Its subject may be a pronoun ("ông", "Ngài": the person named last), a bare title ("Tổng Bí thư
đề nghị ...", "Thủ tướng bạn": the one participant it fits, else the one person of the article)
or nothing (a continuation: the previous speaker of the sentence, else its first named
participant). Kept apart from finding statements (statements.py), which reads the text alone:
these rules need the event's participants and the article's people, so they run once the
statement is attached to an event (assembly.py, reception_sides.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from vndiplo.model import Person
from vndiplo.places import gazetteer as gazetteer_for
from vndiplo.text import fold as _fold_uncached

if TYPE_CHECKING:
    from vndiplo_events.statements import RawStatement

__all__ = ["speaker_for"]

#: every title of every participant is folded for each statement: cached
fold = lru_cache(maxsize=8192)(_fold_uncached)

#: honorifics and adverbs around a subject, dropped before it is read as a title
_HONORIFIC: Final = re.compile(r"^(?:đồng\s+chí|ông|bà|ngài)\s+", re.IGNORECASE)
_ADVERBS: Final = re.compile(
    r"(?:\s+(?:cũng|đã|còn|đồng\s+thời|trân\s+trọng|chân\s+thành|nhiệt\s+liệt|luôn|sẽ|tiếp\s+tục))+$",
    re.IGNORECASE,
)
_PRONOUN: Final = re.compile(r"^(?:ông|bà|ngài|đồng\s+chí)(?:\s+ấy)?$", re.IGNORECASE)


def speaker_for(
    statement: RawStatement,
    previous: str | None,
    first_named: Person | None,
    participants: Sequence[Person],
    people: Sequence[Person] = (),
    recent: Sequence[str] = (),
) -> str | None:
    """Resolve the speaker's name (None when unclear).

    ``participants`` are the people of the event the statement goes with, ``people`` everyone
    the article names (a bare title that fits none of the participants is looked up there) and
    ``recent`` the names mentioned before the statement, latest last (a pronoun, "ông", "Ngài",
    is the latest of them).
    """
    if statement.speaker_mention is not None:
        return _as_participant(statement.speaker_mention.name, participants)
    if statement.inherits:
        if previous is not None:
            return previous
        if first_named is not None and first_named.name in {p.name for p in participants}:
            return first_named.name
        return None
    raw = _ADVERBS.sub("", statement.subject_text).strip()
    if _PRONOUN.match(raw):
        return recent[-1] if recent else previous
    subject = _ADVERBS.sub("", _HONORIFIC.sub("", raw)).strip()
    if not subject or len(subject.split()) > 8:
        return None
    key = fold(subject)
    # "Thủ tướng bạn", "Thủ tướng nước này": the foreign side; "Thủ tướng Việt Nam": that country's
    foreign = _FOREIGN.search(key)
    if foreign is not None:
        key = key[: foreign.start()].strip()
    country: str | None = None
    for pool in (participants, people):
        fits = {p.name for p in pool if any(_fits(fold(t), key) for t in p.titles)}
        if not fits and not foreign and country is None and " " in key:
            country = gazetteer_for(None).country_of(subject, first=True) or ""
        if country and not fits:
            fits = {
                p.name
                for p in pool
                if (p.country or "VN") == country
                and any(key.startswith(fold(t) + " ") for t in p.titles)
            }
        if foreign is not None and len(fits) > 1:
            fits = {p.name for p in pool if p.name in fits and (p.country or "VN") != "VN"}
        if len(fits) == 1:
            return next(iter(fits))
        if len(fits) > 1:
            latest = [n for n in (_as_participant(r, pool) for r in recent) if n in fits]
            return latest[-1] if latest else None
    return None


#: a title's qualifier that points at the foreign side ("Thủ tướng bạn", "Bộ trưởng nước này")
_FOREIGN: Final = re.compile(r"\s+(?:nước\s+|phía\s+)?(?:bạn|này)$", re.IGNORECASE)


def _fits(title: str, key: str) -> bool:
    return title == key or title.startswith(key + " ")


def _as_participant(name: str, participants: Sequence[Person]) -> str:
    """A one-word name that is no participant's, read as the participant whose name has a word
    spelled alike or one letter apart ("Thủ tướng Koizumi" after "Thủ tướng Junichiro Kozumi": a
    transliteration or a typing slip); else the name itself."""
    if " " in name or len(name) < _MIN_VARIANT or not participants:
        return name
    if any(p.name == name for p in participants):
        return name
    key = fold(name).lower()
    found = {
        p.name
        for p in participants
        if any(_one_apart(key, fold(w).lower()) for w in p.name.split() if len(w) >= _MIN_VARIANT)
    }
    return found.pop() if len(found) == 1 else name


#: the shortest name word read as a spelling variant (shorter words differ by more than a slip)
_MIN_VARIANT: Final = 5


def _one_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same or differ by one letter changed, inserted or dropped (not
    the first)."""
    if a == b:
        return True
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
