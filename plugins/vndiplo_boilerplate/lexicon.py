"""Compile the ``boilerplate.markers`` lexicon into fast look-ups, cached per registry.

Whole-line markers become one dict keyed on the folded line (O(1) per line); prefix and regex
markers become one anchored alternation, so a line costs one dict look-up and one regex match
whatever the size of the vocabulary. The compiled form is cached on the registry's identity and
``version``, so a registry that gains entries is recompiled and two runners never share state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from vndiplo.registry import Registry, lexicon
from vndiplo.text import normalize
from vndiplo_boilerplate.vocabulary import DEFAULT_MARKERS, LEXICON_KIND, Marker, as_marker

__all__ = ["CompiledMarkers", "compiled_markers", "line_key"]

# What a whole-line marker may carry after its words: a colon, arrows, a counter "(12)" or "12".
_TRAILER = re.compile(r"[\s:：>»›.…|\-–—]*(?:\(\s*\d+\s*\)|\d+)?[\s:：>»›.…|\-–—]*$")
_SPACES = re.compile(r"\s+")
_TRAILER_WINDOW = 16
_TOKEN_LINE_MAX = 80
#: What stands between the buttons of a share bar.
_SEPARATORS = frozenset("|/•·-–")


# Characters a trailer can end with (besides white space and digits).
_TRAILER_LAST = frozenset(":：>»›.…|-–—)")


# A counter printed before a widget's words: "(0) Bình luận", "12 Ý kiến", "[3] Bình luận".
_LEADER = re.compile(r"[(\[]?\s*\d{1,6}\s*[)\]]?\s+(?=[^\W\d_])")


def line_key(lowered: str) -> str:
    """The key a whole-line marker is looked up by: lower case, single spaces, no trailer and
    no counter before the words."""
    if lowered[:1].isdecimal() or lowered[:1] in "([":
        leader = _LEADER.match(lowered)
        if leader is not None:
            lowered = lowered[leader.end() :]
    last = lowered[-1:]
    if last and not (last in _TRAILER_LAST or last.isspace() or last.isdecimal()):
        # No trailer can end in this character (the usual case), so skip the search.
        # " ".join(split()) is what the substitution and strip below do, without a regex.
        return " ".join(lowered.split())
    # Only the last characters can be a trailer; matching there keeps this O(1) per line.
    cut = max(0, len(lowered) - _TRAILER_WINDOW)
    found = _TRAILER.search(lowered, cut)
    key = lowered[: found.start()] if found is not None else lowered
    return _SPACES.sub(" ", key).strip()


class CompiledMarkers:
    """Markers ready to match lines of normalised, lower-cased text."""

    __slots__ = (
        "_anchored",
        "_by_group",
        "_gate",
        "_longest_line",
        "lines",
        "sections",
        "tokens",
    )

    def __init__(self, markers: Iterable[Marker]) -> None:
        self.lines: dict[str, Marker] = {}
        self.tokens: frozenset[str]
        #: Section names, lower-cased: cut off the front of a headline, never matched as lines.
        self.sections: frozenset[str]
        tokens: set[str] = set()
        sections: set[str] = set()
        patterns: list[str] = []
        gates: list[str] = []
        self._by_group: dict[str, Marker] = {}
        for marker in markers:
            text = normalize(marker.text).lower().strip()
            if marker.role == "token":
                tokens.add(text)
            elif marker.role == "section":
                sections.add(text)
            elif marker.match == "line":
                # The first registration of a line wins, so defaults cannot be shadowed by
                # accident; a user who wants another role registers a prefix or regex marker.
                self.lines.setdefault(line_key(text), marker)
            else:
                pattern = re.escape(text) if marker.match == "prefix" else text
                re.compile(pattern)  # fail at load time, naming the bad pattern
                group = f"m{len(patterns)}"
                patterns.append(f"(?P<{group}>{pattern})")
                gates.append(f"(?:{pattern})")
                self._by_group[group] = marker
        self.tokens = frozenset(tokens | _SEPARATORS) if tokens else frozenset()
        self.sections = frozenset(sections)
        # A line longer than every whole-line marker plus a trailer cannot match one.
        self._longest_line = max(map(len, self.lines), default=0) + _TRAILER_WINDOW
        self._anchored = re.compile("|".join(patterns)) if patterns else None
        # The same alternation without the named groups, which only says whether some marker
        # matches. Speed: a branch that opens with a group is tried in full at every line,
        # while one that opens with a letter is turned down at once by the letter; most lines
        # match no marker, so the named pattern runs only on the few that do.
        self._gate = re.compile("|".join(gates)) if gates else None

    def match(self, lowered: str) -> Marker | None:
        """The marker a lower-cased, stripped line matches, or None."""
        if len(lowered) <= self._longest_line:
            marker = self.lines.get(line_key(lowered))
            if marker is not None:
                return marker
        if self._anchored is not None and self._gate is not None and self._gate.match(lowered):
            found = self._anchored.match(lowered)
            if found is not None and found.lastgroup is not None:
                return self._by_group[found.lastgroup]
        return None

    def opens_heading(self, lowered: str) -> bool:
        """The line is the start of a tail or box heading cut off by an excerpt's end ("có thể
        bạn" of "Có thể bạn quan tâm"): two words at least, ending on a word boundary."""
        if len(lowered.split()) < 2:
            return False
        key = line_key(lowered) + " "
        return any(
            text.startswith(key) and marker.role in ("tail", "box")
            for text, marker in self.lines.items()
        )

    def all_tokens(self, lowered: str) -> bool:
        """True when every word of the line is a share-bar token ("fb yt zl tw"); separators
        between them ("Print | Email |") are no words."""
        if len(lowered) > _TOKEN_LINE_MAX:
            return False
        words = lowered.split()
        # ``tokens`` holds the separators too; a line of separators alone has no letters and
        # is a widget anyway.
        return bool(words) and self.tokens.issuperset(words)


def compiled_markers(registry: Registry | None) -> CompiledMarkers:
    """The markers registered in ``registry`` (the defaults when it has none), compiled once
    per registry version."""
    return lexicon(registry, LEXICON_KIND, _compile, _default_markers)


def _default_markers() -> Iterable[Marker]:
    return DEFAULT_MARKERS


def _compile(entries: Sequence[object]) -> CompiledMarkers:
    return CompiledMarkers(as_marker(e) for e in entries)
