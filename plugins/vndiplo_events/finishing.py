"""Candidate attributes: location, date, part of day, occasion, participants and CAMEO code.

Each function takes a candidate and returns a new one; nothing here changes a candidate in place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Participant
from vndiplo_events.between_sides import as_coordinated_sides, trip_destination_text
from vndiplo_events.calling_delegation import calling_side, frame_trip_of_object
from vndiplo_events.candidate import SAME_DAY, Candidate, SameDay, SentenceFacts, frame_of
from vndiplo_events.cues import Cues
from vndiplo_events.ended import is_ended_visit
from vndiplo_events.event_dates import (
    date_value,
    governing_date,
    names_years,
    own_time_unresolved,
    part_of_day_near,
    part_of_day_today,
    spans_years,
    written_part_of_day,
)
from vndiplo_events.finding import fill_zones, noun_pair_next, occasion
from vndiplo_events.frame_owner import others_occasion
from vndiplo_events.frame_sides import place_of_the_noun, sides_after_frame
from vndiplo_events.frames import Frame
from vndiplo_events.noun_sides import possessor_sides
from vndiplo_events.other_stays import is_other_stay
from vndiplo_events.participants import (
    assign_roles,
    home_and_away,
    person_country,
    sides_known,
    travel_from_place,
    travel_from_text,
    travelled_to_meet,
)
from vndiplo_events.place_scope import (
    governs_later_event,
    guests_visit,
    in_relative_clause,
    in_subordinate_clause,
    in_topic_clause,
    place_with_o,
)
from vndiplo_events.places import Gazetteer, seat_country, seat_holders
from vndiplo_events.planned_fronted import fronted_plan_date
from vndiplo_events.planned_head import with_planned_head
from vndiplo_events.report_dates import dates_the_report
from vndiplo_events.sentences import Sentence
from vndiplo_events.sideline_roles import on_gathering_sidelines
from vndiplo_events.speech_places import in_speech
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.trip_place import lead_frame_o_place, places_forum_topic, trip_place_after
from vndiplo_events.view import ArticleView, DateRef
from vndiplo_events.visited_country import travel_by_visited_country, visited_country
from vndiplo_events.visiting_subject import visitor_among_subjects

__all__ = [
    "article_visitors",
    "choose_location",
    "finish",
    "finish_backref",
    "trip_visitors",
    "with_roles",
    "with_travelling",
    "with_visitors",
]


def choose_location(
    view: ArticleView, cand: Candidate, facts: SentenceFacts, gaz: Gazetteer
) -> str | None:
    """The "tại" (or "ở") phrase that governs the candidate: see docs/plugins/events.md."""
    frames, hits = facts.frames, facts.hits
    usable = [loc for loc in facts.locations(view, gaz) if not loc.title]
    hit = cand.hit
    if cand.form == "framed" and cand.frame is not None:
        frame = cand.frame
        inside = [x for x in usable if frame.start <= x.start < frame.end and x.start > hit.end]
        return inside[0].text if inside else None
    if cand.form == "referenced":
        inside = [x for x in usable if hit.end <= x.start < cand.zone_end]
        return inside[0].text if inside else place_with_o(view, facts.sentence, hit.end, gaz, hits)
    free = [
        x
        for x in usable
        if frame_of(frames, x.start) is None
        and x.start >= cand.scope_start
        # "kiều bào sinh sống tại X", "làm việc tại Y trước đó": no place of this act
        and not is_other_stay(view.lower, x, hit.start)
    ]
    # "tại X, A chia tay B, kết thúc chuyến thăm": the leave-taking's place, not the visit's
    # (ended.py)
    before = [] if is_ended_visit(view.lower, cand) else [x for x in free if x.end <= hit.start]
    if cand.type == "message":
        # a message is sent, not held: a place after its word is its topic's ("điện thăm hỏi
        # về trận động đất tại X", "điện mừng nhân dịp Đại hội tại Y"); only a fronted one
        # ("Tại Phủ Chủ tịch, A trao thư ...") places the act itself
        return before[-1].text if before else None
    # a visit holds the actions before it ("đã có mặt tại X, bắt đầu chuyến thăm"); a
    # back-reference ("Tại buổi gặp", glued to the sentence before) the place of that event
    if before and (
        # "Tiếp sau chuyến thăm X và hoạt động tại Y, A thăm Z": Y is the earlier act's
        (
            cand.type == "visit"
            and not in_subordinate_clause(view.lower, facts.sentence, before[-1].at)
        )
        or cand.form == "backref"
        or governs_later_event(view, facts.sentence, before[-1], hit.start, hits)
    ):
        return before[-1].text
    for loc in free:
        if (
            loc.start >= hit.end
            and not any(
                hit.end <= h.start < loc.start
                and not guests_visit(view.lower, cand.type, h, loc.text)
                for h in hits
            )
            and not in_relative_clause(view.lower, hit.end, loc.start)
            and not in_topic_clause(view.lower, hit.end, loc.at)
            # "A tiếp B và khẳng định ... tại X", "B cho biết: ... ở Y" (speech_places.py)
            and not in_speech(view.lower, hit.end, loc.at)
        ):
            return loc.text
    with_o = place_with_o(view, facts.sentence, hit.end, gaz, hits)
    if with_o is not None:
        return with_o
    for loc in usable:
        lead = frame_of(frames, loc.start)
        if (
            lead is not None
            and lead.end <= hit.start
            and lead.kind != "invitation"
            and not places_forum_topic(view.lower, lead, loc.at)
            # "Nhân dịp Đoàn Y dự ... tại Z, A gặp B": Y's occasion (frame_owner.py)
            and not others_occasion(view, lead, loc.at, cand, gaz)
        ):
            return loc.text
    return lead_frame_o_place(view, hit.start, facts, gaz, cand) or trip_place_after(
        view, cand, facts, gaz
    )


#: a sentence that opens on its subject's trip, with no frame word
_ON_A_TRIP: Final = ("đang trong chuyến ", "trong chuyến ", "đang có chuyến ")


#: wording of a visit (not of attending a summit), as against a third-country place; a
#: working trip ("chuyến công tác") is one, though "công tác tại" alone is a posting
_ON_A_VISIT: Final = re.compile(r"(?<!\w)(?:thăm|làm\s+việc|chuyến\s+công\s+tác)(?!\w)")


def _travel(
    view: ArticleView,
    cand: Candidate,
    frames: Sequence[Frame],
    sentence: Sentence,
    gaz: Gazetteer,
    place: str | None,
) -> str | None:
    """Who travelled: a third-country place first, then the wording, then the place (the
    event's, or that of the event before for "Trưa cùng ngày, A gặp B")."""
    low = view.lower
    lead = [f for f in frames if f.end <= cand.hit.start and f.kind != "invitation"]
    lead_text = low[lead[0].start : lead[0].end] if lead else None
    if lead_text is None and low.startswith(_ON_A_TRIP, sentence.start):
        # "Đang trong chuyến thăm Việt Nam, X đã hội đàm với Y": the subject is on the trip
        lead_text = low[sentence.start : cand.hit.start]
    place_country = country_of_place(place, cand, gaz)
    by_place = travel_from_place(place_country, cand.subjects, cand.objects, gaz)
    if by_place != "third":
        # "Đoàn ... do A dẫn đầu hội kiến B": the calling delegation is the guest, at home too
        caller = calling_side(view, cand, sentence.start, sentence.end, lead)
        if caller is not None:
            return caller
    by_text = travel_from_text(lead_text, low[cand.hit.end : sentence.end])
    if by_text == "subject" and lead and frame_trip_of_object(view, cand, lead[0]):
        by_text = "object"  # "Nhân dịp đoàn ... do B dẫn đầu sang thăm, A hội kiến B"
    if (
        by_place in ("subject", "object")
        and cand.type in ("meeting", "talks")
        and on_gathering_sidelines(low, frames)
    ):
        return "third"  # the official at home came for the UN session too (AK4)
    if by_place == "third":
        # a side whose country no title states may be at home there ("Tổng Giám đốc X hội
        # kiến Đại sứ Việt Nam Y đến thăm" at a Beijing seat): a visit the wording tells of
        # decides; one come to attend a summit may meet there another guest. The side it
        # would make host must be such a one: a stated foreign country is not at home there
        told = lead_text if by_text == "subject" else low[cand.hit.end : sentence.end]
        stay = cand.objects if by_text == "subject" else cand.subjects
        if (
            by_text is not None
            and told is not None
            and _ON_A_VISIT.search(told) is not None
            and not sides_known(stay, gaz)
        ):
            return by_text
        return by_place
    if by_place is None:
        # "nhân dịp thăm Hàn Quốc, A gặp B", "A gặp B nhân dịp sang thăm Ấn Độ": the side of
        # the visited country hosts, whoever the wording makes the visitor
        visited = visited_country(
            view.text, low, sentence.start, cand.hit.start, gaz
        ) or visited_country(view.text, low, cand.hit.end, sentence.end, gaz)
        by_visit = (
            travel_by_visited_country(visited, cand.subjects, cand.objects, gaz)
            if visited
            else None
        )
        if by_visit is not None:
            return by_visit
    if by_text is None:
        names = {p.name for p in cand.subjects}
        ends = [
            m.end
            for m in view.mentions_in(sentence.start, cand.hit.start)
            if m.person.name in names
        ]
        if travelled_to_meet(low, sentence.start, cand.hit.start, ends):
            by_text = "subject"
    if by_text == "subject":
        return by_text
    if by_place is not None:
        return by_place
    if by_text is not None:
        return by_text
    if any(f.kind == "sidelines" for f in lead):
        return "third"
    return None


def country_of_place(place: str | None, cand: Candidate, gaz: Gazetteer) -> str | None:
    """The country whose ground the place is: the one it names ("Điện Kremlin", "Phủ Tổng
    thống Hàn Quốc"), else that of the side whose office it seats ("tại Hoàng cung")."""
    if not place:
        return None
    return gaz.country_of(place) or seat_country(
        place, (*cand.subjects, *cand.objects), lambda p: person_country(p, gaz)
    )


#: dialogues and consultations the two sides co-chair: no host, wherever they sit
_CO_CHAIRED: Final = ("đối thoại", "tham vấn", "tham khảo chính trị")


def _roles(
    view: ArticleView, cand: Candidate, facts: SentenceFacts, gaz: Gazetteer, place: str | None
) -> tuple[tuple[Participant, ...], str | None]:
    if cand.type in ("meeting", "talks"):
        # "đã diễn ra cuộc hội đàm giữa A và B": sides as in "A và B hội đàm" (between_sides)
        cand = as_coordinated_sides(view, cand)
    travel = _travel(view, cand, facts.frames, facts.sentence, gaz, place)
    if travel == "object" and not cand.objects and cand.type in ("meeting", "talks"):
        # a visiting cue after the trigger with no object names no side ("A và B hội đàm về
        # các đoàn đang thăm ..."): it makes no one a host
        travel = None
    if travel is None and cand.type == "meeting" and _chairs(view.lower, cand):
        # "X chủ trì buổi làm việc (với đoàn ...)": the chair receives the others
        travel = "object"
    home_seat = _seat_side(cand, place) if travel is None else None
    if home_seat is not None:
        # "tại trụ sở UBND tỉnh, A (of the province) làm việc với B": the meeting is at A's
        # own seat, so B came (README round 15 home ground), also when both serve one country
        participants, cameo = assign_roles(
            cand.type or "meeting",
            cand.hit.trigger.cameo,
            *(
                (cand.subjects, cand.objects)
                if home_seat == "subject"
                else (cand.objects, cand.subjects)
            ),
            (),
            "object",
        )
        countries = {person_country(p, gaz) for p in (*cand.subjects, *cand.objects)}
        # one country's officials meeting: no international act, no code (README AI2)
        return participants, (None if len(countries) == 1 else cameo)
    if (
        travel in (None, "subject")
        and not cand.objects
        and cand.type in ("meeting", "talks")
        and not cand.hit.trigger.phrase.startswith(_CO_CHAIRED)
    ):
        # the side at home hosts: home is the place's country, else the visited one
        trip = None if place else trip_destination_text(view, facts.frames, cand.hit.start)
        home = (country_of_place(place, cand, gaz) if place else gaz.country_of(trip or "")) or None
        sides = visitor_among_subjects(view, cand, facts.sentence.start) or home_and_away(
            home, cand.subjects, gaz
        )
        if sides is not None:
            return assign_roles(cand.type, cand.hit.trigger.cameo, *sides, cand.inviters, "object")
        if travel == "subject" and len(cand.subjects) > 1:
            # "Nhân dự Hội nghị X, A và B đã có cuộc họp": every side named travelled there,
            # none is at home, so none hosts
            travel = "third"
    # an inviter hosts a reception they invite to; one still to come hosts nothing yet (a visit's
    # inviter is never its side: participants.py)
    inviters = () if cand.planned else cand.inviters
    return assign_roles(
        cand.type or "other",
        cand.hit.trigger.cameo,
        cand.subjects,
        cand.objects,
        inviters,
        travel,
    )


def _seat_side(cand: Candidate, place: str | None) -> str | None:
    """ "subject" or "object": the side of a meeting or talks between two named sides whose
    office the place is the seat of, when only that side's people hold it."""
    if cand.type not in ("meeting", "talks") or not place or not cand.subjects or not cand.objects:
        return None
    if cand.hit.trigger.phrase.startswith(_CO_CHAIRED):
        return None
    holders = {p.name for p in seat_holders(place, (*cand.subjects, *cand.objects))}
    at_subject = any(p.name in holders for p in cand.subjects)
    at_object = any(p.name in holders for p in cand.objects)
    if at_subject == at_object:
        return None
    return "subject" if at_subject else "object"


#: the chair's verb right before the meeting noun ("đồng chủ trì" names two equal sides)
_CHAIRED: Final = re.compile(r"(?<!đồng )(?<!\w)chủ\s+trì\s+$")


def _chairs(low: str, cand: Candidate) -> bool:
    """The meeting's subject chairs it: "chủ trì buổi làm việc"."""
    return _CHAIRED.search(low, max(0, cand.hit.start - 16), cand.hit.start) is not None


def with_roles(
    view: ArticleView, cand: Candidate, facts: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """``cand`` with participants, roles and CAMEO code from its sides and who travelled."""
    participants, cameo = _roles(view, cand, facts, gaz, cand.location)
    return cand.but(participants=participants, cameo=cameo)


#: an invitation to visit later ("mời X sớm sang thăm Canada"): X is no
#: visitor now
_INVITED: Final = ("mời", "mời sang", "mời đến", "mời tới")


def article_visitors(low: str, candidates: Sequence[Candidate]) -> frozenset[str]:
    """The guests of the visits the article reports, not of those it invites someone to, nor
    of a tour the two sides make together ("A và B đã thăm Phòng Truyền thống"): people of two
    countries visiting one place say nothing of who travelled. A visit announced ("X sẽ có
    chuyến thăm cấp nhà nước ...") names its visitor as well as one told."""
    return frozenset(
        p.name
        for c in candidates
        if c.type in ("visit", "reception")
        and (c.form in ("reported", "framed") or (c.form == "referenced" and c.planned))
        and not (c.embedded and low[: c.scope_start].rstrip().endswith(_INVITED))
        and len({s.country or "VN" for s in c.subjects}) < 2
        for p in c.participants
        if p.role == "guest"
    )


#: a trip recalled, not the one under way: "nhắc lại chuyến thăm của A", "A từng thăm"
_RECALLED_TRIP: Final = re.compile(
    r"(?<!\w)(?:nhắc\s+lại|nhớ\s+lại|ôn\s+lại|từng|trước\s+đây|lần\s+trước|năm\s+ngoái"
    r"|cách\s+đây|hồi)(?!\w)"
)


def trip_visitors(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> frozenset[str]:
    """The guests of the trip ``main`` belongs to, told only as a noun the finder marks
    referenced: "Tiếp tục chuyến thăm Lào, sáng 29/9, A hội kiến B", "B cho biết chuyến thăm
    của A có ý nghĩa ...". A trip still to come, dated on another day than ``main`` ("chuyến
    thăm năm 2019 của A") or recalled ("nhắc lại chuyến thăm của A") is not the one ``main``
    is part of; nor is any trip one an act still to come is part of (it may be told before the
    trip begins)."""
    if main.form != "reported" or main.planned:
        return frozenset()
    low = view.lower
    return frozenset(
        p.name
        for c in candidates
        if c.type == "visit"
        and c.form == "referenced"
        and not c.planned
        and c.date_value in (None, main.date_value)
        and not _RECALLED_TRIP.search(low, view.sentences[c.sentence_index].start, c.hit.start)
        for p in c.participants
        if p.role == "guest"
    )


def with_visitors(
    view: ArticleView,
    cand: Candidate,
    facts: SentenceFacts,
    gaz: Gazetteer,
    visitors: frozenset[str],
) -> Candidate:
    """A meeting or talks whose wording and place do not say who travelled, judged by the
    article's visit: its visitor is the guest ("X đến Hà Nội, bắt đầu chuyến thăm ..." then "Chủ
    tịch nước Y hội đàm với X": Y host, X guest)."""
    if cand.type not in ("meeting", "talks") or not visitors:
        return cand
    if any(p.role == "host" for p in cand.participants):
        return cand  # an earlier step read who received whom (a welcome sentence, a chair)
    travel = _travel(view, cand, facts.frames, facts.sentence, gaz, cand.location)
    if travel == "third" or (
        travel is not None
        and (
            any(p.role != "participant" for p in cand.participants)
            # a dialogue the two sides co-chair has no host, wherever it sits (_roles)
            or cand.hit.trigger.phrase.startswith(_CO_CHAIRED)
        )
    ):
        return cand
    # no host yet though the act's wording or place says who travelled: its roles were read
    # before a later step gave it its place (the welcome ceremony's "tại Phủ Chủ tịch"); the
    # page's visitor decides, as where nothing says (round 17 CB04, ROLES-FROM-VISIT)
    everyone = cand.subjects + cand.objects
    if not (cand.objects and cand.subjects) and len(everyone) >= 2:
        # "A và B đã hội đàm": both sides before the trigger, or both after it ("Tại chiêu
        # đãi, A nhấn mạnh, B ..."); the visitor is the guest
        if not any(p.name in visitors for p in everyone):
            return cand
        guests = [p for p in everyone if p.name in visitors]
        hosts = [p for p in everyone if p.name not in visitors]
        if not hosts:
            return cand
        participants, cameo = assign_roles(
            cand.type, cand.hit.trigger.cameo, hosts, guests, cand.inviters, "object"
        )
        return cand.but(participants=participants, cameo=cameo)
    return with_travelling(cand, visitors)


def with_travelling(cand: Candidate, travellers: frozenset[str]) -> Candidate:
    """``cand`` with roles from who travelled: the side naming one of ``travellers`` is the
    guest, the other the host (a meeting: CAMEO 042/043); the subject's side when both do (the
    article's visitors may wrongly hold the host too). Unchanged when neither does."""
    subject_side = any(p.name in travellers for p in cand.subjects)
    if not subject_side and not any(p.name in travellers for p in cand.objects):
        return cand
    participants, cameo = assign_roles(
        cand.type or "other",
        cand.hit.trigger.cameo,
        cand.subjects,
        cand.objects,
        cand.inviters,
        "subject" if subject_side else "object",
    )
    return cand.but(participants=participants, cameo=cameo)


def _visit_span(view: ArticleView, cand: Candidate, sentence: Sentence) -> DateRef | None:
    """A visit's own span after it ("bắt đầu chuyến thăm ... từ ngày 3 đến 6/8", "... (3 -
    5/12)") dates the whole visit, not the arrival day that opens the sentence. Past the
    visit's own clause, a span is another act's when the visit has its own time, only
    unresolved ("lúc 11h40 hôm nay, bắt đầu thăm ... và dự APEC từ 16 đến 19/11")."""
    for ref in view.dates_in(cand.hit.end, sentence.end):
        # "nhân kỷ niệm 50 năm ... (2/12/1975 - 2/12/2025)": the years counted, not the trip's
        if ref.expr.kind == "span" and not spans_years(ref):
            if ref.start >= cand.zone_end and own_time_unresolved(view, sentence, cand.hit.start):
                return None
            return ref
    return None


def finish(
    view: ArticleView,
    cues: Cues,
    cand: Candidate,
    facts: SentenceFacts,
    location: str | None,
    principal_location: str | None,
    gaz: Gazetteer,
    last_place: str | None = None,
) -> Candidate:
    """``cand`` with its location and date, part of day, occasion, participants and CAMEO code.
    ``last_place``: the place of the latest reported event, where a "cùng ngày" meeting with no
    place of its own took place too (for who travelled only)."""
    sentence, frames = facts.sentence, facts.frames
    low = view.lower
    acts = [h.start for h in facts.hits]
    if cand.form == "framed" and location is None:
        location = principal_location
    if cand.form == "framed" and cand.frame is not None:
        ref = governing_date(view, sentence, cand.hit.start, cand.hit.end, cand.zone_end, acts)
        date = ref if ref is not None and cand.frame.start <= ref.start else None
    elif cand.form == "referenced":
        refs = [
            r
            for r in view.dates_in(cand.hit.end, cand.zone_end)
            if r.expr.kind in ("date", "datetime", "span", "month", "year")
            and not names_years(r)  # "thỏa thuận ký giai đoạn 2018-2023": what it covers
            and not dates_the_report(low, cand.hit.end, r.start)  # "..., Y cho biết ngày D"
        ]
        date = refs[0] if refs else None
        if date is None and cand.planned:
            # "Từ ngày 11 tới ngày 15/7, X sẽ tới thăm ...": the plan's own time (planned_fronted)
            date = fronted_plan_date(view, sentence, cand.hit.start, acts)
    else:
        ref = governing_date(view, sentence, cand.hit.start, cand.hit.end, cand.zone_end, acts)
        date = ref if ref is not None and ref.start >= cand.scope_start else None
        if cand.type == "visit":
            date = _visit_span(view, cand, sentence) or date
        elif date is not None and (
            _frames_span(date, frames, cand.hit.start)
            or _trips_span(low, date, facts.hits, cand.hit.start)
        ):
            date = None
    value: str | SameDay | None = None
    part_of_day: str | None = None
    if date is not None:
        value = date_value(date)
        part_of_day = written_part_of_day(date) or part_of_day_near(low, date.start)
    elif cand.form == "reported":
        same = cues.same_day.search(low, sentence.start, cand.hit.start)
        if same:
            part_of_day = part_of_day_near(low, same.start())
            value = SAME_DAY
        else:
            part_of_day = part_of_day_today(low, sentence.start, cand.hit.start)
    place = location
    if (
        location is None
        and last_place
        and cand.type in ("meeting", "talks")
        and cues.same_day.search(low, sentence.start, cand.hit.start)
    ):
        place = last_place
    if place is None and cand.form == "reported":
        # "sau lễ đón B tại Phủ Chủ tịch, A hội đàm với B": the place of the action before
        # is not the event's, but it still tells whose ground the event is on
        place = next(
            (x.text for x in facts.locations(view, gaz) if not x.title and x.end <= cand.hit.start),
            None,
        )
    # "Một phái đoàn sẽ được cử sang X. ... Y sẽ dẫn đầu phái đoàn": Y goes (planned_head.py)
    cand = with_planned_head(view, cand)
    participants, cameo = _roles(view, cand, facts, gaz, place)
    return cand.but(
        location=location,
        date=date,
        date_value=value,
        part_of_day=part_of_day,
        occasion=cand.occasion
        if cand.form == "framed"
        else occasion(view.text, cand.frame, frames),
        participants=participants,
        cameo=cameo,
    )


def _frames_span(date: DateRef, frames: Sequence[Frame], trigger_start: int) -> bool:
    """Whether a span of days is the frame's ("Trong khuôn khổ chuyến thăm ... từ 28 đến 29/9,
    A đã tiếp B"): the visit's days, never the day of the one event told inside it."""
    return date.expr.kind == "span" and any(
        f.start <= date.start and date.end <= f.end <= trigger_start for f in frames
    )


def _trips_span(low: str, date: DateRef, hits: Sequence[TriggerHit], trigger_start: int) -> bool:
    """Whether a span of days before the trigger is a trip's told earlier in the sentence
    ("Trong chuyến thăm chính thức X từ ngày 12 đến 16/9, chiều nay, A đã chào B"): it
    follows a visit's word inside its phrase (no clause mark between: "...; trong hai ngày
    3-4/5, A đã đón ..." opens the act's own clause) and a comma closes it off from the act,
    which it does not date."""
    return (
        date.expr.kind == "span"
        and date.end <= trigger_start
        and "," in low[date.end : trigger_start]
        and any(
            h.trigger.type == "visit"
            and h.end <= date.start
            and not any(mark in low[h.end : date.start] for mark in ",;:")
            for h in hits
        )
    )


#: a back-reference's bare noun closed by a comma: "Tại buổi tiếp, ..."
_NOUN_CLOSED: Final = re.compile(r"\s*,")
#: what stands between a person and the next one set off by a comma: titles, no clause
_APPOSED: Final = re.compile(r"\s*,[^,;.:]{0,60}")


def finish_backref(
    view: ArticleView, cues: Cues, cand: Candidate, facts: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A back-reference's sides, location, date and participants, for when one of them must be
    the main event. Each depends on its own sentence only, so finishing late changes nothing.
    With an object only ("Tại cuộc gặp X, Y khẳng định"), the next person named is the subject."""
    hit_index = facts.hits.index(cand.hit)
    cand = fill_zones(view, cues, cand, facts.sentence, facts.hits, hit_index, facts.frames)
    # "trong buổi tiếp X của Thủ tướng Y": Y received X (noun_sides.py)
    cand = possessor_sides(view, cues, cand)
    if not cand.objects and noun_pair_next(cues, view.lower, facts.sentence, facts.hits, hit_index):
        # "Tại buổi tiếp và làm việc với X, Y ...": the second verb's object is the noun's
        paired = fill_zones(
            view, cues, cand, facts.sentence, facts.hits, hit_index + 1, facts.frames
        )
        cand = cand.but(
            subjects=cand.subjects or paired.subjects,
            objects=paired.objects,
            zone_end=paired.zone_end,
        )
    if cand.objects and not cand.subjects:
        # "Tại cuộc gặp X ..., Y khẳng định": the one who speaks after it is the other side
        names = {p.name for p in cand.objects}
        mentions = view.mentions_in(cand.zone_end, facts.sentence.end)
        speaker = next((m for m in mentions if m.person.name not in names), None)
        if speaker is not None and _NOUN_CLOSED.match(view.lower, cand.hit.end):
            # a comma closing the bare noun ("Tại buổi tiếp, X hoan nghênh ... Y"): X opens
            # the clause after it and is its subject (main_sides.with_speaker_as_subject), Y
            # only what X spoke of; unless Y stands apposed right after X ("Tại buổi tiếp,
            # Đại sứ X, ông Y thông tin ..."): X is the noun's object, Y its subject
            told = [
                m for m in view.mentions_in(cand.hit.end, speaker.start) if m.end <= speaker.start
            ]
            if not told or not _APPOSED.fullmatch(view.lower, told[-1].end, speaker.start):
                speaker = None
        if speaker is not None:
            cand = cand.but(subjects=(speaker.person,))
    # "Tại cuộc gặp, A cảm ơn B ...": the clause after the noun names the sides (frame_sides)
    framed = sides_after_frame(view, cand, facts)
    if framed is not None:
        return finish(
            view, cues, framed, facts, place_of_the_noun(view, framed, facts, gaz), None, gaz
        )
    location = choose_location(view, cand, facts, gaz)
    return finish(view, cues, cand, facts, location, None, gaz)
