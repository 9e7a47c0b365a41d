"""Is the first paragraph a sapo? The summary some pages print between headline and lead.

A sapo says what happened in a sentence or two; the lead below it opens the article with a date,
an outlet credit or an occasion frame and says it again at length. These rules decide, for the
first paragraph of a page, whether it is that summary (:meth:`SapoRules._is_sapo`) or a teaser
that the article prints again further down (:meth:`SapoRules._is_reprinted_teaser`). The
classifier's pass (:mod:`.classify`) builds on them.
"""

from __future__ import annotations

from typing import Final

from vndiplo_boilerplate import (
    back_summaries,
    frames,
    retold,
    rules,
    same_day,
    summaries,
    teasers,
)
from vndiplo_boilerplate.drop_caps import in_drop_cap_pair
from vndiplo_boilerplate.leads import mentions_date, opens_with_frame, points_back
from vndiplo_boilerplate.lines import Line
from vndiplo_boilerplate.restated import glued_twice, opens_with_date_past_credit, restated_share
from vndiplo_boilerplate.state import (
    RESTATED_SAPO_MAX_WORDS,
    RESTATED_SAPO_SHARE,
    SAPO_LEAD_WINDOW,
    SAPO_SHARED_NAMES,
    PageState,
)
from vndiplo_boilerplate.summaries import lost_drop_cap

#: A summary longer than ``RESTATED_SAPO_MAX_WORDS`` (up to ``rules.SAPO_MAX_WORDS``) is a sapo
#: when the lead below says this share of it again in order: the lead is the summary with its
#: invitation or date frame put in front ("Nhận lời mời của X, <the summary>").
WHOLE_SAPO_SHARE: Final = 0.9
#: A summary standing in for a missing headline may name at most this share of capitalised
#: words that the page does not repeat (a capital written one way there, another way below).
HEADLESS_NEW_NAMES: Final = 0.25

#: A summary said again past the lead: this share of its words, in order, in one paragraph
#: among the ``FURTHER_DOWN_WINDOW`` lines below the lead; shorter lines are labels.
FURTHER_DOWN_SHARE: Final = 0.8
FURTHER_DOWN_WINDOW: Final = 6
FURTHER_DOWN_MIN_WORDS: Final = 10

#: Lines a related box between a summary and its lead may take (its teasers and their slugs).
RELATED_BOX_LINES: Final = 12

__all__ = ["SapoRules"]

#: How far into a paragraph (in characters) a colon marks it as quoting a source.
_SOURCE_COLON_CHARS: Final = 120


def _same_or_cut(key: str, other: str) -> bool:
    """Two lines say the same, or one is the other cut off by the excerpt's end."""
    short, long = sorted((key, other), key=len)
    return bool(short) and long.startswith(short)


def _prose_words(line: Line) -> int:
    """The words of a paragraph past its outlet credit: the credit is no part of a summary."""
    credit = rules.lead_credit(line.text)
    return line.words if credit is None else len(line.text[credit[1] :].split())


def _quotes_a_source(text: str) -> bool:
    """The paragraph opens by quoting a source ("Thông cáo của Bộ cho biết: ..."): it goes on
    from the lead above it with the source's own words, it is no lead restating a summary."""
    colon = text.find(": ", 0, _SOURCE_COLON_CHARS)
    return colon != -1


