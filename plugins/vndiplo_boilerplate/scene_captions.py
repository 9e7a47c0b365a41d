"""A photo's caption with no credit and no full stop, set between two paragraphs.

Embassy and provincial sites caption their photos with a bare line: "Đại sứ hội đàm với Thống
đốc tỉnh X", "Đội tàu Hải quân Nga cập cảng Y", "Lãnh đạo Tỉnh tiếp Nghị sĩ tỉnh Z". The line
is short, has no final stop, stands between paragraphs of the article, and names the article's
own actors: it opens with a subject the headline or the lead names, and most of its words are
theirs. A caption adds a pictured moment (an act, a place of its own) that must not compete
with the lead's; a subheading restating the same topic loses nothing by being left out either.
A line that ends in a colon or a comma introduces what follows, and one that opens with a date
is narration; both stay body.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Line
from vndiplo_boilerplate.photo_descriptions import ends_on_year

__all__ = [
    "Story",
    "caption_subject",
    "captions_its_day",
    "closes_on_its_day",
    "may_be_caption",
    "repeats_the_story",
]

#: A bare caption is a short line; a longer unpunctuated line is a cut-off paragraph.
MAX_WORDS: Final = rules.DESCRIPTION_MAX_WORDS
#: Share of the line's words that the headline and the lead already say.
SHARED_SHARE: Final = 0.5
#: Words that open the caption's subject and must occur, in order, in the headline or lead.
SUBJECT_WORDS: Final = 2
_WORD: Final = re.compile(r"\w+")
#: Words that make the name after them a place ("tỉnh X", "thành phố Y", "nước Z").
PLACE_CLASSIFIERS: Final = frozenset(
    {"tỉnh", "phố", "huyện", "quận", "xã", "phường", "nước", "bang", "đô", "vùng", "miền", "đảo"}
)


class Story:
    """The headline's and the lead's words: as one spaced run (for phrases) and as a set."""

    __slots__ = ("run", "words")

    def __init__(self, *texts: str) -> None:
        words = _WORD.findall(" ".join(texts).lower())
        self.run = f" {' '.join(words)} "
        self.words = frozenset(words)


def repeats_the_story(line: Line, story: Story, subjects: frozenset[str] = frozenset()) -> bool:
    """``line`` is a bare caption of the article whose headline and lead make ``story``:
    short, unpunctuated, opening with a subject the story names and saying mostly its words
    (see the module doc); or opening like an earlier caption of the page (``subjects``), as a
    gallery's captions do. The caller checks its place between paragraphs."""
    subject = caption_subject(line, story)
    if subject is None:
        return False
    if subject in subjects:
        return True
    words = _WORD.findall(line.lowered)
    known = story.words
    return sum(word in known for word in words) >= SHARED_SHARE * len(words)


def may_be_caption(line: Line) -> bool:
    """A bare caption's shape: a short headline-like line that neither introduces what
    follows (":", ",") nor heads a quotation ("Bộ trưởng: ...") nor narrates a date."""
    if not line.headline or line.words > MAX_WORDS or line.text.endswith((":", ",", ";")):
        return False
    return ":" not in line.text and not rules.opens_with_date(line.lowered)


def caption_subject(line: Line, story: Story) -> str | None:
    """The opening words of a line shaped like a bare caption, when the story names them."""
    if not may_be_caption(line):
        return None
    words = _WORD.findall(line.lowered)
    if len(words) <= SUBJECT_WORDS:
        return None
    subject = " ".join(words[:SUBJECT_WORDS])
    return subject if _names_an_actor(story.run, f" {subject} ") else None


def _names_an_actor(run: str, subject: str) -> bool:
    """The story writes ``subject`` as an actor, not only inside a place's name: "tỉnh Nghệ
    An" makes "Nghệ An và Lào bàn về ..." a subheading about the places, no caption."""
    pos = run.find(subject)
    while pos != -1:
        before = run[:pos].rsplit(" ", 1)[-1]
        if before not in PLACE_CLASSIFIERS:
            return True
        pos = run.find(subject, pos + 1)
    return False


def closes_on_its_day(line: Line) -> bool:
    """A short line that describes a photo and closes on its full day ("Bộ trưởng X và Đại sứ
    Y tại Trụ sở Bộ, 13/1/2031."): a news sentence gives its day up front, not after a comma
    at its end."""
    return (
        line.words <= MAX_WORDS + rules.CLOSING_DAY_EXTRA_WORDS
        and ends_on_year(line.text)  # where the pattern can end: cheap first
        and rules.CLOSING_DAY.search(line.text) is not None
    )


#: Words a caption says before its closing day ("X phát biểu tại Y, 21/1/2031."); fewer is a
#: letter's place and date ("Hà Nội, 21/1/2031") or a stamp.
SCENE_MIN_WORDS: Final = 4


def captions_its_day(line: Line) -> bool:
    """A photo's caption printed once: a short line that tells a scene and closes on its full
    day after a comma ("Thủ tướng X phát biểu tại lễ khai mạc, ngày 21/1/2031."), opening with
    no date. A news sentence gives its day up front (see :func:`closes_on_its_day`)."""
    if not closes_on_its_day(line) or rules.opens_with_date(line.lowered):
        return False
    found = rules.CLOSING_DAY.search(line.text)
    if found is None or len(line.text[: found.start()].split()) < SCENE_MIN_WORDS:
        return False
    return not rules.narrates(line.lowered[: found.start()])  # "Hai bên đã ký ..., ngày D/M/Y."
