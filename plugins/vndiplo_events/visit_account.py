"""The event a visit's account goes on to tell, when the body refers back to it.

"Ngày 4/5, đoàn tỉnh A đã sang thăm huyện B. Tiếp đoàn có ông X ... Tại buổi tiếp, ông X ..."
opens with the visit, but what the article tells is the reception the next sentence reports and
the body then refers back to ("Tại buổi tiếp", "Tại cuộc hội đàm"): that event is the main one.
"X bắt đầu chuyến thăm Y. Tại cuộc hội đàm với X, Z khẳng định ..." likewise tells the talks.
A visit whose next sentence only lists who welcomed the delegation, with no account of a
reception after it ("Đón tiếp và làm việc với đoàn có ..."), stays the main event. A working
session or meeting reported with its people in the next sentence and referred back to ("Chiều
7/5, X đã làm việc với đoàn. Tại buổi làm việc, ...") is told the same way. So is an act chained
to the visit in its own clause ("đã thăm tỉnh K, tiếp Thống đốc G và gặp doanh nghiệp. Tại buổi
tiếp, ..."): the act the body refers back to is what the article tells; with no later
back-reference the visit written first stays.

The body also goes on about talks with no back-reference word: "X đã có chuyến thăm tỉnh K.
Tại tỉnh K, X đã hội đàm với Y. Ông Y cho biết, ..." reports nothing after the talks, and the
counterpart the visit does not name speaks next: the talks are the account (README round 4,
D06/M10/J12). A visit whose talks are one act among others told after them stays the main
event. Talks or a reception the body refers back to with no one named ("Tại buổi hội đàm, hai
bên ...") take the visit's sides: its visitor is the guest (a delegation's acts go to its
named head, README round 10 #9).

Round 17, one decision for the page's pair: the account is the act that joins the lead's two
sides at its finer word, whatever wording tells it. A reception in the next sentence is the
account when its receiver's clause is fronted ("Tiếp và làm việc với đoàn, Tổng Lãnh sự B đã
tặng hoa ...") or when a later back-reference names the session by any meeting word ("... do B
chủ trì tiếp đón. Phát biểu tại buổi làm việc, ..."). A working-session lead gives way the same
way to the receiving word reported for it ("Tiếp và làm việc với đoàn, về phía tỉnh có B"), and
a visitor's meeting to the courtesy call the body goes on about ("Sau đó, ông tới chào xã giao
B. ... ông B ..."). The lead's visitor is the account's guest, everyone else it names a host.
Lists of who received a visit ("Đón tiếp đoàn có B", also under "Tại buổi làm việc") and a
receiver named only as the subject ("B tiếp và làm việc cùng đoàn") keep the visit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView
from vndiplo_events.visit_chain import counterpart_speaks_next

__all__ = ["event_told_after_visit"]

#: the events an account of a visit is given of ("Tại buổi tiếp", "Tại cuộc hội đàm")
_TOLD: Final = frozenset({"reception", "talks", "meeting"})
#: told only when reported with its people ("X đã làm việc với đoàn. Tại buổi làm việc, ..."):
#: a bare "buổi làm việc" (a caption, "nhân chuyến thăm, làm việc với X") is no account
_REPORTED_ONLY: Final = frozenset({"meeting"})
#: the acts chained to a visit in its clause that the body's account may be of ("Tại buổi
#: tiếp/hội đàm"); a bare working session or meeting word is a part of the visit
_CHAINED_TOLD: Final = frozenset({"reception", "talks"})
#: a visit written as a noun names the trip, not an act of a chain ("chuyến thăm")
_VISIT_NOUNS: Final = ("chuyến", "cuộc", "buổi")
#: the leads an account may be given of: a visit, or a working session ("buổi làm việc")
_FRAMING: Final = frozenset({"visit", "meeting"})
#: the acts finer than each lead: a working session gives way only to the reception or talks
#: it also is ("UBND tỉnh làm việc với Đoàn. Tiếp và làm việc với đoàn, về phía tỉnh có A")
_FINER: Final = {"visit": _TOLD, "meeting": _CHAINED_TOLD}
#: nothing but punctuation or digits before a trigger that opens its sentence
_FRONTED: Final = re.compile(r"[\W\d]*")
#: how many sentences after the visit's own its account may begin
_REACH: Final = 2


def event_told_after_visit(
    main: Candidate,
    candidates: Sequence[Candidate],
    finish_backrefs: Callable[[Sequence[Candidate]], list[Candidate]],
    welcome_lists: frozenset[int] = frozenset(),
    view: ArticleView | None = None,
) -> tuple[Sequence[Candidate], Candidate]:
    """(candidates, main): a reception or talks told in the sentence right after a reported
    visit, and referred back to there or later (before any other report of its type), with
    people; else ``main`` unchanged. A back-reference that becomes the main event is finished
    (its sides worked out), and the candidates returned are the finished ones. A working
    session keyed in ``welcome_lists`` lists who received the delegation ("Đón tiếp và làm việc
    với đoàn có: A; B"): no account of its own (a listed "Tiếp đoàn có X" still is)."""
    if main.type not in _FRAMING or main.form != "reported" or main.embedded:
        return candidates, main
    # the lead's own session retold ("UBND tỉnh tổ chức buổi làm việc với Đoàn. Tham dự buổi
    # làm việc, về phía Đoàn có A") opens no account of its own: the next act word after it
    retold = {
        c.sentence_index
        for c in candidates
        if c.sentence_index > main.sentence_index and _retells(main, c)
    }
    # the next sentence with an event word: a line with none between ("Video không hợp lệ", a
    # caption) does not part the visit from its account
    nxt = next(
        (
            c.sentence_index
            for c in candidates
            if main.sentence_index < c.sentence_index <= main.sentence_index + _REACH + len(retold)
            and c.sentence_index not in retold
        ),
        None,
    )
    # an act chained after the visit verb in its own clause, then the next sentence's; acts
    # told "during the visit" ("Trong chuyến thăm, X đã hội đàm ..., tiếp kiến ...") are its
    # parts (visit_during.py)
    verb = main.type == "visit" and not main.hit.trigger.phrase.startswith(_VISIT_NOUNS)
    chained = [
        c
        for c in candidates
        if verb
        and c.sentence_index == main.sentence_index
        and c.hit.start > main.hit.end
        and c.form == "reported"
        and c.type in _CHAINED_TOLD
    ]
    nxt_cands = [c for c in candidates if c.sentence_index == nxt]
    told = next(
        (
            c
            for c in (*chained, *nxt_cands)
            if c.type in _FINER[main.type]
            # a working session gives way only to the receiving word reported for it
            and (main.type == "visit" or c.form == "reported")
            and not (c.type in _REPORTED_ONLY and c.key in welcome_lists)
            # "Tiếp và làm việc với đoàn có B": who received the session, not an account of it
            and not (
                main.type == "meeting"
                and c.key in welcome_lists
                and view is not None
                and _lists_receivers(view, c)
            )
            and (_tellable(c) or (view is not None and _between_delegations(view, main, c)))
            and (
                # a list of a visit's receivers is referred back to only by its own word
                _referred_back(c, candidates, c.key not in welcome_lists or main.type != "visit")
                or (
                    view is not None
                    and c.key not in welcome_lists
                    and _told_on(view, main, c, candidates)
                )
            )
        ),
        None,
    )
    if told is None:
        return candidates, main
    if (
        told.form == "reported"
        and _joins_the_pair(main, told)
        and not _done_by_the_visitor(main, told)
    ):
        # the pair the lead names, met at the finer act: the lead's visitor is its guest
        told = _with_the_visitor(main, told, view)
    if told.form == "backref":
        finished = finish_backrefs(candidates)
        told = finished[told.key]
        if not told.participants and told.type in _CHAINED_TOLD:
            # "Tại buổi hội đàm, hai bên ...": the sides of the visit it is part of
            sides = tuple(
                Participant(p.name, p.role)
                for p in main.participants
                if p.role in ("host", "guest")
            )
            if any(p.role == "guest" for p in sides):
                told = told.but(participants=sides)
                finished[told.key] = told
        return (finished, told) if told.participants else (candidates, main)
    return candidates, told


def _tellable(cand: Candidate) -> bool:
    """A reception or talks of the body's own account: a back-reference ("Tại cuộc hội đàm
    với X, ...") or a report with people, neither framed, embedded, planned nor secondary."""
    if cand.type in _REPORTED_ONLY and cand.form != "reported":
        return False
    return (
        cand.type in _TOLD
        and cand.frame is None
        and not (cand.embedded or cand.planned or cand.secondary)
        and (cand.form == "backref" or (cand.form == "reported" and bool(cand.participants)))
    )


def _referred_back(told: Candidate, candidates: Sequence[Candidate], any_word: bool = True) -> bool:
    """``told`` is itself a back-reference, or one of its type follows it before any other
    report of that type: "Tiếp đoàn có X. ... Tại buổi tiếp, ..." refers to that reception.
    A back-reference by another meeting word refers to it too when it is the next meeting
    word after ``told``'s sentence: "có buổi thăm và làm việc với Y do Z chủ trì tiếp đón.
    Phát biểu tại buổi làm việc, ..." is one session, named by either side's word."""
    if told.form == "backref":
        return True
    for cand in candidates if any_word else ():
        if cand.key == told.key or cand.sentence_index <= told.sentence_index:
            continue
        if cand.type not in _TOLD or cand.embedded:
            continue
        if cand.form == "backref" and cand.type != told.type:
            return True
        if cand.form == "reported" and cand.participants:
            # another session told, also one of ``told``'s own type ("Trong thời gian ở P, A
            # đã chào xã giao B, tọa đàm với C; thăm ..."): the back-references after it are
            # its own, so a trip whose acts are listed stays the news (README round 17, S02)
            break
    for cand in candidates:
        if cand.key == told.key or cand.sentence_index < told.sentence_index:
            continue
        if cand.type != told.type or cand.embedded:
            continue
        if cand.form == "backref":
            return True
        # "Tham dự hội đàm có ...", "Hai bên đã hội đàm": no one named, the same act retold
        if cand.form == "reported" and cand.participants:
            return False
    return False


def _retells(main: Candidate, cand: Candidate) -> bool:
    """``cand`` is a working-session lead's own word again, naming no one the lead does not."""
    if main.type != "meeting" or cand.type != "meeting" or cand.form != "reported":
        return False
    named = {p.name for p in main.participants}
    return all(p.name in named for p in cand.participants)


def _joins_the_pair(main: Candidate, told: Candidate) -> bool:
    """``told`` is an act between the lead's two sides: it names the lead's visitor, or only
    the receiving side (the visitor is its unnamed subject or object: "Tiếp và làm việc với
    đoàn, Tổng Lãnh sự B đã ...", "Sau đó, ông tới chào xã giao B"), and none of the lead's
    receivers sits on the other side of it."""
    visitors = _visitors(main)
    if not visitors:
        return False
    named = {p.name for p in told.participants}
    if named & visitors:
        return True
    hosts = {p.name for p in main.participants if p.role == "host"}
    return all(p.role == "host" for p in told.participants) and not (named & hosts)


def _done_by_the_visitor(main: Candidate, told: Candidate) -> bool:
    """``told`` is chained in the visit's own sentence with the visitor as its subject ("Thủ
    tướng A đã thăm tỉnh K, tiếp Thống đốc B và tọa đàm ..."): the chain shares the visit's
    subject, so A does that act (he hosts the reception) and its sides stay as its clause
    reads them; turning A into its guest was the round-17 misfire (README round 17, AB03)."""
    if told.sentence_index != main.sentence_index or told.hit.start < main.hit.end:
        return False
    return bool(_visitors(main) & {p.name for p in told.subjects})


def _visitors(main: Candidate) -> set[str]:
    """The lead's visitor: its guests, else (a working session told with one side) its one
    named side."""
    guests = {p.name for p in main.participants if p.role == "guest"}
    if guests or main.type != "meeting":
        return guests
    if len(main.participants) == 1:
        return {main.participants[0].name}
    # "A đã gặp và làm việc với B": A, who went to meet, is the one who calls on next
    return {p.name for p in main.subjects} if len(main.subjects) == 1 else set()


def _with_the_visitor(
    main: Candidate, told: Candidate, view: ArticleView | None = None
) -> Candidate:
    """``told`` with the lead's visitor as guest and everyone else it names as host (a side
    read in a fronted clause's order is the visit's, not the clause's), and, when it has no
    day, the lead's single day; a reception so dated with no place of its own is held where
    the lead places its act (:func:`_placed_by_its_act`)."""
    visitors = _visitors(main)
    participants = (
        *(Participant(p.name, "host") for p in told.participants if p.name not in visitors),
        *(Participant(name, "guest") for name in sorted(visitors)),
    )
    changes: dict[str, object] = {"participants": participants}
    people = {p.name: p for p in (*main.subjects, *main.objects, *told.subjects, *told.objects)}
    if all(name in people for name in visitors):
        # the steps after read the sides again from the zones: the visitor is the object
        changes.update(
            subjects=tuple(p for p in told.subjects + told.objects if p.name not in visitors),
            objects=tuple(people[name] for name in sorted(visitors)),
        )
    if told.date_value is None and isinstance(main.date_value, str) and not _spans_days(main):
        changes.update(date=main.date, date_value=main.date_value, part_of_day=main.part_of_day)
        # the dated sentence's place went with its day (main_place.place_of_dated_sentence,
        # which a day given here skips): "... đã sang thăm và chúc Tết tại huyện Y. Đón tiếp
        # đoàn, về phía huyện Y có ..." is held in huyện Y (README round 17, M10)
        if (
            told.type == "reception"
            and told.location is None
            and view is not None
            and _placed_by_its_act(view, main, told)
        ):
            changes.update(location=main.location)
    return told.but(**changes)


def _placed_by_its_act(view: ArticleView, lead: Candidate, told: Candidate) -> bool:
    """``lead``'s place is written after its act word in its sentence ("đã sang thăm và chúc
    Tết tại huyện Y"): where the visit went, the host's ground, and ``told`` goes on in that
    scene: the lead's paragraph or the sentence right after it, as the dated sentence's place
    is taken (main_place.py; a line between, "Video không hợp lệ", parts the scenes). A place
    written before the act belongs to a trip framing it ("Tiếp tục chuyến công tác tại các
    tỉnh X, ngày 12/6 đoàn đã đến thăm ..."), not to the reception."""
    if lead.location is None:
        return False
    sentence = view.sentences[lead.sentence_index]
    if (
        told.sentence_index != lead.sentence_index + 1
        and view.sentences[told.sentence_index].block != sentence.block
    ):
        return False
    return view.lower.find(lead.location.lower(), lead.hit.end, sentence.end) != -1


def _told_on(
    view: ArticleView, visit: Candidate, told: Candidate, candidates: Sequence[Candidate]
) -> bool:
    """``told`` is talks or a reception reported with a counterpart the lead does not name,
    the only act with people of its sentence, nothing with people is reported after it, and
    the body goes on about that counterpart: the next sentence opens on him, or ``told`` is a
    fronted clause whose main clause he opens ("Tiếp và làm việc với đoàn, Tổng Lãnh sự B đã
    tặng hoa ..."). A receiver only named ("B tiếp và làm việc cùng đoàn", "Đón tiếp đoàn có
    B") is no account: the visit stays (README round 4, V11/F13)."""
    if told.type not in _TOLD or told.form != "reported" or not told.participants:
        return False
    if told.type == "reception" and not _joins_the_pair(visit, told):
        return False
    for c in candidates:
        if c.key in (told.key, visit.key) or c.embedded or c.planned or c.secondary:
            continue
        if c.form != "reported" or not c.participants:
            continue
        if c.sentence_index > told.sentence_index or (
            c.sentence_index == told.sentence_index and c.frame is None
        ):
            return False  # another act told after or beside it: the lead is what it tells
    if told.type == "reception" and visit.type == "visit":
        # "X tiếp Đoàn. Ông X cảm ơn Đoàn đã sang thăm": the receiver thanks for the visit,
        # which stays the news; a fronted clause makes the reception the sentence's frame
        return _fronted_for(view, visit, told)
    return (
        counterpart_speaks_next(view, visit, told)
        or _counterpart_after_participle(view, visit, told)
        or _fronted_for(view, visit, told)
    )


#: a subject's titles between a fronted participial clause's comma and his name
_TITLES_ONLY: Final = re.compile(r"\s*[^,;:.]{0,90}")


def _counterpart_after_participle(view: ArticleView, visit: Candidate, told: Candidate) -> bool:
    """The next sentence opens on a participial clause whose subject, after its comma, is the
    counterpart ``told`` adds to the lead ("Đánh giá cao những thành quả ..., Chủ tịch Quốc
    hội B khẳng định ..."): the body goes on about the act, as when it opens on him (round
    18, CB08)."""
    nxt = told.sentence_index + 1
    if nxt >= len(view.sentences):
        return False
    sentence = view.sentences[nxt]
    first = next(iter(view.mentions_in(sentence.start, sentence.end)), None)
    if first is None:
        return False
    own = {p.name for p in visit.participants}
    added = {p.name for p in told.participants} - own
    if first.person.name not in added:
        return False
    comma = view.lower.rfind(",", sentence.start, first.start)
    return comma != -1 and _TITLES_ONLY.fullmatch(view.lower, comma + 1, first.start) is not None


def _lists_receivers(view: ArticleView, told: Candidate) -> bool:
    """``told``'s object runs straight into "có" and its list ("Tiếp và làm việc với đoàn có
    Đại sứ B"): the receivers of the lead's working session named, no act of their own (README
    round 6 X14, V11). A clause after a comma ("Tiếp và làm việc với đoàn, về phía tỉnh có B")
    is the reception told, which the session gives way to."""
    sentence = view.sentences[told.sentence_index]
    lowered = view.lower[told.hit.end : sentence.end]
    listed = re.search(r"\scó\s", lowered)
    return listed is not None and "," not in lowered[: listed.start()]


def _spans_days(visit: Candidate) -> bool:
    """``visit`` is dated by a span of days ("từ ngày 3 đến 6/9")."""
    return isinstance(visit.date_value, str) and "/" in visit.date_value


#: the word that opens a list of who received or welcomed the visitor ("Đón X có A, B")
_LIST_OPENER: Final = re.compile(r"(?<!\w)có(?!\w)")


def _fronted_for(view: ArticleView, visit: Candidate, told: Candidate) -> bool:
    """``told`` opens its sentence as a clause with no subject, and the first person named
    after its comma is one it adds to ``visit``: the receiver, whose account the sentence is."""
    sentence = view.sentences[told.sentence_index]
    if _FRONTED.fullmatch(view.lower, sentence.start, told.hit.start) is None:
        return False
    comma = view.text.find(",", told.hit.end, sentence.end)
    if comma == -1:
        return False
    # "Đón X tại P có A, B và C": the comma is inside the list of who welcomed X, after "có";
    # no fronted clause, the visit stays (README round 4 V11/F13; round 17, D05)
    if _LIST_OPENER.search(view.lower, told.hit.end, comma):
        return False
    after = view.mentions_in(comma + 1, sentence.end)
    own = {p.name for p in visit.participants}
    return bool(after) and any(
        p.name == after[0].person.name and p.name not in own for p in told.participants
    )


#: a delegation as the subject of the act: "đoàn đại biểu Bộ A và đoàn Bộ B đã hội đàm"
_DELEGATION: Final = re.compile(r"(?<!\w)(?:phái\s+)?đoàn(?!\w)")


def _between_delegations(view: ArticleView, visit: Candidate, cand: Candidate) -> bool:
    """``cand`` is talks or a reception reported with no one named because its subject is two
    delegations ("đoàn Bộ A và đoàn Bộ B đã tiến hành hội đàm"), after a visit whose guest
    leads one of them: each delegation's acts go to its named head (README round 10 #9), which
    the main event's sides then take (main_sides.py)."""
    if cand.type not in _CHAINED_TOLD or cand.form != "reported" or cand.participants:
        return False
    if cand.frame is not None or cand.embedded or cand.planned or cand.secondary:
        return False
    if not any(p.role == "guest" for p in visit.participants):
        return False
    sentence = view.sentences[cand.sentence_index]
    subject = view.lower[sentence.start : cand.hit.start]
    return len(_DELEGATION.findall(subject)) >= 2 and " và " in subject
