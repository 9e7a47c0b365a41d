"""An act told only as a noun in a frame that opens its clause: "Tại buổi tiếp B (sang thăm ...)
chiều 5/3, A nhấn mạnh ...", "Trong cuộc hội đàm với B, A đề nghị ...", "Trong khuôn khổ buổi
làm việc với đoàn B, A ...".

Such a frame is the page's own act, not a reference back to one, when no act reported before
it tells it or outranks it (an arrival welcome does neither): its noun gives the
type, the people of its object (up to the comma that closes it) the other side, and the
subject of the clause after that comma the actor, as the verb form of the same sentence
("Chiều 5/3, A tiếp B ...") does. The guest's own purpose inside the object ("sang thăm",
"đến chào") is a later trigger and stays under the act. Kept apart from the
mention forms (mention_form.py), which read only the words before a trigger: whether the frame
closes on a person's clause needs the words after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.cues import Cues
from vndiplo_events.finding import CALLS, fill_zones
from vndiplo_events.frames import Frame, _top_level_commas
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView
from vndiplo_events.welcome_gives_way import is_arrival_welcome

__all__ = ["FrameSides", "frame_act_sides", "reported_frame_acts", "told_before"]

#: the acts of two sides a frame noun names
_TWO_SIDED: Final = frozenset({"reception", "meeting", "talks", "phone_call"})
#: the frame's opening right before the act noun: "tại/trong/ở (khuôn khổ) (các) buổi/cuộc"
#: (the classifier may be the trigger's own first word)
_OPENING: Final = re.compile(
    r"(?<!\w)(?:tại|trong|ở)\s+(?:khuôn\s+khổ\s+)?(?:(?:các|những)\s+)?(?:(?:buổi|cuộc)\s+)?$"
)
_CLASSIFIED: Final = re.compile(r"(?:buổi|cuộc)\s+$")
#: what may stand before the opening in its clause: nothing, or a fronted time or place closed
#: by a comma ("Chiều 5/3, tại C, trong buổi tiếp ..."), or a dateline's dash
_OPENS_CLAUSE: Final = re.compile(r"(?:^|[,:\-–—(]|\n)\s*$")
#: a frame that names an earlier occasion ("Tại buổi tiếp B hôm qua, ..."): no act told here
_EARLIER: Final = re.compile(
    r"(?<!\w)(?:hôm\s+qua|hôm\s+trước|trước\s+đó|lần\s+trước|năm\s+ngoái|(?:tuần|tháng|năm)"
    r"\s+trước|(?:tuần|tháng|năm)\s+qua|hồi|(?:đầu|cuối|giữa)\s+(?:năm|tháng|tuần))(?!\w)"
)
#: words that open a segment about someone who is not its subject ("..., do bà X làm trưởng
#: đoàn, ...", "..., cùng ông X, ...")
_NOT_SUBJECT: Final = re.compile(
    r"\s*(?:do|của|cùng|với|và|gồm|trong\s+đó|là|tới|đến|sang|theo|nhân|bên)(?!\w)"
)
#: relation words before a name in the segment: the name is governed, no subject ("..., Trung
#: Quốc do ông X dẫn đầu")
_RELATION: Final = re.compile(r"(?<!\w)(?:do|cùng|với|gồm|trong\s+đó)(?!\w)")
#: the guest's own coming after his name: a motion verb, maybe with its aspect ("đang thăm")
_GUEST_PURPOSE: Final = re.compile(r"(?:(?:đang|đã|vừa)\s+)?(?:sang|đến|tới|về|thăm)(?!\w)")
#: the next word after a name, maybe after a comma
_NEXT_WORD: Final = re.compile(r"\s*(,)?\s*(\w+)")
#: a person's clause opens on a capitalised title or name, or on an honorific
_SUBJECT_OPENING: Final = re.compile(r"\s*(?:[A-ZĐÀ-Ỹ]|(?:đồng\s+chí|ông|bà|ngài)(?!\w))")
#: a delegation named as the frame's object, no person in it ("buổi tiếp Đoàn")
_DELEGATION: Final = re.compile(r"(?<!\w)đoàn(?!\w)")
#: the first word of the frame's object when it is someone's title or honorific (after "với")
_SIDE_OPENING: Final = re.compile(
    r"\s*(?:(?:với|giữa)\s+)?(?:(?:các|những)\s+)?(?:[A-ZĐÀ-Ỹ]|(?:ông|bà|ngài|đồng\s+chí)(?!\w))"
)
#: the actor's predicate says the act is still to come ("A dự kiến sẽ nói ..."): no act told
_PLANNED: Final = re.compile(r"\s*(?:(?:dự\s+kiến|dự\s+định|có\s+thể)\s+)?(?:sẽ|sắp)(?!\w)")
#: how far into the segment after the closing comma its subject may be named
_SUBJECT_REACH: Final = 90


@frozen
class FrameSides:
    """The actor after the frame, the other side inside it, and the frame's closing comma."""

    subjects: tuple[Person, ...]
    objects: tuple[Person, ...]
    close: int


