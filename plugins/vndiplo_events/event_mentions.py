"""Trigger hits that look like something else but report or refer back to an event."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.cues import Cues
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = [
    "is_generic",
    "is_press_interview",
    "is_process_or_office",
    "names_a_room",
    "opens_as_backref",
]

#: "đang đàm phán với ...": negotiations under way, a process and no meeting; "phụ trách đàm
#: phán", "đoàn đàm phán": an office or a team named by the negotiations it handles
_PROCESS_OR_OFFICE: Final = re.compile(r"(?<!\w)(?:đang|phụ\s+trách|chuyên\s+trách|đoàn|nhóm)\s+$")
_NEGOTIATION: Final = "đàm phán"
#: "tiến vào phòng hội đàm", "sảnh đón tiếp": the room is named after the event it hosts
#: ("Bộ Quốc phòng tiếp ...", "Văn phòng tiếp ..." are bodies that act, no rooms)
_ROOM: Final = re.compile(r"(?<!quốc\s)(?<!văn\s)(?<!\w)(?:phòng|sảnh)\s+$")
#: how far a quantifier may stand before the trigger ("nhiều cuộc gặp")
_GENERIC_SPAN = 16
#: how far after "với" the partner's name may come (titles between)
_PARTNER_SPAN = 120
#: the act noun's own modifiers between it and its "với" ("các cuộc gặp song phương với",
#: "những buổi làm việc riêng với", "các cuộc tiếp xúc cấp cao với"): up to three lower-case
#: words, no punctuation, so that the "với" still governs the act noun
_MODIFIED_WITH: Final = re.compile(r"(?:\s+[^\W\d_]+){1,3}?\s+với\s")


def opens_as_backref(cues: Cues, low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """ "Tại Hội đàm, A và B ...": a capitalised trigger after the preposition that opens the
    sentence, the clause closing right after it, refers back to the event, it names nothing."""
    head = low[sentence.start : hit.start].lstrip(" \"“'‘(-–—•*")
    return (
        bool(head)
        and cues.backref_prep.fullmatch(head) is not None
        and low.startswith(",", hit.end)
    )


#: a count of many opening the object right after the act: "tiếp nhiều đoàn", "thăm (rất)
#: nhiều nước", "gặp hàng trăm doanh nghiệp", "đón tiếp trên 50 đoàn", "làm việc với hơn 30
#: nhà đầu tư"; a bare number ("tiếp 3 đoàn") may be one sitting and is not counted here
_MANY_AFTER: Final = re.compile(
    r"\s+(?:với\s+)?(?:rất\s+)?(?:nhiều|hàng\s+(?:chục|trăm|nghìn|ngàn)"
    r"|(?:hơn|trên|gần|khoảng)\s+\d[\d.,]*)(?!\w)"
)
#: ... or the act's subject, a counted crowd right before it: "(tiếp) nhiều đoàn khách quốc tế
#: đến thăm", "hơn 30 đoàn đã sang làm việc"
_MANY_BEFORE: Final = re.compile(
    r"(?<!\w)(?:nhiều|hàng\s+(?:chục|trăm|nghìn|ngàn)|(?:hơn|trên|gần|khoảng)\s+\d[\d.,]*)"
    r"(?:\s+[^\W\d_]+){1,6}\s+(?:(?:đã|đến|sang|tới|vào)\s+){1,2}$"
)
#: how far before the act its counted subject may open
_MANY_BEFORE_SPAN: Final = 80
#: acts a count of many after the verb makes a period's record; several papers signed at one
#: ceremony ("ký hơn 10 văn kiện") are one signing
_TALLIED: Final = frozenset({"reception", "meeting", "talks", "visit"})


def is_generic(cues: Cues, view: ArticleView, sentence: Sentence, hit: TriggerHit) -> bool:
    """A quantified trigger is generic ("có nhiều cuộc gặp gỡ"), unless it goes on to name
    the partners: "đã có các cuộc hội kiến với Chủ tịch nước X; Thủ tướng Y" reports meetings
    with people named one by one. So is a meeting verb whose object is a count of many ("đã
    tiếp nhiều đoàn", "thăm nhiều nước"): a record of many acts, no one event."""
    low = view.lower
    if not cues.generic.search(low, max(sentence.start, hit.start - _GENERIC_SPAN), hit.start):
        if hit.trigger.type not in _TALLIED:
            return False
        many = _MANY_AFTER.match(low, hit.end, sentence.end)
        if many is not None:
            return not _partner_named(view, sentence, many.end())
        crowd = _MANY_BEFORE.search(
            low, max(sentence.start, hit.start - _MANY_BEFORE_SPAN), hit.start
        )
        return crowd is not None and not view.mentions_in(crowd.start(), hit.start)
    partner_from = hit.end
    if not low.startswith(" với ", hit.end) and not _opens_on_a_title(view.text, hit.end):
        modified = _MODIFIED_WITH.match(low, hit.end, sentence.end)
        if modified is None or not view.text[hit.end : modified.end()].islower():
            return True
        partner_from = modified.end()
    return not _partner_named(view, sentence, partner_from)


def _partner_named(view: ArticleView, sentence: Sentence, partner_from: int) -> bool:
    """A person is named from ``partner_from`` to the next ";" ("các cuộc hội kiến Chủ tịch
    nước X; chào ...", "tiếp nhiều đoàn, trong đó có Đại sứ X"), within reach."""
    semicolon = view.lower.find(";", partner_from, sentence.end)
    end = sentence.end if semicolon == -1 else semicolon
    return bool(view.mentions_in(partner_from, min(end, partner_from + _PARTNER_SPAN)))


def _opens_on_a_title(text: str, pos: int) -> bool:
    """The object right after the trigger opens on a capital: a title or a name ("các cuộc
    hội kiến Tổng Bí thư X"), not a clause ("các cuộc gặp đã diễn ra")."""
    return text.startswith(" ", pos) and text[pos + 1 : pos + 2].isupper()


def is_process_or_office(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """Negotiations under way ("hiện đang đàm phán với Canada") or an office that handles
    them ("Thứ trưởng phụ trách đàm phán song phương"): no meeting is reported."""
    if not hit.trigger.phrase.startswith(_NEGOTIATION):
        return False
    return (
        _PROCESS_OR_OFFICE.search(low, max(sentence.start, hit.start - 16), hit.start) is not None
    )


#: the press as the one who "có cuộc trao đổi với" someone: an interview, no meeting
_PRESS: Final = re.compile(
    r"(?<!\w)(?:báo|tạp\s+chí|phóng\s+viên|pv|đài|thông\s+tấn|truyền\s+hình|ban\s+biên\s+tập)(?!\w)"
)
#: how far back the press subject of the exchange may stand
_PRESS_SPAN: Final = 60


def is_press_interview(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """ "Tạp chí Y đã có cuộc trao đổi với ông X": an exchange whose subject is the press is
    an interview (only the light-verb exchanges: "có cuộc trao đổi với", TOLD_EXCHANGES)."""
    if not hit.trigger.phrase.endswith("trao đổi với") or hit.trigger.phrase.startswith("cuộc"):
        return False
    start = max(sentence.start, hit.start - _PRESS_SPAN, low.rfind(",", 0, hit.start) + 1)
    return _PRESS.search(low, start, hit.start) is not None


def names_a_room(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """ "Hai nhà lãnh đạo tiến vào phòng hội đàm": a room, not talks held."""
    return _ROOM.search(low, max(sentence.start, hit.start - 8), hit.start) is not None
