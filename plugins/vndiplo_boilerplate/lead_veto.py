"""The lead veto: the paragraph that tells the page's act is never cleaned away.

Every rule of the cleaner decides a line from its neighbours: a line under "Tin liên quan" is a
teaser, a line over "Photo: VGP" is that photo's caption, a line above the first two paragraphs
in a row is the head. Pages put their lead next to all of these ("Tin liên quan" printed
between the sapo and the lead, a photo credit under the lead, a wrapped second paragraph that
is not "strong"), and when the lead goes the page loses its event, its date and its people.

So one structural test overrides them. A *lead* is a paragraph of prose that names an act
(a meeting, a visit, a message: :data:`same_day.ACT_FAMILIES`, or their English and French
words), a day ("ngày 14/7", "chiều 5/3", "November 17") and at least two capitalised words
(people, offices). The page's lead is the first such paragraph; if the cleaner dropped it
above the first kept paragraph, and that first kept paragraph is no lead itself (a lead there
means the dropped one was a summary or a caption above it), the dropped one is body again. If
the cleaner kept no paragraph naming an act at all, the page's first lead is kept whatever
rule dropped it.

Copies are left alone: a line printed twice, a headline's copy, a sapo said again below, a
caption with its credit inside it. Those are dropped for what they are, not for a neighbour.

The mirror at the page's end lives in :mod:`.cutoff` (a names-only stub under a leftover is
no cut-off sentence) and here (:func:`drop_after_end_mark`): after "./." the article is over.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.foreign_dates import ENGLISH_MONTH, FOREIGN_MONTH
from vndiplo_boilerplate.leads import mentions_date
from vndiplo_boilerplate.lines import Label, Line
from vndiplo_boilerplate.same_day import families, names_an_act, points_back, shares_an_act
from vndiplo_boilerplate.signoffs import closes_article
from vndiplo_boilerplate.state import SAPO_LEAD_WINDOW, SAPO_SHARED_NAMES, PageState
from vndiplo_boilerplate.summaries import names_unrestated

__all__ = ["drop_after_end_mark", "drop_summary_above_lead", "is_lead", "keep_the_lead"]

#: The act words of English and French pages (the library reads both).
_FOREIGN_ACTS: Final = re.compile(
    r"\b(?:receiv(?:ed|es|ing)|reception|met|meets|meeting|talks|visit(?:ed|s|ing)?|hosted"
    r"|welcomed|called on|phone (?:call|conversation)|signed|a reçu|reçoit|s'est entretenu"
    r"|entretien|rencontr(?:é|e|ait)|visite)\b"
)
#: "November 17", "17 November", "le 17 novembre": the month names the cleaner already reads
#: in foreign dates (:mod:`.foreign_dates`); month first is English only.
_FOREIGN_DAY: Final = re.compile(
    rf"\b(?:{ENGLISH_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}(?:er)?\s+{FOREIGN_MONTH})"
)
#: A time the writer tells from where they stand ("hôm nay", "sáng qua", "năm 2017"): a paragraph
#: carrying one reports the news itself, so it is the article's opening, never a summary over it.
_OWN_TIME: Final = re.compile(
    r"\b(?:(?:hôm|sáng|trưa|chiều|tối|đêm)\s+(?:nay|qua)|năm\s+(?:1[89]|20)\d\d|today|yesterday)\b"
)
#: A paragraph of the programme ("Theo kế hoạch, ...", "... sẽ hội kiến ..."): it tells what
#: is to come, so it is no lead a paragraph above it could summarise (that paragraph reports
#: what happened, "Đón Tổng Bí thư ... tại sân bay ...").
_PLANNED: Final = re.compile(
    r"^(?:theo\s+(?:kế\s+hoạch|chương\s+trình|lịch\s+trình)|dự\s+kiến)\b|\bsẽ\b"
)
#: Who stands where in a photo ("Nguyễn Văn A (T) và ông B", "(thứ hai từ trái)"): only a
#: caption points at people in a picture.
_IN_PICTURE: Final = re.compile(
    r"\((?:t|p|g|trái|phải|giữa|thứ\s+\w+\s+từ\s+(?:trái|phải)|left|right|center|centre)\)"
)
#: A lead names its people: two capitalised words past the first (names, offices).
LEAD_MIN_NAMES: Final = 2

#: Rules that drop a line for what it is, not for a neighbour: copies of a line the page
#: keeps elsewhere, and a caption whose credit is inside the line itself.
_COPIES: Final = frozenset(
    {
        "repeats_title",
        "repeated_line",
        "near_duplicate",
        "sapo",
        "sapo_teaser",
        "description",
        "photo_credit",
        "photo_number",
        "drop_cap_twin",
    }
)


def is_lead(line: Line) -> bool:
    """A paragraph naming an act, a day and people: the shape of a news story's lead."""
    line.prepare()
    if not line.strong:
        return False
    if line.text.lstrip().startswith("!["):
        return False  # an image's alt text ("![]() Ngày 24/3, Lễ khánh thành ..."), no prose
    lowered = line.lowered
    if _IN_PICTURE.search(lowered) is not None:
        return False  # "X (T) và ông Y ...": a photo's caption placing its people
    if not (names_an_act(lowered) or _FOREIGN_ACTS.search(lowered) is not None):
        return False
    if not (mentions_date(lowered) or _FOREIGN_DAY.search(lowered) is not None):
        return False
    return len(rules.capitalised_words(line.text)) >= LEAD_MIN_NAMES


