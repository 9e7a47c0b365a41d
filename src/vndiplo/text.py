"""Shared Vietnamese text helpers: one normalised view of the text, offsets kept to the original.

Articles arrive in NFC and NFD, with old and new tone-mark placement ("hoá"/"hóa", "Uỷ"/"Ủy"),
non-breaking and zero-width spaces. Plugins match their patterns against one canonical form,
:class:`NormalizedText`, and map every span they find back to the original input with
:meth:`NormalizedText.span_to_original`, so ``document.text[start:end]`` always quotes the input.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from vndiplo.glued import glue_cuts
from vndiplo.glued_stops import stop_cuts
from vndiplo.mojibake import repair_mojibake

__all__ = [
    "NormalizedText",
    "fold",
    "iter_lines",
    "normalize",
    "normalize_tone_marks",
    "same_length_lower",
]

# Characters that render as a space (or as nothing) and that we read as a plain space, and
# look-alike letters read as the Vietnamese one.
_SPACE_LIKE = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",
    "\u2000": " ",
    "\u2001": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\t": " ",
    "\u200b": " ",  # zero-width space: kept one-for-one so offsets stay simple
    "\ufeff": " ",  # byte-order mark met mid-text
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    # Legacy pages write the Icelandic eth for the Vietnamese D with stroke ("Ðảng", "Ðối
    # ngoại"); they look alike and are read as "Đ"/"đ", one character for one.
    "\u00d0": "\u0110",
    "\u00f0": "\u0111",
}
_SPACE_PAIRS = tuple(_SPACE_LIKE.items())


def _plain_spaces(text: str) -> str:
    # Most texts hold none of these characters, and one ``in`` per character (a C search) is
    # cheaper than a regex class tested at every position (and far cheaper than
    # str.translate). No replacement is itself replaced, so the order does not matter.
    for char, plain in _SPACE_PAIRS:
        if char in text:
            text = text.replace(char, plain)
    return text


# Two conventions place the tone of the open syllables "oa", "oe", "uy" differently: "hoá"/"hóa",
# "Uỷ"/"Ủy". Both occur in one article; we read everything in the one the Vietnamese press uses
# most ("hóa", "Ủy": tone on the first vowel). "qu" is a consonant, so "quý" is left alone.
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _tone_moves() -> dict[str, str]:
    """NFC pairs with the tone on the second vowel mapped to the first: "oá" -> "óa"."""
    moves = {}
    for first in "oOuU":
        for second in "aAeEyY":
            for tone in _TONES:
                old = unicodedata.normalize("NFC", first + second + tone)
                new = unicodedata.normalize("NFC", first + tone + second)
                moves[old] = new
    return moves


_TONE_MOVES = _tone_moves()
# A pair not preceded by "q" and not followed by another letter (nor by a stray combining
# mark, which would compose with the moved letter next time). One pattern per first vowel:
# ``re`` finds a literal first character with a fast string search, but tests a character set
# ([oOuU]) at every position, which cost twice as much over a page. Two matches never overlap
# (the second letter of a pair is never "o" or "u"), so the four scans find what one would.
_OLD_TONE_BY_VOWEL = tuple(
    re.compile(
        f"{vowel}(?<![qQ]{vowel})["
        + "".join(sorted({pair[1] for pair in _TONE_MOVES}))
        + "](?![^\\W_]|[\u0300-\u036f])"
    )
    for vowel in "oOuU"
)


def _new_tones(nfc: str) -> str:
    """``nfc`` with every old-style pair moved (see :data:`_TONE_MOVES`)."""
    starts = [m.start() for pattern in _OLD_TONE_BY_VOWEL for m in pattern.finditer(nfc)]
    if not starts:
        return nfc  # the common case: the page writes the new style throughout
    starts.sort()
    pieces: list[str] = []
    last = 0
    for at in starts:
        pieces += (nfc[last:at], _TONE_MOVES[nfc[at : at + 2]])
        last = at + 2
    pieces.append(nfc[last:])
    return "".join(pieces)


def normalize_tone_marks(text: str) -> str:
    """Move the tone mark of open "oa", "oe", "uy" onto the first vowel (``hoá`` -> ``hóa``).

    Works on any normalisation form and returns NFC, in one regex pass over the NFC text. The
    length is unchanged, which is what lets :class:`NormalizedText` keep its offsets.
    """
    nfc = unicodedata.normalize("NFC", text)
    return _new_tones(nfc)


def normalize(text: str) -> str:
    """Return the canonical form plugins match against: NFC, new tone marks, plain spaces."""
    return NormalizedText(text).text


def fold(text: str) -> str:
    """Lower-case, normalised key for lexicon look-ups ("Uỷ viên" and "ủy viên" fold alike)."""
    if len(text) <= _FOLD_CACHED_CHARS:
        return _fold_short(text)
    return normalize(text).lower()


#: Titles, names and phrases, folded again and again for every statement and person, are
#: this short; a page-long text is folded afresh (and never held by the cache).
_FOLD_CACHED_CHARS = 80


@lru_cache(maxsize=4096)
def _fold_short(text: str) -> str:
    return normalize(text).lower()


class NormalizedText:
    """The canonical view of a text and the map from its offsets back to the original.

    ``text`` is NFC with new-style tone marks, every space-like character turned into a space, a
    run of spaces into one and every line separator (CRLF too) into ``\\n``. For text that is
    already NFC with single spaces (the common case) the view has the same length as the
    original and the map is the identity, so it costs one copy.
    """

    __slots__ = (
        "_lower",
        "_same_length_lower",
        "_to_original",
        "original",
        "repaired_sequences",
        "text",
    )

    def __init__(self, original: str) -> None:
        self.original = original
        self._lower: str | None = None
        self._same_length_lower: str | None = None
        # Mis-decoded UTF-8 ("Viá»‡t") is repaired first, before its no-break spaces and
        # "Ð"s read as plain ones; every later map is composed with the repair's.
        source, repaired = repair_mojibake(original)
        #: How many mis-decoded letters were repaired (see :mod:`vndiplo.mojibake`).
        self.repaired_sequences = (
            0 if repaired is None else sum(b - a > 1 for a, b in pairwise(repaired))
        )
        spaced = _plain_spaces(source)
        # A run of spaces reads as one and a CRLF line end as one "\n" (not a blank line), so
        # every plugin sees "Bộ trưởng  Lê Văn A" and "TP.\u00a0HCM" as the plain text.
        squeezed = _squeeze(source, spaced)
        base: array[int] | None = None
        if squeezed is not None:
            spaced, base = squeezed
        if spaced.isascii():
            self.text = spaced
            self._to_original: array[int] | None = _composed(base, repaired)
            return
        nfc = unicodedata.normalize("NFC", spaced)
        # Lost spaces go back before the tone marks move: a tone pair that ends a glued word
        # ("hoáLan") must read as word-final on the first pass, as it will on the next. The
        # space after a glued full stop goes first: glued words are looked for between dots.
        spaced_nfc, rounds = _put_back_spaces(nfc)
        canonical = _new_tones(spaced_nfc)
        self.text = canonical
        if len(nfc) == len(spaced) and not rounds:
            self._to_original = _composed(base, repaired)
            return
        offsets = (
            _nfc_offset_map(spaced)
            if len(nfc) != len(spaced)
            else array("i", range(len(spaced) + 1))
        )
        if len(offsets) != len(nfc) + 1:
            # Composition across clusters (rare scripts): fall back to a clamped identity map,
            # which keeps every offset valid even where it is not exact.
            offsets = array("i", (min(i, len(spaced)) for i in range(len(nfc) + 1)))
        for cuts in rounds:
            offsets = _with_inserted(offsets, cuts)
        self._to_original = _composed(_composed(offsets, base), repaired)

    # The boilerplate, titles and events stages each read the whole page lower-cased (about
    # 35 us for 8 KB of Vietnamese): the view lowers it once for all of them.
    @property
    def lower(self) -> str:
        """``text.lower()``, computed once."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def same_length_lower(self) -> str:
        """:func:`same_length_lower` of ``text``, computed once."""
        if self._same_length_lower is None:
            low = self.lower
            self._same_length_lower = (
                low if len(low) == len(self.text) else same_length_lower(self.text)
            )
        return self._same_length_lower

    @property
    def is_identity(self) -> bool:
        """Does every offset of :attr:`text` equal the offset of :attr:`original`?"""
        return self._to_original is None

    def to_original(self, offset: int) -> int:
        """Map an offset in :attr:`text` (0..len) to the matching offset in :attr:`original`."""
        if self._to_original is None:
            return offset
        return self._to_original[offset]

    def from_original(self, offset: int) -> int:
        """Map an offset in :attr:`original` to the offset in :attr:`text` that covers it."""
        if self._to_original is None:
            return offset
        return bisect_right(self._to_original, offset) - 1 if offset > 0 else 0

    def span_from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`original` (a block, say) onto :attr:`text`."""
        if self._to_original is None:
            return start, end
        return self.from_original(start), bisect_left(self._to_original, end)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`text` onto :attr:`original`."""
        return self.to_original(start), self.to_original(end)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"NormalizedText({self.text[:40]!r}{'...' if len(self.text) > 40 else ''})"


