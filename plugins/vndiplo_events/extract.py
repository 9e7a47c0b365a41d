"""One document -> its events: find triggers per sentence, build candidates, pick the main one.

The steps, each in its own module: sentences (sentences.py), triggers (triggers.py), frames,
locations and dates (attributes.py), participants and roles (participants.py), statements
(statements.py) and topics (topics.py). This module decides what kind of mention each trigger
is:

* *reported*: a verb ("đã tiếp", "hội đàm với") or a light-verb noun ("có cuộc gặp", "có
  chuyến thăm"): a new event.
* *framed*: inside "Trong khuôn khổ ...", "nhân dịp ..." ("dự Hội chợ", "chuyến công tác"): a
  secondary event whose participant, if the frame names none, is the sentence's subject.
* *back-reference*: "Tại cuộc tiếp", "Cuộc gặp diễn ra", "Buổi tiếp": no new event; its
  sentence may add an occasion and statements to the event it refers to.
* *referenced*: a past or planned event named as a noun ("sau chuyến thăm ... của X",
  "từng thăm"): ``referenced=True``, never the main event.
* *embedded*: a verb under a reporting verb ("hoan nghênh X sang thăm"): kept as a secondary
  event unless it restates the main event's type.

The main event is the first reported event, not embedded, with participants.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import Final

import attrs
from attrs import define

from vndiplo.model import Document, Event, Participant, Person, Span, Statement
from vndiplo.registry import Context
from vndiplo_events.attributes import (
    Frame,
    Location,
    date_value,
    find_frames,
    find_locations,
    governing_date,
    part_of_day_near,
)
from vndiplo_events.participants import assign_roles, travel_from_place, travel_from_text
from vndiplo_events.patterns import word_start
from vndiplo_events.places import Gazetteer, gazetteer_for
from vndiplo_events.sentences import Sentence
from vndiplo_events.statements import RawStatement, finder_for, speaker_for
from vndiplo_events.topics import TopicVocabulary, vocabulary_for
from vndiplo_events.triggers import TriggerHit, table_for
from vndiplo_events.view import ArticleView, DateRef, Mention

__all__ = ["extract_events"]

_NOMINAL: Final = re.compile(r"(?:cuộc|buổi|chuyến|lễ)\s*$")
_LIGHT_VERB: Final = re.compile(
    r"(?:có|tiến\s+hành|tổ\s+chức|chủ\s+trì|thực\s+hiện|bắt\s+đầu|chứng\s+kiến)\s+"
    r"(?:(?:một|các|những|hai)\s+)?(?:cuộc|buổi|chuyến|lễ)?\s*$",
)
_CURRENT: Final = re.compile(
    r"(?:đang|đang\s+có|đang\s+trong|trong|nhân|dịp|khuôn\s+khổ)\s+(?:(?:cuộc|buổi|chuyến|lễ)\s*)?$",
)
_PAST_OR_PLANNED: Final = re.compile(
    r"(?<!\w)(?:từng|sẽ|dự\s+kiến|chuẩn\s+bị|sắp|nhận\s+lời\s+mời)\s+(?:\w+\s+){0,2}$"
)
#: the announced or agreed future among the referenced ("sẽ thăm", "nhận lời mời thăm")
_PLANNED: Final = re.compile(
    word_start("sẽ", r"dự\s+kiến", r"chuẩn\s+bị", "sắp", r"nhận\s+lời\s+mời") + r"\s"
)
#: "Trước hội đàm, ...", "Sau hội đàm", "Tại hội đàm", "Trong điện mừng, ...": a preposition
#: right before a bare trigger names an event already reported.
_BACKREF_PREP: Final = re.compile(word_start("trước", "sau", "tại", "trong") + r"\s+$")
#: "sau lễ đón chính thức, A hội đàm với B": a ceremony that goes with the sentence's event
_COMPANION: Final = re.compile(r"(?<!\w)(?:ngay\s+)?(?:sau|trước)\s+(?:khi\s+)?$")
#: wishes and proposals are no signing: "mong muốn hai bên sớm ký kết", "đề nghị ... ký kết"
_WISH: Final = re.compile(
    r"(?<!\w)(?:mong|đề\s+nghị|đề\s+xuất|kêu\s+gọi|hướng\s+tới|tiến\s+tới|sớm|thúc\s+đẩy)"
    r"(?!\w)[^,;.:]{0,60}$"
)
_DONE: Final = re.compile(r"(?<!\w)(?:đã|vừa)\s")
#: "Thứ Hai (24/3), tiếp X, Y khẳng định": nothing but time and punctuation before the trigger
_FRONTED_TYPES: Final = ("reception", "meeting", "talks")
#: "hai Thủ tướng", "hai nhà lãnh đạo": both sides of the event before
_BOTH: Final = re.compile(
    r"(?<!\w)hai\s+(?:bên|nhà\s+lãnh\s+đạo|lãnh\s+đạo|thủ\s+tướng|bộ\s+trưởng|chủ\s+tịch"
    r"|tổng\s+thống|ngoại\s+trưởng|người\s+đứng\s+đầu|đại\s+tướng|trưởng\s+đoàn)(?!\w)"
)
#: "đã được Chủ tịch nước Lương Cường tiếp": the agent after "được" is the subject
_PASSIVE: Final = re.compile(r"(?<!\w)được\s")
#: what may sit between coordinated triggers sharing an object ("lễ đón và hội đàm với")
_COORDINATED: Final = re.compile(
    r"(?:\s+(?:chính\s+thức|trọng\s+thể|cấp\s+nhà\s+nước))?\s*,?\s*(?:(?:và|cùng)\s+)?"
)
_EMBEDDING: Final = re.compile(
    word_start(
        *(r"chào\s+mừng", r"hoan\s+nghênh", r"cảm\s+ơn", r"đánh\s+giá", r"bày\s+tỏ", "mời"),
        *(r"vinh\s+dự", "mong", r"ủng\s+hộ", r"cho\s+rằng", r"khẳng\s+định", r"nhấn\s+mạnh"),
        *(r"đề\s+nghị", r"dành\s+thời\s+gian"),
    )
    + r"(?!\w)",
)
#: "lời mời", "thư mời", "giấy mời": the noun, not the verb "mời" that embeds a trigger
_INVITATION_NOUN: Final = re.compile(r"(?<!\w)(?:lời|thư|giấy)\s+$")
_OBJECT_STOP: Final = re.compile(
    word_start(
        r"đang\s+(?:có|thăm|dự|công\s+tác|làm\s+việc|ở)",
        r"sang\s+(?:thăm|dự|làm\s+việc)",
        r"tới\s+(?:thăm|dự|làm\s+việc)",
        r"đến\s+(?:thăm|dự|làm\s+việc)",
        r"theo\s+lời\s+mời",
        r"nhân\s+dịp",
        "nhằm",
        r"về\s+việc",
    )
    + r"(?!\w)|;",
)
#: "Lễ ký kết diễn ra tại ...", "Cuộc gặp giữa hai Bộ trưởng đã được tổ chức tại ...": at most
#: a few words between the event and its verb of taking place
_TOOK_PLACE: Final = re.compile(
    r"(?:\s+[^\s,;.:]+){0,6}?\s+(?:đã\s+)?(?:diễn\s+ra|được\s+tổ\s+chức|được\s+cử\s+hành)(?!\w)"
)
#: a sentence that opens with the event: "Lễ ký kết ...", "Cuộc hội đàm ...", "Buổi tiếp ..."
_EVENT_OPENS: Final = re.compile(r"[\W_]*(?:(?:cuộc|buổi|lễ|chuyến)\s+)?")
_CUA: Final = re.compile(r"(?<!\w)của\s+")
_SAME_DAY: Final = re.compile(word_start(r"cùng\s+ngày") + r"(?!\w)")
_SOLO: Final = ("visit", "attend", "other")
#: A subject or a clause longer than this is no subject: it bounds every backward look, so
#: the stage stays linear on pathological input ("tiếp " * 20000).
_WINDOW: Final = 300
#: Real sentences hold a handful of triggers; more are noise and would cost quadratic time.
_MAX_HITS_PER_SENTENCE: Final = 16
_GENERIC: Final = re.compile(r"(?:các|những|nhiều|mọi)\s+(?:cuộc\s+|buổi\s+)?$")


@define
class _Candidate:
    """An event under construction, in normalised coordinates."""

    hit: TriggerHit
    sentence_index: int
    form: str  # reported | framed | backref | referenced
    embedded: bool
    subjects: list[Person]
    objects: list[Person]
    inviters: list[Person]
    frame: Frame | None
    zone_end: int
    scope_start: int = 0
    date: DateRef | None = None
    location: str | None = None
    occasion: str | None = None
    participants: tuple[Participant, ...] = ()
    cameo: str | None = None
    statements: list[Statement] = attrs.Factory(list)
    topic_spans: list[tuple[int, int]] = attrs.Factory(list)
    date_value: str | None = None
    part_of_day: str | None = None
    planned: bool = False
    #: goes with another event of its sentence ("sau lễ đón chính thức, ..."): never main
    secondary: bool = False


def _is_name_use(text: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """A capitalised trigger inside a sentence is a name ("Chương trình Gặp gỡ đầu Xuân")."""
    if not text[hit.start].isupper():
        return False
    return bool(text[sentence.start : hit.start].strip(" \"“'‘(-–—•*"))


def _in_other_frame(frames: Sequence[Frame], pos: int, own: Frame | None) -> bool:
    """True if ``pos`` lies in an invitation frame other than ``own``."""
    other = _frame_of(frames, pos)
    return other is not None and other is not own and other.kind == "invitation"


def _frame_of(frames: Sequence[Frame], pos: int) -> Frame | None:
    for frame in frames:
        if frame.start <= pos < frame.end:
            return frame
    return None


def _form(low: str, sentence: Sentence, hit: TriggerHit, frame: Frame | None) -> str:
    """reported | framed | backref | referenced, or "wish" (no event at all)."""
    before = low[max(sentence.start, hit.start - 30) : hit.start]
    phrase = hit.trigger.phrase
    nominal = bool(_NOMINAL.search(before)) or phrase.startswith(("chuyến ", "lễ "))
    if hit.trigger.type == "signing":
        wish = _WISH.search(low, max(sentence.start, hit.start - 80), hit.start)
        if wish and not _DONE.search(wish.group()):
            return "wish"
    if frame is not None and frame.kind != "invitation":
        return "framed"
    if _PAST_OR_PLANNED.search(before):
        return "referenced"
    if not nominal and _BACKREF_PREP.search(before):
        return "backref"
    if not nominal or _LIGHT_VERB.search(before):
        return "reported"
    if _CURRENT.search(before):
        return "reported" if hit.trigger.type == "visit" else "backref"
    return "referenced" if hit.trigger.type in ("visit", "attend", "signing") else "backref"


def _clause_start(text: str, sentence: Sentence, pos: int) -> int:
    floor = max(sentence.start, pos - _WINDOW)
    semi = text.rfind(";", floor, pos)
    return semi + 1 if semi != -1 else floor


def _people(mentions: Sequence[Mention]) -> list[Person]:
    return _unique_people(mention.person for mention in mentions)


def _unique_people(persons: Iterable[Person]) -> list[Person]:
    """One person per name, first mention first."""
    seen: dict[str, Person] = {}
    for person in persons:
        seen.setdefault(person.name, person)
    return list(seen.values())


def _build(
    view: ArticleView,
    index: int,
    sentence: Sentence,
    hits: Sequence[TriggerHit],
    frames: Sequence[Frame],
) -> list[_Candidate]:
    """One candidate per trigger hit. A back-reference only gets its form and frame here;
    :func:`_fill_zones` adds its participants and scope if it is ever needed."""
    out: list[_Candidate] = []
    low = view.lower
    for i, hit in enumerate(hits):
        frame = _frame_of(frames, hit.start)
        form = _form(low, sentence, hit, frame)
        if form == "wish":
            continue
        cand = _Candidate(hit, index, form, False, [], [], [], frame, sentence.end)
        cand.scope_start = sentence.start
        if form == "referenced":
            before = low[max(sentence.start, hit.start - 30) : hit.start]
            cand.planned = bool(_PLANNED.search(before))
        if form != "backref":
            _fill_zones(view, cand, sentence, hits, i, frames)
        out.append(cand)
    if len(out) > 1:
        _share_across(low, sentence, out)
    principal = next((c for c in out if c.form == "reported" and c.frame is None), None)
    # framed events with no person of their own take the sentence's subject
    if principal is not None:
        for cand in out:
            if (
                cand.form == "framed"
                and not cand.subjects
                and cand.frame is not None
                and cand.frame.end <= principal.hit.start
            ):
                cand.subjects = list(principal.subjects)
    return out


def _share_across(low: str, sentence: Sentence, out: Sequence[_Candidate]) -> None:
    """What the triggers of one sentence lend each other: a coordinated trigger its object,
    the sentence's event its sides to a companion ceremony."""
    # coordinated triggers share their object: "chủ trì lễ đón và hội đàm với X"
    for cand, nxt in pairwise(out):
        if (
            not cand.objects
            and cand.form == nxt.form
            and cand.form in ("reported", "framed")
            and _COORDINATED.fullmatch(low, cand.hit.end, nxt.hit.start)
        ):
            cand.objects = list(nxt.objects)
            cand.subjects = cand.subjects or list(nxt.subjects)
            cand.zone_end = nxt.zone_end
    # "sau lễ đón chính thức, A đã hội đàm với B": the ceremony is an event of A and B too
    for cand in out:
        if not (
            cand.form == "backref"
            and cand.hit.trigger.phrase.startswith("lễ ")
            and _COMPANION.search(low, max(sentence.start, cand.hit.start - 16), cand.hit.start)
        ):
            continue
        host = next(
            (
                c
                for c in out
                if c.form == "reported"
                and c.frame is None
                and c.hit.start > cand.hit.start
                and c.hit.trigger.type != cand.hit.trigger.type
            ),
            None,
        )
        if host is not None:
            cand.form, cand.secondary = "reported", True
            cand.subjects, cand.objects = list(host.subjects), list(host.objects)
            cand.inviters = list(host.inviters)


