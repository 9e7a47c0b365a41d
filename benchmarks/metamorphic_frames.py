"""The main act in another frame: ``act_noun_frame``, ``passive_frame`` and ``back_reference``
for ``benchmarks.metamorphic``.

Blind pages report the act in constructions dev seldom shows: only as a noun in a frame ("Tại
buổi tiếp B chiều 5/3, A nhấn mạnh ..."), in the passive ("B được A tiếp"), or with its date and
place in a following sentence that refers back ("A tiếp B. Buổi tiếp diễn ra chiều 5/3 tại C.").
Each rewrite takes the main event's sentence only when it is a plain act sentence
(``metamorphic_acts.parse_act``: a fronted date/place, an actor that is only titles and names,
the act, the other side) and writes the same facts in the other construction, so the expected
record is the original one. Anything less plain is skipped.
"""

from __future__ import annotations

import re

from benchmarks.metamorphic_parse import ActSentence, is_noun_phrase, parse_act
from benchmarks.metamorphic_transforms import Found, Rewrite, _same, _seed

#: Types whose act has two sides that a frame can name.
TWO_SIDED = frozenset({"reception", "meeting", "talks", "phone_call"})
_RECEPTIONS = frozenset({"tiếp", "tiếp thân mật", "tiếp xã giao", "tiếp kiến", "đón tiếp"})
_HONORIFICS = ("Ông ", "Bà ", "Ngài ", "Đồng chí ")
#: What may follow the guest in a passive: the occasion, which goes after the verb ("nhân dịp
#: ..."), or the guest's own call, joined with "và" ("đến chào từ biệt và được A tiếp").
_GUEST_TAIL = re.compile(r" (nhân|đến chào|tới chào)\b")


def _noun(act: str) -> str:
    """The act as a noun with its classifier: "buổi tiếp", "cuộc hội đàm với"."""
    if act in ("tiếp thân mật", "đón tiếp"):
        return "buổi tiếp"
    if act.startswith("tiếp") or act == "làm việc với":
        return f"buổi {act}"
    if act.startswith("gặp"):
        return "cuộc gặp với"
    if act == "hội kiến":
        return "cuộc hội kiến với"
    return f"cuộc {act}"


def _lower_honorific(phrase: str) -> str:
    """An actor moved inside a sentence: "Ông X" -> "ông X"; titles keep their capitals."""
    if phrase.startswith(_HONORIFICS):
        return phrase[0].lower() + phrase[1:]
    return phrase


