"""Candidate finding: one candidate per trigger hit of a sentence, with its form and its sides.

What kind of mention a trigger is (:mod:`vndiplo_events.mention_form`), who is before it
(subjects, inviters) and after it (objects), where its object zone ends and where its own clause
starts. The words that decide are the cues of :mod:`vndiplo_events.cues`; the sides of a
passive or fronted trigger come from :mod:`vndiplo_events.inverted_sides`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from vndiplo.model import Person
from vndiplo_events.attendance import (
    attended_sides,
    attended_signing,
    attends_meeting,
    modifies_object,
)
from vndiplo_events.candidate import Candidate, frame_of, unique_people
from vndiplo_events.clause_chain import (
    chain_head,
    chained_sides,
    chained_subjects,
    own_scope_start,
)
from vndiplo_events.clauses import parallel_clause_comma, subject_clause_start
from vndiplo_events.co_acts import co_act_cut
from vndiplo_events.commentary import commentary_now, recalls_a_role, time_comparison_end
from vndiplo_events.community_visits import as_community_meeting
from vndiplo_events.companions import (
    in_escort_list,
    is_accompanied,
    is_bare_spouse,
    is_companion,
    is_escorted,
    is_mourned,
    principals,
    titled_sides,
)
from vndiplo_events.conveyed import conveyed_sides
from vndiplo_events.coordination import is_apposition, nearest_subjects
from vndiplo_events.credentials import CREDENTIALS, addressees
from vndiplo_events.cues import Cues
from vndiplo_events.frames import Frame
from vndiplo_events.group_subject import collective_subject_start
from vndiplo_events.inverted_sides import fronted_split, opens_clause, passive_split
from vndiplo_events.inviters import (
    inside_invitation_after_subject,
    invitation_start,
    invited_by_agent,
)
from vndiplo_events.mention_form import form_of, in_other_frame
from vndiplo_events.namesakes import is_namesake
from vndiplo_events.planned_clause import planned_by_clause, recalled_by_clause
from vndiplo_events.plural_acts import (
    first_of_several,
    listed_leaders,
    other_parties,
    plural_act,
    separate_senders,
)
from vndiplo_events.possessors import in_possessor_complement
from vndiplo_events.recalled_time import recalled_by_time
from vndiplo_events.reporters import is_fronted_source, reporter_cut
from vndiplo_events.restated import restated_objects
from vndiplo_events.semicolon_lists import opens_item
from vndiplo_events.sentences import Sentence
from vndiplo_events.social import SOCIAL, social_sides
from vndiplo_events.topical import named_as_topic, place_clause_start, takes_place_later
from vndiplo_events.trigger_nouns import invitation_noun, light_noun, noun_pair_next
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.verb_lists import list_head_start
from vndiplo_events.view import ArticleView, Mention, title_key
from vndiplo_events.visit_frame_acts import trip_of_the_subject

__all__ = [
    "WINDOW",
    "build_candidates",
    "fill_zones",
    "noun_pair_next",
    "occasion",
]

#: the invitation noun right before an act's verb: "lời mời thăm", "lời mời sang thăm"
_INVITED_TO: Final = re.compile(r"(?<!\w)lời\s+mời\s+(?:(?:sang|đến|tới|qua|về)\s+)?$")

#: "Thứ Hai (24/3), tiếp X, Y khẳng định": nothing but time and punctuation before the trigger
_FRONTED_TYPES: Final = ("reception", "meeting", "talks")
#: visit, attend and other take only the nearest subject
SOLO: Final = ("visit", "attend", "other")
#: A subject or a clause longer than this is no subject: it bounds every backward look, so
#: the stage stays linear on pathological input ("tiếp " * 20000).
WINDOW: Final = 300


def occasion(text: str, own: Frame | None, frames: Sequence[Frame]) -> str | None:
    """The text of the first frame of the sentence that is not the event's own."""
    for frame in frames:
        if frame is own or frame.kind == "invitation":
            continue
        value = text[frame.start : frame.end].strip(" ,.;")
        if value:
            return value
    return None


def _clause_start(text: str, sentence: Sentence, pos: int) -> int:
    floor = max(sentence.start, pos - WINDOW)
    semi = text.rfind(";", floor, pos)
    return semi + 1 if semi != -1 else floor


def people(mentions: Sequence[Mention]) -> tuple[Person, ...]:
    return unique_people(mention.person for mention in mentions)


