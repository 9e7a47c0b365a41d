"""The person a sentence is about: the subject of its main clause, when a person is.

A verb with no subject of its own ("..., khẳng định ...", "..., mà chỉ cho biết ...", or a
whole sentence "Nhiệt liệt chúc mừng ..., bày tỏ ...") is said by the subject of the clause it
continues. That subject is a person named at the head of a clause: right at the sentence start
or after a comma, written bare or after an honorific ("ông", "bà", "đồng chí", "Ngài") and/or
one of the person's own titles ("Bộ trưởng Ngoại giao X", "Thủ tướng nước này X"). A person
named after a preposition or a verb ("Theo Bộ trưởng X", "Tiếp Đại sứ X", "Nhận lời mời của
Thủ tướng X", "Thay mặt Chủ tịch nước X") is a complement, never the subject: the text before
such a name is no title of theirs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from vndiplo.model import Person
from vndiplo.text import fold
from vndiplo_events.view import ArticleView, Mention

__all__ = ["clause_subject", "main_clause_start", "named_as_complement"]

#: an honorific that may stand before a subject's title or name
_HONORIFIC: Final = re.compile(r"^(?:đồng\s+chí|ông|bà|ngài)(?:\s+|$)", re.IGNORECASE)
#: words that qualify a title before the name: "Thủ tướng nước này X", "Đại sứ bạn X"
_QUALIFIERS: Final = frozenset({"nước", "này", "bạn", "phía"})
#: the longest head a subject's title may have (words)
_MAX_WORDS: Final = 12


@lru_cache(maxsize=4096)
def _folded(title: str) -> str:
    return " ".join(fold(title).lower().split())


def _is_title_of(head: str, person: Person) -> bool:
    """``head`` (the words between a clause start and the name) is empty, an honorific, or one
    of the person's titles, maybe qualified ("Thủ tướng nước này", "Đại sứ Hàn Quốc")."""
    head = _HONORIFIC.sub("", head.strip(), count=1).strip()
    if not head:
        return True
    words = head.split()
    if len(words) > _MAX_WORDS or not head[0].isupper():
        return False
    key = _folded(head)
    for title in person.titles:
        t = _folded(title)
        # the whole title, its head ("Thủ tướng" of "Thủ tướng Nhật Bản") or its tail
        if key == t or t.startswith(key + " ") or t.endswith(" " + key):
            return True
        if key.startswith(t + " "):
            # the words after the title: a country or body ("Hàn Quốc") or "nước này", "bạn"
            rest = words[len(t.split()) :]
            if all(w[:1].isupper() or w.lower() in _QUALIFIERS for w in rest):
                return True
    return False


#: a word that makes the name after it a complement: "có sự tham gia của X", "tiếp X"
_COMPLEMENT: Final = re.compile(
    r"(?<!\w)(?:của|với|cho|tới|đến|tiếp|gặp|đón|mời|theo)(?!\w)", re.IGNORECASE
)


def _clause_start(text: str, start: int, at: int) -> int:
    return max(
        start,
        text.rfind(",", start, at) + 1,
        text.rfind(";", start, at) + 1,
        text.rfind(":", start, at) + 1,
    )


def named_as_complement(view: ArticleView, start: int, mention: Mention) -> bool:
    """The words of the mention's clause (from ``start`` on) before it make it a complement
    ("..., có sự tham gia của Đại sứ X, ...")."""
    clause = _clause_start(view.text, start, mention.start)
    return _COMPLEMENT.search(view.text, clause, mention.start) is not None


def clause_subject(view: ArticleView, start: int, end: int) -> Person | None:
    """The first person in ``[start, end)`` who heads a clause (see the module's docstring), or
    None. ``start`` is a sentence start."""
    text = view.text
    for mention in view.mentions_in(start, end):
        clause = _clause_start(text, start, mention.start)
        if _is_title_of(text[clause : mention.start], mention.person):
            return mention.person
    return None


#: a clause that opens with a pronoun subject or both sides: ", bản thân ngài sẽ ...",
#: ", ông cho rằng ...", ", hai bên đã ký ..."
_PRONOUN_OPENS: Final = re.compile(
    r"\s*(?:bản\s+thân\s+)?(?:ông|bà|ngài|đồng\s+chí|hai\s+bên|hai\s+nhà\s+lãnh\s+đạo)(?!\w)"
)
#: how far after a comma a subject's name may start (a long title)
_SUBJECT_REACH: Final = 120


def main_clause_start(view: ArticleView, start: int, end: int) -> int:
    """The first comma in ``[start, end)`` after which a clause opens with a subject (a person
    heading it by a title of theirs, a pronoun, both sides), else ``end``."""
    text, low = view.text, view.lower
    comma = text.find(",", start, end)
    while comma != -1:
        if _PRONOUN_OPENS.match(low, comma + 1, end):
            return comma
        named = view.mentions_in(comma + 1, min(end, comma + 1 + _SUBJECT_REACH))
        if named and _is_title_of(text[comma + 1 : named[0].start], named[0].person):
            return comma
        comma = text.find(",", comma + 1, end)
    return end
