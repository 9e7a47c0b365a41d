"""Main-event choice: which candidate the article is about, and what it still lacks.

The main event is the first reported event, not embedded, with participants; when the sentence
that reports it reports several, the one whose type the headline names wins; talks the
sentence after a welcome win over the welcome, and with no event naming people the headline's
type picks among the rest; a lead visit gives way to the reception or talks the next sentence
reports and the body refers back to (visit_account.py). A main event with no place takes the
one of a later "Lễ ký kết diễn ra tại ..." sentence; one with no date the previous sentence's or
the body's first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo.model import Person
from vndiplo_events.attributes import date_value, line_places, part_of_day_near
from vndiplo_events.candidate import Candidate, SentenceFacts, frame_of
from vndiplo_events.credentials import reception_after_credentials
from vndiplo_events.cues import Cues
from vndiplo_events.delegation_head import with_delegation_head
from vndiplo_events.ended import is_ended_visit
from vndiplo_events.finishing import article_visitors, with_roles, with_visitors
from vndiplo_events.letter_addressee import with_letter_addressee
from vndiplo_events.organisation_hosts import with_organisation_head
from vndiplo_events.paired import partner_named_later
from vndiplo_events.places import Gazetteer
from vndiplo_events.sidelines import (
    meeting_on_the_sidelines,
    opens_with_before,
    told_by_backref,
    travelled_to_attend,
)
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView, DateRef
from vndiplo_events.visit_account import event_told_after_visit
from vndiplo_events.visit_hosts import with_welcoming_host
from vndiplo_events.visit_span import with_span_after
from vndiplo_events.visit_talks import talks_of_the_visit
from vndiplo_events.welcomers import with_host_after_fronted_clause, with_hosts_after_co
from vndiplo_events.witnesses import with_witnesses

__all__ = ["complete_main", "pick_main"]

#: the "tại" of a later sentence that opens with the event: two words at most before it
_SHORT_AT: Final = re.compile(r"(?:\s+[^\s,;.:]+){0,2}?\s+(?=tại\s)")


def pick_main(
    candidates: Sequence[Candidate],
    finish_backrefs: Callable[[Sequence[Candidate]], list[Candidate]],
    headline_types: frozenset[str] = frozenset(),
    view: ArticleView | None = None,
    has_headline: bool = False,
) -> tuple[list[Candidate], Candidate | None]:
    """(candidates, main). The first reported event with participants (not embedded, if
    possible); else the first back-reference with participants (``finish_backrefs`` works their
    sides out, and the candidates returned are those it gives); else the first reported event.
    When the headline names an event type, a reported event of that type wins: in the chosen
    one's sentence first ("chủ trì lễ đón và hội đàm với X" under "... hội đàm với ..."), else
    the first in the body ("X đến Hà Nội, bắt đầu chuyến thăm ..." then "... hội đàm")."""
    reported = [c for c in candidates if c.form == "reported" and c.frame is None]
    with_people = [c for c in reported if c.participants and not c.secondary]
    wanted = _headline_preference(headline_types)
    opening = _opening_backref(candidates, finish_backrefs)
    if opening is not None:
        out = list(candidates)
        out[opening.key] = opening
        return out, opening
    if with_people and with_people[0].embedded and all(c.embedded for c in with_people):
        # only embedded mentions ("cảm ơn sự tiếp đón của ..."): a back-reference with people
        # ("Tại buổi tiếp, ...") says more about the event than a word of thanks
        finished = finish_backrefs(candidates)
        backref = next((c for c in finished if c.form == "backref" and c.participants), None)
        if backref is not None:
            return finished, backref
    if with_people:
        main = next((c for c in with_people if not c.embedded), with_people[0])
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
            if sibling is not None:
                main = sibling
        if has_headline and not wanted:
            # a lead visit, then the day's talks, under a headline of themes (visit_talks.py)
            main = talks_of_the_visit(main, candidates)
        # a lead visit, then the reception or talks the body gives its account of (visit_account)
        told_in, account = event_told_after_visit(main, candidates, finish_backrefs)
        if account is not main and not (view is not None and opens_with_before(view, account)):
            if told_in is not candidates:
                return list(told_in), account
            main = account
        if main.type == "attend":
            main = meeting_on_the_sidelines(main, with_people)
        main = reception_after_credentials(main, candidates)
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
    backrefs = [c for c in finished if c.form == "backref" and c.participants]
    if backrefs:
        return finished, backrefs[0]
    # no event names its people: the headline's event among them ("tổ chức hội nghị gặp gỡ,
    # trao đổi và ký kết biên bản" under "... ký kết hợp tác ..."), else the first
    headlined = next((c for c in reported if c.type in wanted and not c.embedded), None)
    return finished, (headlined or (reported[0] if reported else None))


#: the welcome of a visitor, the ceremony that opens talks ("đón X tại cửa xe", "Lễ đón")
_WELCOMES: Final = frozenset({"đón", "lễ đón", "đón tiếp"})


def _talks_after_the_welcome(main: Candidate, with_people: Sequence[Candidate]) -> Candidate:
    """A welcome followed, in the next sentence, by talks is the talks' opening:
    "A đón B tại cửa xe. Hai nhà lãnh đạo chụp ảnh chung, sau đó tiến hành hội đàm" is about
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


