"""Places for the events plugin: the shared gazetteer of :mod:`vndiplo.places`.

Locations end at a known place ("tại Hà Nội, Thủ đô Việt Nam") and a meeting's home side is the
one whose country the place names; both read the one gazetteer titles read too, so a user
registers a place once, under the ``"places"`` lexicon kind.
"""

from __future__ import annotations

from vndiplo.places import Gazetteer
from vndiplo.places import gazetteer as gazetteer_for

__all__ = ["Gazetteer", "gazetteer_for"]
