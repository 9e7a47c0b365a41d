"""Page layout for the article strategy: lines written piece by piece, spans marked inside them,
then one text with every mark turned into an offset."""

from __future__ import annotations

from vndiplo.model import Block, BlockKind, Span

__all__ = ["Page"]


class Page:
    """Collects lines and the spans marked inside them, then lays out the final text."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, BlockKind, str]] = []  # (text, kind, rule)
        self.marks: list[tuple[int, str, int, int]] = []  # (line index, key, start, end)
        self._current: list[str] = []

    @property
    def column(self) -> int:
        return sum(len(part) for part in self._current)

    def write(self, text: str, key: str | None = None) -> None:
        """Append ``text`` to the line being written, marking it under ``key``."""
        if key is not None:
            self.mark(key, self.column, self.column + len(text))
        self._current.append(text)

    def mark(self, key: str, start: int, end: int) -> None:
        self.marks.append((len(self.lines), key, start, end))

    def end_line(self, kind: BlockKind, rule: str) -> None:
        self.lines.append(("".join(self._current), kind, rule))
        self._current = []

    def line(self, text: str, kind: BlockKind, rule: str) -> None:
        self.write(text)
        self.end_line(kind, rule)

    def layout(self, separator: str) -> tuple[str, list[Block], dict[str, list[Span]]]:
        offsets, position = [], 0
        for text, _kind, _rule in self.lines:
            offsets.append(position)
            position += len(text) + len(separator)
        text = separator.join(line for line, _kind, _rule in self.lines)
        blocks = [
            Block(start, start + len(line), kind, rule)
            for start, (line, kind, rule) in zip(offsets, self.lines, strict=True)
        ]
        spans: dict[str, list[Span]] = {}
        for index, key, start, end in self.marks:
            spans.setdefault(key, []).append(Span(offsets[index] + start, offsets[index] + end))
        return text, blocks, spans
