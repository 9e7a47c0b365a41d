"""The welcome ceremony's place, for the act the same scene goes on with.

Two ways an outlet ties an act to the welcome just held (README rounds 5 and 6):

* a fronted clause in the act's own sentence: "(Sáng 12/4,) sau lễ đón chính thức tại X, A hội
  đàm với B", "ngay sau khi chủ trì lễ đón B ở X, A ...": the talks were held where the welcome
  was; place_scope.governs_later_event rightly keeps that "tại" from the act's own clause;
* "Tiếp đó," / "Sau đó," opening the act's sentence right after the sentence of the welcome
  ("lễ đón ... được tổ chức tại X. Tiếp đó, hai bên hội đàm").

Only a welcome counts: after an opening ceremony, laying a wreath or an arrival the act moves
elsewhere. An airport welcome is no scene for talks either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.event_dates import date_value, written_part_of_day
from vndiplo_events.finishing import with_roles
from vndiplo_events.locations import place_end
from vndiplo_events.main_place import facts_without_events
from vndiplo_events.place_scope import O_WORD
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = [
    "part_of_day_of_the_welcome",
    "place_of_the_scene_before",
    "place_of_the_welcome_clause",
]

#: a fronted "after the welcome" clause, after up to three fronted phrases (a date, "theo giờ
#: địa phương", a "trong khuôn khổ / nhân dịp chuyến thăm ..." frame): "Sáng 12/4, ngay sau lễ
#: đón chính thức tại", "Sau khi chủ trì Lễ đón Tổng thống B ở"; the welcome word must come
#: before any comma; a dot only between digits ("Chiều 2.2,"). A fronted phrase holds no spaced
#: dash ("Hà Nội - Lào", not "12-4" or "Ji-hoon"): the dash ends it, so a dash-heavy opening is
#: read one way, not tried at each
_AFTER_WELCOME: Final = re.compile(
    r"[\W\d]*(?:(?:[^,;.:\s]|(?<=\d)\.(?=\d)|\s(?![-–—])){1,90}(?:,|\s[-–—])\s*){0,3}"
    r"(?P<after>(?:ngay\s+|tiếp\s+|liền\s+)?sau\s+(?:khi\s+)?"
    r"(?:[^,;.:]{0,80}?\s)?lễ\s+đón(?!\w)[^,;.:]*)"
)
#: "Tiếp đó, ...", "Sau đó, ...": the sentence goes on in the scene of the one before
_THEN: Final = re.compile(r"[\W\d]*(?:ngay\s+)?(?:tiếp\s+đó|sau\s+đó|tiếp\s+theo)\s*,")
#: "Sau lễ đón,", "Ngay sau khi kết thúc lễ đón chính thức,", "Kết thúc lễ đón,": the welcome
#: told in the sentence before, named again with no place of its own
_AFTER_THE_WELCOME: Final = re.compile(
    r"[\W\d]*(?:(?:ngay\s+|liền\s+)?sau\s+(?:khi\s+)?(?:kết\s+thúc\s+)?|kết\s+thúc\s+)"
    r"(?:buổi\s+|nghi\s+)?(?:lễ|thức)\s+đón(?:\s+(?:chính\s+thức|trọng\s+thể|cấp\s+nhà\s+nước))*"
    r"\s*,"
)
#: a welcome in the sentence before: "lễ đón", "đón chính thức", "chủ trì đón"
_WELCOME: Final = re.compile(r"(?<!\w)(?:lễ\s+đón|đón\s+chính\s+thức)(?!\w)")
#: an airport or station welcome: the talks are not held there
_ARRIVAL_POINT: Final = re.compile(r"(?:sân\s+bay|phi\s+trường|nhà\s+ga|ga|cửa\s+khẩu)(?!\w)")


def _place_in(
    view: ArticleView, facts: SentenceFacts | None, start: int, end: int, gaz: Gazetteer
) -> str | None:
    """The first place named between ``start`` and ``end``: a "tại" phrase, else a known
    place after "ở"; none at an airport."""
    place = None
    if facts is not None:
        place = next(
            (x.text for x in facts.locations(view, gaz) if not x.title and start <= x.start < end),
            None,
        )
    if place is None:
        found = O_WORD.search(view.lower, start, end)
        if found is not None:
            stop = place_end(view.text, view.lower, found.end(), end, gaz)
            if stop is not None and gaz.regex.search(view.text, found.end(), stop) is not None:
                place = view.text[found.end() : stop]
    if place is None or _ARRIVAL_POINT.match(place.lower()):
        return None
    return place


def _placed(
    view: ArticleView, main: Candidate, place: str | None, own: SentenceFacts | None, gaz: Gazetteer
) -> Candidate:
    if place is None:
        return main
    main = main.but(location=place)
    if own is not None and main.type in ("meeting", "talks"):
        # who travelled, judged by that place; sides the sentence does not name ("hai Thủ
        # tướng", the pair of before) are kept as they were found
        rerolled = with_roles(view, main, own, gaz)
        if rerolled.participants:
            main = rerolled
    return main


def place_of_the_welcome_clause(
    view: ArticleView, main: Candidate, facts_of: Mapping[int, SentenceFacts], gaz: Gazetteer
) -> Candidate:
    """A main event whose own sentence opens "sau lễ đón ... tại X," took place at X."""
    sentence = view.sentences[main.sentence_index]
    found = _AFTER_WELCOME.match(view.lower, sentence.start, main.hit.start)
    if found is None:
        return main
    own = facts_of.get(main.sentence_index)
    # the welcome's own place, not one of a fronted frame ("chuyến thăm ... tại Hàn Quốc")
    place = _place_in(view, own, found.start("after"), min(found.end(), main.hit.start), gaz)
    return _placed(view, main, place, own, gaz)


def place_of_the_scene_before(
    view: ArticleView, main: Candidate, facts_of: Mapping[int, SentenceFacts], gaz: Gazetteer
) -> Candidate:
    """A main event whose sentence opens "Tiếp đó," right after the welcome's sentence took
    place where the welcome did."""
    index = main.sentence_index
    sentence = view.sentences[index]
    if index == 0 or _THEN.match(view.lower, sentence.start, main.hit.start) is None:
        return main
    before = view.sentences[index - 1]
    if _WELCOME.search(view.lower, before.start, before.end) is None:
        return main
    facts = facts_of.get(index - 1) or facts_without_events(view, index - 1)
    place = _place_in(view, facts, before.start, before.end, gaz)
    return _placed(view, main, place, facts_of.get(index), gaz)


def part_of_day_of_the_welcome(view: ArticleView, main: Candidate) -> Candidate:
    """README round 6 "Acts": the act that goes on from the welcome of the sentence before
    ("Tiếp đó," / "Sau lễ đón," opening its sentence) takes its part of day with its day
    ("Sáng 22/10, ... lễ đón ... Tiếp đó, hai bên hội đàm": a morning's talks)."""
    index = main.sentence_index
    if main.part_of_day is not None or main.iso_date is None or index == 0:
        return main
    low, start = view.lower, view.sentences[index].start
    goes_on = _THEN.match(low, start, main.hit.start) or _AFTER_THE_WELCOME.match(
        low, start, main.hit.start
    )
    if goes_on is None:
        return main
    before = view.sentences[index - 1]
    if _WELCOME.search(low, before.start, before.end) is None:
        return main
    for ref in view.dates_in(before.start, before.end):
        if date_value(ref) == main.iso_date:
            pod = written_part_of_day(ref)
            return main.but(part_of_day=pod) if pod is not None else main
    return main