def _fill_zones(
    view: ArticleView,
    cand: _Candidate,
    sentence: Sentence,
    hits: Sequence[TriggerHit],
    i: int,
    frames: Sequence[Frame],
) -> None:
    """Subjects, objects and inviters of ``hits[i]``, whether it is embedded, where its
    object zone ends and where its own clause starts."""
    text, low = view.text, view.lower
    hit, frame, form = cand.hit, cand.frame, cand.form
    clause = _clause_start(text, sentence, hit.start)
    zone_start = frame.start if frame is not None and form == "framed" else clause
    # a reporting verb embeds the trigger; the noun "lời mời" ("Theo lời mời của X, Y thăm")
    # and anything inside an invitation frame do not
    embeddings = [
        e
        for e in _EMBEDDING.finditer(low, zone_start, hit.start)
        if not _INVITATION_NOUN.search(low, max(0, e.start() - 8), e.start())
        and not _in_other_frame(frames, e.start(), frame)
    ]
    # subject zone: persons before the trigger, outside other frames
    subjects: list[Person] = []
    inviters: list[Person] = []
    for mention in view.mentions_in(zone_start, hit.start):
        other = _frame_of(frames, mention.start)
        if other is not None and other is not frame:
            if other.kind == "invitation":
                inviters.append(mention.person)
            continue
        subjects.append(mention.person)
    subjects = _unique_people(subjects)
    if hit.trigger.type in _SOLO and subjects:
        subjects = subjects[-1:]
    # object zone: to the next trigger, frame, or clause marker
    zone_end = frame.end if frame is not None and form == "framed" else sentence.end
    if i + 1 < len(hits):
        zone_end = min(zone_end, hits[i + 1].start)
    for other in frames:
        if hit.end <= other.start < zone_end:
            zone_end = other.start
            if other.kind == "invitation":
                inviters.extend(m.person for m in view.mentions_in(other.start, other.end))
    stop = _OBJECT_STOP.search(low, hit.end, zone_end)
    if stop:
        zone_end = stop.start()
    if hit.trigger.type == "visit":
        comma = text.find(",", hit.end, zone_end)
        objects = _people(view.mentions_in(hit.end, comma if comma != -1 else zone_end))
    else:
        objects = _people(view.mentions_in(hit.end, zone_end))
    kind = hit.trigger.type
    if kind not in _SOLO:
        passive = _passive_split(view, subjects, zone_start, hit.start)
        if passive is not None:
            # "X đã được Y tiếp": Y is the subject (host), X joins the objects (guest)
            subjects, patients = passive
            objects = _unique_people([*patients, *objects])
        elif kind in _FRONTED_TYPES and not subjects and form == "reported" and frame is None:
            fronted = _fronted_split(view, hit.end, zone_end)
            if fronted is not None:
                subjects, objects = fronted
    if form == "referenced" and kind == "visit":
        cua = _CUA.search(low, hit.end, zone_end)
        after = _people(view.mentions_in(cua.end(), zone_end)) if cua else []
        nominal = hit.trigger.phrase.startswith("chuyến ") or _NOMINAL.search(
            low, max(sentence.start, hit.start - 8), hit.start
        )
        if cua is not None or nominal:
            subjects = after[:1]
        # else a verb ("sẽ thăm", "nhận lời mời thăm"): its subject is the visitor
        if not subjects and not view.mentions_in(sentence.start, hit.start):
            later = view.mentions_in(hit.end, sentence.end)
            subjects = [later[0].person] if later else []
        objects = []
    elif kind == "visit" and objects:
        # "chuyến thăm chính thức Singapore của Tổng Bí thư Tô Lâm": the visitor follows "của"
        cua = _CUA.search(low, hit.end, zone_end)
        first = view.mentions_in(hit.end, zone_end)
        if cua is not None and first and cua.start() < first[0].start:
            subjects = _people(view.mentions_in(cua.end(), zone_end))[:1]
            objects = []
    # a verb under a reporting verb or in a relative clause of the previous event takes
    # its date and place from its own clause only
    scope_start = sentence.start
    if embeddings:
        scope_start = embeddings[-1].end()
    if i > 0 and (
        _OBJECT_STOP.search(low, hits[i - 1].end, hit.start)
        or _CURRENT.search(low, max(sentence.start, hit.start - 30), hit.start)
    ):
        scope_start = max(scope_start, hits[i - 1].end)
    cand.embedded = bool(embeddings)
    cand.subjects = subjects
    cand.objects = objects
    cand.inviters = _unique_people(inviters)
    cand.zone_end = zone_end
    cand.scope_start = scope_start