def _governed_by_the_noun_before(
    cues: Cues,
    low: str,
    sentence: Sentence,
    hits: Sequence[TriggerHit],
    i: int,
    out: Sequence[Candidate],
) -> bool:
    """``hits[i]`` is the second word of one event noun whose first word was the last candidate
    ("buổi tiếp và làm việc", "cuộc hội đàm và hội kiến"): it takes that candidate's form."""
    return (
        bool(out)
        and out[-1].hit is hits[i - 1]
        and noun_pair_next(cues, low, sentence, hits, i - 1)
    )


def build_candidates(
    view: ArticleView,
    cues: Cues,
    index: int,
    sentence: Sentence,
    hits: Sequence[TriggerHit],
    frames: Sequence[Frame],
    first_key: int,
) -> list[Candidate]:
    """One candidate per trigger hit, keys from ``first_key``. A back-reference only gets its
    form and frame here; :func:`fill_zones` adds its sides and scope if it is ever needed."""
    out: list[Candidate] = []
    low = view.lower
    compared_from = time_comparison_end(low, sentence)
    recalled = recalls_a_role(view, sentence)
    for i, hit in enumerate(hits):
        frame = frame_of(frames, hit.start)
        form = form_of(cues, low, sentence, hit, frame)
        if (
            form == "wish"
            or (i > 0 and modifies_object(low, hits[i - 1], hit))
            or in_escort_list(low, sentence.start, sentence.end, hit.start)
        ):
            # a wish; "lễ đón các Trưởng đoàn tham dự X" (attendance.py); "Tháp tùng X thăm Y
            # có A": X's trip, told elsewhere, and who escorts him (companions.py)
            continue
        if form == "reported" and _governed_by_the_noun_before(cues, low, sentence, hits, i, out):
            # "Tại buổi tiếp và làm việc với X": the second verb is the same back-reference
            form = "backref" if out[-1].form == "backref" else form
        planned = False
        # "X sẽ hội đàm với A; hội kiến B": the clause after ";" is X's and planned too
        head = chain_head(view.text, sentence.start, hit.start) if frame is None else None
        if form == "reported" and (
            (frame is None and planned_by_clause(low, sentence, hit, head))
            # "chuyển lời mời thăm Việt Nam của X": an invitation to the act (round 18)
            or _INVITED_TO.search(low, max(sentence.start, hit.start - 30), hit.start) is not None
            or takes_place_later(
                low, sentence, hit, hit.trigger.phrase.startswith(cues.nominal_prefixes)
            )
        ):
            form, planned = "referenced", True
        elif form == "reported" and (
            named_as_topic(low, sentence, hit)
            or commentary_now(view, sentence)
            or recalled
            or recalled_by_clause(low, sentence, hit)
            or recalled_by_time(low, sentence, hit)
            or (compared_from is not None and hit.start >= compared_from)
        ):
            form = "referenced"
        elif form == "referenced":
            before = low[max(sentence.start, hit.start - 30) : hit.start]
            planned = bool(cues.planned.search(before))
        if (
            form == "reported"
            and _governed_by_the_noun_before(cues, low, sentence, hits, i, out)
            and out[-1].form == "referenced"
        ):
            # "kết quả cuộc hội đàm và hội kiến": the one event noun governs both words
            form, planned = "referenced", out[-1].planned
        if form != "backref":
            fields = _zones(view, cues, form, frame, sentence, hits, i, frames)
            if form == "referenced":
                fields = _own_clause_sides(view, sentence, hit, fields)
            if head is not None and not fields["subjects"]:
                fields["subjects"] = _chained(view, sentence, hit, fields["objects"])
            elif head is not None and hit.trigger.type not in SOLO:
                # "X đã hội kiến A; chào xã giao B, C và hội đàm với D": X's acts (clause_chain)
                fields["subjects"], fields["objects"] = chained_sides(
                    view,
                    sentence.start,
                    hit.start,
                    hit.end,
                    fields["subjects"],
                    fields["objects"],
                    hit.trigger.phrase in CALLS,
                )
            own = own_scope_start(view, sentence.start, hit.start) if head is not None else None
            if own is not None:
                # "...; trước đó, X điện đàm với B", "; tại Huế, gặp C": its own time or place
                fields["scope_start"] = max(fields["scope_start"], own)
            elif head is not None and not fields["embedded"]:
                # the chained clause shares the head clause's date and place ("Ngày 3/5, X đã
                # hội kiến A; hội đàm với B": the talks are on 3/5 too)
                fields["scope_start"] = min(fields["scope_start"], head)
        else:
            # Only its occasion can reach the output, unless no reported event has
            # participants; the rest is worked out then, if at all.
            fields = {
                "zone_end": sentence.end,
                "scope_start": sentence.start,
                "occasion": occasion(view.text, frame, frames),
            }
        span = ((sentence.start, sentence.end),)
        key = first_key + len(out)
        out.append(
            Candidate(
                key,
                fields.pop("hit", hit),
                index,
                form,
                frame,
                topic_spans=span,
                planned=planned,
                **fields,
            )
        )
    if len(out) > 1:
        out = _share_across(cues, low, sentence, out)
    principal = next((c for c in out if c.form == "reported" and c.frame is None), None)
    # framed events with no person of their own take the sentence's subject
    if principal is not None:
        out = [
            c.but(subjects=principal.subjects)
            if c.form == "framed"
            and not c.subjects
            and c.frame is not None
            and c.frame.end <= principal.hit.start
            else c
            for c in out
        ]
    if len(out) == 1:
        # "Trong khuôn khổ chuyến thăm ..., A đã đặt vòng hoa ...": an act that is no event
        # inside the subject's own trip; the trip is A's (README round 6)
        out = [trip_of_the_subject(view, sentence, out[0])]
    return out


