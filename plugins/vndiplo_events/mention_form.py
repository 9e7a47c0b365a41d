"""What kind of mention a trigger hit is: reported, framed, a back-reference, referenced, a
wish, or no event at all (a word of a name).

The form decides everything after it (whether the hit is a new event, a secondary one, or a
reference to one told elsewhere), and is read from the few words before the hit alone; kept
apart from the sides and zones of candidate finding (finding.py). The words that decide are
the cues of :mod:`vndiplo_events.cues`; the forms are described in :mod:`vndiplo_events.extract`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.attendance import attends_meeting
from vndiplo_events.candidate import frame_of
from vndiplo_events.cues import Cues
from vndiplo_events.event_mentions import opens_as_backref
from vndiplo_events.frame_sides import is_bare_meeting_frame
from vndiplo_events.frames import Frame
from vndiplo_events.passive import is_passive_ceremony
from vndiplo_events.recalled_mentions import is_recalled_occurrence
from vndiplo_events.relative_past import in_recalling_clause
from vndiplo_events.reported_content import in_told_content
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit

__all__ = ["form_of", "in_institution_name", "in_other_frame", "is_name_use"]

#: an aspect word makes the capitalised trigger after it a verb, not a name
_ASPECT_BEFORE: Final = re.compile(r"(?<!\w)(?:đã|vừa|sẽ|đang)\s+$")


#: an anniversary names a past act as its date ("kỷ niệm 40 năm ngày ký kết Hiệp ước", "mít
#: tinh kỷ niệm 30 năm ký Hiệp định", "25 năm ngày kí Nghị định thư", and the second of a
#: list of anniversaries, "70 năm ngày thành lập ..., 20 năm ký Hiệp định"): no act told now
_ANNIVERSARY: Final = re.compile(
    r"(?<!\w)(?:\d+\s+năm(?:\s+ngày)?|kỷ\s+niệm(?:\s+\d+\s+năm)?(?:\s+ngày)?"
    # "có hiệu lực (kể) từ ngày ký": the day a paper takes effect from (round 18)
    r"|từ\s+ngày)\s+$"
)


#: a paper named with the signing word right after it ("Theo thỏa thuận ký kết giữa tỉnh và
#: tổ chức X", "các văn kiện ký kết trong chuyến thăm"): a participle, the paper signed at some
#: time, not a signing told; with an aspect word ("Bản ghi nhớ đã được ký") it is told
_SIGNED_PAPER: Final = re.compile(
    r"(?<!\w)(?:văn\s+kiện|thỏa\s+thuận|thoả\s+thuận|bản\s+ghi\s+nhớ|hiệp\s+định|hiệp\s+ước"
    r"|nghị\s+định\s+thư|hợp\s+đồng|biên\s+bản(?:\s+ghi\s+nhớ)?)\s+$"
)


#: the acts of two sides meeting, which a modal ("có thể gặp") makes a mere possibility
_MEETING_TYPES: Final = frozenset({"meeting", "talks", "reception", "phone_call"})


def _only_possible(cues: Cues, low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """ "mọi người có thể gặp nhau", "hai bên mong sớm gặp lại nhau": a possibility or a hope
    of meeting, not a meeting (a hope only with the reciprocal "nhau": "mong được gặp Ngài"
    in a letter is left to the letter rules)."""
    start = max(sentence.start, hit.start - 30)
    if cues.modal.search(low, start, hit.start):
        return True
    return bool(cues.hope.search(low, start, hit.start) and cues.reciprocal.match(low, hit.end))


def is_name_use(cues: Cues, low: str, text: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """A capitalised trigger inside a sentence is a name ("Chương trình Gặp gỡ đầu Xuân"),
    unless a light verb reports it ("chủ trì Lễ đón", "chứng kiến Lễ ký kết"); so is one right
    after a capitalised institution noun ("Trung tâm thăm chiến trường xưa")."""
    if not text[hit.start].isupper():
        # the suffix test inline: most hits follow no institution noun
        return low.endswith(
            cues.institution_tails, sentence.start, hit.start
        ) and in_institution_name(cues, low, text, sentence.start, hit.start)
    if not text[sentence.start : hit.start].strip(" \"“'‘(-–—•*"):
        return False
    if opens_as_backref(cues, low, sentence, hit):
        return False
    if _ASPECT_BEFORE.search(low, max(sentence.start, hit.start - 8), hit.start):
        return False  # "X đã Hội đàm với Y": a verb an outlet capitalised
    if _opens_clause_taking_place(low, sentence, hit):
        return False  # "Sáng nay, Lễ đón chính thức X được tổ chức tại Y": the act told
    return not cues.light_verb.search(low, max(sentence.start, hit.start - 30), hit.start)


#: a clause opening right before the act noun: a comma, and maybe its classifier ("cuộc")
_CLAUSE_OPENS: Final = re.compile(r"[,;:]\s*(?:(?:cuộc|buổi)\s+)?$")
#: the verb of taking place after the act noun's phrase, in its clause ("... được tổ chức
#: trọng thể", "... đã diễn ra", "... được tiến hành")
_TAKES_PLACE: Final = re.compile(
    r"[^.;!?\n]{0,200}?\s(?:đã\s+|vừa\s+)?(?:được\s+(?:long\s+trọng\s+|trọng\s+thể\s+)?"
    r"(?:tổ\s+chức|cử\s+hành|tiến\s+hành)|diễn\s+ra)(?!\w)"
)


def _opens_clause_taking_place(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """A capitalised act noun that opens a clause after a comma and is the subject of a verb of
    taking place ("Trưa 5/3, Lễ đón X được cử hành", ", cuộc Hội đàm giữa A và B đã diễn
    ra"): the act itself, as it is at the head of the sentence."""
    if not _CLAUSE_OPENS.search(low, max(sentence.start, hit.start - 12), hit.start):
        return False
    return _TAKES_PLACE.match(low, hit.end, sentence.end) is not None


def in_institution_name(cues: Cues, low: str, text: str, start: int, pos: int) -> bool:
    """The word at ``pos`` follows a capitalised institution noun ("Trung Tâm thăm ...",
    "TRUNG TÂM THĂM ..."): it is part of the institution's name."""
    # a plain suffix test first: the regex runs only after an institution noun
    if not low.endswith(cues.institution_tails, start, pos):
        return False
    head = cues.institution.search(low, max(start, pos - 12), pos)
    return head is not None and text[head.start()].isupper()


def in_other_frame(frames: Sequence[Frame], pos: int, own: Frame | None) -> bool:
    """True if ``pos`` lies in an invitation frame other than ``own``."""
    other = frame_of(frames, pos)
    return other is not None and other is not own and other.kind == "invitation"


def form_of(cues: Cues, low: str, sentence: Sentence, hit: TriggerHit, frame: Frame | None) -> str:
    """reported | framed | backref | referenced, or "wish" (no event at all)."""
    before = low[max(sentence.start, hit.start - 30) : hit.start]
    phrase = hit.trigger.phrase
    nominal = bool(cues.nominal.search(before)) or phrase.startswith(cues.nominal_prefixes)
    if hit.trigger.type == "signing":
        wish = cues.wish.search(low, max(sentence.start, hit.start - 80), hit.start)
        if wish and not cues.done.search(wish.group()):
            return "wish"
    if hit.trigger.type in _MEETING_TYPES and _only_possible(cues, low, sentence, hit):
        return "wish"
    if hit.trigger.type == "signing":
        # "kỷ niệm 40 năm ngày ký kết": the date an anniversary marks, no signing at all (a
        # visit marked so stays a referenced past visit)
        if _ANNIVERSARY.search(before):
            return "wish"
        if _SIGNED_PAPER.search(before):
            return "referenced"
    if in_recalling_clause(low, sentence.start, hit.start):
        # "tại Dinh Thủ tướng, nơi cách đây hai tuần ông đã tiếp ...", "B, người từng hội đàm với
        # C": a past act the relative clause recalls, never the page's (relative_past.py)
        return "referenced"
    if frame is not None and frame.kind != "invitation":
        # "Trong khuôn khổ buổi gặp, A ...": the meeting itself, referred back to
        return "backref" if is_bare_meeting_frame(low, hit, frame) else "framed"
    if cues.past_or_planned.search(before) or in_told_content(low, sentence, hit):
        # "thông báo những nội dung chính của buổi hội đàm": the act told of (reported_content)
        return "referenced"
    if nominal and attends_meeting(low, sentence, hit):
        # "B dự lễ đón do A chủ trì": "dự" reports the meeting as a light verb does
        return "reported"
    if nominal and is_passive_ceremony(low, sentence, hit):
        return "reported"
    if not nominal and cues.backref_prep.search(before):
        return "backref"
    if not nominal or cues.light_verb.search(before):
        return "reported"
    if cues.current.search(before):
        return "reported" if hit.trigger.type == "visit" else "backref"
    if hit.trigger.type in ("visit", "attend", "signing"):
        return "referenced"
    # "ngay sau cuộc gặp ... (tháng 11/2025)": an earlier occurrence, recalled
    return "referenced" if is_recalled_occurrence(low, sentence, hit) else "backref"
