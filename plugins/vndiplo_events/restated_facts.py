"""The place or date a later sentence gives the main event when it restates it.

A news item often reports the event in its lead ("A và B đã ký 5 văn kiện") and says where or
when only in a sentence that names the event again by its noun, as a passive or an occurrence:
"Các văn kiện được ký tại X", "Nguyên văn bức điện được gửi đi ngày D", "Vòng đàm phán được tổ
chức tại X", "Cuộc gặp diễn ra tại X"; or in a wish about the visit ("chúc Đoàn có chuyến công
tác tại X thành công"). Such a sentence fills the main event's empty place or date; it never
overrides what the main event already has (callers only ask when the field is empty).

A round of negotiations contains the signing of its minutes: its place is the signing's place,
its span is not the signing's day, so a containing noun gives the place only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.event_dates import date_value
from vndiplo_events.locations import find_locations
from vndiplo_events.place_scope import place_with_o
from vndiplo_events.places import Gazetteer
from vndiplo_events.sentences import Sentence
from vndiplo_events.view import ArticleView, DateRef

__all__ = ["place_after", "restated_date", "restated_place", "wished_visit_place"]

#: the event nouns a restating sentence opens with, by the type of event they name
_NOUNS: Final = {
    "signing": (
        r"văn\s+kiện|thỏa\s+thuận|thoả\s+thuận|hiệp\s+định|bản\s+ghi\s+nhớ|biên\s+bản"
        r"|văn\s+bản|lễ\s+ký(?:\s+kết)?|hợp\s+đồng|tuyên\s+bố\s+chung"
    ),
    "message": r"(?:bức\s+)?điện(?:\s+văn)?|(?:bức\s+)?thư|thông\s+điệp|công\s+hàm",
    "talks": r"cuộc\s+hội\s+đàm|phiên\s+hội\s+đàm|vòng\s+đàm\s+phán|phiên\s+đàm\s+phán",
    "meeting": r"cuộc\s+gặp(?:\s+gỡ)?|buổi\s+gặp(?:\s+gỡ)?|cuộc\s+hội\s+kiến|buổi\s+hội\s+kiến",
    "reception": r"buổi\s+tiếp(?:\s+kiến)?|cuộc\s+tiếp(?:\s+kiến)?",
    "visit": r"chuyến\s+thăm|chuyến\s+công\s+tác|chuyến\s+công\s+du|chuyến\s+làm\s+việc",
}
#: a negotiating round holds the talks and the signing of its minutes: its place only
_ROUND: Final = r"vòng(?:\s+đàm\s+phán)?(?:\s+(?:thứ\s+)?(?:\d+|nhất|hai|ba|một))?"
_CONTAINING: Final = frozenset({"signing", "talks"})
#: how a restating sentence may open before its subject: up to two fronted phrases
_FRONTED: Final = r"(?:[^,.;:!?\n]{0,70},\s*){0,2}"
#: determiners and qualifiers before the noun ("Các", "Nguyên văn bức điện", "Bản gốc bức thư")
_DETERMINERS: Final = (
    r"(?:(?:các|những|hai|cả\s+hai|\d+|toàn\s+văn|nguyên\s+văn|bản\s+gốc|bản\s+chính|bản)\s+)*"
)
#: the passive or occurrence verb that tells where or when the named event happened
_VERB: Final = (
    r"\s(?:đã\s+)?(?:được\s+)?(?P<verb>ký(?:\s+kết)?|gửi(?:\s+đi)?|trao|tổ\s+chức|tiến\s+hành"
    r"|diễn\s+ra)(?!\w)"
)
#: the noun phrase between the noun and the verb: no clause break, no second verb group
_NP: Final = r"(?P<np>[^.;:!?\n]{0,130}?)"


def _restating(nouns: str) -> re.Pattern[str]:
    return re.compile(rf"[\W\d]*{_FRONTED}{_DETERMINERS}(?P<noun>{nouns})(?!\w){_NP}{_VERB}")


_BY_TYPE: Final = {kind: _restating(nouns) for kind, nouns in _NOUNS.items()}
_BY_ROUND: Final = _restating(_ROUND)
#: another occurrence, not this one: planned, past or habitual ("sẽ được ký", "từng được tổ
#: chức", "lần đầu tiên"), or an old date ("năm 2010")
_ANOTHER: Final = re.compile(
    r"(?<!\w)(?:sẽ|dự\s+kiến|sắp|từng|trước\s+đây|trước\s+đó|lần\s+trước|đầu\s+tiên|năm\s+\d{4}"
    r"|hàng\s+năm|thường\s+niên|tới|mỗi)(?!\w)"
)
_TOLD: Final = ("date", "datetime", "span")


def _restating_sentences(
    view: ArticleView, main: Candidate, with_round: bool
) -> list[tuple[Sentence, int, bool]]:
    """(sentence, end of its verb, whether it names a containing round) for every sentence
    other than the main event's own that restates it."""
    own = _BY_TYPE.get(main.type) if main.type is not None else None
    if own is None:
        return []
    out: list[tuple[Sentence, int, bool]] = []
    low = view.lower
    for index, sentence in enumerate(view.sentences):
        if index == main.sentence_index:
            continue
        found, containing = own.match(low, sentence.start, sentence.end), False
        if found is None and with_round and main.type in _CONTAINING:
            found, containing = _BY_ROUND.match(low, sentence.start, sentence.end), True
        if found is None:
            continue
        if _ANOTHER.search(low, found.start("noun"), found.end()) is not None:
            continue
        out.append((sentence, found.end(), containing))
    return out


