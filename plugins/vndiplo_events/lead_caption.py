"""The headline of a page that lost its own: the photo caption printed above the body.

Agency pages copied without their title open with the lead photo's caption, "A tiếp B. Ảnh:
X", and the body goes straight on with what was said ("Đại sứ B chuyển lời ..."): the caption
is then the only line that states the event and its two sides, as a headline would. It stands
in for the headline only where the body reports no event of its own (a caption's wording is
looser than a headline's: "tiếp đón" over a body's "gặp gỡ", so it never outranks the body),
only when the page has no headline, and only when the caption comes before every body block;
its credit ("Ảnh: X", "(Nguồn: Y)") is cut, so the photographer is never read as a side.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Document
from vndiplo.stated_line import lead_caption_block

__all__ = ["lead_caption"]

# the credit and what follows it: "Ảnh: X", "(Ảnh: X)", "- Ảnh: X", "Nguồn: X", "Photo: X"
_CREDIT: Final = re.compile(
    r"[\s(\[\-–—|.,]*(?<!\w)(?:ảnh|nguồn ảnh|nguồn|photo)\s*:.*$", re.IGNORECASE | re.DOTALL
)


def lead_caption(document: Document) -> str | None:
    """The caption standing before the body of a page with no headline, its credit cut."""
    block = lead_caption_block(document)
    if block is None:
        return None
    caption = _CREDIT.sub("", document.text[block.start : block.end]).strip()
    return caption or None
