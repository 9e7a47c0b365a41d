"""The grammatical cue words of the events stage, as data (lexicon kind ``"events.cues"``).

The trigger table (:mod:`vndiplo_events.triggers`) says *which* words name an event; the cues say
*how* a trigger is used: a light verb before it makes it a reported event ("có cuộc gặp"), a
preposition a back-reference ("Tại cuộc tiếp"), "sẽ" a planned one, a reporting verb embeds it
("hoan nghênh X sang thăm"), and so on. Each cue is a short word list; the regexes that use the
lists are fixed here, the lists are a lexicon any plugin extends through
``vndiplo_register_lexicon``::

    register("events.cues", [("light_verb", "xúc tiến"), {"cue": "embedding", "phrase": "chúc"}])

An entry is ``(cue, phrase)`` or ``{"cue", "phrase"}``; a phrase is plain words (no regex),
matched lower-case with any run of white space between its words. The cues and what each one
does are listed in :data:`CUES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from vndiplo.registry import Registry, lexicon
from vndiplo.text import fold
from vndiplo_events.patterns import word_start

__all__ = ["CUES", "DEFAULT_CUES", "LEXICON_KIND", "Cues", "cues_for"]

LEXICON_KIND: Final = "events.cues"

#: cue name -> what its words do
CUES: Final[Mapping[str, str]] = {
    "nominal": "nouns that make a trigger an event noun: cuộc, buổi, chuyến, lễ, sự kiện",
    "ceremony": "the ceremony noun of 'sau lễ đón ..., A hội đàm với B' (a companion event)",
    "light_verb": "verbs that report an event noun as happening: có, tiến hành, chứng kiến",
    "quantifier": "words between a light verb and its noun: một, các, hai",
    "current": "words that make an event noun the current one: đang, nhân, dịp, khuôn khổ",
    "past_or_planned": "words that make a trigger a past or planned event: từng, sẽ, sắp",
    "planned": "the planned among them: sẽ, dự kiến, nhận lời mời",
    "backref_prep": "prepositions before a bare trigger naming an earlier event: trước, tại",
    "companion": "'sau', 'ngay trước khi' ... before a ceremony that goes with the event",
    "wish": "wishes and proposals that make a signing no event: mong, đề nghị, sớm",
    "modal": "ability before a meeting word: có thể, không thể (no meeting happened)",
    "hope": "hopes before a reciprocal 'gặp lại nhau': hy vọng, mong (no meeting happened)",
    "done": "words that say a wished signing happened after all: đã, vừa",
    "both": "the two sides of the previous event: hai bên, hai Thủ tướng",
    "passive": "the passive marker of 'X được Y tiếp': được",
    "coordinated_modifier": "modifiers between coordinated triggers: chính thức, trọng thể",
    "coordinator": "conjunctions between coordinated triggers: và, cùng",
    "embedding": "reporting verbs that embed a trigger: hoan nghênh, cảm ơn, mời",
    "invitation_noun": "nouns that make 'mời' a noun (no embedding): lời, thư, giấy",
    "object_stop": "phrases that end an object zone: đang có, sang thăm, theo lời mời",
    "took_place": "verbs of taking place: diễn ra, được tổ chức",
    "of": "the possessive before a visitor: của",
    "same_day": "'the same day as the previous event': cùng ngày",
    "generic": "quantifiers that make a trigger generic: các, những, nhiều, mọi",
    "institution": "capitalised heads of a name a trigger may open: Trung tâm, Bảo tàng, Quỹ",
}

DEFAULT_CUES: Final[tuple[tuple[str, str], ...]] = (
    *(("nominal", w) for w in ("cuộc", "buổi", "chuyến", "lễ", "sự kiện")),
    ("ceremony", "lễ"),
    *(
        ("light_verb", w)
        for w in (
            "có",
            "tiến hành",
            "tổ chức",
            "chủ trì",
            "thực hiện",
            "bắt đầu",
            "mở đầu",
            "chứng kiến",
            # the end of a visit is told as it happens ("đã về nước, kết thúc chuyến
            # thăm X"): the visit is reported, not a mere reference
            "kết thúc",
            "kết thúc tốt đẹp",
            # the event told as taking place ("tại X đã diễn ra buổi tiếp")
            "diễn ra",
        )
    ),
    *(("quantifier", w) for w in ("một", "các", "những", "hai")),
    *(
        ("current", w)
        for w in (
            "đang",
            "đang có",
            "đang trong",
            "trong",
            # "Trong thời gian chuyến thăm, X đã hội đàm ..., tiếp kiến ...": the visit the
            # acts are told of is the current one
            "trong thời gian",
            "trong suốt",
            "nhân",
            "dịp",
            "khuôn khổ",
        )
    ),
    *(("past_or_planned", w) for w in ("từng", "sẽ", "dự kiến", "chuẩn bị", "sắp", "nhận lời mời")),
    # "cân nhắc kế hoạch thăm A", "có dự định gặp B": a plan's act, not one that took place
    *(("past_or_planned", w) for w in ("kế hoạch", "dự định")),
    # "báo cáo kết quả hội đàm với X": the results of an event told before, not the event
    ("past_or_planned", "kết quả"),
    *(
        ("planned", w)
        for w in (
            "sẽ",
            "dự kiến",
            "chuẩn bị",
            "sắp",
            "nhận lời mời",
            "lời mời",
            "kế hoạch",
            "dự định",
        )
    ),
    *(("backref_prep", w) for w in ("trước", "sau", "tại", "trong")),
    *(
        ("companion", w)
        for w in (
            "sau",
            "trước",
            "sau khi",
            "trước khi",
            "ngay sau",
            "ngay trước",
            "ngay sau khi",
            "ngay trước khi",
        )
    ),
    *(
        ("wish", w)
        for w in (
            "mong",
            "đề nghị",
            "đề xuất",
            "kêu gọi",
            "hướng tới",
            "tiến tới",
            "sớm",
            "thúc đẩy",
        )
    ),
    *(("modal", w) for w in ("có thể", "không thể", "chưa thể")),
    *(("hope", w) for w in ("hy vọng", "hi vọng", "mong", "mong muốn", "mong đợi", "chúc")),
    *(("done", w) for w in ("đã", "vừa")),
    *(
        ("both", "hai " + w)
        for w in (
            "bên",
            "nhà lãnh đạo",
            "lãnh đạo",
            "thủ tướng",
            "bộ trưởng",
            "chủ tịch",
            "tổng thống",
            "ngoại trưởng",
            "người đứng đầu",
            "đại tướng",
            "trưởng đoàn",
        )
    ),
    ("passive", "được"),
    *(("coordinated_modifier", w) for w in ("chính thức", "trọng thể", "cấp nhà nước")),
    *(("coordinator", w) for w in ("và", "cùng")),
    *(
        ("embedding", w)
        for w in (
            "chào mừng",
            "hoan nghênh",
            "cảm ơn",
            "đánh giá",
            "bày tỏ",
            "mời",
            "vinh dự",
            "mong",
            "ủng hộ",
            "cho rằng",
            "khẳng định",
            "nhấn mạnh",
            "đề nghị",
            "dành thời gian",
        )
    ),
    *(("invitation_noun", w) for w in ("lời", "thư", "giấy")),
    *(
        ("object_stop", w)
        for w in (
            *(f"đang {v}" for v in ("có", "thăm", "dự", "công tác", "làm việc", "ở")),
            *(f"{m} {v}" for m in ("sang", "tới", "đến") for v in ("thăm", "dự", "làm việc")),
            "theo lời mời",
            "nhân dịp",
            "nhằm",
            "về việc",
            # "điện đàm ... kể từ khi chính quyền Tổng thống X nhậm chức": X is no side
            "kể từ khi",
            # "hai bên chuyển lời thăm hỏi giữa A và B": those greeting and greeted are absent
            *(f"{v} lời" for v in ("chuyển", "gửi", "chuyển tới", "gửi tới", "nhắn")),
        )
    ),
    *(("took_place", w) for w in ("diễn ra", "được tổ chức", "được cử hành")),
    ("of", "của"),
    ("same_day", "cùng ngày"),
    *(("generic", w) for w in ("các", "những", "nhiều", "mọi")),
    *(("institution", w) for w in ("trung tâm", "bảo tàng", "quỹ", "viện", "công ty")),
)


def _phrase_regex(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())


def _alternation(phrases: Sequence[str]) -> str:
    """``(?:a|b|...)``, longest phrase first; a never-matching group for an empty list."""
    if not phrases:
        return "(?!x)x"
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(_phrase_regex(p) for p in ordered) + ")"


def _word_start(phrases: Sequence[str]) -> str:
    """:func:`patterns.word_start` over the phrases, longest first (a phrase that opens with no
    letter gets a plain look-behind)."""
    if not phrases:
        return "(?!x)x"
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    if all(p[:1].isalnum() for p in ordered):
        return word_start(*(_phrase_regex(p) for p in ordered))
    return r"(?<!\w)" + _alternation(ordered)


class Cues:
    """The compiled cues: one regex per use (see :data:`CUES` for the word lists)."""

    def __init__(self, entries: Iterable[Any]) -> None:
        words: dict[str, list[str]] = {name: [] for name in CUES}
        for cue, phrase in _entries_from(entries):
            if phrase not in words[cue]:
                words[cue].append(phrase)
        self.words: Mapping[str, tuple[str, ...]] = {k: tuple(v) for k, v in words.items()}
        alt = {name: _alternation(v) for name, v in words.items()}
        nominal = alt["nominal"]
        #: "chuyến thăm", "lễ ký": trigger phrases that are event nouns themselves
        self.nominal_prefixes: tuple[str, ...] = tuple(f"{w} " for w in words["nominal"])
        self.ceremony_prefixes: tuple[str, ...] = tuple(f"{w} " for w in words["ceremony"])
        self.nominal = re.compile(nominal + r"\s*$")
        self.light_verb = re.compile(
            alt["light_verb"] + rf"\s+(?:{alt['quantifier']}\s+)?{nominal}?\s*$"
        )
        self.current = re.compile(alt["current"] + rf"\s+(?:{nominal}\s*)?$")
        self.past_or_planned = re.compile(
            r"(?<!\w)" + alt["past_or_planned"] + r"\s+(?:\w+\s+){0,2}$"
        )
        self.planned = re.compile(_word_start(words["planned"]) + r"\s")
        self.backref_prep = re.compile(_word_start(words["backref_prep"]) + r"\s+$")
        self.companion = re.compile(r"(?<!\w)" + alt["companion"] + r"\s+$")
        self.wish = re.compile(r"(?<!\w)" + alt["wish"] + r"(?!\w)[^,;.:]{0,60}$")
        # "hai đoàn có thể sớm gặp lại được nhau": up to two words between
        self.modal = re.compile(r"(?<!\w)" + alt["modal"] + r"\s+(?:\w+\s+){0,2}$")
        self.hope = re.compile(r"(?<!\w)" + alt["hope"] + r"\s+(?:\w+\s+){0,2}$")
        #: the reciprocal object after the trigger: "gặp (lại | được) nhau"
        self.reciprocal = re.compile(r"\s+(?:(?:lại|được|gỡ|mặt)\s+)*nhau(?!\w)")
        self.done = re.compile(r"(?<!\w)" + alt["done"] + r"\s")
        self.both = re.compile(r"(?<!\w)" + alt["both"] + r"(?!\w)")
        self.passive_marker = re.compile(alt["passive"])
        self.passive = re.compile(r"(?<!\w)" + alt["passive"] + r"\s")
        self.coordinated = re.compile(
            rf"(?:\s+{alt['coordinated_modifier']})?\s*,?\s*(?:{alt['coordinator']}\s+)?"
        )
        self.embedding = re.compile(_word_start(words["embedding"]) + r"(?!\w)")
        # the "thư" of "Bí thư" is a title, no letter ("Bí thư mời X" is a verb)
        self.invitation_noun = re.compile(r"(?<!\w)(?<!bí\s)" + alt["invitation_noun"] + r"\s+$")
        self.object_stop = re.compile(_word_start(words["object_stop"]) + r"(?!\w)|;")
        self.took_place = re.compile(
            r"(?:\s+[^\s,;.:]+){0,6}?\s+(?:đã\s+)?" + alt["took_place"] + r"(?!\w)"
        )
        self.event_opens = re.compile(rf"[\W_]*(?:{nominal}\s+)?")
        self.of = re.compile(r"(?<!\w)" + alt["of"] + r"\s+")
        self.same_day = re.compile(_word_start(words["same_day"]) + r"(?!\w)")
        # "các hoạt động gặp gỡ ... giữa lãnh đạo hai nước: A gặp B": an umbrella of activities
        self.generic = re.compile(alt["generic"] + rf"\s+(?:(?:{nominal}|hoạt\s+động)\s+)?$")
        #: "Trung tâm thăm chiến trường xưa": the trigger is a word of the institution's name
        self.institution = re.compile(r"(?<!\w)" + alt["institution"] + r"\s+$")
        self.institution_tails: tuple[str, ...] = tuple(f"{w} " for w in words["institution"])


def _entries_from(raw: Iterable[Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for entry in raw:
        if isinstance(entry, Mapping):
            cue, phrase = entry.get("cue"), entry.get("phrase")
        elif isinstance(entry, (tuple, list)) and len(entry) == 2:
            cue, phrase = entry[0], entry[1]
        else:
            raise ValueError(f"bad events.cues entry {entry!r}: want (cue, phrase)")
        if not isinstance(cue, str) or cue not in CUES:
            raise ValueError(f"events.cues entry {entry!r}: unknown cue {cue!r}")
        if not isinstance(phrase, str) or not phrase.strip():
            raise ValueError(f"events.cues entry {entry!r} needs a phrase")
        out.append((cue, " ".join(fold(phrase).lower().split())))
    return out


def _default_cues() -> tuple[tuple[str, str], ...]:
    return DEFAULT_CUES


def cues_for(registry: Registry | None) -> Cues:
    """The compiled cues of a registry: the defaults, then whatever plugins registered."""
    return lexicon(registry, LEXICON_KIND, Cues, _default_cues, extend=True)