def frame_act_sides(view: ArticleView, sentence: Sentence, cand: Candidate) -> FrameSides | None:
    """The sides of ``cand`` when it is a two-sided act noun in a frame opening its clause and
    closed by a comma after which a person's clause begins; else None."""
    if cand.type not in _TWO_SIDED:
        return None
    low, text, hit = view.lower, view.text, cand.hit
    opening = _OPENING.search(low, max(sentence.start, hit.start - 40), hit.start)
    if opening is None:
        return None
    classified = _CLASSIFIED.search(
        low, opening.start(), hit.start
    ) or hit.trigger.phrase.startswith(("buổi ", "cuộc "))
    if not classified or not _OPENS_CLAUSE.search(text[sentence.start : opening.start()]):
        return None
    end = low.find(";", hit.end, sentence.end)
    end = sentence.end if end == -1 else end
    commas = _top_level_commas(text, hit.end, end)
    if not commas or not _names_a_side(view, hit.end, commas[0]):
        return None  # "Tại buổi tiếp, A ...", "Trong cuộc hội đàm tại X, A": a reference back
    for comma in commas:
        if _EARLIER.search(low, hit.end, comma) or _coarse_date(view, hit.end, comma):
            return None  # "Tại buổi tiếp B hôm qua / hồi tháng 9, ...": an earlier occasion
        subject = _subject_after(view, comma, end)
        if subject is None:
            continue
        objects = unique_people(
            m.person for m in principals(low, view.mentions_in(hit.end, comma), floor=hit.end)
        )
        names = {p.name for p in objects}
        if subject.name in names:
            return None
        return FrameSides((subject,), objects, comma)
    return None


def _names_a_side(view: ArticleView, start: int, end: int) -> bool:
    """The words right after the act noun, to its first comma, name a person or a delegation:
    a person's mention, a title or honorific first ("buổi tiếp Bộ trưởng ...", "cuộc gặp với
    ông ..."), or "đoàn"; not a place ("cuộc hội đàm tại Nhà Trắng")."""
    if view.mentions_in(start, end) or _DELEGATION.search(view.lower, start, end):
        return True
    return _SIDE_OPENING.match(view.text, start, end) is not None


def _coarse_date(view: ArticleView, start: int, end: int) -> bool:
    """A month or a year in the frame ("tại Hà Nội tháng 9/2019"): an occasion recalled."""
    return any(d.expr.kind in ("month", "year") for d in view.dates_in(start, end))


def _subject_after(view: ArticleView, comma: int, end: int) -> Person | None:
    """The person whose clause opens right after ``comma``: a title, name or honorific first,
    the person named within reach, and after the name (and a title in apposition) a predicate.
    A person after "do", "cùng" ... ("Trung Quốc do ông X dẫn đầu") or followed by a clause of
    his own ("Bộ trưởng X, đang thăm ...") is still in the frame's object."""
    low, text = view.lower, view.text
    if _NOT_SUBJECT.match(low, comma + 1) or not _SUBJECT_OPENING.match(text, comma + 1):
        return None
    reach = min(end, comma + 1 + _SUBJECT_REACH)
    named = view.mentions_in(comma + 1, reach)
    if not named:
        return None
    first = named[0]
    # the title before the name belongs to it: no other comma, no relation word between
    if text.find(",", comma + 1, first.start) != -1 or _RELATION.search(
        low, comma + 1, first.start
    ):
        return None
    if _PLANNED.match(low, first.end):
        return None  # "Trong cuộc điện đàm với B, A dự kiến sẽ ...": still to come
    return first.person if _predicate_follows(view, first.end, end) else None


