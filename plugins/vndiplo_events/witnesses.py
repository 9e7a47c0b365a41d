"""Who witnessed a signing: "Chứng kiến lễ ký có Đại sứ X, ..." in the sentences right after
it names participants of the signing, as "với sự chứng kiến của X" does inside its sentence."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_witnesses"]

#: "Chứng kiến lễ ký có", "Cùng chứng kiến buổi ký kết còn có": the witnesses follow
_WITNESSED: Final = re.compile(
    r"(?<!\w)chứng\s+kiến\s+(?:buổi\s+|lễ\s+)?ký(?:\s+kết)?(?:\s+\w+){0,4}?\s+(?:còn\s+)?có\s"
)
#: how many sentences after the signing's own the witnesses may be named
_REACH: Final = 2


def with_witnesses(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A signing with the people named as its witnesses after it among its participants."""
    if main.type != "signing" or not main.participants:
        return main
    low = view.lower
    first = main.sentence_index
    for index in range(first, min(len(view.sentences), first + 1 + _REACH)):
        sentence = view.sentences[index]
        start = main.zone_end if index == first else sentence.start
        witnessed = _WITNESSED.search(low, start, sentence.end)
        if witnessed is None:
            continue
        named = principals(
            low, view.mentions_in(witnessed.end(), sentence.end), floor=witnessed.end()
        )
        if not named:
            return main
        objects = unique_people([*main.objects, *(m.person for m in named)])
        return with_roles(view, main.but(objects=objects), own, gaz)
    return main
