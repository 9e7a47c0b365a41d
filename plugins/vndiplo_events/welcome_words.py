"""The words of a welcome, as a sentence naming who received a delegation opens: "Tiếp đoàn",
"Đón tiếp, làm việc với đoàn", "Đón và tiếp đoàn" (two welcome verbs joined), one pattern
for every step that reads the hosts after its "có"."""

from __future__ import annotations

from typing import Final

__all__ = ["ARRIVAL_PLACE", "DELEGATION_WELCOME", "WELCOME_TRIGGERS", "WELCOME_VERBS"]

#: the trigger phrases of a plain welcome (the trigger table's reported phrases; not the
#: ceremony "lễ đón", nor "tiếp", which is a reception of its own)
WELCOME_TRIGGERS: Final = frozenset({"đón", "đón tiếp", "tiếp đón"})

#: one welcome verb or two joined by "và", then an optional "và làm việc" and "với"
WELCOME_VERBS: Final = (
    r"(?:đón\s+tiếp|tiếp\s+đón|tiếp\s+kiến|tiếp|đón)"
    r"(?:\s+và\s+(?:đón\s+tiếp|tiếp\s+đón|tiếp|đón))?"
    r"(?:\s+và\s+làm\s+việc)?(?:\s+với)?"
)

#: one act of those who received a delegation: welcoming, receiving, attending, working with
_RECEIVING_ACT: Final = (
    r"(?:đón\s+tiếp|tiếp\s+đón|chào\s+đón|tiếp\s+kiến|hội\s+kiến|tham\s+dự|làm\s+việc"
    r"|gặp\s+gỡ|tiếp|đón|dự|gặp)"
)
#: the way to an airport the welcomers went ("Ra sân bay", "Có mặt tại sân bay Y để"): they
#: met the delegation where it landed and host its visit (README AJ3); a border gate is not
#: one (its list hosts no visit: arrival_welcomers.py)
_TO_THE_AIRPORT: Final = (
    r"(?:(?:ra|tới|đến|có\s+mặt)(?:\s+(?:tại|ở))?(?:\s+tận)?\s+(?:sân\s+bay|phi\s+trường)"
    r"(?:\s+[^,.;:]{0,50}?)?(?:\s+để)?\s+)"
)
#: where a delegation arrives: a greeting there names no host of the visit (README AJ3 keeps
#: airport welcomers as hosts only through their own wording, _TO_THE_AIRPORT)
ARRIVAL_PLACE: Final = r"sân\s+bay|phi\s+trường|cửa\s+khẩu|nhà\s+ga|ga\s|bến\s+cảng|cảng(?!\w)"

#: a sentence naming who received a delegation, whatever acts it joins and in what order:
#: "<act> và <act> với đoàn có", "Phía <side>, <act>, <act> đoàn có", "<act>, <act> với đoàn,
#: phía <side> có", "Tiếp đoàn, có", and the delegation left unsaid after the sentence that
#: brought it ("Tiếp và làm việc có A"); the people after "có" received it.
#: The one received is the delegation itself (no person named before "có": a guest named
#: there, "Tiếp Đại sứ X có Y", makes a reception of its own, welcomers.py); a greeting at the
#: place of arrival ("Đón đoàn tại cửa khẩu có X", "... ở sân bay có X": X met them where they
#: arrived) names no host. A short fronted time or place phrase may open it ("Chiều cùng ngày,
#: tiếp đoàn có"), but not the place of arrival ("Tại sân bay, đón đoàn có").
DELEGATION_WELCOME: Final = (
    r"[\W\d]*(?:(?:(?!sân\s+bay|cửa\s+khẩu|nhà\s+ga|ga\s|bến\s+cảng)[^,.;:]){1,40},\s*)?"
    r"(?:(?:về\s+)?phía\s[^,.;:]{1,60},\s*)?(?:cùng\s+)?"
    # "Đại diện đón tiếp đoàn phía X có A": those who stood for the receiving side
    r"(?:đại\s+diện\s+(?:cho\s+)?)?"
    + _TO_THE_AIRPORT
    + r"?"
    + _RECEIVING_ACT
    + r"(?:\s*(?:,|và|cùng)\s*"
    + _RECEIVING_ACT
    + r"){0,3}(?:(?:\s+với)?\s+(?:các\s+thành\s+viên\s+(?:của\s+)?|các\s+)?(?:phái\s+)?đoàn(?!\w)"
    r"(?:(?!\s(?:tại|ở)\s+(?:" + ARRIVAL_PLACE + r"))[^.;:]){0,80}?[\s,]\s*|\s+)(?:còn\s+)?có(?!\w)"
)
