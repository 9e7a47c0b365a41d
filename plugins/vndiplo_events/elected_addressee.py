"""The addressee of a congratulation named in its occasion, before the sender.

"Nhân dịp đồng chí X được bầu làm Tổng Bí thư ..., Chủ tịch Y đã gửi điện chúc mừng": the
occasion frame keeps X out of the message's subject zone, yet the one elected (re-elected,
taking office) is the one congratulated, so X is the message's other side (README: the
addressee of a message is a participant). "Nhân dịp Quốc hội bầu ông X giữ chức ..." too.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.finishing import with_roles
from vndiplo_events.lead_phrase import lead_phrase
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_elected_addressee"]

_OCCASION: Final = "nhân dịp"
#: the one elected, after the name: "X (Latin spelling) được (Đại hội) bầu", "X nhậm chức"
#: Appositions may stand between: "bà X - Chủ tịch đảng Y (LDP) - được bầu", "ông X, Thủ
#: lĩnh Đảng Z, đắc cử", "đồng chí X, Ủy viên ..., Chủ tịch Hội hữu nghị A - B, được bầu lại":
#: each a title (its head noun opens it) and the body it leads, whose name may join two
#: countries with a dash.
_ELECTED_VERB: Final = (
    r"(?:vừa\s+|đã\s+|chính\s+thức\s+)?"
    r"(?:được\s|trúng\s+cử|tái\s+đắc\s+cử|đắc\s+cử|nhậm\s+chức|tuyên\s+thệ)"
)
_TITLE_HEAD: Final = (
    r"(?:nguyên\s+)?(?:phó\s+)?(?:chủ\s+tịch|thủ\s+tướng|tổng\s+thống|tổng\s+bí\s+thư|bí\s+thư"
    r"|bộ\s+trưởng|lãnh\s+đạo|thủ\s+lĩnh|chủ\s+nhiệm|người\s+đứng\s+đầu|[uủ]y\s+viên"
    r"|tổng\s+thư\s+ký|trưởng\s+ban|giám\s+đốc|viện\s+trưởng|đại\s+sứ|thống\s+đốc)(?!\w)"
)
_APPOSITION: Final = (
    rf"[-–—,]\s*{_TITLE_HEAD}"
    rf"(?:[^-–—,.;:()\n]|[-–](?!\s*(?:{_ELECTED_VERB}|{_TITLE_HEAD}))){{0,100}}"
    r"(?:\([^()]{0,40}\)\s*)?"
)
_ELECTED_AFTER: Final = re.compile(
    rf"\s*(?:\([^()]{{0,80}}\)\s*)?(?:(?:{_APPOSITION}){{1,4}}[-–—,]?\s*)?{_ELECTED_VERB}"
)
#: and before it: "bầu ông X giữ chức", "bầu lại đồng chí X"
_ELECTED_BEFORE: Final = re.compile(
    r"(?<!\w)(?:bầu|bầu\s+lại|tái\s+bầu|bổ\s+nhiệm)\s+(?:(?:ông|bà|đồng\s+chí|ngài)\s+)?$"
)


def with_elected_addressee(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A message with its senders only, whose sentence opens on "Nhân dịp <X elected>": X
    (every one so elected) is the addressee."""
    at = lead_phrase(view, main, own, "message", _OCCASION)
    if at is None or main.objects or not main.subjects:
        return main
    low = view.lower
    senders = {p.name for p in main.subjects}
    elected: list[Person] = []
    for mention in view.mentions_in(at + len(_OCCASION), main.hit.start):
        if mention.person.name in senders:
            break  # the senders' clause: the occasion is over
        if _ELECTED_AFTER.match(low, mention.end, main.hit.start) or _ELECTED_BEFORE.search(
            low, max(at, mention.start - 24), mention.start
        ):
            elected.append(mention.person)
    if not elected:
        return main
    return with_roles(view, main.but(objects=unique_people(elected)), own, gaz)
