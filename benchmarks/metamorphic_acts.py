"""The main act in another word: ``act_synonym`` for ``benchmarks.metamorphic``.

Blind pages name the act with words dev never showed ("đón tiếp", "trao đổi qua điện thoại",
"có chuyến thăm chính thức"). ``act_synonym`` replaces the main event's trigger, wherever it is
the verb (after the actor's name or "đã", before the other side), by another word of the same
family and register, written by hand from news usage (checked on stored pages outside the
corpus). Every synonym names the same act, so the record must not change: same type, sides,
date and place. A trigger used as a noun ("buổi tiếp", "cuộc gặp") or before a lower-case word
("gặp khó khăn", "tiếp tục") is left alone.
"""

from __future__ import annotations

import re

from benchmarks.metamorphic_transforms import Found, Rewrite, _same, _seed

# 14. act_synonym ----------------------------------------------------------------------------

#: trigger (as the pipeline reports it) -> other ways to write the same act. A "+" marks a
#: prefix put before the matched words ("+có chuyến " turns "thăm chính thức" into "có chuyến
#: thăm chính thức"); anything else replaces them. "với" after the act is kept as written.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "tiếp": ("đón tiếp", "có buổi tiếp"),
    "tiếp xã giao": ("+có buổi ",),
    "tiếp kiến": ("tiếp", "+có buổi "),
    "đón tiếp": ("tiếp", "+có buổi "),
    "hội kiến": ("+có cuộc ", "gặp"),
    "gặp": ("có cuộc gặp", "gặp gỡ"),
    "gặp gỡ": ("gặp", "+có cuộc "),
    "hội đàm": ("+tiến hành ", "+có buổi "),
    "điện đàm": ("trao đổi qua điện thoại", "+có cuộc "),
    "làm việc với": ("có buổi làm việc với",),
    "thăm": ("đến thăm", "tới thăm"),
    "thăm chính thức": ("+có chuyến ", "+đến "),
    "thăm hữu nghị chính thức": ("+có chuyến ", "+đến "),
    "thăm cấp nhà nước": ("+có chuyến ",),
    "thăm và làm việc": ("+có chuyến ", "+đến "),
    "thăm làm việc": ("+có chuyến ", "+đến "),
    "tham dự": ("dự",),
    "dự": ("tham dự",),
    "gửi điện mừng": ("gửi điện chúc mừng",),
    "chào xã giao": ("+đến ",),
    "đến chào xã giao": ("tới chào xã giao",),
}
#: Acts whose other side comes after "với": the verb is only the act when "với" follows.
WITH_ACTS = frozenset({"hội đàm", "điện đàm"})
#: Synonyms that need "với" before the other side when the original had none ("gặp B").
_NEED_WITH = ("có cuộc gặp", "có cuộc hội kiến", "có cuộc gặp gỡ")
#: Words before a verb that leave it a verb: tense and aspect.
_AUX = frozenset({"đã", "vừa", "sẽ", "cũng", "lại"})
#: Lower-case words that open the other side ("tiếp ông X", "gặp đoàn ...", "tiếp các Đại sứ").
_SIDE_OPENERS = ("ông ", "bà ", "ngài ", "đồng chí ", "đoàn ", "các ", "phái đoàn ")
#: The phrase must not run into a longer compound ("thăm hỏi", "tiếp tục", "gặp mặt").
_LONGER = re.compile(r"(?:hỏi|tục|nhận|thu|cận|mặt|gỡ|riêng|lại|viếng|quan|kiến|xã|đón)\b")


def _previous_word(text: str, pos: int) -> str:
    words = text[max(0, pos - 30) : pos].split()
    return words[-1] if words else ""


def _opens_side(rest: str, with_act: bool) -> bool:
    """Whether ``rest`` (the text right after the act) opens the other side."""
    if with_act:
        return rest.startswith(" với ") and rest[5:6].isupper()
    if rest.startswith(" với "):
        rest = rest[4:]
    if not rest.startswith(" ") or _LONGER.match(rest[1:]):
        return False
    return rest[1:2].isupper() or rest[1:].startswith(_SIDE_OPENERS)


def _is_verb_position(text: str, start: int, end: int, trigger: str) -> bool:
    before = _previous_word(text, start)
    if not before or before[-1] in ",.;:" or not (before[0].isupper() or before in _AUX):
        return False
    return _opens_side(text[end : end + 40], trigger in WITH_ACTS)


def _apply(choice: str, matched: str, rest: str) -> str:
    if choice.startswith("+"):
        return choice[1:] + matched
    new = choice
    if new in _NEED_WITH and not rest.startswith(" với "):
        new += " với"
    return new


def replace_act(text: str, trigger: str, choice: str) -> str:
    """Every verb use of ``trigger`` in ``text`` written as ``choice`` (see ``SYNONYMS``)."""
    pattern = re.compile(rf"(?<![\w]){re.escape(trigger)}(?![\w])", re.IGNORECASE)
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        if not _is_verb_position(text, m.start(), m.end(), trigger.casefold()):
            continue
        out.append(text[pos : m.start()] + _apply(choice, m.group(), text[m.end() : m.end() + 5]))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def act_synonym(text: str, found: Found) -> Rewrite | None:
    """The main trigger written as one synonym of its family, chosen by the page id."""
    trigger = (found.trigger or "").casefold()
    options = SYNONYMS.get(trigger)
    if not options:
        return None
    choice = options[_seed(found.page, "synonym") % len(options)]
    new = replace_act(text, trigger, choice)
    return Rewrite(new, _same) if new != text else None
