"""Who received whom, read from the words around a reception rather than from its clause.

* "Tại buổi tiếp, X khẳng định ...": the back-reference has no object of its own; X opens
  the clause after it and speaks at the event, as its subject (the host of a reception).
* "Về phía Việt Nam, dẫn đầu đoàn đón tiếp là X", "Đoàn đón tiếp gồm X": X leads the
  welcoming side, so X hosts, though written after the trigger.
* "Z cảm ơn lãnh đạo thành phố về sự đón tiếp nồng hậu", anywhere later in the article: the
  one who thanks for the welcome is the guest (of a reception missing its guest; of a meeting
  or talks, whose other side then hosts, whatever the place said).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.participants import assign_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = [
    "thanking_guest",
    "with_speaker_as_subject",
    "with_thanking_guest",
    "with_welcoming_lead",
]

#: the trigger's phrase, then its clause's comma: the names after it are the clause's subject
_COMMA_AFTER: Final = re.compile(r"\s*,")
#: the welcoming delegation before the trigger: "dẫn đầu đoàn đón tiếp", "Đoàn đón tiếp"
_WELCOMING_SIDE: Final = re.compile(r"(?<!\w)đoàn\s+$")
#: who it is after the trigger: "là X", "gồm X", "có X", "do X dẫn đầu"
_IS_LED_BY: Final = re.compile(r"\s*(?:là|gồm|có|do)\s")
_WELCOME_WORDS: Final = frozenset({"đón tiếp", "tiếp đón", "đón"})


def with_speaker_as_subject(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A back-reference with its trigger closed by a comma ("Tại buổi tiếp, X ..."): the
    people named after the comma are the clause's subject, not the event's object."""
    if main.form != "backref" or main.subjects or not main.objects:
        return main
    if _COMMA_AFTER.match(view.lower, main.hit.end, main.zone_end) is None:
        return main
    return with_roles(view, main.but(subjects=main.objects, objects=()), own, gaz)


def with_welcoming_lead(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A reception named as the welcoming delegation ("dẫn đầu đoàn đón tiếp là X"): the
    people after it lead the hosts."""
    if main.type != "reception" or main.subjects or not main.objects:
        return main
    if main.hit.trigger.phrase not in _WELCOME_WORDS:
        return main
    low = view.lower
    start = max(own.sentence.start, main.hit.start - 8)
    if _WELCOMING_SIDE.search(low, start, main.hit.start) is None:
        return main
    if _IS_LED_BY.match(low, main.hit.end, main.zone_end) is None:
        return main
    return with_roles(view, main.but(subjects=main.objects, objects=()), own, gaz)


#: the thanks and, soon after, the welcome thanked for
_THANKS: Final = ("cảm ơn", "cám ơn")
#: (a welcome "được" precedes is the host's joy: "cảm ơn ..., vui mừng được tiếp đón")
_FOR_WELCOME: Final = re.compile(
    r"[^.;:!?]{0,90}?(?<!\w)(?<!được\s)(?:sự\s+)?(?:đón\s+tiếp|tiếp\s+đón|tiếp\s+đãi)(?!\w)"
)
#: a trip named before the thanks: the welcome thanked for may be that trip's
_TRIP: Final = re.compile(r"(?<!\w)(?:chuyến|lần)\s+(?:thăm|công\s+tác|sang|đến)(?!\w)")
#: how many sentences after a meeting the thanks that settles its host may come
_MEETING_REACH: Final = 3
#: between the thanker's name and the verb, when others are named before: adverbs only
_RIGHT_BEFORE: Final = re.compile(r"\s*(?:(?:đã|cũng|xin|chân\s+thành|bày\s+tỏ)\s+)*")


def thanking_guest(
    view: ArticleView, first: int, skip: frozenset[str] = frozenset(), reach: int | None = None
) -> Person | None:
    """The first person not in ``skip``, from sentence ``first`` on (``reach`` sentences at
    most), who thanks for the welcome ("Bí thư X cảm ơn lãnh đạo thành phố về sự đón tiếp nồng
    hậu"); not for that of an earlier trip ("Nhắc lại chuyến thăm ... (tháng 2), X cảm ơn sự
    đón tiếp ...": the sentence names a trip before the thanks)."""
    low = view.lower
    last = None if reach is None else first + reach
    for sentence in view.sentences[first:last]:
        if low.find("ơn", sentence.start, sentence.end) == -1:
            continue
        for word in _THANKS:
            at = low.find(word, sentence.start, sentence.end)
            if at != -1 and _TRIP.search(low, sentence.start, at):
                break
            while at != -1:
                person = _thanker(view, sentence.start, at)
                if (
                    person is not None
                    and person.name not in skip
                    and _FOR_WELCOME.match(low, at + len(word), sentence.end)
                ):
                    return person
                at = low.find(word, at + 1, sentence.end)
    return None


def _thanker(view: ArticleView, start: int, at: int) -> Person | None:
    """Who thanks at ``at``: the one person the sentence names before it, else the person
    named right before the verb ("..., Bí thư X cảm ơn")."""
    before = view.mentions_in(start, at)
    if not before:
        return None
    if len({m.person.name for m in before}) == 1:
        return before[0].person
    last = before[-1]
    return last.person if _RIGHT_BEFORE.fullmatch(view.lower, last.end, at) else None


def with_thanking_guest(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A meeting or talks whose side thanks, later, for the welcome: that side is the guest,
    the other the host ("Đoàn tỉnh A do X làm Trưởng đoàn làm việc với Tổng Lãnh sự Y" at Y's
    seat, then "X cảm ơn sự đón tiếp nồng hậu của Y")."""
    if main.type not in ("meeting", "talks") or main.form not in ("reported", "backref"):
        return main
    if not main.subjects or not main.objects:
        return main
    thanker = thanking_guest(view, main.sentence_index, reach=_MEETING_REACH)
    if thanker is None:
        return main
    subjects = {p.name for p in main.subjects}
    objects = {p.name for p in main.objects}
    if thanker.name in subjects and thanker.name not in objects:
        travel = "subject"
    elif thanker.name in objects and thanker.name not in subjects:
        travel = "object"
    else:
        return main
    participants, cameo = assign_roles(
        main.type, main.hit.trigger.cameo, main.subjects, main.objects, main.inviters, travel
    )
    return main.but(participants=participants, cameo=cameo)
