"""English trigger phrases -> event type, CAMEO code and who is host, as one compiled scan.

The table mirrors the Vietnamese one (contract: tiếp -> reception, hội đàm -> talks, điện đàm
-> phone_call ...). Phrases are regex fragments, tried as one alternation, lower case matched
case-insensitively; at one position the first listed alternative wins, so the longer phrase
comes first ("held phone talks" before "held talks", "phone talks" before "talks").

``sides`` says how the people before and after the trigger take part: ``"host-guest"`` (the
subject hosts: "received", "hosted a banquet for"), ``"guest-host"`` (the subject travels or
calls on the other: "paid a visit to", "was received by", "paid a courtesy call on"), or
``"participants"``. ``contact`` marks "spoke with"/"talked to": a phone call when the page
speaks of a phone or call anywhere, else a meeting.
"""

from __future__ import annotations

import re
from typing import Final

from attrs import frozen

__all__ = ["TRIGGERS", "EnglishTrigger", "scan_pattern", "trigger_of"]


@frozen
class EnglishTrigger:
    """One row of the table (``pattern`` is a regex fragment)."""

    pattern: str
    type: str
    cameo: str | None
    sides: str = "participants"
    contact: bool = False
    #: The people named in the phrase right after the trigger (up to a comma) are its guests,
    #: everyone else in the sentence its host: "At a reception for X, Y noted".
    fronted: bool = False
    #: The act named as a noun that stands for the visit the page reports ("The visit ... is the
    #: first trip abroad by X"): a year or "last" before it makes it another, recalled visit.
    current: bool = False
    #: The act told as a noun in the passive ("A welcome ceremony for X was held ..., chaired by
    #: Y"): whoever is named after "by" hosts it, whoever after "for" is its guest
    #: (:func:`.sides.agent_sides`), wherever the two phrases stand.
    agent: bool = False
    #: A trip told only as an adjunct ("on a state visit", "for a four-day visit"): an event
    #: only inside an apposition to the traveller ("X, who is in Hanoi on a visit, said"), see
    #: ``events._APPOSITION``.
    apposed: bool = False


