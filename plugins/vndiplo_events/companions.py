"""Who is named beside an event's sides but is none: a spouse beside a principal ("A và Phu
nhân B"), the leader an envoy speaks for ("Đặc phái viên của Chủ tịch nước X"), the one a
condolence message mourns ("nhận được tin X ... từ trần"), the leader a delegation accompanies
("tháp tùng Tổng Bí thư X")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.namesakes import is_namesake
from vndiplo_events.patterns import word_start
from vndiplo_events.possessors import in_possessor_complement
from vndiplo_events.view import ArticleView, Mention

__all__ = [
    "in_escort_list",
    "is_accompanied",
    "is_bare_spouse",
    "is_companion",
    "is_escorted",
    "is_mourned",
    "principals",
    "titled_sides",
]


def principals(low: str, mentions: Sequence[Mention], *, floor: int | None = None) -> list[Mention]:
    """``mentions`` (``low``: the lower-cased text) without spouses named beside a principal,
    the leader an envoy speaks for ("Đặc phái viên của Tổng Bí thư, Chủ tịch nước Lào X"), the
    one mourned ("nhận được tin X qua đời") and the one an occasion or a place is named after
    ("dự lễ kỷ niệm sinh nhật Quốc vương X", :mod:`vndiplo_events.namesakes`). Plain string
    tests in a window around each mention come first; the regexes run only where they can
    match. A person inside the "của" complement of a noun that is not the act ("Đặc phái viên
    của Tổng thống X", possessors.py) is left out too; ``floor`` is where the mentions' range
    starts (a relation word before it governs nobody in the range; None: the first mention's
    own start)."""
    kept = []
    previous = floor
    for m in mentions:
        start = m.start
        lower_bound = start if previous is None else previous
        previous = m.end
        if in_possessor_complement(low, lower_bound, start, m.person):
            continue
        if is_companion(low, start - 24, start) or is_mourned(low, m):
            continue
        if is_bare_spouse(low, start, m.end) or is_namesake(low, start):
            continue
        far = start - 90 if start > 90 else 0
        if is_accompanied(low, far, start) or is_escorted(low, far, start):
            continue
        kept.append(m)
    return kept


#: "tháp tùng <titles> X": X leads the trip the side accompanies, and is no side of its event
#: (the leader's names end at the trip's verb: "tháp tùng X thăm Brazil, ..., Y hội đàm")
_ACCOMPANIED: Final = re.compile(
    r"(?<!\w)tháp\s+tùng\s+(?:(?!(?<!\w)(?:thăm|sang|tới|đến|dự)(?!\w))[^;.:()]){0,70}$"
)
#: "tin X, nguyên Thủ tướng, qua đời": the one mourned
_MOURNED: Final = re.compile(r"[^.;:]{0,60}?(?<!\w)(?:qua\s+đời|từ\s+trần|tạ\s+thế)(?!\w)")


#: the news of a death opening before the name: "Được tin Ngài X, <titles> đã từ trần", "nhận
#: được tin ông X ...", "hay tin": a long row of past offices may stand before the verb; the
#: name may be the one written again in brackets ("Được tin Ngài X (Y), ...")
_NEWS_OF: Final = re.compile(
    r"(?<!\w)(?:được|nhận|hay|nghe)\s+tin\s+(?:[^\s.;:,()]+\s+){0,2}"
    r"(?:[^.;:,()]{1,40}\(\s*(?:[^\s.;:,()]+\s+){0,2})?$"
)
#: how far the death verb may come after a name the news opens on
_NEWS_REACH: Final = 200
_MOURNED_NEWS: Final = re.compile(r"[^.;:]{0,180}?(?<!\w)(?:qua\s+đời|từ\s+trần|tạ\s+thế)(?!\w)")


def _mourned(low: str, end: int, start: int | None = None) -> bool:
    """The person just named has died ("tin ông X, nguyên Thủ tướng, qua đời"): the message
    mourns them, they take no part. ``start``: where the name begins; after "Được tin" the
    verb may come after a long row of titles."""
    stop, mourned = end + 80, _MOURNED
    if start is not None and _NEWS_OF.search(low, max(0, start - 80), start) is not None:
        stop, mourned = end + _NEWS_REACH, _MOURNED_NEWS
    return (
        low.find("qua đời", end, stop) != -1
        or low.find("từ trần", end, stop) != -1
        or low.find("tạ thế", end, stop) != -1
    ) and mourned.match(low, end, stop) is not None


#: "ghi sổ tang cố Thủ tướng X", "viếng Chủ tịch nước X", "chia buồn về sự ra đi của X",
#: "ghi sổ tang Tổng Bí thư X", "gia đình cố Tổng Bí thư X": the one mourned, named after the
#: act with only titles between: a conjunction, a preposition or a new act ends the reach
#: ("dự lễ tưởng niệm nạn nhân và gặp Bộ trưởng X": X is met). "cố" only before an office or
#: an honorific ("cố gắng", "cố vấn" are other words); "viếng thăm" is a visit; after "sổ tang"
#: only when no "với"/"tới"/"gửi" comes between ("viết sổ tang chia buồn với Đại sứ X": X is
#: the addressee). A family or a memorial (group "kin") names the dead only when the clause
#: says someone died (``_DEATH_SIGN``): "tiếp gia đình Đại sứ X" receives a living envoy.
_MOURNING_WORDS: Final = ("cố ", "viếng", "sự ra đi", "tưởng n", "tiếc", "tang", "gia đình")
_OFFICE_AFTER_CO: Final = (
    r"cố\s+(?=(?:thủ|tổng|chủ|quốc|nhà|nữ|hoàng|bộ|đại|lãnh|nguyên|phó|ông|bà|đồng|ngài)(?!\w))"
)
_TITLES_ONLY: Final = (
    r"(?:\s+(?:(?!(?<!\w)(?:và|với|gặp|hội\s+đàm|theo|cùng|tiếp|đã|sẽ|đang|vừa|khi|sau|trước)"
    r"(?!\w))[^;.:(),]){0,60})?\s*$"
)
_MOURNED_BEFORE: Final = re.compile(
    r"(?<!\w)(?:" + _OFFICE_AFTER_CO + r"|viếng(?!\s+thăm)|sự\s+ra\s+đi\s+của|"
    r"thương\s+tiếc|tiếc\s+thương|lễ\s+tang|tang\s+lễ|quốc\s+tang|"
    r"(?P<kin>tưởng\s+(?:niệm|nhớ)|gia\s+(?:đình|quyến)))"
    + _TITLES_ONLY
    + r"|(?<!\w)sổ\s+tang(?:(?!(?<!\w)(?:với|tới|gửi|và)(?!\w))[^;.:(),]){0,60}$"
)
#: words that say the one a family or a memorial is named for has died
_DEATH_SIGN: Final = re.compile(
    r"(?<!\w)(?:" + _OFFICE_AFTER_CO + r"|qua\s+đời|từ\s+trần|tạ\s+thế|từ\s+biệt|"
    r"ra\s+đi|hy\s+sinh|tang|viếng(?!\s+thăm)|chia\s+buồn|phân\s+ưu|vòng\s+hoa|"
    r"dâng\s+(?:hoa|hương)|lăng|di\s+hài|linh\s+cữu|an\s+táng)(?!\w)"
)


def titled_sides(view: ArticleView, start: int, end: int) -> tuple[Person, ...]:
    """The persons named by a title alone in ``[start, end)`` (``ArticleView.titled_in``) but
    the one mourned there ("ghi sổ tang Tổng Bí thư X"): a late leader is no other side."""
    low = view.lower
    mourned = {m.person.name for m in view.mentions_in(start, end) if is_mourned(low, m)}
    return tuple(p for p in view.titled_in(start, end) if p.name not in mourned)


def is_mourned(low: str, mention: Mention) -> bool:
    """The person named at ``mention`` is the one mourned ("tin X qua đời", "ghi sổ tang cố
    Thủ tướng X"): no side of any event."""
    return _mourned(low, mention.end, mention.start) or _mourned_before(
        low, mention.start, mention.end
    )


def _mourned_before(low: str, start: int, end: int) -> bool:
    """The person at ``[start, end)`` is the one mourned, named after the act of mourning
    ("viết sổ tang tưởng niệm cố Thủ tướng X"): plain finds in a short window before the
    regex; a family or a memorial only in a clause that tells of a death."""
    far = start - 70 if start > 70 else 0
    if not any(low.find(w, far, start) != -1 for w in _MOURNING_WORDS):
        return False
    found = _MOURNED_BEFORE.search(low, far, start)
    if found is None:
        return False
    if found.group("kin") is None:
        return True
    return _tells_of_a_death(low, found.start(), end)


def _tells_of_a_death(low: str, start: int, end: int) -> bool:
    """The clause around ``[start, end)`` (to the sentence's marks, at most 120 characters
    either side) says someone died ("gia đình cố Thủ tướng X", "lễ tưởng niệm ông X, người
    vừa từ trần")."""
    far = max(0, start - 120)
    left = max(low.rfind(".", far, start), low.rfind(";", far, start), low.rfind("\n", far, start))
    stop = min(len(low), end + 120)
    right = min((i for i in (low.find(c, end, stop) for c in ".;\n") if i != -1), default=stop)
    return _DEATH_SIGN.search(low, left + 1 if left != -1 else far, right) is not None


#: a spouse named beside a principal: "A và Phu nhân B", "A cùng Công nương B"
_SPOUSE: Final = r"\s+(?:phu\s+nhân|phu\s+quân|công\s+nương|hoàng\s+hậu)\s+$"
_COMPANION: Final = re.compile(word_start("và" + _SPOUSE, "cùng" + _SPOUSE))
_SPOUSE_TAILS: Final = ("phu nhân ", "phu quân ", "công nương ", "hoàng hậu ")


def is_companion(low: str, start: int, pos: int) -> bool:
    """A spouse's title and "và"/"cùng" before ``pos`` (a suffix test before the regex)."""
    start = max(0, start)
    return (
        low.endswith(_SPOUSE_TAILS, start, pos) and _COMPANION.search(low, start, pos) is not None
    )


def is_accompanied(low: str, far: int, pos: int) -> bool:
    """The person at ``pos`` is the leader a delegation accompanies ("Nhân dịp tháp tùng Tổng Bí
    thư, Chủ tịch nước X thăm Cuba, ... đã hội đàm"): a plain find before the regex."""
    return low.find("tháp tùng", far, pos) != -1 and _ACCOMPANIED.search(low, far, pos) is not None


#: "cùng đi với đoàn có X", "đi cùng Chủ tịch có X", "tháp tùng có X": X only travels with
#: the side (an inserted clause or its own sentence) and is none. The list runs on through
#: commas but never past the event's verb ("..., cùng đi có A, đã gặp B": B is a side).
_ESCORTING: Final = re.compile(
    r"(?<!\w)(?:cùng\s+đi|đi\s+cùng|tháp\s+tùng)(?:\s+(?:với\s+)?[^,;.:()]{1,50}?)?\s+(?:còn\s+)?có\s+"
    r"(?:(?!(?<!\w)(?:đã|sẽ|đang|vừa|gặp|hội|tiếp|thăm|dự|làm\s+việc)(?!\w))[^;.:()]){0,100}$"
)


def is_escorted(low: str, far: int, pos: int) -> bool:
    """The person at ``pos`` is listed as travelling with a side ("cùng đi với đoàn có X")."""
    return (
        low.find("cùng", far, pos) != -1 or low.find("tháp tùng", far, pos) != -1
    ) and _ESCORTING.search(low, far, pos) is not None


#: a sentence that opens on escorting: "Tháp tùng Chủ tịch X thăm chính thức Việt Nam có ...",
#: "Cùng đi với Thủ tướng trong chuyến thăm lần này có ..."
_ESCORT_OPENING: Final = re.compile(r"[\W_]*(?:tháp\s+tùng|cùng\s+đi|đi\s+cùng)(?!\w)")
#: the "có" that introduces the companions, with no aspect word (a verb of the escort's own)
#: before it: "Tháp tùng X thăm Y có A, B"
_ESCORT_HAS: Final = re.compile(r"[^.;:!?]{0,200}?(?<!\w)(?:còn\s+)?có(?!\w)")
_ASPECT: Final = re.compile(r"(?<!\w)(?:đã|sẽ|đang|vừa)(?!\w)")


def in_escort_list(low: str, start: int, end: int, hit_start: int) -> bool:
    """The trigger at ``hit_start`` names the trip of the one escorted, in a sentence
    ``[start, end)`` that lists who escorts him ("Tháp tùng Chủ tịch X thăm chính thức Việt Nam
    có ông A, Thứ trưởng ..."): the trip is told elsewhere and the companions are no side."""
    opening = _ESCORT_OPENING.match(low, start, hit_start)
    if opening is None or _ASPECT.search(low, opening.end(), hit_start):
        return False
    has = _ESCORT_HAS.match(low, hit_start, end)
    return has is not None and not _ASPECT.search(low, hit_start, has.end())


_SPOUSE_WORDS: Final = frozenset(t.strip() for t in _SPOUSE_TAILS)


def is_bare_spouse(low: str, start: int, end: int) -> bool:
    """A mention that is a spouse's title alone, after "và"/"cùng" ("A và Phu nhân cùng B và
    Phu nhân đi dạo"): the spouse the titles stage resolved it to travels along, no side."""
    return low[start:end] in _SPOUSE_WORDS and low.endswith(
        ("và ", "cùng "), max(0, start - 6), start
    )
