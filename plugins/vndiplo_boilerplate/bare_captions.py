"""Where a caption-shaped line stands in the article: the context checks of the pass.

:mod:`.scene_captions` says whether a line reads as a bare caption of the story and
:mod:`.related_lists` whether a bulleted run reads as other stories' headlines; these functions
check their place among the lines the pass has labelled so far (a paragraph above, the
article's prose resuming below, the lead right above a list).
"""

from __future__ import annotations

from typing import Final

from vndiplo_boilerplate.scene_captions import (
    Story,
    caption_subject,
    may_be_caption,
    repeats_the_story,
)
from vndiplo_boilerplate.state import PageState

__all__ = ["bare_caption", "lead_just_above"]

#: Bare captions in a row (a gallery) before the article's prose resumes.
CAPTION_RUN_MAX: Final = 4
#: Lines from the lead's down to a related list that still counts as set right under it.
LEAD_LIST_WINDOW: Final = 4


def bare_caption(state: PageState, i: int) -> bool:
    """A short unpunctuated line between paragraphs that restates the headline or the lead
    (see :mod:`.scene_captions`): a photo's caption with no credit. A gallery's captions
    may follow one another; the article's prose must resume below the last of them."""
    lines = state.lines
    prev_label = state.labels[i - 1] if i > 0 else None
    if prev_label is None or prev_label.kind not in ("body", "caption"):
        return False
    if not may_be_caption(lines[i]):
        return False  # cheap first: the story is built only for a line shaped like a caption
    story = state.story
    if story is None:
        lead = lines[state.lead_index].text if state.lead_index >= 0 else ""
        story = state.story = Story(state.title.text if state.title is not None else "", lead)
    subjects = frozenset(state.caption_subjects)
    if not repeats_the_story(lines[i], story, subjects):
        return False
    for j in range(i + 1, min(len(lines), i + 1 + CAPTION_RUN_MAX)):
        state._ready(j + 1)
        nxt = lines[j]
        if j + 1 == len(lines) and not nxt.strong:
            # The page's cut-off last line: a clause longer than the caption above it.
            found = ", " in nxt.text and nxt.words > lines[i].words
        elif nxt.strong or caption_subject(nxt, story) is None:
            found = nxt.strong
        else:
            continue  # the next caption of a gallery
        if found:
            subject = caption_subject(lines[i], story)
            assert subject is not None
            state.caption_subjects.add(subject)
        return found
    return False


def lead_just_above(state: PageState, i: int) -> bool:
    """The lead is the only paragraph kept above line ``i``, a few lines up at most."""
    if i - state.head_end > LEAD_LIST_WINDOW:
        return False
    labels = state.labels
    kept = [k for k in range(state.head_end, i) if (lab := labels[k]) and lab.kind == "body"]
    return len(kept) == 1 and state.lines[kept[0]].strong
