"""A photo's credit in any shape, closing a caption or standing on a line of its own.

Outlets credit photos in many ways: "Ảnh: X", "(Ảnh: X)", "- Ảnh X" with no colon, "Ảnh
Thống Nhất" after the caption's last word, "Nguồn: TTXVN" or "(Nguồn TTXVN)" after its full
stop, "Photo: Reuters", "AFP photo". What they share is their place and shape, not a spelling:
a cue word ("ảnh", "hình", "photo", "nguồn") that opens the line or follows a sentence's end, a
dash, a bar or a bracket, then only a name (capitalised words, an acronym, an address) up to
the end of the line. Prose never ends like that: "ảnh hưởng", "tặng ảnh Chủ tịch Hồ Chí Minh"
and "nguồn vốn" go on in lower case or have no boundary before the cue.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["credit_line", "trailing_credit"]

# "Ảnh: X", "Nguồn ảnh: X", "Photo : X": a cue and a colon, then any few words of a name.
_COLON_CUE: Final = re.compile(r"(?:nguồn\s+ảnh|hình\s+ảnh|ảnh|hình|photo|nguồn)\s*:\s*(?=\S)")
# "Ảnh X", "Photo by X", "Nguồn X": the cue as a word of its own, then the name.
_BARE_CUE: Final = re.compile(r"(?:nguồn\s+ảnh|ảnh|hình|photo(?:\s+by)?|nguồn)\s+(?=\S)")
#: A credit names a photographer or an agency: a few words at most.
CREDIT_NAME_MAX_WORDS: Final = 6
#: Characters after which a credit may start: a sentence's end, a dash, a bar, a bracket.
_BOUNDARY: Final = frozenset(".!?…;-–—|([\"”'’")
# Cheap test before any pattern: every credit holds one of these (lower-case) words.
_CUE_WORDS: Final = ("ảnh", "photo", "nguồn", "hình")
# What may wrap a name's words; joiners allowed between them ("Minh Đức và Lan Anh").
_WRAP: Final = "\"'“”‘’()[].,;:"
_JOINERS: Final = frozenset({"và", "&", "/", "-", "–"})
#: A credit runs to the line's end, so only this many last characters are searched for one.
CREDIT_MAX_CHARS: Final = 80


def trailing_credit(text: str, lowered: str) -> int | None:
    """Where a photo credit that closes ``text`` starts (the cue word, or the agency's name
    before "photo"), or None. ``lowered`` is ``text.lower()`` of the same length."""
    if len(lowered) != len(text):
        return None
    end = lowered[-CREDIT_MAX_CHARS:]  # a credit closes the line: only its end is searched
    if not any(map(end.__contains__, _CUE_WORDS)):
        return None
    found = _name_then_photo(text, lowered)
    if found is not None:
        return found
    for cue in _CUE_WORDS:
        pos = lowered.rfind(cue)
        # The last cue of each kind is enough: a credit runs to the line's end, and an earlier
        # cue could only start a longer credit, whose name would then hold the later cue.
        while pos != -1:
            if _starts_credit(text, lowered, pos):
                return pos
            if len(text) - pos > CREDIT_MAX_CHARS:  # a credit is short: look no further back
                break
            pos = lowered.rfind(cue, 0, pos)
    return None


def _starts_credit(text: str, lowered: str, pos: int) -> bool:
    """The cue at ``pos`` opens a credit: a boundary before it, only a name after it."""
    if pos > 0 and (lowered[pos - 1].isalnum() or not _after_boundary(text, pos)):
        return False
    colon = _COLON_CUE.match(lowered, pos)
    if colon is not None:
        return 0 < len(_name_words(text[colon.end() :])) <= CREDIT_NAME_MAX_WORDS
    bare = _BARE_CUE.match(lowered, pos)
    if bare is None or not text[pos].isupper():
        return False  # without a colon the cue is written as a word of its own: "Ảnh", "Photo"
    return _is_name(text[bare.end() :])


def _name_words(rest: str) -> list[str]:
    """The words of what follows a cue, brackets and final stops taken off."""
    return [w for w in (word.strip(_WRAP) for word in rest.split()) if w]


def _is_name(rest: str) -> bool:
    """Capitalised words (or acronyms, addresses, numbers) and joiners only: a name."""
    words = _name_words(rest)
    if not 0 < len(words) <= CREDIT_NAME_MAX_WORDS or words[0] in _JOINERS:
        return False
    if not any(ch.isalpha() for w in words for ch in w):
        return False  # "Ảnh 2": a photo's number, which the caption below belongs to
    return all(w in _JOINERS or w[0].isupper() or w[0].isdigit() for w in words)


def _after_boundary(text: str, pos: int) -> bool:
    """The text before ``pos`` ends a sentence or sets the credit off (dash, bar, bracket)."""
    before = text[:pos].rstrip()
    return not before or before[-1] in _BOUNDARY


def _name_then_photo(text: str, lowered: str) -> int | None:
    """ "... Hà Nội. AFP photo", "(Reuters Photo)": where the agency's name starts."""
    core = lowered.rstrip(" .)]")
    if not core.endswith("photo"):
        return None
    before = text[: len(core) - len("photo")].rstrip()
    # The agency: the last one to three capitalised words before "photo".
    words = before.split()
    k = 0
    while k < min(len(words), 3) and words[-1 - k].strip(_WRAP)[:1].isupper():
        k += 1
    if k == 0:
        return None
    start = len(before) - len(" ".join(words[-k:]))
    name = text[start:]
    start += len(name) - len(name.lstrip('(["“ '))
    return start if _after_boundary(text, start) else None


_PHOTO_SOURCE: Final = re.compile(r"[(\[ ]*nguồn (?:hình ảnh|hình|ảnh)\s*[,:]\s*\S")


def credit_line(text: str, lowered: str, words: int) -> bool:
    """A line that is only a photo's credit ("Ảnh Thống Nhất", "AFP photo", "Photo: Reuters"),
    printed below the caption it closes. "Nguồn: X" alone credits the article, not a photo."""
    if words <= CREDIT_NAME_MAX_WORDS + 4 and _PHOTO_SOURCE.match(lowered) is not None:
        return True  # "Nguồn hình ảnh, Reuters", "Nguồn ảnh: AFP": the photo's source
    if words > CREDIT_NAME_MAX_WORDS + 2 or lowered.lstrip("([ ").startswith("nguồn"):
        return False
    return trailing_credit(text, lowered) == (1 if text[:1] in "([" else 0)