class SapoRules(PageState):
    """The sapo and teaser tests on a page's lines (see the module doc)."""

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

    def _is_sapo(self, i: int) -> bool:
        """The first paragraph is a sapo: a summary between the title and the lead.

        Signals, all required: a headline above it; a summary's shape (at most
        ``SAPO_MAX_WORDS``, no date unless the lead below carries the outlet credit, not opening
        with a frame such as "Tại ..." or "Nhân dịp ..."); the next paragraph (past captions and
        widgets) is a lead: it opens with a date
        phrase ("Chiều 18/2, ...") or an outlet credit ("(Dân trí) - ..."), and names someone the
        summary names. A page that starts directly with its lead keeps it: leads carry a date
        or a frame, and a second paragraph rarely opens with a date of its own. Apart from that
        shape test, a short paragraph that the lead below restates is a sapo (see
        :meth:`_restated_by_lead`). An invitation paragraph ("Nhận lời mời của X, Y thăm Z từ
        ngày ...") is never a sapo by its shape: it is narration, the only paragraph giving the
        visit's span and the sides' offices, whatever act the headline and the dated paragraph
        below report (README round 8 #38; round 16, a blind page's talks under the invitation).
        """
        lines = self.lines
        line = lines[i]
        self._ready(i + 2)
        if in_drop_cap_pair(lines, i):
            return False  # the lead printed twice, its drop cap lost: one copy stays as lead
        if not (0 <= self.long_title < i or any(lines[j].headline for j in range(i))):
            return self._headless_summary(i) or self._summary_over_photo(i)
        if (i > 0 and lines[i - 1].anchor_after) or (
            i + 1 < len(lines) and lines[i + 1].anchor_before
        ):
            return False  # the text of a photo ("... ảnh 1" above, "Ảnh: X" below): a caption
        if self._summary_over_photo(i):
            return True
        if summaries.names_unrestated(line.text, self.text, line.end):
            return False  # it alone names most of its people and places: the lead
        if self._above_drop_cap(i):
            return True
        if self._restated_by_lead(i) or self._said_again_further_down(i):
            return True
        if self._retold_by_lead(i):
            return True
        if self._day_said_again_below(i):
            return True
        if glued_twice(line.text):  # a summary printed with its copy, above a dated lead
            return opens_with_date_past_credit(self._lead_below(i))
        credit = rules.lead_credit(line.text)
        prose = line.lowered[credit[1] :] if credit is not None else line.lowered
        if credit is not None and (rules.opens_with_date(prose) or rules.closes_with_date(prose)):
            return self._restated_below(i, prose)
        if rules.opens_with_invitation(prose):
            return False  # narration, the article's lead (see above)
        if back_summaries.points_at_the_meeting(prose, line.words):
            # "Tại cuộc hội đàm, hai bên ...": the headline's meeting, told below from its day.
            return opens_with_date_past_credit(self._lead_below(i))
        undated = rules.sapo_shape(prose, line.words)
        if not undated and not rules.sapo_shape(prose, line.words, dated=True):
            return False
        lead = self._lead_below(i)
        if lead is None:
            return False
        lead_credit = rules.lead_credit(lead.text)
        lead_prose = lead.lowered[lead_credit[1] :] if lead_credit is not None else lead.lowered
        dated = rules.opens_with_date(lead_prose)
        # An undated summary above a lead that opens with its occasion ("Nhân dịp ...") or
        # with a frame that gives the date ("Tại cuộc hội đàm ..., ngày 20/6, ...").
        dated = dated or (
            undated
            and (frames.opens_with_occasion(lead_prose) or rules.frame_then_date(lead_prose))
        )
        # "Đây là khẳng định của ông X, ...": the paragraph below names who said the summary,
        # so the narration restarts there (README round 8 #38).
        dated = dated or (undated and rules.ends_sentence(line.text) and points_back(lead_prose))
        credited_below = lead_credit is not None and credit is None
        if not (dated or credited_below) or not (undated or credited_below):
            return False  # a dated summary counts only above a lead with the credit
        if undated and dated and rules.generic_subject(prose):
            # "Hai nước cam kết ...": a summary that names nobody by design, above the dated
            # lead; with an outlet's credit too ("(ABC) - Hai bên nhất trí ...": round 8 #38,
            # a credited one-line summary under a headline is a sapo).
            return True
        return rules.shared_names(line.text, lead.text) >= SAPO_SHARED_NAMES

    def _summary_over_photo(self, i: int) -> bool:
        """An undated, uncredited summary, then the page's photo with its caption, then a lead
        that opens with its date or occasion ("Nhân dịp ..., ngày 22/11, ...") and names
        someone the summary names: the layout of headline, sapo, main photo, article (README
        round 8 #3). The summary may name more than the lead repeats ("... với lãnh đạo các
        nước A, B, C"): the photo between is what sets it apart from the article."""
        line = self.lines[i]
        if rules.lead_credit(line.text) is not None or not rules.ends_sentence(line.text):
            return False  # a credited paragraph: round 8 #38 decides
        lowered = line.lowered
        if (
            not rules.sapo_shape(lowered, line.words)
            or rules.opens_with_invitation(lowered)
            or frames.opens_with_occasion(lowered)
        ):
            return False
        j = self._lead_index_below(i)
        if j < 0 or not any(
            ((label := self._content_label(k)) is not None and label.kind == "caption")
            or self._table_cell_between(k)
            for k in range(i + 1, j)
        ):
            return False
        lead = self.lines[j]
        if not (opens_with_date_past_credit(lead) or rules.frame_then_date(lead.lowered)):
            return False
        return rules.shared_names(line.text, lead.text) >= SAPO_SHARED_NAMES

    def _table_cell_between(self, k: int) -> bool:
        """Line ``k`` stands alone between two bare table bars ("|", the caption line, "|"):
        a photo table's caption cell flattened onto lines of its own (README round 8 #3)."""
        lines = self.lines
        return (
            0 < k < len(lines) - 1
            and lines[k - 1].text.strip() == "|"
            and lines[k + 1].text.strip() == "|"
            and not rules.ends_sentence(lines[k].text)
        )

    def _day_said_again_below(self, i: int) -> bool:
        """A one-to-three-sentence summary naming a day that the lead below (uncredited, no
        shorter than a clause) gives again in its opening clause, telling the same act (a
        digest of a day tells other acts): see :mod:`.same_day`."""
        line = self.lines[i]
        lead = self._lead_below_summary(i)
        return (
            lead is not None
            and lead.key != line.key  # the lead printed twice: the repeat rules decide
            and lead.words >= same_day.LEAD_MIN_WORDS
            and rules.lead_credit(lead.text) is None
            and same_day.same_day_again(line.lowered, lead.lowered)
            and same_day.same_act_again(line.lowered, lead.lowered)
            and rules.shared_names(line.text, lead.text) >= SAPO_SHARED_NAMES
        )

    def _headless_summary(self, i: int) -> bool:
        """A page with no headline that opens with a one-sentence summary ("X gửi điện mừng
        tới Y nhân dịp ...") above the lead that tells it again with its date or occasion
        ("Nhân dịp ..., ngày 5/3, X đã gửi điện mừng ..."): the summary stands in for the
        headline. Every name it gives is said again below, or it is the lead itself."""
        line = self.lines[i]
        if not rules.sapo_shape(line.lowered, line.words) or not rules.ends_sentence(line.text):
            return False
        if rules.lead_credit(line.text) is not None:
            return False  # "(VOV5) - ..." with no headline above: the lead (README round 8 #38)
        if line.words > summaries.HEADLESS_SUMMARY_MAX_WORDS:
            return False
        self._ready(i + 2)
        lead = self._lead_below(i)
        if lead is None or lead.words <= line.words:
            return False
        lead_prose = lead.lowered
        if not (rules.opens_with_date(lead_prose) or frames.opens_with_occasion(lead_prose)):
            return False
        return (
            not summaries.names_unrestated(
                line.text, self.text, line.end, share=HEADLESS_NEW_NAMES, least=1
            )
            and restated_share(line.text, lead.text) >= summaries.HEADLESS_RESTATED_SHARE
        )

    def _above_drop_cap(self, i: int) -> bool:
        """The paragraph below opens in lower case right after a full sentence: the article's
        first letter, set as a drop cap, was lost ("huyến thăm ..." for "Chuyến thăm ...").
        Only the lead has a drop cap, so a short summary above it is a sapo, dated or not."""
        line = self.lines[i]
        lead = self._lead_below_summary(i)
        return (
            lead is not None
            and lost_drop_cap(lead.text)
            and rules.shared_names(line.text, lead.text) >= SAPO_SHARED_NAMES
        )

    def _restated_by_lead(self, i: int) -> bool:
        """A short first paragraph that the longer paragraph below says again, mostly word for
        word: a summary cut from the lead, whatever its opening or date. The lead printed twice
        (the same words) is no summary: the repeat rule keeps its first copy."""
        line = self.lines[i]
        if line.words > rules.SAPO_MAX_WORDS:
            return False
        if rules.opens_with_invitation(line.lowered) and self._headline_reports_visit(i):
            # "Nhận lời mời của X, Y sẽ thăm Z từ 15 đến 17/11." under a visit's headline: the
            # article's own lead, whatever the paragraph below restates (round 8 #38).
            return False
        # A longer summary must be said again almost whole: the lead is it plus the frame.
        floor = RESTATED_SAPO_SHARE if line.words <= RESTATED_SAPO_MAX_WORDS else WHOLE_SAPO_SHARE
        lead = self._lead_below(i)
        if (
            lead is not None
            and opens_with_date_past_credit(line)
            and not mentions_date(lead.lowered)
        ):
            # "Chiều 15/12, X làm việc với Y." above "Tham dự buổi làm việc, về phía Y có ...":
            # the paragraph below goes on about the act and gives no day, so the dated one is
            # the narration, not a summary cut from it (README round 8 #3, round 9 #12: a sapo
            # is followed by a restart with its own date). Its long shared names are no restart.
            return False
        return (
            lead is not None
            and lead.key != line.key
            and lead.words >= line.words
            and not _quotes_a_source(lead.text)
            and restated_share(line.text, lead.text, floor) >= floor
        )

    def _retold_by_lead(self, i: int) -> bool:
        """A one-sentence summary, credited or not, that the paragraph below tells again with
        the same people and act (see :mod:`.retold`). The paragraph stays the lead when it is
        one itself: opening with its date, a frame, an occasion or an invitation (F19, A12)."""
        line = self.lines[i]
        credit = rules.lead_credit(line.text)
        start = credit[1] if credit is not None else 0
        prose, lowered = line.text[start:], line.lowered[start:]
        words = len(prose.split())
        if words > rules.SAPO_MAX_WORDS or not rules.ends_sentence(prose):
            return False
        if ". " in prose.rstrip(" ."):
            return False  # two sentences or more: a lead's account, not a summary
        if (
            rules.opens_with_date(lowered)
            or opens_with_frame(lowered)
            or rules.opens_with_invitation(lowered)
            or frames.opens_with_occasion(lowered)
        ):
            return False
        lead = self._lead_below(i)
        if lead is None:
            return False
        mine = same_day.day_named(lowered)
        theirs = same_day.day_named(lead.lowered, same_day.LEAD_DAY_CHARS)
        if mine is not None and theirs is not None and mine != theirs:
            return False  # another day (or part of it) below: news of its own, not retold
        return (
            lead.key != line.key
            and lead.words >= words
            and not _quotes_a_source(lead.text)
            and retold.retells(prose, lead.text, lead.lowered)
        )

    def _said_again_further_down(self, i: int) -> bool:
        """An undated summary that a paragraph past the lead says again almost word for word
        ("Hai bên nhất trí ..." above the dated lead, "Tại buổi gặp, hai bên ... nhất trí ..."
        two paragraphs down): the summary was cut from the article, so it is no part of it.

        The lead itself opens with a date or a frame, so a first paragraph that does is never
        taken; nor is one said again by the paragraph right below it (see
        :meth:`_restated_by_lead`), nor a paragraph printed twice whole (the teaser rule).
        """
        line = self.lines[i]
        if line.words < FURTHER_DOWN_MIN_WORDS or line.words > rules.SAPO_MAX_WORDS:
            return False
        credit = rules.lead_credit(line.text)
        prose = line.lowered[credit[1] :] if credit is not None else line.lowered
        if rules.opens_with_date(prose) or not rules.ends_sentence(line.text):
            return False
        below = self._lead_index_below(i)
        lines = self.lines
        if below < 0 or lines[below].key == line.key:
            return False
        start = below + 1
        end = min(len(lines), start + FURTHER_DOWN_WINDOW)
        self._ready(end)
        for k in range(start, end):
            other = lines[k]
            if not self._is_prose(k) or other.key == line.key:
                continue
            share = restated_share(line.text, other.text, FURTHER_DOWN_SHARE)
            if share >= FURTHER_DOWN_SHARE:
                return True
        return False

    def _headline_reports_visit(self, i: int) -> bool | None:
        """Whether the headline above line ``i`` reports a visit ("Đoàn X thăm Lào"), or None
        when no headline stands above it."""
        headline = next((j for j in range(i - 1, -1, -1) if self._is_headline(j)), None)
        return None if headline is None else rules.reports_visit(self.lines[headline].lowered)

    def _is_headline(self, j: int) -> bool:
        """Line ``j`` above the first paragraph reads as a headline (no stamp, no chrome)."""
        line = self.lines[j]
        return line.headline and self._content_label(j) is None and not rules.is_menu(line.text)

    def _lead_below_summary(self, i: int) -> Line | None:
        """:meth:`_lead_below`, when line ``i`` has a summary's length and ends a sentence."""
        line = self.lines[i]
        if _prose_words(line) > rules.SAPO_MAX_WORDS or not rules.ends_sentence(line.text):
            return None
        return self._lead_below(i)

    def _lead_below(self, i: int) -> Line | None:
        """The first paragraph below line ``i``, past captions, widgets and bylines, if near.

        A sentence printed twice in a row is a photo's alt text and its caption (the lead is
        never printed twice back to back below a summary), so the pair is passed over too.
        """
        j = self._lead_index_below(i)
        return self.lines[j] if j >= 0 else None

    def _lead_index_below(self, i: int) -> int:
        """The index of :meth:`_lead_below`'s paragraph, or -1."""
        lines = self.lines
        end = min(len(lines), i + 1 + SAPO_LEAD_WINDOW)
        j = i
        while j + 1 < end:
            j += 1
            self._ready(j + 2)
            marker = self._marker(j)
            if marker is not None and marker.role == "box":
                # "TIN LIÊN QUAN" and its teasers between the summary and the lead: passed
                # over whole, the window counted again from where the article resumes.
                resumes = self._box_resumes(j)
                if resumes > 0:
                    end = min(len(lines), resumes + SAPO_LEAD_WINDOW)
                    j = resumes - 1
                continue
            if not lines[j].strong or self._content_label(j) is not None:
                continue
            if self._caption_twice(j, i):
                continue
            return j
        return -1

    def _box_resumes(self, j: int) -> int:
        """The first of two paragraphs in a row (no teaser) within ``RELATED_BOX_LINES`` below
        the related box opened at line ``j``: where the article resumes, or -1."""
        lines = self.lines
        for k in range(j + 1, min(len(lines) - 1, j + 1 + RELATED_BOX_LINES)):
            self._ready(k + 2)
            if all(
                lines[m].strong and not lines[m].ends_ellipsis and self._content_label(m) is None
                for m in (k, k + 1)
            ):
                return k
        return -1

    def _caption_twice(self, j: int, top: int) -> bool:
        """Line ``j`` (below ``top``) and a neighbour are the same sentence, and the line after
        the pair is not printed twice as well: a caption pair (alt text and caption), not an
        article printed paragraph by paragraph twice."""
        lines = self.lines
        if lines[j].words > rules.CAPTION_MAX_WORDS or lost_drop_cap(lines[j].text):
            return False  # (a caption has no drop cap: that pair is the lead printed twice)
        if j - 1 > top and lines[j - 1].key == lines[j].key:
            j -= 1
        if j + 1 >= len(lines) or lines[j + 1].key != lines[j].key:
            return False
        self._ready(j + 4)
        after = j + 2
        return after + 1 >= len(lines) or not _same_or_cut(lines[after].key, lines[after + 1].key)

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
