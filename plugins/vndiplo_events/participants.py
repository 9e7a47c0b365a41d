"""Who took part, in what role, and the CAMEO code that follows from who travelled.

A participant is a :class:`~vndiplo.Person` of the titles stage, found by a mention inside the
sentence: the *subject* zone runs from the clause start to the trigger, the *object* zone from
the trigger to the next event verb, frame or clause marker. Roles (PLOVER: the visitor is the
actor):

* reception ("tiếp", "đón"): subject host, object guest; CAMEO 043.
* visit ("thăm", "chuyến thăm ... của X"): the visitor guest, a visited person host; CAMEO
  042. The inviter ("theo lời mời của X") is no side of the visit for inviting: X takes part
  only in the events the text reports X in (the welcome, the talks), under their own roles.
* meeting and talks ("gặp", "hội kiến", "hội đàm"): by who travels. The subject travelled
  (a work-trip frame before it, or the place is in the object's country): subject guest, object
  host, meeting CAMEO 042. The object travelled ("đang có chuyến thăm", or the place is in the
  subject's country): subject host, object guest, meeting CAMEO 043. Both abroad ("bên lề", or a
  place in neither's country): participants, 044. Unknown: participants, 040. Talks stay 046.
* phone calls, signings, attending, messages, other: everyone a participant.

A person whose country neither the titles stage nor their titles fix is taken as Vietnamese: the
outlets are Vietnamese and introduce foreign officials with their country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from vndiplo.model import Participant, Person
from vndiplo_events.patterns import word_start
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import title_key

__all__ = [
    "OBJECT_TRAVELS",
    "assign_roles",
    "is_envoy",
    "person_country",
    "sides_known",
    "travel_from_place",
    "travel_from_text",
    "travelled_to_meet",
]

_SUBJECT_TRAVELS: Final = re.compile(
    r"chuyến\s+(?:công\s+tác|thăm|công\s+du)|(?:sang|tới|đến)\s+(?:dự|thăm|làm\s+việc|tham\s+dự)"
    r"|^(?:trong\s+khuôn\s+khổ|nhân\s+dịp|nhân)\s+(?:dự|tham\s+dự|sang|tới|đến|chuyến)",
)
OBJECT_TRAVELS: Final = re.compile(
    r"đang\s+(?:có\s+chuyến\s+)?(?:thăm|công\s+tác|dự|tham\s+dự|làm\s+việc)"
    r"|(?:sang|tới|đến)\s+(?:thăm|dự|tham\s+dự|làm\s+việc|chào)|nhân\s+dịp\s+.{0,80}?(?:thăm|dự)",
)


def person_country(person: Person, gazetteer: Gazetteer) -> str:
    """The person's country: the titles stage's, else the first one named in a title, else VN."""
    if person.country:
        return person.country
    for title in person.titles:
        code = gazetteer.country_of(title, first=True)
        if code:
            return code
    return "VN"


#: the object named as the host ("hội đàm với người đồng nhiệm nước chủ nhà X")
_OBJECT_HOSTS: Final = re.compile(r"(?<!\w)chủ\s+nhà(?!\w)")
#: how far after the trigger "chủ nhà" still qualifies its object
_HOST_REACH: Final = 60


def travel_from_text(frame_text: str | None, object_text: str) -> str | None:
    """ "subject" or "object" when the wording says who travelled, else None."""
    if frame_text and _SUBJECT_TRAVELS.search(frame_text):
        return "subject"
    if _OBJECT_HOSTS.search(object_text, 0, _HOST_REACH):
        return "subject"
    if OBJECT_TRAVELS.search(object_text):
        return "object"
    return None


#: the subject's trip to a place right before the trigger, for the event: "A đã đến dinh X ở
#: ngoại ô Mát-xcơ-va để gặp B", "A bay sang Tokyo nhằm hội đàm với B"
_WENT_TO: Final = re.compile(
    word_start("đến", "tới", "sang", r"bay\s+(?:đến|tới|sang)", r"lên\s+đường\s+(?:đến|tới|sang)")
    + r"\s[^.;,:!?]{2,120}?\s(?:để|nhằm)\s*$"
)
#: the subject's presence at the place, come for the event: "A có mặt tại Phủ Chủ tịch bắt đầu
#: hội đàm với B", "A đã có mặt ở trụ sở X để gặp B"; one is present where one arrived
_PRESENT_AT: Final = re.compile(
    word_start(r"có\s+mặt\s+(?:tại|ở)") + r"\s[^.;:!?]{2,120}?\s(?:để|nhằm|và|bắt\s+đầu)"
    r"(?:\s+(?:có|tiến\s+hành))?(?:\s+(?:cuộc|buổi))?\s*$"
)
#: a trip followed by the event ("A lên đường tới thành phố X và có cuộc gặp gỡ với B"): "và"
#: joins two acts of the subject only after a verb of travel; a bare "đến", "tới", "sang" is
#: often the preposition "to" ("gửi lời chúc mừng tới nhân dân X và hội đàm", "chào mừng B
#: tới Việt Nam và hội đàm"), so it counts only right after "đã"/"vừa" or the subject's name
_WENT_THEN: Final = re.compile(
    word_start("bay", r"lên\s+đường", "đã", "vừa") + r"\s+(?:đến|tới|sang)\s[^.;,:!?]{2,120}?\s"
    r"và(?:\s+đã)?(?:\s+có\s+(?:cuộc|buổi))?\s*$"
)
#: the same trip right after the subject's name ("A tới Bắc Kinh và hội đàm với B")
_NAME_WENT_THEN: Final = re.compile(
    r"\s*(?:đến|tới|sang)\s[^.;,:!?]{2,120}?\svà(?:\s+đã)?(?:\s+có\s+(?:cuộc|buổi))?\s*$"
)
#: how far before the trigger the trip may start
_WENT_REACH: Final = 160


def travelled_to_meet(low: str, start: int, trigger: int, subject_ends: Iterable[int] = ()) -> bool:
    """The subject zone ``[start, trigger)`` ends on a trip made for the event: "A đến <place>
    để gặp B", "A đã đến <place> và hội đàm với B" say the subject travelled. ``subject_ends``:
    where the subject's names end (a bare "tới ... và" right after one is the subject's trip)."""
    zone = low[max(start, trigger - _WENT_REACH) : trigger]
    if _WENT_TO.search(zone) is not None or _PRESENT_AT.search(zone) is not None:
        return True
    if " và" not in zone:
        return False
    if _WENT_THEN.search(zone) is not None:
        return True
    return any(
        _NAME_WENT_THEN.match(low, end, trigger) is not None
        for end in subject_ends
        if start <= end < trigger and trigger - end <= _WENT_REACH
    )


def _stated_country(person: Person, gazetteer: Gazetteer) -> bool:
    """The person's country is told, not taken as the Vietnamese default: a foreign one, or
    one a title names."""
    if person.country and person.country != "VN":
        return True
    return any(gazetteer.country_of(title, first=True) for title in person.titles)


def sides_known(people: Iterable[Person], gazetteer: Gazetteer) -> bool:
    """Every one of ``people`` has a stated country (see :func:`_stated_country`)."""
    return all(_stated_country(p, gazetteer) for p in people)


#: titles of a head of mission, as they open a title
_ENVOY: Final = ("đại sứ", "tổng lãnh sự", "lãnh sự", "đại biện")


def is_envoy(person: Person) -> bool:
    """An ambassador, consul or chargé d'affaires: someone who lives abroad, at his post."""
    return any(title_key(t).startswith(_ENVOY) for t in person.titles)