def _passive_split(
    view: ArticleView, subjects: Sequence[Person], zone_start: int, trigger: int
) -> tuple[list[Person], list[Person]] | None:
    """(agents, patients) of "X (đã) được Y <trigger>", else None: the persons after the last
    "được" of the subject zone are its agents, the ones before it the patients."""
    if not subjects:
        return None
    low = view.lower
    at = low.rfind("được", max(zone_start, trigger - 120), trigger)
    if at == -1 or not _PASSIVE.match(low, at):
        return None
    if at > zone_start and low[at - 1].isalnum():
        return None
    agents = view.mentions_in(at, trigger)
    if not agents or agents[0].start - at > 70:
        return None
    patients = _people(view.mentions_in(zone_start, at))
    if not patients:
        return None
    return _people(agents), patients


def _fronted_split(
    view: ArticleView, start: int, end: int
) -> tuple[list[Person], list[Person]] | None:
    """(subjects, objects) of a fronted trigger: "tiếp X tại Y, Z khẳng định ...": the objects
    run to the first comma after them that opens a segment naming a person, its subject."""
    text = view.text
    mentions = view.mentions_in(start, end)
    if len(mentions) < 2:
        return None
    pos = mentions[0].end
    while True:
        comma = text.find(",", pos, end)
        if comma == -1:
            return None
        following = text.find(",", comma + 1, end)
        segment_end = end if following == -1 else following
        later = view.mentions_in(comma + 1, segment_end)
        if later:
            objects = _people(view.mentions_in(start, comma))
            return [later[0].person], objects
        pos = comma + 1


