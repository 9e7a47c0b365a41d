"""Flagging a body whose Vietnamese letters were lost on the way, which no repair brings back.

Three kinds of damage reach the pipeline from crawled mirrors and old exports:

* every letter outside the page's code page became "?" ("Ch? t?ch n??c");
* those letters were dropped ("Tng thng", "Vit Nam", "nhm"): words with no vowel left;
* the tone marks were scrambled, two to a syllable ("tịếp", "Ngàỹ"), as some spam mirrors do.

The text is not guessed back: names and words are still quoted as written. The document gets
a warning in its ``errors`` so that a batch user can set it aside. Repaired mis-decoding
(:mod:`vndiplo.mojibake`) is reported too, since the output's title and body quote the input
as it came. Each check is a C-speed count first; the regexes run on the few bodies that pass.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vndiplo.model import Document, PluginError

__all__ = ["garbled_warning"]

_TONES: Final = "\u0300\u0301\u0303\u0309\u0323"
_TONED: Final = "".join(
    c
    for c in map(chr, range(0xC0, 0x1F00))
    if c.isalpha() and any(m in unicodedata.normalize("NFD", c) for m in _TONES)
)
#: "?" standing for a letter: between two letters ("t?ch", "n??c").
_QUESTION_LETTER: Final = re.compile(r"(?<=[^\W\d_])\?+(?=[^\W\d_])")
#: Two toned vowels in a row: no Vietnamese syllable carries two tone marks.
_TWO_TONES: Final = re.compile(f"[{_TONED}][{_TONED}]")
#: A lower-case word of two or more Vietnamese consonants and no vowel ("thng", "nhm").
_NO_VOWEL: Final = re.compile(r"(?<![^\W_])[bcdđghklmnpqrstvx]{2,}(?![^\W_])")

#: Share of the body's words a kind of damage must reach, and the least count, per kind.
_SHARE: Final = 0.05
_LEAST: Final = 8
#: Extra UTF-8 bytes per character below which letters may have been lost, and above which
#: tone marks may have piled up (the regexes run only there).
_FEW_MARKS: Final = 0.2
_MANY_MARKS: Final = 0.4
#: How far inside that range a whole page must be to skip the body's check (menus and
#: credits around a damaged body shift the page's share a little).
_MARGIN: Final = 0.05


def garbled_warning(doc: Document) -> PluginError | None:
    """A warning if the kept body reads as damaged text (or was repaired), else None."""
    view = doc.normalized
    repaired = view.repaired_sequences
    if repaired:
        return _warning(
            f"mis-decoded text repaired: {repaired} UTF-8 letters read as Windows-1252/1258 "
            "('Viá»‡t' for 'Việt'); names and dates are read from the repaired text, the "
            "title and body quote the input as it came"
        )
    if _looks_sound(view.text):
        return None
    body = "\n".join(
        view.text[slice(*view.span_from_original(b.start, b.end))] for b in doc.blocks if b.kept
    )
    if not body:
        return None
    # Words, roughly (a C count), and the extra UTF-8 bytes per character: about 0.3 in
    # Vietnamese prose, under 0.2 once letters are lost, over 0.4 when tones pile up.
    words = body.count(" ") + body.count("\n") + 1
    threshold = max(_LEAST, _SHARE * words)
    marked = (len(body.encode()) - len(body)) / len(body)
    if body.count("?") >= threshold:
        lost = len(_QUESTION_LETTER.findall(body))
        if lost >= threshold:
            return _warning(
                f"garbled text: '?' stands for {lost} letters with diacritics ('t?ch'); "
                "words and names are quoted as written"
            )
    if marked < _FEW_MARKS:
        dropped = _NO_VOWEL.findall(body)
        if len(dropped) >= threshold:
            sample = ", ".join(repr(w) for w in dropped[:3])
            return _warning(
                f"garbled text: {len(dropped)} words lost their letters with diacritics "
                f"({sample}); names and titles may be cut"
            )
    if marked > _MANY_MARKS:
        scrambled = len(_TWO_TONES.findall(body))
        if scrambled >= threshold:
            return _warning(
                f"garbled text: {scrambled} syllables carry two tone marks (scrambled "
                "diacritics); names and words are quoted as written"
            )
    return None


def _looks_sound(text: str) -> bool:
    """The whole page's quick verdict (two C scans), before the body is put together: too
    few "?" for the first kind of damage and a share of marked letters well inside the
    range of sound Vietnamese (see :data:`_FEW_MARKS`) for the other two."""
    if not text or text.count("?") >= _LEAST:
        return not text
    marked = (len(text.encode()) - len(text)) / len(text)
    return _FEW_MARKS + _MARGIN <= marked <= _MANY_MARKS - _MARGIN


def _warning(message: str) -> PluginError:
    return PluginError("vndiplo", "vndiplo_clean", message)
