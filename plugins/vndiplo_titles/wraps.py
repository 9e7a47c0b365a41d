"""Body blocks of a hard-wrapped page keep the line breaks of the wrap ("Tổng Bí thư ... Đảng
Cộng sản Việt Nam\\nNguyễn Phú Trọng"): the boilerplate stage joins the lines of one paragraph
into one block but quotes the text as it is. Inside a block a line break is therefore a space,
not a sentence end, so the titles stage reads it as one ("thượng tướng\\nHà Văn A" is a rank
and a name).

A reproduced letter writes its addressee on one line and the title on the next
(:func:`join_addressee_lines`), and so its signature: the writer's name under the closing, the
office on the next line (:func:`join_signature_lines`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import PARTICLES, tokenize

__all__ = ["join_addressee_lines", "join_signature_lines", "unwrap_blocks"]


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


# -- a letter's address block -------------------------------------------------------------
_CAPITAL = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_PARTICLE = "|".join(sorted(PARTICLES))  # "Pieter van Dijk"
#: A reproduced letter's addressee line: "Ngài <Name>" alone ("Kính gửi:" before it or not),
#: or "Kính gửi: Ông/Bà/Đồng chí <Name>", maybe closed by a comma. The addressee's title is on
#: the next line.
_ADDRESSEE = re.compile(
    rf"[^\S\n]*(?:(?:Kính\s+gửi\s*:?[^\S\n]*)?Ngài"
    rf"|Kính\s+gửi\s*:?[^\S\n]*(?:Ông|Bà|[Đđ]ồng\s+chí))"
    rf"(?:[^\S\n]+(?:[{_CAPITAL}][\w.'’-]*|{_PARTICLE})){{2,7}}[^\S\n]*,?[^\S\n]*"
)


def join_addressee_lines(
    text: str, spans: list[tuple[int, int]], lex: Lexicon
) -> tuple[str, list[tuple[int, int]]]:
    """A letter's "Ngài <Name>" line and the title line right under it read as one block,
    "Ngài <Name>, <Title>", so the title is the addressee's. Same text length; the two
    spans become one."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        if i + 1 < len(spans) and _ADDRESSEE.fullmatch(text, start, end):
            nxt_start, nxt_end = spans[i + 1]
            gap = text[end:nxt_start]
            if gap and not gap.strip() and _opens_title(text, nxt_start, nxt_end, lex):
                # a line closed by its own comma needs none more
                joint = " " if text[start:end].rstrip().endswith(",") else ","
                text = text[:end] + joint + " " * (len(gap) - 1) + text[nxt_start:]
                out.append((start, nxt_end))
                i += 2
                continue
        out.append((start, end))
        i += 1
    return text, out


#: A signature's name line: the name alone, two to seven capitalised words (upper case too:
#: "NGUYỄN VĂN A"), no honorific, no verb
_SIGNER = re.compile(
    rf"[^\S\n]*[{_CAPITAL}][\w.'’-]*(?:[^\S\n]+(?:[{_CAPITAL}][\w.'’-]*|{_PARTICLE})){{1,6}}"
    rf"[^\S\n]*"
)
#: how the block before a signature ends: the letter's last sentence or its closing formula
#: ("Trân trọng,", "Xin gửi tới Ngài lời chào trân trọng.")
_CLOSED = (".", "!", ",")


def join_signature_lines(
    text: str, spans: list[tuple[int, int]], lex: Lexicon
) -> tuple[str, list[tuple[int, int]]]:
    """A letter's signature, the writer's name on a line of its own right under the closing and
    the office on the next line, read as one block "<Name>, <Office>", so the office is the
    signer's (a name with nothing after it is no person: it has no title). Same text length;
    the two spans become one."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        if (
            0 < i < len(spans) - 1
            and text[spans[i - 1][0] : spans[i - 1][1]].rstrip().endswith(_CLOSED)
            and _SIGNER.fullmatch(text, start, end)
        ):
            nxt_start, nxt_end = spans[i + 1]
            gap = text[end:nxt_start]
            if gap and not gap.strip() and _opens_title(text, nxt_start, nxt_end, lex):
                text = text[:end] + "," + " " * (len(gap) - 1) + text[nxt_start:]
                out.append((start, nxt_end))
                i += 2
                continue
        out.append((start, end))
        i += 1
    return text, out


def _opens_title(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Does ``text[start:end]`` open with a capitalised title ("Bộ trưởng Bộ ...")?"""
    tokens = tokenize(text[start : min(end, start + 40)], start)
    return bool(tokens) and tokens[0].cap and lex.titles.longest(tokens, 0) is not None
