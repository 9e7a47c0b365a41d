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

from collections.abc import Callable, Sequence

from vndiplo_boilerplate import dated, head_chrome, headlines, rules, salutations
from vndiplo_boilerplate.body_rules import BodyRules
from vndiplo_boilerplate.credited_twins import teaser_of_credited_lead
from vndiplo_boilerplate.cutoff import mark_cut_off_end
from vndiplo_boilerplate.described import described_twice
from vndiplo_boilerplate.document_heads import DOCUMENT_HEAD, mark_document_head
from vndiplo_boilerplate.headline_copies import joined_headline_copy
from vndiplo_boilerplate.lead_veto import (
    drop_after_end_mark,
    drop_summary_above_lead,
    keep_the_lead,
)
from vndiplo_boilerplate.letter_heads import mark_letter_head
from vndiplo_boilerplate.lexicon import CompiledMarkers
from vndiplo_boilerplate.lines import Label, Line, split_lines
from vndiplo_boilerplate.related_lists import BULLET_MARKS, headline_list_end, list_start
from vndiplo_boilerplate.scene_captions import captions_its_day, closes_on_its_day
from vndiplo_boilerplate.sections import ends_in_section_menu, section_prefix
from vndiplo_boilerplate.signatures import mark_letter_signature
from vndiplo_boilerplate.state import MIN_TITLE_WORDS, NEIGHBOURHOOD
from vndiplo_boilerplate.stopped_headlines import is_stopped_headline
from vndiplo_boilerplate.title_tails import counter_tail, title_tail

__all__ = ["Label", "Line", "classify_lines", "split_lines"]

#: The words a line needs to count as the article going on below a line (a source line such as
#: "Theo báo Nhân Dân." is shorter).
_SENTENCE_GOES_ON = 5


