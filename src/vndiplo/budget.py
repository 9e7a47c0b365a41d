"""A per-document time budget, so one pathological article cannot stall a batch.

Python cannot kill a thread, so the budget is enforced with ``SIGALRM`` where that exists (the
main thread of a Unix process: the CLI, and every ``run_many`` worker process): the alarm
raises :class:`BudgetExceeded` inside the running hook, the runner records it as that plugin's
error, and the remaining hooks of the document are skipped. Elsewhere (other threads, Windows)
the budget is checked between hooks only.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["Budget", "BudgetExceeded"]


class BudgetExceeded(TimeoutError):
    """The document's time budget ran out."""


class Budget:
    """Seconds left for one document; ``None`` seconds means no limit."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.deadline = None if seconds is None else time.monotonic() + seconds

    @property
    def exhausted(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Raise :class:`BudgetExceeded` in the block if the budget runs out while it runs."""
        if self.deadline is None or not _can_alarm():
            yield
            return
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise BudgetExceeded(f"time budget of {self.seconds:g} s exhausted")

        def on_alarm(_signum: int, _frame: FrameType | None) -> None:
            raise BudgetExceeded(f"time budget of {self.seconds:g} s exceeded")

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, remaining)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
