"""A side named only by its office or its institution, resolved to the person holding it.

"Tổng Lãnh sự nước L tại TP đến chào từ biệt Sở Ngoại vụ" names no one: the article names the
consul ("ông Tổng Lãnh sự X") and the head of the department ("Giám đốc Sở Ngoại vụ Y") later.
So does an invitation from a province's leaders ("Nhận lời mời của lãnh đạo tỉnh K, ..."),
whose head ("Tỉnh trưởng tỉnh K Z") hosts the visit. The first person in the article whose
title heads that office or institution stands for the side.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.organisation_hosts import body_holder
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView, title_key

__all__ = ["with_institution_sides"]

#: events whose two sides an office or an institution may stand for
_SIDED: Final = frozenset({"visit", "reception", "meeting", "talks"})
#: the time and place words opening a sentence before its subject ("Sáng 18-7-2006, ")
_OPENING: Final = re.compile(
    r"(?:[\W\d]|(?<!\w)(?:sáng|chiều|tối|trưa|ngày|hôm\s+nay|hôm\s+qua)(?!\w))*"
)
#: the body right after the trigger ("chào từ biệt Sở Ngoại vụ Thành phố")
_BODY_AFTER: Final = re.compile(
    r"\s+(?P<body>(?:sở|bộ(?!\s+trưởng)|ubnd|ủy\s+ban\s+nhân\s+dân|tổng\s+cục|cục)\s[^,.;:()\n]{2,80})"
)
#: "Nhận lời mời của lãnh đạo tỉnh K", "theo lời mời của chính quyền thành phố K"
_INVITED_BY: Final = re.compile(
    r"(?<!\w)lời\s+mời\s+của\s+(?:(?:lãnh\s+đạo|chính\s+quyền|ubnd)\s+)?"
    r"(?P<body>(?:tỉnh|thành\s+phố)\s[^,.;:()\n]{2,60}?)(?=\s*[,.;:(]|\s+(?:và|cùng)\s)"
)
#: a trigger that says its subject came ("đến chào từ biệt", "sang chào")
_CAME: Final = ("đến ", "tới ", "sang ")
#: a title must be this many words to name an office alone ("tổng lãnh sự", "đại sứ")
_OFFICE_WORDS: Final = 2


def with_institution_sides(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """``main`` with a side named by an office ("Tổng Lãnh sự nước L") or an institution
    ("Sở Ngoại vụ", "lãnh đạo tỉnh K") given the person who holds it."""
    if main.type not in _SIDED or main.form != "reported":
        return main
    taken = {p.name for p in (*main.subjects, *main.objects, *main.inviters)}
    # "Tổng Lãnh sự L đến chào Sở Ngoại vụ": a reception's subject is who receives, so one
    # that came to greet stands as its object, and the body greeted as its subject
    came = main.type == "reception" and view.lower.startswith(_CAME, main.hit.start)
    visitors, receivers = (main.objects, main.subjects) if came else (main.subjects, main.objects)
    if not visitors and main.type != "visit":
        holder = _office_holder(view, main, own, gaz, taken)
        if holder is not None:
            visitors = (holder,)
            taken.add(holder.name)
    if not receivers and not any(p.role == "host" for p in main.participants):
        holder = _body_head(view, main, own, taken)
        if holder is not None:
            receivers = (holder,)
    subjects, objects = (receivers, visitors) if came else (visitors, receivers)
    if subjects == main.subjects and objects == main.objects:
        return main
    changed = main.but(subjects=subjects, objects=objects)
    return with_roles(view, changed, own, gaz)


def _office_holder(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer, taken: set[str]
) -> Person | None:
    """The holder of the office that stands as the subject, with no name, before the trigger."""
    low, text = view.lower, view.text
    start = _OPENING.match(low, own.sentence.start, main.hit.start)
    begin = start.end() if start else own.sentence.start
    if begin >= main.hit.start or view.mentions_in(own.sentence.start, main.hit.start):
        return None
    phrase = title_key(text[begin : main.hit.start])
    country = gaz.country_of(text[begin : main.hit.start], first=True)
    for mention in view.mentions:
        person = mention.person
        if person.name in taken:
            continue
        for title in person.titles:
            key = title_key(title)
            if len(key.split()) < _OFFICE_WORDS or not _starts_with_words(phrase, key):
                continue
            if country is None or person_country(person, gaz) == country:
                return person
    return None


def _body_head(
    view: ArticleView, main: Candidate, own: SentenceFacts, taken: set[str]
) -> Person | None:
    """The head of the body visited right after the trigger, or of the body that invited."""
    low, text = view.lower, view.text
    found = _BODY_AFTER.match(low, main.hit.end, own.sentence.end)
    if found is None and main.type == "visit":
        found = _INVITED_BY.search(low, own.sentence.start, own.sentence.end)
        if found is not None:
            # the province's leaders may already stand for its head (described_offices.py):
            # the inviter they are hosts the visit
            described = view.mentions_in(found.start(), found.end("body"))
            named = {p.name for p in main.inviters}
            if described and described[0].person.name in named:
                return described[0].person
            if main.inviters:
                return None
    if found is None or view.mentions_in(found.start("body"), found.end("body")):
        return None
    raw = text[found.start("body") : found.end("body")]
    people = [m.person for m in view.mentions if m.person.name not in taken]
    words = title_key(raw).split()
    # the body's name may run on into its seat ("Sở Ngoại vụ Thành phố"): shorten it
    for size in range(len(words), 1, -1):
        head = body_holder(people, " ".join(words[:size]))
        if head is not None:
            return head
    return None


def _starts_with_words(phrase: str, key: str) -> bool:
    """``phrase`` opens with the whole words of ``key``."""
    return phrase.startswith(key) and (len(phrase) == len(key) or not phrase[len(key)].isalnum())