def _acts(lowered: str) -> set[str]:
    """The act families and the English or French act words the (lower-cased) text names."""
    return families(lowered) | {m.group() for m in _FOREIGN_ACTS.finditer(lowered)}


def _retold_below(dropped: Line, kept: Line) -> bool:
    """The kept paragraph tells the dropped line's act again and does not point back to it
    ("Tại buổi tiếp, ...", "Cùng ngày, ..." go on from a lead above): the dropped line is a
    caption or a summary over its lead ("X tiếp Y chiều 4/8." / "Ảnh: Z" / "Tại Trụ sở ..., X
    đã tiếp Y ..."), which keeps its label."""
    kept.prepare()
    credit = rules.lead_credit(kept.text)
    prose = kept.lowered[credit[1] :] if credit is not None else kept.lowered
    if points_back(prose):
        return False
    return not _acts(dropped.lowered).isdisjoint(_acts(prose))


def _vetoable(label: Label | None) -> bool:
    return (
        label is not None
        and label.kind not in ("body", "title")
        and label.rule not in _COPIES
        and not label.rule.startswith(("marker_", "recheck_"))
    )


def _under_an_image(page: PageState, i: int) -> bool:
    """The nearest line above line ``i`` is an image (its file name, its alt text): line ``i``
    is that image's caption, whatever act and day it tells."""
    above = next((k for k in range(i - 1, -1, -1) if page.lines[k].text.strip()), None)
    if above is None:
        return False
    label = page.labels[above]
    return page.lines[above].text.lstrip().startswith("![") or (
        label is not None and label.rule in ("image_name", "glued_image")
    )


def _rescue(page: PageState, i: int) -> None:
    """Line ``i`` is body again, its outlet credit ("VGP – ", "(Tổ Quốc) - ") split off."""
    credit = rules.lead_credit(page.lines[i].text)
    page.labels[i] = Label("body", "lead_veto", credit)


