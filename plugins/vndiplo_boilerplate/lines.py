"""The lines of a page and the labels the classifier gives them.

:func:`split_lines` cuts the normalised text into non-blank :class:`Line` objects (offsets into
that text) whose features are computed on first use; a :class:`Label` is the decision for one
line: its kind, the rule that decided it, and where a lead's prose starts after its credit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.dated import is_dated_sentence as dated_sentence
from vndiplo_boilerplate.photo_credits import credit_line
from vndiplo_boilerplate.vocabulary import Marker

__all__ = ["UNSET", "Kind", "Label", "Line", "opened_earlier", "split_lines"]

Kind = Literal["title", "byline", "dateline", "body", "caption", "boilerplate"]

UNSET: Final = object()
_TRIM: Final = " \t\n\r\x0b\x0c\u200b\ufeff"
_KEY_TRAILER: Final = " .…,;:!?\"'”’»)-–—"
#: A credit alone on its line ("Ảnh: Viết Thành", "AFP photo") is a few words.
_CREDIT_LINE_MAX_WORDS: Final = 8


class Line:
    """One non-blank line of the normalised text and what it looks like on its own.

    Only offsets are set up front; :meth:`prepare` computes the features when the classifier
    first reaches the line, so a long related-news tail after the article costs almost nothing.
    Everything here depends on the text alone, so the body re-check reuses it (:meth:`moved`).
    """

    __slots__ = (
        "anchor_after",
        "anchor_before",
        "closing",
        "content",
        "end",
        "ends_ellipsis",
        "headline",
        "key",
        "lowered",
        "marker",
        "start",
        "strong",
        "text",
        "words",
    )

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.words = -1
        #: The marker and the context-free label, filled in by the classifier on first use
        #: (they depend on the compiled markers too, which are fixed for one cleaning).
        self.marker: Marker | object | None = UNSET
        self.content: Label | object | None = UNSET
        #: A paragraph's closing credit or read-more link, as a label's tail (see
        #: ``body_rules._closing_tail``): computed on first use, from the text alone.
        self.closing: tuple[int, int, bool] | object | None = UNSET

    def prepare(self) -> None:
        if self.words >= 0:
            return
        text = self.text
        self.lowered = lowered = text.lower()
        parts = lowered.split()
        self.words = words = len(parts)
        # A dated clause ("Ngày 4-10, đoàn rời ...") is prose even when cut off unpunctuated.
        dated = dated_sentence(lowered, words)
        self.strong = dated or rules.is_strong(text, words)
        self.ends_ellipsis = rules.ends_ellipsis(text)
        self.key = " ".join(parts).rstrip(_KEY_TRAILER).rstrip(".… ")
        self.headline = not dated and rules.is_headline_like(text, words)
        self.anchor_after, self.anchor_before = rules.is_photo_anchor(lowered, words)
        if not self.anchor_before and words <= _CREDIT_LINE_MAX_WORDS:
            # "Ảnh Thống Nhất", "AFP photo": a credit in another shape closes a caption too.
            self.anchor_before = credit_line(text, lowered, words)

    def moved(self, start: int) -> Line:
        """The same line at another offset (in the re-read body), its features kept."""
        twin = Line(self.text, start, start + len(self.text))
        if self.words >= 0:  # the features of prepare(), assigned one by one (no setattr loop)
            twin.anchor_after, twin.anchor_before = self.anchor_after, self.anchor_before
            twin.ends_ellipsis, twin.headline = self.ends_ellipsis, self.headline
            twin.key, twin.lowered = self.key, self.lowered
            twin.strong, twin.words = self.strong, self.words
        twin.marker, twin.content, twin.closing = self.marker, self.content, self.closing
        return twin


class Label:
    """The decision for one line: its kind, the rule, and where the kept part starts."""

    __slots__ = ("head", "kind", "rule", "split", "tail")

    def __init__(
        self,
        kind: Kind,
        rule: str,
        split: tuple[int, int] | None = None,
        tail: tuple[int, int, bool] | None = None,
        head: tuple[int, int] | None = None,
    ) -> None:
        self.kind: Kind = kind
        self.rule = rule
        #: For a lead with an outlet credit, or a headline with a section name before it:
        #: (credit_end, prose_start) inside the line.
        self.split = split
        #: For a headline with page chrome after it, or a paragraph with a closing credit:
        #: (text_end, chrome_start, is_stamp) inside the line (see :mod:`.title_tails` and
        #: :mod:`.closing`).
        self.tail = tail
        #: For a lead with a section name and the headline glued before its credit (see
        #: :mod:`.glued_heads`): (headline_start, headline_end) inside the line.
        self.head = head

    def __repr__(self) -> str:
        return f"Label({self.kind!r}, {self.rule!r})"


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` (a normalised view: every space-like character is a
    plain space), trimmed, with offsets into ``text``."""
    out: list[Line] = []
    start = 0
    in_head = True  # above the first paragraph of prose (teasers with stamps come after it)
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            # (most lines open with their text: no second strip to measure the indent)
            lead = start if raw[0] == stripped[0] else start + len(raw) - len(raw.lstrip())
            # A crawler's stamp opens the stored page, or its first line after the site's
            # menu and breadcrumb: anywhere above the first paragraph.
            stamp = _CRAWL_STAMP.match(stripped) if in_head else None
            if stamp is None and stripped[:1].isdigit():
                stamp = _GLUED_STAMP.match(stripped)
                if stamp is not None and not stripped[stamp.end()].isupper():
                    stamp = None
            if stamp is not None:
                # "date 2025-11-25 Chủ tịch UBND tỉnh tiếp ...": a crawler's stamp glued to
                # the headline; each is a line of its own. So is a page's own stamp run into
                # the headline with no space ("06/09/2016 16:42Chủ tịch nước đón ...").
                out.append(Line(stamp.group(1), lead, lead + stamp.end(1)))
                lead += stamp.end()
                stripped = stripped[stamp.end() :]
            glued = _GLUED_LEAD.search(stripped) if in_head and len(stripped) > 80 else None
            if glued is not None and _headline_then_lead(stripped, glued.start()):
                # "Thời sự Đoàn X thăm tỉnh Y Ngày 2/4, đoàn X ...": a headline run into its
                # dated lead with no full stop between; each is a line of its own.
                out.append(Line(stripped[: glued.start()], lead, lead + glued.start()))
                lead += glued.end()
                stripped = stripped[glued.end() :]
            in_head = in_head and not _reads_as_prose(stripped)
            tail = _TRAILING_STAMP.search(stripped) if in_head and stripped[-1:].isdigit() else None
            if tail is not None and _headline_before(stripped[: tail.start()]):
                # "Thủ tướng tiếp Đặc phái viên ... 02/02/2026 22:31": a headline with its
                # stamp printed after it; each is a line of its own.
                out.append(Line(stripped[: tail.start()], lead, lead + tail.start()))
                lead += tail.start(1)
                stripped = stripped[tail.start(1) :]
            out.append(Line(stripped, lead, lead + len(stripped)))
        start += len(raw) + 1
    return out