def _predicate_follows(view: ArticleView, pos: int, end: int) -> bool:
    """After a name at ``pos``: a lower-case word (the verb), or a comma, a title in apposition
    that opens with a capital and runs on into lower-case words."""
    text = view.text
    after = _NEXT_WORD.match(text, pos, end)
    if after is None:
        return False
    if after.group(1) is None:
        # "B sang thăm ...", "B đến chào": the guest's purpose, still inside the frame
        return after.group(2)[:1].islower() and not _GUEST_PURPOSE.match(view.lower, after.start(2))
    apposition_end = text.find(",", after.end(), end)
    apposition_end = end if apposition_end == -1 else apposition_end
    word = after.group(2)
    if not word[:1].isupper():
        return False
    # "X, Phó Chủ tịch UBND tỉnh tặng quà": the apposition runs on into the predicate
    return apposition_end == end or any(
        w[:1].islower() for w in text[after.start(2) : apposition_end].split()[2:]
    )


def told_before(
    view: ArticleView, earlier: Sequence[Candidate], cand: Candidate, sides: FrameSides
) -> bool:
    """An act reported before the frame that it may refer back to or that outranks it: one
    of the same type by the same actor (to the same other side when the frame names one), or
    an act of another type ("trình Quốc thư", then "Trong buổi hội kiến ..."; a visit begun,
    whose account the back-reference stays, visit_account.py). An arrival welcome does not
    count (it gives way to the act after it, welcome_gives_way.py)."""
    actor = {p.name for p in sides.subjects}
    others = {p.name for p in sides.objects}
    for before in earlier:
        if before.form != "reported" or before.secondary:
            continue
        if is_arrival_welcome(view, before):
            continue
        if before.type != cand.type:
            return True
        # either way round: "A chào xã giao B" has B as its subject (the host)
        named = {p.name for p in (*before.subjects, *before.objects)}
        if actor & named and (not others or others & named):
            return True
    return False


def reported_frame_acts(
    view: ArticleView,
    cues: Cues,
    sentence: Sentence,
    hits: Sequence[TriggerHit],
    frames: Sequence[Frame],
    built: Sequence[Candidate],
    earlier: Sequence[Candidate],
) -> list[Candidate]:
    """``built`` (one sentence's candidates) with a back-reference or framed act noun that
    opens its clause and tells an act not told before made a reported act, sides from the
    frame (see the module docstring)."""
    out = list(built)
    for i, cand in enumerate(out):
        if cand.form not in ("backref", "framed"):
            continue
        sides = frame_act_sides(view, sentence, cand)
        if sides is None or told_before(view, [*earlier, *out[:i]], cand, sides):
            continue
        zoned = fill_zones(
            view,
            cues,
            cand.but(form="reported", frame=None),
            sentence,
            hits,
            hits.index(cand.hit),
            frames,
        )
        # the object zone's people before the closing comma (a list of envoys, a led
        # delegation's head), else the frame's
        objects = tuple(p for p in zoned.objects if p.name not in {s.name for s in sides.subjects})
        subjects, objects = sides.subjects, objects or sides.objects
        if cand.hit.trigger.phrase in CALLS:
            # "Tại buổi chào xã giao B, A ...": A calls on B, who receives him (as finding.py)
            subjects, objects = objects, subjects
        out[i] = zoned.but(
            subjects=subjects,
            objects=objects,
            occasion=None,
            # the object ends with the frame: the main clause after it is the actor's
            zone_end=min(zoned.zone_end, sides.close),
            # the frame opens the clause: its fronted date and place are the act's, as they are
            # a verb's ("Chiều 5/3, tại C, nhân dịp dự X, trong buổi tiếp B, A ...")
            scope_start=zoned.scope_start if zoned.embedded else sentence.start,
        )
        # "Tại cuộc hội đàm với B, trong khuôn khổ chuyến thăm ..., A ...": a framed event with
        # nobody of its own between the act and its subject is the subject's, as finding.py
        # gives it the principal's subject when the frame comes first
        out = [
            c.but(subjects=sides.subjects)
            if c.form == "framed"
            and not c.subjects
            and c.frame is not None
            and cand.hit.end <= c.frame.start
            and c.frame.end <= sides.close + 1
            else c
            for c in out
        ]
    return out
