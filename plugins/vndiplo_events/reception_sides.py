"""Who received whom, read from the words around a reception rather than from its clause.

* "Tại buổi tiếp, X khẳng định ...": the back-reference has no object of its own; X opens
  the clause after it and speaks at the event, as its subject (the host of a reception).
* "Về phía Việt Nam, dẫn đầu đoàn đón tiếp là X", "Đoàn đón tiếp gồm X": X leads the
  welcoming side, so X hosts, though written after the trigger.
* "Z cảm ơn chủ nhà đã đón tiếp chu đáo", a few sentences later: the one who
  thanks for the welcome is the guest (of a reception missing its guest; of a meeting or talks
  that neither the place nor the wording settled, whose other side then hosts).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles, with_travelling
from vndiplo_events.other_stays import EARLIER_TIME
from vndiplo_events.places import Gazetteer
from vndiplo_events.sentences import Sentence
from vndiplo_events.statements import DEFAULT_VERBS, STOP_VERBS, finder_for, speaker_for
from vndiplo_events.view import ArticleView
from vndiplo_events.welcome_words import WELCOME_TRIGGERS

__all__ = [
    "first_verb",
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


#: the first verb after the speaker: the subject zone ends there ("X chào mừng Y": Y is no
#: speaker)
_VERB: Final = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        r"\s+".join(map(re.escape, v.split()))
        for v in sorted({*DEFAULT_VERBS, *STOP_VERBS}, key=len, reverse=True)
    )
    + r")(?!\w)"
)


def first_verb(low: str, start: int, end: int) -> int | None:
    """Where the first statement or stop verb in ``low[start:end]`` starts, else None."""
    verb = _VERB.search(low, start, end)
    return None if verb is None else verb.start()


def with_speaker_as_subject(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A reception back-referenced with its trigger closed by a comma ("Tại buổi tiếp, X chào
    mừng Y"): the people named between the comma and the first verb are the clause's subject
    (the host), not the event's object; those after the verb stay objects."""
    if main.type != "reception" or main.form != "backref" or main.subjects or not main.objects:
        return main
    comma = _COMMA_AFTER.match(view.lower, main.hit.end, main.zone_end)
    if comma is None:
        return main
    verb = _VERB.search(view.lower, comma.end(), own.sentence.end)
    stop = verb.start() if verb is not None else own.sentence.end
    speakers = {m.person.name for m in view.mentions_in(comma.end(), stop)}
    subjects = tuple(p for p in main.objects if p.name in speakers)
    if not subjects:
        return main
    objects = tuple(p for p in main.objects if p.name not in speakers)
    return with_roles(view, main.but(subjects=subjects, objects=objects), own, gaz)


