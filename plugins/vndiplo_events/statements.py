"""What each side proposed, affirmed, stressed, thanked or hoped for, with evidence.

A statement is a reporting verb ("đề nghị", "khẳng định", "nhấn mạnh", "bày tỏ", "cảm ơn",
"mong muốn", "đánh giá cao", "hoan nghênh", "đề xuất" ..., extendable with the lexicon kind
``"events.statement_verbs"``) and its complement up to the end of its clause (";", the next
coordinated reporting verb, or the end of the sentence). The speaker is the subject of the
clause: a person named just before the verb, else a bare title that fits exactly one
participant ("Tổng Bí thư đề nghị ..."), else, for a verb with no subject of its own (a
continuation after ";" or a leading "Nhấn mạnh ..., A khẳng định"), the previous speaker of the
sentence or its first named person. Speakers who are not participants of the event are null.
The speaker rules live in :mod:`vndiplo_events.speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any, Final

from attrs import frozen

from vndiplo.model import Person
from vndiplo.registry import Registry, lexicon
from vndiplo.text import fold
from vndiplo_events.clause_subject import main_clause_start
from vndiplo_events.patterns import PhraseMatcher, word_start
from vndiplo_events.sentences import Sentence
from vndiplo_events.speakers import speaker_for
from vndiplo_events.view import ArticleView, Mention

__all__ = [
    "DEFAULT_VERBS",
    "LEXICON_KIND",
    "RawStatement",
    "StatementFinder",
    "finder_for",
    "speaker_for",
]

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
    # verbs of saying
    "cho biết",
    "cho hay",
    "cho rằng",
    "đánh giá",
    "chia sẻ",
    "nêu",
    "nêu rõ",
    "cám ơn",
)

#: verbs that open a new predicate after a comma or "và" and so end the statement before them
#: (", tán thành ...", "và mời ..."); they report nothing themselves
STOP_VERBS: Final = (
    "tán thành",
    "ghi nhận",
    "trao đổi",
    "thông báo",
    "giới thiệu",
    "mời",
    "chào mừng",
    "vui mừng",
    "chúc",
    "thăm hỏi",
    "nhắc lại",
    "trao tặng",
    "tặng",
    "trao",
    "khen ngợi",
    "gửi lời",
    "thay mặt",
)

#: words right before a verb that make it a noun ("các đề nghị", "lời cảm ơn")
_NOUNS: Final = (
    "các",
    "những",
    "lời",
    "sự",
    "mọi",
    "một số",
    "với",
    "theo",
    "của",
    "thông điệp",
    "bức",
    "cộng đồng",
)
#: titles whose last syllable is one of ``_NOUNS``: "Tổng Lãnh sự cho biết" is a consul
#: speaking, "Tùy viên Quân sự nêu" an attaché, not the nominaliser "sự"
_COMPOUND_TITLES: Final = {"sự": ("lãnh", "quân", "dân", "hình")}


def _noun_pattern(noun: str) -> str:
    """One of ``_NOUNS`` as a regex, not matching where it ends a compound title."""
    words = r"\s+".join(map(re.escape, noun.split()))
    heads = _COMPOUND_TITLES.get(noun, ())
    # (the look-behinds go after the first letter, as word_start places its own)
    return words[0] + "".join(f"(?<!{h} .)" for h in heads) + words[1:]


#: (each word tests its start boundary after its first letter: ``re`` then skips in C)
_NOUN_BEFORE: Final = re.compile(word_start(*map(_noun_pattern, _NOUNS)) + r"\s*$")
#: the last words of ``_NOUNS``: what the text before a verb must end with, white space
#: aside, for ``_NOUN_BEFORE`` to match there (a test far cheaper than the search)
_NOUN_LAST: Final = tuple(sorted({n.split()[-1] for n in _NOUNS}))
#: the words a content may open with that are not content: "rằng", an opening quote
_OPENER: Final = re.compile(r"[\s,:]*(?:rằng(?!\w)[\s,:]*)?[\"“”'‘]?\s*", re.IGNORECASE)
#: a conjunction left at a content's end ("... Việt Nam và")
_TRAILING: Final = re.compile(r"(?:\s*[,;]?\s+(?:và|đồng\s+thời|cũng\s+như))+\s*$", re.IGNORECASE)
#: the last letters _TRAILING can end on, in the lower-cased text ("ı", "İ": what re.IGNORECASE
#: also takes for "i")
_TRAILING_LAST: Final = "àiıİư"
#: a clause after a comma that opens with a stop verb (after optional adverbs)
_STOP_AFTER: Final = r"[,;]\s*(?:(?:và|đồng\s+thời|cũng|còn|đã)\s+)*"
_AND_INVITES: Final = re.compile(r"\svà\s+mời(?!\w)")
_FILLER_WORDS: Final = (
    r"(?:\s*(?:và|đồng\s+thời|cũng|đã|còn|luôn|sẽ|trân\s+trọng|chân\s+thành|nhiệt\s+liệt"
    r"|một\s+lần\s+nữa|tiếp\s+tục|đồng\s+chí|ông|bà|ngài"
    # a contrasted predicate of the same subject: "X né tránh ..., mà chỉ cho biết ..."
    r"|mà|nhưng|song|chỉ|vẫn)(?!\w))*\s*$"
)
_FILLER: Final = re.compile("^" + _FILLER_WORDS, re.IGNORECASE)
#: the same, for ``match(text, pos, endpos)`` (no slice; "^" would not match at ``pos``)
_FILLER_AT: Final = re.compile(_FILLER_WORDS, re.IGNORECASE)
_WINDOW: Final = 300  # no subject is longer; bounds the backward look (linear time)
_COORDINATED: Final = re.compile(
    r"[,;]\s*(?:\S+\s+){0,6}$|\s(?:và|đồng\s+thời)(?:\s+(?:cũng|còn|đã|đồng\s+thời))*\s+$"
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
    #: nothing but adverbs before the verb in its sentence ("Nhấn mạnh X, A khẳng định")
    leading: bool = False


class StatementFinder:
    """Compiled reporting verbs."""

    def __init__(self, verbs: Iterable[str]) -> None:
        self.verbs = {" ".join(fold(v).split()) for v in verbs}
        self.matcher = PhraseMatcher(self.verbs)
        stops = sorted({fold(v) for v in STOP_VERBS} - self.verbs, key=len, reverse=True)
        self.stop = re.compile(
            _STOP_AFTER + "(?:" + "|".join(re.escape(v) for v in stops) + r")(?!\w)"
        )

    def find_all(self, view: ArticleView) -> dict[int, list[RawStatement]]:
        """Statements by sentence index: one scan of the body for the verbs, then the
        sentences that have any."""
        lower = view.lower
        found = [m for b0, b1 in view.blocks for m in self.matcher.finditer(lower, b0, b1)]
        out: dict[int, list[RawStatement]] = {}
        if not found:
            return out
        sentences = view.sentences
        ends = [s.end for s in sentences]
        by_sentence: dict[int, list[re.Match[str]]] = {}
        for match in found:
            index = bisect_right(ends, match.start())
            if index < len(sentences) and match.end() <= ends[index]:
                by_sentence.setdefault(index, []).append(match)
        for index, matches in by_sentence.items():
            raw = self._statements(view, sentences[index], matches)
            if raw:
                out[index] = raw
        return out

    def find(self, view: ArticleView, sentence: Sentence) -> list[RawStatement]:
        """Statements of one sentence, with what is needed to resolve their speaker."""
        matches = list(self.matcher.finditer(view.lower, sentence.start, sentence.end))
        return self._statements(view, sentence, matches) if matches else []

    def _statements(
        self, view: ArticleView, sentence: Sentence, found: Sequence[re.Match[str]]
    ) -> list[RawStatement]:
        text, lower = view.text, view.lower
        matches = [
            m
            for m in found
            if m.start() >= sentence.start
            and not _noun_before(lower, max(sentence.start, m.start() - 16), m.start())
        ]
        if not matches:
            return []
        heads = _heads(view, text, matches) if len(matches) > 1 else [(matches[0], matches[0])]
        out: list[RawStatement] = []
        semis = _positions(text, ";", sentence.start, sentence.end)
        starts = [m[0].start() for m in heads]
        stop = self.stop
        fronted = _fronted_object_end(view, sentence)
        for i, (match, last) in enumerate(heads):
            end = (
                _clause_end(view, semis, starts, last.end(), sentence.end)
                if semis
                else sentence.end
            )
            if i + 1 < len(heads) and starts[i + 1] < end:
                nxt = starts[i + 1]
                between = text[last.end() : nxt]
                coordinated = _COORDINATED.search(between)
                if coordinated is not None:
                    comma = max(between.rfind(","), between.rfind(";"))
                    # (no comma: the match is the "và ..." before the next verb)
                    end = last.end() + (comma if comma >= 0 else coordinated.start())
            end = _stop_at(stop, lower, last.end(), end)
            leading = bool(_FILLER_AT.match(text, sentence.start, match.start()))
            if leading:
                # "Chia sẻ X, đồng chí A trân trọng gửi ...": a leading participle's content ends
                # where the main clause's subject comes
                end = main_clause_start(view, last.end(), end)
            opener = _OPENER.match(text, last.end(), end)
            t_start, t_end = _strip(text, opener.end() if opener else last.end(), end)
            # (a content that ends in no letter of "và", "thời", "như" ends in no conjunction)
            if t_end > t_start and lower[t_end - 1] in _TRAILING_LAST:
                trailing = _TRAILING.search(text, max(t_start, t_end - 40), t_end)
                if trailing is not None:
                    t_end = trailing.start()
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
            speaker = mentions[-1].person if mentions else None
            if speaker is not None and _AND_TAIL.search(text, seg_start, match.start()):
                # "A cảm ơn B ... và cho biết ...": the subject of a coordinated predicate is
                # the previous verb's, or the clause's first person, never the last one named
                if i > 0:
                    speaker, inherits = None, True
                else:
                    speaker = mentions[0].person
            elif speaker is None and not inherits and _AND_TAIL.search(subject):
                inherits = True  # "..., trong đó có A và B và bày tỏ ...": the same speaker
            if (len(mentions) > 1 and _joint(text, mentions)) or (
                inherits and i == 0 and _joint_subject(view, sentence, match.start())
            ):
                # "A và B nhất trí ...", "A và B đã trao đổi ..., bày tỏ ...": both speak
                speaker, subject, inherits, leading = None, "", False, False
            if fronted is not None and (
                (speaker is None and inherits and not view.mentions_in(fronted, match.start()))
                or (speaker is not None and mentions[-1].start < fronted)
            ):
                # "Tiếp Đại sứ X, ông Y, cảm ơn ..., Chủ tịch nước khẳng định": the guest named
                # after a fronted reception is its object; the host speaks
                speaker, leading = None, True
            verb = _verb_key(match.group())
            out.append(
                RawStatement(
                    match.start(),
                    t_end,
                    verb,
                    t_start,
                    t_end,
                    speaker,
                    subject,
                    inherits,
                    leading,
                )
            )
        return out


def _noun_before(lower: str, start: int, end: int) -> bool:
    """Does ``lower[start:end]`` end with a word that makes the verb after it a noun?"""
    if not lower[start:end].rstrip().endswith(_NOUN_LAST):
        return False  # most verbs: no search
    return _NOUN_BEFORE.search(lower, start, end) is not None


@lru_cache(maxsize=1024)
def _verb_key(matched: str) -> str:
    """A verb as matched ("đánh  giá cao"), lower-cased, single-spaced."""
    return " ".join(matched.lower().split())


#: a sentence that opens with the event: "Tiếp Đại sứ X, ...", "Hội kiến Thủ tướng Y, ..."
_FRONTED: Final = re.compile(
    r"[\W\d_]*(?:tiếp|đón|tiếp\s+đón|đón\s+tiếp|gặp|gặp\s+gỡ|hội\s+kiến)\s", re.IGNORECASE
)


def _fronted_object_end(view: ArticleView, sentence: Sentence) -> int | None:
    """The end of the object of a fronted reception or meeting: past the first person after it
    ("Tiếp Đại sứ Iceland, Stefan Skjaldarson, ..."), else None."""
    if not view.text[sentence.start : sentence.start + 1].isupper():
        return None
    opened = _FRONTED.match(view.lower, sentence.start, sentence.end)
    if opened is None:
        return None
    first = view.mentions_in(opened.end(), sentence.end)
    return first[0].end if first else None


#: a coordinated predicate: "... và cho biết", "..., đồng thời nhấn mạnh"
_AND_TAIL: Final = re.compile(r"\s(?:và|đồng\s+thời)(?:\s+(?:cũng|đã|còn))*\s*$", re.IGNORECASE)
_AND_BETWEEN: Final = re.compile(r"\s*(?:,\s*)?(?:và|cùng)\s+[^,;:]{0,60}$", re.IGNORECASE)


def _joint(text: str, mentions: Sequence[Mention]) -> bool:
    """Two persons joined by "và" / "cùng" in one subject ("Tổng Bí thư A và Thủ tướng B"), or
    one phrase that refers to several ("hai Thủ tướng", "Ngoại trưởng hai nước": the
    references layer gives it one mention per person, all at the same place)."""
    return any(
        a.person.name != b.person.name
        and (a.start == b.start or _AND_BETWEEN.match(text[a.end : b.start]) is not None)
        for a, b in pairwise(mentions)
    )


def _joint_subject(view: ArticleView, sentence: Sentence, verb: int) -> bool:
    """The sentence's subject (up to its first comma after a person) joins two persons, or a
    clause before the verb opens with both sides ("Hai bên điểm lại ..., nhất trí ...")."""
    low = view.lower
    if _JOINT_OPENS.match(low, sentence.start, verb) or _JOINT_HEAD.search(
        low, sentence.start, verb
    ):
        return True
    mentions = view.mentions_in(sentence.start, sentence.end)
    if len(mentions) < 2:
        return False
    text = view.text
    comma = text.find(",", mentions[0].end, sentence.end)
    head = [m for m in mentions if comma == -1 or m.start < comma]
    return _joint(text, head)


def _heads(
    view: ArticleView, text: str, matches: Sequence[re.Match[str]]
) -> list[tuple[re.Match[str], re.Match[str]]]:
    """The reporting verbs that open a statement, each with the last verb of its chain.

    Verbs over one shared complement are one statement with the first verb ("bày tỏ tin tưởng
    X", "cảm ơn và đánh giá cao X", "nhất trí cho rằng X"); a verb inside a statement's content
    with no comma and nobody named before it is part of that content ("khẳng định Việt Nam coi
    trọng và mong muốn ...").
    """
    out: list[tuple[re.Match[str], re.Match[str]]] = []
    for match in matches:
        if out:
            head, last = out[-1]
            between = text[last.end() : match.start()]
            if not between.strip() or _JOINED.match(between):
                out[-1] = (head, match)
                continue
            if _verb_key(last.group()) in _OBJECT_VERBS and _AND_NEXT.search(between):
                # "đánh giá cao X và khẳng định Y": a verb whose content is a thing, not a
                # clause, has no subject inside it for the next verb; "và" opens a predicate
                out.append((match, match))
                continue
            # the "," or ":" right after a verb of saying opens its content, it ends nothing
            between = between.lstrip(" ,:")
            if _NOMINALISED.match(between):
                # "đánh giá, việc hai bên nhất trí X sẽ ...": a clause made a noun by "việc"
                # is the content of the verb before, its verb no statement of its own
                continue
            if (
                "," not in between
                and ";" not in between
                and not _NEW_PREDICATE.search(between)
                and len(between) < 200
                and not view.mentions_in(last.end(), match.start())
                and not _SUBJECT_WORD.search(between)
            ):
                continue
        out.append((match, match))
    return out


#: verbs whose content is what they welcome, thank for or praise (a noun phrase, maybe with a
#: relative clause), never a clause with a subject of its own
_OBJECT_VERBS: Final = frozenset(
    {"đánh giá cao", "hoan nghênh", "cảm ơn", "cám ơn", "chúc mừng", "trân trọng cảm ơn"}
)
#: a word of content, then "và" and maybe adverbs, right before the next verb
_AND_NEXT: Final = re.compile(r"\w\s+và(?:\s+(?:cũng|đồng\s+thời|còn|đã))*\s+$", re.IGNORECASE)
#: both sides heading the sentence or a clause: "Hai bên ...", ", cả hai nhà lãnh đạo ..."
_BOTH: Final = r"(?:cả\s+)?hai\s+(?:bên|phía|đoàn|nhà\s+lãnh\s+đạo|lãnh\s+đạo|vị)(?!\w)"
_JOINT_OPENS: Final = re.compile(r"\W*" + _BOTH)
_JOINT_HEAD: Final = re.compile(r"[,;:]\s*" + _BOTH)
#: "việc" (the fact that) before a clause makes it a noun phrase: "việc hai bên nhất trí ..."
_NOMINALISED: Final = re.compile(r"(?:rằng\s+)?việc\s+[^,;:]{0,80}$", re.IGNORECASE)
#: "... và đồng thời nhấn mạnh": a predicate of its own, not part of the content before it
_NEW_PREDICATE: Final = re.compile(r"\s(?:và\s+)?đồng\s+thời\s*$", re.IGNORECASE)
_JOINED: Final = re.compile(r"^\s+(?:và|cũng\s+như)\s+$", re.IGNORECASE)
#: a subject of its own between two verbs: "..., hai bên nhất trí", "Thủ tướng ... khẳng định"
_SUBJECT_WORD: Final = re.compile(
    r"(?<!\w)(?:hai\s+bên|hai\s+nhà|hai\s+lãnh\s+đạo|ông|bà|ngài|đồng\s+chí|phía|thủ\s+tướng|"
    r"chủ\s+tịch|tổng\s+bí\s+thư|bộ\s+trưởng|đại\s+sứ|tổng\s+thống)(?!\w)",
    re.IGNORECASE,
)


def _stop_at(stop: re.Pattern[str], lower: str, start: int, end: int) -> int:
    """``end``, or the start of the first clause in ``[start, end)`` that opens with a stop verb
    (", tán thành ...", "và mời ...")."""
    invites = (
        _AND_INVITES.search(lower, start, end) if lower.find("mời", start, end) != -1 else None
    )
    if invites is not None:
        end = invites.start()
    # The first "," or ";" that opens such a clause: no match crosses another "," or ";", so
    # one search equals trying each mark in turn.
    found = stop.search(lower, start, end)
    return found.start() if found is not None else end


def _clause_end(
    view: ArticleView, semis: Sequence[int], starts: Sequence[int], after: int, sentence_end: int
) -> int:
    """Where a statement whose verb ends at ``after`` ends: the first ";" that opens a clause with
    a speaker or a reporting verb of its own, else the sentence end (a ";" between the items of
    one proposal does not end it)."""
    at = bisect_left(semis, after)
    while at < len(semis):
        semi = semis[at]
        nxt = semis[at + 1] if at + 1 < len(semis) else sentence_end
        k = bisect_left(starts, semi)
        if (k < len(starts) and starts[k] < nxt) or view.mentions_in(semi, nxt):
            return semi
        at += 1
    return sentence_end


def _positions(text: str, char: str, start: int, end: int) -> list[int]:
    out: list[int] = []
    at = text.find(char, start, end)
    while at != -1:
        out.append(at)
        at = text.find(char, at + 1, end)
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in ",:" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in ",;.:" or text[end - 1].isspace()):
        end -= 1
    return start, end


def finder_for(registry: Registry | None) -> StatementFinder:
    """Default verbs plus any registered under ``"events.statement_verbs"``, cached."""
    return lexicon(registry, LEXICON_KIND, _compile, _default_verbs, extend=True)


def _default_verbs() -> Iterable[Any]:
    return DEFAULT_VERBS


def _compile(verbs: Sequence[Any]) -> StatementFinder:
    return StatementFinder(map(str, verbs))