def _own_clause_sides(
    view: ArticleView, sentence: Sentence, hit: TriggerHit, fields: dict[str, Any]
) -> dict[str, Any]:
    """``fields`` with the sides of an act told in a relative clause on a place ("Thủ tướng
    thăm xã X, nơi Bác Hồ từng về thăm năm 1962") kept to the people the clause names: the
    sentence's subject did not make that old visit."""
    opens = place_clause_start(view.lower, sentence, hit)
    if opens is None:
        return fields
    inside = {m.person.name for m in view.mentions_in(opens, sentence.end)}
    for side in ("subjects", "objects"):
        fields[side] = tuple(p for p in fields[side] if p.name in inside)
    return fields


def _chained(
    view: ArticleView, sentence: Sentence, hit: TriggerHit, objects: Sequence[Person]
) -> tuple[Person, ...]:
    """The head clause's subject for a trigger in a clause chained to it by ";" (nobody is on
    both sides of one event)."""
    subjects, _ = chained_subjects(view, sentence.start, hit.start)
    names = {p.name for p in objects}
    return tuple(p for p in subjects if p.name not in names)


def _share_across(
    cues: Cues, low: str, sentence: Sentence, built: Sequence[Candidate]
) -> list[Candidate]:
    """What the triggers of one sentence lend each other: a coordinated trigger its object,
    the sentence's event its sides to a companion ceremony."""
    out = list(built)
    # coordinated triggers share their object: "chủ trì lễ đón và hội đàm với X"
    for i in range(len(out) - 1):
        cand, nxt = out[i], out[i + 1]
        if (
            not cand.objects
            and cand.form == nxt.form
            and cand.form in ("reported", "framed")
            and cues.coordinated.fullmatch(low, cand.hit.end, nxt.hit.start)
        ):
            out[i] = cand.but(
                objects=nxt.objects,
                subjects=cand.subjects or nxt.subjects,
                zone_end=nxt.zone_end,
            )
    # "sau lễ đón chính thức, A đã hội đàm với B": the ceremony is an event of A and B too
    for i, cand in enumerate(out):
        if not (
            cand.form == "backref"
            and cand.hit.trigger.phrase.startswith(cues.ceremony_prefixes)
            and cues.companion.search(low, max(sentence.start, cand.hit.start - 16), cand.hit.start)
        ):
            continue
        host = next(
            (
                c
                for c in out
                if c.form == "reported"
                and c.frame is None
                and c.hit.start > cand.hit.start
                and c.type != cand.type
            ),
            None,
        )
        if host is not None and not host.objects and len(host.subjects) > 1:
            # "sau lễ đón, hai Thủ tướng hội đàm": both sides stand in the subject, so who
            # welcomed whom is not told here: the ceremony goes along with no sides
            out[i] = cand.but(form="reported", secondary=True, subjects=(), objects=())
            continue
        if host is not None:
            out[i] = cand.but(
                form="reported",
                secondary=True,
                subjects=host.subjects,
                objects=host.objects,
                inviters=host.inviters,
            )
    return out


