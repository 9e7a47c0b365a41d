"""A visit verb chained to the act it consists of: "đã đến thăm và chào xã giao ông X", "sang
thăm, hội kiến Y". The bare "thăm" says only that the side went; the act after it says what
happened and with whom, so the act is the main event (R07; the visit stays as an event).

Kept apart from the choice of the main event (choice.py): it looks at two hits of one sentence
and the few characters between them, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["act_of_the_visit_chain"]

#: the bare visit verbs a chain opens with; a noun ("chuyến thăm") or a kind of visit ("thăm
#: chính thức") names the trip itself
_BARE_VISITS: Final = frozenset({"thăm", "viếng thăm"})
#: the acts a visit verb may be chained to
_ACTS: Final = frozenset({"reception", "meeting", "talks"})
#: nothing but a conjunction or a comma between the two verbs
_CHAINED: Final = re.compile(r"\s*(?:,\s*)?(?:và\s+)?")


def act_of_the_visit_chain(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The act chained right after a main bare visit verb (nothing but "và" or a comma
    between them), if any."""
    if main.type != "visit" or main.hit.trigger.phrase not in _BARE_VISITS:
        return main
    act = next(
        (
            c
            for c in candidates
            if c.sentence_index == main.sentence_index and c.hit.start >= main.hit.end
        ),
        None,
    )
    if (
        act is None
        or act.type not in _ACTS
        or act.form != "reported"
        or act.frame is not None
        or act.embedded
        or act.secondary
        or not act.participants
        or not _CHAINED.fullmatch(view.lower, main.hit.end, act.hit.start)
    ):
        return main
    return act