def with_welcoming_lead(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A reception named as the welcoming delegation ("dẫn đầu đoàn đón tiếp là X"): the
    people after it lead the hosts."""
    if main.type != "reception" or main.subjects or not main.objects:
        return main
    if main.hit.trigger.phrase not in WELCOME_TRIGGERS:
        return main
    low = view.lower
    start = max(own.sentence.start, main.hit.start - 8)
    if _WELCOMING_SIDE.search(low, start, main.hit.start) is None:
        return main
    if _IS_LED_BY.match(low, main.hit.end, main.zone_end) is None:
        return main
    return with_roles(view, main.but(subjects=main.objects, objects=()), own, gaz)


_THANKS: Final = ("cảm ơn", "cám ơn")
#: what is thanked for is the welcome: "cảm ơn sự đón tiếp", "cảm ơn lãnh đạo thành phố về
#: (vì) sự đón tiếp", "cảm ơn X đã (dành cho đoàn sự) đón tiếp"; the thanked party between holds
#: no comma and no second predicate ("cảm ơn X đã đến thăm và khẳng định ... sẵn sàng đón tiếp
#: các nhà đầu tư" thanks for the visit)
_FOR_WELCOME: Final = re.compile(
    r"(?:(?:(?!đã\s)[^.;:!?,]){0,80}?\s(?:về|vì)\s+"
    r"|(?:(?!đã\s)[^.;:!?,]){0,80}?\sđã\s+(?:dành\s+(?:cho\s[^.;:!?,]{0,80}?\s|thời\s+gian\s+)?)?)?"
    r"(?:sự\s+)?(?:đón\s+tiếp|tiếp\s+đón|tiếp\s+đãi)(?!\w)"
)
#: a trip named before the thanks: the welcome thanked for may be that trip's
_TRIP: Final = re.compile(r"(?<!\w)(?:chuyến|lần)\s+(?:thăm|công\s+tác|sang|đến)(?!\w)")
#: the welcome thanked for is that of a stay already over ("cảm ơn sự đón tiếp ... dành cho
#: Đoàn trong thời gian làm việc tại X trước đó"): it says nothing of who hosts this meeting
_EARLIER_WELCOME: Final = re.compile(r"[^.;:!?]{0,160}?" + EARLIER_TIME)
#: how many sentences after a meeting the thanks that settles its host may come
_MEETING_REACH: Final = 3
#: and after a reception that names its host only (the guest's reply follows the host's words)
RECEPTION_REACH: Final = 6
#: how far back a pronoun ("Ông cảm ơn ...") looks for the person it stands for
_RECENT_REACH: Final = 1500


def thanking_guest(
    view: ArticleView, first: int, skip: frozenset[str] = frozenset(), reach: int = _MEETING_REACH
) -> Person | None:
    """The first person not in ``skip``, from sentence ``first`` on (``reach`` sentences at
    most), who thanks for the welcome ("ông X cảm ơn tỉnh đã đón tiếp đoàn
    chu đáo"); not for that of an earlier trip ("Nhắc lại chuyến thăm ... (tháng 2), X cảm ơn sự
    đón tiếp ...": the sentence names a trip before the thanks)."""
    low = view.lower
    for sentence in view.sentences[first : first + reach]:
        if low.find("ơn", sentence.start, sentence.end) == -1:
            continue
        person = _thanker(view, sentence)
        if person is not None and person.name not in skip:
            return person
    return None


def _thanker(view: ArticleView, sentence: Sentence) -> Person | None:
    """Who thanks for the welcome in ``sentence``: the speaker of its "cảm ơn" statement, as
    statements.py resolves it (a name, a title, "Ông" for the person named last; a leading
    "Cảm ơn ..., X khẳng định" is X's)."""
    low = view.lower
    raws = finder_for(None).find(view, sentence)
    previous: str | None = None
    for i, raw in enumerate(raws):
        lo = bisect_left(view.mention_starts, max(0, raw.start - _RECENT_REACH))
        hi = bisect_left(view.mention_starts, raw.start)
        recent = [m.person.name for m in view.mentions[lo:hi]]
        later = next((r.speaker_mention for r in raws[i + 1 :] if r.speaker_mention), None)
        if raw.leading and later is not None:
            name: str | None = later.name
        else:
            inherited = previous or (recent[-1] if recent else None)
            name = speaker_for(raw, inherited, None, (), view.people, recent)
        previous = name
        if raw.verb not in _THANKS or name is None:
            continue
        if _TRIP.search(low, sentence.start, raw.start):
            return None
        welcome = _FOR_WELCOME.match(low, raw.text_start, sentence.end)
        if welcome is not None:
            if _EARLIER_WELCOME.match(low, welcome.end(), sentence.end):
                return None
            return next((p for p in view.people if p.name == name), None)
    return None


def with_thanking_guest(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A meeting or talks that neither the place nor the wording settled, whose side thanks,
    soon after, for the welcome: that side is the guest, the other the host ("Đoàn tỉnh A do X
    làm Trưởng đoàn làm việc với Tổng Lãnh sự Y", then "X cảm ơn sự đón tiếp nồng hậu của Y")."""
    if main.type not in ("meeting", "talks") or main.form not in ("reported", "backref"):
        return main
    if not main.subjects or not main.objects:
        return main
    if any(p.role != "participant" for p in main.participants):
        return main  # the place or the wording already told who travelled
    thanker = thanking_guest(view, main.sentence_index)
    if thanker is None:
        return main
    return with_travelling(main, frozenset({thanker.name}))


def welcomed_of_backref(
    view: ArticleView, cand: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A reception the body only refers back to, with no side in its own sentence ("Tại buổi
    đón tiếp, đoàn được nghe giới thiệu ..."), whose next sentences have someone thank for
    the welcome ("Ông X ... cảm ơn sự đón tiếp chu đáo của công ty"): that one is its guest."""
    if cand.type != "reception" or cand.form != "backref" or cand.subjects or cand.objects:
        return cand
    guest = thanking_guest(view, cand.sentence_index) or _sole_thanker(view, cand.sentence_index)
    if guest is None:
        return cand
    return with_roles(view, cand.but(objects=(guest,)), own, gaz)


def _sole_thanker(view: ArticleView, first: int) -> Person | None:
    """The one person a sentence names before it thanks for the welcome, in sentence ``first``
    or the next two, however the thanks is worded ("X chia sẻ ... và cảm ơn sự đón tiếp",
    "X ..., ông cũng bày tỏ cảm ơn sự đón tiếp"): no one else is there to thank."""
    low = view.lower
    for sentence in view.sentences[first : first + 3]:
        for thanks in _THANKS:
            at = low.find(thanks, sentence.start, sentence.end)
            if at == -1 or not _FOR_WELCOME.match(low, at + len(thanks) + 1, sentence.end):
                continue
            named = {m.person.name: m.person for m in view.mentions_in(sentence.start, at)}
            if len(named) == 1 and not _TRIP.search(low, sentence.start, at):
                return next(iter(named.values()))
    return None
