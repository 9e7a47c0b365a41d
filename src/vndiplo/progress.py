"""Progress on standard error for long batches: done/total, rate, and time left.

A batch of tens of thousands of articles runs for minutes, so the count alone does not say
when it will end. When the total is known (files counted before the run), the line shows
``done/total``, the rate and an estimate of the time left; otherwise the count and the rate.
The CLI draws it only when standard error is a terminal, so logs and pipes stay clean.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO

__all__ = ["Progress", "count_inputs"]


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """A one-line counter, redrawn at most five times a second."""

    def __init__(self, stream: IO[str], total: int | None = None) -> None:
        self.stream = stream
        self.total = total
        self.count = 0
        self.started = self.last = time.monotonic()

    def tick(self) -> None:
        self.count += 1
        now = time.monotonic()
        if now - self.last >= 0.2:
            self.last = now
            self._draw(now)

    def line(self, now: float) -> str:
        """The text of the progress line at time ``now``."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.count / elapsed
        if self.total is None:
            return f"{self.count} documents, {rate:.1f}/s"
        left = max(self.total - self.count, 0)
        eta = _clock(left / rate) if rate > 0 else "?"
        percent = 100 * self.count / self.total if self.total else 100.0
        return f"{self.count}/{self.total} documents ({percent:.0f}%), {rate:.1f}/s, {eta} left"

    def _draw(self, now: float) -> None:
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()

    def done(self) -> None:
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()


def count_inputs(paths: Iterable[str], input_format: str = "auto") -> int | None:
    """How many records the inputs hold, or None when that cannot be known cheaply (stdin).

    A text file is one record; a JSONL file holds one per non-blank line, counted by reading
    it once in binary, which costs far less than extracting.
    """
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        jsonl = input_format == "jsonl" or (
            input_format == "auto" and path.suffix.lower() in (".jsonl", ".ndjson")
        )
        if not jsonl:
            total += 1
            continue
        try:
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            continue
    return total