def _choose_location(
    cand: _Candidate,
    locations: Sequence[Location],
    frames: Sequence[Frame],
    sentence: Sentence,
    hits: Sequence[TriggerHit],
) -> str | None:
    usable = [loc for loc in locations if not loc.title]
    hit = cand.hit
    if cand.form == "framed" and cand.frame is not None:
        frame = cand.frame
        inside = [x for x in usable if frame.start <= x.start < frame.end and x.start > hit.end]
        return inside[0].text if inside else None
    if cand.form == "referenced":
        inside = [x for x in usable if hit.end <= x.start < cand.zone_end]
        return inside[0].text if inside else None
    free = [x for x in usable if _frame_of(frames, x.start) is None and x.start >= cand.scope_start]
    before = [x for x in free if x.end <= hit.start]
    if before:
        return before[-1].text
    for loc in free:
        if loc.start >= hit.end and not any(hit.end <= h.start < loc.start for h in hits):
            return loc.text
    for loc in usable:
        lead = _frame_of(frames, loc.start)
        if lead is not None and lead.end <= hit.start and lead.kind != "invitation":
            return loc.text
    return None


def _occasion(text: str, cand: _Candidate, frames: Sequence[Frame]) -> str | None:
    for frame in frames:
        if frame is cand.frame or frame.kind == "invitation":
            continue
        value = text[frame.start : frame.end].strip(" ,.;")
        if value:
            return value
    return None


