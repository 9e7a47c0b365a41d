"""One document -> its events: find triggers per sentence, build candidates, pick the main one.

The steps, each in its own module: sentences (sentences.py), triggers (triggers.py) and the cue
words that say how a trigger is used (cues.py), frames (frames.py), locations (locations.py)
and dates (event_dates.py), candidate finding (finding.py), their attributes (finishing.py),
participants and roles (participants.py), the main event (choice.py), statements
(statements.py), topics (topics.py) and the events themselves (assembly.py). Candidates
(candidate.py) are immutable: each step returns new ones. What kind of mention a trigger is:

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
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from vndiplo.model import Document, Event, Person
from vndiplo.registry import Context
from vndiplo.text import normalize
from vndiplo_events.announced_lead import main_over_undated, settle_announced_background
from vndiplo_events.arrival import visit_over_arrival
from vndiplo_events.arrival_lead import visit_of_the_arrival
from vndiplo_events.arrival_welcomers import with_arrival_welcomers
from vndiplo_events.assembly import assemble
from vndiplo_events.attendance import without_attendance
from vndiplo_events.attendee_lists import with_listed_attendees
from vndiplo_events.bracket_asides import without_bracketed_asides
from vndiplo_events.candidate import Candidate, Lexicons, SameDay, SentenceFacts
from vndiplo_events.caption_welcome import caption_welcome_retold
from vndiplo_events.ceremony_lists import follows_untold_ceremony
from vndiplo_events.chaired_welcome import with_welcomed_guests
from vndiplo_events.choice import complete_main, pick_main
from vndiplo_events.credentials import without_received_credentials
from vndiplo_events.domestic_sides import is_domestic_call, is_domestic_call_in_headline
from vndiplo_events.earlier_acts import settle_earlier_acts
from vndiplo_events.ended import settle_ended_visits
from vndiplo_events.event_mentions import (
    is_generic,
    is_press_interview,
    is_process_or_office,
    names_a_room,
)
from vndiplo_events.finding import build_candidates
from vndiplo_events.finishing import choose_location, finish, finish_backref
from vndiplo_events.frames import find_frames
from vndiplo_events.fronted_visitor import settle_fronted_visitors
from vndiplo_events.headline_act import headline_act_over_parts
from vndiplo_events.headline_counterpart import names_one_side, with_counterpart_of_the_headline
from vndiplo_events.headline_event import headline_main, reception_of_the_headline
from vndiplo_events.headline_talks import talks_of_the_headline
from vndiplo_events.host_cues import with_ceremony_retold, with_host_named_after
from vndiplo_events.joined_acts import without_joined_sessions
from vndiplo_events.later_welcomers import with_later_welcomers
from vndiplo_events.lead_caption import caption_act_over_embedded, lead_caption
from vndiplo_events.lead_place import bare_facts
from vndiplo_events.leaders_session import is_body_session, is_body_session_in_headline
from vndiplo_events.letters import letter_main
from vndiplo_events.member_lists import without_member_lists
from vndiplo_events.mention_form import in_institution_name, is_name_use
from vndiplo_events.not_until import settle_not_until
from vndiplo_events.noun_frame_acts import reported_frame_acts
from vndiplo_events.ongoing import settle_ongoing_visits
from vndiplo_events.opening_backrefs import sideless_opening, with_stated_sides
from vndiplo_events.passive import is_passive_ceremony, passive_sides
from vndiplo_events.passive_calls import with_passive_hosts
from vndiplo_events.patterns import lowered
from vndiplo_events.planned_clause import PREPARES, settle_programme_paragraphs
from vndiplo_events.recalled_time import recalled_without_sides
from vndiplo_events.reception_sides import welcomed_of_backref
from vndiplo_events.regulated import settle_regulated
from vndiplo_events.retold_acts import without_retold_acts
from vndiplo_events.sentences import Sentence
from vndiplo_events.several_acts import with_several_acts
from vndiplo_events.speaking_hosts import with_speaking_host
from vndiplo_events.stated_visitors import stated_visitors
from vndiplo_events.statements import RawStatement
from vndiplo_events.subjectless_sequel import SEQUEL_TYPES, is_subjectless_sequel
from vndiplo_events.this_occasion import settle_this_occasion
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView
from vndiplo_events.visit_receptions import with_receiving_hosts
from vndiplo_events.welcome_gives_way import act_after_the_arrival
from vndiplo_events.welcome_lists import settle_welcome_lists, without_retold_welcomes

__all__ = ["extract_events"]

#: Real sentences hold a handful of triggers; more are noise and would cost quadratic time.
_MAX_HITS_PER_SENTENCE: Final = 16


@frozen
class _Previous:
    """What a sentence inherits from the reported events before it."""

    #: the two sides of the latest reported event with two sides ("hai Thủ tướng" next)
    both: tuple[Person, ...] | None = None
    #: that event's date, lent to a "hai Thủ tướng" event with none of its own
    both_date: str | SameDay | None = None
    #: the place of the latest reported event with a place
    place: str | None = None


@frozen
class _Found:
    """The candidates of a document, in text order, and what choosing among them needs."""

    candidates: list[Candidate]
    facts_of: dict[int, SentenceFacts]
    statements: dict[int, list[RawStatement]]
    #: (key of a "hai Thủ tướng" event, the date of the event whose sides it took)
    pairs: list[tuple[int, str | SameDay | None]]


def _sentence_hits(
    view: ArticleView, lex: Lexicons, all_hits: Sequence[TriggerHit], starts: Sequence[int], i: int
) -> list[TriggerHit]:
    sentence = view.sentences[i]
    lo = bisect_left(starts, sentence.start)
    hi = bisect_left(starts, sentence.end)
    if lo == hi:
        return []
    return [
        h
        for h in all_hits[lo:hi]
        if h.end <= sentence.end
        and not is_name_use(lex.cues, view.lower, view.text, sentence, h)
        and not is_generic(lex.cues, view, sentence, h)
        and not is_process_or_office(view.lower, sentence, h)
        and not is_press_interview(view.lower, sentence, h)
        and not names_a_room(view.lower, sentence, h)
        and not is_body_session(view, sentence, h)
        and not is_domestic_call(view, lex.gazetteer, sentence, h)
    ][:_MAX_HITS_PER_SENTENCE]


#: "trong chuyến thăm này": an event of the visit just named
_THIS_VISIT: Final = re.compile(
    r"(?<!\w)(?:chuyến\s+(?:thăm|công\s+du|công\s+tác))\s+(?:này|đó|ấy)(?!\w)"
)
#: a speaker's label ("Bộ trưởng X: ..."); one opening with "Theo" names a source ("Theo tin
#: Đài chúng tôi: ...", "Theo TTXVN: ..."), whose report is the outlet's own news, not a turn
_TURN: Final = re.compile(r"(?![Tt]heo\s)[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,4}\s*:\s")
_QUOTES: Final = ("\u201c", "\u201d", '"')


#: a year right after the trigger that dates it ("đã ký kết hồi 2013", "đã thăm vào năm 2009")
_YEAR_AFTER_WORDS: Final = frozenset({"hồi", "năm", "hồi năm", "vào", "vào năm", "từ năm"})
_YEAR_AFTER_FIRST: Final = ("hồi", "năm", "vào", "từ")
_YEAR_AFTER_SPAN: Final = 16


def _history_year(view: ArticleView, cand: Candidate, published: int | None) -> bool:
    """The event is dated by a year before the article's: a history paragraph ("Giữa năm
    2005, X đã thăm ...")."""
    if published is None or cand.date is not None:
        return False
    sentence = view.sentences[cand.sentence_index]
    years = [
        d.value[:4] for d in view.dates_in(sentence.start, cand.hit.start) if d.expr.kind == "year"
    ]
    if not years and view.lower.startswith(_YEAR_AFTER_FIRST, cand.hit.end + 1):
        # "... Đối tác mà hai bên đã ký kết hồi 2013": the year written right after the verb
        years = [
            d.value[:4]
            for d in view.dates_in(cand.hit.end, cand.hit.end + _YEAR_AFTER_SPAN)
            if d.expr.kind == "year"
            and view.lower[cand.hit.end : d.start].strip() in _YEAR_AFTER_WORDS
        ][:1]
    return bool(years) and years[-1].isdigit() and int(years[-1]) < published


