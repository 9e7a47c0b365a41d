"""An act told inside a relative clause about the past (round 13).

"... tại Văn phòng Thủ tướng, nơi cách đây hai tuần, Thủ tướng đã tiếp một phái đoàn", "A tiếp
B, người từng hội đàm với C năm 2015", "... là nơi năm 1995 hai nước đã ký Hiệp định": the
clause recalls what the place or the person saw before; its act is background, never the page's
own (the announced or reported act of the lead), and lends it neither day nor place.

The clause is the one the dates read (recalled_clauses.py); an act may also stand after the
clause's fronted time phrase and its comma ("nơi cách đây 5 năm, ông đã tiếp ..."), which a
date inside the clause never does.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.recalled_clauses import recalling_clause_start

__all__ = ["in_recalling_clause"]

#: a relative clause opening on a fronted time phrase of the past and its comma: ", nơi cách
#: đây 5 năm,", "- nơi hồi tháng 3,", "là nơi năm 2010,"
_TIMED_OPENER: Final = re.compile(
    r"(?:[,–—]\s*|(?<!\w)-\s+|(?<!\w)là\s+)(?:(?:cũng|chính|đồng\s+thời)\s+)?(?:nơi|người)\s+"
    r"(?:mà\s+)?(?:cách\s+đây|hồi|trước\s+đây|vào\s+năm|năm\s+\d)[^,;:.!?()\n]{0,40},"
    r"[^,;:.!?()\n]*$"
)
#: the past the act is told in after that comma ("ông đã tiếp", "hai bên từng gặp")
_PAST_VERB: Final = re.compile(r"(?<!\w)(?:đã|từng|vừa)\s+(?:\w+\s+){0,2}$")
#: how far back from the act its clause may open
_REACH: Final = 160


def in_recalling_clause(low: str, floor: int, pos: int) -> bool:
    """The act at ``pos`` of the lower-cased text ``low`` (its sentence opening at ``floor``) is
    told inside a relative clause recalling the past."""
    if recalling_clause_start(low, floor, pos) is not None:
        return True
    start = max(floor, pos - _REACH)
    if "nơi" not in low[start:pos] and "người" not in low[start:pos]:
        return False
    return bool(
        _TIMED_OPENER.search(low, start, pos) and _PAST_VERB.search(low, max(start, pos - 30), pos)
    )
