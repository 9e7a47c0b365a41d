"""The article's body, line by line: what a line inside the article is (a paragraph, a
caption, a widget, the start of the tail), and the look-aheads that tell where a related box
closes or the prose resumes. A mixin of :class:`~vndiplo_boilerplate.classify._Classifier`,
which runs the pass (:mod:`.classify`).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate import closing, restated, rules, salutations
from vndiplo_boilerplate.bare_captions import bare_caption, lead_just_above
from vndiplo_boilerplate.furniture import inline_furniture, names_an_image
from vndiplo_boilerplate.glued_heads import glued_head_split
from vndiplo_boilerplate.lines import UNSET, Label, Line
from vndiplo_boilerplate.photo_descriptions import tells_the_story
from vndiplo_boilerplate.read_more import read_more_start
from vndiplo_boilerplate.related_inline import RELATED_PAIR, names_another_story
from vndiplo_boilerplate.related_lists import BULLET_MARKS, headline_list_end
from vndiplo_boilerplate.sapos import SapoRules
from vndiplo_boilerplate.scene_captions import captions_its_day
from vndiplo_boilerplate.state import CREDIT_LOOKAHEAD, HEADLINE_RUN, TEASER_SUMMARY_MAX_WORDS
from vndiplo_boilerplate.twice import quotes_the_article
from vndiplo_boilerplate.unseen_names import names_someone_unseen

__all__ = ["BodyRules"]

#: A lead's place-and-day dateline: "Hà Nội, ngày 15/8/2022 - ", "Viêng Chăn, 3/4 – ".
_PLACE_DATE_DATELINE: Final = re.compile(
    r"[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3},\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}"
    r"(?:\s*[/.\-]\s*\d{2,4})?\s*[-–—]\s"
)
#: A caption set off by its indent is a sentence's length, no paragraph.
INDENTED_CAPTION_MAX_WORDS: Final = 40
#: The share of a caption's words the lead under its photo says again when it tells the same act.
CAPTION_RESTATED = 0.6


class BodyRules(SapoRules):
    """The labels of lines inside the article, and the look-aheads they need."""

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

    def _indent(self, i: int) -> str:
        """The white space line ``i`` opens with in the page (empty for a line that starts its
        row, or a piece cut out of a paragraph's row)."""
        start = self.lines[i].start
        row = self.text.rfind("\n", 0, start) + 1
        before = self.text[row:start]
        return before if before.isspace() else ""

    def _indented_caption(self, i: int) -> bool:
        """Line ``i`` is set off by an indent right under a flush paragraph and closes no
        sentence (" Ông X tiếp đoàn Y do ông Z làm trưởng đoàn"): the outlet's caption under
        a photo, printed in the article's column but not of its prose. A page indented
        throughout has a flush paragraph nowhere, and a paragraph closes its sentence."""
        line = self.lines[i]
        above = self.labels[i - 1]
        return (
            above is not None
            and above.kind == "body"
            and self.lines[i - 1].strong
            and not rules.ends_sentence(line.text)
            and line.words <= INDENTED_CAPTION_MAX_WORDS
            and self._indent(i) != ""
            and self._indent(i - 1) == ""
        )

    def _body_region_label(self, i: int) -> tuple[Label, int | None]:
        """The label of a line inside the article, or the index where the tail starts."""
        line = self.lines[i]
        prev, nxt = self._prev(i), self._next(i)
        repeat = self._repeat_rule(i)
        if (
            repeat == "repeated_line"
            and line.headline
            and nxt is not None
            and nxt.key == line.key
            and not self._prose_resumes(i + 2)
        ):
            return Label("boilerplate", "teaser_repeat"), i
        if repeat is not None:
            return Label("caption", repeat), None
        if line.ends_ellipsis and prev is not None and line.words <= TEASER_SUMMARY_MAX_WORDS:
            prev_label = self.labels[i - 1]
            if prev_label is not None and prev_label.kind == "body" and prev.headline:
                return Label("boilerplate", "teaser_summary"), i - 1
        if prev is not None and self._indented_caption(i):
            return Label("caption", "indented_caption"), None
        if (
            prev is not None
            # "... - Ảnh 1." too: the photo's number closed by a full stop.
            and (
                prev.anchor_after
                # the stripped copy differs from the line only when it ends in a stop or space
                or (
                    prev.lowered[-1:] in ". "
                    and rules.is_photo_anchor(prev.lowered.rstrip(". "), 0)[0]
                )
            )
            and line.words <= rules.CAPTION_MAX_WORDS
            and not rules.opens_with_date(line.lowered)
            and not tells_the_story(line.text, line.lowered)
        ):
            # A photo with no caption of its own: the paragraph below opens with its date, or
            # tells the story (reports, says who attended, holds several sentences).
            return Label("caption", "after_photo_number"), None
        if captions_its_day(line):
            return Label("caption", "closes_on_its_day"), None  # "X tại Y, 21/1/2031."
        if (
            nxt is not None
            and nxt.anchor_before
            and line.words <= rules.CAPTION_MAX_WORDS
            and self._article_goes_on(i + 2)
            and not self._lead_above_credit(i)
        ):
            return Label("caption", "before_photo_credit"), None
        if rules.is_photo_description(line.text, line.lowered, line.words):
            return Label("caption", "photo_description"), None
        if (
            line.headline
            and nxt is not None  # the page's last line may be a paragraph's cut-off copy
            and quotes_the_article(line, self._lowered_text(), self.body_start())
        ):
            return Label("caption", "pull_quote"), None
        if i < self.caption_run_end:
            return Label("caption", "caption_run"), None
        if i < self.related_end:
            return Label("boilerplate", "related_inline"), None
        if line.text.startswith(BULLET_MARKS) and lead_just_above(self, i):
            end = headline_list_end(self.lines, i, self._ready)
            if end is not None:
                # "- <headline>" links to other stories under the lead: never the article.
                self.related_end = end
                return Label("boilerplate", "related_list"), None
        if (
            line.headline
            and prev is not None
            and prev.strong
            and self.lead_seen
            and self._prose_resumes(i + RELATED_PAIR)
            and not self.lines[i + RELATED_PAIR].headline
            and names_another_story(self.lines, i, self.text)
        ):
            # Two links to other stories set between two paragraphs of the article.
            self.related_end = i + RELATED_PAIR
            return Label("boilerplate", "related_inline"), None
        if line.headline and self._headline_run(i):
            end = self._caption_run_end(i)
            if end is not None:
                self.caption_run_end = end
                return Label("caption", "caption_run"), None
            return Label("boilerplate", "headline_run"), i
        if rules.is_image_card(line.text):
            return Label("boilerplate", "image_card"), None
        if not line.strong:
            furniture = inline_furniture(line.text, line.words)
            if furniture is not None:
                return furniture, None
            if prev is not None and names_an_image(prev.text, prev.words):
                # The line under a photo's file name or slug (its alt text) is its caption.
                return Label("caption", "after_image_name"), None
        if line.strong:
            # Only the lead carries an outlet credit ("TTO - ", "(Dân trí) - "); a later
            # "ASEAN - Trung Quốc ..." is prose. The prose after the credit must stand as a
            # paragraph on its own, or cleaning the body again would read it as a title.
            split = None if self.lead_seen else rules.lead_credit(line.text)
            head = None
            if split is None and not self.lead_seen and self.title is None:
                # "Chính trị <headline> ABC - <lead>": one line from the section to the lead.
                glued = glued_head_split(line.text, line.lowered, self.markers.sections)
                head, split = glued if glued is not None else (None, None)
            if not self.lead_seen:
                self.lead_index = i
            self.lead_seen = True
            if split is not None:
                prose = line.text[split[1] :]
                if not rules.is_strong(prose, len(prose.split())):
                    split = None
            if head is not None:
                return Label("body", "glued_head", split, _closing_tail_of(line), head), None
            return Label("body", "paragraph", split, _closing_tail_of(line)), None
        if not self.lead_seen:
            if salutations.salutes_above_paragraph(self.lines, i):
                # "Kính thưa ...," under a photo's caption: the speech starts here.
                return Label("body", "salutation"), None
            # Short lines count as article text only once a paragraph has been kept.
            return Label("boilerplate", "before_body"), None
        if bare_caption(self, i):
            return Label("caption", "bare_caption"), None
        if nxt is not None and nxt.strong and names_someone_unseen(line, self.text):
            return Label("caption", "unseen_name"), None  # a photo's, between paragraphs
        return Label("body", "short_line"), None

    def _article_goes_on(self, j: int) -> bool:
        """A paragraph of the article follows from line ``j`` on, past credits, widgets and
        headlines: a bare credit ("Ảnh: X") with prose below it closes a photo's caption, but
        one with only the page's chrome (or nothing) below it credits the article's photos,
        and the line above it is the article's last paragraph. Beyond
        ``CREDIT_LOOKAHEAD`` lines of chrome the article is taken to go on."""
        lines = self.lines
        for k in range(j, min(len(lines), j + CREDIT_LOOKAHEAD)):
            self._ready(k + 1)
            marker = self._marker(k)
            if marker is not None and marker.role == "tail":
                return False
            if marker is not None and marker.role == "box":
                return self._box_closes(k)
            if marker is None and lines[k].strong and self._content_label(k) is None:
                return True
        return j + CREDIT_LOOKAHEAD <= len(lines)

    def _lead_above_credit(self, i: int) -> bool:
        """The article's first paragraph, opening as a lead does (an outlet credit, a date), is
        the lead even with a bare photo credit ("Ảnh: X |") under it: a headless page puts its
        first photo between the lead and the rest. When the paragraph below the credit opens
        as a lead too, the photo came first and this line is its caption."""
        if self.lead_seen:
            return False
        line = self.lines[i]
        if (
            rules.lead_credit(line.text) is None
            and not restated.opens_with_date_past_credit(line)
            and _PLACE_DATE_DATELINE.match(line.text) is None
        ):
            return False
        self._ready(i + 3)
        below = self._next(i + 1)
        if below is None:
            return True
        # The lead below may also restate the caption ("Theo phóng viên ..., ngày 21/10, X ...").
        return not restated.opens_with_date_past_credit(below) and (
            restated.restated_share(line.text, below.text, CAPTION_RESTATED) < CAPTION_RESTATED
        )

    def _prose_resumes(self, j: int) -> bool:
        """Lines ``j`` and ``j + 1`` are paragraphs of the article: a caption printed twice (its
        alt text and its caption line) sits inside the article, while a teaser printed twice,
        and at most its one summary paragraph, end it."""
        if j + 1 >= len(self.lines):
            return False
        self._ready(j + 2)
        return all(
            self.lines[k].strong and not self.lines[k].ends_ellipsis and self._marker(k) is None
            for k in (j, j + 1)
        )

    def _headline_run(self, i: int) -> bool:
        """This line opens a run of teaser headlines with no prose between them."""
        end = min(len(self.lines), i + HEADLINE_RUN)
        if end - i < HEADLINE_RUN or self.lines[i].text.endswith(":"):
            return False  # "Điều 1. Thông qua ... như sau:" introduces the lines below it
        if rules.holds_sentence_break(self.lines[i].text):
            # "Ông X cảm ơn sự đón tiếp ... đoàn. Ông cho biết": a sentence ended inside it,
            # so it is prose (cut off by the excerpt), the article's last line, not a teaser.
            return False
        # A bare photo credit ("Ảnh: X") reads like a short headline but ends a caption.
        return all(
            ln.headline and not ln.anchor_before and not rules.is_name_like(ln.text, ln.words)
            for ln in self.lines[i:end]
        )

    def _caption_run_end(self, i: int) -> int | None:
        """Where the headline-like lines from ``i`` end, when they are short photo captions
        ("Quang cảnh buổi tiếp", "Các đại biểu tỉnh X") with the article's paragraphs right
        below them: a photo gallery inside the article, not a list of teasers that ends it."""
        j = i
        while j < len(self.lines) and self.lines[j].headline:
            if self.lines[j].words > rules.DESCRIPTION_MAX_WORDS:
                return None
            j += 1
            self._ready(j + 1)
        return j if self._prose_resumes(j) else None


#: A signature of capitals after the last sentence's stop: "PL", "TTXVN", "T.H", "NG.TH.".
_GLUED_INITIALS: Final = re.compile(
    r"(?<=[.…!?”\"])\s+(?P<credit>[A-ZĐ]{2,6}|[A-ZĐ]{1,3}(?:\.[A-ZĐ]{1,3}){1,3}\.?)$"
)
#: The letters the initials are written in (what ``[A-ZĐ]`` matches).
_INITIAL_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def _closing_tail_of(line: Line) -> tuple[int, int, bool] | None:
    """:func:`_closing_tail` of the line, kept on it: every paragraph is asked twice, in the
    page's reading and in the re-read of the kept body, whose lines carry their features over
    (``Line.moved``). Kept per page, with the line."""
    tail = line.closing
    if tail is UNSET:
        tail = line.closing = _closing_tail(line.text)
    return tail  # type: ignore[return-value]


def _closing_tail(text: str) -> tuple[int, int, bool] | None:
    """A closing credit glued after the paragraph (see :mod:`.closing`), as a label's tail."""
    start = closing.closing_credit_start(text)
    if start is not None:
        return len(text[:start].rstrip()), start, True
    # "... vỡ lở. Tiếp tục đọc": a read-more link, chrome with no date to read.
    start = read_more_start(text)
    if start is not None:
        return len(text[:start].rstrip()), start, False
    # "... giữa hai chính phủ... PL": the outlet's or reporter's initials signing the story.
    # The initials end the line on a capital, or on a capital and a stop: a plain test first,
    # as the pattern opens with a look-behind, which ``re`` tries at every character.
    last = text[-2:-1] if text.endswith(".") else text[-1:]
    if last not in _INITIAL_LETTERS and not text.endswith("\n"):
        return None
    found = _GLUED_INITIALS.search(text)
    return None if found is None else (found.start(), found.start("credit"), False)


def _may_be_paragraph(text: str) -> bool:
    """What :func:`rules.is_strong` and "not a teaser" need, tested without preparing the line:
    no final "..."; 12 words at least (23 characters); a final full stop, or 30 words (59
    characters). A necessary condition only: :meth:`_Classifier._box_ends` decides."""
    if len(text) < 2 * rules.PARAGRAPH_WORDS - 1 or rules.ends_ellipsis(text):
        return False
    if rules.ends_sentence(text):
        return True
    return len(text) >= 2 * rules.LONG_WORDS - 1 and len(text.split()) >= rules.LONG_WORDS
