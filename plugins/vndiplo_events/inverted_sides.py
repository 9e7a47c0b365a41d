"""The sides of a trigger whose subject does not stand right before it.

Two word orders put the host elsewhere: the passive ("X đã được Y tiếp": Y hosts, X is the
guest; "X được đón trọng thể": nobody named hosts) and a fronted trigger with its subject after
its objects ("Tiếp X tại Y, Z khẳng định ..."). Kept apart from candidate finding (finding.py),
which asks these questions only when the plain reading of the subject zone leaves them open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import unique_people
from vndiplo_events.cues import Cues
from vndiplo_events.view import ArticleView

__all__ = ["fronted_split", "opens_clause", "passive_split"]

#: between the welcomed and the trigger of an agentless passive: "X (đã) được đón"
_AGENTLESS: Final = re.compile(r"\s+(?:(?:đã|cũng|đều)\s+)*được\s+")


def passive_split(
    view: ArticleView, cues: Cues, subjects: Sequence[Person], zone_start: int, trigger: int
) -> tuple[tuple[Person, ...], tuple[Person, ...]] | None:
    """(agents, patients) of "X (đã) được Y <trigger>", else None: the persons after the last
    "được" of the subject zone are its agents, the ones before it the patients."""
    if not subjects:
        return None
    low = view.lower
    markers = list(cues.passive_marker.finditer(low, max(zone_start, trigger - 120), trigger))
    if not markers:
        return None
    at = markers[-1].start()
    if not cues.passive.match(low, at):
        return None
    if at > zone_start and low[at - 1].isalnum():
        return None
    agents = view.mentions_in(at, trigger)
    if not agents:
        # "X được đón trọng thể": no agent, X is welcomed (only "đã", "cũng" between them)
        before = view.mentions_in(zone_start, at)
        if before and _AGENTLESS.fullmatch(low, before[-1].end, trigger):
            return (), unique_people(m.person for m in before)
        if (
            before
            and _PATIENT_GAP.fullmatch(low, before[-1].end, at)
            and _COMMON_AGENT.match(low, at, trigger)
        ):
            # "X đã được nước chủ nhà đón tiếp": a side no one names hosts
            return (), unique_people(m.person for m in before)
        if before and _named_agent(view.text, at, trigger):
            # "đoàn do X dẫn đầu đã được Công ty Y đón tiếp": a body no one names hosts
            return (), unique_people(m.person for m in before)
        return None
    if agents[0].start - at > 70:
        return None
    patients = unique_people(m.person for m in view.mentions_in(zone_start, at))
    if not patients:
        return None
    # only those the subject zone kept: a principal in a "của" complement stays out
    kept = {p.name for p in subjects}
    patients = tuple(p for p in patients if p.name in kept) or patients
    return unique_people(m.person for m in agents), patients


#: "được" then a capitalised agent that is no person: an organisation ("được Tập đoàn Y",
#: "được UBND tỉnh Z", "được Hội hữu nghị ..."), up to the trigger within one clause
_ORGANISATION_AGENT: Final = re.compile(r"được\s+[A-ZĐ][^,;.:!?\n]{0,70}\s$")
#: "được" then a side named by a common noun ("được nước chủ nhà Việt Nam", "được lãnh đạo
#: tỉnh"); not a verb that hands the act to the subject ("được giao tiếp đón đoàn": the
#: subject receives) nor a clause ("được thời gian để có cuộc gặp")
_COMMON_AGENT: Final = re.compile(
    r"được\s+(?!(?:giao|cử|phân\s+công|ủy\s+quyền|uỷ\s+quyền|mời|dịp|vinh\s+dự|trực\s+tiếp)\s)"
    r"(?:(?!(?:để|có|sẽ|đã|và|mà|với|cho)\s)\w+\s+){1,8}$"
)
#: between the welcomed and "được" of that passive: adverbs only, or the person's title
#: between commas ("X, Thủ tướng Ý, đã được ...")
_PATIENT_GAP: Final = re.compile(
    r"(?:,[^,.;:!?\n]{0,80},)?\s*(?:(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn)\s+)?"
    r"(?:(?:đã|cũng|đều|vừa|từng|sẽ)\s+)*"
)


def _named_agent(text: str, at: int, trigger: int) -> bool:
    """Is ``text[at:trigger]`` "được" and an agent named with a capital (no person: the
    caller found no mention there)?"""
    return _ORGANISATION_AGENT.match(text, at, trigger) is not None


def fronted_split(
    view: ArticleView, start: int, end: int, *, opens: bool = False
) -> tuple[tuple[Person, ...], tuple[Person, ...]] | None:
    """(subjects, objects) of a fronted trigger: "tiếp X tại Y, Z khẳng định ...": the objects
    run to the first comma after them that opens a segment naming a person, its subject.

    ``opens``: the trigger opens its clause ("Tiếp đoàn Bộ Quốc phòng Lào, Đại tướng A khẳng
    định", "Sau khi tiếp X, A đã ..."), so the first person after its first comma is its
    subject even when the objects name no one (an unnamed delegation)."""
    text = view.text
    mentions = view.mentions_in(start, end)
    if len(mentions) < (1 if opens else 2):
        return None
    if not opens and text.find(",", start, mentions[0].start) != -1:
        # A comma closes the trigger's phrase before anyone is named. "Tại buổi tiếp, X, A
        # giới thiệu ...": X alone between two commas is still its object; but "Phát biểu tại
        # chiêu đãi, A nhấn mạnh, B ...": A's segment goes on with his verb, so A is the
        # clause's subject, the trigger a setting that names no object, and nothing says
        # whom B is to A
        comma = text.find(",", mentions[0].end, end)
        named = [m for m in mentions if comma == -1 or m.end <= comma]
        if comma == -1 or text[named[-1].end : comma].strip():
            return None
    pos = mentions[0].end if len(mentions) > 1 or not opens else start
    if opens and text.find(",", start, mentions[0].start) != -1:
        # "Tiếp đoàn, ông X – Phó Chủ tịch ... cảm ơn ngài Y": the object is the unnamed
        # delegation, closed by the first comma; the first person after it is the receiver,
        # whoever he names later in his own clause (round 17 CC07, FRONTED-TIEP-DOAN)
        pos = start
    while True:
        comma = text.find(",", pos, end)
        if comma == -1:
            return None
        following = text.find(",", comma + 1, end)
        segment_end = end if following == -1 else following
        later = view.mentions_in(comma + 1, segment_end)
        if later:
            objects = unique_people(m.person for m in view.mentions_in(start, comma))
            return (later[0].person,), objects
        pos = comma + 1


#: what may stand before a trigger that opens its clause with its object, the subject after:
#: nothing, or a subordinating "sau khi", "khi", "trong khi", "trước khi"
_CLAUSE_OPENER: Final = re.compile(r"\W*(?:(?:ngay\s+)?(?:sau|trước|trong)\s+khi\s+|khi\s+)?")


def opens_clause(low: str, start: int, trigger: int) -> bool:
    """Does the trigger at ``trigger`` open the clause that starts at ``start``?"""
    return _CLAUSE_OPENER.fullmatch(low, start, trigger) is not None
