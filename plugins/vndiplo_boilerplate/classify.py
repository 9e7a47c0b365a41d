"""Label every line of a page: title, byline, dateline, body, caption or boilerplate.

One forward pass over the non-blank lines of the normalised text, with a little state:

1. *Head*: the lines before the first paragraph of prose. The longest headline-like one is the
   title; names are bylines, timestamps datelines, the rest (section names, share bars, a sapo
   the body repeats) boilerplate.
2. *Body*: from the first paragraph on, prose is kept; captions (photo credits, "ảnh 1", lines
   that repeat the title or a neighbour, short scene descriptions) and widgets are not.
3. *Tail*: once the article ends - a tail marker ("Có thể bạn quan tâm"), a teaser headline
   printed twice or followed by an "..." summary, a run of headlines - everything after is
   boilerplate. A related box ("TIN LIÊN QUAN") drops its headlines until prose resumes.

A last step turns the unpunctuated lines after the last paragraph into bylines (names) or
boilerplate. Every label carries the name of the rule that decided it.

Context rules look backwards, or forwards over a few lines at most, and compare lines through
dict look-ups, so the pass is linear in the size of the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lexicon import CompiledMarkers
from vndiplo_boilerplate.vocabulary import Marker

__all__ = ["Label", "Line", "classify_lines", "split_lines"]

Kind = Literal["title", "byline", "dateline", "body", "caption", "boilerplate"]

#: How far (in non-blank lines) a caption's twin or a teaser's repeat is looked for.
NEIGHBOURHOOD: Final = 3
#: A repeat shorter than this (in characters) proves nothing ("Hà Nội", "Ảnh").
MIN_REPEAT_CHARS: Final = 16
#: A line that starts with the title and is at most this long is a photo caption.
TITLE_CAPTION_MAX_WORDS: Final = 30
#: A title has at least this many words; shorter head lines are section names.
MIN_TITLE_WORDS: Final = 3
#: Teaser headlines in a row, without a marker, that end the article.
HEADLINE_RUN: Final = 3
#: Words at either end of a sapo that are looked for in the body to prove it is repeated.
SAPO_PROBE_WORDS: Final = 6
#: How far below a sapo (in non-blank lines) its lead is looked for, past captions and widgets.
SAPO_LEAD_WINDOW: Final = 4
#: Capitalised words (names, titles) that a sapo and its lead must share.
SAPO_SHARED_NAMES: Final = 1
_UNSET: Final = object()
_TRIM: Final = " \t\n\r\x0b\x0c\u200b\ufeff"
_KEY_TRAILER: Final = " .…,;:!?\"'”’»)-–—"


class Line:
    """One non-blank line of the normalised text and what it looks like on its own.

    Only offsets are set up front; :meth:`prepare` computes the features when the classifier
    first reaches the line, so a long related-news tail after the article costs almost nothing.
    Everything here depends on the text alone, so the body re-check reuses it (:meth:`moved`).
    """

    __slots__ = (
        "anchor_after",
        "anchor_before",
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
        self.marker: Marker | object | None = _UNSET
        self.content: Label | object | None = _UNSET

    def prepare(self) -> None:
        if self.words >= 0:
            return
        text = self.text
        self.lowered = lowered = text.lower()
        parts = lowered.split()
        self.words = words = len(parts)
        self.strong = rules.is_strong(text, words)
        self.ends_ellipsis = rules.ends_ellipsis(text)
        self.key = " ".join(parts).rstrip(_KEY_TRAILER).rstrip(".… ")
        self.headline = rules.is_headline_like(text, words)
        self.anchor_after, self.anchor_before = rules.is_photo_anchor(lowered, words)

    def moved(self, start: int) -> Line:
        """The same line at another offset (in the re-read body), its features kept."""
        twin = Line(self.text, start, start + len(self.text))
        if self.words >= 0:
            for name in _FEATURES:
                setattr(twin, name, getattr(self, name))
        twin.marker, twin.content = self.marker, self.content
        return twin


_FEATURES: Final = (
    "anchor_after",
    "anchor_before",
    "ends_ellipsis",
    "headline",
    "key",
    "lowered",
    "strong",
    "words",
)


class Label:
    """The decision for one line: its kind, the rule, and where the kept part starts."""

    __slots__ = ("kind", "rule", "split")

    def __init__(self, kind: Kind, rule: str, split: tuple[int, int] | None = None) -> None:
        self.kind: Kind = kind
        self.rule = rule
        #: For a lead with an outlet credit: (credit_end, prose_start) inside the line.
        self.split = split

    def __repr__(self) -> str:
        return f"Label({self.kind!r}, {self.rule!r})"


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` (a normalised view: every space-like character is a
    plain space), trimmed, with offsets into ``text``."""
    out: list[Line] = []
    start = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = start + len(raw) - len(raw.lstrip())
            stamp = _CRAWL_STAMP.match(stripped) if not out else None
            if stamp is not None:
                # "date 2025-11-25 Chủ tịch UBND tỉnh tiếp ...": a crawler's stamp glued to
                # the headline; each is a line of its own.
                out.append(Line(stamp.group(1), lead, lead + stamp.end(1)))
                lead += stamp.end()
                stripped = stripped[stamp.end() :]
            out.append(Line(stripped, lead, lead + len(stripped)))
        start += len(raw) + 1
    return out