def fill_zones(
    view: ArticleView,
    cues: Cues,
    cand: Candidate,
    sentence: Sentence,
    hits: Sequence[TriggerHit],
    i: int,
    frames: Sequence[Frame],
) -> Candidate:
    """``cand`` (which is ``hits[i]``) with its subjects, objects and inviters, whether it is
    embedded, where its object zone ends and where its own clause starts."""
    return cand.but(**_zones(view, cues, cand.form, cand.frame, sentence, hits, i, frames))


def _zones(
    view: ArticleView,
    cues: Cues,
    form: str,
    frame: Frame | None,
    sentence: Sentence,
    hits: Sequence[TriggerHit],
    i: int,
    frames: Sequence[Frame],
) -> dict[str, Any]:
    """The sides and zones of ``hits[i]`` as :class:`Candidate` fields (see fill_zones)."""
    text, low = view.text, view.lower
    hit = hits[i]
    # a list of subjects across ";", or a parallel clause's own subject (clauses.py)
    floor = max(sentence.start, hit.start - WINDOW)
    clause = subject_clause_start(view, floor, _clause_start(text, sentence, hit.start), hits, i)
    zone_start = frame.start if frame is not None and form == "framed" else clause
    # a reporting verb embeds the trigger; the noun "lời mời" ("Theo lời mời của X, Y thăm")
    # and anything inside an invitation frame do not
    embeddings = [
        e
        for e in cues.embedding.finditer(low, zone_start, hit.start)
        if not invitation_noun(cues, low, e) and not in_other_frame(frames, e.start(), frame)
    ]
    # subject zone: persons before the trigger, outside other frames; "X nhận lời mời của Y
    # đến thăm Z": an invitation after its subject runs on to the visit verb, and who it names
    # before the trigger invited (inviters.py), the subject X visits
    after_subject = inside_invitation_after_subject(view, frame, zone_start)
    # "A gặp B, tiếp C": the subject of a verb list's later item is its first verb's (verb_lists)
    subject_end = hit.start
    if hit.trigger.type != "signing":
        subject_end = list_head_start(view, zone_start, hits, i) or hit.start
    found: list[Mention] = []
    inviters: list[Person] = []
    previous_end = zone_start
    for mention in view.mentions_in(zone_start, subject_end):
        floor, previous_end = previous_end, mention.end
        if found and is_apposition(text, found[-1], mention):
            continue  # "A, Thứ trưởng Bộ Y tế": the title describes A
        # "X và Phu nhân (Y)": the spouse travels along; "tháp tùng Tổng Bí thư X": X leads
        # the trip, not this event
        if (
            is_companion(low, max(zone_start, mention.start - 24), mention.start)
            or is_bare_spouse(low, mention.start, mention.end)
            or is_accompanied(low, max(zone_start, mention.start - 90), mention.start)
            or is_escorted(low, max(zone_start, mention.start - 90), mention.start)
            # "vào Lăng viếng Chủ tịch X trước khi hội kiến ...": X names the monument
            or is_namesake(low, mention.start)
            # "Được tin X từ trần, A gửi điện chia buồn": X is mourned, no sender
            or is_mourned(low, mention)
        ):
            continue
        other = frame_of(frames, mention.start)
        if other is not None and (other is not frame or after_subject):
            if other.kind == "invitation":
                inviters.append(mention.person)
            continue
        if is_fronted_source(view, zone_start, mention):
            continue  # "Theo người phát ngôn C, A sẽ thăm ...": C only reports it
        if in_possessor_complement(low, floor, mention.start, mention.person):
            continue  # "A, Đặc phái viên của Tổng thống X, hội đàm ...": X sent A (possessors)
        found.append(mention)
    if found:
        collective = collective_subject_start(low, found[-1].end, subject_end)
        if collective is not None:
            # "..., ông B giữ chức ..., lãnh đạo nhiều nước gửi điện": the collective sends
            found = []
    subjects = people(found)
    if hit.trigger.type in SOLO and subjects:
        # the nearest person, with those coordinated to it ("A và B sẽ sang thăm")
        subjects = nearest_subjects(low, found)
    # object zone: to the next trigger, frame, or clause marker
    zone_end = frame.end if frame is not None and form == "framed" else sentence.end
    if i + 1 < len(hits):
        zone_end = min(zone_end, hits[i + 1].start)
        # "A ... với B, C đã <verb> với D": C is the next clause's subject
        zone_end = parallel_clause_comma(view, hit.end, zone_end) or zone_end
    for other in frames:
        if hit.end <= other.start < zone_end:
            zone_end = other.start
            if other.kind == "invitation":
                inviters.extend(m.person for m in view.mentions_in(other.start, other.end))
    stop = cues.object_stop.search(low, hit.end, zone_end)
    if stop:
        zone_end = stop.start()
    # "A sẽ điện đàm với B, Chánh văn phòng C cho biết": C only reports it
    zone_end = reporter_cut(view, hit.end, zone_end)
    # "A chào B và cùng C đồng chủ trì ...": C shares the subject's next act, no side of this
    zone_end = co_act_cut(view, hit.end, zone_end, sentence.end)
    fronted_subject = False  # the subject stands past a fronted trigger's comma
    if hit.trigger.type == "visit":
        comma = text.find(",", hit.end, zone_end)
        objects = people(
            principals(
                view.lower,
                view.mentions_in(hit.end, comma if comma != -1 else zone_end),
                floor=hit.end,
            )
        )
    else:
        objects = people(principals(low, view.mentions_in(hit.end, zone_end), floor=hit.end))
    kind = hit.trigger.type
    if kind == "visit" and invited_by_agent(low, zone_start, hit.start):
        invited = passive_split(view, cues, subjects, zone_start, hit.start)
        if invited is not None:
            # "X được Y mời sang thăm": X visits, Y only invited (no side of the visit)
            inviters.extend(invited[0])
            subjects = invited[1]
    if kind not in SOLO:
        passive = passive_split(view, cues, subjects, zone_start, hit.start)
        if passive is not None:
            # "X đã được Y tiếp": Y is the subject (host), X joins the objects (guest)
            subjects, patients = passive
            objects = unique_people([*patients, *objects])
        elif (
            kind in _FRONTED_TYPES
            and not subjects
            and form in ("reported", "backref")
            and frame is None
        ):
            fronted = fronted_split(view, hit.end, zone_end)
            if fronted is None and opens_clause(low, sentence.start, hit.start):
                # "Sau khi tiếp X, A đã tới thăm ...": the subject stands past the object
                # zone, up to the next trigger
                limit = hits[i + 1].start if i + 1 < len(hits) else sentence.end
                fronted = fronted_split(view, hit.end, limit, opens=True)
            if fronted is not None:
                subjects, objects = fronted
                fronted_subject = True
    if form == "referenced" and kind == "visit":
        # "Chuyến thăm diễn ra theo lời mời của X": those after the invitation invited
        zone_end = invitation_start(low, hit.end, zone_end)
        cua = cues.of.search(low, hit.end, zone_end)
        after = people(view.mentions_in(cua.end(), zone_end)) if cua else ()
        if not after:
            # "sẽ thăm Việt Nam và đồng chủ trì Phiên họp của Ủy ban ...": no person after
            # "của", so no visitor there
            cua = None
        nominal = hit.trigger.phrase.startswith(cues.nominal_prefixes) or cues.nominal.search(
            low, max(sentence.start, hit.start - 8), hit.start
        )
        if cua is not None or nominal:
            # "X sẽ có chuyến thăm ...": a light verb makes the subject before it the visitor
            lead = subjects if cua is None and light_noun(cues, low, sentence, hit) else ()
            subjects = after[:1] or lead
        # else a verb ("sẽ thăm", "nhận lời mời thăm"): its subject is the visitor
        if not subjects and not view.mentions_in(sentence.start, hit.start):
            later = view.mentions_in(hit.end, invitation_start(low, hit.end, sentence.end))
            subjects = (later[0].person,) if later else ()
        objects = ()
    elif kind == "visit" and objects:
        # "chuyến thăm chính thức Singapore của Tổng Bí thư Tô Lâm": the visitor follows "của"
        cua = cues.of.search(low, hit.end, zone_end)
        first = view.mentions_in(hit.end, zone_end)
        if cua is not None and first and cua.start() < first[0].start:
            subjects = people(view.mentions_in(cua.end(), zone_end))[:1]
            objects = ()
    if objects and (
        kind in _RUN_ON_TYPES
        or (kind == "phone_call" and plural_act(low, sentence.start, hit.start, hit.end))
    ):
        # "tiếp các Đại sứ trình Quốc thư: ông A, Đại sứ B; ông C, Đại sứ D": a list of guests
        # runs on across ";"
        extended = _list_end(view, zone_end, sentence.end, hits, i)
        if extended > zone_end:
            objects = unique_people([*objects, *people(view.mentions_in(zone_end, extended))])
            zone_end = extended
    if not objects and kind in _LIST_TYPES:
        objects = restated_objects(view, hits, i, sentence.end)
    if not objects and kind in _TITLED_TYPES:
        # the subject a fronted trigger found past its comma ("Tiếp đoàn, ông X ...") is no
        # titled object of its own act
        told = {p.name for p in subjects} if fronted_subject else set()
        objects = tuple(p for p in titled_sides(view, hit.end, zone_end) if p.name not in told)
    if kind in _LIST_TYPES and low.find("đại sứ", hit.end, zone_end) != -1:
        # "tiếp Đại sứ các nước Thái Lan, Mali và Peru trình Quốc thư": each of them
        objects = unique_people([*objects, *_envoys(view, hit.end, zone_end)])
    several: list[tuple[str, tuple[Person, ...]]] = []
    if kind in _TITLED_TYPES and plural_act(low, sentence.start, hit.start, hit.end):
        # "các cuộc gặp với A, B và C", "A, B đã gửi các thư": several acts, the first
        # written is main (README AK2), the others acts of their own; a call holds two
        # sides, so each one called is a call of its own, of one country too
        kept = first_of_several(objects, one_by_one=kind == "phone_call")
        several += [("objects", g) for g in other_parties(objects, kept or objects)]
        objects = kept or objects
        kept = first_of_several(subjects)
        several += [("subjects", g) for g in other_parties(subjects, kept or subjects)]
        subjects = kept or subjects
    elif len(objects) > 1 and listed_leaders(
        low, kind, hit.end, _first_named(view, hit.end, zone_end)
    ):
        # "gặp gỡ các vị lãnh đạo ..., gồm A, B và C": a meeting with each (README AK2)
        several += [("objects", (p,)) for p in objects[1:]]
        objects = objects[:1]
    elif kind == "message":
        # "A, B và C đã gửi thư chúc mừng D", senders of several countries: each sends his
        # own, the first written is main (README AK2); one country's stay one message
        kept = separate_senders(view, subjects, sentence.start, hit.start)
        several += [("subjects", g) for g in other_parties(subjects, kept or subjects)]
        subjects = kept or subjects
    if form == "reported" and attends_meeting(low, sentence, hit):
        subjects, objects = attended_sides(view, hit, zone_end, subjects, objects)
    elif subjects and attended_signing(low, sentence, hit):
        subjects = ()  # "A tham dự lễ ký kết": A watched the signing (attendance.py)
    if hit.trigger.phrase in CREDENTIALS:
        objects = addressees(view, hit, zone_end, objects)
    if hit.trigger.phrase in CALLS or (
        hit.trigger.phrase == "tiếp kiến"
        and _DELEGATION_SUBJECT.match(low, _after_fronted(low, sentence.start, hit.start))
    ):
        # "A chào xã giao B", "A đến chào từ biệt B": B receives A; so does "Đoàn ... do A dẫn
        # đầu đã tiếp kiến B": a visiting delegation is received, it receives nobody
        subjects, objects = objects, subjects
    if kind == "message" and subjects:
        # "A chuyển thư ... của B tới C": B's letter to C, A only carries it (conveyed.py)
        subjects, objects = conveyed_sides(view, hit, zone_end, subjects, objects)
    changed = None
    if hit.trigger.phrase in SOCIAL:
        # "A mời B thưởng trà", "B dự tiệc chiêu đãi do A chủ trì": who hosts
        changed, subjects, objects = social_sides(
            view, hit, zone_start, zone_end, subjects, objects
        )
        if changed.trigger.type != hit.trigger.type:
            # the host's "mời" is the event's own verb, no reporting verb embedding it
            embeddings = [e for e in embeddings if e.group() != "mời"]
    community = as_community_meeting(low, hit, zone_end)
    if community is not None:
        changed = community  # "thăm gia đình anh B": a meeting (community_visits.py)
    # nobody is on both sides: one named before and after the trigger is its object ("sau lễ
    # đón X, A hội đàm với X")
    if subjects and objects:
        names = {p.name for p in objects}
        kept = tuple(p for p in subjects if p.name not in names)
        subjects = kept or subjects
    # a verb under a reporting verb or in a relative clause of the previous event takes
    # its date and place from its own clause only
    scope_start = sentence.start
    if embeddings:
        scope_start = embeddings[-1].end()
    if i > 0 and (
        cues.object_stop.search(low, hits[i - 1].end, hit.start)
        or cues.current.search(low, max(sentence.start, hit.start - 30), hit.start)
    ):
        scope_start = max(scope_start, hits[i - 1].end)
    fields = {
        "embedded": bool(embeddings),
        "subjects": subjects,
        "objects": objects,
        "inviters": unique_people(inviters),
        "zone_end": zone_end,
        "scope_start": scope_start,
        "several": tuple(several),
    }
    if changed is not None and changed is not hit:
        fields["hit"] = changed
    return fields


