"""The counterpart of a visit, for the corpus: the leader who invited it, when the page names one.

Article records follow the article's reading of a visit: its inviter ("theo lời mời của X") is
no side of it, and the officials who met the guest at the airport host it. Across outlets that is
no common ground: an arrival page names the airport welcomers, the next day's page the president
who hosts the talks, an announcement page only the guest and the inviter. The one counterpart
every outlet can name is the inviter, so the corpus gives a visit its inviter as its host when
the page names one (benchmarks/realpages/README.md, round 8 #35): the welcomers host it only on
a page that names no counterpart.

Which invitation is a visit's: one written in the visit's own sentence; else the one person the
page's invitations name who is not among the visit's own people ("Chuyến thăm theo lời mời của
X" a sentence later; a restated arrival "... bắt đầu chuyến thăm theo lời mời của X"). A page
naming two invitations for one guest (a tour of two countries) gives none of them, and the visit
keeps what the article says; one invitation of two leaders ("lời mời của Tổng Bí thư A và Chủ tịch
nước B") gives both. A leg of a tour whose page invites leaders of two countries or more is
given the inviter of the country it visits (:mod:`vndiplo.corpus.leg_inviters`) before these
rules apply. Pure function of the Document, as the rest of the facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Document, Event

__all__ = ["CLAUSE_END", "INVITATION", "Invitation", "invitations", "visit_inviters"]

#: "lời mời của", "thư mời của": the person named next invited the visit
INVITATION: Final = re.compile(r"(?<!\w)(?:lời|thư)\s+mời\s+của(?!\w)", re.IGNORECASE)
#: how far after "của" the inviter's name may start: a title runs before it ("Tổng Bí thư, Chủ
#: tịch nước Cộng hòa Dân chủ Nhân dân Lào ...")
_REACH: Final = 160
#: a sentence or list ends the invitation before its inviter is named; a dot inside an
#: abbreviation ("Ban Chấp hành T.Ư Đảng", "CHXHCN") is no sentence end, only one before a space
CLAUSE_END: Final = re.compile(r"[;\n]|\.(?!\S)")

#: where the invitation word stands, the inviters as the page names them (one, or a joint pair)
Invitation = tuple[int, tuple[str, ...]]

#: between two joint inviters: "và" (or a comma) and their titles, no verb of the visit
_JOINT: Final = re.compile(r"^\s*(?:,\s*)?(?:và|cùng)\s")
#: (a comma after the joint word ends the invitation: "lời mời của A và Phu nhân, B ..." names
#: the guest B next; a spouse is no inviter)
_NOT_JOINT: Final = re.compile(
    r",|(?<!\w)(?:thăm|đến|sang|dẫn\s+đầu|đã|sẽ|đang|tới|phu\s+nhân)(?!\w)", re.IGNORECASE
)


def invitations(doc: Document) -> tuple[Invitation, ...]:
    """Each invitation on the page with the person named first after it, and a second one
    joined to it by "và" in the same clause, in text order."""
    found = []
    text = doc.text
    spans = sorted((m.start, m.end, p.name) for p in doc.people for m in p.mentions)
    for match in INVITATION.finditer(text):
        stop = CLAUSE_END.search(text, match.end(), match.end() + _REACH)
        limit = stop.start() if stop is not None else match.end() + _REACH
        named = [(a, b, name) for a, b, name in spans if match.end() <= a < limit]
        if not named:
            continue
        inviters = [named[0][2]]
        first_end = named[0][1]
        for a, _b, name in named[1:]:
            gap = text[first_end:a]
            joint = _JOINT.match(gap)
            if name not in inviters and joint and not _NOT_JOINT.search(gap, joint.end()):
                inviters.append(name)
            break
        found.append((match.start(), tuple(inviters)))
    return tuple(found)


def visit_inviters(event: Event, found: Sequence[Invitation]) -> tuple[str, ...] | None:
    """The inviters who are ``event``'s counterpart, or None (see the module docstring)."""
    if event.type != "visit" or not found:
        return None
    own = {p.name for p in event.participants if p.role != "host"}
    if not own:  # a visit naming no visitor has no one to be invited
        return None
    in_sentence = {
        names
        for at, names in found
        if event.evidence.start <= at < event.evidence.end and not own & set(names)
    }
    chosen = in_sentence or {names for _at, names in found if not own & set(names)}
    return next(iter(chosen)) if len(chosen) == 1 else None
