"""Presenting credentials: an event of its own (type ``other``), unless a reception holds it.

* "Đại sứ A đã trình quốc thư lên Tổng thống B": A and B take part; the letter's sender ("thư
  ủy nhiệm của Chủ tịch nước C") is no side.
* "Chủ tịch nước B tiếp Đại sứ A tới trình Quốc thư": the presentation is the purpose of the
  reception the sentence reports, no event of its own.
* "A trình quốc thư lên B. Tại buổi tiếp sau lễ trình Quốc thư, ...": the reception that
  follows is the main event (B receives A), as the annotation convention settles.
* "A đã trình Quốc thư. Sau đó, B đã tiếp thân mật Đại sứ A": the presentation names no
  receiver; the one who receives A right after is B, and the reception is the main event.
* "Sau lễ trình Quốc thư, A đã hội kiến / gặp / làm việc với B": any meeting word between the
  same two sides after the presentation is the main event, typed by its word, B hosting A
  (README round 6, AA09). A meeting of A with someone else (a minister, days later) is not.
* "Tại buổi hội kiến với Tổng thống (B) ..." right after: the meeting told only as the frame
  that opens the next sentence is that meeting too, when its frame names no one but the two
  sides and no date of its own ("Nhắc lại buổi gặp năm 2019" is a recall, not this meeting).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate
from vndiplo_events.participants import assign_roles
from vndiplo_events.triggers import CREDENTIAL_PAPERS, TriggerHit
from vndiplo_events.view import ArticleView

__all__ = [
    "CREDENTIALS",
    "addressees",
    "reception_after_credentials",
    "without_received_credentials",
]

#: the credentials' trigger phrases (see triggers.py), the nominal "lễ" form included
CREDENTIALS: Final = frozenset(
    f"{noun}trình {paper}" for noun in ("", "lễ ") for paper in CREDENTIAL_PAPERS
)
#: the same act told from the receiving head of state's side ("nhận quốc thư của Đại sứ A"):
#: the subject receives, the envoys are after "của"
RECEIVED_CREDENTIALS: Final = frozenset(
    f"{noun}{act} {paper}"
    for noun in ("", "lễ ")
    for act in ("nhận", "tiếp nhận")
    for paper in CREDENTIAL_PAPERS
)
_ANY_CREDENTIALS: Final = CREDENTIALS | RECEIVED_CREDENTIALS
#: the preposition before the receiving head of state ("lên Tổng thống B")
_TO: Final = re.compile(r"(?<!\w)(?:lên|tới|cho)\s")
#: how many sentences after the presentation its reception may be told
_RECEPTION_SPAN: Final = 2
#: how far after the presentation a meeting that says it came after it may be told
_POINTED_SPAN: Final = 8
#: a meeting's words that point back at the presentation: "sau khi trình Quốc thư", "sau lễ
#: trình quốc thư", "ngay sau khi trình thư ủy nhiệm"
_AFTER_CREDENTIALS: Final = re.compile(
    r"(?<!\w)sau\s+(?:khi\s+|lễ\s+|buổi\s+|nghi\s+lễ\s+)?(?:trình|nhận)\s+(?:"
    + "|".join(sorted(CREDENTIAL_PAPERS, key=len, reverse=True))
    + r")(?!\w)"
)
#: the same said by a clause fronted before the meeting, its subject and verb between:
#: "Sau khi A cùng tám tân đại sứ làm lễ trình Quốc thư, B ...", "Kết thúc lễ trình Thư ủy
#: nhiệm, B ...", "Ngay sau khi các đại sứ trình Quốc thư, B ..."
_FRONTED_AFTER: Final = re.compile(
    r"(?<!\w)(?:sau(?:\s+khi)?|kết\s+thúc|sau\s+khi\s+kết\s+thúc)\s(?:[^,;:.!?\n]{0,80}\s)?"
    r"(?:lễ\s+|buổi\s+|nghi\s+lễ\s+)?(?:trình|nhận)\s+(?:"
    + "|".join(sorted(CREDENTIAL_PAPERS, key=len, reverse=True))
    + r")(?!\w)[^;:.!?\n]*$"
)
#: a distributive before an envoy's office: "tiếp từng vị Đại sứ", "các Đại sứ": all of them
_EACH: Final = re.compile(r"(?<!\w)(?:từng|mỗi|các|những)\s+(?:vị\s+)?$")
#: a frame opening its sentence before the meeting word: "Tại buổi ", "Trong cuộc ", "Tại "
_OPENING_FRAME: Final = re.compile(r"[\W\d]*(?:tại|trong)\s+(?:(?:buổi|cuộc)\s+)?")
#: the end of an opening frame: "Tại buổi hội kiến với Tổng thống B, ..."
_FRAME_END: Final = re.compile(r"[,;:]")


def without_received_credentials(hits: Sequence[TriggerHit]) -> Sequence[TriggerHit]:
    """``hits`` (one sentence's) less a presentation that follows a reception of the same
    sentence ("tiếp Đại sứ A tới trình Quốc thư")."""
    out: list[TriggerHit] = []
    received = False
    for hit in hits:
        if hit.trigger.phrase in CREDENTIALS and received:
            continue
        received = received or hit.trigger.type == "reception"
        out.append(hit)
    return out if len(out) != len(hits) else hits


def addressees(
    view: ArticleView, hit: TriggerHit, zone_end: int, objects: Sequence[Person]
) -> tuple[Person, ...]:
    """Who the credentials are presented to: the persons after "lên/tới", not the sender
    named between ("thư ủy nhiệm của Chủ tịch nước C lên Tổng thống B")."""
    to = _TO.search(view.lower, hit.end, zone_end)
    if to is None:
        return tuple(objects)
    after = {m.person.name for m in view.mentions_in(to.end(), zone_end)}
    return tuple(p for p in objects if p.name in after)


def reception_after_credentials(
    main: Candidate, candidates: Sequence[Candidate], view: ArticleView | None = None
) -> Candidate:
    """A reception told right after the presentation that is ``main`` ("Tại buổi tiếp sau
    lễ trình Quốc thư, ..."): the receiver hosts the envoy, on the presentation's day."""
    phrase = main.hit.trigger.phrase
    if phrase in CREDENTIALS and not main.objects:
        # "Đại sứ A đã trình Quốc thư." names no receiver: the one who receives A next does
        main = main.but(objects=_receiver_named_after(main, candidates))
    if (phrase not in CREDENTIALS and phrase not in RECEIVED_CREDENTIALS) or not main.objects:
        return main
    told = main
    if phrase in RECEIVED_CREDENTIALS:
        # told from the head of state's side: the envoys are its objects
        if not main.subjects:
            return main
        main = main.but(subjects=main.objects, objects=main.subjects)
    # sentences that go on about the ceremony itself ("Lễ trình quốc thư được tiến hành ...",
    # "Dự lễ trình Quốc thư có ...") keep the story on it: they do not use up the span
    retold = {
        c.sentence_index
        for c in candidates
        if c.hit.trigger.phrase in _ANY_CREDENTIALS and c.sentence_index > main.sentence_index
    }
    last, budget = main.sentence_index, _RECEPTION_SPAN
    while budget > 0:  # ends: each turn spends the budget or passes one retold sentence
        last += 1
        if last not in retold:
            budget -= 1
    reception = next(
        (
            c
            for c in candidates
            if c.form in ("reported", "backref")
            and main.sentence_index < c.sentence_index
            and (
                c.sentence_index <= last
                # "Trong cuộc gặp ... sau lễ trình Quốc thư, ...": it says which meeting
                or (
                    view is not None
                    and c.sentence_index <= main.sentence_index + _POINTED_SPAN
                    and _points_back(view, c)
                    and _among_the_sides(main, c)
                )
            )
            # a reception the ceremony's speeches recall ("... đã tiếp X hồi tháng 10") is not it
            and not c.embedded
            and (c.date_value is None or c.date_value == main.date_value)
            and (
                c.type == "reception"
                or _meeting_of_the_envoy(main, c)
                or (view is not None and _framed_meeting_of_the_envoy(view, main, c))
            )
        ),
        None,
    )
    if reception is None:
        return told
    receivers = {p.name for p in main.objects}
    # "Tiếp Đại sứ Maroc, Chủ tịch nước A ...": the reception names which of the envoys it
    # received (a described office is that envoy: described_offices.py); else all of them
    own = tuple(p for p in (*reception.subjects, *reception.objects) if p.name not in receivers)
    if own and view is not None:
        # only an envoy its own clause writes: "tiếp từng vị Đại sứ" is each of them (its bare
        # office may have been read as one of them), and a side another rule lent it from a
        # later sentence ("Trong buổi tiếp Đại sứ A, ...") is one reception of several (U10)
        written = {
            m.person.name
            for m in view.mentions_in(reception.scope_start, reception.zone_end)
            if not _EACH.search(view.lower, max(0, m.start - 12), m.start)
        }
        own = tuple(p for p in own if p.name in written)
    envoys = own or main.subjects
    participants, cameo = assign_roles(
        "reception", reception.hit.trigger.cameo, main.objects, envoys, (), None
    )
    if reception.type == "meeting":
        # the head of state receives the envoy on their ground: the envoy's call (042)
        cameo = reception.hit.trigger.cameo
    return reception.but(
        form="reported",
        subjects=main.objects,
        objects=envoys,
        participants=participants,
        cameo=cameo,
        date=reception.date or main.date,
        date_value=reception.date_value or main.date_value,
        part_of_day=reception.part_of_day or main.part_of_day,
        location=reception.location or main.location,
    )


def _receiver_named_after(
    credentials: Candidate, candidates: Sequence[Candidate]
) -> tuple[Person, ...]:
    """The hosts of the first reception told within the span after ``credentials`` whose guest
    is the envoy ("A đã trình Quốc thư. Sau đó, Chủ tịch nước B đã tiếp thân mật Đại sứ A"):
    the head of state the papers went to, unwritten in their own sentence."""
    envoys = {p.name for p in credentials.subjects}
    last = credentials.sentence_index + _RECEPTION_SPAN
    for cand in candidates:
        if (
            cand.type == "reception"
            and cand.form == "reported"
            and not cand.embedded
            and credentials.sentence_index < cand.sentence_index <= last
            and envoys & {p.name for p in cand.objects}
        ):
            return tuple(p for p in cand.subjects if p.name not in envoys)
    return ()


def _meeting_of_the_envoy(credentials: Candidate, cand: Candidate) -> bool:
    """``cand`` is a reported meeting between the very two sides of the ``credentials``
    (the envoy and the head of state the papers went to), no one else."""
    if cand.type != "meeting" or cand.form != "reported" or cand.embedded:
        return False
    sides = {p.name for p in (*credentials.subjects, *credentials.objects)}
    met = {p.name for p in cand.participants}
    return len(met) >= 2 and met <= sides and bool(sides)


def _among_the_sides(credentials: Candidate, cand: Candidate) -> bool:
    """``cand`` names no one but the two sides of the ``credentials`` ("Sau khi trình Quốc
    thư, Đại sứ A đã tiếp cộng đồng người Việt" is another act of A's)."""
    sides = {p.name for p in (*credentials.subjects, *credentials.objects)}
    return all(p.name in sides for p in cand.participants) and not _envoy_hosting(credentials, cand)


def _envoy_hosting(credentials: Candidate, cand: Candidate) -> bool:
    """``cand`` is the envoy's own reception: the envoy hosts it and the head of state the
    papers went to is not in it ("Sau khi trình Quốc thư, Đại sứ A đã tiếp ...")."""
    heads = {p.name for p in credentials.objects}
    envoys = {p.name for p in credentials.subjects}
    named = {p.name: p.role for p in cand.participants}
    return any(named.get(e) == "host" for e in envoys) and not heads & named.keys()


def _framed_meeting_of_the_envoy(
    view: ArticleView, credentials: Candidate, cand: Candidate
) -> bool:
    """``cand`` is a meeting word in a frame opening its sentence ("Tại buổi hội kiến với
    Tổng thống, ...", "Trong cuộc gặp sau lễ trình quốc thư, ...") that names no one but the
    sides of the ``credentials`` and no date of its own."""
    if cand.type != "meeting" or cand.form != "backref" or cand.embedded:
        return False
    sentence = view.sentences[cand.sentence_index]
    if _OPENING_FRAME.fullmatch(view.lower, sentence.start, cand.hit.start) is None:
        return False
    end = _FRAME_END.search(view.lower, cand.hit.end, sentence.end)
    frame_end = end.start() if end is not None else sentence.end
    if view.dates_in(cand.hit.end, frame_end):
        return False
    sides = {p.name for p in (*credentials.subjects, *credentials.objects)}
    return all(m.person.name in sides for m in view.mentions_in(cand.hit.end, frame_end))


def _points_back(view: ArticleView, cand: Candidate) -> bool:
    """``cand``'s own clause says it came after the presentation (a meeting word, then "sau
    khi/lễ trình" and the papers), or a clause fronted before it does ("Sau khi A làm lễ trình
    Quốc thư, B có buổi tiếp các đại sứ"): no span of sentences is needed to tie it to it."""
    sentence = view.sentences[cand.sentence_index]
    end = _FRAME_END.search(view.lower, cand.hit.end, sentence.end)
    clause_end = end.start() if end is not None else sentence.end
    if _AFTER_CREDENTIALS.search(view.lower, cand.hit.end, clause_end) is not None:
        return True
    # the fronted clause: only the two sides of the presentation, or no one, are received
    return _FRONTED_AFTER.search(view.lower, sentence.start, cand.hit.start) is not None
