"""The place that "Tại đây" points back to.

"Tại đây, A gặp B" (also "Ở đây", "Tại đó", "Tại nơi này") names no place of its own: it takes
the one the sentence before ends on, as "Sau lễ đón" takes the welcome's (README round 10 #10).
That is the last place of the sentence's main clause: a "tại" phrase, a known place after "ở"
("dự Hội nghị X ở Đavốt (Thụy Sĩ)") or "tới" ("tới Davos"), or the site a visit goes to ("đến
thăm Trung tâm X"). A
place in a clause about an earlier act ("sau khi làm việc với ... tại Y, A ...") is that act's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.locations import place_end
from vndiplo_events.main_place import facts_without_events
from vndiplo_events.place_scope import O_WORD, in_subordinate_clause, opens_with_place
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["place_pointed_back"]

#: "tại đây", "ở đó", "tại nơi này": a place word that points back
_HERE: Final = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:nơi\s+)?(?:đây|đó|này)(?!\w)")
#: a visit word and the site it goes to, capitalised or opened by a site's head noun
_VISITED_SITE: Final = re.compile(
    r"(?<!\w)(?:đến|tới)?\s*(?:thăm|thăm\s+quan|tham\s+quan)\s+(?=[A-ZĐ]|(?:nhà\s+máy|khu|trường"
    r"|học\s+viện|đại\s+học|bảo\s+tàng|trung\s+tâm|công\s+ty|tập\s+đoàn|cảng|di\s+tích|làng"
    r"|đền|chùa|viện|bệnh\s+viện|trang\s+trại|dự\s+án|xã|huyện|tỉnh)(?!\w))",
    re.IGNORECASE,
)


#: "Tại buổi lễ, ...", "Tại lễ ký kết, ...": the ceremony a sentence before told of, not a
#: place of its own; a festival ("lễ hội") is no such pointer
_AT_CEREMONY: Final = re.compile(r"[^\w\n]*(?:tại|ở)\s+(?:buổi\s+)?lễ(?!\s+hội)(?!\w)")
#: a ceremony named in an earlier sentence ("đã diễn ra lễ kết nghĩa", "Lễ ký kết diễn ra")
_CEREMONY: Final = re.compile(r"(?<!\w)lễ(?!\s+hội)(?!\w)")
#: how many sentences back the ceremony may be told (background may come between)
_CEREMONY_REACH: Final = 3


#: "ở X", and the destination of an arrival, "tới X", "đến X": where the subject now is
_AT_OR_TO: Final = re.compile(rf"{O_WORD.pattern}|(?<!\w)(?:tới|đến)\s+(?=\w)")


def place_pointed_back(
    view: ArticleView, main: Candidate, facts_of: Mapping[int, SentenceFacts], gaz: Gazetteer
) -> Candidate:
    """``main``, whose sentence places it "tại đây", with the place of the sentence before."""
    index = main.sentence_index
    sentence = view.sentences[index]
    if main.location is not None or index == 0:
        return main
    if _AT_CEREMONY.match(view.lower, sentence.start, sentence.end) is not None:
        place = _ceremony_place(view, index, facts_of, gaz)
    elif _HERE.search(view.lower, sentence.start, sentence.end) is not None:
        facts = facts_of.get(index - 1) or facts_without_events(view, index - 1)
        place = _last_place(view, facts, gaz)
    else:
        return main
    if place is None:
        return main
    main = main.but(location=place)
    own = facts_of.get(index)
    if own is not None and main.type in ("meeting", "talks"):
        rerolled = with_roles(view, main, own, gaz)  # who travelled, judged by that place
        if rerolled.participants:
            main = rerolled
    return main


def _ceremony_place(
    view: ArticleView, index: int, facts_of: Mapping[int, SentenceFacts], gaz: Gazetteer
) -> str | None:
    """The place of the ceremony that "Tại buổi lễ" points back to: the first free "tại"
    phrase of the nearest earlier sentence (at most three back) that names a "lễ" and a place
    ("Ngày 9/10, tại xã X (Y, Z) đã diễn ra lễ kết nghĩa ... Tại buổi lễ, hai bên đã ký ...")."""
    for back in range(index - 1, max(-1, index - 1 - _CEREMONY_REACH), -1):
        sentence = view.sentences[back]
        if _CEREMONY.search(view.lower, sentence.start, sentence.end) is None:
            continue
        facts = facts_of.get(back) or facts_without_events(view, back)
        place = next((loc.text for loc in facts.locations(view, gaz) if not loc.title), None)
        if place is not None:
            return place
    return None


def _last_place(view: ArticleView, facts: SentenceFacts, gaz: Gazetteer) -> str | None:
    """The last place of the sentence's main clause: (start, phrase) of every "tại" phrase,
    known place after "ở" and visited site, the one that starts last."""
    text, low, sentence = view.text, view.lower, facts.sentence
    locations = [loc for loc in facts.locations(view, gaz) if not loc.title]
    found = [(loc.start, loc.text) for loc in locations]
    opens = [o.end() for o in _AT_OR_TO.finditer(low, sentence.start, sentence.end)]
    sites = [v.end() for v in _VISITED_SITE.finditer(text, sentence.start, sentence.end)]
    for start in (*opens, *sites):
        if any(loc.at <= start < loc.end for loc in locations):
            continue  # "tại Điện X ở thủ đô Y": part of the "tại" phrase
        end = place_end(text, low, start, sentence.end, gaz)
        if end is not None and (start in sites or opens_with_place(text, start, end, gaz)):
            found.append((start, text[start:end]))
    kept = [
        (start, place) for start, place in found if not in_subordinate_clause(low, sentence, start)
    ]
    return max(kept)[1] if kept else None