def _opening_backref(
    candidates: Sequence[Candidate],
    finish_backrefs: Callable[[Sequence[Candidate]], list[Candidate]],
) -> Candidate | None:
    """A back-reference that opens the body, before any reported event, naming both sides:
    "Phát biểu tại cuộc gặp Thủ tướng A bên lề ..., Thủ tướng B hoan nghênh ..." refers to the
    event the article is about, whose report the page left out."""
    first = next((c for c in candidates if c.form != "framed"), None)
    if first is None or first.form != "backref" or first.type not in _SIDE_TYPES:
        return None
    if any(c.form == "reported" and c.sentence_index <= first.sentence_index for c in candidates):
        return None
    done = finish_backrefs([first])[0]
    return done if done.subjects and done.objects else None


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
) -> Candidate:
    """The main event with a place and a date from elsewhere when its own sentence gives none:
    a later "Lễ ký diễn ra tại ..." sentence, else the headline's "tại" phrase after the event
    ("Đoàn ... thăm và làm việc tại Quảng Nam")."""
    if main.location is None:
        main = _took_place_at(view, cues, main, candidates, facts_of, gaz)
    if main.location is None and headline_hits:
        main = _headline_place(main, headline, headline_hits, gaz)
    if main.location is None:
        main = _place_of_the_welcome(view, main, candidates)
    # an ended visit is not dated by the day of the return (ended.py)
    if main.date_value is None and not is_ended_visit(view.lower, main):
        main = with_span_after(view, main)
    if main.date_value is None and not is_ended_visit(view.lower, main):
        main = _fallback_date(view, main, candidates)
        if main.location is None and main.date is not None:
            main = _place_of_dated_sentence(view, main, facts_of, gaz)
    visitors = article_visitors(view.lower, candidates) | travelled_to_attend(view, candidates)
    own = facts_of.get(main.sentence_index)
    if own is not None:
        main = with_hosts_after_co(view, main, own, gaz)
        main = with_host_after_fronted_clause(view, main, own, gaz)
        main = _delegation_heads(view, main, own, gaz)
        main = _missing_side(view, main, own, gaz, candidates)
        main = with_delegation_head(view, main, own, gaz)
        main = with_letter_addressee(view, main, own, gaz)
        main = with_witnesses(view, main, own, gaz)
        main = with_welcoming_host(view, main, own, gaz)
        main = with_organisation_head(view, main, own, gaz)
        main = with_visitors(view, main, own, gaz, visitors)
    return main


