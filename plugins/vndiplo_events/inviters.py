"""Who invited a visit is never its visitor, whatever the word order.

"Chuyến thăm diễn ra theo lời mời của X", "Chuyến thăm được thực hiện theo lời mời của X",
"Y được X mời sang thăm ...": X is the host side's inviter. The frame rule (frames.py) reads an
invitation that opens its clause ("Theo lời mời của X, Y thăm"); these read the two other
places the inviter stands: after a visit noun that names no visitor before it, and as the agent
of a passive invitation ("được X mời") before the visit verb.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.frames import Frame
from vndiplo_events.view import ArticleView

__all__ = ["inside_invitation_after_subject", "invitation_start", "invited_by_agent"]

#: the invitation word, noun ("lời mời", "thư mời") or verb ("mời"): what follows it names the
#: inviter (or who is invited), never the visitor of the visit before it
_INVITATION: Final = re.compile(r"(?<!\w)mời(?!\w)")


def invitation_start(low: str, start: int, end: int) -> int:
    """Where the first invitation word of ``low[start:end]`` starts, else ``end``."""
    found = _INVITATION.search(low, start, end)
    return end if found is None else found.start()


def invited_by_agent(low: str, agent_start: int, trigger: int) -> bool:
    """ "Y được X mời (sang) thăm": an invitation verb between the passive's agent, from
    ``agent_start``, and the visit trigger at ``trigger``."""
    return _INVITATION.search(low, agent_start, trigger) is not None


def inside_invitation_after_subject(
    view: ArticleView, frame: Frame | None, zone_start: int
) -> bool:
    """The trigger lies in an invitation frame that comes after a person of its clause ("X nhận
    lời mời của Y đến thăm Z", "X đã nhận lời mời của Y sang thăm"): the persons inside the
    frame invited, X is the subject. A frame that opens the clause ("Theo lời mời của Y Z
    thăm ...") is left as it is: a person after the inviter in it may be the visitor."""
    if frame is None or frame.kind != "invitation" or frame.start <= zone_start:
        return False
    return bool(view.mentions_in(zone_start, frame.start))
