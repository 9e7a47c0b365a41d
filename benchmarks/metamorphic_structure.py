"""Layout rewrites for ``benchmarks.metamorphic``: a page cut short, a date moved in its sentence.

``truncate`` is what a crawler that stops early hands in: the page up to the paragraph after the
main event's evidence, maybe ending mid-sentence. ``date_position`` moves a date that opens the
lead ("Chiều 5/3, A tiếp B.") to the end of its clause ("A tiếp B chiều 5/3.").
"""

from __future__ import annotations

import re
from itertools import pairwise

from benchmarks.metamorphic_transforms import Found, Rewrite, _same, _seed
from vndiplo.text import normalize

# 11. truncate -------------------------------------------------------------------------------


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts += [i + 1 for i, c in enumerate(text) if c == "\n"]
    return starts


def _mid_sentence_cut(line: str) -> int | None:
    """A word boundary near the middle of ``line`` between two lower-case words: a cut there
    leaves no half of a name ("Nguyễn Văn" without its last word) and no half of a number."""
    words = list(re.finditer(r"\S+", line))
    if len(words) < 8:
        return None
    best: int | None = None
    middle = len(line) // 2
    for a, b in pairwise(words):
        plain = a.group().isalpha() and a.group().islower() and b.group()[0].islower()
        if plain and (best is None or abs(a.end() - middle) < abs(best - middle)):
            best = a.end()
    return best


def cut_after(text: str, evidence_end: int, mid_sentence: bool) -> str | None:
    """The page up to the paragraph holding ``evidence_end`` plus the next non-empty one; that
    last paragraph cut mid-sentence when asked and possible. ``None`` when nothing follows."""
    starts = _line_starts(text)
    lines = text.split("\n")
    here = max(i for i, s in enumerate(starts) if s <= max(evidence_end - 1, 0))
    nxt = next((i for i in range(here + 1, len(lines)) if lines[i].strip()), None)
    if nxt is None or not any(line.strip() for line in lines[nxt + 1 :]):
        return None
    kept = lines[: nxt + 1]
    if mid_sentence and (cut := _mid_sentence_cut(kept[-1])) is not None:
        kept[-1] = kept[-1][:cut]
    return "\n".join(kept)


def _kept_alone(name: str, kept: str, names: set[str]) -> bool:
    """``name`` is written in the kept text (compared as the pipeline reads it: "Thuý" is
    "Thúy") other than inside a longer name found on the page: "Văn Sơn" whose only kept
    mention is in "Nguyễn Văn Sơn" came from the part cut off, and is no longer expected."""
    if name not in kept:
        return False
    for other in names:
        longer = normalize(other)
        if name in longer and longer != name:
            kept = kept.replace(longer, " ")
    return name in kept


def truncate(text: str, found: Found) -> Rewrite | None:
    """The main event keeps its evidence whole; a person whose full name was cut is no longer
    expected (``forward`` maps the name to nothing: a short "ông X" left cannot give it back),
    everyone else must stay. The page's own date stamp may be cut: the crawler hands in the
    date the original run used, as a feed's metadata would."""
    if found.evidence is None:
        return None
    new = cut_after(text, found.evidence[1], mid_sentence=_seed(found.page, "cut") % 2 == 0)
    if new is None:
        return None
    names = set(found.names)
    kept = normalize(new)

    def forward(value: str) -> str:
        if value in names and not _kept_alone(normalize(value), kept, names):
            return ""
        return value

    return Rewrite(new, forward, published=found.published)


# 12. date_position --------------------------------------------------------------------------

_PARTS = "Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Đêm"
#: A date that opens a line, maybe after a short dateline ("(ABC) - "): "Chiều 5/3, ".
_FRONT_DATE = re.compile(
    rf"(?m)^((?:[^\n]{{1,40}}? [-–] )?)({_PARTS}) (ngày )?"
    r"(\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?), "
)
#: The clause moved past: plain words up to the sentence's full stop, nothing that could make a
#: date at its end read as part of a later clause (a comma, a list, a quote, another number).
#: The full stop must follow a lower-case letter: "TP. Hồ Chí Minh" is no sentence end.
_PLAIN_CLAUSE = re.compile(
    r"([A-ZĐÀ-Ỹ][^,;:()\"“”\d\n.]{10,240}?(?<![A-ZĐ]))\.(?= [A-ZĐÀ-Ỹ]|\s*$|\n)"
)


def _rewrite_front(m: re.Match[str]) -> tuple[str, int]:
    """The replacement of one fronted date and where the replaced text ends."""
    head, part, day_word, date = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    clause = _PLAIN_CLAUSE.match(m.string, m.end())
    if clause and len(clause.group(1).split()) >= 4:
        return f"{head}{clause.group(1)} {part.lower()} {day_word}{date}.", clause.end()
    if part in ("Ngày", "Hôm"):
        return m.group(0), m.end()
    return f"{head}{part} {'' if day_word else 'ngày '}{date}, ", m.end()


def move_fronted_dates(text: str) -> str:
    """ "Chiều 5/3, A tiếp B tại C." -> "A tiếp B tại C chiều 5/3." when the sentence is one
    plain clause; otherwise "Chiều 5/3," <-> "Chiều ngày 5/3," (the day named, the same date).
    A "Ngày 5/3," or "Hôm 5/3," before a longer sentence stays: there is no safe other place."""
    out: list[str] = []
    pos = 0
    for m in _FRONT_DATE.finditer(text):
        replacement, end = _rewrite_front(m)
        out.append(text[pos : m.start()] + replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def date_position(text: str, found: Found) -> Rewrite | None:
    new = move_fronted_dates(text)
    return Rewrite(new, _same) if new != text else None
