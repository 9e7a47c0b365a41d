"""From a page to blocks: split, classify on the normalised view, map back to the original.

Patterns are matched on :attr:`vndiplo.Document.normalized` (NFC, one tone-mark style, plain
spaces), so NFD input or "hoá"/"hóa" variants get the same labels; every block's offsets are
mapped back with :meth:`~vndiplo.text.NormalizedText.span_to_original` and re-trimmed there, so
``document.text[block.start:block.end]`` always quotes the input exactly.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from vndiplo.model import Block
from vndiplo.registry import Registry
from vndiplo.text import NormalizedText
from vndiplo_boilerplate.classify import classify_lines, split_lines
from vndiplo_boilerplate.glued_credits import glued_caption_starts
from vndiplo_boilerplate.inline_captions import split_inline_captions
from vndiplo_boilerplate.kickers import is_bracketed_date, is_dated_dateline
from vndiplo_boilerplate.lead_credits import dated_credit
from vndiplo_boilerplate.lead_prefixes import glued_image_name, wire_dateline_date
from vndiplo_boilerplate.letter_dates import mark_letter_dates
from vndiplo_boilerplate.lexicon import compiled_markers
from vndiplo_boilerplate.wrapped import join_wrapped

__all__ = ["clean_text"]


def clean_text(normalized: NormalizedText, registry: Registry | None = None) -> list[Block]:
    """Blocks covering the non-blank lines of ``normalized.original``, in order."""
    view = normalized.text
    lines = split_inline_captions(join_wrapped(split_lines(view), view))
    glued = glued_caption_starts(normalized, lines)
    labels = classify_lines(
        lines, compiled_markers(registry), view, lambda: normalized.lower, glued
    )
    original = normalized.original
    # An identity map (NFC input, the usual case): the view's trimmed lines are trimmed in the
    # input too, and no offset needs mapping. (Same length is not enough: a squeezed double
    # space and a put-back lost space cancel out.)
    identity = normalized.is_identity
    blocks: list[Block] = []
    floor = 0
    for line, label in zip(lines, labels, strict=True):
        if identity and label.split is None and label.tail is None:
            # The usual line: its offsets are the input's already (see ``identity``).
            blocks.append(_line_block(line.start, line.end, label.kind, label.rule))
            floor = line.end
            continue
        pieces: list[tuple[int, int, str, str]] = []
        if label.split is not None:
            credit_end, prose_start = label.split
            if label.head is not None:  # "Chính trị <headline> ABC - <lead>" on one line
                pieces.extend(_glued_head_pieces(line.start, line.text, label.head, credit_end))
            elif credit_end > 0 and label.kind == "title":  # a section name before the headline
                pieces.append((line.start, line.start + credit_end, "boilerplate", "section_name"))
            elif credit_end > 0 and (
                is_bracketed_date(line.text[:credit_end])
                or wire_dateline_date(line.text[:credit_end])
                or is_dated_dateline(line.text[:credit_end])
                or dated_credit(line.text[:credit_end])
            ):
                # "(16/07/2014)Chiều ngày 16/7, ...", "Huế (TTXVN 5/6/2011) Sáng nay ...", "Tin
                # Hà Nội (28/11/2005) - ...": the post's own date, a stamp to read.
                pieces.append((line.start, line.start + credit_end, "dateline", "lead_date"))
            elif credit_end > 0 and glued_image_name(line.text) is not None:
                pieces.append((line.start, line.start + credit_end, "caption", "glued_image"))
            elif credit_end > 0:
                pieces.append((line.start, line.start + credit_end, "byline", "lead_credit"))
            pieces.append((line.start + prose_start, line.end, label.kind, label.rule))
        else:
            pieces.append((line.start, line.end, label.kind, label.rule))
        if label.tail is not None:
            # "<headline> |", "<headline> (22:48 25/06/2019)": the chrome after the headline;
            # "<paragraph> (H.V., Sở Ngoại vụ, ngày 3-11-2008)": a closing credit.
            start, end, kind, rule = pieces.pop()
            headline_end, chrome_start, is_stamp = label.tail
            pieces.append((start, line.start + headline_end, kind, rule))
            if kind != "title" and is_stamp:  # a closing credit glued after a paragraph
                pieces.append((line.start + chrome_start, end, "dateline", "closing_credit"))
            elif kind != "title":  # a read-more link glued after a teaser's paragraph
                pieces.append((line.start + chrome_start, end, "boilerplate", "read_more"))
            elif is_stamp:
                pieces.append((line.start + chrome_start, end, "dateline", "title_stamp"))
            else:
                pieces.append((line.start + chrome_start, end, "boilerplate", "title_chrome"))
        for start, end, kind, rule in pieces:
            if identity:
                o_start, o_end = start, end
            else:
                o_start, o_end = normalized.span_to_original(start, end)
                o_start, o_end = _trim(original, max(o_start, floor), o_end)
            if o_end > o_start:
                blocks.append(Block(o_start, o_end, kind, rule))  # type: ignore[arg-type]
                floor = o_end
    return mark_letter_dates(blocks, normalized)  # a letter's own date line is no stamp


def _glued_head_pieces(
    start: int, text: str, head: tuple[int, int], credit_end: int
) -> list[tuple[int, int, str, str]]:
    """The section name, the headline and the outlet's credit before a glued lead (see
    :mod:`.glued_heads`), as pieces of the line starting at ``start``."""
    head_start, head_end = head
    between = text[head_end:credit_end]
    credit_start = head_end + len(between) - len(between.lstrip())
    section_end = len(text[:head_start].rstrip())
    pieces = [
        (start, start + section_end, "boilerplate", "section_name"),
        (start + head_start, start + head_end, "title", "glued_title"),
    ]
    if credit_end > credit_start:
        pieces.append((start + credit_start, start + credit_end, "byline", "lead_credit"))
    return pieces


def _unvalidated_blocks() -> Callable[..., Block] | None:
    """A Block maker that skips the validators, or None if Block is not the slotted class of
    four fields it reads. Half the cost of ``Block(...)``, whose validators ran once for
    each of a page's lines; used only for whole lines, whose offsets (``0 <= start <= end``)
    and kind (a :class:`Label`'s) are valid by construction."""
    names = tuple(a.name for a in attrs.fields(Block))
    if names != ("start", "end", "kind", "rule") or not set(names) <= set(
        getattr(Block, "__slots__", ())
    ):
        return None
    new = object.__new__
    set_start, set_end, set_kind, set_rule = (Block.__dict__[n].__set__ for n in names)

    def make(start: int, end: int, kind: str, rule: str) -> Block:
        block = new(Block)
        set_start(block, start)
        set_end(block, end)
        set_kind(block, kind)
        set_rule(block, rule)
        return block

    return make


_line_block: Callable[..., Block] = _unvalidated_blocks() or Block


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with white space."""
    end = min(end, len(text))
    while start < end and (text[start].isspace() or text[start] in "\u200b\ufeff"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u200b\ufeff"):
        end -= 1
    return start, end
