"""The addressee of a letter the page quotes: the message's other side.

"Bà A đã gửi thư chúc mừng" names the sender only; the letter itself says to whom ("tôi trân
trọng gửi đến đồng chí X, Chủ tịch ... những lời chúc mừng", "Kính gửi: Ngài X"). The first
person so addressed, other than the sender, takes part in the message.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.elected_addressee import with_elected_addressee
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_letter_addressee"]

#: the address: "gửi đến/tới (đồng chí|Ngài) X", "Kính gửi: Ngài X", and the message retold
#: after the one that sends it: "Bức điện gửi X", "Trong thư chúc mừng gửi X"
_ADDRESSED: Final = re.compile(
    # "gửi đến từ X" is sent from X: its sender, no addressee
    r"(?<!\w)(?:gửi\s+(?:đến|tới)(?!\s+từ(?!\w))|kính\s+gửi\s*:?"
    r"|(?:thư|điện|thông\s+điệp)(?:\s+(?:chúc\s+mừng|mừng|chia\s+buồn|thăm\s+hỏi))?"
    r"\s+gửi(?!\s+(?:đến|tới)?\s*từ(?!\w)))\s+(?:(?:đến|tới)\s+)?"
    r"(?:(?:đồng\s+chí|ngài|ông|bà)\s+)?"
)
#: at most this many characters between the address and the name (a title in between)
_TITLE_GAP: Final = 80


def with_letter_addressee(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A message with its sender only, with the person its occasion elects ("Nhân dịp X được
    bầu ...": elected_addressee.py), else the one the letter addresses, as its other side."""
    main = with_elected_addressee(view, main, own, gaz)
    if main.type != "message" or main.objects or not main.subjects:
        return main
    low = view.lower
    senders = {p.name for p in main.subjects}
    body = view.sentences[0].start if view.sentences else 0
    for address in _ADDRESSED.finditer(low, body):
        following = view.mentions_in(address.end(), address.end() + _TITLE_GAP)
        if not following or following[0].person.name in senders:
            continue
        first = following[0]
        if any(c in low[address.end() : first.start] for c in ".;:\n"):
            continue  # the name belongs to another sentence
        return with_roles(view, main.but(objects=(first.person,)), own, gaz)
    return main