#: A cut-off line this short proves nothing by opening another line ("Ông", "Hà").
CUT_REPEAT_MIN_CHARS: Final = 6


def opened_earlier(lines: Sequence[Line], last: int) -> int | None:
    """The nearest line above ``last`` that starts with its text and goes on, or None: the
    line that an excerpt's cut-off last line ("Hai Thủ") was cut from the pattern of."""
    text = lines[last].text
    if len(text) < CUT_REPEAT_MIN_CHARS:
        return None
    for i in range(last - 1, -1, -1):
        other = lines[i].text
        if len(other) > len(text) and other.startswith(text):
            return i
    return None


_CRAWL_STAMP: Final = re.compile(r"(date\s+\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.]+Z?)?)\s+(?=\S)")
#: A full date and clock time glued to a capitalised word: no sentence reads like that.
_TRAILING_STAMP: Final = re.compile(r"\s+(\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2})$")
#: Words a headline needs before a trailing stamp; fewer are an author or a section name.
_HEADLINE_BEFORE_STAMP_WORDS: Final = 6
#: A sentence with this many spaces or more is a paragraph: the head is over.
_PROSE_SPACES: Final = 11


def _reads_as_prose(text: str) -> bool:
    return text.endswith(".") and text.count(" ") >= _PROSE_SPACES


def _headline_before(text: str) -> bool:
    """Text that reads as a headline: capitalised, long enough, not punctuated at its end, and
    more than names (a few lower-case words)."""
    words = text.split()
    return (
        len(words) >= _HEADLINE_BEFORE_STAMP_WORDS
        and text[:1].isupper()
        and text[-1:].isalnum()
        and sum(1 for word in words if word[:1].islower()) >= 2
    )


#: A lead's capitalised date phrase ("Ngày 2/4, ", "Chiều 18-8, ") right after a word or a
#: closing bracket, with no full stop between: a headline and its lead printed as one line.
_GLUED_LEAD: Final = re.compile(
    r"(?<=[^\W_]|\))\s+(?=(?:Rạng sáng|Sáng|Trưa|Chiều|Tối|Đêm|Ngày)\s+(?:ngày\s+)?"
    r"\d{1,2}\s?[/.\-]\s?\d{1,2}(?:[/.\-]\d{2,4})?\s?,)"
)
#: Words the headline before such a lead needs; the lead is a paragraph.
_GLUED_HEADLINE_WORDS: Final = 5


def _headline_then_lead(text: str, cut: int) -> bool:
    """``text[:cut]`` reads as a headline (capitalised, no sentence inside it) and the rest as
    a paragraph."""
    head = text[:cut]
    return (
        len(head.split()) >= _GLUED_HEADLINE_WORDS
        and head[:1].isupper()
        and not any(mark in head for mark in (". ", "? ", "! ", ", "))
        and rules.is_strong(text[cut:], len(text[cut:].split()))
    )


_GLUED_STAMP: Final = re.compile(r"(\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2})(?=\S)")
