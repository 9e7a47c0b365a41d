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

from collections.abc import Sequence

from vndiplo_boilerplate import dated, frames, headlines, rules, salutations, teasers
from vndiplo_boilerplate.cutoff import mark_cut_off_end
from vndiplo_boilerplate.lexicon import CompiledMarkers
from vndiplo_boilerplate.lines import Label, Line, split_lines
from vndiplo_boilerplate.restated import glued_twice, opens_with_date_past_credit, restated_share
from vndiplo_boilerplate.sections import section_prefix
from vndiplo_boilerplate.state import (
    HEADLINE_RUN,
    MIN_TITLE_WORDS,
    NEIGHBOURHOOD,
    RESTATED_SAPO_MAX_WORDS,
    RESTATED_SAPO_SHARE,
    SAPO_LEAD_WINDOW,
    SAPO_SHARED_NAMES,
    TEASER_SUMMARY_MAX_WORDS,
    PageState,
)
from vndiplo_boilerplate.title_tails import title_tail
from vndiplo_boilerplate.twice import quotes_the_article

__all__ = ["Label", "Line", "classify_lines", "split_lines"]


class _Classifier(PageState):
    """One pass over a page's lines; see the module docstring for the rules, in order."""

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
        if self.tail_from < n:
            # One shared label for the tail's lines (labels are never changed in place, only
            # replaced): a related-news tail is often most of the page's lines.
            tail_label = Label("boilerplate", "tail")
            self.labels[self.tail_from + 1 : n] = [tail_label] * (n - self.tail_from - 1)
            self.labels[self.tail_from] = Label("boilerplate", "tail_start")
        if self.tail_from < n and self._marker(self.tail_from) is not None:
            role = self._marker(self.tail_from)
            assert role is not None
            self.labels[self.tail_from] = Label("boilerplate", f"marker_{role.role}")
        self._after_body(last_strong, head_end)
        mark_cut_off_end(self)
        return [
            lab if lab is not None else Label("boilerplate", "unlabelled") for lab in self.labels
        ]

    def _find_head(self) -> int:
        """Index of the first paragraph of prose (the end of the head), or len(lines)."""
        checked_sapo = summarised = False
        for i in range(len(self.lines)):
            self._ready(i + 1)
            line = self.lines[i]
            if not line.strong or self._marker(i) is not None:
                continue
            if self._content_label(i) is not None:
                continue
            if line.ends_ellipsis and self._sapo_repeated(i):
                summarised = True
                continue
            if not checked_sapo:
                checked_sapo = True
                self._ready(i + headlines.LOOKAHEAD + 2)
                if headlines.is_prose_like_headline(self.lines, i):
                    self.long_title = i  # a question or a long title: the head goes on
                    continue
                if self._is_sapo(i, summarised) or self._is_reprinted_teaser(i):
                    self.sapo = i
                    continue
            return i
        return len(self.lines)

    def _is_reprinted_teaser(self, i: int) -> bool:
        """The first paragraph is a teaser: the article prints it again further down."""
        if not teasers.may_be_reprinted(self.lines, i):
            return False  # cheaper still: no line below could be its copy
        page = self._lowered_text()
        if page.find(self.lines[i].lowered, self.lines[i].end) == -1:
            return False  # cheap first, before preparing every line
        self._ready(len(self.lines))
        return teasers.reprinted_below(self.lines, i, page, self._is_prose)

    def _is_prose(self, k: int) -> bool:
        """Line ``k`` reads as a paragraph of the article: no caption, stamp or widget."""
        line = self.lines[k]
        return line.strong and self._content_label(k) is None and line.key != ""

    def _is_sapo(self, i: int, summarised: bool = False) -> bool:
        """The first paragraph is a sapo: a summary between the title and the lead.

        Signals, all required: a headline above it; a summary's shape (at most
        ``SAPO_MAX_WORDS``, no date unless the lead below carries the outlet credit, not opening
        with a frame such as "Tại ..." or "Nhân dịp ..."); the next paragraph (past captions and
        widgets) is a lead: it opens with a date
        phrase ("Chiều 18/2, ...") or an outlet credit ("(Dân trí) - ..."), and names someone the
        summary names. A page that starts directly with its lead keeps it: leads carry a date
        or a frame, and a second paragraph rarely opens with a date of its own. Apart from that
        shape test, a short paragraph that the lead below restates is a sapo (see
        :meth:`_restated_by_lead`), and so is an invitation frame above a dated lead (see
        :meth:`_invitation_sapo`) on a page whose summary (``summarised``) is not already above.
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
        if self._restated_by_lead(i):
            return True
        if glued_twice(line.text):  # a summary printed with its copy, above a dated lead
            return opens_with_date_past_credit(self._lead_below(i))
        credit = rules.lead_credit(line.text)
        prose = line.lowered[credit[1] :] if credit is not None else line.lowered
        if credit is not None and rules.opens_with_date(prose):
            return self._restated_below(i, prose)
        if rules.opens_with_invitation(prose):
            return credit is None and not summarised and self._invitation_sapo(i)
        undated = rules.sapo_shape(prose, line.words)
        if not undated and not rules.sapo_shape(prose, line.words, dated=True):
            return False
        lead = self._lead_below(i)
        if lead is None:
            return False
        lead_credit = rules.lead_credit(lead.text)
        lead_prose = lead.lowered[lead_credit[1] :] if lead_credit is not None else lead.lowered
        dated = rules.opens_with_date(lead_prose)
        # An undated summary above a lead that opens with its occasion ("Nhân dịp ...").
        dated = dated or (undated and frames.opens_with_occasion(lead_prose))
        credited_below = lead_credit is not None and credit is None
        if not (dated or credited_below) or not (undated or credited_below):
            return False  # a dated summary counts only above a lead with the credit
        return rules.shared_names(line.text, lead.text) >= SAPO_SHARED_NAMES

    def _restated_by_lead(self, i: int) -> bool:
        """A short first paragraph that the longer paragraph below says again, mostly word for
        word: a summary cut from the lead, whatever its opening or date. The lead printed twice
        (the same words) is no summary: the repeat rule keeps its first copy."""
        line = self.lines[i]
        if line.words > RESTATED_SAPO_MAX_WORDS:
            return False
        lead = self._lead_below(i)
        return (
            lead is not None
            and lead.key != line.key
            and lead.words >= line.words
            and restated_share(line.text, lead.text, RESTATED_SAPO_SHARE) >= RESTATED_SAPO_SHARE
        )

    def _invitation_sapo(self, i: int) -> bool:
        """An invitation frame ("Nhận lời mời của X, Y thăm Z từ ngày 8 - 10/9.") above a dated
        lead that reports one event of the visit ("Sáng 9/9, tại ..., X đã hội đàm ...").

        The frame summarises the visit and the lead opens the article, so the frame is a sapo,
        unless the headline reports the visit itself ("Đoàn X thăm Lào"): then the frame is
        the article's own lead and the dated paragraph below it goes on with the programme.
        """
        line = self.lines[i]
        if line.words > rules.SAPO_MAX_WORDS:
            return False
        headline = next((j for j in range(i - 1, -1, -1) if self._is_headline(j)), None)
        if headline is None or rules.reports_visit(self.lines[headline].lowered):
            return False
        lead = self._lead_below(i)
        if lead is None or not opens_with_date_past_credit(lead):
            return False
        return rules.shared_names(line.text, lead.text) >= SAPO_SHARED_NAMES

    def _is_headline(self, j: int) -> bool:
        """Line ``j`` above the first paragraph reads as a headline (no stamp, no chrome)."""
        line = self.lines[j]
        return line.headline and self._content_label(j) is None and not rules.is_menu(line.text)

    def _lead_below(self, i: int) -> Line | None:
        """The first paragraph below line ``i``, past captions, widgets and bylines, if near."""
        lines = self.lines
        for j in range(i + 1, min(len(lines), i + 1 + SAPO_LEAD_WINDOW)):
            self._ready(j + 1)
            if lines[j].strong and self._content_label(j) is None:
                return lines[j]
        return None

    def _restated_below(self, i: int, prose: str) -> bool:
        """A credited, dated first paragraph that the paragraph below restates in full.

        Some outlets (Nhân Dân, VOV) put their credit on a one-sentence summary that opens
        with the lead's own date ("NDO - Chiều 10/7, ... đã tiếp ..."), then print the lead
        with the same date phrase and no credit ("Chiều 10/7, tại ..."). Required: the lead
        (past captions and widgets) carries no credit, opens with the same date phrase, names
        someone the summary names, and is no shorter than the summary.
        """
        line = self.lines[i]
        if line.words > rules.SAPO_MAX_WORDS:
            return False
        lead = self._lead_below(i)
        return (
            lead is not None
            and rules.lead_credit(lead.text) is None
            and lead.words >= line.words
            and rules.same_date_opening(prose, lead.lowered)
            and rules.shared_names(line.text, lead.text) >= SAPO_SHARED_NAMES
        )

    def _label_head(self, head_end: int) -> None:
        """Title, bylines, timestamps and chrome above the article's first paragraph."""
        lines = self.lines
        unfit = [
            self._content_label(i) is not None
            or rules.is_name_like(lines[i].text, lines[i].words)
            or self._caption_goes_on(i, head_end)
            or salutations.opens_address(lines, i, head_end)
            for i in range(head_end)
        ]
        best = headlines.pick_title(lines, head_end, unfit, self.long_title)
        if best >= 0:
            self.title = lines[best]
        for i in range(head_end):
            line = lines[i]
            label = self._content_label(i)
            if label is not None and self._marker(i) is not None and label.kind != "byline":
                label = Label("boilerplate", "head_marker")
            elif label is not None and label.kind == "dateline" and self._opens_lead(i, head_end):
                # "Ngày 27 tháng 5 năm 2021," over the lead: the date its first clause gives.
                label = Label("body", "dated_opening")
            if label is None:
                if i == best:
                    # A section name glued before it ("Chính trị <headline>") is cut off.
                    split = section_prefix(
                        line.text, line.lowered, self.markers.sections, MIN_TITLE_WORDS
                    )
                    label = Label("title", "title", split, title_tail(line.text))
                elif headlines.introduces_lead(lines, i, head_end) and self.long_title < 0:
                    # "Theo thông cáo của Bộ Ngoại giao:" opens the paragraph below it.
                    label = Label("body", "introduces_lead")
                elif salutations.opens_address(lines, i, head_end):
                    # "Thưa Đoàn Chủ tịch Đại hội,": the speech or letter starts here.
                    label = Label("body", "salutation")
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

    def _opens_lead(self, i: int, head_end: int) -> bool:
        """Line ``i`` ends with a comma and the lead (or the line introducing it) follows: the
        sentence runs on below it (see :func:`dated.runs_on`)."""
        nxt = i + 1
        return dated.runs_on(self.lines[i].text) and (
            nxt == head_end or headlines.introduces_lead(self.lines, nxt, head_end)
        )

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
        if (
            prev is not None
            and prev.anchor_after
            and line.words <= rules.CAPTION_MAX_WORDS
            and not rules.opens_with_date(line.lowered)
        ):
            # A photo with no caption of its own: the paragraph below opens with its date.
            return Label("caption", "after_photo_number"), None
        if nxt is not None and nxt.anchor_before and line.words <= rules.CAPTION_MAX_WORDS:
            return Label("caption", "before_photo_credit"), None
        if rules.is_photo_description(line.text, line.lowered, line.words):
            return Label("caption", "photo_description"), None
        if (
            line.headline
            and nxt is not None  # the page's last line may be a paragraph's cut-off copy
            and quotes_the_article(line, self._lowered_text(), self.body_start())
        ):
            return Label("caption", "pull_quote"), None
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
