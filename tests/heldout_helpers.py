"""Shared helpers of the held-out variant files (tests/test_heldout_variants_r*.py): run the full
pipeline over invented lines joined as paragraphs, and read the main event's sides."""

from __future__ import annotations

import vndiplo


def doc(*lines: str, published: str | None = "2024-05-20") -> vndiplo.Document:
    """The document of ``lines``, one paragraph each."""
    return vndiplo.extract("\n\n".join(lines), published=published)


def main(*lines: str, published: str | None = "2024-05-20") -> vndiplo.Event:
    """The main event of ``lines`` (the test fails when there is none)."""
    d = doc(*lines, published=published)
    assert d.events, "no event"
    return d.events[0]


def sides(e: vndiplo.Event) -> dict[str, str]:
    """Each participant's role, by name."""
    return {p.name: p.role for p in e.participants}
