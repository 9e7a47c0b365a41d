"""Who else takes part when the trigger's sentence names one side only.

Three English constructions name a side away from the verb:

- a visit's hosts in an invitation clause, in the same sentence or the next one: "X began an
  official visit to Laos on Monday. The visit was made at the invitation of A and B";
- the sides of a noun-fronted act: "At a reception for X in Hanoi, Y said ..." (the guest is
  named in the phrase after "for", the host anywhere else in the sentence);
- the act told as a noun in the passive: "A welcome ceremony was held in Hanoi for X, led by
  Y" (the host is the agent after "by", the guest the person the act is "for");
- a plural subject standing for the two people of the previous sentence: "A and his Korean
  counterpart B agreed ... The two leaders held talks in Seoul";
- the act told as a noun whose owner is a pronoun ("His working session with the embassy was
  part of ..."): the owner is the person named last before the sentence (round 18);
- an act whose other side is a body ("a reception for the delegation of X", "a working session
  with the embassy"): that body's person is the one the next sentence opens on ("Ambassador Y
  said ..."), if any (round 18).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Span

__all__ = [
    "agent_sides",
    "body_object",
    "delegation_from_elsewhere",
    "fronted_guests",
    "group_subject",
    "invitation_hosts",
    "next_opener",
    "owner_before",
    "visiting_object",
]

_INVITATION: Final = re.compile(r"\b(?:at|on) the (?:kind |cordial )?invitation of\b", re.I)
# The invitation's people end where the clause does: "..., is the first visit".
_CLAUSE_END: Final = re.compile(r"[;:]|, (?!and\b)[a-z]|\.(?:\s|$)")
_GROUP: Final = re.compile(
    r"\b(?:the two (?:leaders|sides|presidents|prime ministers|ministers|officials|heads of "
    r"state|men|women|chiefs|parties|delegations|top legislators|leaders')|both (?:leaders|sides)"
    r"|they)\b",
    re.I,
)
_VISITING: Final = re.compile(r"(?:with )?(?:an? |the )?(?:visiting|incoming)\b", re.I)


def invitation_hosts(
    text: str,
    spans: Sequence[Span],
    people: Sequence[tuple[int, str]],
    invitation: re.Pattern[str] = _INVITATION,
    clause_end: re.Pattern[str] = _CLAUSE_END,
) -> list[str]:
    """The people named in the first "at the invitation of ..." clause of ``spans``
    (``invitation`` and ``clause_end`` say it in another language)."""
    for span in spans:
        m = invitation.search(text, span.start, span.end)
        if m is None:
            continue
        end = clause_end.search(text, m.end(), span.end)
        stop = end.start() if end is not None else span.end
        return list(dict.fromkeys(name for s, name in people if m.end() <= s < stop))
    return []


# A phrase set off by commas or dashes ends at the first of them.
_PHRASE_END: Final = re.compile(r",| [–—-] ")


def fronted_guests(text: str, trigger_end: int, sentence_end: int) -> int:
    """Where the guests' phrase after a fronted act ends: at the first comma or dash."""
    end = _PHRASE_END.search(text, trigger_end, sentence_end)
    return end.start() if end is not None else sentence_end


def group_subject(text: str, start: int, end: int) -> bool:
    """Whether a plural subject ("The two leaders", "They") stands in ``text[start:end]``."""
    return _GROUP.search(text, start, end) is not None


def visiting_object(text: str, at: int) -> bool:
    """Whether the trigger's object is a visitor: "met with the visiting minister"."""
    return _VISITING.match(text, at) is not None


#: The two phrases of a passive act: its agent ("led by", "par") and its beneficiary ("for",
#: "in honour of", "pour", "en l'honneur du").
_AGENT: Final = re.compile(r"\b(?:by)\b")
_BENEFICIARY: Final = re.compile(r"\b(?:for|in hono(?:u)?r of)\b")