_CRAWL_STAMP: Final = re.compile(r"(date\s+\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.]+Z?)?)\s+(?=\S)")


class _Classifier:
    """The state of one pass; see the module docstring for the rules, in order."""

    def __init__(self, lines: Sequence[Line], markers: CompiledMarkers, text: str) -> None:
        self.lines = lines
        self.text = text
        self._lowered: str | None = None
        self.markers = markers
        self.labels: list[Label | None] = [None] * len(lines)
        #: Lines ``[0, ready)`` are prepared. Rules index ``self.lines`` directly (a method
        #: call per look-up was a third of the pass); see :meth:`_ready`.
        self.ready = 0
        self.title: Line | None = None
        self.seen: dict[str, int] = {}
        self.tail_from = len(lines)
        self.head_end = len(lines)
        self.lead_seen = False
        #: The index of a full-sentence lead summary above the lead, or -1.
        self.sapo = -1
        #: The index up to which a related box is known to close (see :meth:`_box_closes`).
        self.box_close = -1

    # -- helpers --------------------------------------------------------------------------------

    def _ready(self, end: int) -> None:
        """Prepare lines up to ``end`` (exclusive). Every rule looks at most
        ``NEIGHBOURHOOD`` lines ahead of the line being labelled, and the pass calls this
        before labelling a line, so the tail after the article stays unprepared."""
        end = min(end, len(self.lines))
        for j in range(self.ready, end):
            self.lines[j].prepare()
        self.ready = max(self.ready, end)

    def _marker(self, i: int) -> Marker | None:
        line = self.lines[i]
        found = line.marker
        if found is _UNSET:
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
        if cached is _UNSET:
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
        if self._is_widget(line):
            return Label("boilerplate", "widget_tokens")
        caption = rules.photo_caption_rule(line.lowered, line.words)
        if caption is not None:
            return Label("caption", caption)
        if rules.is_image_name(line.text):
            return Label("caption", "image_name")
        if rules.is_breadcrumb(line.text, line.words):
            return Label("boilerplate", "breadcrumb")
        if rules.is_source_credit(line.text, line.lowered, line.words):
            return Label("byline", "source_credit")
        return None

    def _lowered_text(self) -> str:
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def _sapo_repeated(self, i: int) -> bool:
        """A lead summary ending in "..." whose opening or closing words the page repeats."""
        line = self.lines[i]
        words = line.key.split()
        if len(words) < 2 * SAPO_PROBE_WORDS:
            return False
        head = " ".join(words[:SAPO_PROBE_WORDS])
        tail = " ".join(words[-SAPO_PROBE_WORDS:])
        page = self._lowered_text()
        return page.find(head, line.end) != -1 or page.find(tail, line.end) != -1

    def _repeat_rule(self, i: int) -> str | None:
        """Captions and teasers that repeat another line: the title, a twin, a near-twin."""
        lines = self.lines
        line = lines[i]
        key = line.key
        if len(key) < MIN_REPEAT_CHARS:
            return None
        title = self.title
        if title is not None and (key == title.key or key.startswith(title.key)):
            return "repeats_title" if line.words <= TITLE_CAPTION_MAX_WORDS else None
        if key in self.seen:
            return "repeated_line"
        short = line.words <= rules.CAPTION_MAX_WORDS
        lo, hi = max(0, i - NEIGHBOURHOOD), min(len(lines), i + NEIGHBOURHOOD + 1)
        for j in range(lo, hi):
            if j == i:
                continue
            other = lines[j].key
            if other == key and j > i and not (line.strong and not self.lead_seen):
                # The lead printed twice (a sapo that is the lead word for word) keeps its
                # first copy as prose and the later copy is the repeat; a caption printed
                # twice further down is a caption both times.
                return "repeated_line"
            if short and other.startswith(key) and len(other) > len(key):
                # A shorter twin of a neighbour: the caption that restates a sentence, or the
                # sentence a credited caption repeats.
                return "near_duplicate"
        return None

    # -- the pass -------------------------------------------------------------------------------

    def run(self) -> list[Label]:
        lines = self.lines
        n = len(lines)
        head_end = self.head_end = self._find_head()
        self._label_head(head_end)
        in_box = False
        last_strong = -1
        i = head_end
        while i < n:
            if self.ready <= i + NEIGHBOURHOOD:  # a call per line costs; most lines are ready
                self._ready(i + NEIGHBOURHOOD + 1)
            line = lines[i]
            label = self._content_label(i)
            marker = self._marker(i)
            if marker is not None and marker.role == "tail":
                self.tail_from = i
                break
            if marker is not None and marker.role == "box":
                if not self._box_closes(i):
                    # No paragraph resumes the article below the box: it is the page's tail,
                    # and its teasers need not be read one by one.
                    self.tail_from = i
                    break
                in_box = True
            if label is None and in_box:
                if self._box_ends(i):
                    in_box = False
                else:
                    label = Label("boilerplate", "related_box")
            if label is None:
                label, tail = self._body_region_label(i)
                if tail is not None:
                    self.tail_from = tail
                    break
            self.labels[i] = label
            if label.kind == "body" and line.strong:
                last_strong = i
            self.seen.setdefault(line.key, i)
            i += 1
        for j in range(self.tail_from, n):
            self.labels[j] = Label("boilerplate", "tail" if j > self.tail_from else "tail_start")
        if self.tail_from < n and self._marker(self.tail_from) is not None:
            role = self._marker(self.tail_from)
            assert role is not None
            self.labels[self.tail_from] = Label("boilerplate", f"marker_{role.role}")
        self._after_body(last_strong, head_end)
        self._cut_off_end()
        return [
            lab if lab is not None else Label("boilerplate", "unlabelled") for lab in self.labels
        ]

    def _cut_off_end(self) -> None:
        """The page's last line, cut off mid-sentence right after the article, is article text.

        Stored and crawled excerpts stop at a fixed length ("... Phó Thủ tướng đã t"). Such a
        line follows body text (or a caption inside it) with no marker or tail between, does
        not end a sentence, and is no byline: a name alone ("Minh Anh") is still a byline.
        """
        lines, labels = self.lines, self.labels
        last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.strip()), None)
        if last is None or last >= self.tail_from or labels[last] is None:
            return
        label = labels[last]
        assert label is not None
        if label.rule != "after_body":
            return  # a byline, credit, caption, widget or tail that a rule recognised
        line = lines[last]
        line.prepare()
        if (
            rules.ends_sentence(line.text)
            or rules.is_name_like(line.text, line.words)
            or not line.text.lstrip()[:1].isalpha()
            or self._content_label(last) is not None
            or self._marker(last) is not None
        ):
            return
        before = next((labels[i] for i in range(last - 1, -1, -1) if lines[i].text.strip()), None)
        if before is None or before.kind not in ("body", "caption"):
            return
        if not any(lab is not None and lab.kind == "body" for lab in labels[:last]):
            return
        labels[last] = Label("body", "cut_off")

    def _find_head(self) -> int:
        """Index of the first paragraph of prose (the end of the head), or len(lines)."""
        checked_sapo = False
        for i in range(len(self.lines)):
            self._ready(i + 1)
            line = self.lines[i]
            if not line.strong or self._marker(i) is not None:
                continue
            if self._content_label(i) is not None:
                continue
            if line.ends_ellipsis and self._sapo_repeated(i):
                continue
            if not checked_sapo:
                checked_sapo = True
                if self._is_sapo(i):
                    self.sapo = i
                    continue
            return i
        return len(self.lines)

    def _is_sapo(self, i: int) -> bool:
        """The first paragraph is a sapo: a summary between the title and the lead.

        Signals, all required: a headline above it; a summary's shape (at most
        ``SAPO_MAX_WORDS``, no date unless the lead below carries the outlet credit, not opening
        with a frame such as "Tại ..." or "Nhân dịp ..."); the next paragraph (past captions and
        widgets) is a lead: it opens with a date
        phrase ("Chiều 18/2, ...") or an outlet credit ("(Dân trí) - ..."), and names someone the
        summary names. A page that starts directly with its lead keeps it: leads carry a date
        or a frame, and a second paragraph rarely opens with a date of its own.
        """
        lines = self.lines
        line = lines[i]
        if not any(lines[j].headline for j in range(i)):
            return False
        self._ready(i + 2)
        if (i > 0 and lines[i - 1].anchor_after) or (
            i + 1 < len(lines) and lines[i + 1].anchor_before
        ):
            return False  # the text of a photo ("... ảnh 1" above, "Ảnh: X" below): a caption
        credit = rules.lead_credit(line.text)
        prose = line.lowered[credit[1] :] if credit is not None else line.lowered
        if credit is not None and rules.opens_with_date(prose):
            return self._restated_below(i, prose)
        undated = rules.sapo_shape(prose, line.words)
        if not undated and not rules.sapo_shape(prose, line.words, dated=True):
            return False
        for j in range(i + 1, min(len(lines), i + 1 + SAPO_LEAD_WINDOW)):
            self._ready(j + 1)
            lead = lines[j]
            if not lead.strong or self._content_label(j) is not None:
                continue  # a caption, a widget, a byline between the sapo and the lead
            lead_credit = rules.lead_credit(lead.text)
            lead_prose = lead.lowered[lead_credit[1] :] if lead_credit is not None else lead.lowered
            dated = rules.opens_with_date(lead_prose)
            credited_below = lead_credit is not None and credit is None
            if not (dated or credited_below) or not (undated or credited_below):
                return False  # a dated summary counts only above a lead with the credit
            return rules.shared_names(line.text, lead.text) >= SAPO_SHARED_NAMES
        return False

    def _restated_below(self, i: int, prose: str) -> bool:
        """A credited, dated first paragraph that the paragraph below restates in full.

        Some outlets (Nhân Dân, VOV) put their credit on a one-sentence summary that opens
        with the lead's own date ("NDO - Chiều 10/7, ... đã tiếp ..."), then print the lead
        with the same date phrase and no credit ("Chiều 10/7, tại ..."). Required: the lead
        (past captions and widgets) carries no credit, opens with the same date phrase, names
        someone the summary names, and is no shorter than the summary.
        """
        lines = self.lines
        line = lines[i]
        if line.words > rules.SAPO_MAX_WORDS:
            return False
        for j in range(i + 1, min(len(lines), i + 1 + SAPO_LEAD_WINDOW)):
            self._ready(j + 1)
            lead = lines[j]
            if not lead.strong or self._content_label(j) is not None:
                continue  # a caption, a widget, a byline between the sapo and the lead
            return (
                rules.lead_credit(lead.text) is None
                and lead.words >= line.words
                and rules.same_date_opening(prose, lead.lowered)
                and rules.shared_names(line.text, lead.text) >= SAPO_SHARED_NAMES
            )
        return False

    def _label_head(self, head_end: int) -> None:
        """Title, bylines, timestamps and chrome above the article's first paragraph."""
        lines = self.lines
        best = -1
        for i in range(head_end):
            line = lines[i]
            if self._content_label(i) is not None or rules.is_name_like(line.text, line.words):
                continue
            if line.headline and (best < 0 or line.words > lines[best].words):
                best = i
        if best < 0:
            # No unpunctuated headline ("... Marcos Jr."): the first short line of words.
            for i in range(head_end):
                line = lines[i]
                if (
                    line.words >= MIN_TITLE_WORDS
                    and not line.strong
                    and self._content_label(i) is None
                    and not rules.is_name_like(line.text, line.words)
                ):
                    best = i
                    break
        if best >= 0:
            self.title = lines[best]
        for i in range(head_end):
            line = lines[i]
            label = self._content_label(i)
            if label is not None and self._marker(i) is not None and label.kind != "byline":
                label = Label("boilerplate", "head_marker")
            if label is None:
                if i == best:
                    label = Label("title", "title")
                elif i == self.sapo:
                    # Not added to ``seen``: a body paragraph that restates it is not a caption.
                    self.labels[i] = Label("boilerplate", "sapo")
                    continue
                elif line.ends_ellipsis and self._sapo_repeated(i):
                    label = Label("boilerplate", "sapo_teaser")
                elif rules.is_name_like(line.text, line.words) and best >= 0 and i > best:
                    label = Label("byline", "byline_name")
                else:
                    label = Label("boilerplate", "before_title" if i < best else "head")
            self.labels[i] = label
            self.seen.setdefault(line.key, i)

    def _box_closes(self, i: int) -> bool:
        """Whether the related box opened at ``i`` closes back into the article (see
        :meth:`_box_ends`) before the page ends.

        A cheap test on the raw line (the length and final character a paragraph needs)
        skips teaser headlines without preparing them; only a pair of lines that could both be
        paragraphs is prepared and checked. The furthest close found is remembered, so boxes
        nested or stacked above it cost nothing and the scans stay linear in the page.
        """
        if self.box_close > i:
            return True
        lines = self.lines
        may_be = _may_be_paragraph
        before = False
        for j in range(i + 1, len(lines)):
            now = may_be(lines[j].text)
            if now and before:
                lines[j - 1].prepare()
                lines[j].prepare()
                if self._box_ends(j - 1):
                    self.box_close = j - 1
                    return True
            before = now
        return False

    def _box_ends(self, i: int) -> bool:
        """Prose resumes after a related box: two paragraphs in a row, neither a teaser."""
        line, nxt = self.lines[i], self._next(i)
        return (
            line.strong
            and not line.ends_ellipsis
            and nxt is not None
            and nxt.strong
            and not nxt.ends_ellipsis
            and self._marker(i + 1) is None
        )

    def _body_region_label(self, i: int) -> tuple[Label, int | None]:
        """The label of a line inside the article, or the index where the tail starts."""
        line = self.lines[i]
        prev, nxt = self._prev(i), self._next(i)
        repeat = self._repeat_rule(i)
        if repeat == "repeated_line" and line.headline and nxt is not None and nxt.key == line.key:
            return Label("boilerplate", "teaser_repeat"), i
        if repeat is not None:
            return Label("caption", repeat), None
        if line.ends_ellipsis and prev is not None:
            prev_label = self.labels[i - 1]
            if prev_label is not None and prev_label.kind == "body" and prev.headline:
                return Label("boilerplate", "teaser_summary"), i - 1
        if prev is not None and prev.anchor_after and line.words <= rules.CAPTION_MAX_WORDS:
            return Label("caption", "after_photo_number"), None
        if nxt is not None and nxt.anchor_before and line.words <= rules.CAPTION_MAX_WORDS:
            return Label("caption", "before_photo_credit"), None
        if rules.is_photo_description(line.text, line.lowered, line.words):
            return Label("caption", "photo_description"), None
        if line.headline and self._headline_run(i):
            return Label("boilerplate", "headline_run"), i
        if line.strong:
            # Only the lead carries an outlet credit ("TTO - ", "(Dân trí) - "); a later
            # "ASEAN - Trung Quốc ..." is prose. The prose after the credit must stand as a
            # paragraph on its own, or cleaning the body again would read it as a title.
            split = None if self.lead_seen else rules.lead_credit(line.text)
            self.lead_seen = True
            if split is not None:
                prose = line.text[split[1] :]
                if not rules.is_strong(prose, len(prose.split())):
                    split = None
            return Label("body", "paragraph", split), None
        if not self.lead_seen:
            # Short lines count as article text only once a paragraph has been kept.
            return Label("boilerplate", "before_body"), None
        return Label("body", "short_line"), None

    def _headline_run(self, i: int) -> bool:
        """This line opens a run of teaser headlines with no prose between them."""
        end = min(len(self.lines), i + HEADLINE_RUN)
        if end - i < HEADLINE_RUN:
            return False
        return all(
            ln.headline and not rules.is_name_like(ln.text, ln.words) for ln in self.lines[i:end]
        )

    def _after_body(self, last_strong: int, head_end: int) -> None:
        """Unpunctuated lines after the last paragraph: bylines if names, else boilerplate."""
        start = max(last_strong + 1, head_end)
        for j in range(start, self.tail_from):
            label = self.labels[j]
            line = self.lines[j]
            if label is None or label.kind != "body" or rules.ends_sentence(line.text):
                continue
            if rules.is_name_like(line.text, line.words):
                self.labels[j] = Label("byline", "byline_name")
            else:
                self.labels[j] = Label("boilerplate", "after_body")


