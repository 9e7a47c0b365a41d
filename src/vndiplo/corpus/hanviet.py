"""Whether a Chinese name read the Vietnamese way and one in pinyin could be one person.

Vietnamese outlets write Chinese names in Sino-Vietnamese ("Lưu Ninh"), English and other
Latin-script outlets in pinyin ("Liu Ning"). A syllable reading is many-to-many (one
Vietnamese syllable reads characters Mandarin reads several ways, and one pinyin syllable
stands for several Vietnamese ones), so no key joins the two: :func:`could_be_one` only says
two spellings *fit*, syllable by syllable, against :data:`~vndiplo.corpus.hanviet_table.
HANVIET_READINGS`:

- the Vietnamese spelling carries Vietnamese marks and every one of its syllables is in the
  table; the pinyin spelling is plain Latin letters, two words or more;
- both are written family name first, with the same number of syllables, each pinyin syllable
  a reading of the Vietnamese syllable in its place; pinyin syllables may be written apart,
  hyphened or joined ("Jin Ping", "Jin-ping", "Jinping"), but a written break always falls
  between two syllables;
- tones are absent from pinyin as the press prints it ("ü" may be written "u").

A fit is evidence, never identity: a pinyin syllable such as "li" reads a dozen Vietnamese ones,
so the corpus takes a fit as one side of two reports that already share a person
(:mod:`vndiplo.corpus.sides`), and as one person only inside one merged event
(:mod:`vndiplo.corpus.aliases`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from vndiplo.corpus.hanviet_table import HANVIET_READINGS
from vndiplo.corpus.names import clean_name, name_key
from vndiplo.text import normalize

__all__ = ["could_be_one", "pinyin_fits", "pinyin_ids", "pinyin_shaped"]

#: Longer names are no Chinese names (and would make the search below needlessly wide).
_MAX_SYLLABLES: Final = 5
_READINGS: Final = {normalize(k).lower(): v for k, v in HANVIET_READINGS.items()}
_PINYIN_BREAKS: Final = re.compile(r"[-‐‑'’]+")
_ALL_READINGS: Final = frozenset(r for found in _READINGS.values() for r in found)
_LONGEST_READING: Final = max(len(r) for r in _ALL_READINGS)


@lru_cache(maxsize=1 << 14)
def _vietnamese_syllables(name: str) -> tuple[str, ...] | None:
    """The table syllables of a marked Vietnamese name, or None when it is not such a name."""
    text = normalize(clean_name(name)).lower()
    decomposed = unicodedata.normalize("NFD", text)
    if "đ" not in text and not any(unicodedata.combining(c) for c in decomposed):
        return None  # no mark: a Latin-script name, or a Vietnamese one printed without marks
    syllables = tuple(text.split())
    if not 2 <= len(syllables) <= _MAX_SYLLABLES:
        return None
    if not all(s in _READINGS for s in syllables):
        return None
    return syllables


@lru_cache(maxsize=1 << 14)
def _pinyin_chunks(name: str) -> tuple[str, ...] | None:
    """The written pieces of a pinyin name ("Xi Jin-ping" -> xi, jin, ping), or None."""
    text = clean_name(name).lower().replace("ü", "u")
    words = text.split()
    if len(words) < 2:
        return None
    chunks = tuple(c for w in words for c in _PINYIN_BREAKS.split(w) if c)
    if not chunks or not all(c.isascii() and c.isalpha() for c in chunks):
        return None
    return chunks


def _readable(chunk: str) -> bool:
    """Whether a written piece is a run of table readings ("jinping": jin, ping)."""
    if not chunk:
        return True
    return any(
        chunk[:n] in _ALL_READINGS and _readable(chunk[n:])
        for n in range(min(len(chunk), _LONGEST_READING), 0, -1)
    )


@lru_cache(maxsize=1 << 14)
def pinyin_shaped(name: str) -> bool:
    """Whether a name could be pinyin the table reads: cheap, before looking for a partner."""
    chunks = _pinyin_chunks(name)
    return chunks is not None and len(chunks) <= _MAX_SYLLABLES and all(map(_readable, chunks))


def _spans(chunk: str, syllables: tuple[str, ...], start: int) -> Iterator[int]:
    """Each end ``i`` such that ``chunk`` reads exactly ``syllables[start:i]``."""
    if not chunk:
        yield start
        return
    if start == len(syllables):
        return
    for reading in _READINGS[syllables[start]]:
        if chunk.startswith(reading):
            yield from _spans(chunk[len(reading) :], syllables, start + 1)


def _fits(chunks: tuple[str, ...], syllables: tuple[str, ...], start: int) -> bool:
    if not chunks:
        return start == len(syllables)
    return any(
        _fits(chunks[1:], syllables, end)
        for end in _spans(chunks[0], syllables, start)
        if end > start
    )


@lru_cache(maxsize=1 << 14)
def pinyin_fits(vietnamese: str, pinyin: str) -> bool:
    """Whether ``pinyin`` reads the Sino-Vietnamese name ``vietnamese`` syllable by syllable."""
    syllables = _vietnamese_syllables(vietnamese)
    chunks = _pinyin_chunks(pinyin)
    if syllables is None or chunks is None or len(chunks) > len(syllables):
        return False
    return _fits(chunks, syllables, 0)


def could_be_one(a: str, b: str) -> bool:
    """Whether two spellings, in either order, are a Sino-Vietnamese name and its pinyin."""
    return pinyin_fits(a, b) or pinyin_fits(b, a)


#: Past this many readings of one name, looking its pinyin spellings up costs more than it finds.
_MAX_SPELLINGS: Final = 64


@lru_cache(maxsize=1 << 14)
def pinyin_ids(vietnamese: str) -> frozenset[str]:
    """The person ids (:func:`~vndiplo.corpus.names.name_key`) of the pinyin spellings that read
    a Sino-Vietnamese name, family name first, given syllables joined or apart: an index lookup
    for the other script's spelling, to be checked with :func:`pinyin_fits`."""
    syllables = _vietnamese_syllables(vietnamese)
    if syllables is None:
        return frozenset()
    choices = [sorted(_READINGS[s]) for s in syllables]
    count = 1
    for found in choices:
        count *= len(found)
    if count > _MAX_SPELLINGS:
        return frozenset()
    ids = set()
    for readings in itertools.product(*choices):
        for split in range(1, min(3, len(readings))):  # "Xi", or "Ouyang" of two syllables
            family, given = "".join(readings[:split]), readings[split:]
            ids.add(name_key(f"{family} {''.join(given)}"))
            ids.add(name_key(" ".join((family, *given))))
    return frozenset(ids)
