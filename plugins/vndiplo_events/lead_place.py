"""The place a lead writes for the event a headline names.

When the body tells its act in words that are no event word ("có cuộc tiếp xúc song phương"),
the headline's event stands in for it, anchored at the body's start (headline_event.py) and
dated by the lead. The lead's place is then the event's too, written before the act: "Sáng 14/3,
nhân Diễn đàn X họp ở thủ đô Y của Z, A đã ..." or "Sáng 14/3, tại Y, A ...". Only when
the lead's sentence is the one that dates the event: a place in another sentence is another
scene.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.frames import find_frames
from vndiplo_events.places import Gazetteer
from vndiplo_events.trip_place import lead_frame_o_place
from vndiplo_events.view import ArticleView

__all__ = ["bare_facts", "place_of_the_lead"]


#: "sau"/"trước" opening another act told before or after this one ("sau chuyến thăm tại
#: Lào", "trước khi dự hội nghị tại Huế"); "sau đó", "trước hết" only order the story
_SEQUENCE: Final = re.compile(r"(?<!\w)(?:sau|trước)(?!\s+(?:đó|này|hết|tiên)(?!\w))(?!\w)")


def _in_sequence_clause(low: str, sentence_start: int, pos: int) -> bool:
    """The place at ``pos`` sits in a clause (from the last comma or semicolon) that tells an
    act before or after this one: that act's place, not the lead's."""
    clause = max(low.rfind(",", sentence_start, pos), low.rfind(";", sentence_start, pos))
    return _SEQUENCE.search(low, max(clause + 1, sentence_start), pos) is not None


def bare_facts(view: ArticleView, index: int) -> SentenceFacts:
    """The facts of a sentence with no event word: its stops and frames, for its places."""
    sentence = view.sentences[index]
    mentions = [m.start for m in view.mentions_in(sentence.start, sentence.end)]
    dates = [d.start for d in view.dates_in(sentence.start, sentence.end)]
    frames = find_frames(view, sentence, mentions, dates)
    return SentenceFacts(sentence, (), frames, sorted([*mentions, *dates]))


def place_of_the_lead(
    view: ArticleView, main: Candidate, facts_of: Mapping[int, SentenceFacts], gaz: Gazetteer
) -> Candidate:
    """``main``, a headline's event standing in for the lead (no word of its own in the body),
    with the place of the lead sentence that dates it: a "tại" phrase, else the "ở" of the
    forum or trip that frames the sentence before its people (trip_place.py)."""
    if main.location is not None or main.hit.start != main.hit.end or main.date is None:
        return main
    index = main.sentence_index
    sentence = view.sentences[index]
    if not sentence.start <= main.date.start < sentence.end:
        return main
    facts = facts_of.get(index) or bare_facts(view, index)
    named = view.mentions_in(sentence.start, sentence.end)
    people_at = named[0].start if named else sentence.end
    # "tại X" anywhere in the sentence; "ở X" only written before the act's people: "trong
    # khi ông ở X dự ..." after the subject is where that one stays, not the meeting's ground
    place = next(
        (
            loc.text
            for loc in facts.locations(view, gaz)
            if not loc.title
            and (loc.at < people_at or view.lower.startswith("tại", loc.at))
            and not _in_sequence_clause(view.lower, sentence.start, loc.start)
        ),
        None,
    )
    if place is None:
        place = lead_frame_o_place(view, people_at, facts, gaz)
    return main if place is None else main.but(location=place)