#: a guest named after the event's sentence: "chào mừng Thượng tướng X", "do ông X làm Trưởng
#: đoàn", "đoàn của X"; and a host: "Tiếp đoàn có đồng chí X", "Đón đoàn có ..."
_GUEST_CUE: Final = re.compile(
    r"(?<!\w)(?:chào\s+mừng|hoan\s+nghênh|do|đón"
    # "Tham gia Đoàn có Ngài X, Đại sứ ...": the delegation's first member leads it
    r"|(?:tham\s+gia|thành\s+phần)\s+đoàn\s+(?:gồm\s+)?(?:có|gồm)\s*:?)"
    r"\s+(?:(?:ông|bà|ngài|đồng\s+chí)\s+)?$"
)
_LEADS_AFTER: Final = re.compile(r"[\s,]*(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)", re.IGNORECASE)
_HOST_CUE: Final = re.compile(
    r"(?<!\w)(?:(?:tiếp|đón|đón\s+tiếp|tiếp\s+đón)\s+(?:đoàn\s+)?"
    # "Tham dự buổi gặp gỡ có ông X": the host body's leader, when the event names no host
    r"|(?:tham\s+)?dự\s+(?:buổi|cuộc)\s+\w+(?:\s+\w+)?\s+)"
    r"có\s+(?:(?:ông|bà|đồng\s+chí)\s+)?$"
)
#: "Thay mặt lãnh đạo thành phố, ông X ...": X speaks for a host named as a body
_SPEAKS_FOR: Final = re.compile(r"\W*thay\s+mặt\s+[^,;.]{1,80},\s*(?:(?:ông|bà|đồng\s+chí)\s+)?")
_SIDE_TYPES: Final = frozenset({"reception", "meeting", "talks"})


def _missing_side(
    view: ArticleView,
    main: Candidate,
    own: SentenceFacts,
    gaz: Gazetteer,
    candidates: Sequence[Candidate],
) -> Candidate:
    """A reception, meeting or talks that names one side only ("tiếp đoàn đại biểu Bộ Quốc
    phòng X") takes the other from the next two sentences: a guest greeted or leading the
    delegation ("chào mừng Thượng tướng Y", "do ông Y làm Trưởng đoàn"), else the article's
    visitor; a host that received the delegation ("Tiếp đoàn có đồng chí Z") or speaks for the
    hosts ("Thay mặt lãnh đạo thành phố, ông Z")."""
    if main.type not in _SIDE_TYPES or (main.subjects and main.objects):
        return main
    if not main.subjects and not main.objects:
        return main
    low = view.lower
    sides = {p.name for p in (*main.subjects, *main.objects)}
    first = main.sentence_index
    last = min(len(view.sentences), first + 3)
    cue = _HOST_CUE if not main.subjects else _GUEST_CUE
    found = None
    for index in range(first, last):
        sentence = view.sentences[index]
        start = main.zone_end if index == first else sentence.start
        for mention in view.mentions_in(start, sentence.end):
            if mention.person.name in sides:
                continue
            before = low[max(sentence.start, mention.start - 40) : mention.start]
            if (
                cue.search(before)
                or (cue is _GUEST_CUE and _LEADS_AFTER.match(low, mention.end, sentence.end))
                or (cue is _HOST_CUE and _SPEAKS_FOR.fullmatch(low, sentence.start, mention.start))
            ):
                found = mention.person
                break
            if cue is _GUEST_CUE and _LEADS_AFTER.match(
                low, *_after_apposition(view.text, mention.end, sentence.end)
            ):
                found = mention.person
                break
        if found is not None:
            break
    if found is None and main.subjects:
        visitor = next(
            (
                p.name
                for c in candidates
                if c.type == "visit" and c.form == "reported" and c.key != main.key
                for p in c.participants
                if p.role == "guest" and p.name not in sides
            ),
            None,
        )
        found = next((m.person for m in view.mentions if m.person.name == visitor), None)
    if found is None and (main.type in ("talks", "meeting") or not main.subjects):
        found = partner_named_later(view, frozenset(sides), first, main.zone_end)
    if found is None:
        return main
    main = main.but(objects=(found,)) if main.subjects else main.but(subjects=(found,))
    return with_roles(view, main, own, gaz)


def _headline_place(
    main: Candidate, headline: str, hits: Sequence[TriggerHit], gaz: Gazetteer
) -> Candidate:
    """The "tại" phrase the headline writes after a trigger of the main event's type, when the
    body gives the event no place."""
    for at, place in line_places(headline, gaz):
        # the nearest trigger before "tại" is the main event's: "thăm và làm việc tại X"
        nearest = [h for h in hits if h.end <= at]
        if nearest and nearest[-1].trigger.type == main.type:
            return main.but(location=place)
    return main


