"""How an article signs off at its foot: an end mark.

Agencies close an article with an end mark ("... hai nước./.", "(Hết)", "-HẾT-"): whatever the
excerpt prints after it (a cut-off "Mời quý ..." invitation, a desk's name) is the page's, not
the article's, even when it is cut off mid-word like a last sentence would be.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["closes_article"]

#: "./." (also "/." and "./"), "(Hết)", "-Hết-", "– HẾT –" at the very end of a paragraph.
_END_MARK: Final = re.compile(r"(?:\./\.?|[^\W\d_\s]/\.|[(\-–]\s*hết\s*[)\-–])\s*$", re.IGNORECASE)


def closes_article(text: str) -> bool:
    """The paragraph ends with an end mark ("./.", "(Hết)"): the article ends there."""
    return _END_MARK.search(text[-12:]) is not None
