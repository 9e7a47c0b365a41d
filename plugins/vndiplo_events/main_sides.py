"""The side a main reception, meeting or talks lacks, found in the sentences around it.

A main event often names one side only ("tiếp đoàn đại biểu Bộ Quốc phòng X") or none ("hội đàm
giữa đoàn đại biểu tỉnh A với ..."); the next sentences say who was greeted, who led which
delegation or who spoke for the hosts. Kept apart from the choice of the main event
(choice.py), which only calls these steps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo.model import Person
from vndiplo_events.accompanied_visit import with_accompanied_visitor
from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.counterparts import names_a_counterpart
from vndiplo_events.envoy_sides import with_envoy_as_guest
from vndiplo_events.finishing import with_roles, with_visitors
from vndiplo_events.frame_speakers import with_frame_speaker
from vndiplo_events.other_side_speaker import guest_speaking_after, speaker_of_the_other_side
from vndiplo_events.paired import partner_named_later
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.reception_sides import (
    RECEPTION_REACH,
    thanking_guest,
    with_speaker_as_subject,
    with_thanking_guest,
    with_welcoming_lead,
)
from vndiplo_events.view import ArticleView, Mention

__all__ = [
    "SIDE_TYPES",
    "with_delegation_heads",
    "with_missing_side",
    "with_other_side_speaking",
    "with_sides_settled",
]

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
#: the welcome part of the host cue: "Tiếp đón đoàn có ông A; ông B" lists everyone who received
#: the delegation (an attendance "Tham dự buổi gặp có A; B" gives its leader A only)
_WELCOMED_BY: Final = re.compile(
    r"(?<!\w)(?:tiếp|đón|đón\s+tiếp|tiếp\s+đón)\s+(?:đoàn\s+)?có\s+(?:(?:ông|bà|đồng\s+chí)\s+)?$"
)
#: "Buổi tiếp diễn ra tại P với sự tham dự của ông X, <titles>": the official present at a
#: reception whose host is a body ("tỉnh A đón tiếp đoàn ...") received the delegation
_PRESENT_AT: Final = re.compile(
    r"(?<!\w)(?:với|có)\s+sự\s+(?:tham\s+dự|hiện\s+diện|có\s+mặt)\s+của\s+"
    r"(?:(?:ông|bà|ngài|đồng\s+chí)\s+)?$"
)
#: how many sentences from the reception's own a scene naming who was present may come
_PRESENCE_REACH: Final = 6
#: "Thay mặt lãnh đạo thành phố, ông X ...": X speaks for a host named as a body
_SPEAKS_FOR: Final = re.compile(r"\W*thay\s+mặt\s+[^,;.]{1,80},\s*(?:(?:ông|bà|đồng\s+chí)\s+)?")
SIDE_TYPES: Final = frozenset({"reception", "meeting", "talks"})
#: acts that always have a counterpart who answers: a meeting may be with a crowd ("gặp mặt
#: cộng đồng"), whose speakers from elsewhere are no side of it
_ANSWERED: Final = frozenset({"reception", "talks"})
_TWO_SIDED: Final = SIDE_TYPES | {"phone_call"}


def with_missing_side(
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
    hosts ("Thay mặt lãnh đạo thành phố, ông Z"). A side written after its trigger but
    speaking or leading the welcome ("Tại buổi tiếp, X ...", "dẫn đầu đoàn đón tiếp là X") is
    the subject first (reception_sides.py)."""
    main = with_welcoming_lead(view, with_speaker_as_subject(view, main, own, gaz), own, gaz)
    # "Tại cuộc hội đàm với A, bà B đánh giá ...": B is across from A (frame_speakers.py)
    main = with_frame_speaker(view, main, own, gaz)
    # a call has two sides as a meeting has: the one it leaves out speaks in the next
    # sentences ("Đáp lại, Thủ tướng Nhật Bản bày tỏ ...")
    if main.type not in _TWO_SIDED or (main.subjects and main.objects):
        return main
    if not main.subjects and not main.objects:
        return main
    low = view.lower
    sides = {p.name for p in (*main.subjects, *main.objects)}
    first = main.sentence_index
    cue = _HOST_CUE if not main.subjects else _GUEST_CUE
    # a scene naming the reception ("Buổi tiếp diễn ra ... với sự tham dự của") may come after
    # a few lines of other words (related headlines, a caption); the other cues stay near
    last = min(len(view.sentences), first + (_PRESENCE_REACH if cue is _HOST_CUE else 3))
    found = None
    listed: tuple[Person, ...] = ()
    for index in range(first, last):
        sentence = view.sentences[index]
        start = main.zone_end if index == first else sentence.start
        for mention in view.mentions_in(start, sentence.end):
            if mention.person.name in sides:
                continue
            before = low[max(sentence.start, mention.start - 40) : mention.start]
            if index >= first + 3:
                if _present_host(view, main, mention, before, gaz):
                    found, listed = mention.person, (mention.person,)
                    break
                continue
            if cue is _HOST_CUE and (
                _WELCOMED_BY.search(before) or _present_host(view, main, mention, before, gaz)
            ):
                # "Tiếp đón đoàn có ông A, <titles>; ông B, <titles>": everyone the list names
                # received the delegation (welcome_lists.py reads such a list the same way)
                found = mention.person
                listed = unique_people(
                    m.person
                    for m in principals(
                        low, view.mentions_in(mention.start, sentence.end), floor=mention.start
                    )
                    if m.person.name not in sides
                    and person_country(m.person, gaz) not in _guest_countries(main, gaz)
                )
                break
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
    if found is None and main.subjects and main.type == "reception":
        # "X cảm ơn ... về sự đón tiếp nồng hậu", in the guest's reply: the one welcomed
        found = thanking_guest(view, first, frozenset(sides), RECEPTION_REACH)
    if found is None:
        visitor = next(
            (
                p.name
                for c in candidates
                if c.type == "visit"
                and c.form == "reported"
                and c.key != main.key
                # "Tại buổi tiếp, A ... chuyển lời mời thăm ... của B": what was said at the
                # act, in its own sentence, names no visitor of the page
                and not (c.embedded and c.sentence_index == main.sentence_index)
                for p in c.participants
                if p.role == "guest" and p.name not in sides
            ),
            None,
        )
        found = next((m.person for m in view.mentions if m.person.name == visitor), None)
        if found is not None and not main.subjects and not _from_abroad(found, main, gaz):
            # "Đoàn châu X đã hội đàm với đoàn tỉnh Y do B dẫn đầu", the visit's head A named a
            # sentence before: A is the subject when A comes from elsewhere than B
            found = None
    if found is None and (main.type in ("talks", "meeting") or not main.subjects):
        found = partner_named_later(view, frozenset(sides), first, main.zone_end)
    if found is None:
        # "Tại hội đàm, A nhấn mạnh ...", then "Về phía Lào, ông B ..." (other_side_speaker.py)
        found = speaker_of_the_other_side(view, (*main.subjects, *main.objects), first, gaz)
    if found is None:
        return main
    side = listed or (found,)
    main = main.but(objects=side) if main.subjects else main.but(subjects=side)
    main = with_roles(view, main, own, gaz)
    if listed and all(p.role == "participant" for p in main.participants):
        # those who received the delegation host it, whatever the act's noun ("buổi làm việc
        # giữa <body> và đoàn ... do X làm trưởng đoàn. Tiếp đón đoàn có A; B")
        hosts = {p.name for p in listed}
        main = main.but(
            participants=tuple(
                Participant(p.name, "host" if p.name in hosts else "guest")
                for p in main.participants
            )
        )
    return main


