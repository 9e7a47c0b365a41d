"""The side a one-sided main event leaves out, from the headline that names the same act.

A lead or sapo may name the counterpart by office only ("A điện đàm với người đồng cấp
Malaysia"), or a body that lost its headline may tell the act as a habit of the pair ("hai Thủ
tướng thường xuyên điện đàm"): the main event then names A alone. When the headline ("A điện
đàm với Thủ tướng Malaysia B") names the same act with A on one side and one person on the
other, that person is the missing side. A page without a headline lends its lead photo's
caption, as it does for the main event itself (lead_caption.py). A lead whose act is held with
a group ("gặp cộng đồng người Việt", "tiếp các sinh viên") tells another act than the
headline's, and takes no one from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.headline_event import named_in_headline
from vndiplo_events.patterns import lowered
from vndiplo_events.places import Gazetteer
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["names_one_side", "with_counterpart_of_the_headline"]

#: acts with two sides a headline writes "A <act> (với) B"
_WITH_SIDES: Final = frozenset({"reception", "meeting", "talks", "phone_call"})
#: a group the act is held with, in the clause after its word: no one counterpart
_GROUP_MET: Final = re.compile(
    r"[^.;,\n]{0,40}?(?<!\w)(?:cộng\s+đồng|bà\s+con|kiều\s+bào|doanh\s+(?:nghiệp|nhân)|"
    r"sinh\s+viên|học\s+sinh|cử\s+tri|người\s+dân|nhân\s+dân|cán\s+bộ|nhân\s+viên|"
    r"hội\s+viên|thanh\s+niên|trí\s+thức|chuyên\s+gia|người\s+việt)(?!\w)"
)


def names_one_side(main: Candidate) -> bool:
    """A reported act with two sides of which ``main`` names one person only; a back-reference
    ("Tại buổi tiếp, A nêu rõ ...") too: the act it points back to is the headline's."""
    return (
        main.type in _WITH_SIDES
        and main.form in ("reported", "backref")
        and len({p.name for p in (*main.subjects, *main.objects)}) == 1
    )


def with_counterpart_of_the_headline(
    view: ArticleView,
    main: Candidate,
    headline: str,
    hits: Sequence[TriggerHit],
    own: SentenceFacts,
    gaz: Gazetteer,
) -> Candidate:
    """``main`` with the other side the headline names for the same act: one person before
    the headline's trigger, one after, one of them ``main``'s own side. A reception takes its
    counterpart only when its side stands where the headline puts it (host before "tiếp")."""
    if not names_one_side(main) or _GROUP_MET.match(view.lower, main.hit.end) is not None:
        return main
    hit = next((h for h in hits if h.trigger.type == main.type), None)
    if hit is None:
        return main
    placed = named_in_headline(lowered(headline), view.people)
    before = [p for at, p in placed if at < hit.start]
    after = [p for at, p in placed if at >= hit.end]
    if len(before) != 1 or len(after) != 1 or before[0].name == after[0].name:
        return main
    own_side = (main.subjects or main.objects)[0].name
    if own_side not in (before[0].name, after[0].name):
        return main
    as_subject = own_side == before[0].name
    if main.type == "reception" and as_subject != bool(main.subjects):
        return main
    if main.subjects:
        other = after[0] if as_subject else before[0]
        return with_roles(view, main.but(objects=(other,)), own, gaz)
    other = before[0] if not as_subject else after[0]
    return with_roles(view, main.but(subjects=(other,)), own, gaz)
