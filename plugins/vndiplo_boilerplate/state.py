"""What a line is in its page: markers, context-free labels, neighbours and repeats.

The classifier's pass (:mod:`.classify`) decides head, body and tail; the questions it asks
about one line and its neighbours live here, with the state they need, so each module has one
job.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Final

from vndiplo_boilerplate import closing, menus, rules
from vndiplo_boilerplate.captions import (
    caption_form,
    credited_caption,
    lead_before_caption,
    may_be_caption_form,
)
from vndiplo_boilerplate.drop_caps import in_drop_cap_pair, kept_twin
from vndiplo_boilerplate.lead_prefixes import glued_image_name
from vndiplo_boilerplate.lexicon import CompiledMarkers
from vndiplo_boilerplate.lines import UNSET, Label, Line
from vndiplo_boilerplate.scene_captions import Story
from vndiplo_boilerplate.twice import printed_twice
from vndiplo_boilerplate.vocabulary import Marker

__all__ = ["PageState"]

#: How far (in non-blank lines) a caption's twin or a teaser's repeat is looked for.
NEIGHBOURHOOD: Final = 3
#: A repeat shorter than this (in characters) proves nothing ("Hà Nội", "Ảnh").
MIN_REPEAT_CHARS: Final = 16
#: A line that starts with the title and is at most this long is a photo caption.
TITLE_CAPTION_MAX_WORDS: Final = 30
#: A title has at least this many words; shorter head lines are section names.
MIN_TITLE_WORDS: Final = 3
#: Lines below a bare photo credit searched for the article's next paragraph (a gallery's
#: credits may stand one per photo, eight in a row).
CREDIT_LOOKAHEAD: Final = 12
#: Teaser headlines in a row, without a marker, that end the article.
HEADLINE_RUN: Final = 3
#: A caption line between the last paragraph and a cut-off line is a sentence, not a label.
CUT_CAPTION_MIN_WORDS: Final = 8
#: A teaser's "..." summary is a sentence or two; a longer paragraph that trails off in "..."
#: below a caption is article text.
TEASER_SUMMARY_MAX_WORDS: Final = 50
#: Words at either end of a sapo that are looked for in the body to prove it is repeated.
SAPO_PROBE_WORDS: Final = 6
#: How far below a sapo (in non-blank lines) its lead is looked for, past captions and widgets.
SAPO_LEAD_WINDOW: Final = 4
#: Capitalised words (names, titles) that a sapo and its lead must share.
SAPO_SHARED_NAMES: Final = 1
#: A first paragraph this short whose lead says at least this share of its words again, in
#: order, is a sapo whatever its shape (see :mod:`.restated`); a real lead that the next
#: paragraph repeats is longer (it carries the frame and the date the summary leaves out).
RESTATED_SAPO_MAX_WORDS: Final = 50
RESTATED_SAPO_SHARE: Final = 0.65


#: How the second half of a caption broken over two lines may open besides a lower-case word.
_CONTINUATION_MARKS: Final = (".", ",", ";")
#: A dated source line is short: a label, an outlet, a day and a link.
_DATED_SOURCE_WORDS: Final = 24


class PageState:
    """A page's lines while one pass labels them, and what each line is in its context.

    The pass itself (:class:`vndiplo_boilerplate.classify._Classifier`) builds on this: it
    asks, line by line, for the context-free label, the marker, the neighbours and repeats.
    """

    def __init__(
        self,
        lines: Sequence[Line],
        markers: CompiledMarkers,
        text: str,
        page_lower: Callable[[], str] | None = None,
    ) -> None:
        self.lines = lines
        self.text = text
        self._lowered: str | None = None
        #: ``text.lower()`` from the caller's cache (the normalised view lowers the page once
        #: for every stage), asked for only when a rule needs it.
        self._page_lower = page_lower
        self.markers = markers
        self.labels: list[Label | None] = [None] * len(lines)
        #: Starts of lines whose photo widget label was glued to the caption in the input.
        self.glued_captions: frozenset[int] = frozenset()
        #: Lines ``[0, ready)`` are prepared. Rules index ``self.lines`` directly (a method
        #: call per look-up was a third of the pass); see :meth:`_ready`.
        self.ready = 0
        self.title: Line | None = None
        self.seen: dict[str, int] = {}
        self.tail_from = len(lines)
        self.head_end = len(lines)
        self.lead_seen = False
        #: The first paragraph kept in the article (its lead), or -1.
        self.lead_index = -1
        #: The headline's and the lead's words, built when a bare caption is first suspected.
        self.story: Story | None = None
        #: Opening words of the bare captions found so far (a gallery's captions share them).
        self.caption_subjects: set[str] = set()
        #: The index of a full-sentence lead summary above the lead, or -1.
        self.sapo = -1
        #: A page's description and its sapo copy, printed around the stamp (:mod:`.described`).
        self.descriptions: set[int] = set()
        #: A headline that reads as prose (see :mod:`headlines`), or -1.
        self.long_title = -1
        #: The index up to which a related box is known to close (see :meth:`_box_closes`).
        self.box_close = -1
        #: The end of a run of photo captions found inside the article (see classify).
        self.caption_run_end = -1
        #: The end of a pair of related headlines inside the article (see classify).
        self.related_end = -1
        #: Paragraphs of an article printed twice (see :mod:`.twice`), found on first need.
        self._twice: frozenset[int] | None = None
        #: Prepared lines (ascending) by the first ``MIN_REPEAT_CHARS`` characters of their
        #: key: a line's twin or a longer line opening with it shares them, so
        #: :meth:`_repeat_rule` reads these few instead of every neighbour.
        self._by_prefix: dict[str, list[int]] = {}

    # -- helpers --------------------------------------------------------------------------------

    def _ready(self, end: int) -> None:
        """Prepare lines up to ``end`` (exclusive). Every rule looks at most
        ``NEIGHBOURHOOD`` lines ahead of the line being labelled, and the pass calls this
        before labelling a line, so the tail after the article stays unprepared."""
        end = min(end, len(self.lines))
        by_prefix = self._by_prefix
        for j in range(self.ready, end):
            line = self.lines[j]
            line.prepare()
            if len(line.key) >= MIN_REPEAT_CHARS:
                by_prefix.setdefault(line.key[:MIN_REPEAT_CHARS], []).append(j)
        self.ready = max(self.ready, end)

    def _marker(self, i: int) -> Marker | None:
        line = self.lines[i]
        found = line.marker
        if found is UNSET:
            found = line.marker = self.markers.match(line.lowered)
        return found  # type: ignore[return-value]

    def _next(self, i: int) -> Line | None:
        return self.lines[i + 1] if i + 1 < len(self.lines) else None

    def _prev(self, i: int) -> Line | None:
        return self.lines[i - 1] if i > 0 else None

    def _is_widget(self, line: Line) -> bool:
        return not rules.has_letters(line.text) or self.markers.all_tokens(line.lowered)

    def _content_label(self, i: int) -> Label | None:
        """Rules that need no context: markers, widgets, timestamps, photo captions, credits."""
        line = self.lines[i]
        cached = line.content
        if cached is UNSET:
            cached = line.content = self._content_label_uncached(i)
        return cached  # type: ignore[return-value]

    def _content_label_uncached(self, i: int) -> Label | None:
        line = self.lines[i]
        marker = self._marker(i)
        if marker is not None:
            if marker.role == "source":
                return Label("byline", "source_marker")
            return Label("boilerplate", f"marker_{marker.role}")
        if rules.is_dateline(line.lowered, line.words):
            return Label("dateline", "timestamp")
        if line.text[:1] == "(" and closing.is_closing_credit(line.text):
            return Label("dateline", "closing_credit")
        if line.words <= _DATED_SOURCE_WORDS and closing.is_dated_source(line.text):
            return Label("dateline", "closing_credit")
        if self._is_widget(line):
            return Label("boilerplate", "widget_tokens")
        if line.start in self.glued_captions:
            return Label("caption", "glued_credit")  # "Chuyển đến kho ảnhTổng thống ..."
        caption = rules.photo_caption_rule(line.lowered, line.words)
        if caption == "photo_credit" and lead_before_caption(
            line.text, line.lowered, self._lowered_text()
        ):
            return None  # the lead with a photo's caption glued after it: a paragraph
        if caption is not None:
            return Label("caption", caption)
        if may_be_caption_form(line.text, line.lowered):
            caption = caption_form(line.text, line.lowered, line.words)
            if caption is not None:
                return Label("caption", caption)
        credited = credited_caption(line.text, line.lowered, line.words, self._lowered_text)
        if credited is not None:
            return Label("caption", credited)
        if rules.is_image_name(line.text) and not _glued_to_paragraph(line.text):
            return Label("caption", "image_name")
        if rules.is_breadcrumb(line.text, line.words):
            return Label("boilerplate", "breadcrumb")
        if menus.is_section_menu(line.text, self._menu_item):
            return Label("boilerplate", "section_menu")
        if menus.is_numbered_menu(line.text):
            return Label("boilerplate", "numbered_menu")
        if closing.is_linked_source(line.lowered, line.words):
            # "Nguồn báo X, ngày 17/01/2031, link bài viết: http://...": its date is a stamp.
            dated = rules.dateline_date(line.lowered) is not None
            return Label("dateline", "linked_source") if dated else Label("byline", "linked_source")
        if rules.is_source_credit(line.text, line.lowered, line.words):
            return Label("byline", "source_credit")
        if rules.is_signed_credit(line.text, line.words):
            return Label("byline", "signed_credit")
        return None

    def _menu_item(self, item: str) -> bool:
        """A known item of a site menu: a section name or a site-wide link ("Trang chủ")."""
        if item in self.markers.sections:
            return True
        marker = self.markers.lines.get(item)
        return marker is not None and marker.role == "widget"

    def _caption_goes_on(self, i: int, end: int) -> bool:
        """Line ``i`` is the first half of a photo caption broken over two lines: the next
        line goes on in lower case (or with the stop that ends the sentence) and closes with
        the credit ("... giới thiệu" / "với đoàn khách. Ảnh: X"). Such a first half reads like
        a headline but is none."""
        if i + 1 >= end:
            return False
        nxt = self.lines[i + 1]
        label = self._content_label(i + 1)
        goes_on = nxt.text[:1].islower() or nxt.text[:1] in _CONTINUATION_MARKS
        return goes_on and label is not None and label.kind == "caption"

    def _lowered_text(self) -> str:
        if self._lowered is None:
            page_lower = self._page_lower
            self._lowered = page_lower() if page_lower is not None else self.text.lower()
        return self._lowered

    def _sapo_repeated(self, i: int) -> bool:
        """A lead summary ending in "..." whose opening or closing words the page repeats.

        Not when it opens with the act's day that nothing below says again ("Chiều ngày 5/4,
        tại X, A đã tiếp B. ..."): the body below retells the rest but the day and place are
        the lead's alone, so the cut paragraph is the lead itself, not its teaser."""
        line = self.lines[i]
        words = line.key.split()
        if len(words) < 2 * SAPO_PROBE_WORDS:
            return False
        head = " ".join(words[:SAPO_PROBE_WORDS])
        tail = " ".join(words[-SAPO_PROBE_WORDS:])
        page = self._lowered_text()
        if not (page.find(head, line.end) != -1 or page.find(tail, line.end) != -1):
            return False
        day = rules.date_opening(line.lowered)
        return day is None or page.find(day.group(0).strip(" ,"), line.end) != -1

    def _repeat_rule(self, i: int) -> str | None:
        """Captions and teasers that repeat another line: the title, a twin, a near-twin."""
        lines = self.lines
        line = lines[i]
        key = line.key
        if len(key) < MIN_REPEAT_CHARS:
            return None
        title = self.title
        if title is not None and (key == title.key or key.startswith(title.key)):
            if _names_its_topic(line, title):
                return None
            return "repeats_title" if line.words <= TITLE_CAPTION_MAX_WORDS else None
        if self.ready < i + 2:  # (the pass has prepared them already: no call per line)
            self._ready(min(len(lines), i + 2))
        if in_drop_cap_pair(lines, i):
            # The lead printed twice, its drop cap lost: one copy stays, whatever came before.
            twin = kept_twin(lines, i)
            kept = twin > i or (twin >= 0 and self._kept_as_body(twin))
            return "drop_cap_twin" if kept else None
        if key in self.seen:
            return None if self._printed_twice(i) else "repeated_line"
        short = line.words <= rules.CAPTION_MAX_WORDS
        lo, hi = max(0, i - NEIGHBOURHOOD), min(len(lines), i + NEIGHBOURHOOD + 1)
        if hi > self.ready:
            self._ready(hi)
        # Only lines whose key opens like this one's can be its twin or start with it.
        same = self._by_prefix[key[:MIN_REPEAT_CHARS]]
        if len(same) == 1:
            return None  # the line itself: no neighbour repeats it (most lines)
        for k in range(bisect_left(same, lo), len(same)):
            j = same[k]
            if j >= hi:
                break
            if j == i:
                continue
            other = lines[j].key
            if (
                other == key
                and j > i
                and not (line.strong and not self.lead_seen and not _dated_twin(line, i, j))
                and not self._printed_twice(i)
            ):
                # The lead printed twice (a sapo that is the lead word for word) keeps its
                # first copy as prose and the later copy is the repeat; a caption printed
                # twice further down is a caption both times.
                return "repeated_line"
            if (
                short
                and other.startswith(key)
                and len(other) > len(key)
                and not self._printed_twice(i)
            ):
                # A shorter twin of a neighbour: the caption that restates a sentence, or the
                # sentence a credited caption repeats.
                return "near_duplicate"
            if (
                short
                and abs(j - i) == 1
                and self.lead_seen
                and _one_typo_apart(key, other)
                and not self._printed_twice(i)
            ):
                # A photo's alt text and its caption, one retyped with a slip ("Bengue" /
                # "Benguet"): the same caption twice, as an exact twin would be.
                return "near_twin"
        return None

    def body_start(self) -> int:
        """Where the article's first paragraph starts in the text (its end if none)."""
        if self.head_end < len(self.lines):
            return self.lines[self.head_end].start
        return len(self.text)

    def _kept_as_body(self, j: int) -> bool:
        label = self.labels[j]
        return label is not None and label.kind == "body"

    def _printed_twice(self, i: int) -> bool:
        """Line ``i`` is a paragraph of an article the page prints twice: both copies stay."""
        if self._twice is None:
            self._twice = printed_twice(self.lines, self.head_end, self._is_paragraph, self._ready)
        return i in self._twice

    def _is_paragraph(self, k: int) -> bool:
        line = self.lines[k]
        return line.strong and self._content_label(k) is None

    # -- the pass -------------------------------------------------------------------------------


