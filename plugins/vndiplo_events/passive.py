"""A welcome ceremony told in the passive ("Lễ đón chính thức đoàn X được tổ chức tại Y"): the
sentence names no side, so the host is the one the next sentences say attended it ("Dự lễ đón
có A") and the guest is the head of the welcomed delegation ("đoàn X do B làm trưởng đoàn")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["is_passive_ceremony", "passive_sides"]

#: the ceremony's own verb in the passive, right after its noun phrase
_PASSIVE: Final = re.compile(r"\s(?:đã\s+)?(?:được\s+(?:long\s+trọng\s+)?tổ\s+chức|diễn\s+ra)\b")
#: what may stand before the ceremony noun: a time phrase and punctuation, no clause
_OPENING: Final = re.compile(r"[\w/\s.]{0,30},\s*$|\W*$")
#: "Dự lễ đón có A", "Tham dự lễ đón còn có A"
_ATTENDED: Final = re.compile(r"(?<!\w)(?:tham\s+)?dự\s+(?:buổi\s+)?lễ\s+đón\s+(?:còn\s+)?có\s")
#: the welcomed delegation's name after the ceremony noun ("lễ đón chính thức đoàn X")
_DELEGATION: Final = re.compile(
    r"(?:\s+chính\s+thức)?\s+đoàn\s+((?:\w+\s+){1,12}?\w+)(?=\s+(?:được|đã|diễn))"
)
#: after "đoàn <X>": "do <guest> làm trưởng đoàn"
_LED: Final = re.compile(r"\s+do\s+(.{0,80}?)\s+làm\s+trưởng\s+đoàn")
#: how far after the ceremony's sentence its attendance is told (about two sentences)
_ATTENDANCE_REACH: Final = 400
#: how many sentences after the ceremony its sides are looked for
_REACH: Final = 3


def is_passive_ceremony(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """ "Chiều 5/3, lễ đón ... được tổ chức tại X": a ceremony noun opening its sentence whose
    verb is a passive 'được tổ chức' / 'diễn ra', and whose attendance the next sentences tell
    (a reported event, not a back-reference)."""
    if hit.trigger.type != "reception" or not hit.trigger.phrase.startswith("lễ "):
        return False
    if not _OPENING.fullmatch(low, sentence.start, hit.start):
        return False
    if _PASSIVE.search(low, hit.end, min(sentence.end, hit.end + 160)) is None:
        return False
    # only a ceremony the article goes on to describe ("Dự lễ đón có ..."); one that merely
    # opens the account of a later reception ("Sau lễ đón, A tiếp B") stays its companion
    return _ATTENDED.search(low, sentence.end, sentence.end + _ATTENDANCE_REACH) is not None


def _first_after(view: ArticleView, start: int, end: int) -> Person | None:
    mentions = view.mentions_in(start, end)
    return mentions[0].person if mentions else None


def passive_sides(
    view: ArticleView, sentences: Sequence[Sentence], index: int, hit: TriggerHit
) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    """(hosts, guests) of a passive ceremony from the next few sentences."""
    low = view.lower
    hosts: tuple[Person, ...] = ()
    guests: tuple[Person, ...] = ()
    named = _DELEGATION.match(low, hit.end, sentences[index].end)
    head = f"đoàn {named.group(1)}" if named else None
    for sentence in sentences[index + 1 : index + 1 + _REACH]:
        if not hosts:
            attended = _ATTENDED.search(low, sentence.start, sentence.end)
            host = attended and _first_after(view, attended.end(), sentence.end)
            if host:
                hosts = (host,)
        if head is not None and not guests:
            led = _led_by(low, head, sentence.start, sentence.end)
            guest = led and _first_after(view, led.start(1), led.end(1))
            if guest:
                guests = (guest,)
    return hosts, guests


def _led_by(low: str, head: str, start: int, end: int) -> re.Match[str] | None:
    """The first "<head> do <guest> làm trưởng đoàn" in ``low[start:end]`` (its ``_LED``
    part): ``str.find`` for the delegation's name, not a pattern compiled with it."""
    p = low.find(head, start, end)
    while p != -1:
        led = _LED.match(low, p + len(head), end)
        if led is not None:
            return led
        p = low.find(head, p + 1, end)
    return None
