"""The hosts of a reception told without a subject: "Tiếp Đại sứ X có Chủ tịch tỉnh Y", "Tiếp
đoàn có các đồng chí: A, ...; B, ..." name the guest after the trigger and, after "có", those
who received him, so the people named after "có" host and those before it are guests."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_host_after_fronted_clause", "with_hosts_after_co"]

#: nothing but punctuation, digits, a time phrase or a place before the trigger opening the
#: sentence: "Chiều 21/9, tại Phủ Chủ tịch, ", "Chiều ngày 21/9, ", "Vào sáng hôm 3/5, ",
#: "Ngày 3/5, ", "Tối thứ Sáu, 4/7, " (the day named or not, the same opening)
_OPENS: Final = re.compile(
    r"[\W\d]*(?:(?:vào\s+)?(?:(?:(?:sáng|chiều|tối|trưa|đêm)(?:\s+(?:ngày|hôm))?|ngày|hôm)"
    r"(?:\s+(?:thứ\s+\w+|chủ\s+nhật))?|cùng\s+ngày)[\W\d]*)?"
    r"(?:(?:tại|ở)\s[^,;.:]{1,60},\s*)?"
)
#: "có", "có các đồng chí:", "còn có ông": who else is there, the hosts after it
_CO: Final = re.compile(r"(?<!\w)(?:còn\s+)?có(?:\s+(?:các|sự\s+tham\s+dự\s+của))?(?!\w)")
#: a short feeling or manner before a fronted trigger: "Vui mừng tiếp đón", "Trân trọng đón",
#: "Bày tỏ vui mừng được gặp lại", "Rất hân hạnh được đón"
_MANNER: Final = re.compile(
    _OPENS.pattern
    + r"(?:bày\s+tỏ\s+(?:sự\s+)?)?"
    + r"(?:(?:rất\s+)?(?:vui\s+mừng|vui|phấn\s+khởi|trân\s+trọng|thân\s+mật|nồng\s+nhiệt"
    + r"|hân\s+hạnh|vinh\s+dự)\s+)?(?:được\s+)?"
)
#: events whose two sides a fronted clause splits: the one met, then the one meeting him
_MET: Final = frozenset({"reception", "meeting", "talks"})


def with_hosts_after_co(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A reception opening its sentence with the trigger: the people named after a "có" are
    its hosts, those named between the trigger and "có" its guests ("Tiếp Hoàng tử X có Chủ
    tịch tỉnh Y", "Đón tiếp đoàn tỉnh A, về phía tỉnh B có ông C, ông D")."""
    if main.type != "reception" or not (main.subjects or main.objects):
        return main
    low = view.lower
    sentence = own.sentence
    if _OPENS.fullmatch(low, sentence.start, main.hit.start) is None:
        return main
    mentions = view.mentions_in(main.hit.end, main.zone_end)
    if not mentions:
        return main
    co = _CO.search(low, main.hit.end, mentions[-1].start)
    if co is None:
        return main
    # a guest before "có" may be named by title only ("Tiếp Tổng lãnh sự Lào có ..."): the
    # steps after this one look for his name
    hosts = unique_people(m.person for m in mentions if m.start >= co.end())
    named = {p.name for p in hosts}
    guests = unique_people(
        m.person for m in mentions if m.end <= co.start() and m.person.name not in named
    )
    if not hosts or any(p.name not in named for p in main.subjects):
        return main
    # none named before "có" ("Tiếp và làm việc với đoàn công tác, về phía tỉnh có C"): the
    # guest the choice already gave it (the lead's visitor, visit_account.py) stays
    kept = tuple(p for p in main.objects if p.name not in named)
    return with_roles(view, main.but(subjects=hosts, objects=guests or kept), own, gaz)


def with_host_after_fronted_clause(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A reception (a meeting, talks) fronted with its guest ("Vui mừng tiếp đón Đại sứ X đến
    làm việc tại Bộ, Thứ trưởng Y cho biết ...", "Bày tỏ vui mừng được gặp lại X, Y khẳng định
    ..."): the clause has no subject of its own, so the person opening the clause after a later
    comma is the one receiving, though the guest's own errand ("đến làm việc") cut the object
    short, and though the guest is named by no name ("Rất vui được đón đoàn cán bộ huyện
    X, Chủ tịch Y ...": Y hosts, no longer read as the object)."""
    if main.type not in _MET or main.subjects:
        return main
    low, text = view.lower, view.text
    sentence = own.sentence
    if not sentence.start <= main.hit.start < main.hit.end <= sentence.end:
        return main  # told by a lead caption (an empty hit): no clause fronted in the body
    if _MANNER.fullmatch(low, sentence.start, main.hit.start) is None:
        return main
    # the guests are those the fronted clause names, up to its first comma; with none named
    # ("đón đoàn cán bộ huyện X, ông Y ...") the clause is read from the trigger on
    first = view.mentions_in(main.hit.end, sentence.end)
    clause_end = text.find(",", main.hit.end, sentence.end)
    if first and (clause_end == -1 or first[0].end <= clause_end):
        guests = {p.name for p in main.objects}
        start = first[0].end
    else:
        guests, start = set(), main.hit.end
    comma = text.find(",", start, sentence.end)
    while comma != -1:
        following = text.find(",", comma + 1, sentence.end)
        segment_end = sentence.end if following == -1 else following
        later = [m for m in view.mentions_in(comma + 1, segment_end) if m.person.name not in guests]
        if later:
            host = later[0].person
            objects = tuple(p for p in main.objects if p.name in guests)  # none unnamed
            return with_roles(view, main.but(subjects=(host,), objects=objects), own, gaz)
        comma = following
    return main
