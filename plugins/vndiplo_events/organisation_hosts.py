"""The host of a visit to an organisation: its head, named later in the article.

"Đoàn ... đã đến thăm Đại sứ quán Lào tại Việt Nam" or "... thăm và làm việc với UBND quận X"
names a body, not a person, as the visited side. The article names its head later ("Đại sứ Lào
tại Việt Nam Y", "Chủ tịch UBND quận X Z"): that person hosts. A title matches the body when it
holds the body's name ("Chủ tịch UBND quận X" for "UBND quận X", "Bộ trưởng Ngoại giao" for
"Bộ Ngoại giao"), or, for an embassy or consulate, when it is an envoy's title of the
embassy's country. The head of the body ("Chủ tịch", "Đại sứ") goes before a deputy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView, title_key

__all__ = ["body_holder", "body_holders", "is_deputy", "with_organisation_head"]

#: the body right after the visit's trigger ("thăm, chúc mừng Đại sứ quán ...", "thăm và làm
#: việc với UBND quận ..."): only a short errand may come between
_BODY: Final = re.compile(
    r"[^.;:!?]{0,30}?(?<!\w)(?P<body>(?P<mission>đại\s+sứ\s+quán|(?:tổng\s+)?lãnh\s+sự\s+quán)"
    r"|ubnd|ủy\s+ban\s+nhân\s+dân|hđnd|hội\s+đồng\s+nhân\s+dân|(?:tỉnh|thành|huyện|quận)\s+ủy"
    r"|bộ(?!\s+trưởng)|sở|tổng\s+cục|cục|viện|học\s+viện|trường|đại\s+học|bộ\s+tư\s+lệnh"
    r"|bộ\s+chỉ\s+huy|quân\s+khu)(?!\w)"
)
#: where the body's name ends: a clause mark, its seat ("tại Việt Nam") or a second errand
_BODY_END: Final = re.compile(r"[,.;:()\n]|\s(?:tại|ở|và|để|nhằm|nhân\s+dịp)\s")
#: the longest name of a body
_BODY_SPAN: Final = 120
#: an envoy's title: the head of an embassy or consulate
_ENVOY: Final = ("đại sứ", "đại biện", "tổng lãnh sự", "lãnh sự")
_DEPUTY: Final = ("phó ", "tham tán", "bí thư thứ", "tùy viên")


def with_organisation_head(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A visit whose only side is its guest, made to a body named right after the trigger,
    with the head of that body named later in the article as its host."""
    if main.type != "visit" or not main.subjects or main.objects or main.form != "reported":
        return main
    if any(p.role == "host" for p in main.participants):
        return main
    low, text = view.lower, view.text
    end = own.sentence.end
    found = _BODY.match(low, main.hit.end, end)
    if found is None or not text[found.start("body")].isupper():
        return main
    if view.mentions_in(main.hit.end, found.end("body")):
        return main  # "thăm Chủ tịch UBND tỉnh X": a person is visited, not the body
    stop = _BODY_END.search(low, found.end("body"), min(end, found.end("body") + _BODY_SPAN))
    raw = text[found.start("body") : stop.start() if stop else end]
    guests = {p.name for p in main.subjects}
    later = [m.person for m in view.mentions_in(main.hit.end, len(text))]
    candidates = [p for p in later if p.name not in guests]
    if found.group("mission"):
        country = gaz.country_of(raw, first=True)
        head = _envoy_of(candidates, country, gaz) if country else None
    else:
        head = body_holder(candidates, title_key(raw))
    if head is None:
        return main
    return with_roles(view, main.but(objects=(head,)), own, gaz)


def _first_head(matching: Sequence[tuple[Person, str]]) -> Person | None:
    """The first person whose matching title is no deputy's, else the first deputy."""
    heads = [p for p, key in matching if not key.startswith(_DEPUTY)]
    ordered = heads or [p for p, _ in matching]
    return ordered[0] if ordered else None


def _envoy_of(people: Sequence[Person], country: str, gaz: Gazetteer) -> Person | None:
    """The envoy of ``country`` among ``people``, by their titles."""
    matching: list[tuple[Person, str]] = []
    for person in people:
        for title in person.titles:
            key = title_key(title)
            bare = key.removeprefix("phó ")
            if not bare.startswith(_ENVOY):
                continue
            if gaz.country_of(title, first=True) == country or (
                person_country(person, gaz) == country
            ):
                matching.append((person, key))
                break
    return _first_head(matching)


def body_holder(people: Sequence[Person], body: str) -> Person | None:
    """The holder of an office of ``body`` among ``people``: a title that holds the body's
    name ("chủ tịch ubnd quận x"), or a minister's of a ministry ("bộ trưởng ngoại giao")."""
    return _first_head(body_holders(people, body))


def body_holders(people: Sequence[Person], body: str) -> list[tuple[Person, str]]:
    """Everyone among ``people`` holding an office of ``body``, with that title's key."""
    forms = [body]
    if body.startswith("bộ "):
        forms.append("bộ trưởng " + body.removeprefix("bộ "))
    if body.startswith("ubnd "):
        forms.append(title_key("Ủy ban nhân dân " + body.removeprefix("ubnd ")))
    matching: list[tuple[Person, str]] = []
    for person in people:
        for title in person.titles:
            key = title_key(title)
            if any(_holds(key, form) for form in forms):
                matching.append((person, key))
                break
    return matching


def is_deputy(key: str) -> bool:
    """The title ``key`` is a deputy's or an aide's, not the head's."""
    return key.startswith(_DEPUTY)


def _holds(key: str, body: str) -> bool:
    """``body`` is a whole-word part of the title ``key``, after the office's own words."""
    at = key.find(body)
    if at <= 0 or key[at - 1] != " ":
        return at == 0 and body.startswith("bộ trưởng ")
    after = at + len(body)
    return after == len(key) or not key[after].isalnum()
