"""Paragraphs a page prints twice, for the scorer (realpages README, round 7, convention 9).

Some pages print a block twice: a teaser under the headline that repeats the lead, or several
paragraphs repeated. The gold marks the copy a reader would call the body; a prediction that
reads the other copy instead is equally right. Two lines are copies of one paragraph when their
text is the same word for word, or when one is the excerpt's cut-off last line and opens the
other. Short lines ("Ảnh: TTXVN", a repeated tag) are no printed-twice block, so both copies
must hold at least :data:`MIN_CHARS` characters.
"""

from __future__ import annotations

from functools import lru_cache

#: The shortest line that counts as a printed-twice paragraph.
MIN_CHARS = 40


class Twins:
    """The page's lines that have a word-for-word copy elsewhere on the page."""

    def __init__(self, text: str) -> None:
        lines: list[tuple[int, str]] = []  # (start offset, line text without outer spaces)
        pos = 0
        for raw in text.split("\n"):
            stripped = raw.strip()
            lines.append((pos + raw.find(stripped[:1]) if stripped else pos, stripped))
            pos += len(raw) + 1
        last = max((i for i, (_, t) in enumerate(lines) if t), default=-1)
        long = [i for i, (_, t) in enumerate(lines) if len(t) >= MIN_CHARS]
        #: line index -> indices of its other copies
        self._copies: dict[int, list[int]] = {}
        for i in long:
            for j in long:
                if i != j and _same(lines[i][1], lines[j][1], cut=(i == last, j == last)):
                    self._copies.setdefault(i, []).append(j)
        self._lines = lines

    def _line_of(self, offset: int) -> int | None:
        for i, (start, line) in enumerate(self._lines):
            if start <= offset < start + len(line):
                return i
        return None

    def copies(self, start: int, end: int) -> list[tuple[int, int]]:
        """The span ``start:end`` moved into each other copy of the line that holds it, cut
        where a cut-off copy ends (none when the span is not inside one line or the line has
        no copy)."""
        i = self._line_of(start)
        if i is None or i not in self._copies:
            return []
        line_start, line = self._lines[i]
        if end > line_start + len(line):
            return []
        out = []
        for j in self._copies[i]:
            other_start, other = self._lines[j]
            shifted = start - line_start
            if shifted < len(other):  # a cut-off copy holds the span's opening only
                out.append(
                    (other_start + shifted, other_start + min(len(other), shifted + end - start))
                )
        return out

    def same_paragraph(self, want: str, got: str) -> bool:
        """``got`` is another copy of the line that ``want`` quotes: the whole copy, or its
        text from where ``want`` starts in its own line (after an outlet's credit)."""
        want, got = want.strip(), got.strip()
        for i, (_, line) in enumerate(self._lines):
            at = line.find(want) if want else -1
            if at < 0:
                continue
            if any(
                got in (self._lines[j][1], self._lines[j][1][at:]) for j in self._copies.get(i, [])
            ):
                return True
        return False

    def has_copy_inside(self, start: int, end: int, lo: int, hi: int) -> bool:
        """Some copy of the span lies (at least partly) inside ``lo:hi``."""
        return any(s < hi and lo < e for s, e in self.copies(start, end))


def _same(a: str, b: str, *, cut: tuple[bool, bool]) -> bool:
    """Word for word the same, or the copy cut off where the excerpt ends (``cut``: is ``a`` /
    ``b`` the excerpt's last line) opens the other."""
    return a == b or (cut[0] and b.startswith(a)) or (cut[1] and a.startswith(b))


@lru_cache(maxsize=4)
def twins_of(text: str) -> Twins:
    """One page's :class:`Twins`, built once for the several checks that ask."""
    return Twins(text)
