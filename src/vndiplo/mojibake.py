"""Repairing UTF-8 text that was read as Windows-1252 or Windows-1258 ("Viá»‡t Nam", "Ä\\x90").

A page saved as UTF-8 and read back in a Western code page turns every Vietnamese letter into
two or three characters ("ệ" -> "á»‡", "Đ" -> "Ä" + U+0090, "ư" -> "Æ°"). The bytes survive,
so the repair is exact: each run of such characters is encoded back to its bytes and decoded
as UTF-8, and only runs that decode strictly to one character are replaced. A page is repaired
only when it holds at least :data:`MIN_SEQUENCES` such runs, so a real "Ã" before a quote
in one headline stays as written.

:func:`repair_mojibake` returns the repaired text and the map of its offsets (and its end)
to the input's, which :class:`vndiplo.text.NormalizedText` composes with its own.
"""

from __future__ import annotations

import re
from array import array
from typing import Final

__all__ = ["MIN_SEQUENCES", "repair_mojibake"]

#: Mis-decoded runs a page must hold before any is repaired.
MIN_SEQUENCES: Final = 3


def _byte_of() -> dict[str, int]:
    """Each character Windows-1252, Windows-1258 or Latin-1 reads from a byte >= 0x80, and
    that byte (the three code pages never read one character from two different bytes)."""
    table: dict[str, int] = {}
    for codec in ("latin-1", "cp1252", "cp1258"):
        for byte in range(0x80, 0x100):
            try:
                char = bytes([byte]).decode(codec)
            except UnicodeDecodeError:
                continue
            assert table.setdefault(char, byte) == byte
    return table


_BYTE_OF: Final = _byte_of()


def _chars(low: int, high: int) -> str:
    return re.escape("".join(c for c, b in _BYTE_OF.items() if low <= b <= high))


_CONT: Final = _chars(0x80, 0xBF)
#: One UTF-8 sequence read as single-byte characters: a lead byte's character and its
#: continuation bytes' characters.
_SEQUENCE: Final = re.compile(
    f"[{_chars(0xC2, 0xDF)}][{_CONT}]|[{_chars(0xE0, 0xEF)}][{_CONT}]{{2}}"
    f"|[{_chars(0xF0, 0xF4)}][{_CONT}]{{3}}"
)
#: What every mis-decoded Vietnamese page holds: the tone-marked letters (U+1EA0-U+1EFF,
#: in almost every sentence) all start with the bytes E1 BA or E1 BB, read as "áº"/"á»"
#: (and as "Âº"/"Â»" when read wrongly twice). A C scan for one character is 100 times
#: cheaper than one for two, and only a page with a guillemet or an ordinal sign goes on.
_SIGNS: Final = ("»", "º")


#: Passes at most: text decoded wrongly twice ("Ã¡Â»") needs two.
_PASSES: Final = 3


def repair_mojibake(text: str) -> tuple[str, array[int] | None]:
    """``text`` with its mis-decoded UTF-8 repaired, and the offset map (None: unchanged).

    Repairs until nothing is left to repair, so repairing the result changes nothing."""
    if not any(sign in text for sign in _SIGNS):
        return text, None
    offsets: array[int] | None = None
    for _ in range(_PASSES):
        text, step = _repair_once(text)
        if step is None:
            break
        offsets = step if offsets is None else array("i", [offsets[o] for o in step])
    return text, offsets


def _repair_once(text: str) -> tuple[str, array[int] | None]:
    """One pass of :func:`repair_mojibake`."""
    found: list[tuple[int, int, str]] = []
    for match in _SEQUENCE.finditer(text):
        char = _decoded(match.group())
        if char is not None:
            found.append((match.start(), match.end(), char))
    if len(found) < MIN_SEQUENCES:
        return text, None
    pieces: list[str] = []
    offsets = array("i")
    last = 0
    for start, end, char in found:
        pieces += (text[last:start], char)
        offsets.extend(range(last, start + 1))
        last = end
    pieces.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return "".join(pieces), offsets


def _decoded(run: str) -> str | None:
    """The one printable character whose UTF-8 bytes ``run`` spells, else None."""
    try:
        char = bytes(_BYTE_OF[c] for c in run).decode("utf-8")
    except UnicodeDecodeError:
        return None
    # a C1 control is what a twice mis-decoded page holds after the first pass
    return char if len(char) == 1 and (char.isprintable() or char in _C1_OR_NBSP) else None


_C1_OR_NBSP: Final = frozenset(map(chr, range(0x80, 0xA1)))
