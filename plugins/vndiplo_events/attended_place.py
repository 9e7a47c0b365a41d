"""An attendance that leaves out what it attends is held where that occasion, told just
before, was: "Tối 2/10, tại khách sạn X, Tổng Lãnh sự A tổ chức tiệc chiêu đãi ... . Chủ tịch
B cùng đông đảo kiều bào đang sinh sống tại Y đã đến dự." The lead fronts the occasion's place,
and "đến dự" with nothing after it attends that occasion, at X (README round 11, BA07); Y is
where the residents live (other_stays.py).

So does one that names the occasion by its bare noun only ("tham dự Hội nghị", "dự Hội thảo
này", "tham dự sự kiện") right after a sentence that tells a forum being held and where ("Từ
ngày 14 đến 16/4, tại X diễn ra Hội nghị Y.", "Diễn đàn Y được tổ chức tại X ..."): the noun
points back to that forum (README round 13, BH03).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.locations import find_locations
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["place_of_the_attended"]

#: nothing after the act word but its end, or a second act of the same guests ("và chúc mừng")
_ELIDED: Final = re.compile(
    r"(?:\s+(?:và|cùng)\s+(?:chúc\s+mừng|phát\s+biểu|chung\s+vui)[^.;!?]{0,80})?\s*[.;!?]?\s*$"
)
#: a sentence opening on at most one fronted time phrase, then its "tại" ("Tối 2/10, tại X,",
#: "Chiều 5/9 tại X,")
_FRONTED_AT: Final = re.compile(
    r"[\W\d_]*(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|vào|tuần|tháng)(?!\w)[^,.;:!?]{0,30}?"
    r"(?:,\s*|\s+))?(?=(?:tại|ở)\s)"
)
#: a lower-case word: the clause goes on past a name ("tại Hà Nội Thủ tướng X tổ chức")
_LOWER_WORD: Final = re.compile(r"(?<!\w)[a-zà-ỹđ]+(?!\w)")


#: a forum named by its bare noun, pointing back ("Hội nghị", "hội thảo này", "sự kiện nói trên")
_FORUM_NOUN: Final = (
    r"(?:hội\s+nghị|diễn\s+đàn|hội\s+thảo|hội\s+chợ|đại\s+hội|kỳ\s+họp|triển\s+lãm|sự\s+kiện"
    r"|(?:buổi\s+)?lễ|chương\s+trình)"
)
_FORUM_BACK: Final = re.compile(
    rf"\s+(?:các\s+)?{_FORUM_NOUN}(?:\s+(?:này|nói\s+trên|trên|đó))?\s*[.;!?]?\s*$"
)
#: a sentence that tells a forum being held
_FORUM_HELD: Final = re.compile(
    rf"(?<!\w){_FORUM_NOUN}(?!\w).*?(?<!\w)(?:diễn\s+ra|tổ\s+chức|khai\s+mạc)(?!\w)"
    rf"|(?<!\w)(?:diễn\s+ra|tổ\s+chức|khai\s+mạc)\s+{_FORUM_NOUN}(?!\w)"
)


def place_of_the_attended(view: ArticleView, main: Candidate, gaz: Gazetteer) -> Candidate:
    """``main`` placed at the fronted place of the sentence before, when it is an unplaced
    attendance whose occasion is left out, or at the place of the forum the sentence before
    tells, when it attends that forum by its bare noun."""
    if main.type != "attend" or main.location is not None or main.form != "reported":
        return main
    index = main.sentence_index
    sentence = view.sentences[index]
    low = view.lower
    if index == 0:
        return main
    previous = view.sentences[index - 1]
    if _FORUM_BACK.match(low, main.hit.end, sentence.end) and _FORUM_HELD.search(
        low, previous.start, previous.end
    ):
        stops = sorted(
            [m.start for m in view.mentions_in(previous.start, previous.end)]
            + [d.start for d in view.dates_in(previous.start, previous.end)]
        )
        place = next(
            (x.text for x in find_locations(view, previous, stops, gaz) if not x.title), None
        )
        return main if place is None else main.but(location=place)
    if _ELIDED.match(low, main.hit.end, sentence.end) is None:
        return main
    fronted = _FRONTED_AT.match(low, previous.start, previous.end)
    if fronted is None:
        return main
    # a name read inside the fronted place ("tại khách sạn Inter Continental Asian Saigon,")
    # is part of it when only capitalised words follow it up to the comma
    comma = low.find(",", fronted.end(), previous.end)
    stops = sorted(
        [
            m.start
            for m in view.mentions_in(previous.start, previous.end)
            if comma == -1
            or not fronted.end() <= m.start < comma
            or _LOWER_WORD.search(view.text, m.start, comma) is not None
        ]
        + [d.start for d in view.dates_in(previous.start, previous.end)]
    )
    for loc in find_locations(view, previous, stops, gaz):
        if loc.at == fronted.end() and not loc.title:
            return main.but(location=loc.text)
    return main
