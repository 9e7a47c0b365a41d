"""Assembly: the chosen candidates merged, given their statements and topics, made Events.

Repeated mentions of one event (same type, same participants, compatible date and place) merge
into the first; back-references and restatements of the main event only lend it an occasion.
Statements go to the latest anchoring event at or before their sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from vndiplo.model import Event, Person, Span, Statement
from vndiplo_events.background_facts import without_background_facts
from vndiplo_events.candidate import Candidate
from vndiplo_events.clause_subject import clause_subject, named_as_complement
from vndiplo_events.planned_month import day_in_planned_month
from vndiplo_events.sentences import Sentence
from vndiplo_events.statements import RawStatement, speaker_for
from vndiplo_events.told_before import opens_before
from vndiplo_events.topics import TopicVocabulary
from vndiplo_events.view import ArticleView
from vndiplo_events.visit_frame_acts import acts_framed_by

__all__ = ["assemble"]


def _keep(
    candidates: Sequence[Candidate],
    main: Candidate | None,
    apart: frozenset[int] = frozenset(),
    before: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """The candidates that become events, repeated mentions merged, in document order; those of
    ``apart`` are never merged into the main event; those of the sentences ``before`` ("Trước
    đó, ...") lend no event of another sentence their date or place."""
    main_key = main.key if main is not None else None
    kept: list[Candidate] = []
    buckets: dict[tuple[object, ...], list[int]] = {}
    main_at: int | None = None  # the main event's index in ``kept``, once it is there
    pending = main  # the main event until it is kept
    referenced: set[tuple[int, str | None]] = set()  # (sentence, type) told as another act
    for cand in candidates:
        # a planned mention restating the announced act ("A sẽ tham dự X tại Y từ ngày ...")
        # is no other occurrence of it by itself: its place and days are the act's
        restates_plan = cand.planned and (cand.sentence_index, cand.type) not in referenced
        if cand.form == "referenced":
            referenced.add((cand.sentence_index, cand.type))
        if cand.key == main_key and pending is not None:
            main_at = len(kept)
            kept.append(pending)
            buckets.setdefault(_bucket(pending), []).append(main_at)
            continue
        current = kept[main_at] if main_at is not None else pending
        if cand.form == "backref" or (
            current is not None
            and cand.embedded
            and cand.form == "reported"
            and cand.type == current.type
        ):
            if current is not None and cand.occasion and current.occasion is None:
                current = current.but(occasion=cand.occasion)
                if main_at is not None:
                    kept[main_at] = current
                else:
                    pending = current
            continue
        if not cand.participants and not cand.date_value and not cand.location:
            continue
        key = _bucket(cand)
        target = next((k for k in buckets.get(key, ()) if _compatible(kept[k], cand)), None)
        if target is not None and target == main_at and cand.key in apart:
            target = None
        if target is not None and target == main_at:
            # another trip's place or month is not the main event's (background_facts.py)
            others = referenced - {(cand.sentence_index, cand.type)}
            cand = without_background_facts(cand, others if restates_plan else referenced)
        if (
            target is not None
            and cand.sentence_index in before
            and kept[target].sentence_index != cand.sentence_index
        ):
            # "Trước đó, vào tháng 7, A có cuộc gặp với B": an earlier occurrence of the act
            # told beside this one; its month is not this one's (told_before.py)
            cand = cand.but(date_value=None, part_of_day=None, location=None)
        if target is not None:
            kept[target] = _merge(kept[target], cand)
        else:
            buckets.setdefault(key, []).append(len(kept))
            kept.append(cand)
    return kept


def assemble(
    view: ArticleView,
    candidates: Sequence[Candidate],
    main: Candidate | None,
    statements_by_sentence: Mapping[int, Sequence[RawStatement]],
    vocab: TopicVocabulary,
) -> list[Event]:
    """The document's events, main event first, then the others in text order."""
    # a site visit inside the trip chosen as main is its own act (visit_frame_acts.py)
    apart = acts_framed_by(view, main, candidates) if main is not None else frozenset()
    before = frozenset(
        i
        for i in {c.sentence_index for c in candidates}
        if opens_before(view.lower, view.sentences[i].start, view.sentences[i].end)
    )
    kept = _keep(candidates, main, apart, before)
    if main is None and kept:
        # the first act of an announcement page, dated by its month only (planned_month.py)
        first = min(range(len(kept)), key=lambda i: kept[i].hit.start)
        kept[first] = day_in_planned_month(view, kept[first], candidates)
    main_key = main.key if main is not None else None
    main_now = next((c for c in kept if c.key == main_key), None)
    # statements go to the latest anchoring event at or before their sentence
    anchors = sorted(
        (
            c
            for c in kept
            if c.form == "reported" and c.frame is None and not c.embedded and not c.secondary
        ),
        key=lambda c: c.hit.start,
    )
    if main_now is not None:
        anchors = [a for a in anchors if a.key != main_key and a.hit.start >= main_now.hit.start]
        anchors.insert(0, main_now)
    said, spans = _attach(view, anchors, main_now, kept, statements_by_sentence)
    mentioned = vocab.scan(view.lower, view.blocks)
    topic_starts = [pos for pos, _ in mentioned]
    ordered = sorted(kept, key=lambda c: (c.key != main_key, c.hit.start))
    events: list[Event] = []
    for cand in ordered:
        sentence = view.sentences[cand.sentence_index]
        s, e = view.to_original(sentence.start, sentence.end)
        statements = (*cand.statements, *said.get(cand.key, ()))
        # A trip named as a noun is chosen as the main event only when the page tells it as its
        # news ("Đây là chuyến thăm ... đầu tiên của X", "Chuyến thăm của X từ ngày A-B ..."):
        # the article's own trip, not a recalled one (a planned one stays planned).
        news = cand.key == main_key
        topic_spans = (*cand.topic_spans, *spans.get(cand.key, ()))
        events.append(
            Event(
                type=cand.type or "other",
                trigger=cand.hit.trigger.reported,
                evidence=Span(s, e),
                date=cand.iso_date,
                part_of_day=cand.part_of_day,
                location=cand.location,
                participants=cand.participants,
                cameo=cand.cameo,
                occasion=cand.occasion,
                referenced=cand.form == "referenced" and not (news and not cand.planned),
                planned=cand.planned and cand.form == "referenced",
                statements=statements,
                topics=_topics(mentioned, topic_starts, topic_spans),
            )
        )
    return events


def _attach(
    view: ArticleView,
    anchors: Sequence[Candidate],
    main_now: Candidate | None,
    kept: Sequence[Candidate],
    statements_by_sentence: Mapping[int, Sequence[RawStatement]],
) -> tuple[dict[int, list[Statement]], dict[int, list[tuple[int, int]]]]:
    """Each statement, its speaker resolved, goes to the latest anchoring event at or before its
    sentence, or to the nearest event before it whose participants include its speaker (the
    host's words in an article about the guest's visit stay the host's)."""
    said: dict[int, list[Statement]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    if not statements_by_sentence or (main_now is None and not anchors):
        return said, spans
    anchor_sentences = [a.sentence_index for a in anchors]
    people_of: dict[int, list[Person]] = {}
    names_of: dict[int, frozenset[str]] = {
        c.key: frozenset(p.name for p in c.participants) for c in kept
    }
    everyone = list({p.name: p for p in view.people}.values())
    mention_starts = view.mention_starts
    by_start = sorted(kept, key=lambda c: c.hit.start)
    carried: str | None = None  # the last speaker, for a subject-less next sentence
    for index, raws in sorted(statements_by_sentence.items()):
        at = bisect_right(anchor_sentences, index)
        owner = anchors[at - 1] if at else main_now
        if owner is None:
            continue
        people = people_of.get(owner.key)
        if people is None:
            people = people_of[owner.key] = _participant_people(view, owner)
        sentence = view.sentences[index]
        first = view.mentions_in(sentence.start, sentence.end)
        first_person = first[0].person if first else None
        lead_in = _lead_in(view, statements_by_sentence, index, carried)
        previous: str | None = None
        spoken = False  # a statement of this sentence with a subject of its own came before
        speakers: list[str | None] = []
        for raw in raws:
            recent: list[str] = []
            if raw.speaker_mention is None and not raw.inherits:
                lo = bisect_left(mention_starts, max(0, raw.start - 1500))
                hi = bisect_left(mention_starts, raw.start)
                recent = [m.person.name for m in view.mentions[lo:hi]]
            if raw.leading:
                speakers.append(None)  # the subject of the sentence's next verb, below
                continue
            if raw.inherits and spoken:
                # "hai bên bày tỏ ..., nhất trí ...": the previous verb's subject, even when
                # that is nobody in particular
                speaker = previous
            else:
                inherited = (
                    _continued(view, sentence, raw.start, carried, lead_in)
                    if raw.inherits
                    else None
                )
                speaker = speaker_for(raw, inherited, first_person, people, everyone, recent)
            speakers.append(speaker)
            previous, spoken = speaker, True
        for i, raw in enumerate(raws):
            if raw.leading:
                # "Nhấn mạnh X, A khẳng định ...": the next verb's subject, even a joint one
                j = next((j for j in range(i + 1, len(raws)) if not raws[j].leading), None)
                later = speakers[j] if j is not None else None
                if j is None:
                    # "Chia sẻ X, đồng chí A gửi lời cảm ơn ...": the main clause's subject
                    subject = clause_subject(view, raw.text_end, sentence.end)
                    later = subject.name if subject is not None else lead_in
                elif later is None and raws[j].inherits:
                    later = lead_in
                speakers[i] = later
        for raw, speaker in zip(raws, speakers, strict=True):
            target = owner
            if speaker is not None and speaker not in names_of.get(owner.key, frozenset()):
                target = _owner_of(by_start, names_of, speaker, raw.start, owner, main_now)
            s, e = view.to_original(raw.start, raw.end)
            q0, q1 = view.to_original(raw.text_start, raw.text_end)
            quoted = view.norm.original[q0:q1]
            said.setdefault(target.key, []).append(Statement(speaker, raw.verb, quoted, s, e))
            spans.setdefault(target.key, []).append((raw.start, raw.end))
        if speakers and speakers[-1] is not None:
            carried = speakers[-1]
    return said, spans


def _lead_in(
    view: ArticleView,
    statements_by_sentence: Mapping[int, Sequence[RawStatement]],
    index: int,
    carried: str | None,
) -> str | None:
    """Who a sentence with no subject goes on with: the subject of the sentence before when that
    one reports nothing ("Thay mặt ..., Bộ trưởng X chuyển thông điệp ... . Nhiệt liệt chúc mừng
    ..."), else the last speaker before it."""
    if index == 0 or index - 1 in statements_by_sentence:
        return carried
    before = view.sentences[index - 1]
    subject = clause_subject(view, before.start, before.end)
    return subject.name if subject is not None else carried


def _continued(
    view: ArticleView, sentence: Sentence, at: int, carried: str | None, lead_in: str | None
) -> str | None:
    """The subject of a verb at ``at`` with none of its own, first in its sentence: the first
    person heading a clause before it ("X giới thiệu ..., khẳng định ...", "Thay mặt đoàn, ông
    X, bày tỏ ..."; not "..., có sự tham gia của X, nhất trí ..."), else the last speaker; with
    no one named before it, who the sentence goes on with."""
    before = view.mentions_in(sentence.start, at)
    if not before:
        return lead_in
    if not view.text[before[-1].end : at].strip(" ,") and not named_as_complement(
        view, sentence.start, before[-1]
    ):
        return before[-1].person.name  # "Thay mặt đoàn, Phó Chủ tịch X, bày tỏ ..."
    subject = clause_subject(view, sentence.start, at)
    return subject.name if subject is not None else carried


def _owner_of(
    by_start: Sequence[Candidate],
    names_of: Mapping[int, frozenset[str]],
    speaker: str,
    at: int,
    owner: Candidate,
    main: Candidate | None,
) -> Candidate:
    """The event a speaker's statement belongs to: the main event if the speaker takes part in
    it, else the latest event before the statement that has the speaker, else ``owner``."""
    if main is not None and speaker in names_of.get(main.key, frozenset()):
        return main
    best: Candidate | None = None
    for cand in by_start:
        if cand.hit.start > at:
            break
        if cand.form != "referenced" and speaker in names_of.get(cand.key, frozenset()):
            best = cand
    return best if best is not None else owner


def _topics(
    mentioned: Sequence[tuple[int, str]], starts: Sequence[int], spans: Sequence[tuple[int, int]]
) -> tuple[str, ...]:
    """Topics named inside the event's spans, in order of first appearance."""
    seen: dict[str, None] = {}
    for start, end in spans:
        for _, topic in mentioned[bisect_left(starts, start) : bisect_right(starts, end - 1)]:
            seen.setdefault(topic, None)
    return tuple(seen)


def _participant_people(view: ArticleView, cand: Candidate) -> list[Person]:
    names = {p.name for p in cand.participants}
    seen: dict[str, Person] = {}
    for mention in view.mentions:
        if mention.person.name in names:
            seen.setdefault(mention.person.name, mention.person)
    return list(seen.values())


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.type != b.type or (a.form == "referenced") != (b.form == "referenced"):
        return False
    names_a = {p.name for p in a.participants}
    names_b = {p.name for p in b.participants}
    if a.form == "referenced":
        if names_a and names_b and not names_a & names_b:
            return False
        # "Obama sẽ tiếp đón Y" and "Biden sẽ chủ trì tiệc chiêu đãi Y": one guest, two hosts,
        # two acts (round 18)
        hosts_a = {p.name for p in a.participants if p.role == "host"}
        hosts_b = {p.name for p in b.participants if p.role == "host"}
        if hosts_a and hosts_b and not hosts_a & hosts_b:
            return False
    elif not names_a or names_a != names_b:
        return False
    if a.date_value and b.date_value and a.date_value != b.date_value:
        return False
    return not (
        a.location and b.location and a.location not in b.location and b.location not in a.location
    )


def _bucket(cand: Candidate) -> tuple[object, ...]:
    """Candidates that may be merged share a bucket: same type, flag and (for reported events)
    the same participants."""
    referenced = cand.form == "referenced"
    names = frozenset() if referenced else frozenset(p.name for p in cand.participants)
    return (cand.type, referenced, names)


def _merge(into: Candidate, other: Candidate) -> Candidate:
    names = {p.name for p in into.participants}
    return into.but(
        participants=into.participants
        + tuple(p for p in other.participants if p.name not in names),
        date_value=into.date_value if into.date_value is not None else other.date_value,
        part_of_day=into.part_of_day if into.part_of_day is not None else other.part_of_day,
        location=into.location if into.location is not None else other.location,
        occasion=into.occasion if into.occasion is not None else other.occasion,
        cameo=into.cameo if into.cameo is not None else other.cameo,
        statements=(*into.statements, *other.statements),
        topic_spans=(*into.topic_spans, *other.topic_spans),
    )