def _quoted(view: ArticleView, sentence: Sentence, pos: int) -> bool:
    """``pos`` is inside quotation marks, or in an interview turn ("Name: ...")."""
    text = view.text
    if text.find(":", view.blocks[sentence.block][0], pos) != -1 and _TURN.match(
        text, view.blocks[sentence.block][0], pos
    ):
        return True
    if not any(q in text[sentence.start : pos] for q in _QUOTES):
        return False
    before = text[sentence.start : pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _find(view: ArticleView, lex: Lexicons, published: int | None = None) -> _Found:
    """Every candidate of the document, finished (back-references excepted: see
    :func:`_finish_backrefs`)."""
    text, gaz, cues = view.text, lex.gazetteer, lex.cues
    candidates: list[Candidate] = []
    facts_of: dict[int, SentenceFacts] = {}
    statements = lex.finder.find_all(view)
    pairs: list[tuple[int, str | SameDay | None]] = []
    previous = _Previous()
    history_block: int | None = None  # the block of the latest event dated years back
    reported_seen = False  # a reported event so far (a back-reference may refer to it)
    previous_told = False  # the sentence before held an event word
    all_hits = [h for b0, b1 in view.blocks for h in lex.table.find(text, b0, b1, view.lower)]
    hit_starts = [h.start for h in all_hits]
    for index, sentence in enumerate(view.sentences):
        hits = without_joined_sessions(
            view.lower, _sentence_hits(view, lex, all_hits, hit_starts, index)
        )
        # (read only where it matters: an attendance verb among the hits, see attendance.py)
        lists_report = any(h.trigger.type == "attend" for h in hits) and follows_untold_ceremony(
            view, index, previous_told, gaz
        )
        hits = without_bracketed_asides(
            text,
            sentence,
            without_member_lists(
                view.lower,
                sentence,
                without_received_credentials(
                    without_attendance(view.lower, sentence, hits, lists_report)
                ),
            ),
        )
        previous_told = bool(hits)
        if not hits:
            continue  # no trigger in this sentence: only its statements matter
        mentions = view.mentions_in(sentence.start, sentence.end)
        date_starts = [d.start for d in view.dates_in(sentence.start, sentence.end)]
        anchors = sorted([m.start for m in mentions] + [h.start for h in hits])
        frames = find_frames(view, sentence, anchors, date_starts)
        facts = SentenceFacts(sentence, hits, frames, sorted([*anchors, *date_starts]))
        facts_of[index] = facts
        built = build_candidates(view, cues, index, sentence, hits, frames, len(candidates))
        # "Tại buổi tiếp B sang thăm ..., A nhấn mạnh": the act told as a frame's noun
        built = reported_frame_acts(view, cues, sentence, hits, frames, built, candidates)
        # "B đến chào xã giao nhân dịp ... và được A tiếp": the call's host is A
        built = with_passive_hosts(view, built)
        located: list[tuple[Candidate, str | None]] = []
        principal_location: str | None = None
        for cand in built:
            if (
                cand.form == "reported"
                and not cand.subjects
                and is_passive_ceremony(view.lower, sentence, cand.hit)
            ):
                hosts, guests = passive_sides(view, view.sentences, index, cand.hit)
                cand = cand.but(subjects=hosts, objects=cand.objects or guests)
            if (
                cand.form == "reported"
                and not cand.subjects
                and not cand.objects
                and previous.both is not None
                and (
                    cues.both.search(view.lower, cand.scope_start, cand.hit.start)
                    # "Sau đó, tiến hành hội đàm": no side named, the pair of before goes on
                    or (
                        cand.type in SEQUEL_TYPES
                        and is_subjectless_sequel(view.lower, cand.scope_start, cand.hit.start)
                    )
                )
            ):
                # "Sau hội đàm, hai Thủ tướng đã chứng kiến lễ ký kết": the pair of before
                cand = cand.but(subjects=previous.both)
                pairs.append((cand.key, previous.both_date))
            elif (
                cand.form == "reported"
                and not cand.objects
                and previous.both is not None
                and cand.subjects
                and {p.name for p in cand.subjects} <= {p.name for p in previous.both}
                and cues.both.search(view.lower, cand.scope_start, cand.hit.start)
            ):
                # the plural title already named the pair (references.py): its day too
                pairs.append((cand.key, previous.both_date))
            location = None
            if cand.form != "backref":
                location = choose_location(view, cand, facts, gaz)
                if cand.form == "reported" and cand.frame is None and principal_location is None:
                    principal_location = location
            located.append((cand, location))
        for cand, location in located:
            if cand.form != "backref":
                cand = finish(
                    view, cues, cand, facts, location, principal_location, gaz, previous.place
                )
            if cand.form in ("reported", "backref"):
                history = cand.form == "reported" and _history_year(view, cand, published)
                follows_history = (
                    history_block is not None
                    and cand.date is None
                    and (
                        history_block == sentence.block
                        or (cand.form == "backref" and not reported_seen)
                        or _THIS_VISIT.search(view.lower, sentence.start, sentence.end) is not None
                    )
                )
                if history or follows_history or _quoted(view, sentence, cand.hit.start):
                    # history, a quote or an interview: an event referred to, not reported
                    cand = cand.but(form="referenced")
                    if history or follows_history:
                        history_block = sentence.block
            if cand.form != "backref":
                previous = _after(previous, cand)
                reported_seen = reported_seen or cand.form == "reported"
            candidates.append(cand)
    return _Found(candidates, facts_of, statements, pairs)


def _after(previous: _Previous, cand: Candidate) -> _Previous:
    """What the sentences after a finished candidate inherit from it."""
    if cand.form != "reported" or cand.frame is not None or cand.secondary:
        return previous
    both, both_date = previous.both, previous.both_date
    if len(cand.subjects) + len(cand.objects) >= 2:
        both, both_date = (*cand.subjects, *cand.objects), cand.date_value
    return _Previous(both, both_date, cand.location or previous.place)


def _resolve_dates(
    candidates: Sequence[Candidate], pairs: Sequence[tuple[int, str | SameDay | None]]
) -> list[Candidate]:
    """ "hai Thủ tướng" events with no date of their own happened on their pair's day; then
    "cùng ngày" is the previous dated reported event's day."""
    out = list(candidates)
    for key, pair_date in pairs:
        if out[key].date_value is None and not isinstance(pair_date, SameDay):
            out[key] = out[key].but(date_value=pair_date)
    last_date: str | None = None
    for i, cand in enumerate(out):
        if isinstance(cand.date_value, SameDay):
            out[i] = cand.but(date_value=last_date)
        elif isinstance(cand.date_value, str) and cand.date_value and cand.form == "reported":
            last_date = cand.date_value
    return out


def _headline_hits(lex: Lexicons, headline: str, view: ArticleView) -> list[TriggerHit]:
    """The event words of a headline (normalised like the body), not inside a body's name,
    nor acts with a home body (domestic_sides.py)."""
    if not headline:
        return []
    low = lowered(headline)
    return [
        h
        for h in lex.table.find(headline, lower=low)
        if h.trigger.type
        and not in_institution_name(lex.cues, low, headline, 0, h.start)
        and not is_body_session_in_headline(low, h)
        and not is_domestic_call_in_headline(view, low, headline, lex.gazetteer, h)
        # "Chuẩn bị các điều kiện cho Hội đàm cấp cao ...": a planning meeting's headline
        and PREPARES.search(low, 0, h.start) is None
    ]


def _sides(cand: Candidate) -> set[str]:
    """The names on both sides of a candidate (its participants, else its zones)."""
    if cand.participants:
        return {p.name for p in cand.participants}
    return {p.name for p in (*cand.subjects, *cand.objects)}


def extract_events(document: Document, context: Context | None = None) -> list[Event]:
    """The events of one document, main event first; see the module docstring."""
    view = ArticleView(document)
    if not view.sentences:
        return []
    lex = Lexicons.of(context.registry if context is not None else None)
    found = _find(view, lex, document.published.year if document.published else None)
    candidates = settle_ended_visits(view.lower, _resolve_dates(found.candidates, found.pairs))
    candidates = settle_ongoing_visits(view.lower, candidates)
    # "phải tới chiều nay A mới gặp B. Sau cuộc gặp, ... sẽ ...": planned (not_until.py)
    candidates = settle_not_until(view.lower, view.sentences, candidates)
    # "Theo chương trình, ... sẽ ...": the whole paragraph is still to come (planned_clause)
    candidates = settle_programme_paragraphs(view.lower, view.sentences, candidates)
    candidates = settle_fronted_visitors(view, candidates)
    candidates = settle_regulated(view.lower, view.sentences, candidates)
    candidates = settle_this_occasion(view.lower, view.sentences, candidates)
    # "Z chủ trì lễ đón" after a welcome told without its host (chaired_welcome.py)
    candidates = with_welcomed_guests(view, candidates, found.facts_of, lex.gazetteer)
    # "Tiếp và làm việc với đoàn có A, B": A and B host, nobody there is a guest
    candidates = settle_welcome_lists(view, candidates)

    def finish_backrefs(cands: Sequence[Candidate]) -> list[Candidate]:
        return [
            # "Tại buổi đón tiếp, ..." then "Ông X cảm ơn sự đón tiếp": X the guest
            welcomed_of_backref(
                view,
                finish_backref(view, lex.cues, c, found.facts_of[c.sentence_index], lex.gazetteer),
                found.facts_of[c.sentence_index],
                lex.gazetteer,
            )
            if c.form == "backref"
            else c
            for c in cands
        ]

    # the body's view is normalised ("Ð" read as "Đ"); the headline is matched the same way
    headline = normalize(document.headline) if document.headline else ""
    headline_hits = _headline_hits(lex, headline, view)
    headline_types = frozenset(h.trigger.type for h in headline_hits if h.trigger.type)
    # "Trước đó, hôm 15/11, A đã gặp C tại Y": an earlier act, referred to (earlier_acts.py)
    candidates = settle_earlier_acts(view, candidates, bool(headline_types))
    # "A sẽ thăm B ngày 5-2", then a caption of talks on 26-1: background (announced_lead.py)
    candidates = settle_announced_background(
        candidates, headline_types, has_headline=bool(headline.strip())
    )
    candidates, main = pick_main(
        candidates,
        finish_backrefs,
        headline_types,
        view,
        has_headline=bool(headline.strip()),
        headline=headline,
    )
    if main is not None and not headline.strip() and main.key < len(candidates):
        main = main_over_undated(main, candidates)
    if main is not None and recalled_without_sides(main, document.published):
        # no act names people, and the one left is dated months before the page: recalled
        candidates = list(candidates)
        candidates[main.key] = main.but(form="referenced")
        main = None
    if main is not None and sideless_opening(view, main):
        # "Tại cuộc hội đàm, hai bộ trưởng ..." under a caption or headline naming both sides
        stated = headline or normalize(lead_caption(document) or "")
        hits = headline_hits if headline else _headline_hits(lex, stated, view)
        main = with_stated_sides(main, headline_main(view, stated, hits, candidates))
    if main is not None and main.embedded and headline:
        # "Nhiệt liệt chào mừng B sang tham dự ..." under "A tiếp B": the body only greets,
        # the headline names the act (headline_event.py)
        told = headline_main(view, headline, headline_hits, candidates)
        if told is not None and told.type != main.type:
            if _sides(main) == _sides(told):
                # "vui mừng có cuộc trao đổi với B" under "A điện đàm với B": the same act
                candidates = list(candidates)
                candidates[main.key] = main.but(form="backref")
            candidates, main = [*candidates, told], told
    if main is not None and headline_hits:
        # "Hội đàm giữa A với B" over "Tại hội nghị ... hai bên ký kết" (headline_act.py)
        told = headline_act_over_parts(view, headline, headline_hits, main, candidates)
        if told is not None:
            candidates, main = [*candidates, told], told
    if main is not None and main.embedded and not headline:
        # "Chào mừng B sang thăm ..." under a lead caption "A tiếp B" (lead_caption.py)
        caption = normalize(lead_caption(document) or "")
        told = caption_act_over_embedded(
            view, caption, _headline_hits(lex, caption, view), candidates
        )
        if told is not None:
            candidates, main = [*candidates, told], told
    if not headline:
        # a caption "A đón B" over a body's "A chào đón Lãnh đạo các nước" (caption_welcome.py)
        caption = normalize(lead_caption(document) or "")
        told = caption_welcome_retold(
            view, caption, _headline_hits(lex, caption, view) if caption else (), candidates, main
        )
        if told is not None:
            candidates, main = [*candidates, told], told
    if main is not None:
        # an airport welcome is a moment of the visit it opens (arrival.py)
        welcome, main = main, visit_over_arrival(view, main, candidates, headline_hits)
        if main is welcome:
            # "Đón X tại sân bay có A. Tại Y, X đã tiếp A": the act told after (welcome_gives_way)
            main = act_after_the_arrival(view, main, candidates)
        if main is not welcome and main.sentence_index not in found.facts_of:
            # the visit built on an arrival sentence with no event word: its welcomers and
            # place are read from that sentence's bare facts (lead_place.py)
            found.facts_of[main.sentence_index] = bare_facts(view, main.sentence_index)
        own = found.facts_of.get(main.sentence_index)
        if main.key < len(candidates) and own is not None:
            # "A tiếp kiến B" over a body's "A đã gặp B": one reception (headline_event.py);
            # a caption's act anchored on a sentence with no event word has no facts
            main = reception_of_the_headline(
                view, main, candidates, headline_hits, own, lex.gazetteer
            )
            # "A hội đàm với B" over a body's "A có cuộc gặp với B" (headline_talks.py)
            main = talks_of_the_headline(
                view, main, candidates, headline_hits, headline, own, lex.gazetteer
            )
        if main.key == len(candidates):
            candidates = [*candidates, main]
    # a reproduced letter whose events are all recalled or hoped for is the news (letters.py)
    letter = letter_main(view, main, len(candidates))
    if letter is not None:
        candidates, main = [*candidates, letter], letter
    if main is None:
        # the body only refers back to the event ("Tại buổi tiếp, ..."): the headline's, or
        # on a page that lost its headline, the lead photo's caption's (lead_caption.py)
        stated = headline or normalize(lead_caption(document) or "")
        hits = headline_hits if headline else _headline_hits(lex, stated, view)
        main = headline_main(view, stated, hits, candidates)
        if main is None:
            # "X đã đến Hà Nội đêm D" then a programme: the visit the arrival opens
            main = visit_of_the_arrival(view, candidates, len(candidates))
        if main is not None:
            candidates = [*candidates, main]
    if main is not None:
        # the visitor the headline, or the lead caption of a page with none, names
        stated = headline or normalize(lead_caption(document) or "")
        stated_hits = headline_hits if headline else _headline_hits(lex, stated, view)
        main = complete_main(
            view,
            lex.cues,
            main,
            candidates,
            found.facts_of,
            lex.gazetteer,
            headline,
            headline_hits,
            stated_visitors(view, stated, stated_hits),
        )
        # hosts the main event names after its own sentence (visit_receptions.py)
        main = with_receiving_hosts(view, main, candidates, found.facts_of, lex.gazetteer)
        own_facts = found.facts_of.get(main.sentence_index)
        if own_facts is not None and names_one_side(main):
            # "A điện đàm với người đồng cấp X" under "A điện đàm với B" (headline_counterpart)
            stated = headline or normalize(lead_caption(document) or "")
            hits = headline_hits if headline else _headline_hits(lex, stated, view)
            main = with_counterpart_of_the_headline(
                view, main, stated, hits, own_facts, lex.gazetteer
            )
        if own_facts is not None:
            main = with_host_named_after(view, main, own_facts, lex.gazetteer)
            main = with_later_welcomers(view, main, own_facts, lex.gazetteer, candidates)
            # "Thay mặt lãnh đạo tỉnh, ông X ... cảm ơn bà Y cùng đoàn đến thăm"
            # (speaking_hosts.py): after the welcome lists, which name every receiver
            main = with_speaking_host(view, main, own_facts, lex.gazetteer)
            # "Đón X tại sân bay, về phía Y có: A; B": the receiving side hosts (AJ3)
            main = with_arrival_welcomers(view, main, own_facts, lex.gazetteer)
            # "Dự buổi lễ có các đồng chí: A, ...; B, ...": all of them attended
            main = with_listed_attendees(view, main, candidates, own_facts, lex.gazetteer)
        candidates[main.key] = main
        # "Y chủ trì lễ đón" after the welcome: the same ceremony (host_cues.py)
        candidates = with_ceremony_retold(main, candidates)
        # "Tiếp đón đoàn có A; B" once A and B host the main event (welcome_lists.py)
        candidates = without_retold_welcomes(view, candidates, main)
        # "Buổi tiếp ... với sự tham dự của Y", "Y tiếp và thông tin với X" (retold_acts.py)
        candidates = without_retold_acts(view, candidates, main)
    # "các cuộc gặp với A, B và C": the acts after the first, each its own (several_acts.py)
    candidates = with_several_acts(view, candidates, found.facts_of, lex.gazetteer)
    return assemble(view, candidates, main, found.statements, lex.vocabulary)
