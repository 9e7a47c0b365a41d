"""The event trigger table: Vietnamese phrases -> event type and CAMEO code, as data.

The table is a lexicon (kind ``"events.triggers"``) that any plugin extends through
``vndiplo_register_lexicon``; this module only holds the defaults and compiles whatever the
registry holds into one regex. An entry is a mapping ``{"phrase", "type", "cameo"?, "head"?}``
or a tuple ``(phrase, type[, cameo])``. A ``type`` of ``None`` declares a *blocker*: a phrase
that contains a trigger but is not an event ("tiếp tục", "dự án", "gặp khó khăn"). Blockers
work because the compiled alternation tries longer phrases first and the scan is left to right,
so "trực tiếp" consumes its "tiếp" before the trigger can match it.

Why one alternation and not a loop over phrases: the scan stays one pass over the text whatever
the size of the table, and compiled matchers are cached per registry (identity and version).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

from attrs import frozen

from vndiplo.model import EVENT_TYPES
from vndiplo.registry import Registry, lexicon
from vndiplo.text import fold
from vndiplo_events.counted_guests import COUNTED_WELCOMES, counted_crowd, counted_parties
from vndiplo_events.letter_backrefs import BARE_LETTERS, bare_letter
from vndiplo_events.paper_handing import SIGNING_CAMEO, paper_hand_overs
from vndiplo_events.patterns import PhraseMatcher, lowered
from vndiplo_events.sent_delegation import LED, SENT, planned_sending
from vndiplo_events.trigger_blockers import (
    BLOCKERS,
    CONDOLENCE_BOOKS,
    CONTACTS,
    GATHERINGS,
    ISSUED_BLOCKERS,
    PLAIN_CALLS,
    REMOTE,
    REMOTE_TALKS,
    TOLD_EXCHANGES,
    VIDEO_MEETINGS,
)
from vndiplo_events.trip_joining import TRIP_JOINED, joined_after_trip

__all__ = [
    "BLOCKERS",
    "CREDENTIAL_PAPERS",
    "DEFAULT_HEADS",
    "DEFAULT_TRIGGERS",
    "LEXICON_KIND",
    "Trigger",
    "TriggerHit",
    "TriggerTable",
    "table_for",
]

LEXICON_KIND: Final = "events.triggers"


@frozen
class Trigger:
    """One phrase of the table. ``type`` None marks a blocker (a non-event look-alike).

    ``head`` is the trigger word an event reports when the phrase says more than the event
    word: a manner ("tiếp thân mật"), the kind of call ("tiếp chào từ biệt"), a name's rest
    ("Đối thoại Chiến lược") or a word of context the phrase needs ("hội nghị trực tuyến giữa").
    """

    phrase: str
    type: str | None
    cameo: str | None = None
    head: str | None = None

    @property
    def reported(self) -> str:
        """The trigger as an event reports it: the head, else the whole phrase."""
        return self.head or self.phrase


@frozen
class TriggerHit:
    """A trigger found in the normalised text, with its table entry."""

    start: int
    end: int
    text: str
    trigger: Trigger


#: the verbs and papers of a handing-over: the verb is the event word ("trao")
_HANDING: Final = ("trao", "trao tặng")
#: a consul's exequatur is written with either noun for "approval" ("chấp nhận", "chấp thuận"),
#: on any of its papers
_EXEQUATURS: Final = tuple(
    f"{paper} {approval} lãnh sự"
    for paper in ("giấy", "bằng", "quyết định", "thư")
    for approval in ("chấp nhận", "chấp thuận")
)
_HANDED: Final = ("kỷ niệm chương", "huân chương", "huy chương", *_EXEQUATURS)

#: the papers an envoy presents: the letter of credence in either word order ("thư ủy nhiệm",
#: the Sino-Vietnamese "ủy nhiệm thư"), the state letter, and their copies
CREDENTIAL_PAPERS: Final = tuple(
    f"{copy}{paper}"
    for copy in ("", "bản sao ")
    for paper in ("quốc thư", "thư ủy nhiệm", "ủy nhiệm thư")
)

#: "tiếp tân Đại sứ X" is "receive the *new* ambassador": "tân" (new) before an office
_NEW_OFFICES: Final = (
    "đại sứ",
    "tổng lãnh sự",
    "lãnh sự",
    "trưởng",
    "tùy viên",
    "bộ trưởng",
    "thủ tướng",
    "chủ tịch",
    "tổng thống",
    "giám đốc",
    "tổng giám đốc",
    "điều phối viên",
)

DEFAULT_TRIGGERS: Final[tuple[tuple[str, str, str | None], ...]] = (
    # reception: the subject hosts (CAMEO 043, host a visit)
    ("tiếp", "reception", "043"),
    ("tiếp xã giao", "reception", "043"),
    ("tiếp kiến", "reception", "043"),
    ("tiếp thân mật", "reception", "043"),
    *((f"tiếp tân {office}", "reception", "043") for office in _NEW_OFFICES),
    ("đón", "reception", "043"),
    ("đón tiếp", "reception", "043"),
    ("lễ đón", "reception", "043"),
    ("tiếp đón", "reception", "043"),
    # "Buổi tiếp diễn ra": listed so that it is read as a back-reference, not as "tiếp diễn"
    ("tiếp diễn ra", "reception", "043"),
    # "tại buổi tiếp sau lễ trình Quốc thư": the reception noun, not "tiếp sau" (next)
    ("buổi tiếp sau", "reception", "043"),
    # a call on someone ("chào xã giao", "đến chào từ biệt"): a reception by the one called on;
    # finding.py turns the sides round (the caller is the guest)
    ("chào xã giao", "reception", "043"),
    # ... but "X tiếp (A) chào từ biệt" is X's reception as usual
    ("tiếp chào xã giao", "reception", "043"),
    ("tiếp chào từ biệt", "reception", "043"),
    ("tiếp chào tạm biệt", "reception", "043"),
    ("chào từ biệt", "reception", "043"),
    ("chào tạm biệt", "reception", "043"),
    ("đến chào", "reception", "043"),
    ("tới chào", "reception", "043"),
    ("đến chào xã giao", "reception", "043"),
    ("đến chào từ biệt", "reception", "043"),
    ("tới chào xã giao", "reception", "043"),
    ("tới chào từ biệt", "reception", "043"),
    # meeting: 040 by default, 042/043/044 by who travels
    ("gặp", "meeting", "040"),
    ("gặp gỡ", "meeting", "040"),
    ("gặp mặt", "meeting", "040"),
    ("hội kiến", "meeting", "040"),
    ("làm việc với", "meeting", "040"),
    # the working session as a noun: "chủ trì buổi làm việc", "có buổi làm việc với X"
    ("buổi làm việc", "meeting", "040"),
    # ... written whole when the page says "có buổi làm việc với X" (README round 4, R01)
    ("có buổi làm việc với", "meeting", "040"),
    # "A và B đã có cuộc họp (thường niên)": the two principals' meeting; any other "cuộc
    # họp" (a committee's, a council's sitting, "cuộc họp báo") is none (leaders_session.py)
    ("cuộc họp", "meeting", "040"),
    # social encounters of two principals: a meeting of both, or a reception when one side
    # hosts ("chiêu đãi"; "A mời B dự tiệc trà" and "B dự tiệc chiêu đãi do A chủ trì": social.py)
    ("tiệc trà", "meeting", "040"),
    ("dự tiệc trà", "meeting", "040"),
    ("thưởng trà", "meeting", "040"),
    ("đi dạo", "meeting", "040"),
    ("tiếp xúc thân mật", "meeting", "040"),
    ("dạo bộ", "meeting", "040"),
    # a contact on the sidelines, as a noun ("có cuộc tiếp xúc với X", "cuộc trao đổi ngắn")
    *((contact, "meeting", "040") for contact in CONTACTS),
    *((exchange, "meeting", "040") for exchange in TOLD_EXCHANGES),
    ("ăn sáng làm việc", "meeting", "040"),
    ("ăn trưa làm việc", "meeting", "040"),
    ("ăn tối làm việc", "meeting", "040"),
    ("chiêu đãi", "reception", "043"),
    ("tiệc chiêu đãi", "reception", "043"),
    ("dự tiệc chiêu đãi", "reception", "043"),
    ("dự chiêu đãi", "reception", "043"),
    # the same banquet under other words: a state banquet, "thết đãi" (also spelt "thiết đãi")
    ("quốc yến", "reception", "043"),
    ("dự quốc yến", "reception", "043"),
    ("thết đãi", "reception", "043"),
    ("thiết đãi", "reception", "043"),
    # talks
    ("hội đàm", "talks", "046"),
    ("đàm phán", "talks", "046"),
    # a named bilateral dialogue ("đồng chủ trì Đối thoại Chiến lược ..."); a bare "đối thoại"
    # (with businesses, the press) is none
    ("đối thoại chiến lược", "talks", "046"),
    ("đối thoại chính sách quốc phòng", "talks", "046"),
    # phone calls and video calls
    ("điện đàm", "phone_call", "041"),
    ("gọi điện", "phone_call", "041"),
    ("gọi điện thoại", "phone_call", "041"),
    # talking over the phone in plain words: "trao đổi / nói chuyện / trò chuyện điện thoại
    # với X" is the call itself ("số điện thoại" or "trao đổi thư" are no call); with "qua",
    # the remote sessions below
    *((f"{call} với", "phone_call", "041") for call in PLAIN_CALLS),
    # "đồng chủ trì Hội nghị trực tuyến giữa Đảng A và Đảng B", "cuộc trao đổi trực tuyến
    # giữa A và B": a session between two sides held at a distance (a national or multilateral
    # one names no "giữa", or "giữa các ...": blocked)
    *((f"{noun} {way} giữa", "phone_call", "041") for noun in VIDEO_MEETINGS for way in REMOTE),
    # "tiến hành hội nghị trực tuyến với <person>", "gặp qua video với", "trao đổi qua điện
    # thoại với": a meeting of two parties held at a distance is the same act as "hội đàm
    # trực tuyến" (a plural or public object, "với các tỉnh", is blocked)
    *((f"{noun} {way} với", "phone_call", "041") for noun in VIDEO_MEETINGS for way in REMOTE),
    # talks at a distance need no "với" ("hai Bộ trưởng hội đàm qua video", "điện đàm trực
    # tuyến"); a conversation's words do (``REMOTE_TALKS``)
    *((f"{talk} {way}", "phone_call", "041") for talk in REMOTE_TALKS for way in REMOTE),
    # a phone or video call
    *(
        (f"cuộc gọi {phone}", "phone_call", "041")
        for phone in ("điện thoại", "qua điện thoại", "video", "qua video")
    ),
    ("cuộc điện thoại với", "phone_call", "041"),
    ("gọi video", "phone_call", "041"),
    # visits: the visitor is the actor (PLOVER), CAMEO 042
    ("thăm", "visit", "042"),
    ("chuyến thăm", "visit", "042"),
    ("thăm, làm việc", "visit", "042"),
    ("viếng thăm", "visit", "042"),
    # a friendly visit, its manner dropped from the word as for "tiếp thân mật"; it keeps the
    # visit from the bare "thăm thân" (visiting one's family), a blocker
    ("thăm thân mật", "visit", "042"),
    # the kind of visit is part of the trigger ("thăm chính thức", "chuyến thăm cấp Nhà nước")
    *(
        (f"{noun}thăm {kind}", "visit", "042")
        for noun in ("", "chuyến ")
        for kind in (
            "chính thức",
            "hữu nghị chính thức",
            "cấp nhà nước",
            "hữu nghị",
            "cấp cao",
            "làm việc",
            "và làm việc",
        )
    ),
    ("chuyến công tác", "visit", "042"),
    ("chuyến công du", "visit", "042"),
    ("công du", "visit", "042"),
    # attending
    ("dự", "attend", None),
    ("tham dự", "attend", None),
    # "tham gia" (take part) attends only a gathering ("tham gia Liên hoan ...", "tham gia diễn
    # đàn"); joining a treaty, a delegation or negotiations is none
    *((f"tham gia {noun}", "attend", None) for noun in GATHERINGS),
    # a programme joined at the end of a trip ("sang tỉnh K tham gia chương trình ...")
    *((phrase, "attend", None) for phrase in TRIP_JOINED),
    # a delegation planned to go to a named place (sent_delegation.py)
    *((phrase, "visit", "042") for phrase in (*LED, *SENT)),
    # signing
    ("ký", "signing", "057"),
    ("ký kết", "signing", "057"),
    ("lễ ký", "signing", "057"),
    # the ceremony's whole noun ("Lễ ký kết Bản ghi nhớ"): the act word is "ký kết", not "ký"
    ("lễ ký kết", "signing", "057"),
    # a hand-over of signed papers at the ceremony is one too (paper_handing.py)
    ("trao đổi công hàm", "signing", "057"),
    # messages
    ("gửi điện mừng", "message", None),
    ("gửi điện chúc mừng", "message", None),
    ("gửi điện", "message", None),
    ("điện mừng", "message", None),
    ("gửi thư", "message", None),
    ("gửi thư chúc mừng", "message", None),
    ("thư chúc mừng", "message", None),
    ("điện chúc mừng", "message", None),
    ("thư mừng", "message", None),
    ("gửi thư mừng", "message", None),
    ("điện chia buồn", "message", None),
    ("thư chia buồn", "message", None),
    ("gửi điện chia buồn", "message", None),
    ("gửi thư chia buồn", "message", None),
    ("điện thăm hỏi", "message", None),
    ("gửi điện thăm hỏi", "message", None),
    ("thư thăm hỏi", "message", None),
    ("gửi thư thăm hỏi", "message", None),
    ("trao thư", "message", None),
    # a letter or cable of thanks, as its kin above ("gửi Thư cảm ơn", "Điện cảm ơn của X"),
    # in both spellings of the verb: in a headline it names the page's message
    *(
        (f"{send}{paper} {thanks}", "message", None)
        for send in ("", "gửi ")
        for paper in ("thư", "điện")
        for thanks in ("cảm ơn", "cám ơn")
    ),
    # "Trong thư, A bày tỏ ...": the bare noun, read in its context (letter_backrefs.py)
    *((noun, "message", None) for noun in BARE_LETTERS),
    # an entry in a condolence book ("viết sổ tang chia buồn"): the words are the message
    *((entry, "message", None) for entry in CONDOLENCE_BOOKS),
    # presenting credentials (credentials.py): envoy and head of state both take part
    *(
        (f"{noun}{act} {paper}", "other", None)
        for noun in ("", "lễ ")
        # the head of state's side of it: "nhận / tiếp nhận quốc thư của các Đại sứ"
        for act in ("trình", "nhận", "tiếp nhận")
        for paper in CREDENTIAL_PAPERS
    ),
    # a New-Year greeting trip ("sang chúc Tết", "đến chúc mừng năm mới") is a visit
    *(
        (f"{move} {greet}", "visit", "042")
        for move in ("sang", "đến", "tới")
        for greet in ("chúc mừng", "chúc tết")
    ),
    # other fieldwork
    ("khảo sát", "other", None),
    ("thị sát", "other", None),
    # an award handed to a foreign envoy, or a consul's exequatur ("trao Giấy chấp nhận lãnh
    # sự", the consular analogue of credentials): the giver and the receiver take part
    *((f"{verb} {paper}", "other", None) for verb in _HANDING for paper in _HANDED),
)

#: the remote sessions "với" one counterpart or "giữa" two (a count of parties after them is no
#: call)
REMOTE_WITH: Final = frozenset(
    (
        *(
            f"{noun} {way} {among}"
            for noun in VIDEO_MEETINGS
            for way in REMOTE
            for among in ("với", "giữa")
        ),
        *(f"{call} với" for call in PLAIN_CALLS),
    )
)

#: Phrases whose event word is shorter than the phrase matched (see ``Trigger.head``). The
#: vocabulary's own kinds ("tiếp xã giao", "thăm chính thức") are kept whole.
DEFAULT_HEADS: Final[Mapping[str, str]] = {
    "tiếp thân mật": "tiếp",
    "thăm thân mật": "thăm",
    **{f"tiếp tân {office}": "tiếp" for office in _NEW_OFFICES},
    "buổi tiếp sau": "tiếp",
    "tiếp chào xã giao": "tiếp",
    "tiếp chào từ biệt": "tiếp",
    "tiếp chào tạm biệt": "tiếp",
    "đối thoại chiến lược": "đối thoại",
    "đối thoại chính sách quốc phòng": "đối thoại",
    **{f"{noun} {way} giữa": f"{noun} {way}" for noun in VIDEO_MEETINGS for way in REMOTE},
    **{f"{noun} {way} với": f"{noun} {way}" for noun in VIDEO_MEETINGS for way in REMOTE},
    **{f"{call} với": call for call in PLAIN_CALLS},
    # the event word as written, with no "cuộc" and no manner ("cuộc tiếp xúc song phương
    # với" reports "tiếp xúc": README, round 3)
    **{c: " ".join(c.removeprefix("cuộc ").removeprefix("buổi ").split()[:2]) for c in CONTACTS},
    **{exchange: "trao đổi" for exchange in TOLD_EXCHANGES},
    "cuộc điện thoại với": "cuộc điện thoại",
    **{f"{verb} {paper}": verb for verb in _HANDING for paper in _HANDED},
    "trao đổi công hàm": "trao đổi",
    **{f"tham gia {noun}": "tham gia" for noun in GATHERINGS},
    **{phrase: "tham gia" for phrase in TRIP_JOINED},
    **{phrase: phrase.removeprefix("được ") for phrase in SENT},
}


def _entries_from(raw: Iterable[Any]) -> list[Trigger]:
    out: list[Trigger] = []
    for entry in raw:
        if isinstance(entry, Trigger):
            out.append(entry)
            continue
        head = None
        if isinstance(entry, Mapping):
            phrase, kind, cameo = entry.get("phrase"), entry.get("type"), entry.get("cameo")
            head = entry.get("head")
        elif isinstance(entry, (tuple, list)) and 2 <= len(entry) <= 3:
            phrase, kind = entry[0], entry[1]
            cameo = entry[2] if len(entry) == 3 else None
        else:
            raise ValueError(f"bad events.triggers entry {entry!r}: want (phrase, type[, cameo])")
        if not isinstance(phrase, str) or not phrase.strip():
            raise ValueError(f"events.triggers entry needs a phrase, got {entry!r}")
        if kind is not None and kind not in EVENT_TYPES:
            raise ValueError(f"events.triggers entry {phrase!r}: unknown type {kind!r}")
        out.append(
            Trigger(" ".join(fold(phrase).split()), kind, cameo, fold(head) if head else None)
        )
    return out


class TriggerTable:
    """The compiled trigger lexicon: one trie-shaped regex, longest phrase first."""

    def __init__(self, triggers: Iterable[Any]) -> None:
        by_phrase: dict[str, Trigger] = {}
        for trig in _entries_from(triggers):
            by_phrase[trig.phrase] = trig  # a later registration overrides an earlier one
        self.by_phrase: dict[str, Trigger] = by_phrase
        self.matcher = PhraseMatcher(by_phrase)

    def find(
        self, text: str, start: int = 0, end: int | None = None, lower: str | None = None
    ) -> Iterator[TriggerHit]:
        """Trigger hits (blockers dropped) in ``text[start:end]``, left to right.

        ``lower`` is ``patterns.lowered(text)`` when the caller has it already.
        """
        stop = len(text) if end is None else end
        low = lowered(text) if lower is None else lower
        # signed papers handed over at the ceremony, read in their context (paper_handing.py)
        papers = [_paper_hit(text, low, *p) for p in paper_hand_overs(low, start, stop)]
        if not papers:
            yield from self._table_hits(text, low, start, stop)
            return
        i = 0
        for hit in self._table_hits(text, low, start, stop):
            while i < len(papers) and papers[i].end <= hit.start:
                yield papers[i]
                i += 1
            if i < len(papers) and papers[i].start < hit.end:
                continue  # inside the hand-over, as the longer phrase wins in the table
            yield hit
        yield from papers[i:]

    def _table_hits(self, text: str, low: str, start: int, stop: int) -> Iterator[TriggerHit]:
        by_phrase = self.by_phrase
        for match in self.matcher.finditer(low, start, stop):
            found = match.group()
            # Usually already a key (single spaces): skip re-joining its words.
            trig = by_phrase.get(found)
            if trig is None:
                trig = by_phrase.get(" ".join(found.split()))
            s, e = match.span()
            if trig is None or trig.type is None:
                inner = self._capitalised_tail(text, s, found)
                if inner is not None:
                    yield inner
                continue
            if trig.phrase in COUNTED_WELCOMES and counted_crowd(low, e, trig.phrase):
                continue  # "đón tiếp 15 triệu lượt khách": a figure, nobody received
            if trig.phrase in REMOTE_WITH and counted_parties(low, e):
                continue  # "họp trực tuyến với 8 tỉnh": many parties, no call
            if trig.phrase in TRIP_JOINED and not joined_after_trip(low, s):
                continue  # "tham gia chương trình" at home: the programme names its own acts
            if trig.phrase in BARE_LETTERS and not bare_letter(low, s, e):
                continue  # "thư viện", "điện thoại": another word, no letter
            if trig.phrase in _SENDINGS and not planned_sending(text, low, s, e, trig.phrase):
                continue  # "dẫn đầu đoàn dự Hội nghị": the act is told by its own word
            yield TriggerHit(s, e, text[s:e], trig)

    def _capitalised_tail(self, text: str, start: int, found: str) -> TriggerHit | None:
        """A blocker whose later words are capitalised in the text is a trigger before a name or
        title ("tiếp Thị trưởng ...", not "tiếp thị"): the longest trigger it opens with."""
        space = found.find(" ")
        if space == -1 or not text[start + space + 1 : start + space + 2].isupper():
            return None  # the common case: "tiếp tục", "dự án" (a single space between words)
        if " ".join(found.split()) in ISSUED_BLOCKERS:
            return None  # "ký Quyết định số ...": a paper's name is capitalised, not a person
        words = found.split()
        head = len(found) - len(found.lstrip())
        for n in range(len(words) - 1, 0, -1):
            trig = self.by_phrase.get(" ".join(words[:n]))
            if trig is not None and trig.type is not None:
                end = start + found.find(words[n - 1], head) + len(words[n - 1])
                return TriggerHit(start, end, text[start:end], trig)
        return None


#: the planned delegations' phrases, checked in context (sent_delegation.py)
_SENDINGS: Final = frozenset((*LED, *SENT))


def _paper_hit(text: str, low: str, start: int, end: int, verb: str) -> TriggerHit:
    """The hit of a signed paper handed over, reported by its verb ("trao", "trao đổi")."""
    trig = Trigger(" ".join(low[start:end].split()), "signing", SIGNING_CAMEO, verb)
    return TriggerHit(start, end, text[start:end], trig)


#: "ký" is also written "kí" (the older i-spelling: "đã được kí", "kí kết"); each phrase with
#: the word gets the other spelling too, blockers included ("thư kí", "kí ức")
_KY: Final = re.compile(r"(?<!\w)ký(?!\w)")


def _with_ki_spelling(phrases: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(phrase, its table key) for each phrase and, when it holds "ký", its "kí" spelling."""
    for phrase in phrases:
        yield phrase, phrase
        if "ký" in phrase:
            variant = _KY.sub("kí", phrase)
            if variant != phrase:
                yield variant, phrase


def default_entries() -> list[Trigger]:
    """The first-party table as registry entries: triggers, then blockers."""
    by_phrase = {p: (t, c) for p, t, c in DEFAULT_TRIGGERS}
    out = []
    for phrase, key in _with_ki_spelling(by_phrase):
        kind, cameo = by_phrase[key]
        head = DEFAULT_HEADS.get(key)
        out.append(Trigger(phrase, kind, cameo, head if head is None or phrase == key else None))
    out.extend(Trigger(fold(p), None) for p, _ in _with_ki_spelling(BLOCKERS))
    return out


def table_for(registry: Registry | None) -> TriggerTable:
    """The compiled table for a registry, rebuilt only when the registry's version changes.

    A registry with no ``events.triggers`` entries (a runner with this plugin disabled but its
    functions called directly, or a bare Context in a test) gets the default table.
    """
    return lexicon(registry, LEXICON_KIND, TriggerTable, default_entries)