def _guest_countries(main: Candidate, gaz: Gazetteer) -> frozenset[str]:
    """The foreign countries of the side ``main`` names (its guests): none of theirs hosts."""
    return frozenset(person_country(p, gaz) for p in main.objects) - {"VN"}


def _present_host(
    view: ArticleView, main: Candidate, mention: Mention, before: str, gaz: Gazetteer
) -> bool:
    """``mention`` is the home official present at ``main``, a reception told with its guest
    only ("Buổi tiếp diễn ra ... với sự tham dự của ông X"): he received the delegation. One of
    the guest's countries came with it ("với sự tham dự của Đại sứ Lào Y")."""
    return (
        main.type == "reception"
        and bool(main.objects)
        and _PRESENT_AT.search(before) is not None
        and person_country(mention.person, gaz) not in _guest_countries(main, gaz)
    )


#: "X, Chỉ huy trưởng BĐBP tỉnh Y làm trưởng đoàn": a head of delegation, titles between
_HEAD_AFTER: Final = re.compile(r"[^.;\n]{0,100}?(?<!\w)(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)(?!\w)")


def with_delegation_heads(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """Talks, a meeting or a reception between delegations that names no one ("đã diễn ra hội
    đàm giữa đoàn đại biểu tỉnh A với ...") takes as its sides the heads of delegation named
    in the sentence before or the two after ("Đoàn ... do Đại tá X làm trưởng đoàn. Đoàn ...
    do Đại tá Y làm trưởng đoàn."), and in each further sentence that goes on naming one, in
    the order named."""
    if main.type not in SIDE_TYPES or main.subjects or main.objects:
        return main
    low = view.lower
    heads: dict[str, Person] = {}
    first = max(0, main.sentence_index - 1)
    last = min(len(view.sentences), main.sentence_index + 3)
    index = first
    while index < len(view.sentences):
        sentence = view.sentences[index]
        before = len(heads)
        for mention in view.mentions_in(sentence.start, sentence.end):
            if mention.person.name in heads:
                continue
            lead = _HEAD_AFTER.match(low, mention.end, sentence.end)
            # the head's own titles may come between, another person may not
            if lead is not None and not view.mentions_in(mention.end + 1, lead.end()):
                heads[mention.person.name] = mention.person
        index += 1
        # past the two sentences after the act, only a run of head sentences reads on
        # ("Đoàn A do X làm trưởng đoàn. Đoàn B do Y làm trưởng đoàn.")
        if index >= last and len(heads) == before:
            break
    if not heads:
        return main
    found = list(heads.values())
    main = main.but(subjects=tuple(found[:1]), objects=tuple(found[1:]))
    return with_roles(view, main, own, gaz)


def _from_abroad(visitor: Person, main: Candidate, gaz: Gazetteer) -> bool:
    """``visitor`` is of another country than every known side of ``main``."""
    home = person_country(visitor, gaz)
    sides = {person_country(p, gaz) for p in (*main.subjects, *main.objects)}
    return home is not None and None not in sides and home not in sides


def _after_apposition(text: str, start: int, end: int) -> tuple[int, int]:
    """Past the titles after a name: "bà X, Chủ tịch Nhóm, làm Trưởng đoàn" -> "làm ..."."""
    comma = text.find(",", start, min(end, start + 120))
    nxt = text.find(",", comma + 1, min(end, comma + 120)) if comma != -1 else -1
    return (nxt + 1, end) if nxt != -1 else (start, end)


def with_sides_settled(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """The last word on who hosts, once every side is found: an envoy meeting an official of
    another country is the guest (envoy_sides.py), and so is whoever thanks later for the
    welcome (reception_sides.py); a visit told by its companions is the accompanied leader's
    (accompanied_visit.py)."""
    # the thanks read in the text goes before the envoy's default
    main = with_envoy_as_guest(with_thanking_guest(view, main, own, gaz), gaz)
    return with_accompanied_visitor(view, main, own, gaz)


def with_other_side_speaking(
    view: ArticleView,
    main: Candidate,
    own: SentenceFacts,
    gaz: Gazetteer,
    visitors: frozenset[str],
) -> Candidate:
    """Last, when every other step left a reception or talks with one side: the other is the
    first speaker after it who comes from elsewhere ("Tại buổi tiếp, Đại sứ A ...", then "Bà
    B, Chủ tịch Hội ... (Thụy Sĩ), cho biết"; "hai Nguyên thủ đã hội đàm", then "Quốc vương C
    đánh giá ...": other_side_speaker.py), roles from who travelled (``visitors``, the
    page's). Not for a side written as a counterpart ("hội đàm với người đồng nhiệm
    Australia"): only the holder of that office stands for it (counterparts.py, round 10)."""
    if main.type not in _ANSWERED or bool(main.subjects) == bool(main.objects):
        return main
    if names_a_counterpart(view.lower, main.hit.end, own.sentence.end):
        return main
    known = main.subjects or main.objects
    found = guest_speaking_after(view, known, main.sentence_index, main.zone_end, gaz)
    if found is None:
        return main
    side = (found,)
    main = main.but(objects=side) if main.subjects else main.but(subjects=side)
    return with_visitors(view, with_roles(view, main, own, gaz), own, gaz, visitors)
