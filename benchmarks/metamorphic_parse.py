"""The parse of a plain act sentence, shared by the frame rewrites (``metamorphic_frames``).

"<credit><front><actor> <aux><have><act> <other>[ tại <place>]." where the front is a run of
comma-ended phrases (a date, a place, "Trong khuôn khổ ..."), the actor is only titles and
names and opens with a title or an honorific, and the act is one of ``PLAIN_ACTS``. The parse
says which parts are certain (a date and place that are the act's, another side that is a plain
noun phrase), so that each rewrite can skip a sentence it could not rewrite safely.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from benchmarks.metamorphic_transforms import PLACE_NOUNS

_PART = r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm|[Đđ]êm)"
_DATE = r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?"
#: "Chiều 5/3", "Sáng ngày 5-3-2024", "Chiều nay (5/3)", "chiều nay 5.3", "Ngày 5/3/2024".
_DATE_PHRASE = rf"{_PART}(?: nay)?(?: ngày)? (?:{_DATE}|\({_DATE}\))"
#: "tại Phủ Chủ tịch": a place phrase opened by a preposition and a capital or a place noun.
_PLACE_PHRASE = r"(?:[Tt]ại|[Ởở]) [^,.;:()\"“”\n\d]{3,60}"
_DATE_SEGMENT = re.compile(rf"(?P<date>{_DATE_PHRASE})(?: (?P<place>{_PLACE_PHRASE}))?")
_PLACE_SEGMENT = re.compile(_PLACE_PHRASE)
#: What follows the preposition of a fronted place: a capital or a place noun ("trụ sở").
_PLACE_OPENS = re.compile(rf" (?:[A-ZĐÀ-Ỹ]|(?:{PLACE_NOUNS})\b)")
#: The acts whose sentence the frame rewrites parse, as written after the actor.
PLAIN_ACTS = (
    "tiếp thân mật|tiếp xã giao|tiếp kiến|đón tiếp|tiếp|hội kiến|gặp gỡ|gặp|"
    "hội đàm với|điện đàm với|làm việc với"
)
_ACT = re.compile(rf" (?P<aux>(?:đã|vừa) )?(?P<have>có (?:cuộc|buổi) )?(?P<act>{PLAIN_ACTS}) ")
#: Heads of an actor's noun phrase: a title, an honorific or an office.
_ACTOR_HEAD = re.compile(
    r"(?i:phó |nguyên |quyền )?(?:Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng|Tổng Bí thư|Bí thư|"
    r"Tổng thống|Đại sứ|Ngoại trưởng|Trưởng [Bb]an|Ủy viên|Uỷ viên|Tổng Lãnh sự|Lãnh sự|"
    r"[Đđ]ại tướng|[Tt]hượng tướng|[Tt]rung tướng|[Tt]hiếu tướng|Nhà vua|Quốc vương|Thống đốc|"
    r"Tỉnh trưởng|Giám đốc|Tổng Giám đốc|Thị trưởng|Tổng Thư ký|Tư lệnh|Chánh|Đồng chí|đồng chí|"
    r"Ông|ông|Bà|bà|Ngài|ngài)\b"
)
#: Words that make a stretch more than a noun phrase (a verb, a tense, a preposition).
_NOT_IN_PHRASE = re.compile(
    r"(?<![\w])(?:đã|sẽ|đang|vừa|có|được|do|với|tại|ở|trong|nhân|sau|khi|để|về|cùng|đến|tới|"
    r"sang|tiếp|gặp|thăm|đón|làm|chào|trao|dẫn|là|nhằm|theo|hội đàm|hội kiến|điện đàm|và|"
    r"cho biết|cho hay|nói|nhấn mạnh|thông báo)"
    r"(?![\w])|[;:()\"“”\d]"
)
_DASH = re.compile(r" [-–] ")
#: Titles of envoys, whose "tại X" is the posting, not the place of the act.
ENVOY = re.compile(
    r"(?i)\b(?:đại sứ|lãnh sự|trưởng đại diện|tùy viên|tuỳ viên|điều phối viên|đặc phái viên|"
    r"trưởng văn phòng|đại biện|giám đốc quốc gia)\b"
)
#: An outlet's credit before the lead ("VOV.VN - ", "(ABC) - "): capitals only.
CREDIT = re.compile(r"(?:\(?[A-ZĐ0-9][A-ZĐ0-9.&]*\)?(?: [A-ZĐ0-9.&()]+){0,2} [-–] )?")
#: "Đại sứ Nhật Bản tại Việt Nam X": the posting inside an envoy's title is no place.
_POSTED_HERE = re.compile(r" (?:tại|ở) Việt Nam\b")
#: The rest of a sentence that is another clause, which a moved date could no longer reach.
_SECOND_CLAUSE = re.compile(r";|, sau đó|, rồi |\. |\d{1,2}[/.-]\d{1,2}|\bngày\b")


def is_noun_phrase(words: str, max_words: int, dashes: bool = False) -> bool:
    """A stretch that is only names and titles: no verb, tense, preposition, number or quote;
    a comma (or, when allowed, a dash) only before a capitalised word; a capitalised last word."""
    if dashes:
        words = _DASH.sub(", ", words)
    if not words or len(words.split()) > max_words or _NOT_IN_PHRASE.search(words):
        return False
    if _DASH.search(words) or any(not p[:1].isupper() for p in words.split(", ")[1:]):
        return False
    return words.split()[-1][:1].isupper()


class ActSentence(NamedTuple):
    """A plain act sentence split into its parts (see the module docstring)."""

    head: str
    #: Everything before the actor as written, with its commas ("Chiều 5/3, tại C, ").
    front: str
    #: The front's date and place phrases, and the front without them.
    date: str | None
    place: str | None
    front_rest: str
    actor: str
    aux: str
    have: str
    act: str
    other: str
    #: The place after the other side ("tại X"), split off only when certainly the act's.
    tail_place: str | None
    end: str
    #: Whether ``other`` is a plain noun phrase (names and titles only).
    plain: bool
    #: Whether ``other`` runs on with no second clause or date (any phrase of the other side).
    single: bool


def _actor_start(body: str, act_start: int, floor: int) -> int | None:
    """Where the actor opens: the earliest comma (or dash) segment before the act from which
    every segment opens with a title and the whole is a noun phrase."""
    cuts = [floor] + [m.end() for m in re.finditer(r", | [-–] ", body[floor:act_start])]
    for cut in sorted({c if c == floor else c + floor for c in cuts}):
        stretch = body[cut:act_start]
        segments = [s for s in re.split(r", | [-–] ", stretch) if s]
        titled = all(_ACTOR_HEAD.match(s) or s[:1].isupper() for s in segments)
        if segments and titled and _ACTOR_HEAD.match(stretch) and is_noun_phrase(stretch, 40, True):
            return cut
    return None


def _front_parts(front: str) -> tuple[str | None, str | None, str]:
    """The date and place phrases of a fronted run, and the run without them."""
    date = place = None
    kept: list[str] = []
    previous = ""
    for seg in (s.strip().rstrip(",") for s in front.split(", ") if s.strip()):
        d = _DATE_SEGMENT.fullmatch(seg)
        if d and date is None:
            date, place, previous = d.group("date"), d.group("place") or place, "date"
        elif _PLACE_SEGMENT.fullmatch(seg) and place is None and _PLACE_OPENS.match(seg[3:]):
            place, previous = seg, "place"
        elif previous == "place" and place and seg[:1].isupper():
            place += ", " + seg  # "tại Thủ đô X, Vương quốc Y": the place goes on
        else:
            kept.append(seg)
            previous = "other"
    rest = ", ".join(kept)
    return date, place, rest + ", " if rest else ""


def parse_act(sentence: str, location: str | None = None) -> ActSentence | None:
    """The parts of a plain act sentence, or None. A place after the other side is split off
    only when it is the place the original run found and the other side names no envoy (whose
    "tại X" is a posting)."""
    body = sentence.rstrip()
    end = "." if body.endswith(".") else ""
    body = body[: len(body) - len(end)]
    head_m = CREDIT.match(body)
    head = head_m.group() if head_m else ""
    for act in _ACT.finditer(body, len(head)):
        start = _actor_start(body, act.start(), len(head))
        if start is not None:
            break
    else:
        return None
    front = body[len(head) : start]
    if front and not front.endswith(", "):
        front_m = _DATE_SEGMENT.fullmatch(front.strip())  # "Ngày 5/3 tại C " with no comma
        if front_m is None:
            return None
    date, place, front_rest = _front_parts(front)
    other, tail_place = body[act.end() :], None
    if location and not ENVOY.search(other):
        for prep in (" tại ", " ở "):
            if other.endswith(prep + location):
                other, tail_place = other[: -len(prep + location)], prep.strip() + " " + location
                break
    checked = _POSTED_HERE.sub(" Việt Nam", other) if ENVOY.search(other) else other
    opens = other[:1].isupper() or other.startswith(("ông ", "bà ", "ngài ", "đồng chí ", "đoàn "))
    plain = opens and is_noun_phrase(checked, 25)
    single = opens and not _SECOND_CLAUSE.search(other) and len(other.split()) <= 60
    return ActSentence(
        head,
        front,
        date,
        place,
        front_rest,
        body[start : act.start()],
        act.group("aux") or "",
        act.group("have") or "",
        act.group("act"),
        other,
        tail_place,
        end,
        plain,
        single,
    )