def agent_sides(
    text: str,
    start: int,
    end: int,
    people: Sequence[tuple[int, int, str]],
    agent: re.Pattern[str] = _AGENT,
    beneficiary: re.Pattern[str] = _BENEFICIARY,
) -> tuple[list[str], list[str]]:
    """Hosts and guests of a passive act told in ``text[start:end]``: each person takes the
    role of the nearest "by" (host) or "for" (guest) before it; a person after neither, or a
    marker inside a person's mention ("Minister for Foreign Affairs"), counts for nothing.
    ``people`` are mentions (start, end, name); ``agent``/``beneficiary`` say it in another
    language."""
    inside = [(s, e) for s, e, _n in people]
    markers = sorted(
        (m.start(), role)
        for pattern, role in ((agent, "host"), (beneficiary, "guest"))
        for m in pattern.finditer(text, start, end)
        if not any(s <= m.start() < e for s, e in inside)
    )
    hosts: list[str] = []
    guests: list[str] = []
    for s, _e, name in people:
        if not start <= s < end:
            continue
        role = next((r for at, r in reversed(markers) if at < s), None)
        side = hosts if role == "host" else guests if role == "guest" else None
        if side is not None and name not in hosts + guests:
            side.append(name)
    return hosts, guests


#: "His working session with", "Her two-day talks with": a possessive pronoun owning the act noun
_OWNER: Final = re.compile(r"(?<!\w)(?:his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: how far back the owner of "his"/"her" may be named: the sentence before, or two
_OWNER_REACH: Final = 2


def owner_before(
    text: str,
    sentences: Sequence[Span],
    index: int,
    trigger_start: int,
    people: Sequence[tuple[int, str]],
) -> str | None:
    """The person a possessive pronoun right before the act noun stands for ("Minister X told
    ... . His working session with the embassy was ..."): the one named last in the
    ``_OWNER_REACH`` sentences before; None without such a pronoun or person. ``people``:
    every mention of the page (start, name), in text order."""
    sentence = sentences[index]
    if _OWNER.search(text, sentence.start, trigger_start) is None:
        return None
    floor = sentences[max(0, index - _OWNER_REACH)].start
    named = [name for s, name in people if floor <= s < sentence.start]
    return named[-1] if named else None


#: the act's other side written as a body: "for the delegation of", "with the embassy"
_BODY: Final = re.compile(
    r"\s*(?:for|with|from)?\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:delegations?|embassy|consulate|mission)\b",
    re.I,
)
#: a delegation of another place or body: "the delegation of Ha Khau district", "a delegation
#: from Laos", "a visiting delegation", "a Lao delegation"; not "a delegation of business
#: leaders", a home group an act of two sides does not need (round 16)
_FROM_ELSEWHERE: Final = re.compile(
    r"\s*(?:for|with)?\s*(?:an?|the)\s+"
    r"(?:(?:visiting|incoming)\s+(?:[\w-]+\s+)?delegations?\b"
    r"|(?:[\w'’-]+\s+){0,2}?delegations?\s+(?:of|from|led\s+by)\s+(?:the\s+)?[A-Z]"
    r"|[A-Z][\w'’-]*\s+delegations?\b)"
)


def body_object(text: str, trigger_end: int, end: int) -> bool:
    """The act's object, right after its trigger, is a body, not a person: "a reception for the
    delegation of Ha Giang", "received a delegation from", "a working session with the
    Vietnamese Embassy"."""
    return _BODY.match(text, trigger_end, end) is not None


def delegation_from_elsewhere(text: str, trigger_end: int, end: int) -> bool:
    """The act's object is a delegation from another place or body (``_FROM_ELSEWHERE``): the
    act is told whole with its host alone, as the Vietnamese "tiếp đoàn tỉnh X" is."""
    return _FROM_ELSEWHERE.match(text, trigger_end, end) is not None


#: what may stand before the person a sentence opens on: a title, capitalised words
_OPENING: Final = re.compile(r"\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}$")


def next_opener(
    text: str, following: Span | None, people: Sequence[tuple[int, str]], known: Sequence[str]
) -> str | None:
    """The person the ``following`` sentence opens on, written after his titles only
    ("Ambassador Pham Quoc Tru said ..."), when not one of ``known``."""
    if following is None:
        return None
    first = next(((s, n) for s, n in people if following.start <= s < following.end), None)
    if first is None or first[1] in known:
        return None
    return first[1] if _OPENING.fullmatch(text, following.start, first[0]) else None
