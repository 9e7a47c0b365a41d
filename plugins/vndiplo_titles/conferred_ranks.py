"""Ranks conferred on people named after them: "phong hàm Đại sứ bậc một cho ông X", "thăng
quân hàm Thiếu tướng cho đồng chí Y", "... cho các ông, bà: A, Vụ trưởng ...; B, ...".

The rank stands before "cho" (to), the receivers after it, so apposition never gives it to
them. Each person named between "cho" and the end of that conferral (the next conferral, the
end of the sentence or line) holds the rank as a title, as written. Only a rank that opens
with a capital is read ("phong hàm Đại sứ", not "phong hàm cho"); receivers are the people
the scan found there, so a count of officials ("cho 12 cán bộ") names no one.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from vndiplo.model import Person, Role

__all__ = ["with_conferred_ranks"]

#: A conferral: the verb, "hàm" (rank), the rank up to "cho". Case-blind for the verb only.
_CONFERRAL: Final = re.compile(
    r"(?<![^\W\d_])(?:[Pp]hong|[Tt]hăng|[Tt]ruy phong|[Tt]hăng cấp bậc)(?: quân)? hàm"
    r" (?P<rank>[A-ZĐÀ-Ỹ][^\n;:.,()]{1,60}?) cho "
)

#: Where one conferral's receivers end: a line, or a full stop before a space or the end.
_END: Final = re.compile(r"\n|\.(?:\s|$)")


def with_conferred_ranks(people: list[Person], text: str) -> list[Person]:
    """``people`` (mentions in ``text``'s offsets) with each conferred rank added to the
    titles of the people named among its receivers."""
    if "hàm " not in text:
        return people
    spans = []
    found = list(_CONFERRAL.finditer(text))
    for k, m in enumerate(found):
        stop = _END.search(text, m.end())
        end = stop.start() if stop is not None else len(text)
        if k + 1 < len(found):
            end = min(end, found[k + 1].start())
        spans.append((m.group("rank").strip(), m.end(), end))
    if not spans:
        return people
    out = []
    for person in people:
        ranks = [
            rank
            for rank, a, b in spans
            if rank not in person.titles and any(a <= s.start < b for s in person.mentions)
        ]
        if ranks:
            person = attrs.evolve(
                person,
                titles=(*person.titles, *ranks),
                roles=(*person.roles, *(Role(rank, gloss="Conferred rank") for rank in ranks)),
            )
        out.append(person)
    return out
