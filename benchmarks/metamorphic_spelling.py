"""Spelling rewrites for ``benchmarks.metamorphic``: tone placement and standard abbreviations.

Both change how words are written, never which words: the old and new places of the tone mark
("hòa" / "hoà") and the short and long forms of the administrative names every outlet abbreviates
differently ("UBND" / "Ủy ban nhân dân").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from benchmarks.metamorphic_transforms import Found, Rewrite
from vndiplo.place_names import COUNTRIES

# 9. legacy_tones ----------------------------------------------------------------------------

#: The tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng).
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_ONSET = "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX"
#: An open syllable "oa", "oe" or "uy" with the tone on its first vowel ("hòa", "khỏe", "thủy").
_OLD_TONE = re.compile(
    rf"(?<![\w])([{_ONSET}]*)([òóõỏọÒÓÕỎỌ][aeAE]|[ùúũủụÙÚŨỦỤ][yY])(?![\w])", re.UNICODE
)


def _move_tone(m: re.Match[str]) -> str:
    onset, pair = m.group(1), m.group(2)
    if onset[-1:] in ("q", "Q"):  # "qu": the "u" is part of the consonant, "quý" is not "uy"
        return m.group(0)
    first = unicodedata.normalize("NFD", pair[0])
    tone = next((c for c in first if c in _TONES), "")
    bare = first.replace(tone, "")
    return onset + unicodedata.normalize("NFC", bare + pair[1] + tone)


def new_tone_placement(text: str) -> str:
    """The tone of an open "oa", "oe", "uy" on its second vowel, as the 1980s spelling rules
    put it: "hòa" -> "hoà", "Khóa" -> "Khoá", "khỏe" -> "khoẻ", "Thụy" -> "Thuỵ". A syllable
    with a final consonant ("hoàng", "thuyết"), "ua" ("mùa") and "qu" ("quý") keep their place."""
    return _OLD_TONE.sub(_move_tone, text)


def legacy_tones(text: str, found: Found) -> Rewrite | None:
    new = new_tone_placement(text)
    return Rewrite(new, new_tone_placement) if new != text else None


# 10. abbreviations --------------------------------------------------------------------------

_B, _E = r"(?<![\w.])", r"(?![\w])"
#: (short form, pattern of every short spelling, long form, pattern of the long spellings).
_PAIRS: tuple[tuple[str, str, str, str], ...] = (
    ("UBND", rf"{_B}UBND{_E}", "Ủy ban nhân dân", rf"{_B}(?:Ủy|Uỷ) ban nhân dân{_E}"),
    ("HĐND", rf"{_B}HĐND{_E}", "Hội đồng nhân dân", rf"{_B}Hội đồng nhân dân{_E}"),
    (
        "TP.HCM",
        rf"{_B}(?:TP\. ?HCM|TPHCM|TP HCM|TP\.? Hồ Chí Minh){_E}",
        "Thành phố Hồ Chí Minh",
        rf"{_B}[Tt]hành phố Hồ Chí Minh{_E}",
    ),
    (
        "BCH TƯ",
        rf"{_B}BCH (?:TƯ|Trung ương){_E}",
        "Ban Chấp hành Trung ương",
        rf"{_B}Ban [Cc]hấp hành Trung ương{_E}",
    ),
)
#: "QH" only after a title or body that belongs to the National Assembly alone.
_QH_OWNERS = r"Phó Chủ tịch|Chủ tịch|Tổng Thư ký|Văn phòng|Ủy ban Thường vụ|đại biểu|Đại biểu"
_QH_SHORT = re.compile(rf"{_B}({_QH_OWNERS}) QH{_E}")
#: The long form is shortened only before a person's name: "Chủ tịch Quốc hội Trần Văn A",
#: never "Chủ tịch Quốc hội Lào" (another country's assembly) or "Quốc hội khóa XV".
_QH_LONG = re.compile(rf"{_B}(Phó Chủ tịch|Chủ tịch) Quốc hội (?=[A-ZĐ]\w* [A-ZĐ]\w* [A-ZĐ])")
_SHORTS = tuple((re.compile(s), long) for _, s, long, _ in _PAIRS)
_LONGS = tuple((re.compile(lp), short) for short, _, _, lp in _PAIRS)


def expand_abbreviations(text: str) -> str:
    """ "UBND" -> "Ủy ban nhân dân", "HĐND" -> "Hội đồng nhân dân", "TP.HCM"/"TPHCM"/"TP Hồ
    Chí Minh" -> "Thành phố Hồ Chí Minh", "BCH TƯ" -> "Ban Chấp hành Trung ương", and "QH" ->
    "Quốc hội" after a title of the Assembly ("Chủ tịch QH", "đại biểu QH")."""
    for pattern, long in _SHORTS:
        text = pattern.sub(long, text)
    return _QH_SHORT.sub(r"\1 Quốc hội", text)


def _assembly_short(m: re.Match[str]) -> str:
    after = m.string[m.end() : m.end() + 40].split()
    if " ".join(after[:1]) in COUNTRIES or " ".join(after[:2]) in COUNTRIES:
        return m.group(0)  # "Chủ tịch Quốc hội Peru Ana Ruiz": another country's assembly
    return f"{m.group(1)} QH "


def contract_abbreviations(text: str) -> str:
    """The other way: the long forms (capitalised as names of bodies) become the short ones;
    "Chủ tịch Quốc hội" becomes "Chủ tịch QH" only before a three-word name that does not
    start with a country."""
    for pattern, short in _LONGS:
        text = pattern.sub(short, text)
    return _QH_LONG.sub(_assembly_short, text)


def _has_short(text: str) -> bool:
    return any(p.search(text) for p, _ in _SHORTS) or bool(_QH_SHORT.search(text))


def abbreviations(text: str, found: Found) -> Rewrite | None:
    """One direction per page, as an outlet's style sheet would: a page that abbreviates gets
    every short form spelled out, a page that does not gets the long forms shortened."""
    step: Callable[[str], str] = (
        expand_abbreviations if _has_short(text) else contract_abbreviations
    )
    new = step(text)
    return Rewrite(new, step) if new != text else None