def _upper_first(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _when_where(parts: ActSentence) -> str:
    """ " chiều 5/3 tại C": the act's date and place after a noun, in lower case."""
    out = ""
    if parts.date:
        out += " " + parts.date[0].lower() + parts.date[1:]
    place = parts.place or parts.tail_place
    if place:
        out += " " + place[0].lower() + place[1:]
    return out


def _main_sentence(text: str, found: Found) -> tuple[int, int, ActSentence] | None:
    """The main event's sentence, parsed, when its act is the main trigger's."""
    if found.evidence is None or found.type not in TWO_SIDED or not found.trigger:
        return None
    start, end = found.evidence
    last = text[start:end].rstrip().rsplit(" ", 1)[-1]
    if "." in last[:-1] or len(last) <= 3:
        return None  # the sentence was cut after an initial ("L.B."): its end is unsure
    parts = parse_act(text[start:end], found.location)
    if parts is None:
        return None
    trigger = found.trigger.casefold()
    base = parts.act.removesuffix(" với")
    if not (base.startswith(trigger) or trigger.startswith(base) or parts.act == "đón tiếp"):
        return None
    return start, end, parts


def _tail(parts: ActSentence) -> str:
    return f" {parts.tail_place}" if parts.tail_place else ""


# 15. act_noun_frame -------------------------------------------------------------------------


def _names_actor(said: list[str], actor: list[str]) -> bool:
    """Whether ``said`` is a stretch of the actor's words, or a head of them followed by their
    tail ("Thứ trưởng Tạ Quang Đông" for "Thứ trưởng Bộ VHTTDL Tạ Quang Đông")."""

    def inside(words: list[str]) -> bool:
        n = len(words)
        return any(actor[i : i + n] == words for i in range(len(actor) - n + 1))

    k = len(said)
    return inside(said) or any(inside(said[:j]) and said[j:] == actor[j - k :] for j in range(1, k))


def back_reference_to(actor: str, other: str, sentence: str) -> str | None:
    """The words opening ``sentence`` that name the actor again ("Thủ tướng", "Chủ tịch nước",
    the full name) before a lower-case verb; None when the opening could name the other side
    or is not followed by a verb."""
    words = sentence.split(" ")
    actor_words = [w.strip(",") for w in actor.casefold().split()]
    for k in range(min(len(actor_words), 8, len(words) - 1), 0, -1):
        said = [w.casefold() for w in words[:k]]
        nxt = words[k]
        if not words[0][:1].isupper() or not nxt[:1].islower() or not nxt.isalpha():
            continue
        goes_on = " ".join([*said, nxt.casefold()]) in " ".join(actor_words)
        if goes_on or not _names_actor(said, actor_words):
            continue
        phrase = " ".join(words[:k])
        if phrase.casefold() in other.casefold() or nxt in ("và", "cùng", "của", "với"):
            return None
        return phrase
    return None


#: A bare frame opening the next sentence ("Tại buổi tiếp, "), which the new frame replaces.
_BARE_FRAME = re.compile(
    r"(?:Tại|Trong|Ở) (?:buổi|cuộc) (?:tiếp|hội kiến|hội đàm|điện đàm|gặp|làm việc)"
    r"(?: [a-zà-ỹđ]+){0,2}, "
)


def act_noun_frame(text: str, found: Found) -> Rewrite | None:
    """ "Chiều 5/3, tại C, A tiếp B. Thủ tướng nhấn mạnh ..." -> "Tại buổi tiếp B chiều 5/3 tại
    C, A nhấn mạnh ..." when the next sentence opens by naming the actor again, maybe after a
    bare frame ("Tại buổi tiếp, Thủ tướng ..."); "Trong" for "Tại" on half of the pages. The
    act is then only a noun in a frame. With no such next sentence, a talk, call or meeting
    between two plain sides is announced instead ("đã diễn ra cuộc hội đàm giữa A và B")."""
    main = _main_sentence(text, found)
    if main is None or not main[2].single:
        return None
    start, end, parts = main
    gap = re.match(r"[ \t]*\n?[ \t]*\n?[ \t]*", text[end:])
    nxt_start = end + (gap.end() if gap else 0)
    nxt = text[nxt_start : nxt_start + 400].split("\n", 1)[0]
    bare = _BARE_FRAME.match(nxt)
    if bare:
        nxt_start, nxt = nxt_start + bare.end(), nxt[bare.end() :]
    said = back_reference_to(parts.actor, parts.other, nxt)
    if said is None:
        return _announced(text, start, end, parts)
    if nxt[len(said) :].lstrip().removeprefix("đã ").startswith(parts.act.split()[0] + " "):
        return None  # the next sentence reports the act again (a caption, a headline's copy)
    opener = "Tại" if _seed(found.page, "frame") % 2 == 0 else "Trong"
    if parts.plain and not parts.front_rest:
        # "Tại buổi tiếp B chiều 5/3 tại C, A ...": the date and place move into the frame; an
        # apposition in B is closed by a comma before them ("ông X, Đại sứ Y, chiều 5/3").
        close = "," if "," in parts.other and _when_where(parts) else ""
        frame = f"{opener} {_noun(parts.act)} {parts.other}{close}{_when_where(parts)}, "
        new = parts.head + frame + _lower_honorific(parts.actor)
    else:
        # "Trong khuôn khổ ..., chiều 5/3, tại buổi tiếp B, A ...": the front stays as written.
        frame = f"{opener.lower()} {_noun(parts.act)} {parts.other}{_tail(parts)}, "
        if not parts.front:
            frame = _upper_first(frame)
        new = parts.head + parts.front + frame + _lower_honorific(parts.actor)
    return Rewrite(text[:start] + new + text[nxt_start + len(said) :], _same)


#: Two-sided acts an announcement frame names with "giữa A và B" (a reception has a direction).
_BETWEEN_ACTS = frozenset({"hội đàm với", "điện đàm với", "hội kiến", "gặp", "gặp gỡ"})


def _announced(text: str, start: int, end: int, parts: ActSentence) -> Rewrite | None:
    """ "Chiều 5/3, tại C, A hội đàm với B." -> "Chiều 5/3, tại C, đã diễn ra cuộc hội đàm giữa
    A và B." when no next sentence names the actor: the act as the noun of an announcement.
    Both sides must be plain noun phrases without "và" of their own, and a front must open it."""
    if parts.act not in _BETWEEN_ACTS or not parts.plain or not parts.front or not parts.end:
        return None
    noun = _noun(parts.act).removesuffix(" với")
    new = (
        f"{parts.head}{parts.front}đã diễn ra {noun} giữa {_lower_honorific(parts.actor)} và "
        f"{parts.other}{_tail(parts)}."
    )
    return Rewrite(text[:start] + new + text[start + len(text[start:end].rstrip()) :], _same)


# 16. passive_frame --------------------------------------------------------------------------


def _passive(parts: ActSentence, page: str) -> str | None:
    """The sentence of ``parts`` in the passive, or None where it has none."""
    if parts.act not in _RECEPTIONS or parts.have:
        return None
    guest, after, call = parts.other, "", ""
    if not parts.plain:
        split = _GUEST_TAIL.search(parts.other)
        if split is None or not is_noun_phrase(parts.other[: split.start()].rstrip(","), 25):
            return None
        guest = parts.other[: split.start()].rstrip(",")
        if "," in parts.other[split.start() :]:
            return None  # a tail of several phrases: which one "và" would join is unclear
        if split.group(1) == "nhân":
            after = parts.other[split.start() :]  # "được A tiếp nhân dịp ..."
        else:
            call = parts.other[split.start() :] + " và"  # "B đến chào ... và được A tiếp"
    aux = parts.aux or ("đã " if _seed(page, "passive") % 2 else "")
    guest = guest if parts.front else _upper_first(guest)
    comma = "," if "," in guest and not call else ""
    return (
        f"{parts.head}{parts.front}{guest}{comma}{call} {aux}được "
        f"{_lower_honorific(parts.actor)} {parts.act}{after}{_tail(parts)}{parts.end}"
    )


def passive_frame(text: str, found: Found) -> Rewrite | None:
    """ "Chiều 5/3, A tiếp B tại C." -> "Chiều 5/3, B (đã) được A tiếp tại C."; a reception
    only, written with the verb ("có buổi tiếp" has no passive). An apposition in B gets its
    closing comma ("ông X, Đại sứ Y, được A tiếp"). The headline too, when it is such a
    sentence ("Thủ tướng X tiếp Đại sứ Y" -> "Đại sứ Y được Thủ tướng X tiếp")."""
    if found.type != "reception" or (found.trigger or "").casefold() not in _RECEPTIONS:
        return None
    spans: list[tuple[int, int, str]] = []
    headline = re.match(r"\s*([^\n]{10,200})", text)
    parts = parse_act(headline.group(1)) if headline else None
    new = _passive(parts, found.page) if parts and parts.act.startswith("tiếp") else None
    if headline and new is not None:
        spans.append((headline.start(1), headline.end(1), new))
    main = _main_sentence(text, found)
    if main is not None and (new := _passive(main[2], found.page)) is not None:
        start = main[0]
        end = start + len(text[start : main[1]].rstrip())
        if not spans or start >= spans[0][1]:
            spans.append((start, end, new))
    if not spans:
        return None
    out, pos = [], 0
    for start, end, new in spans:
        out.append(text[pos:start] + new)
        pos = end
    return Rewrite("".join(out) + text[pos:], _same)


# 17. back_reference -------------------------------------------------------------------------


def back_reference(text: str, found: Found) -> Rewrite | None:
    """ "Chiều 5/3, tại C, A tiếp B ..." -> "A tiếp B .... Buổi tiếp diễn ra vào chiều 5/3 tại
    C." The other side may be any phrase with no second clause or date (it stays); the date
    and place come from the front, or the place is the last words and the one the original run
    found (and the other side names no envoy). Other fronted phrases stay ("Trong khuôn khổ")."""
    main = _main_sentence(text, found)
    if main is None:
        return None
    start, end, parts = main
    if not parts.single or not parts.end or not (parts.date or parts.place or parts.tail_place):
        return None
    actor = _lower_honorific(parts.actor) if parts.front_rest else _upper_first(parts.actor)
    lead = (
        f"{_upper_first(parts.front_rest)}{actor} {parts.aux}{parts.have}{parts.act} {parts.other}."
    )
    noun = _upper_first(_noun(parts.act).removesuffix(" với"))
    when = _when_where(parts)
    if parts.date:
        when = " vào" + when
    new = f"{parts.head}{lead} {noun} diễn ra{when}."
    sentence_end = start + len(text[start:end].rstrip())
    return Rewrite(text[:start] + new + text[sentence_end:], _same)
