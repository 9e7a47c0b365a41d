"""What each side proposed, affirmed, stressed, thanked or hoped for, with evidence.

A statement is a reporting verb ("đề nghị", "khẳng định", "nhấn mạnh", "bày tỏ", "cảm ơn",
"mong muốn", "đánh giá cao", "hoan nghênh", "đề xuất" ..., extendable with the lexicon kind
``"events.statement_verbs"``) and its complement up to the end of its clause (";", the next
coordinated reporting verb, or the end of the sentence). The speaker is the subject of the
clause: a person named just before the verb, else a bare title that fits exactly one
participant ("Tổng Bí thư đề nghị ..."), else, for a verb with no subject of its own (a
continuation after ";" or a leading "Nhấn mạnh ..., A khẳng định"), the previous speaker of the
sentence or its first named person. Speakers who are not participants of the event are null.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Final

from attrs import frozen

from vndiplo.model import Person
from vndiplo.registry import Registry, lexicon
from vndiplo.text import fold as _fold_uncached
from vndiplo_events.patterns import PhraseMatcher
from vndiplo_events.sentences import Sentence
from vndiplo_events.view import ArticleView

fold = lru_cache(maxsize=8192)(_fold_uncached)

__all__ = ["DEFAULT_VERBS", "LEXICON_KIND", "RawStatement", "StatementFinder", "finder_for"]

LEXICON_KIND: Final = "events.statement_verbs"

DEFAULT_VERBS: Final = (
    "đề nghị",
    "khẳng định",
    "nhấn mạnh",
    "bày tỏ",
    "cảm ơn",
    "mong muốn",
    "đánh giá cao",
    "hoan nghênh",
    "đề xuất",
    "chúc mừng",
    "tin tưởng",
    "cam kết",
    "nhất trí",
    "kêu gọi",
)

_NOUN_BEFORE: Final = re.compile(r"(?:các|những|lời|sự|mọi|một\s+số)\s*$")
_FILLER: Final = re.compile(
    r"^(?:\s*(?:và|đồng\s+thời|cũng|đã|còn|luôn|sẽ|trân\s+trọng|chân\s+thành|nhiệt\s+liệt"
    r"|một\s+lần\s+nữa|tiếp\s+tục|đồng\s+chí|ông|bà|ngài)(?!\w))*\s*$",
    re.IGNORECASE,
)
_WINDOW: Final = 300  # no subject is longer; bounds the backward look (linear time)
_COORDINATED: Final = re.compile(r"[,;]\s*(?:\S+\s+){0,6}$|\s(?:và|đồng\s+thời)\s+$")
_HONORIFIC: Final = re.compile(r"^(?:đồng\s+chí|ông|bà|ngài)\s+", re.IGNORECASE)
_ADVERBS: Final = re.compile(
    r"(?:\s+(?:cũng|đã|còn|đồng\s+thời|trân\s+trọng|chân\s+thành|nhiệt\s+liệt|luôn|sẽ|tiếp\s+tục))+$",
    re.IGNORECASE,
)


@frozen
class RawStatement:
    """A statement in normalised coordinates, before it is attached to an event."""

    start: int
    end: int
    verb: str
    text_start: int
    text_end: int
    speaker_mention: Person | None
    subject_text: str
    inherits: bool


class StatementFinder:
    """Compiled reporting verbs."""

    def __init__(self, verbs: Iterable[str]) -> None:
        self.verbs = {" ".join(fold(v).split()) for v in verbs}
        self.matcher = PhraseMatcher(self.verbs)

    def find(self, view: ArticleView, sentence: Sentence) -> list[RawStatement]:
        """Statements of one sentence, with what is needed to resolve their speaker."""
        text = view.text
        matches = [
            m
            for m in self.matcher.finditer(view.lower, sentence.start, sentence.end)
            if not _NOUN_BEFORE.search(view.lower, max(sentence.start, m.start() - 12), m.start())
        ]
        out: list[RawStatement] = []
        semis = _positions(text, ";", sentence.start, sentence.end) if matches else []
        for i, match in enumerate(matches):
            at = bisect_left(semis, match.end())
            end = semis[at] if at < len(semis) else sentence.end
            if i + 1 < len(matches) and matches[i + 1].start() < end:
                nxt = matches[i + 1].start()
                between = text[match.end() : nxt]
                if _COORDINATED.search(between):
                    end = max(match.end(), nxt)
            t_start, t_end = _strip(text, match.end(), end)
            if t_end <= t_start:
                continue
            floor = max(sentence.start, match.start() - _WINDOW)
            seg_start = max(
                floor,
                text.rfind(",", floor, match.start()) + 1,
                text.rfind(";", floor, match.start()) + 1,
            )
            mentions = view.mentions_in(seg_start, match.start())
            subject = text[seg_start : match.start()].strip()
            inherits = bool(_FILLER.match(subject))
            verb = " ".join(match.group().lower().split())
            out.append(
                RawStatement(
                    match.start(),
                    t_end,
                    verb,
                    t_start,
                    t_end,
                    mentions[-1].person if mentions else None,
                    subject,
                    inherits,
                )
            )
        return out


def _positions(text: str, char: str, start: int, end: int) -> list[int]:
    out: list[int] = []
    at = text.find(char, start, end)
    while at != -1:
        out.append(at)
        at = text.find(char, at + 1, end)
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,:":
        start += 1
    while end > start and text[end - 1] in " ,;.:":
        end -= 1
    return start, end


def speaker_for(
    statement: RawStatement,
    previous: str | None,
    first_named: Person | None,
    participants: Sequence[Person],
) -> str | None:
    """Resolve the speaker's name among the event's participants (None when unclear)."""
    names = {p.name for p in participants}
    if statement.speaker_mention is not None:
        name = statement.speaker_mention.name
        return name if name in names else None
    if statement.inherits:
        if previous is not None:
            return previous
        if first_named is not None and first_named.name in names:
            return first_named.name
        return None
    subject = _ADVERBS.sub("", _HONORIFIC.sub("", statement.subject_text)).strip()
    if not subject or len(subject.split()) > 8:
        return None
    key = fold(subject)
    fits = [
        p.name
        for p in participants
        if any(fold(t) == key or fold(t).startswith(key + " ") for t in p.titles)
    ]
    return fits[0] if len(set(fits)) == 1 else None


def finder_for(registry: Registry | None) -> StatementFinder:
    """Default verbs plus any registered under ``"events.statement_verbs"``, cached."""
    return lexicon(registry, LEXICON_KIND, _compile, _default_verbs, extend=True)


def _default_verbs() -> Iterable[Any]:
    return DEFAULT_VERBS


def _compile(verbs: Sequence[Any]) -> StatementFinder:
    return StatementFinder(map(str, verbs))