def _travel(
    low: str,
    cand: _Candidate,
    frames: Sequence[Frame],
    sentence: Sentence,
    gaz: Gazetteer,
    same_place: str | None = None,
) -> str | None:
    """Who travelled: a third-country place first, then the wording, then the place.
    ``same_place`` stands in for a missing location ("Trưa cùng ngày, A gặp B")."""
    lead = [f for f in frames if f.end <= cand.hit.start and f.kind != "invitation"]
    lead_text = low[lead[0].start : lead[0].end] if lead else None
    place = cand.location or same_place
    place_country = gaz.country_of(place) if place else None
    by_place = travel_from_place(place_country, cand.subjects, cand.objects, gaz)
    if by_place == "third":
        return by_place
    by_text = travel_from_text(lead_text, low[cand.hit.end : sentence.end])
    if by_text == "subject":
        return by_text
    if by_place is not None:
        return by_place
    if by_text is not None:
        return by_text
    if any(f.kind == "sidelines" for f in lead):
        return "third"
    return None


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    if a.hit.trigger.type != b.hit.trigger.type or (a.form == "referenced") != (
        b.form == "referenced"
    ):
        return False
    names_a = {p.name for p in a.participants}
    names_b = {p.name for p in b.participants}
    if a.form == "referenced":
        if names_a and names_b and not names_a & names_b:
            return False
    elif not names_a or names_a != names_b:
        return False
    if a.date_value and b.date_value and a.date_value != b.date_value:
        return False
    return not (
        a.location and b.location and a.location not in b.location and b.location not in a.location
    )


def _bucket(cand: _Candidate) -> tuple[object, ...]:
    """Candidates that may be merged share a bucket: same type, flag and (for reported events)
    the same participants."""
    referenced = cand.form == "referenced"
    names = frozenset() if referenced else frozenset(p.name for p in cand.participants)
    return (cand.hit.trigger.type, referenced, names)


