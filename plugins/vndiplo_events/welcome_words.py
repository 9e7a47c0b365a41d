"""The words of a welcome, as a sentence naming who received a delegation opens: "Tiếp đoàn",
"Đón tiếp và làm việc với đoàn", "Đón và tiếp đoàn" (two welcome verbs joined), one pattern
for every step that reads the hosts after its "có"."""

from __future__ import annotations

from typing import Final

__all__ = ["WELCOME_VERBS"]

#: one welcome verb or two joined by "và", then an optional "và làm việc" and "với"
WELCOME_VERBS: Final = (
    r"(?:đón\s+tiếp|tiếp\s+đón|tiếp\s+kiến|tiếp|đón)"
    r"(?:\s+và\s+(?:đón\s+tiếp|tiếp\s+đón|tiếp|đón))?"
    r"(?:\s+và\s+làm\s+việc)?(?:\s+với)?"
)
