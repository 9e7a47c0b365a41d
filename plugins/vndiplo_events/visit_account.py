"""The event a visit's account goes on to tell, when the body refers back to it.

"Ngày 4/5, đoàn tỉnh A đã sang thăm huyện B. Tiếp đoàn có ông X ... Tại buổi tiếp, ông X ..."
opens with the visit, but what the article tells is the reception the next sentence reports and
the body then refers back to ("Tại buổi tiếp", "Tại cuộc hội đàm"): that event is the main one.
"X bắt đầu chuyến thăm Y. Tại cuộc hội đàm với X, Z khẳng định ..." likewise tells the talks.
A visit whose next sentence only lists who welcomed the delegation, with no account of a
reception after it ("Đón tiếp và làm việc với đoàn có ..."), stays the main event. A working
session or meeting reported with its people in the next sentence and referred back to ("Chiều
7/5, X đã làm việc với đoàn. Tại buổi làm việc, ...") is told the same way. So is an act chained
to the visit in its own clause ("đã thăm tỉnh K, tiếp Thống đốc G và gặp doanh nghiệp. Tại buổi
tiếp, ..."): the act the body refers back to is what the article tells; with no later
back-reference the visit written first stays. A visit that names no host gives way, with no
back-reference, to the talks or reception the next sentence reports between the visitor and a
named counterpart (round 14).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["event_told_after_visit"]

#: the events an account of a visit is given of ("Tại buổi tiếp", "Tại cuộc hội đàm")
_TOLD: Final = frozenset({"reception", "talks", "meeting"})
#: told only when reported with its people ("X đã làm việc với đoàn. Tại buổi làm việc, ..."):
#: a bare "buổi làm việc" (a caption, "nhân chuyến thăm, làm việc với X") is no account
_REPORTED_ONLY: Final = frozenset({"meeting"})
#: the acts chained to a visit in its clause that the body's account may be of ("Tại buổi
#: tiếp/hội đàm"); a bare working session or meeting word is a part of the visit
_CHAINED_TOLD: Final = frozenset({"reception", "talks"})
#: a visit written as a noun names the trip, not an act of a chain ("chuyến thăm")
_VISIT_NOUNS: Final = ("chuyến", "cuộc", "buổi")
#: how many sentences after the visit's own its account may begin
_REACH: Final = 2


def event_told_after_visit(
    main: Candidate,
    candidates: Sequence[Candidate],
    finish_backrefs: Callable[[Sequence[Candidate]], list[Candidate]],
    welcome_lists: frozenset[int] = frozenset(),
    view: ArticleView | None = None,
) -> tuple[Sequence[Candidate], Candidate]:
    """(candidates, main): a reception or talks told in the sentence right after a reported
    visit, and referred back to there or later (before any other report of its type), with
    people; else ``main`` unchanged. A back-reference that becomes the main event is finished
    (its sides worked out), and the candidates returned are the finished ones. A working
    session keyed in ``welcome_lists`` lists who received the delegation ("Đón tiếp và làm việc
    với đoàn có: A; B"): no account of its own (a listed "Tiếp đoàn có X" still is)."""
    if main.type != "visit" or main.form != "reported" or main.embedded:
        return candidates, main
    # the next sentence with an event word: a line with none between ("Video không hợp lệ", a
    # caption) does not part the visit from its account
    nxt = next(
        (
            c.sentence_index
            for c in candidates
            if main.sentence_index < c.sentence_index <= main.sentence_index + _REACH
        ),
        None,
    )
    # an act chained after the visit verb in its own clause, then the next sentence's; acts
    # told "during the visit" ("Trong chuyến thăm, X đã hội đàm ..., tiếp kiến ...") are its
    # parts (visit_during.py)
    verb = not main.hit.trigger.phrase.startswith(_VISIT_NOUNS)
    chained = [
        c
        for c in candidates
        if verb
        and c.sentence_index == main.sentence_index
        and c.hit.start > main.hit.end
        and c.form == "reported"
        and c.type in _CHAINED_TOLD
    ]
    nxt_cands = [c for c in candidates if c.sentence_index == nxt]
    told = next(
        (
            c
            for c in (*chained, *nxt_cands)
            if not (c.type in _REPORTED_ONLY and c.key in welcome_lists)
            and (_tellable(c) or (view is not None and _between_delegations(view, main, c)))
            and (_referred_back(c, candidates) or _meets_the_visitor(main, c, view))
        ),
        None,
    )
    if told is None:
        return candidates, main
    if told.form == "backref":
        finished = finish_backrefs(candidates)
        told = finished[told.key]
        return (finished, told) if told.participants else (candidates, main)
    return candidates, told


def _tellable(cand: Candidate) -> bool:
    """A reception or talks of the body's own account: a back-reference ("Tại cuộc hội đàm
    với X, ...") or a report with people, neither framed, embedded, planned nor secondary."""
    if cand.type in _REPORTED_ONLY and cand.form != "reported":
        return False
    return (
        cand.type in _TOLD
        and cand.frame is None
        and not (cand.embedded or cand.planned or cand.secondary)
        and (cand.form == "backref" or (cand.form == "reported" and bool(cand.participants)))
    )


def _referred_back(told: Candidate, candidates: Sequence[Candidate]) -> bool:
    """``told`` is itself a back-reference, or one of its type follows it before any other
    report of that type: "Tiếp đoàn có X. ... Tại buổi tiếp, ..." refers to that reception."""
    if told.form == "backref":
        return True
    for cand in candidates:
        if cand.key == told.key or cand.sentence_index < told.sentence_index:
            continue
        if cand.type != told.type or cand.embedded:
            continue
        if cand.form == "backref":
            return True
        # "Tham dự hội đàm có ...", "Hai bên đã hội đàm": no one named, the same act retold
        if cand.form == "reported" and cand.participants:
            return False
    return False


def _meets_the_visitor(visit: Candidate, told: Candidate, view: ArticleView | None = None) -> bool:
    """``told``, reported with people right after a visit that names no host, has the
    visitor meet a named counterpart ("X đã có chuyến thăm tỉnh B. Tại tỉnh B, X đã hội đàm
    với ông Y, Bí thư Tỉnh ủy"): the account of what the visit was, whatever the paragraph
    opens with (a place, a number, a date) and with no back-reference after it."""
    if told.form != "reported" or told.type not in _CHAINED_TOLD or not _tellable(told):
        return False  # not planned, framed, embedded in what is told, nor without people
    if told.hit.trigger.phrase in _WELCOME_WORDS or _spans_days(visit):
        return False  # the arrival ceremony, or one act of a trip of several days
    if view is not None and _MENTIONED.search(
        view.lower, max(0, told.hit.start - 24), told.hit.start
    ):
        return False  # "kết quả trong cuộc hội đàm với B": a mention, not the act told
    if visit.iso_date and told.iso_date and not _same_day(visit.iso_date, told.iso_date):
        return False  # another day
    if view is not None and _other_year(view, visit, told):
        return False  # "Trong chuyến thăm năm 2019, ông đã hội đàm ...": another trip
    if any(p.role == "host" for p in visit.participants):
        return False
    visitors = {p.name for p in visit.participants}
    met = {p.name for p in told.participants}
    # the visitor named as a side of the act itself, not only resolved from "hai Bộ trưởng",
    # "ông" or the page ("thông tin về kết quả cuộc hội đàm với B": what is told)
    named = {p.name for p in (*told.subjects, *told.objects)}
    return bool(visitors & named) and bool(met - visitors)


#: an act noun after a preposition is mentioned, not told ("trong cuộc hội đàm", "về buổi tiếp")
_MENTIONED: Final = re.compile(
    r"(?<!\w)(?:trong|về|của|sau|trước|qua|kết\s+thúc|sau\s+khi)\s+(?:(?:cuộc|buổi)\s+)?$"
)
#: a year written before the act in its sentence ("Trong chuyến thăm năm 2019, ông ...")
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _other_year(view: ArticleView, visit: Candidate, told: Candidate) -> bool:
    """A year written before ``told`` in its sentence that is not the visit's."""
    start = view.sentences[told.sentence_index].start
    years = _YEAR.findall(view.lower, start, told.hit.start)
    return bool(years) and not (visit.iso_date or "").startswith(years[-1])


def _same_day(first: str, second: str) -> bool:
    """Two ISO values name the same day or one holds the other ("2024-05-03", "2024-05")."""
    return first.startswith(second[:10]) or second.startswith(first[:10])


#: a welcome is the arrival ceremony of the visit, not an account of it ("lễ đón", "đón")
_WELCOME_WORDS: Final = frozenset({"đón", "lễ đón", "đón tiếp", "chủ trì lễ đón"})


def _spans_days(visit: Candidate) -> bool:
    """The visit is dated by a span of days: a trip whose acts are its parts."""
    return "/" in (visit.iso_date or "")


#: a delegation as the subject of the act: "đoàn đại biểu Bộ A và đoàn Bộ B đã hội đàm"
_DELEGATION: Final = re.compile(r"(?<!\w)(?:phái\s+)?đoàn(?!\w)")


def _between_delegations(view: ArticleView, visit: Candidate, cand: Candidate) -> bool:
    """``cand`` is talks or a reception reported with no one named because its subject is two
    delegations ("đoàn Bộ A và đoàn Bộ B đã tiến hành hội đàm"), after a visit whose guest
    leads one of them: each delegation's acts go to its named head (README round 10 #9), which
    the main event's sides then take (main_sides.py)."""
    if cand.type not in _CHAINED_TOLD or cand.form != "reported" or cand.participants:
        return False
    if cand.frame is not None or cand.embedded or cand.planned or cand.secondary:
        return False
    if not any(p.role == "guest" for p in visit.participants):
        return False
    sentence = view.sentences[cand.sentence_index]
    subject = view.lower[sentence.start : cand.hit.start]
    return len(_DELEGATION.findall(subject)) >= 2 and " và " in subject