#: "X, Chỉ huy trưởng BĐBP tỉnh Y làm trưởng đoàn": a head of delegation, titles between
_HEAD_AFTER: Final = re.compile(r"[^.;\n]{0,100}?(?<!\w)(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)(?!\w)")


def _delegation_heads(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """Talks, a meeting or a reception between delegations that names no one ("đã diễn ra hội
    đàm giữa đoàn đại biểu tỉnh A với ...") takes as its sides the heads of delegation named
    in the sentence before or the two after ("Đoàn ... do Đại tá X làm trưởng đoàn. Đoàn ...
    do Đại tá Y làm trưởng đoàn."), in the order named."""
    if main.type not in _SIDE_TYPES or main.subjects or main.objects:
        return main
    low = view.lower
    heads: dict[str, Person] = {}
    first = max(0, main.sentence_index - 1)
    last = min(len(view.sentences), main.sentence_index + 3)
    for index in range(first, last):
        sentence = view.sentences[index]
        for mention in view.mentions_in(sentence.start, sentence.end):
            if mention.person.name in heads:
                continue
            lead = _HEAD_AFTER.match(low, mention.end, sentence.end)
            # the head's own titles may come between, another person may not
            if lead is not None and not view.mentions_in(mention.end + 1, lead.end()):
                heads[mention.person.name] = mention.person
    if not heads:
        return main
    found = list(heads.values())
    main = main.but(subjects=tuple(found[:1]), objects=tuple(found[1:]))
    return with_roles(view, main, own, gaz)


def _after_apposition(text: str, start: int, end: int) -> tuple[int, int]:
    """Past the titles after a name: "bà X, Chủ tịch Nhóm, làm Trưởng đoàn" -> "làm ..."."""
    comma = text.find(",", start, min(end, start + 120))
    nxt = text.find(",", comma + 1, min(end, comma + 120)) if comma != -1 else -1
    return (nxt + 1, end) if nxt != -1 else (start, end)


def _took_place_at(
    view: ArticleView,
    cues: Cues,
    main: Candidate,
    candidates: Sequence[Candidate],
    facts_of: Mapping[int, SentenceFacts],
    gaz: Gazetteer,
) -> Candidate:
    """A main event with no place takes the one of a later sentence of its type that opens
    with the event and says where it took place ("Lễ ký kết diễn ra tại Hà Nội", "Cuộc hội
    đàm giữa hai Bộ trưởng được tổ chức tại ..."); a meeting's or talks' roles are then judged
    by that place."""
    low = view.lower
    for cand in candidates:
        if (
            cand.form == "reported"
            or cand.sentence_index <= main.sentence_index
            or cand.type != main.type
        ):
            continue
        facts = facts_of[cand.sentence_index]
        if not cues.event_opens.fullmatch(low, facts.sentence.start, cand.hit.start):
            continue
        took = cues.took_place.match(low, cand.hit.end, facts.sentence.end)
        if took is None and cand.type == main.type:
            # "Cuộc gặp tối 9/3 tại Hà Nội là dịp ...": a short time phrase, then the place
            took = _SHORT_AT.match(low, cand.hit.end, facts.sentence.end)
        if took is None:
            continue
        place = next(
            (
                loc.text
                for loc in facts.locations(view, gaz)
                if not loc.title
                and loc.start >= took.end()
                and frame_of(facts.frames, loc.start) is None
            ),
            None,
        )
        if place is None:
            continue
        main = main.but(location=place)
        own = facts_of.get(main.sentence_index)
        if own is not None and main.type in ("meeting", "talks"):
            main = with_roles(view, main, own, gaz)
        return main
    return main


def _place_of_dated_sentence(
    view: ArticleView, main: Candidate, facts_of: Mapping[int, SentenceFacts], gaz: Gazetteer
) -> Candidate:
    """A main event dated by an earlier sentence (see :func:`_fallback_date`) of its paragraph,
    or the one just before, happened where that sentence says ("Trong khuôn khổ Hội nghị diễn
    ra tại Tokyo, sáng 20-4, A có nhiều cuộc tiếp xúc. Tiếp X, A khẳng định ...")."""
    ref = main.date
    if ref is None or ref.start >= view.sentences[main.sentence_index].start:
        return main
    index = main.sentence_index - 1
    while index >= 0 and view.sentences[index].start > ref.start:
        index -= 1
    facts = facts_of.get(index)
    # the same paragraph, or the sentence just before: a place paragraphs back is another scene
    same_block = view.sentences[index].block == view.sentences[main.sentence_index].block
    if facts is None or not (same_block or index == main.sentence_index - 1):
        return main
    place = next((loc.text for loc in facts.locations(view, gaz) if not loc.title), None)
    if place is None:
        return main
    main = main.but(location=place)
    own = facts_of.get(main.sentence_index)
    if own is not None and main.type in ("meeting", "talks"):
        main = with_roles(view, main, own, gaz)  # who travelled, judged by that place
    return main


#: a paragraph that goes on from the welcome ceremony ("Sau lễ đón, hai bên hội đàm ...")
_AFTER_WELCOME: Final = ("sau lễ đón", "ngay sau lễ đón", "sau khi lễ đón", "tiếp sau lễ đón")


def _place_of_the_welcome(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """A main event in a paragraph that opens after the welcome ceremony ("Sau lễ đón, hai bên
    hội đàm. A và B cũng đã ký ...") took place where the ceremony did ("tại Nhà Quốc hội, A
    chủ trì Lễ đón chính thức B")."""
    sentences = view.sentences
    block = sentences[main.sentence_index].block
    index = main.sentence_index
    while index > 0 and sentences[index - 1].block == block:
        index -= 1
    if not view.lower.startswith(_AFTER_WELCOME, sentences[index].start):
        return main
    opening = sentences[index].start
    welcome = [
        c
        for c in candidates
        if c.type == "reception"
        and c.form == "reported"
        and c.location is not None
        and c.hit.start < opening
    ]
    return main.but(location=welcome[-1].location) if welcome else main


def _fallback_date(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The previous sentence's date in the same paragraph, else the body's first full date,
    unless that date comes later and dates an event of another type: "Trong chuyến thăm Nhật
    Bản hôm 18/10, ...", "Hiệp định ... ký ngày 9/7/2002" date another trip, an old signing."""
    sentence = view.sentences[main.sentence_index]
    earlier = [
        r
        for r in view.dates_in(0, sentence.start)
        if r.expr.kind in ("date", "datetime")
        and view.sentences[main.sentence_index - 1].block == sentence.block
    ]
    pool = earlier[-1:] or [r for r in view.dates if r.expr.kind in ("date", "datetime")][:1]
    if not pool:
        return main
    ref = pool[0]
    if ref.start >= sentence.end and _dates_another_event(view, ref, main, candidates):
        return main
    return main.but(
        date=ref,
        date_value=date_value(ref),
        part_of_day=ref.expr.part_of_day or part_of_day_near(view.lower, ref.start),
    )


#: How far a date may follow another event's trigger and still be written as its own:
#: "chuyến thăm Nhật Bản hôm 18/10", "Hiệp định ... ký ngày 9/7/2002".
_OWN_DATE_REACH: Final = 60


def _dates_another_event(
    view: ArticleView, ref: DateRef, main: Candidate, candidates: Sequence[Candidate]
) -> bool:
    """Whether ``ref`` is written inside another event's phrase: it follows, with no comma
    between, the trigger of a candidate of another type that it dates. A date opening a
    clause ("Cũng trong sáng 19/11, ...") sets a scene instead, and may be the main's too."""
    for c in candidates:
        if c.date is None or c.date.start != ref.start or c.type == main.type:
            continue
        gap = view.text[c.hit.end : ref.start]
        if (
            c.hit.end <= ref.start
            and len(gap) <= _OWN_DATE_REACH
            and not any(mark in gap for mark in ",;.\n")
        ):
            return True
    return False