_KIND = r"(?:(?:official|state|working|friendship|grand|formal|warm|welcome|farewell|\w+-day) )*"
_MEAL = r"(?:reception|banquet|dinner|lunch|luncheon|breakfast|tea party|welcom(?:e|ing) ceremony)"
_HAD = r"(?:held|holds|hold|holding|had|has|have|having|conducted|conducts)"
_REMOTE = r"(?:phone|telephone|video|online|virtual)"
_CALL = r"(?:talks?|calls?|conversations?)"
_BY_PHONE = r"(?:over|by|on) (?:the )?(?:phone|telephone)"
_SENT = r"(?:sent|sends|send|sending|addressed|extended|extends|conveyed|conveys)"
_GREETING = r"(?:messages?|letters?|cables?|congratulations|condolences)"
# "chaired a reception for the delegation of X" (round 18: EN-CHAIRED-A-RECEPTION)
_HOSTED = (
    r"(?:hosted|hosts|host|hosting|held|holds|gave|gives|threw|throws"
    r"|chaired|chairs|chairing|presided over|presides over)"
)
_BEGAN = r"(?:paid|pays|pay|paying|made|makes|making|began|begins|started|starts|is on|was on)"
_TRAVELLED = (
    r"(?:visited|(?:arrived|arrives|arriving|landed|lands|touched down) (?:in|at)"
    r"|(?:left|leaves|leaving|departed|departs|departing) (?:[^.;:!?]{0,60}? )?for)"
)
# "At a reception for X, Y said": the act fronted as a noun, its guest after "for"
_FRONTED = (
    r"(?:at|during|in) (?:an? |the |their |his |her )?{kind}{meal}(?: in [A-Z][\w'’ -]{{0,30}}?)?"
    r" (?:for|in hono(?:u)?r of)"
)
_OWNER = r"(?:an? |his |her |their )?"
# "is the first trip abroad by", "marks the first official visit to Vietnam of", "was first
# overseas trip (since taking office) by": the page's visit named as a noun, its guest after it
_FIRST_TRIP = (
    r"(?:is|was|marks|marked|will be) (?:the |his |her |their )?first (?:[\w-]+ ){0,3}?"
    r"(?:trip|visit|tour|journey)(?: (?:abroad|overseas|to (?:the )?[A-Z][\w'’-]*"
    r"(?: [A-Z][\w'’-]*){0,2}))?(?: \([^()]{0,60}\))? (?:by|of)"
)
_COPULA = r"(?:is|was|marks|marked|will be)"
# "is X's first trip abroad": the copula alone, the guest named right after it as a possessor
_OWNED_TRIP = (
    rf"{_COPULA}(?= (?:the )?(?:[\w'’.-]+ ){{0,5}}?[\w.-]+['’]s first (?:[\w-]+ ){{0,3}}?"
    r"(?:trip|visit|tour|journey)\b)"
)
# "marks the first time X has visited Vietnam": the guest named after "first time"
_FIRST_TIME = (
    rf"{_COPULA} the first time(?= (?:that )?[^.;:!?]{{3,60}}? (?:has |had )?(?:visited|visits"
    r"|travell?ed to|travels to|set foot in|came to|comes to|has come to)\b)"
)
_PHONE, _RECEPTION, _TALKS, _MEETING, _VISIT = (
    "phone_call",
    "reception",
    "talks",
    "meeting",
    "visit",
)
_GUEST_FIRST, _HOST_FIRST = "guest-host", "host-guest"
_PASSIVE = r"(?:was|were|being) (?:warmly |cordially )?received by"
_WELCOMED_BY = r"(?:was|were|being) (?:warmly |officially |cordially )?(?:welcomed|greeted) by"
_WELCOMED = r"(?:warmly |officially )?(?:welcomed|welcomes)"
_COURTESY = r"(?:paid|pays|pay|paying) (?:an? )?courtesy (?:call|visit)s? (?:on|to)"
_HELD_TALKS = rf"{_HAD} (?:an? )?(?:official |bilateral |high-level |formal |summit |)talks"
_HELD_MEETING = rf"{_HAD} (?:an? )?(?:bilateral |working |separate |)meetings? with"
# "had a working session with X": the Vietnamese "có buổi làm việc với", a meeting
# "His working session with the embassy was ...": the act told as a noun, its trigger the noun
_WORKING_SESSION = rf"{_HAD} (?:an? )?working sessions? with|working sessions?(?= with)"
# The act as the subject of a passive ("A welcoming ceremony ... was held", "took place"), with
# at most a parenthetic agent between them ("A welcome ceremony, chaired by X, was held"); a
# comma otherwise ends the noun's clause ("After the welcome ceremony, X held talks").
_AGENT_VERB = r"(?:led|chaired|presided over|hosted|given|organi[sz]ed|attended)"
_HELD_PASSIVE = (
    r"(?:(?:was|were|is|will be) (?:also )?(?:held|hosted|given|organi[sz]ed|thrown|conducted)"
    r"|took place|takes place)"
)
_NOUN_ACT = (
    rf"(?:an? |the )?{_KIND}{_MEAL}(?=(?: [^.;:!?,]{{1,80}}?)?"
    rf"(?:, {_AGENT_VERB} by [^.;:!?,]{{1,100}},)? {_HELD_PASSIVE}\b)"
)
# "X was accorded an official welcome by Y", "X received a warm welcome from Y": the guest first
_GIVEN_WELCOME = (
    r"(?:(?:was|were|being) (?:accorded|given|extended|offered)"
    r"|(?:received|receives|receiving|got|gets|enjoyed|enjoys))"
    r" (?:an? )?(?:[\w-]+ ){0,3}?welcome(?: ceremony)? (?:by|from)"
)
_SENT_GREETING = rf"{_SENT} {_OWNER}(?:congratulatory |condolence |){_GREETING}"