#: Twins told apart by one slip must be long enough to be a caption, not a label.
#: A photo's alt text and caption printed one under the other, closing on the day the photo was
#: taken: "A và B tại Văn phòng Chính phủ ở Hà Nội, 13/1/2031." A lead that opens the article
#: opens with its day ("Ngày 13/1, ...") and goes on; it does not close on a bare full date.
_CLOSES_ON_DATE: Final = re.compile(
    r",\s*(?:(?:ngày|hôm)\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d\s*\.?\s*$",
    re.IGNORECASE,
)


def _dated_twin(line: Line, i: int, j: int) -> bool:
    """``line`` (at ``i``) and its exact twin right under it (at ``j``) are a photo's alt text
    and caption: the line closes on the photo's full date."""
    return j == i + 1 and _CLOSES_ON_DATE.search(line.text) is not None


MIN_TYPO_WORDS: Final = 6
#: A title this short names a topic ("Luật biển Việt Nam"), not an event a caption restates.
TOPIC_TITLE_MAX_WORDS: Final = 6
#: A sentence this many times the topic's length says something of its own about it.
TOPIC_SENTENCE_RATIO: Final = 3


def _names_its_topic(line: Line, title: Line) -> bool:
    """``line`` opens with a short topic title and goes on into a full sentence about it
    ("Luật X số 18/2012 được Quốc hội thông qua ngày ..."): prose, not a caption."""
    return (
        title.words <= TOPIC_TITLE_MAX_WORDS
        and line.strong
        and len(line.key) > TOPIC_SENTENCE_RATIO * len(title.key)
    )


def _one_typo_apart(key: str, other: str) -> bool:
    """Two lines of the same words but one, and that one retyped with a letter more, less or
    changed ("Bengue" / "Benguet"): a line typed twice by hand, not two sentences."""
    if key == other or abs(len(key) - len(other)) > 1:
        return False
    mine, theirs = key.split(), other.split()
    if len(mine) != len(theirs) or len(mine) < MIN_TYPO_WORDS:
        return False
    diff = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _glued_to_paragraph(text: str) -> bool:
    """A photo's file name glued before a whole paragraph ("img_01_afpChiều nay, ..."): the
    line is the paragraph, its name cut off as the lead's prefix (see :mod:`.lead_prefixes`)."""
    found = glued_image_name(text)
    if found is None:
        return False
    prose = text[found[1] :]
    return rules.is_strong(prose, len(prose.split()))