def _may_be_paragraph(text: str) -> bool:
    """What :func:`rules.is_strong` and "not a teaser" need, tested without preparing the line:
    no final "..."; 12 words at least (23 characters); a final full stop, or 30 words (59
    characters). A necessary condition only: :meth:`_Classifier._box_ends` decides."""
    if len(text) < 2 * rules.PARAGRAPH_WORDS - 1 or rules.ends_ellipsis(text):
        return False
    if rules.ends_sentence(text):
        return True
    return len(text) >= 2 * rules.LONG_WORDS - 1 and len(text.split()) >= rules.LONG_WORDS


def classify_lines(lines: Sequence[Line], markers: CompiledMarkers, text: str) -> list[Label]:
    """Label ``lines`` (from :func:`split_lines` over ``text``, the normalised page).

    The kept lines are then read again as a page of their own, and whatever that reading drops
    is dropped here too, until nothing changes. Context rules look at neighbours, and removing
    boilerplate makes new neighbours; this check makes cleaning idempotent by construction
    (cleaning the cleaned body keeps every line). It costs one pass over the body, usually once.
    """
    if not lines:
        return []
    labels = _Classifier(lines, markers, text).run()
    for _round in range(len(lines)):
        if not _recheck(lines, labels, markers):
            break
    return labels


