"""The headline's talks, when the body tells the headline's pair less precisely.

"A hội đàm với B" over a body that reports only "A có cuộc gặp (gỡ) với B", or only A's visit
to B's country (a cut page, a pre-trip notice whose lead the page lost): the headline names
the more precise act between the same people, and it is the article's event. The generic
meeting takes the headline's word and type; a lone visit gives way to talks built from the
headline (headline_event.py). Never when the body reports talks with people of its own (that
one is the headline's), when the headline also names a meeting or a visit (it is about both),
or when the body's meeting is one precise act already ("hội kiến", "làm việc với").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo.text import fold
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.headline_event import headline_main, named_in_headline
from vndiplo_events.patterns import lowered
from vndiplo_events.places import Gazetteer
from vndiplo_events.trigger_blockers import TOLD_EXCHANGES
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["talks_of_the_headline"]

#: the generic words of meeting someone, that say nothing of what kind of meeting it was
#: ("đã có cuộc trao đổi với" may be a call or talks the headline names)
_GENERIC_MEETINGS: Final = frozenset(
    {"gặp", "gặp gỡ", "gặp mặt", "cuộc gặp", *(fold(e) for e in TOLD_EXCHANGES)}
)
#: the precise acts a headline names over the body's generic word
_PRECISE: Final = ("talks", "phone_call")
#: headline words that make the headline about the meeting or the visit too
_ALSO_NAMED: Final = frozenset({"meeting", "visit"})


def talks_of_the_headline(
    view: ArticleView,
    main: Candidate,
    candidates: Sequence[Candidate],
    hits: Sequence[TriggerHit],
    headline: str,
    own: SentenceFacts,
    gaz: Gazetteer,
) -> Candidate:
    """``main``, or the headline's talks between the same people (see the module docstring);
    talks built from the headline are keyed ``len(candidates)``."""
    talks = next((h for h in hits if h.trigger.type in _PRECISE), None)
    if talks is None or main.form != "reported" or not main.participants:
        return main
    if any(h.trigger.type in _ALSO_NAMED for h in hits):
        return main
    kind = talks.trigger.type
    if any(c.type == kind and c.participants and c.form == "reported" for c in candidates):
        return main
    named = {p.name for _, p in named_in_headline(lowered(headline), view.people)}
    people = {p.name for p in main.participants}
    if main.type == "meeting" and main.hit.trigger.phrase in _GENERIC_MEETINGS:
        if len(named) < 2 or not named <= people:
            return main
        precise = TriggerHit(main.hit.start, main.hit.end, talks.text, talks.trigger)
        return with_roles(view, main.but(hit=precise), own, gaz)
    if main.type == "visit" and not main.planned and kind == "talks":
        built = headline_main(view, headline, [talks], candidates)
        if built is None or not (built.subjects and built.objects):
            return main
        # the visitor of the body is one of the headline's two sides
        guests = {p.name for p in main.participants if p.role == "guest"}
        sides = {p.name for p in (*built.subjects, *built.objects)}
        if guests & sides:
            # talks on the visitor's trip: the visitor is the guest, the other side the host
            return built.but(
                participants=tuple(
                    Participant(name, "guest" if name in guests else "host")
                    for name in dict.fromkeys(p.name for p in built.participants)
                )
            )
    return main