#: triggers of a call on someone: the one called on is the host
CALLS: Final = frozenset(
    f"{m}chào {k}".strip() if k else f"{m}chào"
    for m in ("", "đến ", "tới ")
    for k in ("xã giao", "từ biệt", "tạm biệt", "")
) - {"chào"}
#: a visiting delegation opening the subject clause ("đoàn cán bộ cấp cao của Bộ X", "Phái đoàn")
_DELEGATION_SUBJECT: Final = re.compile(
    r"[\W\d]*(?:các\s+)?(?:phái\s+)?đoàn(?!\w)(?!\s+(?:kết|viên))"
)


def _first_named(view: ArticleView, start: int, end: int) -> int:
    """Where the first mention in ``[start, end)`` starts, else ``start``."""
    named = view.mentions_in(start, end)
    return named[0].start if named else start


def _after_fronted(low: str, start: int, end: int) -> int:
    """Where the clause before ``end`` opens: after a fronted time or place phrase ("Chiều 4/9,
    đoàn ... đã tiếp kiến"), i.e. after the last comma, if any."""
    comma = low.rfind(",", start, end)
    return start if comma == -1 else comma + 1


_LIST_TYPES: Final = frozenset({"reception", "meeting"})
#: types whose other side runs on across ";": guests, and a message's addressees ("gửi điện
#: tới Ngài A, Tổng thống Lào; Ngài B, Thủ tướng Lào")
_RUN_ON_TYPES: Final = _LIST_TYPES | {"message"}
#: types whose other side may be named by a title alone ("điện đàm với Thủ tướng Lào")
_TITLED_TYPES: Final = frozenset({"reception", "meeting", "talks", "phone_call", "message"})


