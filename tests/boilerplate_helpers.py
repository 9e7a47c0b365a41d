"""Shared helpers for the boilerplate tests: build a page, read back what each label kept."""

from __future__ import annotations

import vndiplo_boilerplate as plugin

from vndiplo import Document


def page(*lines: str) -> str:
    """A page of ``lines``, one paragraph each (blank lines between)."""
    return "\n\n".join(lines)


def blocks(text: str) -> list[tuple[str, str]]:
    """Each block of the cleaned page as ``(kind, quoted text)``."""
    found = plugin.clean_text(Document(text).normalized)
    return [(b.kind, text[b.start : b.end]) for b in found]


def body_lines(text: str) -> list[str]:
    """The texts of the page's body blocks, in order."""
    return [quoted for kind, quoted in blocks(text) if kind == "body"]


def titles(text: str) -> list[str]:
    """The texts of the page's title blocks."""
    return [quoted for kind, quoted in blocks(text) if kind == "title"]
