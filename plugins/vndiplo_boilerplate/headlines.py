"""Headlines that look like prose: a question, or thirty words and more with no full stop.

:func:`rules.is_headline_like` takes a headline to be short and unpunctuated, so a long title
("... và thăm hữu nghị chính thức Cộng hòa X") or one that asks a question ("... sẽ thăm Y vào
tháng tới?") reads as the lead. What still tells it apart is where it stands: it is the page's
first paragraph, no shorter headline stands above it, it opens with no date or outlet credit
(as leads do), it ends in no full stop, and page chrome (a timestamp, a photo, a widget) comes
between it and the next paragraph, while a lead is followed by the article's next paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from vndiplo_boilerplate import head_chrome, rules
from vndiplo_boilerplate.lines import Line
from vndiplo_boilerplate.state import MIN_TITLE_WORDS

__all__ = [
    "LOOKAHEAD",
    "best_headline",
    "introduces_lead",
    "is_capitals_headline",
    "is_caption_sentence",
    "is_chrome",
    "is_prose_like_headline",
    "is_reposted_headline",
    "opens_two_line_headline",
    "pick_title",
]

#: Lines of chrome allowed between such a headline and the lead below it.
LOOKAHEAD: Final = 5
#: Longer lines are paragraphs even with no full stop.
_MAX_WORDS: Final = 60
_CLOSERS: Final = " \"'”’»)]"
#: Page chrome shaped like a headline: another article's teaser cut before its dash
#: ("... tại lễ trao giải -"), a site notice closed by its button ("... nếu mạng chậm. Đóng").
_CUT_TEASER_ENDS: Final = (" -", " –")
_CLOSE_BUTTONS: Final = frozenset({"Đóng", "Close", "×", "X"})
#: A headline that shares at least this many names with the lead beats a longer one that does not.
MIN_SHARED_NAMES: Final = 2
#: ... if it says something about them: a name with its title ("Thượng tướng Lê Văn A") or a
#: speaker's label ("Bộ trưởng Lê Văn A:") shares names too but has few lower-case words.
_MIN_PLAIN_WORDS: Final = 3
#: How much of the lead is read for names.
_LEAD_CHARS: Final = 400


def is_chrome(text: str) -> bool:
    """A headline-shaped line that is page chrome (a cut teaser, a notice and its button)."""
    if text.endswith(_CUT_TEASER_ENDS):
        return True
    before, _, last = text.rpartition(" ")
    return last in _CLOSE_BUTTONS and before.rstrip()[-1:] in (".", "!", "?")


def is_caption_sentence(line: Line) -> bool:
    """A photo's caption printed in the head ("Quang cảnh buổi hội đàm.", "Ông X phát biểu tại
    buổi tiếp. |"): one short sentence closed by a full stop that describes a scene. A headline
    ends in no full stop, so such a line is never the title."""
    core = line.text.rstrip(" |-–—")
    if not core.endswith(".") or line.words > rules.description_word_limit(core) + 1:
        return False
    return rules.is_photo_description(core, line.lowered.rstrip(" |-–—"), len(core.split()))


def _says_something(text: str) -> bool:
    if text.endswith(":"):
        return False
    plain = sum(1 for word in text.split() if word[:1].islower())
    return plain >= _MIN_PLAIN_WORDS


def best_headline(lines: Sequence[Line], candidates: Sequence[int], lead: Line | None) -> int:
    """The page's headline among headline-like ``candidates`` (indices), or -1.

    The true headline names the people and places its lead names; menus, slogans, notices and
    other articles' teasers above it do not. So the candidate sharing the most names with the
    lead wins (at least :data:`MIN_SHARED_NAMES`, and only a line that is more than names), the
    longer on a tie; with no such candidate, the longest one.
    """
    if len(candidates) < 2:
        return candidates[0] if candidates else -1  # nothing to choose between
    best, best_key = -1, (-1, False, False, -1)
    # The lead names its people and places in its opening; a long lead need not be read whole.
    names = rules.capitalised_words(lead.text[:_LEAD_CHARS]) if lead is not None else None
    for i in candidates:
        text = lines[i].text
        # A copy dressed in chrome is read without it, and loses to the bare headline.
        core = dressed_core(text, (lines[j].text for j in candidates if j != i))
        shared = 0
        if names and _says_something(text):
            shared = len(names.intersection(rules.capitalised_words(core or text)))
        # A kicker ("Kỳ họp thứ ba Quốc hội khóa XV:") stands above the headline it opens.
        kicker = text.endswith(":")
        key = (
            shared if shared >= MIN_SHARED_NAMES else 0,
            not kicker,
            core is None,
            lines[i].words,
        )
        if key > best_key:
            best, best_key = i, key
    return best


#: A site's title bar after a headline: " - <site>, <fields>, <date>" ("... - Báo X, 14.10.2024").
_DATED_SITE_TAIL: Final = re.compile(
    r"\s[-–|]\s+[^\W\d_][^,]{1,40}(?:,\s*[^,]{1,20})*?,\s*\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}$"
)
_SITE_SEPARATORS: Final = frozenset("-–—|/")
#: A headline printed inside a dressed copy must still read as one.
_MIN_COPIED_WORDS: Final = 5


#: A blog's number before its post's headline ("891. ", "Số 45: ", "Bài 12: "), repeating the
#: reposted article's headline: the reposting page's headline (README round 9 #3).
_POST_NUMBER: Final = re.compile(r"(?:(?:bài|kỳ|số|no\.?)\s*)?\d{1,5}\s*[.:)–-]?\s", re.I)


def dressed_core(text: str, others: Iterable[str]) -> str | None:
    """The headline inside ``text`` when ``text`` is a candidate headline dressed in page
    chrome, else None: another candidate printed after a breadcrumb run ("Trang chủ Tin tức
    Hoạt động <headline>") or before a site's name ("<headline> | Báo X"), or a headline closed
    by a title bar's site and date ("<headline> - Báo X, 1280, 14.10.2024")."""
    tail = _DATED_SITE_TAIL.search(text)
    if tail is not None:
        return text[: tail.start()]
    for other in others:
        other = other.strip()
        if len(other) < len(text) and len(other.split()) >= _MIN_COPIED_WORDS:
            if text.endswith(" " + other) and not _POST_NUMBER.fullmatch(text[: -len(other)]):
                return other  # a breadcrumb run before it (a blog's post number is no crumb)
            if text.startswith(other) and text[len(other) :].lstrip()[:1] in _SITE_SEPARATORS:
                return other  # a site's name after a separator; more words may be its headline
    return None


def introduces_lead(lines: Sequence[Line], i: int, head_end: int) -> bool:
    """Line ``i`` ends in a colon right above the first paragraph: it introduces that paragraph
    ("Theo thông cáo của Bộ Ngoại giao:"), as a kicker introduces the headline below it."""
    return i + 1 == head_end and lines[i].text.rstrip().endswith(":")


def is_prose_like_headline(lines: Sequence[Line], i: int) -> bool:
    """Line ``i``, the first strong line, is the page's headline (lines up to
    ``i + LOOKAHEAD + 1`` must be prepared)."""
    line = lines[i]
    core = line.text.rstrip(_CLOSERS)
    if not core or core[-1] in ".…:;," or line.words > _MAX_WORDS:
        return False
    # Cheapest first: most leads run straight on into the article's next paragraph.
    if i + 1 >= len(lines) or (lines[i + 1].strong and not _opens_dated_lead(lines[i + 1])):
        return False
    if any(lines[j].headline for j in range(i)):
        return False  # a page has one headline: this is the lead below it
    if rules.opens_with_date(line.lowered) or rules.lead_credit(line.text) is not None:
        return False
    if lines[i + 1].strong:
        # The next line opens the article afresh with its date ("Ngày 31/5, ông X ..."): a
        # lead does not run on into another lead, so the line above it is the headline, when
        # it names the lead's people (a photo's caption there names them too, but closes
        # with a full stop).
        return rules.shared_names(line.text, lines[i + 1].text[:_LEAD_CHARS]) >= MIN_SHARED_NAMES
    end = min(len(lines), i + 2 + LOOKAHEAD)
    return any(lines[k].strong for k in range(i + 2, end))


#: A capitals headline says a whole act; a shorter line in capitals is a letterhead or a label.
_CAPITALS_MIN_WORDS: Final = 12


def is_capitals_headline(lines: Sequence[Line], i: int) -> bool:
    """Line ``i``, the first strong line with no headline above it, is a long headline set in
    capitals ("CÔNG AN HUYỆN X BẢO ĐẢM AN NINH HỘI ĐÀM GIỮA ..."), the article's paragraph in
    ordinary case right below it. Prose is not set in capitals, so it runs on into the lead
    as no lead does; a reproduced document's letterhead is short (AH2)."""
    line = lines[i]
    core = line.text.rstrip(_CLOSERS)
    if not core or core[-1] in ".…:;," or line.words < _CAPITALS_MIN_WORDS:
        return False
    if not all(ch.isupper() for ch in line.text if ch.isalpha()):
        return False
    if i + 1 >= len(lines) or any(lines[j].headline for j in range(i)):
        return False
    nxt = lines[i + 1]
    return nxt.strong and any(ch.islower() for ch in nxt.text)


def _opens_dated_lead(line: Line) -> bool:
    """The line opens like an article's lead: its date phrase, then a comma or the clause."""
    return rules.opens_with_date(line.lowered) and not rules.ends_ellipsis(line.text)


def is_reposted_headline(lines: Sequence[Line], i: int, page_lowered: Callable[[], str]) -> bool:
    """Line ``i``, the first strong line with no headline above it, is a post's headline that
    the page prints again further down, as the headline of the article it reposts: a blog's
    title, the blogger's own words below it, then the article under the same title.

    A headline ends in no full stop (a question mark is fine), so a lead printed twice is not
    taken; the copy stands apart (an alt text and its caption are printed back to back).
    ``page_lowered`` gives the page lower-cased, asked for only past the cheap checks.
    """
    line = lines[i]
    core = line.text.rstrip(_CLOSERS)
    if not core or core[-1] in ".…:;," or line.words > REPOSTED_MAX_WORDS:
        return False
    if rules.opens_with_date(line.lowered) or rules.lead_credit(line.text) is not None:
        return False
    if page_lowered().find(line.lowered, line.end) == -1:
        return False  # cheap first: the line is never printed again
    for j in range(i + 2, len(lines)):
        lines[j].prepare()
        if lines[j].key == line.key:
            return True
    return False


#: A reposted headline is a headline: longer first lines are paragraphs.
REPOSTED_MAX_WORDS: Final = 30


def opens_two_line_headline(lines: Sequence[Line], best: int, unfit: Sequence[bool]) -> bool:
    """The line above the headline ``best`` is its first half, cut at a comma ("Dàn khoan X -
    bên này thất thế chính trị," above "bên kia thiệt hại kinh tế"): the headline starts there.
    Salutations, dated openings and names that end in a comma are ``unfit`` already."""
    if best < 1 or unfit[best - 1]:
        return False
    above = lines[best - 1]
    return (
        above.text.endswith(",")
        and not above.strong
        and above.words >= MIN_TITLE_WORDS
        and (above.text[0].isupper() or above.text[0].isdigit())
        and not rules.is_menu(above.text)
    )


#: A site's name after a copied headline: a few words ("- BBC", "| Báo X Online").
_SITE_NAME_MAX_WORDS: Final = 4


def _without_site_name(lines: Sequence[Line], best: int, usable: Sequence[int]) -> int:
    """The outlet's own headline when ``best`` is its copy with a site's name after a dash
    ("<headline> - BBC", an aggregator's or the browser's title) and the head prints it plain
    too: the outlet's headline is the title (README round 10 #5)."""
    copy = lines[best].text.lower()
    for j in usable:
        plain = lines[j].text.lower().rstrip()
        if j == best or not plain or not copy.startswith(plain):
            continue
        rest = copy[len(plain) :].strip()
        if rest[:1] in "-–|" and 0 < len(rest[1:].split()) <= _SITE_NAME_MAX_WORDS:
            return j
    return best


def _portrait_caption(line: Line, lead: Line | None) -> bool:
    """A person's title and name ("Thủ tướng Chính phủ Lê Văn A") that the lead prints word
    for word: a portrait's caption where the page lost its headline. A headline says an act
    (see :func:`_says_something`); a bare name the lead does not repeat may still be one."""
    if lead is None or _says_something(line.text) or line.text.endswith(":"):
        return False
    words = line.text.split()
    if sum(1 for word in words if word[:1].isupper()) < _PORTRAIT_MIN_CAPITALS:
        return False  # "Điện chia buồn": a short headline naming nobody
    if not words[-1][:1].isupper():
        return False  # a name ends a portrait's caption
    return f" {line.lowered} " in f" {lead.lowered} "


#: A portrait's caption names someone: a title's capital and a name's two at least.
_PORTRAIT_MIN_CAPITALS: Final = 3


def pick_title(lines: Sequence[Line], head_end: int, unfit: Sequence[bool], long_title: int) -> int:
    """The headline's index among the head's lines (``lines[:head_end]``), or -1.

    ``unfit[i]`` marks lines already labelled (chrome, stamps) or name-like. A prose-like
    headline (``long_title``, see :func:`is_prose_like_headline`) wins; else
    :func:`best_headline`; else the first short line of words ("... Marcos Jr.") that is no
    menu and no chrome.
    """
    if long_title >= 0:
        return long_title
    lead = lines[head_end] if head_end < len(lines) else None
    usable = [
        i
        for i in range(head_end)
        if not unfit[i]
        and not is_chrome(lines[i].text)
        and not rules.is_menu(lines[i].text)
        and not introduces_lead(lines, i, head_end)
        and not _portrait_caption(lines[i], lead)
    ]
    # A bullet menu's last item, the page's own crumb, may be a question headline.
    candidates = [
        i for i in usable if lines[i].headline or head_chrome.is_crumb_question(lines, i, head_end)
    ]
    best = best_headline(lines, candidates, lead)
    if best >= 0:
        best = _without_site_name(lines, best, usable)
        return best - 1 if opens_two_line_headline(lines, best, unfit) else best
    for i in usable:
        if lines[i].words >= MIN_TITLE_WORDS and not lines[i].strong:
            return i
    return -1