def keep_the_lead(page: PageState) -> None:
    """Give the page its lead back when a neighbour's rule dropped it (see the module doc)."""
    lines, labels = page.lines, page.labels
    end = page.tail_from
    first = next(
        (i for i in range(end) if (label := labels[i]) is not None and label.kind == "body"), end
    )
    if first < end and is_lead(lines[first]):
        return  # the article opens with its lead: whatever stands above it is not the lead
    # The nearest lead above the first kept paragraph: a sapo or a caption sits above the lead.
    for i in range(first - 1, -1, -1):
        if _vetoable(labels[i]) and is_lead(lines[i]):
            if _under_an_image(page, i):
                return  # the image's caption (round 17 repair: a commentary page's photo)
            if first < end and _retold_below(lines[i], lines[first]):
                return  # a photo's caption of the act the kept paragraph tells in full
            _rescue(page, i)
            # The lead's own paragraphs between it and the first kept one, read as head or
            # as a related box's teasers for want of two strong lines in a row (a hard wrap
            # breaks them): the box, if any, closed above the lead.
            for k in range(i + 1, first):
                label = labels[k]
                if label is not None and label.rule in ("head", "related_box"):
                    labels[k] = Label("body", "lead_veto")
            return
    if any(
        (label := labels[i]) is not None and label.kind == "body" and names_an_act(lines[i].lowered)
        for i in range(end)
    ):
        return
    # No kept paragraph names an act: the page's first lead, wherever it was dropped.
    for i in range(end):
        if _vetoable(labels[i]) and is_lead(lines[i]) and not _under_an_image(page, i):
            _rescue(page, i)
            return


def drop_after_end_mark(page: PageState) -> None:
    """After a paragraph closed by an end mark ("./.", "(Hết)") the article is over: the
    paragraphs below it are other stories' teasers printed without a marker."""
    lines, labels = page.lines, page.labels
    closed = False
    for i in range(page.tail_from):
        label = labels[i]
        if label is None or label.kind != "body":
            continue
        if closed and lines[i].strong:
            labels[i] = Label("boilerplate", "after_end_mark")
        elif closes_article(lines[i].text):
            closed = True


def drop_summary_above_lead(page: PageState) -> None:
    """An undated first paragraph above the page's lead, telling the same act, is its sapo.

    The lead names the act, its day and its people; a summary printed over it names the act
    and the people but not the day ("(Tổ Quốc) - Trong điện thăm hỏi, lãnh đạo cấp cao Việt
    Nam bày tỏ ..." above "Được tin ..., ngày 19/9/2024, Tổng Bí thư ... đã gửi điện thăm hỏi
    ..."). Whatever the summary opens with (a credit, a frame) and wherever the lead's day
    stands, the dated paragraph is where the article starts. A lead below that points back
    ("Cùng ngày", "Tại buổi tiếp") goes on from the paragraph above, which stays.
    """
    lines, labels = page.lines, page.labels
    end = page.tail_from
    kept = [i for i in range(end) if (label := labels[i]) is not None and label.kind == "body"]
    if len(kept) < 2 or page.title is None:
        return
    first, below = kept[0], kept[1]
    if below - first > SAPO_LEAD_WINDOW:
        return
    if any(
        (label := labels[i]) is not None and label.rule.startswith("sapo") for i in range(first)
    ):
        return  # the page's summary is found already: one summary to a page
    summary, lead = lines[first], lines[below]
    if is_lead(summary) or not is_lead(lead):
        return
    label = labels[first]
    assert label is not None
    prose = summary.lowered[label.split[1] :] if label.split is not None else summary.lowered
    if len(prose.split()) > rules.SAPO_MAX_WORDS or mentions_date(prose):
        return
    if _OWN_TIME.search(prose) is not None:
        return  # "... hôm nay khai mạc ...", "... trong năm 2017": the news, not its summary
    credit = rules.lead_credit(lead.text)
    lead_prose = lead.lowered[credit[1] :] if credit is not None else lead.lowered
    if points_back(lead_prose) or not shares_an_act(prose, lead_prose):
        return
    stop = lead_prose.find(". ")
    if _PLANNED.search(lead_prose if stop == -1 else lead_prose[:stop]) is not None:
        # "Theo kế hoạch, trong ngày 28/5, X sẽ hội kiến ...": the programme, not the news; the
        # paragraph above reports what was done ("Đón X tại sân bay ...") and is the lead.
        return
    if rules.shared_names(summary.text, lead.text) < SAPO_SHARED_NAMES:
        return
    if names_unrestated(summary.text, page.text, summary.end):
        return  # it alone names most of its people: another act's lead, not a summary
    labels[first] = Label("boilerplate", "sapo_above_lead")
