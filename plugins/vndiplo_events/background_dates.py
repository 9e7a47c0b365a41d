"""A day written inside a background clause of a sentence dates that clause, never an act.

"A gửi lời chia buồn sau vụ cháy ở X hôm 25/3", "Nhân dịp B được bầu ... tại Đại hội ngày
10/10 vừa qua, A gửi thư mừng", "Sau khi lũ quét tàn phá huyện Y hôm 2/10, A điện đàm với B",
"Ban tổ chức nhận đăng ký cho tới ngày 23/12": the day belongs to the incident, the occasion,
the earlier happening or the deadline that the adjunct names. An event outside the adjunct
takes nothing from it, neither in its own sentence (event_dates.py) nor by borrowing from
another sentence (main_date.py).

The adjunct is found by its structure, not by its words: an opening subordinator (a time
relation "sau/trước (khi)", "khi", "kể từ khi"; an occasion "nhân dịp/vào dịp/nhân" + noun; a
limit "cho tới/cho đến", "hạn chót", "chậm nhất", "trước" right before the day; a relative
clause "xảy ra/diễn ra/bế mạc ..." after a noun that is no event word) with the day
written inside it, after a word of the adjunct rather than opening a clause of its own after
a comma ("Nhân dịp Quốc khánh, ngày 1/9, A gửi điện": the main clause's day). Two adjuncts
carry the day on by the gold conventions and are kept: one whose noun is itself an act of the
visit ("Sau lễ đón sáng 26/5, hai bên hội đàm": README round 5, round 9 #6) and a "sau khi"
arrival ("Sau khi tới Hà Nội chiều 3/4, ...": the arrival's day carries, round 9 #6).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Final

from vndiplo_events.view import ArticleView

__all__ = ["background_at", "in_background_clause"]

#: The openers of an adjunct that may hold a day of its own. Group ``khi``: a temporal clause
#: with its own verb; ``occasion``: "nhân dịp" and its kin; ``limit``: a deadline.
_OPENER: Final = re.compile(
    r"(?<!\w)(?:"
    r"(?P<khi>(?:(?:sau|trước|kể\s+từ|từ|trong)\s+)?khi)"
    r"|(?P<occasion>(?:nhân|vào|trong)\s+dịp|nhân(?=\s+(?:kỷ\s+niệm|ngày|lễ|tết|sự\s+kiện"
    r"|đại\s+hội|hội\s+nghị)(?!\w)))"
    r"|(?P<limit>cho\s+(?:tới|đến)|hạn\s+chót|chậm\s+nhất)"
    r"|(?P<relation>sau|trước)"
    r"|(?P<happened>(?:xảy|diễn)\s+ra|bế\s+mạc|khai\s+mạc|được\s+tổ\s+chức)"
    r")(?!\w)"
)
#: How far before a relative clause's verb ("vụ sập mỏ ở X xảy ra ngày D") its head noun may
#: start: an event word there makes the clause that event's own ("Cuộc hội đàm diễn ra").
_HEAD_REACH: Final = 60
#: An opener that points back ("Sau đó", "khi ấy", "trước đây") or means "in front of"
#: ("trước sự chứng kiến của"): no clause of its own.
_ANAPHORIC: Final = re.compile(r"\s+(?:đó|này|đây|ấy|nữa|nay|hết|sự|mặt)(?!\w)")
#: A "sau khi"/"khi" clause whose verb is the arrival: its day carries on (README round 9 #6).
_ARRIVAL: Final = re.compile(
    r"\s+(?:[^\s,;]+\s+){0,3}?(?:đến|tới|sang|về\s+đến|đặt\s+chân|hạ\s+cánh)(?!\w)"
)
#: Words that only introduce the day and belong with it ("vào ngày", "hôm", "lúc"), a count of
#: the days included ("trong hai ngày 8-9/4", "suốt các ngày 3-5/6").
_DAY_INTRO: Final = re.compile(
    r"(?:\s*(?<!\w)(?:vào|là|lúc|hồi|trong|suốt)"
    r"(?:\s+(?:các|những|hai|ba|bốn|năm|sáu|bảy|\d+)(?=\s*$))?)*\s*$"
)
#: How far back from the day its opener is looked for.
_REACH: Final = 400


def in_background_clause(
    view: ArticleView, sentence_start: int, pos: int, acts: Iterable[int] = (), own: int = -1
) -> bool:
    """Whether the day at ``pos`` lies inside a background adjunct of its sentence (which
    starts at ``sentence_start``). ``acts``: where event words of the sentence start; ``own``:
    where the event being dated starts (an event word inside the adjunct dates it)."""
    low = view.lower
    floor = max(sentence_start, pos - _REACH)
    before = _DAY_INTRO.sub("", low[floor:pos])
    if not before.strip() or before.rstrip()[-1] in ",;:(":
        return False  # the day opens a clause of its own
    opener = None
    for found in _OPENER.finditer(low, floor, pos):
        opener = found
    if opener is None or _ANAPHORIC.match(low, opener.end()):
        return False
    if opener.start() <= own < pos:
        return False  # the event told inside the adjunct: the day is its own
    inside = [a for a in acts if opener.end() <= a < pos]
    if opener["relation"] is not None and inside:
        return False  # "Sau lễ đón sáng 26/5": the day of an act of the visit carries on
    if opener["khi"] is not None and _ARRIVAL.match(low, opener.end()):
        return False
    if opener["khi"] is not None and any(low.find(",", opener.end(), a) != -1 for a in inside):
        return False  # "Sau khi hai bên hội đàm, A thăm trường ngày 5/3": the clause closed
    if opener["happened"] is not None and any(
        opener.start() - _HEAD_REACH <= a < opener.start() for a in (*acts, own)
    ):
        return False  # "Cuộc hội đàm diễn ra ngày 5/3", "dự Hội nghị diễn ra ngày 5/3"
    if opener["happened"] is not None and _noun_act_subject(
        low, sentence_start, own, opener.start(), acts
    ):
        return False  # "Cuộc hội đàm giữa A, <titles> và B, <titles> diễn ra chiều 5/3"
    return not _clause_restarts(view, opener.end(), pos)


#: The classifier of an act told as a noun ("cuộc hội đàm", "buổi tiếp", "lễ ký kết").
_ACT_NOUN: Final = re.compile(r"(?<!\w)(?:cuộc|buổi|lễ|chuyến)\s+$")
#: The act noun heads its sentence, or the clause after a fronted phrase ("Hội đàm giữa A
#: và B đã diễn ra", "Sáng 5/3, hội đàm giữa A và B diễn ra ...")
_CLAUSE_HEAD: Final = re.compile(r"\W*(?:[^,;:.]{0,40},\s*)?")
#: How far the complement of an act noun ("giữa A và B", "với B", "của A") may run before its
#: verb of taking place: a list of sides with their titles.
_SUBJECT_REACH: Final = 320
#: A gathering named between the act noun and the verb heads the relative clause itself
#: ("cuộc gặp bên lề Hội nghị X diễn ra tại Y ngày 5/3": the conference's days).
_GATHERING: Final = re.compile(
    r"(?<!\w)(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn|đại\s+hội|kỳ\s+họp|phiên\s+họp|hội\s+chợ"
    r"|triển\s+lãm|lễ\s+hội|tuần\s+lễ|thượng\s+đỉnh)(?!\w)"
)


def _noun_act_subject(
    low: str, sentence_start: int, own: int, verb: int, acts: Iterable[int]
) -> bool:
    """Whether the event being dated is an act noun that is the subject of the verb of taking
    place, however long the sides it names ("Buổi tiếp Đại sứ X của Chủ tịch Y được tổ chức
    sáng 3/4", "Cuộc điện đàm giữa A và B đã diễn ra vào tối 2/8"): only its complement lies
    between, with no other act, gathering or clause break."""
    if not 0 <= own < verb or verb - own > _SUBJECT_REACH:
        return False
    if not (
        _ACT_NOUN.search(low, max(0, own - 8), own)
        or low.startswith("lễ", own)
        or _CLAUSE_HEAD.fullmatch(low, sentence_start, own)
    ):
        return False
    between = low[own:verb]
    if any(mark in between for mark in ".;:\n") or _GATHERING.search(between):
        return False
    return not any(own < a < verb for a in acts)


def _clause_restarts(view: ArticleView, start: int, pos: int) -> bool:
    """Whether a main clause starts between the opener's end and the day: a semicolon, or a
    comma followed right away by someone named ("Trước khi rời Huế, Tổng thống X tới Đà Nẵng
    ngày 5/3")."""
    low = view.lower
    if low.find(";", start, pos) != -1 or low.find(":", start, pos) != -1:
        return True  # "Nhân dịp đoàn sang thăm ...; trong 2 ngày 14-15/8, A đón đoàn"
    comma = low.find(",", start, pos)
    while comma != -1:
        for mention in view.mentions_in(comma, min(pos, comma + 40)):
            if not low[comma + 1 : mention.start].strip() or _titled_gap(low, comma, mention.start):
                return True
        comma = low.find(",", comma + 1, pos)
    return False


#: A title run between a comma and a name ("Tổng thống X", "Chủ tịch nước Y").
_TITLE_GAP: Final = re.compile(r",\s*(?:[^\s,;]+\s+){1,5}$")


def _titled_gap(low: str, comma: int, mention: int) -> bool:
    """A short run of words without punctuation between the comma and the name."""
    return _TITLE_GAP.match(low, comma, mention) is not None


def background_at(view: ArticleView, pos: int, acts: Iterable[int] = ()) -> bool:
    """:func:`in_background_clause` for the body sentence that holds ``pos``, for a day
    another sentence's event might borrow (no event of its own there: ``own`` unset)."""
    i = bisect_right(view.sentence_starts, pos) - 1
    if i < 0 or pos >= view.sentences[i].end:
        return False
    return in_background_clause(view, view.sentences[i].start, pos, acts)