class _Classifier(BodyRules):
    """One pass over a page's lines; see the module docstring for the rules, in order."""

    #: The sapo is the lead's sentence printed above the headline (no summary under it).
    teaser_on_top = False

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
        mark_letter_signature(self)
        mark_document_head(self)
        mark_letter_head(self)
        mark_cut_off_end(self)
        drop_after_end_mark(self)
        keep_the_lead(self)  # last: whatever rule dropped the page's lead, it stays
        drop_summary_above_lead(self)
        return [
            lab if lab is not None else Label("boilerplate", "unlabelled") for lab in self.labels
        ]

    def _find_head(self) -> int:
        """Index of the first paragraph of prose (the end of the head), or len(lines)."""
        checked_sapo = False
        skip_to = -1
        for i in range(len(self.lines)):
            self._ready(i + 1)
            line = self.lines[i]
            if self.sapo >= 0 and i >= skip_to and self._is_box(i):
                skip_to = self._box_resumes(i)  # related teasers between the sapo and the lead
            if self.long_title < 0 and joined_headline_copy(self.lines, i):
                self.long_title = i  # the headline on one line, its print in pieces above
                continue
            if not line.strong or self._marker(i) is not None:
                continue
            if self._content_label(i) is not None or i in self.descriptions:
                continue
            if i < skip_to:
                continue
            if line.text.startswith(BULLET_MARKS):
                end = headline_list_end(self.lines, list_start(self.lines, i), self._ready)
                if end is not None:
                    skip_to = end  # related headlines above the lead: no paragraph of it
                    continue
            twin = described_twice(self.lines, i, self._ready, self._content_label)
            if twin is not None:
                self.descriptions.update((i, twin))  # the page's description, then its sapo
                continue
            if line.ends_ellipsis and self._sapo_repeated(i):
                continue
            if self.sapo < 0 and teaser_of_credited_lead(
                self.lines, i, self._ready, self._is_prose
            ):
                self.sapo = i  # the lead's teaser, its credited copy below is the lead
                continue
            if not checked_sapo:
                self._ready(i + headlines.LOOKAHEAD + 2)
                if head_chrome.is_slogan_banner(line, self.lines[i + 1 : i + headlines.LOOKAHEAD]):
                    continue  # a site's banner in capitals above the headline
                checked_sapo = True
                if headlines.is_prose_like_headline(
                    self.lines, i
                ) or headlines.is_capitals_headline(self.lines, i):
                    self.long_title = i  # a question or a long title: the head goes on
                    continue
                if is_stopped_headline(self.lines, i):
                    self.long_title = i  # a headline closed by a full stop
                    # The paragraph under it may still be its sapo ("VOV.VN - <summary>").
                    checked_sapo = False
                    continue
                if not self._headline_above(i) and headlines.is_reposted_headline(
                    self.lines, i, self._lowered_text
                ):
                    self.long_title = i  # a blog post's title, reprinted above its article
                    continue
                on_top = self._teaser_above_headline(i)
                if on_top or self._is_sapo(i) or self._is_reprinted_teaser(i):
                    self.teaser_on_top = on_top
                    self.sapo = i
                    continue
            if self._summary_twice(i):
                continue  # printed over and under the headline, retold by the lead below
            if self.sapo >= 0 and self._caption_twice(i, self.sapo):
                continue  # a photo's alt text and caption between the sapo and the lead
            if closes_on_its_day(line) and self._caption_twice(i, i - 1):
                continue  # the same, under the headline: "X và Y tại Z, 13/1/2031." twice
            if captions_its_day(line) and self._article_goes_on(i + 1):
                continue  # the same printed once, with the article below it
            return i
        return len(self.lines)

    def _summary_twice(self, i: int) -> bool:
        """Line ``i`` is the copy under the headline of a summary printed over it too, and the
        paragraph below tells it again (see :meth:`_retold_by_lead`): both copies are the
        sapo, the lead is below them."""
        return (
            self.teaser_on_top
            and self.lines[i].key == self.lines[self.sapo].key
            and self._retold_by_lead(i)
        )

    def _teaser_above_headline(self, i: int) -> bool:
        """The page opens with the lead's sentence, then its headline (and stamp), then the
        lead again: the copy on top is a teaser, the headline the title (a scraper's mirror
        or a video page prints the lead over the headline)."""
        if self._headline_above(i):
            return False
        lines = self.lines
        key = lines[i].key
        end = min(len(lines), i + 2 + headlines.LOOKAHEAD)
        titled = False
        for j in range(i + 1, end):
            self._ready(j + 1)
            if lines[j].key == key:
                return titled
            if lines[j].strong and self._content_label(j) is None:
                return False  # a paragraph between: the article, not its head
            titled = titled or (lines[j].headline and self._content_label(j) is None)
        return False

    def _is_box(self, i: int) -> bool:
        marker = self._marker(i)
        return marker is not None and marker.role == "box"

    def _summary_above_headline(self) -> int:
        """The sapo's index when it is a summary, else -1: a photo's description taken for
        a sapo ("Quang cảnh buổi hội đàm ...") may stand above the headline."""
        if self.sapo < 0 or self.teaser_on_top:
            return -1
        line = self.lines[self.sapo]
        return -1 if rules.is_photo_description(line.text, line.lowered, line.words) else self.sapo

    def _headline_above(self, i: int) -> bool:
        """A headline-like line above ``i`` that is no marker, stamp or widget."""
        return any(
            self.lines[j].headline and self._marker(j) is None and self._content_label(j) is None
            for j in range(i)
        )

    def _label_head(self, head_end: int) -> None:
        """Title, bylines, timestamps and chrome above the article's first paragraph."""
        lines = self.lines
        summary_at = self._summary_above_headline()
        unfit = [
            self._content_label(i) is not None
            or rules.is_name_like(lines[i].text, lines[i].words)
            or headlines.is_caption_sentence(lines[i])
            or head_chrome.credited_caption(lines[i].text)
            or captions_its_day(lines[i])
            or head_chrome.in_bullet_menu(lines, i, head_end)
            or self._caption_goes_on(i, head_end)
            or salutations.opens_address(lines, i, head_end)
            or ends_in_section_menu(lines[i].text, self.markers.sections)
            # A headline stands above the sapo: a line between the sapo and the lead is a
            # kicker or a section's heading, even when the page lost its headline.
            or 0 <= summary_at < i
            # A photo's file name, and the caption below it.
            or rules.is_file_name(lines[i].text)
            # "(Toàn văn phát biểu của ...)": an editor's note in brackets, never a headline.
            or head_chrome.is_bracketed_note(lines[i].text)
            or head_chrome.is_slogan_banner(lines[i], lines[i + 1 : head_end])
            # A photo's alt text above its credit ("Nguồn hình ảnh, Reuters").
            or (i + 1 < head_end and lines[i + 1].anchor_before)
            # A photo's number or an image's toolbar ("Ảnh 1", "leftcenterrightdel"), and
            # the caption under it.
            or lines[i].anchor_after
            or (i > 0 and lines[i - 1].anchor_after)
            or head_chrome.is_caption_label(lines[i].text)
            or head_chrome.captions_title_copy(lines, i, head_end)
            or (i > 0 and rules.is_file_name(lines[i - 1].text))
            for i in range(head_end)
        ]
        # "Dưới đây là toàn văn bức thư:" above the letter's salutations introduces the text.
        lead_start = salutations.address_start(lines, head_end)
        if lead_start < head_end and lead_start > 0:
            unfit[lead_start - 1] = unfit[lead_start - 1] or headlines.introduces_lead(
                lines, lead_start - 1, lead_start
            )
        if (
            self.long_title < 0
            and self.sapo >= 0
            and is_stopped_headline(lines, self.sapo, summary=True)
        ):
            self.long_title, self.sapo = self.sapo, -1  # the headless summary is the headline
        if self.long_title < 0:
            # A short headline closed by a full stop is no paragraph, so the head holds it.
            self.long_title = next(
                (
                    i
                    for i in range(head_end)
                    if self._content_label(i) is None and is_stopped_headline(lines, i)
                ),
                -1,
            )
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
                    ) or head_chrome.label_prefix(line.text, self.text)
                    tail = title_tail(line.text) or counter_tail(
                        line.text, (other.text for other in lines if other is not line)
                    )
                    label = Label("title", "title", split, tail)
                elif headlines.introduces_lead(lines, i, lead_start) and self.long_title < 0:
                    # "Theo thông cáo của Bộ Ngoại giao:" opens the paragraph below it.
                    label = Label("body", "introduces_lead")
                elif salutations.opens_address(lines, i, head_end):
                    # "Thưa Đoàn Chủ tịch Đại hội,": the speech or letter starts here.
                    label = Label("body", "salutation")
                elif i in self.descriptions:
                    label = Label("boilerplate", "description")
                elif i == self.sapo:
                    # Not added to ``seen``: a body paragraph that restates it is not a caption.
                    self.labels[i] = Label("boilerplate", "sapo")
                    continue
                elif line.ends_ellipsis and self._sapo_repeated(i):
                    label = Label("boilerplate", "sapo_teaser")
                elif headlines.is_caption_sentence(line) or head_chrome.credited_caption(line.text):
                    # "Quang cảnh buổi hội đàm.": a photo's caption, never the title or body.
                    label = Label("caption", "head_caption")
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

    def _after_body(self, last_strong: int, head_end: int) -> None:
        """Unpunctuated lines after the last paragraph: bylines if names, else boilerplate."""
        start = max(last_strong + 1, head_end)
        # A sentence of the body further down ("Đại sứ cảm ơn Thủ tướng.") means the article
        # goes on: a line before it is inside the body even when it closes no sentence ("... đầu
        # tư. TTXVN", a credit glued to a short paragraph), never a byline after it.
        inside = max(
            (
                k
                for k in range(start, self.tail_from)
                if (label := self.labels[k]) is not None
                and label.kind == "body"
                and self.lines[k].words >= _SENTENCE_GOES_ON
                and rules.ends_sentence(self.lines[k].text)
                and not rules.is_name_like(self.lines[k].text, self.lines[k].words)
            ),
            default=-1,
        )
        for j in range(start, self.tail_from):
            label = self.labels[j]
            line = self.lines[j]
            if label is None or label.kind != "body" or j < inside:
                continue
            if rules.ends_sentence(line.text) and not rules.is_name_like(line.text, line.words):
                continue  # a sentence; initials closed by a full stop ("TR.NG.") sign the story
            if j == start and (
                rules.opens_unclosed_quote(line.text, line.words)
                or rules.introduces_what_follows(line.text, line.words)
                or rules.holds_sentence_break(line.text)
            ):
                # the paragraph's quotation cut off by the excerpt's end, the paragraph
                # handing over to a quotation or photos the excerpt lost ("... giải thích:"),
                # or two sentences, the second cut off ("... cho đoàn. Ông cho biết")
                continue
            if rules.is_name_like(line.text, line.words):
                self.labels[j] = Label("byline", "byline_name")
            else:
                self.labels[j] = Label("boilerplate", "after_body")


