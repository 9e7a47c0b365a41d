"""A sentence opened by an act with no subject before it ("Tiếp Đại sứ Ý X, Bộ trưởng cho
biết ...", "Ngày 4/6, hội kiến ông Y, Chủ tịch nước nêu rõ ..."): the act's object comes first,
and the bare title after its comma is the subject of the main clause, not the object's."""

from __future__ import annotations

from collections.abc import Set
from typing import Final

from vndiplo_titles.names import Token

__all__ = ["PHRASE_WORDS", "opened_by_act"]

#: Last words of the acts of meeting ("tiếp", "đón", "hội kiến", "hội đàm", "điện đàm",
#: "gặp", "thăm", "làm việc", "chào").
_ACT_WORDS: Final = frozenset({"tiếp", "đón", "kiến", "đàm", "gặp", "thăm", "việc", "chào"})
#: Lower-case words that open an act's object: an honorific, a delegation, "với" (with).
_OBJECT_OPENERS: Final = frozenset({"ông", "bà", "ngài", "đồng", "với"})
#: Lower-case words after a title that go on the object's phrase, not a new clause's verb.
PHRASE_WORDS: Final = frozenset({"cùng", "và", "với", "tại", "của", "ở", "kiêm", "nhiệm", "cũ"})
#: Punctuation that ends a sentence or opens a new clause of its own.
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", ";", ":", "\n"})
#: How far back a sentence's start is looked for, in tokens.
_REACH: Final = 40


def opened_by_act(tokens: list[Token], start: int, subject_words: Set[str]) -> bool:
    """Does the sentence holding ``tokens[start]`` open with an act of meeting before
    ``start``, with no capitalised word (a subject) before the act but the sentence's first
    ("Tiếp ...", "Chiều 5/6, tiếp ...", "Tại buổi hội kiến ...")? A first word that opens a
    title or an honorific (``subject_words``) is a subject: "Thủ tướng tiếp ông X, ..."."""
    first = start
    while first > 0 and start - first < _REACH and tokens[first - 1].text not in _SENTENCE_ENDS:
        first -= 1
    for k in range(first, start):
        tok = tokens[k]
        if tok.fold in _ACT_WORDS and k + 1 < len(tokens):
            # the act takes an object right after it; "Tiếp đó," (then) and "Tiếp theo" do not
            after = tokens[k + 1]
            return after.cap or after.fold in _OBJECT_OPENERS
        if (k > first and tok.cap) or tok.fold in subject_words:
            return False
    return False