def _kept_text(line: Line, label: Label) -> str:
    return line.text[label.split[1] :] if label.split is not None else line.text


def _recheck(lines: Sequence[Line], labels: list[Label], markers: CompiledMarkers) -> bool:
    """Re-read the kept lines as a page; apply what changes. True if anything did.

    The page is the kept texts joined by newlines; a kept line keeps its prepared features and
    context-free label (:meth:`Line.moved`), so the re-read only re-runs the context rules.
    """
    kept = [i for i, label in enumerate(labels) if label.kind == "body"]
    if not kept:
        return False
    body_lines: list[Line] = []
    offset = 0
    for i in kept:
        line, label = lines[i], labels[i]
        if label.split is None:
            twin = line.moved(offset)
        else:  # the prose after a lead credit: a new text, prepared afresh
            prose = _kept_text(line, label)
            twin = Line(prose, offset, offset + len(prose))
        body_lines.append(twin)
        offset = twin.end + 1
    body = "\n".join(line.text for line in body_lines)
    changed = False
    for i, again in zip(kept, _Classifier(body_lines, markers, body).run(), strict=True):
        label = labels[i]
        if again.kind != "body":
            labels[i] = Label(again.kind, f"recheck_{again.rule}")
            changed = True
        elif again.split is not None:
            # The new first paragraph carries an outlet credit: take it off as well.
            offset = label.split[1] if label.split is not None else 0
            credit_end = offset + again.split[0] if again.split[0] else offset
            if label.split is not None and not again.split[0]:
                credit_end = label.split[0]
            labels[i] = Label("body", label.rule, (credit_end, offset + again.split[1]))
            changed = True
    return changed