def classify_lines(
    lines: Sequence[Line],
    markers: CompiledMarkers,
    text: str,
    page_lower: Callable[[], str] | None = None,
    glued_captions: frozenset[int] = frozenset(),
) -> list[Label]:
    """Label ``lines`` (from :func:`split_lines` over ``text``, the normalised page);
    ``page_lower`` gives ``text.lower()`` from a cache, when the caller keeps one;
    ``glued_captions`` holds the starts of lines read as captions from the input's glue (see
    :mod:`.glued_credits`).

    The kept lines are then read again as a page of their own, and whatever that reading drops
    is dropped here too, until nothing changes. Context rules look at neighbours, and removing
    boilerplate makes new neighbours; this check makes cleaning idempotent by construction
    (cleaning the cleaned body keeps every line). It costs one pass over the body, usually once.
    """
    if not lines:
        return []
    classifier = _Classifier(lines, markers, text, page_lower)
    classifier.glued_captions = glued_captions
    labels = classifier.run()
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
        if (
            again.kind != "body"
            and label.rule != DOCUMENT_HEAD
            and not (label.split is not None and again.rule == "sapo")
        ):
            # (A document's head read again with no headline above it looks like a page's
            # head: it was decided with the headline in view, and stays. So does a credited
            # lead, read again without its credit: README round 8 #38.)
            labels[i] = Label(again.kind, f"recheck_{again.rule}")
            changed = True
        elif again.split is not None:
            # The new first paragraph carries an outlet credit: take it off as well.
            offset = label.split[1] if label.split is not None else 0
            credit_end = offset + again.split[0] if again.split[0] else offset
            if label.split is not None and not again.split[0]:
                credit_end = label.split[0]
            split = (credit_end, offset + again.split[1])
            labels[i] = Label("body", label.rule, split, label.tail, label.head)
            changed = True
    return changed
