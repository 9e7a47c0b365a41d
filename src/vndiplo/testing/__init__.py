"""Public testing kit: hypothesis strategies and a pytest plugin for vndiplo users' own tests.

Strategies generate a thing together with its expected parse, so a property can state
``parse(render(x)) == x``. Each plugin's strategies live in their own module here.
"""

from __future__ import annotations

from vndiplo.testing.core import documents, spans, unicode_texts

__all__ = ["documents", "spans", "unicode_texts"]
