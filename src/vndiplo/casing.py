"""Letters by case, as strings for regex character classes.

``re`` has no class for upper- or lower-case letters beyond ASCII; these list every letter
below U+2000 (Latin with all Vietnamese marks, Greek, Cyrillic) that ``str.isupper`` or
``str.islower`` accepts, for patterns that must find a capital (or a lower-case letter) in C
rather than test every match in Python.
"""

from __future__ import annotations

from typing import Final

__all__ = ["LOWER", "UPPER"]

#: Every upper-case letter below U+2000.
UPPER: Final = "".join(c for c in map(chr, range(0x2000)) if c.isupper() and c.isalpha())
#: Every lower-case letter below U+2000.
LOWER: Final = "".join(c for c in map(chr, range(0x2000)) if c.islower() and c.isalpha())