def same_length_lower(text: str) -> str:
    """``text.lower()`` with every offset kept (a character whose lower case is longer, such
    as "İ", stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


#: The second and later spaces of a run (after :func:`_plain_spaces`), dropped.
_EXTRA_SPACES = re.compile(r"(?<= ) +")


def _squeeze(original: str, spaced: str) -> tuple[str, array[int]] | None:
    """``spaced`` (``original`` with plain spaces, the same length) without the extra spaces
    of a run and without the "\n" of each CRLF, with the map of its offsets (and its end) to
    ``original``; None when there is nothing to drop (the common case, two C scans)."""
    crlf = "\r\n" in original
    if not crlf and "  " not in spaced:
        return None
    drops = [(m.start(), m.end()) for m in _EXTRA_SPACES.finditer(spaced)]
    if crlf:
        drops += ((m.start() + 1, m.end()) for m in re.finditer("\r\n", original))
        drops.sort()
    offsets = array("i")
    parts = []
    kept = 0
    for start, end in drops:
        parts.append(spaced[kept:start])
        offsets.extend(range(kept, start))
        kept = end
    parts.append(spaced[kept:])
    offsets.extend(range(kept, len(spaced) + 1))
    return "".join(parts), offsets


#: Rounds of space insertion at most (a round puts back spaces after glued full stops, then
#: between glued words); one more round finds nothing on all but contrived texts.
_SPACE_ROUNDS = 4


def _put_back_spaces(text: str) -> tuple[str, list[list[int]]]:
    """``text`` with the spaces a crawl lost put back, and the cuts of each insertion in
    order. A space after a full stop frees the word after it for :func:`glue_cuts` (a word
    touching a dot is left whole), and a cut word can free a full stop, so the rounds run
    until none cuts: normalising the result again changes nothing."""
    rounds: list[list[int]] = []
    for _ in range(_SPACE_ROUNDS):
        stops = stop_cuts(text)
        if stops:
            text = _insert_spaces(text, stops)
            rounds.append(stops)
        cuts = glue_cuts(text)
        if cuts:
            text = _insert_spaces(text, cuts)
            rounds.append(cuts)
        if not stops and not cuts:
            break
    return text, rounds


def _composed(inner: array[int] | None, outer: array[int] | None) -> array[int] | None:
    """The map ``outer[inner[i]]`` (None stands for the identity)."""
    if outer is None:
        return inner
    if inner is None:
        return outer
    return array("i", [outer[o] for o in inner])


def _insert_spaces(text: str, cuts: list[int]) -> str:
    """``text`` with a space put back at each offset of ``cuts`` (increasing)."""
    bounds = [0, *cuts, len(text)]
    return " ".join(text[a:b] for a, b in pairwise(bounds))


def _with_inserted(offsets: array[int], cuts: list[int]) -> array[int]:
    """The offset map once a space is inserted at each of ``cuts``: the space maps to the
    original offset of the character after it, so the map stays non-decreasing."""
    out = array("i")
    prev = 0
    for cut in cuts:
        out.extend(offsets[prev:cut])
        out.append(offsets[cut])
        prev = cut
    out.extend(offsets[prev:])
    return out


def _nfc_offset_map(text: str) -> array[int]:
    """Offsets of each NFC character's start in ``text`` (plus the end), for NFD input."""
    starts = array("i")
    # Split into clusters: a starter and its combining marks compose into one or more NFC chars.
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        if len(composed) == j - i:
            starts.extend(range(i, j))
        else:
            # The cluster composed: its first character starts where the cluster does; any
            # marks that did not compose keep the offsets of the last marks of the cluster.
            starts.append(i)
            extra = len(composed) - 1
            starts.extend(range(j - extra, j))
        i = j
    starts.append(n)
    return starts


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every line of ``text`` (newline excluded, blank lines kept)."""
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end == -1:
            end = n
        yield start, end
        start = end + 1
