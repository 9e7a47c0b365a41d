"""A page that reproduces a letter: the letter is the main event.

"Kính gửi: Ngài X ... Thưa Ngài Bộ trưởng, ... tôi xin gửi lời chúc mừng ..." tells no meeting;
the events inside it ("cuộc hội đàm năm ngoái", "làm việc với Ngài") are what the writer recalls
or hopes for. When the page has a salutation line and its main event is only embedded (or
missing), the letter becomes the main event, a message: its trigger the letter's own sending
words ("gửi lời chúc mừng"), else the address ("Kính gửi").
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate
from vndiplo_events.participants import assign_roles
from vndiplo_events.triggers import Trigger, TriggerHit
from vndiplo_events.view import ArticleView, Mention

__all__ = ["letter_main"]

#: a salutation on a line of its own: "Thưa Ngài Chủ tịch,", "Thưa ngài Thủ tướng:", "Kính gửi:
#: Ngài X"
_SALUTATION: Final = re.compile(
    r"^[ \t]*(?:thưa\s+ngài\b[^\n.]{0,60}[,:][ \t]*$|kính\s+gửi\s*:)", re.MULTILINE
)
#: the writer's own sending words
_SENDING: Final = re.compile(r"(?<!\w)gửi\s+lời\s+(?:chúc\s+mừng|chia\s+buồn|thăm\s+hỏi)(?!\w)")
#: the address as written
_ADDRESS: Final = re.compile(r"(?<!\w)kính\s+gửi(?!\w)")


#: the writer's closing wish to the one addressed: "Tôi chúc Ngài ...", "Chúng tôi kính chúc
#: Ngài ...", "Tôi xin chúc Ngài ..."
_CLOSING: Final = re.compile(
    r"(?<!\w)(?:tôi|chúng\s+tôi)\s+(?:xin\s+)?(?:trân\s+trọng\s+|kính\s+)?(chúc)\s+ngài(?!\w)"
)
#: at most this many characters of office after the signer's name, to the end of the body
_SIGNATURE_TAIL: Final = 160


def letter_main(view: ArticleView, main: Candidate | None, key: int) -> Candidate | None:
    """The letter as the main event (keyed ``key``), or None when the page is no letter or
    its main event is reported in its own right."""
    if not view.sentences:
        return None
    low = view.lower
    # both salutations hold "gửi" or "thưa": most pages have neither, and skip the scan
    salutation = _SALUTATION.search(low) if "gửi" in low or "thưa" in low else None
    if (
        main is not None
        and main.type == "message"
        and not main.participants
        and _in_the_letter(view, salutation, main, heading=True)
    ):
        # the letter's own heading ("THƯ CẢM ƠN") is the message: the letter's sides
        return _with_sides(view, main.but(key=key))
    if main is not None and not main.embedded and not _in_the_letter(view, salutation, main):
        return None
    if salutation is None:
        return _signed_letter(view, key)
    body_start = view.sentences[0].start
    found = _SENDING.search(view.lower, body_start) or _ADDRESS.search(view.lower)
    if found is None:
        return None
    text = view.text[found.start() : found.end()]
    index = next((i for i, s in enumerate(view.sentences) if s.start <= found.start() < s.end), 0)
    at = view.sentences[index].start
    trigger = Trigger(view.lower[found.start() : found.end()], "message", None)
    hit = TriggerHit(found.start(), found.end(), text, trigger)
    return _with_sides(view, Candidate(key, hit, index, "reported", None, found.end(), at))


def _with_sides(view: ArticleView, cand: Candidate) -> Candidate:
    """The letter ``cand`` with its sender and addressee (:func:`_letter_sides`)."""
    subjects, objects = _letter_sides(view)
    if not subjects and not objects:
        return cand
    # message sides are all participant (README, Corpus R7)
    participants, cameo = assign_roles("message", None, subjects, objects, (), None)
    return cand.but(subjects=subjects, objects=objects, participants=participants, cameo=cameo)


#: how many body blocks may stand above the address: the letter's heading ("THƯ CẢM ƠN") and
#: its letterhead or date line
_HEAD_BLOCKS: Final = 3


def _in_the_letter(
    view: ArticleView,
    salutation: re.Match[str] | None,
    main: Candidate,
    *,
    heading: bool = False,
) -> bool:
    """The page is the letter (its address "Kính gửi" opens the body, under at most a heading
    and a letterhead, or stands above it) and ``main`` is told after the address, in the
    writer's words: what the writer recalls ("Vừa qua, đồng chí đã có chuyến thăm ...") is
    no news of the page. A speech opens "Thưa Ngài ..." too, with no address: no letter.
    ``heading``: ``main`` is told above the address instead (the letter's own heading)."""
    if salutation is None or not view.blocks:
        return False
    address = _ADDRESS.search(view.lower)
    if address is None:
        return False
    # above the body's first blocks: the cleaning stage may take the address for the headline
    if address.start() >= view.blocks[:_HEAD_BLOCKS][-1][1] and not _under_letterhead(
        view, address.start()
    ):
        return False
    if heading:
        # the letter's heading above its address
        return main.hit.end <= address.start()
    return main.hit.start > address.end()


#: a letterhead's lines: the sender's name, degrees and offices, one short line each
_LETTERHEAD_LINE: Final = 160
_LETTERHEAD_LINES: Final = 8


def _under_letterhead(view: ArticleView, address: int) -> bool:
    """Every block above the address is a short line with no sentence in it (a sender's name
    and his offices, however many: "TS. X, M.Si" / "Chủ tịch Hội ..." / "Điều phối viên ..."):
    the address still opens the letter."""
    above = [(b0, b1) for b0, b1 in view.blocks if b1 <= address]
    return 0 < len(above) <= _LETTERHEAD_LINES and all(
        b1 - b0 <= _LETTERHEAD_LINE and not view.text[b0:b1].rstrip().endswith((".", "!", "?"))
        for b0, b1 in above
    )


def _letter_sides(view: ArticleView) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    """(sender, addressee) of a reproduced letter, each as a one-person tuple or empty. The
    addressee is the first person named on the address line ("Kính gửi: Ngài X, <office>");
    the sender is the one whose name opens a line of its own with at most an office or a
    degree after it: the letterhead above the address ("TS. X, M.Si" over its offices), else
    the last such line after it, the signature ("X" over its offices, "X - <office>")."""
    low = view.lower
    address = _ADDRESS.search(low)
    if address is None:
        return (), ()
    line_end = low.find("\n", address.end())
    line_end = len(low) if line_end == -1 else line_end
    addressee = _first_named(view, address.end(), line_end)
    objects = (addressee,) if addressee is not None else ()
    taken = {p.name for p in objects}
    above = below = None
    for mention in view.mentions:
        if mention.person.name in taken or not _signs(view, mention):
            continue
        if mention.start < address.start():
            above = above or mention
        elif mention.start > line_end:
            below = mention
    signer = above or below
    return ((signer.person,) if signer else ()), objects


def _first_named(view: ArticleView, start: int, end: int) -> Person | None:
    """The first person named in ``[start, end)``, also outside the body: the cleaning stage
    may take a letter's address line for the page's headline, yet it is the letter's."""
    named = view.mentions_in(start, end)
    if named:
        return named[0].person
    found = []
    for person in view.people:
        for span in person.mentions:
            at, _end = view.norm.span_from_original(span.start, span.end)
            if start <= at < end:
                found.append((at, person))
    return min(found, key=lambda f: f[0])[1] if found else None


#: what may stand before a signer's name on its line: degrees ("TS.", "GS.TS.")
_DEGREES: Final = re.compile(r"\s*(?:[^\W\d_]{1,4}\.\s*)*")
#: what may follow it: nothing, a comma or dash and a degree ("M.Si") or an office
_SIGN_TAIL: Final = re.compile(r"[\s,\-\u2013\u2014]*")


def _signs(view: ArticleView, mention: Mention) -> bool:
    """``mention`` is a full name that opens a line holding only it, its degrees and one of
    its offices: how a letterhead or a signature names the writer (a headline or a sentence
    opening on the name goes on with a verb)."""
    text = view.text
    if text[mention.start : mention.end].lower() != mention.person.name.lower():
        return False  # a bare title standing for the person
    line_start = text.rfind("\n", 0, mention.start) + 1
    if _DEGREES.fullmatch(text, line_start, mention.start) is None:
        return False
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end == -1 else line_end
    lead = _SIGN_TAIL.match(text, mention.end, line_end)
    tail = text[lead.end() if lead else mention.end : line_end].rstrip(" .")
    if not tail:
        return True
    if tail.lower().startswith(tuple(t.lower() for t in mention.person.titles if t)):
        return True
    # a degree after the name ("M.Si", "PhD"): capitals and dots only
    return re.fullmatch(r"(?:[A-Z][\w]{0,3}\.?)+", tail) is not None


def _signed_letter(view: ArticleView, key: int) -> Candidate | None:
    """A letter with no salutation that closes on the writer's wish to "Ngài" and then its
    signature, the signer's name at the start of a line with only an office after it, to
    the end of the body: the signer's message, triggered by the wish."""
    low = view.lower
    body_start = view.sentences[0].start
    closing = None
    for found in _CLOSING.finditer(low, body_start):
        closing = found  # the last closing: the letter's end
    if closing is None:
        return None
    index = next(
        (i for i, s in enumerate(view.sentences) if s.start <= closing.start() < s.end), None
    )
    if index is None:
        return None
    after = view.sentences[index].end
    end = view.sentences[-1].end
    signer = next(iter(view.mentions_in(after, end)), None)
    if signer is None or low[signer.start - 1] != "\n":
        return None  # the name opens its own line
    if any(c in low[after : signer.start] for c in ".;!?") or end - signer.end > _SIGNATURE_TAIL:
        return None
    if any(c in low[signer.end : end] for c in ".;!?"):
        return None  # a sentence after the name: no signature
    start, stop = closing.span(1)
    trigger = Trigger(low[start:stop], "message", None)
    hit = TriggerHit(start, stop, view.text[start:stop], trigger)
    cand = Candidate(key, hit, index, "reported", None, stop, view.sentences[index].start)
    subjects = (signer.person,)
    participants, cameo = assign_roles("message", None, subjects, (), (), None)
    return cand.but(subjects=subjects, participants=participants, cameo=cameo)
