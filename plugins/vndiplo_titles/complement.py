"""One title and its complement: "Bộ trưởng Bộ Ngoại giao Trung Quốc", "Đại sứ Việt Nam tại
Nhật Bản", "Bí thư Khu ủy Quảng Tây, Trung Quốc", up to the name after it, if any.

A title is a head from the lexicon ("Bộ trưởng"), optional modifiers ("nguyên", "Quyền",
"Phó") and a complement that runs over organisation words, lower-case words and places until
punctuation, a verb or function word (the stop list), or a capitalised run that
:func:`~vndiplo_titles.names.split_run` reads as a name.

Each construction the complement may hold is one *step*, a function in the module of the
class of token that opens it (:mod:`.complement_capitals`, :mod:`.complement_joiners`,
:mod:`.complement_lower`, :mod:`.complement_marks`); :data:`STEPS` lists, for each class
(capitalised word, conjunction, number, parenthesis, lower-case word), the steps tried in
order; :mod:`.complement_state` holds what they share. A step returns :data:`SKIP` (not
this construction), :data:`NEXT` (consumed tokens; read on), :data:`STOP` (the title ends
before this token) or :data:`DONE` (the title ends, and :attr:`Read.name` /
:attr:`Read.more` say what follows it). Every :data:`NEXT` advances, so the loop ends.
"""

from __future__ import annotations

from vndiplo_titles.complement_capitals import CAPITAL_STEPS, place_or_org
from vndiplo_titles.complement_joiners import JOINER_STEPS
from vndiplo_titles.complement_lower import LOWER_STEPS
from vndiplo_titles.complement_marks import (
    dash_in_organisation,
    dashed_title,
    double_title,
    parenthesis,
    unit_number,
)
from vndiplo_titles.complement_state import (
    DONE,
    NEXT,
    SKIP,
    STOP,
    Parsed,
    Read,
    Step,
    TitleParse,
)
from vndiplo_titles.constructions import CONJUNCTION, DASHES, MAX_TITLE
from vndiplo_titles.cursor import Cursor, Head

__all__ = ["DONE", "NEXT", "SKIP", "STEPS", "STOP", "Read", "TitleParse", "read_title"]


def read_title(c: Cursor, i: int, head: Head) -> Parsed:
    """Parse the title at ``i``; return (title, name span or None, next index, continues).

    ``continues`` is true when a comma (or "và") and another title follow, so the caller
    reads a chain; the next index then points at that title.
    """
    tp = TitleParse(
        i, i + head.length, head.info, i + head.core, i + head.length, set(head.modifiers)
    )
    s = Read(tp)
    t = c.t
    limit = min(c.n, i + MAX_TITLE)
    while s.j < limit:
        tok = t[s.j]
        if tok.cap:
            kind = "capital" if tok.word else "capital mark"
        elif tok.text == "," or (tok.fold == CONJUNCTION and not s.locating):
            kind = "joiner"
        elif tok.word:
            kind = "lower"
        elif tok.text.isdigit():
            kind = "number"
        elif tok.text == "(":
            kind = "parenthesis"
        elif tok.text in DASHES:
            kind = "dash"
        else:
            break  # a newline, any other punctuation
        outcome = SKIP
        for step in STEPS[kind]:
            outcome = step(c, s)
            if outcome:
                break
        if outcome == NEXT:
            continue
        if outcome == DONE:
            return tp, s.name, s.j, s.more
        break  # STOP, or no construction of this class applies
    return tp, None, s.j, False


#: The constructions a title's complement may hold, by the class of token that opens them,
#: each tried in order; a token of no class (a newline, other punctuation) ends the title.
STEPS: dict[str, tuple[Step, ...]] = {
    "capital": CAPITAL_STEPS,
    "capital mark": (place_or_org,),  # a capitalised non-letter ("Ⅳ"): only a lexicon key
    "joiner": JOINER_STEPS,
    "lower": LOWER_STEPS,
    "number": (unit_number,),
    "parenthesis": (parenthesis,),
    "dash": (double_title, dashed_title, dash_in_organisation),
}