def travel_from_place(
    place_country: str | None,
    subjects: Sequence[Person],
    objects: Sequence[Person],
    gazetteer: Gazetteer,
) -> str | None:
    """Who travelled, judged by the country of the place against the people's countries. The
    place never makes an envoy the one who travelled: he lives at his post, most often where
    he meets ("Tổng Lãnh sự Hàn Quốc tại Đà Nẵng" meeting a delegation in Đà Nẵng)."""
    if not place_country or not subjects or not objects:
        return None
    subject_home = any(person_country(p, gazetteer) == place_country for p in subjects)
    object_home = any(person_country(p, gazetteer) == place_country for p in objects)
    if object_home and not subject_home:
        return None if any(is_envoy(p) for p in subjects) else "subject"
    if subject_home and not object_home:
        return None if any(is_envoy(p) for p in objects) else "object"
    if not subject_home and not object_home:
        return "third"
    return None


def home_and_away(
    place_country: str | None, everyone: Sequence[Person], gazetteer: Gazetteer
) -> tuple[list[Person], list[Person]] | None:
    """(hosts, guests) of "A và B đã hội đàm" (both sides named before the trigger) held at a
    place of one side's country: the side at home hosts ("tại Phủ Chủ tịch" under a Vietnamese
    and a foreign leader). None when the place does not tell them apart."""
    if not place_country or len(everyone) < 2:
        return None
    hosts = [p for p in everyone if person_country(p, gazetteer) == place_country]
    guests = [p for p in everyone if p not in hosts]
    if not hosts or not guests or any(person_country(p, gazetteer) is None for p in guests):
        return None
    return hosts, guests


def _unique(pairs: Iterable[tuple[Person, str]]) -> tuple[Participant, ...]:
    seen: set[str] = set()
    out: list[Participant] = []
    for person, role in pairs:
        if person.name not in seen:
            seen.add(person.name)
            out.append(Participant(person.name, role))
    return tuple(out)


def assign_roles(
    event_type: str,
    cameo: str | None,
    subjects: Sequence[Person],
    objects: Sequence[Person],
    inviters: Sequence[Person],
    travel: str | None,
) -> tuple[tuple[Participant, ...], str | None]:
    """Participants with roles, and the CAMEO code, for one event."""
    everyone = [*subjects, *objects]
    if event_type == "reception":
        pairs = [(p, "host") for p in subjects] + [(p, "guest") for p in objects]
        return _unique([*pairs, *((p, "host") for p in inviters)]), cameo
    if event_type == "visit":
        # the inviter is not made host of the visit for inviting (seeds/README.md)
        pairs = [(p, "guest") for p in subjects] + [(p, "host") for p in objects]
        return _unique(pairs), cameo
    if event_type in ("meeting", "talks"):
        if travel == "subject":
            pairs = [(p, "guest") for p in subjects] + [(p, "host") for p in objects]
            code = "042"
        elif travel == "object":
            pairs = [(p, "host") for p in subjects] + [(p, "guest") for p in objects]
            code = "043"
        else:
            pairs = [(p, "participant") for p in everyone]
            code = "044" if travel == "third" else "040"
        return _unique(pairs), (code if event_type == "meeting" else cameo)
    return _unique((p, "participant") for p in everyone), cameo
