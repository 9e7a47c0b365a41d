"""Body blocks of a hard-wrapped page keep the line breaks of the wrap ("Tổng Bí thư ... Đảng
Cộng sản Việt Nam\\nNguyễn Phú Trọng"): the boilerplate stage joins the lines of one paragraph
into one block but quotes the text as it is. Inside a block a line break is therefore a space,
not a sentence end, so the titles stage reads it as one ("thượng tướng\\nHà Văn A" is a rank
and a name)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["unwrap_blocks"]


def unwrap_blocks(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every line break inside a block span read as a space; same length, so
    every offset still points at the same character."""
    if "\n" not in text:
        return text
    parts = []
    last = 0
    for start, end in spans:
        if start < last or text.find("\n", start, end) < 0:  # no slice: most blocks
            continue
        parts.append(text[last:start])
        parts.append(text[start:end].replace("\n", " "))
        last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
