"""Main-event choice: which candidate the article is about, and what it still lacks.

The main event is the first reported event, not embedded, with participants; when the sentence
that reports it reports several, the one whose type the headline names wins; talks the
sentence after a welcome win over the welcome, and with no event naming people the headline's
type picks among the rest; a lead visit gives way to the reception or talks the next sentence
reports and the body refers back to (visit_account.py). A main event with no place takes the
one of a later "Lễ ký kết diễn ra tại ..." sentence (main_place.py); one with no date the
previous sentence's or the body's first (main_date.py); one with a side missing, the one the
next sentences name (main_sides.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from vndiplo.annotations import EVENT_TYPES, Participant
from vndiplo_events.attendance import lists_attendees
from vndiplo_events.attended_place import place_of_the_attended
from vndiplo_events.body_sides import between_bodies, with_body_sides, with_body_speaker
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.chaired_reception import reception_chaired_by_host
from vndiplo_events.credentials import reception_after_credentials
from vndiplo_events.cues import Cues
from vndiplo_events.dateline_roles import with_dateline_place
from vndiplo_events.delegation_head import with_delegation_head
from vndiplo_events.ended import is_ended_visit
from vndiplo_events.finishing import article_visitors, trip_visitors, with_visitors
from vndiplo_events.head_guests import with_fellow_heads, with_visit_head
from vndiplo_events.headline_pair import pair_of_the_headline
from vndiplo_events.institution_sides import with_institution_sides
from vndiplo_events.lead_place import place_of_the_lead
from vndiplo_events.led_delegation import with_delegation_guest
from vndiplo_events.letter_addressee import with_letter_addressee
from vndiplo_events.main_date import fallback_date
from vndiplo_events.main_place import (
    headline_news_place,
    headline_place,
    place_of_dated_sentence,
    place_of_the_welcome,
    place_told_over_side,
    took_place_at,
)
from vndiplo_events.main_sides import (
    SIDE_TYPES,
    with_delegation_heads,
    with_missing_side,
    with_other_side_speaking,
    with_sides_settled,
)
from vndiplo_events.opening_backrefs import OPENING_TYPES, opens_on_backref
from vndiplo_events.organisation_hosts import with_organisation_head
from vndiplo_events.places import Gazetteer
from vndiplo_events.planned_month import day_in_planned_month
from vndiplo_events.pointed_place import place_pointed_back
from vndiplo_events.restated_meeting import told_precisely
from vndiplo_events.side_lists import with_listed_sides
from vndiplo_events.sidelines import (
    meeting_on_the_sidelines,
    opens_with_before,
    told_by_backref,
    travelled_to_attend,
    without_background,
)
from vndiplo_events.subordinate_acts import main_clause_act
from vndiplo_events.told_before import opens_before
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView
from vndiplo_events.visit_account import event_told_after_visit
from vndiplo_events.visit_chain import act_of_the_visit_chain
from vndiplo_events.visit_during import visit_of_its_acts
from vndiplo_events.visit_frame_acts import frame_of_its_act, visit_framing_an_act
from vndiplo_events.visit_hosts import with_welcoming_host
from vndiplo_events.visit_span import (
    with_chained_span,
    with_forum_span_before,
    with_span_after,
    with_span_of_the_trip,
)
from vndiplo_events.visit_talks import talks_of_the_visit
from vndiplo_events.visiting_official import with_visiting_official_received
from vndiplo_events.welcome_lists import (
    in_welcome_list,
    meeting_of_the_welcome,
    visit_of_the_welcome,
)
from vndiplo_events.welcome_scene import (
    part_of_day_of_the_welcome,
    place_of_the_scene_before,
    place_of_the_welcome_clause,
)
from vndiplo_events.welcomers import with_host_after_fronted_clause, with_hosts_after_co
from vndiplo_events.witnessed_ceremony import (
    meeting_beside_the_ceremony,
    signing_of_the_attended_ceremony,
)
from vndiplo_events.witnesses import with_witnesses

__all__ = ["complete_main", "pick_main"]


def pick_main(
    candidates: Sequence[Candidate],
    finish_backrefs: Callable[[Sequence[Candidate]], list[Candidate]],
    headline_types: frozenset[str] = frozenset(),
    view: ArticleView | None = None,
    has_headline: bool = False,
    headline: str = "",
) -> tuple[list[Candidate], Candidate | None]:
    """(candidates, main). The first reported event with participants (not embedded, if
    possible); else the first back-reference with participants (``finish_backrefs`` works their
    sides out, and the candidates returned are those it gives); else the first reported event.
    When the headline names an event type, a reported event of that type wins: in the chosen
    one's sentence first ("chủ trì lễ đón và hội đàm với X" under "... hội đàm với ..."), else
    the first in the body ("X đến Hà Nội, bắt đầu chuyến thăm ..." then "... hội đàm")."""
    reported = [c for c in candidates if c.form == "reported" and c.frame is None]
    wanted = _headline_preference(headline_types)
    # an act set between two bodies in its own sentence has its people read after the choice
    # (body_sides): it competes as one naming them, unless the headline names another act
    with_people = [
        c
        for c in reported
        if not c.secondary
        and (
            c.participants
            or (view is not None and (not wanted or c.type in wanted) and between_bodies(view, c))
        )
    ]
    listed: set[int] = set()
    if view is not None:
        # "Trước đó, ..." of another type than the headline's: background (sidelines.py)
        with_people = without_background(view, with_people, wanted)
        # "Tiếp và làm việc với đoàn có A, B": who received the visit, no event (welcome_lists)
        welcomes = [c for c in with_people if in_welcome_list(view, c)]
        meeting = _meeting_of_a_first_welcome(view, candidates, welcomes, with_people)
        if meeting is not None:
            out = list(candidates)
            out[meeting.key] = meeting
            return out, meeting
        if welcomes and len(welcomes) == len(with_people):
            out = list(candidates)
            main = visit_of_the_welcome(view, candidates, welcomes[0])
            out[main.key] = main
            return out, main
        listed = {c.key for c in welcomes}
        # "Tham dự hội đàm còn có A, B": who else attended the act told before, not an act
        # of its own (attendance.lists_attendees), whether or not that act names its people
        listed |= {c.key for c in with_people if _lists_for_earlier(view, c, reported)}
        with_people = [c for c in with_people if c.key not in listed]
    if view is not None and not has_headline:
        # "X sẽ tiếp đón Y ở Nhà Trắng. ... Trước đó, chiều 6/7, Y đã tới dự ..., tiếp đón Z":
        # the act the body opens announcing is the news, the paragraph after "Trước đó" its
        # background (round 18, PLANNED-HEADLINE-ACT on a page that lost its headline)
        announced = _announced_over_background(view, candidates, with_people)
        if announced is not None:
            return list(candidates), announced
    opening = _opening_backref(candidates, finish_backrefs, view)
    if opening is not None:
        out = list(candidates)
        out[opening.key] = opening
        return out, opening
    if with_people and with_people[0].embedded and all(c.embedded for c in with_people):
        # only embedded mentions ("cảm ơn sự tiếp đón của ..."): a back-reference with people
        # ("Tại buổi tiếp, ...") says more about the event than a word of thanks
        finished = finish_backrefs(candidates)
        backref = next((c for c in finished if _told_backref(view, c)), None)
        if backref is not None:
            return finished, backref
    if with_people:
        main = next((c for c in with_people if not c.embedded), with_people[0])
        if view is not None:
            # "sau khi hội đàm, A và B chứng kiến lễ ký": the main clause act (subordinate_acts)
            main = main_clause_act(view, main, with_people)
        if "reception" not in wanted:
            main = _talks_after_the_welcome(main, with_people)
        if wanted and main.type not in wanted:
            named = [c for c in with_people if not c.embedded and c.type in wanted]
            # the headline's event in the main sentence first, else wherever the body has it
            sibling = next((c for c in named if c.sentence_index == main.sentence_index), None)
            if sibling is None and named:
                sibling = named[0]
            if sibling is None:
                sibling = _announced_lead(candidates, wanted)
            if (
                sibling is not None
                and not told_precisely(view, main, sibling)
                and not _trip_of_the_meeting(main, sibling)
                and not _handed_at_the_meeting(main, sibling)
            ):
                main = sibling
        if view is not None:
            # "A gặp B" over a body that first tells A's meeting with C (headline_pair.py)
            main = pair_of_the_headline(view, headline, main, with_people)
            # "đến thăm và chào xã giao X": the act the visit verb is chained to (visit_chain)
            main = act_of_the_visit_chain(view, main, candidates, wanted)
            # "Trong thời gian chuyến thăm, X hội đàm ..., tiếp kiến ...": the visit (visit_during)
            main = visit_of_its_acts(view, main, candidates)
            # "Trong khuôn khổ chuyến thăm ..., X thăm Bảo tàng": the trip (visit_frame_acts)
            main = visit_framing_an_act(view, main, candidates)
        if has_headline and not wanted:
            # a lead visit, then the day's talks, under a headline of themes (visit_talks.py)
            main = talks_of_the_visit(main, candidates)
        # a lead visit, then the reception or talks the body gives its account of (visit_account)
        told_in, account = event_told_after_visit(
            main, candidates, finish_backrefs, frozenset(listed), view
        )
        if account is not main and not (view is not None and opens_with_before(view, account)):
            if told_in is not candidates:
                return list(told_in), account
            main = account
        if main.type == "attend":
            main = meeting_on_the_sidelines(main, with_people, "attend" in wanted, view)
        if main.type == "attend" and view is not None:
            # "Hai tỉnh đã ký kết ... . A và B dự lễ ký": the signing (witnessed_ceremony.py)
            main = signing_of_the_attended_ceremony(view, main, candidates)
        elif view is not None and not wanted - {"meeting"}:
            # "A chứng kiến lễ ký. Bên lề lễ ký, B trao đổi với C" (witnessed_ceremony.py)
            main = meeting_beside_the_ceremony(view, main, candidates)
        main = reception_after_credentials(main, candidates, view)
        if view is not None:
            # "Đoàn A ... có buổi thăm và làm việc với Y do Z chủ trì tiếp đón" (chaired_reception)
            main = reception_chaired_by_host(view, main, candidates)
        if not wanted and main.type == "message":
            # a lead announcing a visit is the news, not a letter the body goes on to
            lead = _announced_lead(candidates, frozenset({"visit"}))
            if lead is not None and lead.sentence_index < main.sentence_index:
                main = lead
        if view is not None and opens_with_before(view, main):
            finished = finish_backrefs(candidates)
            told = told_by_backref(finished, main)
            if told is not None:
                return finished, told
        return list(candidates), main
    announced = _announced_lead(candidates, wanted)
    if announced is not None:
        return list(candidates), announced
    finished = finish_backrefs(candidates)
    copula = None if view is None else _visit_by_copula(view, finished)
    if copula is not None:
        return finished, copula
    trip = None if reported else _dated_trip(candidates)
    if trip is not None:
        return finished, trip
    backrefs = [
        c for c in finished if _told_backref(view, c) and not _refers_to_a_plan(c, finished)
    ]
    if backrefs:
        return finished, backrefs[0]
    # a body that opens announcing an act with its sides ("Tổng thống A sẽ hội đàm với B vào
    # ngày 11") under a headline of the trip, and reports no event with people (a visit
    # recalled from years ago names none): the announced act is the news (README: planned)
    opening = _announced_lead(candidates, frozenset(EVENT_TYPES))
    if opening is not None and wanted:
        return finished, opening
    # with no headline to say so, the pair is the one the page names: the first announced act
    # with its people ("Từ ngày 11 tới 15/7, ông X sẽ tới thăm ...") over a reported act that
    # names nobody (an instruction "giao cho Ngân hàng ký Hiệp định", README round 13 BM09)
    announced = None if wanted or not reported else _first_announced(candidates)
    if announced is not None:
        return finished, announced
    # no event names its people: the headline's event among them (a body listing "họp, trao
    # đổi rồi ký biên bản" under a headline about signing), else the first
    headlined = next((c for c in reported if c.type in wanted and not c.embedded), None)
    return finished, (headlined or (reported[0] if reported else None))


def _meeting_of_a_first_welcome(
    view: ArticleView,
    candidates: Sequence[Candidate],
    welcomes: Sequence[Candidate],
    with_people: Sequence[Candidate],
) -> Candidate | None:
    """The welcome list as the meeting (welcome_lists.py) when the page tells no visit for it
    to host and nothing with people comes in an earlier sentence."""
    if not welcomes:
        return None
    first = welcomes[0]
    if any(c.sentence_index < first.sentence_index for c in with_people):
        return None
    return meeting_of_the_welcome(view, candidates, first)


#: the welcome of a visitor, the ceremony that opens talks ("đón X tại cửa xe", "Lễ đón")
_WELCOMES: Final = frozenset({"đón", "lễ đón", "đón tiếp"})


def _talks_after_the_welcome(main: Candidate, with_people: Sequence[Candidate]) -> Candidate:
    """A welcome followed, in the next sentence, by talks is the talks' opening:
    "A đón B ở sảnh. Hai bên chụp ảnh lưu niệm rồi bước vào hội đàm" is about
    the talks (unless the headline names the welcome). Coordinated in one sentence ("chủ trì
    lễ đón và hội đàm với X"), the first stays, as the headline has not said otherwise."""
    if main.type != "reception" or main.hit.trigger.phrase not in _WELCOMES:
        return main
    last = main.sentence_index + 1
    talks = next(
        (
            c
            for c in with_people
            if c.type == "talks"
            and not c.embedded
            and main.sentence_index < c.sentence_index <= last
        ),
        None,
    )
    if talks is None:
        return main
    # "Hai nhà lãnh đạo ... hội đàm" says no more than who: the welcome says who hosts
    roles = {p.name: p.role for p in main.participants}
    if all(p.role == "participant" and p.name in roles for p in talks.participants):
        talks = talks.but(
            participants=tuple(Participant(p.name, roles[p.name]) for p in talks.participants)
        )
    return talks


#: the meetings a visit is made of
_VISIT_MEETINGS: Final = frozenset({"reception", "talks"})


def _trip_of_the_meeting(main: Candidate, sibling: Candidate) -> bool:
    """The headline's visit ``sibling`` is the trip of the body's reception or talks ``main``:
    a headline written from the travelling side ("Đoàn tỉnh K thăm tỉnh A") over a lead written
    from the receiving side ("A tiếp đoàn tỉnh K đến thăm") names the less precise act, which
    never replaces the lead's meeting (README round 4: M10; round 5: the headline only
    upgrades). Not when the visit, told in another sentence, is another trip: one of its
    travellers hosts the meeting ("A tiếp B. ... A sang thăm C"). A visit sharing nobody with
    the meeting is left to the other rules: no dev page shows that case yet."""
    if sibling.type != "visit" or main.type not in _VISIT_MEETINGS:
        return False
    if sibling.sentence_index == main.sentence_index:
        return True
    travellers = {p.name for p in sibling.participants if p.role != "host"}
    hosts = {p.name for p in main.participants if p.role == "host"}
    return not travellers & hosts


#: the acts of two sides meeting, inside which a handing-over ("trao tặng kỷ niệm chương")
#: happens
_MEETINGS: Final = frozenset({"meeting", "talks", "reception"})


def _handed_at_the_meeting(main: Candidate, sibling: Candidate) -> bool:
    """The headline's act ``sibling`` is an "other" act (a handing-over, an award) between the
    sides of ``main``, a meeting of the same sentence ("A gặp B và trao huân chương cho B"
    under a headline of the award): the award is given at the meeting, which stays the
    event."""
    return (
        sibling.type == "other"
        and main.type in _MEETINGS
        and main.sentence_index == sibling.sentence_index
        and bool(main.participants)
        and {p.name for p in main.participants} == {p.name for p in sibling.participants}
    )


def _opening_backref(
    candidates: Sequence[Candidate],
    finish_backrefs: Callable[[Sequence[Candidate]], list[Candidate]],
    view: ArticleView | None = None,
) -> Candidate | None:
    """A back-reference that opens the body, before any reported event, naming both sides:
    "Phát biểu tại cuộc gặp Thủ tướng A bên lề ..., Thủ tướng B hoan nghênh ..." refers to the
    event the article is about, whose report the page left out; so does one the sentence opens
    on, whoever it names ("Tại buổi hội đàm chiều 4/3, đại diện hai hội ...")."""
    first = next((c for c in candidates if c.form != "framed" and not _listing(view, c)), None)
    if first is None or first.form != "backref" or first.type not in OPENING_TYPES:
        return None
    # an act embedded in the back-reference's own sentence ("Tại buổi tiếp, A hoan nghênh
    # chuyến thăm ..., chuyển lời mời thăm ...") is what was said there, not an earlier report
    if any(
        c.form == "reported"
        and c.sentence_index <= first.sentence_index
        and not (c.embedded and c.sentence_index == first.sentence_index)
        for c in candidates
    ):
        return None
    done = finish_backrefs([first])[0]
    if done.type in SIDE_TYPES and done.subjects and done.objects:
        return done
    # "Tại buổi hội đàm, lãnh đạo hai tỉnh ...", "Trong thư, A ...": the sentence opens on it,
    # naming one side or none (opening_backrefs.py); unless the next sentences report that act
    # with its people ("Tại cuộc hội đàm, hai bên ... . A đã hội đàm với B."): a sapo's teaser
    # over the report, whether or not the report is dated
    if view is None or not opens_on_backref(view, done):
        return None
    return None if _reported_after(done, candidates) else done


#: how many sentences after an opening back-reference may still report its act
_REPORT_REACH: Final = 3


def _reported_after(backref: Candidate, candidates: Sequence[Candidate]) -> bool:
    """A reported act of ``backref``'s type with people follows it closely: the report it
    refers to."""
    return any(
        c.form == "reported"
        and _same_kind(c.type, backref.type)
        and c.participants
        and not c.embedded
        and backref.sentence_index < c.sentence_index <= backref.sentence_index + _REPORT_REACH
        for c in candidates
    )


def _same_kind(reported: str | None, noun: str | None) -> bool:
    """A reported act is the one a back-reference's noun names: the same type, or two sides
    meeting under another noun ("Tại cuộc gặp, ..." then "A đã tiếp B": one act)."""
    return reported == noun or {reported, noun} <= _MEETINGS


def _listing(view: ArticleView | None, cand: Candidate) -> bool:
    """``cand`` is a meeting noun in an attendee list ("Cùng tham dự buổi tiếp có X"): who else
    was there, not the event (attendance.py); the next sentence tells the event itself."""
    if view is None or cand.form != "backref":
        return False
    return lists_attendees(view.lower, view.sentences[cand.sentence_index], cand.hit)


def _lists_for_earlier(view: ArticleView, cand: Candidate, reported: Sequence[Candidate]) -> bool:
    """Is ``cand``'s noun named in an attendee list of an act of its type reported in an
    earlier sentence ("Hội đàm ... . Tham dự hội đàm còn có A")?"""
    sentence = view.sentences[cand.sentence_index]
    return lists_attendees(view.lower, sentence, cand.hit) and any(
        c.type == cand.type and c.sentence_index < cand.sentence_index for c in reported
    )


def _told_backref(view: ArticleView | None, cand: Candidate) -> bool:
    """A back-reference with people that tells the event, not an attendee list of it."""
    return cand.form == "backref" and bool(cand.participants) and not _listing(view, cand)


def _refers_to_a_plan(cand: Candidate, candidates: Sequence[Candidate]) -> bool:
    """The back-reference ``cand`` comes after acts the page told only as planned ("họp bàn kế
    hoạch đón tiếp ... sang dự các hoạt động hội đàm", then "Sự kiện hội đàm ... có ý nghĩa
    quan trọng"): it names what is planned, not an event held."""
    earlier = [
        c for c in candidates if c.form != "backref" and c.sentence_index < cand.sentence_index
    ]
    return bool(earlier) and all(c.planned for c in earlier)


def _announced_lead(candidates: Sequence[Candidate], wanted: frozenset[str]) -> Candidate | None:
    """The body's first event when it is a planned one of the headline's type, with people:
    "X sẽ thăm chính thức Y từ ngày ..." under "X thăm chính thức Y" is what the article
    announces, before any background ("Trước đó, X đã hội kiến ...")."""
    if not wanted:
        return None
    first = next((c for c in candidates if c.form != "backref"), None)
    if (
        first is not None
        and first.form == "referenced"
        and first.planned
        and first.frame is None
        and first.type in wanted
        and first.participants
    ):
        return first
    return None


def _announced_over_background(
    view: ArticleView, candidates: Sequence[Candidate], with_people: Sequence[Candidate]
) -> Candidate | None:
    """The planned act the body's first sentence announces with both its sides, when every
    reported act with people stands in a paragraph that opens "Trước đó, ...": what came
    before the announced news, not the news."""
    first = next((c for c in candidates if c.form != "backref"), None)
    if (
        first is None
        or first.sentence_index != 0
        or not first.planned
        or first.frame is not None
        or first.type not in _MEETINGS
        or not (first.subjects and first.objects)
    ):
        return None
    if not with_people or not all(_in_background(view, c) for c in with_people):
        return None
    return first


def _in_background(view: ArticleView, cand: Candidate) -> bool:
    """``cand`` stands in a paragraph whose first sentence opens "Trước đó, ..."."""
    block = view.sentences[cand.sentence_index].block
    opening = next(s for s in view.sentences if s.block == block)
    return opens_before(view.lower, opening.start, opening.end)


def _first_announced(candidates: Sequence[Candidate]) -> Candidate | None:
    """The first planned act, not framed, when it is named with its people (see
    :func:`_announced_lead`); a programme's later item naming someone ("Đoàn sẽ thăm ... . Chiều
    25, X sẽ hội đàm với Y") is a part of the trip announced first, not the news."""
    first = next(
        (c for c in candidates if c.form == "referenced" and c.planned and c.frame is None),
        None,
    )
    return first if first is not None and first.participants else None


#: a copula that names the article's own trip: "Đây là chuyến thăm chính thức đầu tiên của X"
_COPULA: Final = re.compile(r"(?<!\w)là\s+(?:chuyến\s+)?$")


def _visit_by_copula(view: ArticleView, candidates: Sequence[Candidate]) -> Candidate | None:
    """With no reported event naming people, the visit a copula names with its visitor ("Đây là
    chuyến thăm chính thức đầu tiên của Thủ tướng X tới Việt Nam. Trong chuyến thăm, ông sẽ
    ..."): the trip the page announces, not the bare "Trong chuyến thăm" after it."""
    for cand in candidates:
        if cand.form == "backref":
            continue
        if (
            cand.form == "referenced"
            and cand.type == "visit"
            and cand.frame is None
            and cand.participants
        ):
            start = cand.hit.start
            if _COPULA.search(view.lower, max(0, start - 14), start):
                return cand
        return None
    return None


def _dated_trip(candidates: Sequence[Candidate]) -> Candidate | None:
    """With no reported event at all, the trip a sentence dates with its own span ("Chuyến
    thăm chính thức của X từ ngày A-B góp phần ..."): a page that lost its lead (or whose lead is
    a member list, member_lists.py) tells its visit so; a "Trong buổi tiếp ..." after it may
    recall an earlier meeting."""
    for cand in candidates:
        if (
            cand.form == "referenced"
            and cand.type == "visit"
            and not cand.planned
            and cand.frame is None
            and cand.participants
            and isinstance(cand.date_value, str)
            and "/" in cand.date_value
        ):
            return cand
    return None


def _headline_preference(types: frozenset[str]) -> frozenset[str]:
    """The event types the headline is about: a welcome ceremony named with talks ("đón và
    hội đàm") is the talks' ("lễ đón chính thức, sau đó hội đàm": the talks are the event)."""
    if "talks" in types and "reception" in types:
        return types - {"reception"}
    return types


def complete_main(
    view: ArticleView,
    cues: Cues,
    main: Candidate,
    candidates: Sequence[Candidate],
    facts_of: Mapping[int, SentenceFacts],
    gaz: Gazetteer,
    headline: str = "",
    headline_hits: Sequence[TriggerHit] = (),
    stated_visitors: frozenset[str] = frozenset(),
) -> Candidate:
    """The main event with a place and a date from elsewhere when its own sentence gives none:
    a later "Lễ ký diễn ra tại ..." sentence, else the headline's "tại" phrase after the event
    ("Đoàn ... thăm và làm việc tại Quảng Nam"). ``stated_visitors``: the guests the headline
    or lead caption names (stated_visitors.py), visitors as the body's own visits' are."""
    if main.location is None:
        main = took_place_at(view, cues, main, candidates, facts_of, gaz)
    else:
        # "A tiếp Đại sứ B tại Việt Nam. Buổi tiếp diễn ra tại C": C (main_place.py)
        main = place_told_over_side(view, cues, main, candidates, facts_of, gaz)
    # "Tại đây, A gặp B": the place of the sentence before (pointed_place.py)
    main = place_pointed_back(view, main, facts_of, gaz)
    # "Tại X, A tổ chức lễ ... . B đã đến dự": the occasion's place (attended_place.py)
    main = place_of_the_attended(view, main, gaz)
    if main.location is None and headline_hits:
        main = headline_place(main, headline, headline_hits, gaz)
    if main.location is None:
        main = place_of_the_welcome_clause(view, main, facts_of, gaz)
    if main.location is None:
        main = place_of_the_welcome(view, main, candidates)
    if main.location is None:
        main = place_of_the_scene_before(view, main, facts_of, gaz)
    main = part_of_day_of_the_welcome(view, main)
    # an ended visit is not dated by the day of the return (ended.py)
    if main.date_value is None and not is_ended_visit(view.lower, main):
        # "đã dự Đại hội X, kết hợp thăm Y từ ngày 7 đến 11-4": the chain's days (visit_span)
        main = with_chained_span(main, candidates)
        main = with_span_after(view, main)
        # "Từ ngày D1 đến D2, tại X diễn ra Hội nghị Y. Đoàn Z tham dự Hội nghị" (visit_span)
        main = with_forum_span_before(view, main)
    elif not is_ended_visit(view.lower, main):
        main = with_span_of_the_trip(view, main, candidates)
    # the trip framing a dated site visit is not dated by it (visit_frame_acts.py)
    if (
        main.date_value is None
        and not is_ended_visit(view.lower, main)
        and not frame_of_its_act(view, main, candidates)
    ):
        main = fallback_date(view, main, candidates)
        if main.location is None and main.date is not None:
            main = place_of_dated_sentence(view, main, facts_of, gaz)
    # "sẽ gặp nhau vào cuối tháng này ... cuộc gặp sẽ diễn ra vào sáng 22/6" (planned_month)
    main = day_in_planned_month(view, main, candidates)
    # a headline's event standing in for the lead takes the lead's place (lead_place.py)
    main = place_of_the_lead(view, main, facts_of, gaz)
    visitors = (
        article_visitors(view.lower, candidates)
        | travelled_to_attend(view, candidates)
        | stated_visitors
    )
    own = facts_of.get(main.sentence_index)
    if own is not None:
        main = with_hosts_after_co(view, main, own, gaz)
        main = with_host_after_fronted_clause(view, main, own, gaz)
        main = with_delegation_heads(view, main, own, gaz)
        main = with_missing_side(view, main, own, gaz, candidates)
        main = with_delegation_head(view, main, own, gaz)
        # "Đoàn ... đã sang thăm B. Đoàn do X làm trưởng đoàn": X visits (head_guests.py)
        main = with_visit_head(view, main, own, gaz)
        main = with_fellow_heads(view, main, own, gaz)
        main = with_letter_addressee(view, main, own, gaz)
        main = with_witnesses(view, main, own, gaz)
        main = with_welcoming_host(view, main, own, gaz)
        main = with_organisation_head(view, main, own, gaz)
        # the page's visitor, also one told only by the noun of the act's own trip
        visitors |= trip_visitors(view, main, candidates)
        main = with_visitors(view, main, own, gaz, visitors)
        # "cuộc gặp đoàn Y do B dẫn đầu": B travelled, the other side hosts (led_delegation)
        main = with_delegation_guest(view, main, own, gaz)
        # "Cục X tiếp đón đoàn Y. ... đại diện Cục X có A; đại diện đoàn Y có B" (side_lists)
        main = with_listed_sides(view, main, own, gaz)
        # "Đoàn tỉnh A hội đàm với tỉnh B. Dự hội đàm có X, Y": each body's head (body_sides)
        main = with_body_sides(view, main, own, gaz)
        # "Tổng Liên đoàn X hội đàm với Đoàn Y do B ... Chủ tịch Tổng Liên đoàn X A ...": A
        main = with_body_speaker(view, main, own, gaz)
        main = with_sides_settled(view, main, own, gaz)
        main = with_institution_sides(view, main, own, gaz)  # sides9 hook
        # last: the side still missing, from who speaks for elsewhere (main_sides.py)
        main = with_other_side_speaking(view, main, own, gaz, visitors)
    # "ông X (Nhật Bản) tại buổi tiếp ... nhân chuyến thăm ... tại tỉnh Z" (visiting_official)
    main = with_visiting_official_received(view, main, candidates, gaz)
    if main.location is None and headline:
        main = headline_news_place(main, headline, headline_hits, gaz)
    # last: the wire's dateline ("VATICAN CITY —") places a main event the body places nowhere
    return with_dateline_place(view, main, gaz) if main.location is None else main