TRIGGERS: Final[tuple[EnglishTrigger, ...]] = (
    # phone calls first: "held phone talks" must not read as talks
    EnglishTrigger(rf"{_HAD} (?:an? )?{_REMOTE} {_CALL}", _PHONE, "041"),
    EnglishTrigger(rf"{_REMOTE} {_CALL}", _PHONE, "041"),
    EnglishTrigger(rf"(?:talked|talks|spoke|speaks) {_BY_PHONE}", _PHONE, "041"),
    EnglishTrigger(r"(?:tele)?phoned", _PHONE, "041"),
    EnglishTrigger(r"(?:spoke|speaks|talked) (?:with|to)", _PHONE, "041", contact=True),
    # receptions, hosted meals and ceremonies; the passive and the courtesy call reverse sides
    EnglishTrigger(_PASSIVE, _RECEPTION, "043", _GUEST_FIRST),
    EnglishTrigger(_COURTESY, _RECEPTION, "043", _GUEST_FIRST),
    EnglishTrigger(rf"{_HOSTED} (?:an? )?{_KIND}{_MEAL}", _RECEPTION, "043", _HOST_FIRST),
    EnglishTrigger(
        _FRONTED.format(kind=_KIND, meal=_MEAL), _RECEPTION, "043", _HOST_FIRST, fronted=True
    ),
    EnglishTrigger(
        rf"(?:chaired|presided over) (?:an? |the )?{_KIND}welcom(?:e|ing) ceremony",
        _RECEPTION,
        "043",
        _HOST_FIRST,
    ),
    EnglishTrigger(_GIVEN_WELCOME, _RECEPTION, "043", _GUEST_FIRST),
    EnglishTrigger(_NOUN_ACT, _RECEPTION, "043", _HOST_FIRST, agent=True),
    EnglishTrigger(r"(?:received|receives|receiving)", _RECEPTION, "043", _HOST_FIRST),
    # "X played host to Y": the host first, as "received"
    EnglishTrigger(r"(?:played|plays|play|playing) host to", _RECEPTION, "043", _HOST_FIRST),
    EnglishTrigger(_WELCOMED_BY, _RECEPTION, "043", _GUEST_FIRST),
    EnglishTrigger(_WELCOMED, _RECEPTION, "043", _HOST_FIRST),
    # talks and meetings
    EnglishTrigger(_HELD_TALKS, _TALKS, "046"),
    EnglishTrigger(r"talks", _TALKS, "046"),
    EnglishTrigger(_HELD_MEETING, _MEETING, "040"),
    EnglishTrigger(_WORKING_SESSION, _MEETING, "040"),
    EnglishTrigger(r"(?:met|meets|meet|meeting) with", _MEETING, "040"),
    # the acts as plural nouns: "In separate meetings with A and B, X said", "in the meetings
    # and talks with A": the first noun names the act ("talks" alone stays talks, below)
    EnglishTrigger(
        r"meetings(?= (?:and talks )?with\b)|meeting(?= and talks with\b)", _MEETING, "040"
    ),
    EnglishTrigger(r"(?:met|meets)", _MEETING, "040"),
    # visits: the subject travels
    EnglishTrigger(rf"{_BEGAN} {_OWNER}{_KIND}visit", _VISIT, "042", _GUEST_FIRST),
    EnglishTrigger(_TRAVELLED, _VISIT, "042", _GUEST_FIRST),
    EnglishTrigger(
        rf"(?:on|for) (?:an? |his |her |their )?{_KIND}visit", _VISIT, "042", _GUEST_FIRST,
        apposed=True,
    ),
    EnglishTrigger(_FIRST_TRIP, _VISIT, "042", _HOST_FIRST, fronted=True, current=True),
    EnglishTrigger(_OWNED_TRIP, _VISIT, "042", _HOST_FIRST, fronted=True, current=True),
    EnglishTrigger(_FIRST_TIME, _VISIT, "042", _HOST_FIRST, fronted=True, current=True),
    # messages, signings, attendance
    EnglishTrigger(_SENT_GREETING, "message", None),
    EnglishTrigger(r"congratulatory (?:messages?|letters?)", "message", None),
    EnglishTrigger(r"(?:messages?|letters?) of (?:congratulations|condolences)", "message", None),
    EnglishTrigger(r"congratulated", "message", None),
    EnglishTrigger(r"signed|signing of", "signing", "057"),
    EnglishTrigger(r"attended|attends|attending", "attend", None),
)  # fmt: skip


def _compile() -> re.Pattern[str]:
    parts = (f"(?P<t{i}>{t.pattern})" for i, t in enumerate(TRIGGERS))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


#: One alternation over the table: ``match.lastgroup`` ("t3") names the row.
scan_pattern: Final = _compile()


def trigger_of(m: re.Match[str]) -> EnglishTrigger:
    """The table row a match of :data:`scan_pattern` came from."""
    return TRIGGERS[int((m.lastgroup or "t0")[1:])]