_ENVOYS: Final = re.compile(r"(?<!\w)(?:các\s+đại\s+sứ|đại\s+sứ\s+các\s+nước)(?!\w)")
_ENVOY_TITLE: Final = re.compile(r"(?:tân\s+)?đại\s+sứ\s+(?:nước\s+)?(.+)$")


def _envoys(view: ArticleView, start: int, end: int) -> list[Person]:
    """The ambassadors of "Đại sứ các nước A, B và C" / "các Đại sứ A, B": the persons of the
    article whose title is "Đại sứ <country>" with that country named in ``[start, end)``."""
    low = view.lower
    if _ENVOYS.search(low, start, end) is None:
        return []
    zone = low[start:end]
    out: list[Person] = []
    for person in view.people:
        for title in person.titles:
            match = _ENVOY_TITLE.match(title_key(title))
            if match is not None and match.group(1) in zone:
                out.append(person)
                break
    return out


def _list_end(
    view: ArticleView, zone_end: int, sentence_end: int, hits: Sequence[TriggerHit], i: int
) -> int:
    """The end of a ";"-separated list of persons that starts at ``zone_end``."""
    text = view.text
    limit = hits[i + 1].start if i + 1 < len(hits) else sentence_end
    while zone_end < limit and text.startswith(";", zone_end):
        nxt = view.mentions_in(zone_end, limit)
        if not nxt or not opens_item(view, zone_end, nxt[0]):
            break
        following = text.find(";", nxt[0].end, limit)
        zone_end = following if following != -1 else limit
    return zone_end