def restated_place(view: ArticleView, main: Candidate, gaz: Gazetteer) -> str | None:
    """The place a restating sentence gives after its verb ("được ký tại / ở X")."""
    for sentence, verb_end, _containing in _restating_sentences(view, main, with_round=True):
        place = place_after(view, sentence, verb_end, gaz)
        if place is not None:
            return place
    return None


def restated_date(view: ArticleView, main: Candidate) -> DateRef | None:
    """The day a restating sentence of the same event gives after its verb ("bức điện được gửi
    đi vào ngày D"); a containing round's span is not the event's day."""
    for sentence, verb_end, containing in _restating_sentences(view, main, with_round=False):
        if containing:
            continue
        refs = [r for r in view.dates_in(verb_end, sentence.end) if r.expr.kind in _TOLD]
        if refs and date_value(refs[0]) is not None:
            return refs[0]
    return None


#: a mention of the trip as a noun, the wish or hope it is the object of
_QUALIFIER_REACH: Final = 24
#: the wish or hope a trip noun is the object of
_WISH: Final = re.compile(r"(?<!\w)(?:chúc|hy\s+vọng|hi\s+vọng|mong|chào\s+mừng)(?!\w)")
_TRIP_NOUN: Final = re.compile(r"chuyến\s+(?:thăm|công\s+tác|công\s+du|làm\s+việc)(?!\w)")


def wished_visit_place(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> str | None:
    """A visit with no place of its own takes the one a later sentence gives when it names the
    same trip by its noun inside a wish or a hope ("chúc Đoàn có chuyến công tác tại X đạt kết
    quả tốt", "hy vọng chuyến thăm, làm việc của Đoàn tại X sẽ ..."): the trip noun is the
    object of that sentence, and the only trip told there."""
    if main.type != "visit":
        return None
    names = {p.name for p in main.participants}
    low = view.lower
    for cand in candidates:
        if (
            cand.sentence_index <= main.sentence_index
            or cand.type != "visit"
            or cand.planned
            or cand.frame is not None
            or cand.location is None
            or _TRIP_NOUN.match(low, cand.hit.start) is None
        ):
            continue
        sentence = view.sentences[cand.sentence_index]
        if _WISH.search(low, sentence.start, cand.hit.start) is None:
            continue
        near = max(sentence.start, cand.hit.start - _QUALIFIER_REACH)
        if _ANOTHER.search(low, near, cand.hit.end + _QUALIFIER_REACH) is not None:
            continue  # "chuyến thăm đầu tiên", "sẽ có chuyến công tác": another trip
        # the wisher may be named; another traveller may not ("chuyến thăm của ông C tại ...")
        travellers = {m.person.name for m in view.mentions_in(cand.hit.end, sentence.end)} - names
        if travellers:
            continue
        return cand.location
    return None


def place_after(view: ArticleView, sentence: Sentence, after: int, gaz: Gazetteer) -> str | None:
    """The first "tại" (or place "ở") phrase of ``sentence`` after ``after``, titles aside:
    where a sentence that restates or locates an act says it took place."""
    stops = sorted(
        [m.start for m in view.mentions_in(sentence.start, sentence.end)]
        + [d.start for d in view.dates_in(sentence.start, sentence.end)]
    )
    places = [
        loc
        for loc in find_locations(view, sentence, stops, gaz)
        if not loc.title and loc.start >= after
    ]
    if places:
        return places[0].text
    return place_with_o(view, sentence, after, gaz)
