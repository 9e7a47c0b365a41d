"""French trigger phrases -> event type, CAMEO code and who is host, as one compiled scan.

Rows of :class:`vndiplo_english.triggers.EnglishTrigger` (the same table shape and ``sides``
values), in the French wordings of Vietnam's French-language outlets: "reçoit" / "a reçu"
(reception, the subject hosts), "s'entretient avec" / "entretiens" (talks), "rencontre" /
"séance de travail" (meeting), "entretien téléphonique" (phone call), "visite officielle" /
"en visite" / "est arrivé à" (visit, the subject travels), "signent", "assiste à", "message de
félicitations". At one position the first listed row wins, so a longer phrase comes first.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_english.triggers import EnglishTrigger

__all__ = ["TRIGGERS", "scan_pattern", "trigger_of"]

_A = r"(?:a|ont|avait|avaient) "
_BEEN = r"(?:a|ont|est|sont) été "
_E = r"(?:e|s|es)?"
_PHONE_WORDS = r"(?:t[ée]l[ée]phoniques?|au t[ée]l[ée]phone|par t[ée]l[ée]phone|en ligne|virtuels?)"
_TALKED = rf"(?:s['’]entretient|s['’]entretiennent|se sont entretenu{_E}|s['’]est entretenu{_E}"
_TALKED += rf"|s['’]entretenant|{_A}eu (?:des|un) entretiens?)"
_KIND = r"(?:(?:officielle|d['’][ÉéE]tat|d['’]amitié|de travail|de courtoisie) ?)*"
_VISIT_VERB = rf"(?:effectue|effectuent|{_A}effectué|entame|entament|{_A}entamé|est|sont|était)"
_ARRIVED = rf"(?:arrive|arrivent|(?:est|sont) arrivé{_E}|(?:se rend|se rendent|s['’]est rendu{_E}"
_ARRIVED += rf"|se sont rendu{_E}))"
_GREETING = r"(?:messages?|lettres?|télégrammes?) de (?:félicitations|condoléances|vœux|voeux)"
_PHONE, _RECEPTION, _TALKS, _MEETING, _VISIT = (
    "phone_call", "reception", "talks", "meeting", "visit",
)  # fmt: skip
_GUEST_FIRST, _HOST_FIRST = "guest-host", "host-guest"

# The welcome as the subject of a passive ("Une cérémonie d'accueil ... a été organisée",
# "a eu lieu"), at most a parenthetic agent between them; its sides by "par" and "pour"
# (see vndiplo_english.sides.agent_sides).
_HELD_PASSIVE = (
    r"(?:(?:a|ont|avait|sera) été (?:organisée?s?|tenue?s?|offerte?s?|donnée?s?)"
    r"|a eu lieu|s['’]est (?:tenue|déroulée))"
)
_NOUN_ACT = (
    r"(?:une |la )?(?:cérémonie d['’]accueil|réception|banquet)(?: officiel(?:le)?)?"
    r"(?=(?: [^.;:!?,]{1,80}?)?(?:, (?:présidée?|offerte?|organisée?) par [^.;:!?,]{1,100},)?"
    rf" {_HELD_PASSIVE}\b)"
)

TRIGGERS: Final[tuple[EnglishTrigger, ...]] = (
    # phone calls first: "s'est entretenu au téléphone" must not read as talks
    EnglishTrigger(rf"{_TALKED} {_PHONE_WORDS}(?: avec)?", _PHONE, "041"),
    EnglishTrigger(rf"(?:entretiens?|conversations?|appels?) {_PHONE_WORDS}", _PHONE, "041"),
    EnglishTrigger(rf"(?:{_A})?téléphoné à", _PHONE, "041"),
    # receptions: the passive and the courtesy call reverse the sides
    EnglishTrigger(rf"{_BEEN}(?:reçu|accueilli){_E} par", _RECEPTION, "043", _GUEST_FIRST),
    EnglishTrigger(
        rf"(?:rend|rendent|{_A}rendu) (?:une )?visite de courtoisie (?:à|au|aux)",
        _RECEPTION, "043", _GUEST_FIRST,
    ),
    EnglishTrigger(
        r"(?:reçoit|reçoivent|recevant|a reçu|ont reçu|accueille|accueillent|a accueilli"
        r"|ont accueilli)",
        _RECEPTION, "043", _HOST_FIRST,
    ),
    EnglishTrigger(
        rf"(?:offre|offrent|{_A}offert|donne|{_A}donné) (?:un|une) (?:banquet|réception|dîner"
        rf"|déjeuner)",
        _RECEPTION, "043", _HOST_FIRST,
    ),
    EnglishTrigger(
        rf"{_A}?présidé (?:la|une) cérémonie d['’]accueil", _RECEPTION, "043", _HOST_FIRST
    ),
    EnglishTrigger(_NOUN_ACT, _RECEPTION, "043", _HOST_FIRST, agent=True),
    # talks and meetings
    EnglishTrigger(rf"{_TALKED}(?: avec)?", _TALKS, "046"),
    EnglishTrigger(r"(?:entretiens|pourparlers)", _TALKS, "046"),
    EnglishTrigger(r"(?:séance|réunion) de travail", _MEETING, "040"),
    EnglishTrigger(
        rf"(?:rencontre|rencontrent|rencontré|{_A}rencontré|s['’]est réuni{_E} avec|travaille avec"
        rf"|{_A}travaillé avec)",
        _MEETING, "040",
    ),
    # visits: the subject travels
    EnglishTrigger(
        rf"{_VISIT_VERB} (?:une |sa |leur )?visite {_KIND}", _VISIT, "042", _GUEST_FIRST
    ),
    EnglishTrigger(rf"visite {_KIND}", _VISIT, "042", _GUEST_FIRST),
    EnglishTrigger(r"en visite", _VISIT, "042", _GUEST_FIRST),
    EnglishTrigger(
        rf"{_ARRIVED}(?: [^.;:!?]{{0,40}}?)? (?:à|au|en|dans)", _VISIT, "042", _GUEST_FIRST
    ),
    # messages, signings, attendance
    EnglishTrigger(_GREETING, "message", None),
    EnglishTrigger(rf"(?:félicite|félicitent|{_A}félicité)", "message", None),
    EnglishTrigger(rf"(?:signent|signe|{_A}signé|signature d[eu]s?)", "signing", "057"),
    EnglishTrigger(
        rf"(?:assiste|assistent|{_A}assisté|participe|participent|{_A}participé)"
        rf"(?: [^.;:!?]{{0,30}}?)? (?:à|au|aux)",
        "attend", None,
    ),
)  # fmt: skip


def _compile() -> re.Pattern[str]:
    parts = (f"(?P<t{i}>{t.pattern})" for i, t in enumerate(TRIGGERS))
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


#: One alternation over the table: ``match.lastgroup`` ("t3") names the row.
scan_pattern: Final = _compile()


def trigger_of(m: re.Match[str]) -> EnglishTrigger:
    """The table row a match of :data:`scan_pattern` came from."""
    return TRIGGERS[int((m.lastgroup or "t0")[1:])]