def _merge(into: _Candidate, other: _Candidate) -> None:
    names = {p.name for p in into.participants}
    into.participants += tuple(p for p in other.participants if p.name not in names)
    for name in ("date_value", "part_of_day", "location", "occasion", "cameo"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    into.statements.extend(other.statements)
    into.topic_spans.extend(other.topic_spans)


class _SentenceFacts:
    """What the candidates of one sentence share. The "tại" phrases are found on first use:
    a sentence whose only triggers are back-references ("Tại cuộc tiếp, ...") rarely needs
    them (see :func:`_finish_backrefs`)."""

    __slots__ = ("_locations", "frames", "hits", "sentence", "stops")

    def __init__(
        self,
        sentence: Sentence,
        hits: Sequence[TriggerHit],
        frames: Sequence[Frame],
        stops: Sequence[int],
    ) -> None:
        self.sentence = sentence
        self.hits = hits
        self.frames = frames
        self.stops = stops
        self._locations: list[Location] | None = None

    def locations(self, view: ArticleView, gaz: Gazetteer) -> list[Location]:
        if self._locations is None:
            self._locations = find_locations(view, self.sentence, self.stops, gaz)
        return self._locations


def extract_events(document: Document, context: Context | None = None) -> list[Event]:
    """The events of one document, main event first; see the module docstring."""
    view = ArticleView(document)
    if not view.sentences:
        return []
    registry = context.registry if context is not None else None
    table, gaz = table_for(registry), gazetteer_for(registry)
    finder, vocab = finder_for(registry), vocabulary_for(registry)
    text = view.text

    candidates: list[_Candidate] = []
    backrefs: list[tuple[_Candidate, _SentenceFacts]] = []
    both: list[Person] | None = None  # the two sides of the latest reported event
    last_place: str | None = None  # the place of the latest reported event
    both_event: _Candidate | None = None
    pair_of: list[tuple[_Candidate, _Candidate | None]] = []
    statements_by_sentence: dict[int, list[RawStatement]] = {}
    facts_of: dict[int, _SentenceFacts] = {}
    all_hits = [h for b0, b1 in view.blocks for h in table.find(text, b0, b1, view.lower)]
    hit_starts = [h.start for h in all_hits]
    for index, sentence in enumerate(view.sentences):
        raw = finder.find(view, sentence)
        if raw:
            statements_by_sentence[index] = raw
        lo = bisect_left(hit_starts, sentence.start)
        hi = bisect_left(hit_starts, sentence.end)
        if lo == hi:
            continue  # no trigger in this sentence: only its statements matter
        hits = [
            h
            for h in all_hits[lo:hi]
            if h.end <= sentence.end
            and not _is_name_use(text, sentence, h)
            and not _GENERIC.search(view.lower, max(sentence.start, h.start - 16), h.start)
        ][:_MAX_HITS_PER_SENTENCE]
        if not hits:
            continue
        mentions = view.mentions_in(sentence.start, sentence.end)
        date_starts = [d.start for d in view.dates_in(sentence.start, sentence.end)]
        anchors = sorted([m.start for m in mentions] + [h.start for h in hits])
        frames = find_frames(view, sentence, anchors, date_starts)
        facts = _SentenceFacts(sentence, hits, frames, sorted([*anchors, *date_starts]))
        facts_of[index] = facts
        built = _build(view, index, sentence, hits, frames)
        principal_location: str | None = None
        for cand in built:
            if (
                cand.form == "reported"
                and not cand.subjects
                and not cand.objects
                and both is not None
                and _BOTH.search(view.lower, cand.scope_start, cand.hit.start)
            ):
                # "Sau hội đàm, hai Thủ tướng đã chứng kiến lễ ký kết": the pair of before
                cand.subjects = list(both)
                pair_of.append((cand, both_event))
            if cand.form == "backref":
                continue
            locations = facts.locations(view, gaz)
            cand.location = _choose_location(cand, locations, frames, sentence, hits)
            if cand.form == "reported" and cand.frame is None and principal_location is None:
                principal_location = cand.location
        for cand in built:
            cand.topic_spans.append((sentence.start, sentence.end))
            if cand.form == "backref":
                # Only its occasion can reach the output, unless no reported event has
                # participants; the rest is worked out then, if at all.
                cand.occasion = _occasion(text, cand, frames)
                backrefs.append((cand, facts))
            else:
                _finish(view, cand, facts, principal_location, gaz, last_place)
                if cand.form == "reported" and cand.frame is None and not cand.secondary:
                    if len(cand.subjects) + len(cand.objects) >= 2:
                        both, both_event = [*cand.subjects, *cand.objects], cand
                    if cand.location:
                        last_place = cand.location
        candidates.extend(built)

    # "hai Thủ tướng" events with no date of their own happened on their pair's day
    for cand, pair in pair_of:
        if cand.date_value is None and pair is not None and pair.date_value != "same-day":
            cand.date_value = pair.date_value
    # resolve "cùng ngày" against the previous dated event
    last_date: tuple[str | None, str | None] = (None, None)
    for cand in candidates:
        if cand.date_value == "same-day":
            cand.date_value = last_date[0]
        elif cand.date_value and cand.form == "reported":
            last_date = (cand.date_value, cand.part_of_day)

    headline = document.headline
    headline_types = (
        frozenset(h.trigger.type for h in table.find(headline) if h.trigger.type)
        if headline
        else frozenset()
    )
    main = _pick_main(candidates, lambda: _finish_backrefs(view, backrefs, gaz), headline_types)
    if main is not None and main.location is None:
        _took_place_at(view, main, candidates, facts_of, gaz)
    if main is not None and main.date_value is None:
        _fallback_date(view, main)
    events = _assemble(view, candidates, main, statements_by_sentence, vocab)
    return events


def _finish(
    view: ArticleView,
    cand: _Candidate,
    facts: _SentenceFacts,
    principal_location: str | None,
    gaz: Gazetteer,
    last_place: str | None = None,
) -> None:
    """Date, part of day, occasion, participants and CAMEO code of one candidate (its
    location is set already). ``last_place``: the place of the latest reported event, where a
    "cùng ngày" meeting with no place of its own took place too (for who travelled only)."""
    sentence, frames = facts.sentence, facts.frames
    if cand.form == "framed" and cand.location is None:
        cand.location = principal_location
    if cand.form == "framed" and cand.frame is not None:
        ref = governing_date(view, sentence, cand.hit.start, cand.hit.end, cand.zone_end)
        cand.date = ref if ref is not None and cand.frame.start <= ref.start else None
    elif cand.form == "referenced":
        refs = [
            r
            for r in view.dates_in(cand.hit.end, cand.zone_end)
            if r.expr.kind in ("date", "datetime", "span", "month", "year")
        ]
        cand.date = refs[0] if refs else None
    else:
        ref = governing_date(view, sentence, cand.hit.start, cand.hit.end, cand.zone_end)
        cand.date = ref if ref is not None and ref.start >= cand.scope_start else None
    if cand.date is not None:
        cand.date_value = date_value(cand.date)
        cand.part_of_day = cand.date.expr.part_of_day or part_of_day_near(
            view.lower, cand.date.start
        )
    elif cand.form == "reported":
        same = _SAME_DAY.search(view.lower, sentence.start, cand.hit.start)
        if same:
            cand.part_of_day = part_of_day_near(view.lower, same.start())
            cand.date_value = "same-day"
    if cand.form != "framed":
        cand.occasion = _occasion(view.text, cand, frames)
    same_place = None
    if (
        cand.location is None
        and last_place
        and cand.hit.trigger.type in ("meeting", "talks")
        and _SAME_DAY.search(view.lower, sentence.start, cand.hit.start)
    ):
        same_place = last_place
    travel = _travel(view.lower, cand, frames, sentence, gaz, same_place)
    cand.participants, cand.cameo = assign_roles(
        cand.hit.trigger.type or "other",
        cand.hit.trigger.cameo,
        cand.subjects,
        cand.objects,
        cand.inviters,
        travel,
    )


def _finish_backrefs(
    view: ArticleView, backrefs: Sequence[tuple[_Candidate, _SentenceFacts]], gaz: Gazetteer
) -> None:
    """Location, date and participants of the back-references, for when one of them must be
    the main event. Each depends on its own sentence only, so finishing late changes nothing."""
    for cand, facts in backrefs:
        hit_index = facts.hits.index(cand.hit)
        _fill_zones(view, cand, facts.sentence, facts.hits, hit_index, facts.frames)
        cand.location = _choose_location(
            cand, facts.locations(view, gaz), facts.frames, facts.sentence, facts.hits
        )
        _finish(view, cand, facts, None, gaz)


def _pick_main(
    candidates: Sequence[_Candidate],
    finish_backrefs: Callable[[], None],
    headline_types: frozenset[str] = frozenset(),
) -> _Candidate | None:
    """The first reported event with participants (not embedded, if possible); else the first
    back-reference with participants (``finish_backrefs`` works those out); else the first
    reported event. Among the reported events of the chosen one's sentence, the one whose type
    the headline names wins ("chủ trì lễ đón và hội đàm với X" under "... hội đàm với ...")."""
    reported = [c for c in candidates if c.form == "reported" and c.frame is None]
    with_people = [c for c in reported if c.participants and not c.secondary]
    if with_people:
        main = next((c for c in with_people if not c.embedded), with_people[0])
        if headline_types and main.hit.trigger.type not in headline_types:
            sibling = next(
                (
                    c
                    for c in with_people
                    if c.sentence_index == main.sentence_index
                    and not c.embedded
                    and c.hit.trigger.type in headline_types
                ),
                None,
            )
            if sibling is not None:
                return sibling
        return main
    finish_backrefs()
    backrefs = [c for c in candidates if c.form == "backref" and c.participants]
    if backrefs:
        return backrefs[0]
    return reported[0] if reported else None


def _took_place_at(
    view: ArticleView,
    main: _Candidate,
    candidates: Sequence[_Candidate],
    facts_of: dict[int, _SentenceFacts],
    gaz: Gazetteer,
) -> None:
    """A main event with no place takes the one of a later sentence of its type that opens
    with the event and says where it took place ("Lễ ký kết diễn ra tại Hà Nội", "Cuộc hội
    đàm giữa hai Bộ trưởng được tổ chức tại ..."); a meeting's or talks' roles are then judged
    by that place."""
    low = view.lower
    for cand in candidates:
        if (
            cand.form == "reported"
            or cand.sentence_index <= main.sentence_index
            or cand.hit.trigger.type != main.hit.trigger.type
        ):
            continue
        facts = facts_of[cand.sentence_index]
        if not _EVENT_OPENS.fullmatch(low, facts.sentence.start, cand.hit.start):
            continue
        took = _TOOK_PLACE.match(low, cand.hit.end, facts.sentence.end)
        if took is None:
            continue
        place = next(
            (
                loc.text
                for loc in facts.locations(view, gaz)
                if not loc.title
                and loc.start >= took.end()
                and _frame_of(facts.frames, loc.start) is None
            ),
            None,
        )
        if place is None:
            continue
        main.location = place
        own = facts_of.get(main.sentence_index)
        if own is not None and main.hit.trigger.type in ("meeting", "talks"):
            travel = _travel(low, main, own.frames, own.sentence, gaz)
            main.participants, main.cameo = assign_roles(
                main.hit.trigger.type,
                main.hit.trigger.cameo,
                main.subjects,
                main.objects,
                main.inviters,
                travel,
            )
        return


def _fallback_date(view: ArticleView, main: _Candidate) -> None:
    """The previous sentence's date in the same paragraph, else the body's first full date."""
    sentence = view.sentences[main.sentence_index]
    earlier = [
        r
        for r in view.dates_in(0, sentence.start)
        if r.expr.kind in ("date", "datetime")
        and view.sentences[main.sentence_index - 1].block == sentence.block
    ]
    pool = earlier[-1:] or [r for r in view.dates if r.expr.kind in ("date", "datetime")][:1]
    if pool:
        main.date = pool[0]
        main.date_value = date_value(pool[0])
        main.part_of_day = pool[0].expr.part_of_day or part_of_day_near(view.lower, pool[0].start)


def _assemble(
    view: ArticleView,
    candidates: list[_Candidate],
    main: _Candidate | None,
    statements_by_sentence: dict[int, list[RawStatement]],
    vocab: TopicVocabulary,
) -> list[Event]:
    kept: list[_Candidate] = []
    buckets: dict[tuple[object, ...], list[_Candidate]] = {}
    for cand in candidates:
        if cand is main:
            kept.append(cand)
            buckets.setdefault(_bucket(cand), []).append(cand)
            continue
        if cand.form == "backref" or (
            main is not None
            and cand.embedded
            and cand.form == "reported"
            and cand.hit.trigger.type == main.hit.trigger.type
        ):
            if main is not None and cand.occasion and main.occasion is None:
                main.occasion = cand.occasion
            continue
        if not cand.participants and not cand.date_value and not cand.location:
            continue
        key = _bucket(cand)
        target = next((k for k in buckets.get(key, ()) if _compatible(k, cand)), None)
        if target is not None:
            _merge(target, cand)
        else:
            kept.append(cand)
            buckets.setdefault(key, []).append(cand)
    # statements go to the latest anchoring event at or before their sentence
    anchors = sorted(
        (
            c
            for c in kept
            if c.form == "reported" and c.frame is None and not c.embedded and not c.secondary
        ),
        key=lambda c: c.hit.start,
    )
    if main is not None:
        anchors = [a for a in anchors if a is not main and a.hit.start >= main.hit.start]
        anchors.insert(0, main)
    anchor_sentences = [a.sentence_index for a in anchors]
    people_of: dict[int, list[Person]] = {}
    for index, raws in sorted(statements_by_sentence.items()):
        at = bisect_right(anchor_sentences, index)
        owner = anchors[at - 1] if at else main
        if owner is None:
            continue
        people = people_of.get(id(owner))
        if people is None:
            people = people_of[id(owner)] = _participant_people(view, owner)
        sentence = view.sentences[index]
        first = view.mentions_in(sentence.start, sentence.end)
        first_person = first[0].person if first else None
        previous: str | None = None
        for raw in raws:
            speaker = speaker_for(raw, previous, first_person, people)
            previous = speaker
            s, e = view.to_original(raw.start, raw.end)
            q0, q1 = view.to_original(raw.text_start, raw.text_end)
            quoted = view.norm.original[q0:q1]
            owner.statements.append(Statement(speaker, raw.verb, quoted, s, e))
            owner.topic_spans.append((raw.start, raw.end))
    mentioned = vocab.scan(view.lower, view.blocks)
    topic_starts = [pos for pos, _ in mentioned]
    ordered = sorted(kept, key=lambda c: (c is not main, c.hit.start))
    events: list[Event] = []
    for cand in ordered:
        sentence = view.sentences[cand.sentence_index]
        s, e = view.to_original(sentence.start, sentence.end)
        events.append(
            Event(
                type=cand.hit.trigger.type or "other",
                trigger=cand.hit.trigger.phrase,
                evidence=Span(s, e),
                date=cand.date_value,
                part_of_day=cand.part_of_day,
                location=cand.location,
                participants=cand.participants,
                cameo=cand.cameo,
                occasion=cand.occasion,
                referenced=cand.form == "referenced",
                planned=cand.planned and cand.form == "referenced",
                statements=tuple(cand.statements),
                topics=_topics(mentioned, topic_starts, cand.topic_spans),
            )
        )
    return events


def _topics(
    mentioned: Sequence[tuple[int, str]], starts: Sequence[int], spans: Sequence[tuple[int, int]]
) -> tuple[str, ...]:
    """Topics named inside the event's spans, in order of first appearance."""
    seen: dict[str, None] = {}
    for start, end in spans:
        for _, topic in mentioned[bisect_left(starts, start) : bisect_right(starts, end - 1)]:
            seen.setdefault(topic, None)
    return tuple(seen)


def _participant_people(view: ArticleView, cand: _Candidate) -> list[Person]:
    names = {p.name for p in cand.participants}
    seen: dict[str, Person] = {}
    for mention in view.mentions:
        if mention.person.name in names:
            seen.setdefault(mention.person.name, mention.person)
    return list(seen.values())
