"""Which place phrase an event owns: the clause a "tại" sits in, and "ở" after the verb.

A place phrase governs the verb of its own clause. Three constructions put one next to an event
it does not govern, and one gives an event a place without "tại":

* **another clause's place**: a "tại" that follows a verb or a subject in its clause, with a
  comma before the event ("Sau khi dâng hoa tại tượng đài X, ông A gặp B"; "ông A đã thăm nhà
  máy tại Y, gặp B"; "sau lễ đón B tại Z, A hội đàm với B") places that earlier action. A
  fronted "tại" ("Sáng 9/9, tại Z, A gặp B") opens the clause and governs it.
* **a delegation's description**: between the delegation noun and "do X ... làm trưởng đoàn /
  dẫn đầu", a "tại" says where its members serve ("đoàn các nhà ngoại giao tại Hà Nội do bà X
  làm trưởng đoàn"), or is part of the head's title ("do ông Y, Trưởng phái đoàn ... tại
  Giơ-ne-vơ, làm trưởng đoàn").
* **"ở" right after the verb**: "hội đàm ở Thượng Hải với ...", "chuyến thăm ba ngày ở Lào":
  the event's place when the clause has no "tại" for it. Only a known place (a gazetteer
  name) counts: "ở" is also "at (a level)", "in (a field)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from attrs import evolve

from vndiplo_events.locations import Location, names_a_seat, place_end
from vndiplo_events.organisation_posts import ends_organisation_name
from vndiplo_events.places import Gazetteer
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = [
    "O_WORD",
    "governs_later_event",
    "guests_visit",
    "in_delegations",
    "in_relative_clause",
    "in_subordinate_clause",
    "in_topic_clause",
    "opens_with_place",
    "place_with_o",
]

#: a clause that opens on another action: "Sau khi ...", "Trước khi ...", "Khi ..."; "sau
#: đó", "trước hết" only order the story ("Sáng 14/3, sau đó tại X, A gặp B": X is the
#: meeting's), as in lead_place.py
_SUBORDINATE: Final = re.compile(
    r"[\W\d]*(?:(?:(?:tiếp|ngay|liền)\s+)?(?:sau|trước)(?!\s+(?:đó|này|hết|tiên)(?!\w))"
    # "trong khi giáo dân đang cầu nguyện tại X, ... thì A tới thăm": others' doings meanwhile
    r"|(?:trong\s+)?khi(?!\s+(?:đó|ấy)(?!\w)))(?!\w)"
)
#: an auxiliary: a verb of the clause comes before the "tại"
_AUXILIARY: Final = re.compile(r"(?<!\w)(?:đã|vừa|đang|sẽ|từng)\s")
#: a relative clause about a side set off by commas: ", người từng công tác tại X,", ", nơi ..."
_RELATIVE: Final = re.compile(r"\s*(?:người|nơi|là\s+người)\s")
_CLAUSE_BREAK: Final = re.compile(r"[,;:]")


def governs_later_event(
    view: ArticleView, sentence: Sentence, loc: Location, hit_start: int, hits: Sequence[TriggerHit]
) -> bool:
    """Whether the "tại" phrase ``loc``, before a trigger at ``hit_start``, is the trigger's:
    a fronted one is, one after a verb or subject of its own clause is not when a clause
    break comes between it and the trigger."""
    if not _CLAUSE_BREAK.search(view.text, loc.end, hit_start):
        return True
    low = view.lower
    tai = loc.at
    if in_subordinate_clause(low, sentence, tai):
        return False
    opening = max(sentence.start, *(low.rfind(p, sentence.start, tai) + 1 for p in (",", ";", ":")))
    verbs = [h for h in hits if opening <= h.start < tai]
    # "Tiếp tục chuyến thăm tại X, sáng nay A gặp B": the trip's place holds what it frames
    if any(h.trigger.type == "visit" for h in verbs):
        return True
    return not (
        verbs
        or _AUXILIARY.search(low, opening, tai)
        or _RELATIVE.match(low, opening, tai)
        or view.mentions_in(opening, tai)
        or _clause_of_its_own(view, opening, tai)
    )


#: what may come before a fronted "tại" in the clause it opens for the act: a time or a
#: sequence word ("Sau đó, tại", "Cũng tại", "Hôm nay tại"), the trip the act is part of ("Trong
#: chuyến thăm ... tại", "Tiếp tục chương trình ... tại")
_SCENE_OPENER: Final = re.compile(
    r"[\W\d]*(?:trong|tiếp\s+tục|tiếp\s+theo|tiếp\s+đó|sau\s+đó|ngay\s+sau\s+đó|tại|ở|vào"
    r"|cũng|chính|cùng|và|còn|đồng\s+thời|hôm|lúc|đúng|khoảng|theo\s+giờ"
    # a time the dates stage did not read ("Đầu tuần này tại X", "Mới đây tại Y")
    r"|sáng|chiều|tối|trưa|đêm|ngày|tuần|tháng|năm|đầu|cuối|giữa|mới\s+đây|gần\s+đây)(?!\w)"
)


def _clause_of_its_own(view: ArticleView, opening: int, tai: int) -> bool:
    """The words before the "tại" at ``tai`` in its clause are content of their own, neither a
    date nor a time, sequence or trip word: "Thực hiện Biên bản ghi nhớ (ký) tại Hội nghị X, A
    tiếp B", "Bản ghi nhớ về ... tại Y, ...": the place is that clause's, not the act's."""
    low = view.lower
    start = opening
    while start < tai and not low[start].isalnum():
        start += 1
    if start >= tai:
        return False
    if any(d.start <= start for d in view.dates_in(opening, tai)):
        return False  # "Chiều 5/3 (giờ địa phương) tại X"
    return _SCENE_OPENER.match(low, start, tai) is None


def in_subordinate_clause(low: str, sentence: Sentence, tai: int) -> bool:
    """The "tại" at ``tai`` sits in a clause that opens on another action ("Sau khi dự hội nghị
    tại X, ...", "Tiếp sau chuyến thăm Y và hoạt động tại Z, ..."): that action's place."""
    opening = max(sentence.start, *(low.rfind(p, sentence.start, tai) + 1 for p in (",", ";", ":")))
    return _SUBORDINATE.match(low, opening, tai) is not None


#: a clause about a person that tells an act of their own, already done: a relative pronoun
#: ("người", "nơi") or a past auxiliary ("vừa", "từng", "đã") in the clause's first five words
#: ("B, ông vừa ...", "B, nguyên là sinh viên từng học ..."). Not "mới" ("Trung tâm đổi mới ...
#: tại X", "Đại sứ ... mới nhận nhiệm vụ tại X" describe the side) nor "nhỏ và vừa" (a size).
_OWN_PAST_ACT: Final = re.compile(
    r"\s*(?:người|nơi)\s|\s*(?:\w+\s+){0,4}?(?<!và\s)(?:đã|vừa|từng)\s"
)


def in_relative_clause(low: str, hit_end: int, tai: int) -> bool:
    """Whether the "tại" at ``tai``, after an event word ending at ``hit_end``, sits in a clause
    of its own set off by a comma that tells another, earlier act of a side: "A tiếp B, người
    vừa trình quốc thư tại X", "A tiếp B, người từng học tập tại Y". That act's place is not
    the event's. A "tại" right after the comma ("A tiếp B, tại X") and a clause with no past
    act ("B, đang thăm Việt Nam, tại X") still place the event."""
    comma = max(low.rfind(",", hit_end, tai), low.rfind(";", hit_end, tai))
    return comma != -1 and _OWN_PAST_ACT.match(low, comma + 1, tai) is not None


#: what opens the topic of an act ("điện đàm với B liên quan đến phát biểu của C tại X", "trao
#: đổi về tình hình tại Y"): a place after it is the topic's, not the act's
_TOPIC: Final = re.compile(
    r"(?<!\w)(?:liên\s+quan\s+(?:đến|tới)|xung\s+quanh|(?:về|đối\s+với)\s+(?:việc|vụ|tình\s+hình"
    r"|sự\s+kiện|sự\s+việc)|(?:phát\s+biểu|tuyên\s+bố|phát\s+ngôn|bài\s+viết|bình\s+luận)\s+của)"
    r"(?!\w)"
)


def in_topic_clause(low: str, hit_end: int, tai: int) -> bool:
    """Whether the "tại" at ``tai``, after an event word ending at ``hit_end``, sits in the
    act's topic, opened in the same clause ("liên quan đến", "về việc", "phát biểu của")."""
    clause = max(hit_end, low.rfind(",", hit_end, tai) + 1, low.rfind(";", hit_end, tai) + 1)
    return _TOPIC.search(low, clause, tai) is not None


#: the head of a delegation, closing its description: "... làm trưởng đoàn", "... dẫn đầu"
#: (not "dẫn đầu đoàn", where the head is the subject)
_HEAD_CLOSER: Final = re.compile(r"(?<!\w)(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu(?!\s+(?:đoàn|các)))")
_DELEGATION: Final = re.compile(r"(?<!\w)đoàn(?!\s+kết)(?!\w)")
_LED_BY: Final = re.compile(r"(?<!\w)(?<!tự\s)do(?!\w)")


def in_delegations(
    view: ArticleView, sentence: Sentence, locations: list[Location], hits: Sequence[TriggerHit]
) -> list[Location]:
    """``locations`` with those inside a delegation's description marked as titles."""
    low = view.lower
    out = []
    for loc in locations:
        if not loc.title and _describes_delegation(low, sentence, loc, hits):
            loc = evolve(loc, title=True)
        out.append(loc)
    return out


def _describes_delegation(
    low: str, sentence: Sentence, loc: Location, hits: Sequence[TriggerHit]
) -> bool:
    """Whether ``loc`` lies between a delegation noun and the "do X ... làm trưởng đoàn" that
    names its head, with no event verb in between."""
    closer = _HEAD_CLOSER.search(low, loc.end, sentence.end)
    if closer is None:
        return False
    bound = max((h.end for h in hits if h.end <= loc.start), default=sentence.start)
    if any(loc.end <= h.start < closer.start() for h in hits):
        return False
    led = _LED_BY.search(low, bound, closer.start())
    noun = _DELEGATION.search(low, bound, loc.start)
    return led is not None and noun is not None and noun.start() < led.start()


#: what may stand between an event word and its "ở": a length of stay, a grade of visit
_O_AFTER: Final = re.compile(
    r"(?:\s+(?:\d+|một|hai|ba|bốn|năm|sáu|bảy)\s+(?:ngày|tuần)"
    r"|\s+(?:chính\s+thức|cấp\s+nhà\s+nước|hữu\s+nghị|làm\s+việc|song\s+phương|riêng))*"
    r"\s+ở\s+(?=\w)"
)


def place_with_o(
    view: ArticleView,
    sentence: Sentence,
    hit_end: int,
    gaz: Gazetteer,
    hits: Sequence[TriggerHit] = (),
) -> str | None:
    """The "ở" phrase right after an event word ("hội đàm ở Bắc Kinh với ..."), or after the
    event's object or date in the same clause ("hội đàm với ông A ở Sochi", "tiếp ông B chiều
    25/5 ở Hà Nội"), if it names a known place."""
    found = _O_AFTER.match(view.lower, hit_end, sentence.end)
    start = found.end() if found is not None else _o_after_object(view, sentence, hit_end, hits)
    if start is None:
        return None
    end = place_end(view.text, view.lower, start, sentence.end, gaz)
    if end is None or gaz.regex.search(view.text, start, end) is None:
        return None
    if found is None and not opens_with_place(view.text, start, end, gaz):
        return None  # after the object, only a place by name ("ở thành phố Huế")
    if _organisation_office(view.text, start, end, gaz):
        return None
    return view.text[start:end]


def _organisation_office(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """The country after "ở" ends an organisation's name ("Chủ tịch EuroCham ở Việt Nam"):
    its office there, as after "tại" (organisation_posts.py)."""
    o_word = text.rfind("ở", 0, start)
    before = text[max(0, o_word - 60) : o_word].rsplit(",", 1)[-1]
    return (
        ends_organisation_name(before) and gaz.country_regex.fullmatch(text, start, end) is not None
    )


#: an administrative unit before a place's name ("thành phố Huế", "thủ đô Hà Nội")
_UNIT: Final = re.compile(r"(?:thủ\s+đô|thành\s+phố|tp\.?|tỉnh|bang|quận|huyện)\s+", re.IGNORECASE)


def opens_with_place(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """A known place opens ``[start, end)``, after an administrative unit if any."""
    unit = _UNIT.match(text, start, end)
    return gaz.regex.match(text, unit.end() if unit else start, end) is not None


#: "ở" as a word, with the spaces after it
O_WORD: Final = re.compile(r"(?<!\w)ở\s+(?=\w)")
_CLAUSE_END: Final = re.compile(r"[,;:.()\n“”\"]")


def _o_after_object(
    view: ArticleView, sentence: Sentence, hit_end: int, hits: Sequence[TriggerHit]
) -> int | None:
    """Where the place opens when an "ở" follows the event's object or date in the event's own
    clause: the word before "ở" ends a person's name or a date, no punctuation and no other
    event word stand between. After any other word, "ở" says where that noun is ("nhà đầu tư
    ở Việt Nam", "tình hình ở Biển Đông"), not where the event is."""
    low = view.lower
    punct = _CLAUSE_END.search(low, hit_end, sentence.end)
    clause_end = punct.start() if punct is not None else sentence.end
    found = O_WORD.search(low, hit_end, clause_end)
    if found is None or any(hit_end <= h.start < found.start() for h in hits):
        return None
    before = found.start()
    while before > hit_end and low[before - 1].isspace():
        before -= 1
    near = view.mentions_in(hit_end, before)
    ends_name = any(m.end == before for m in near)
    ends_date = any(d.end == before for d in view.dates_in(hit_end, before))
    site = _visited_site(view.text, hit_end, before, hits)
    return found.end() if ends_name or ends_date or site else None


#: the head noun of a visited site written in lower case ("thăm nhà máy ở Cần Thơ")
_SITE_HEAD: Final = re.compile(
    r"\s*(?:nhà\s+máy|khu|trường|học\s+viện|đại\s+học|bảo\s+tàng|trung\s+tâm|công\s+ty"
    r"|tập\s+đoàn|cảng|di\s+tích|làng|đền|chùa|viện|bệnh\s+viện|trang\s+trại|dự\s+án)(?!\w)"
)


#: a possessive or relative clause inside the site: "ở" then belongs to its inner noun
_INNER_NOUN: Final = re.compile(r"(?<!\w)(?:của|do|mà|cho|với|về)(?!\w)")


def _visited_site(text: str, hit_end: int, before: int, hits: Sequence[TriggerHit]) -> bool:
    """README round 6, "Places": the object of a visit word is the visited site, and "ở X"
    after it ("thăm Nhà máy điện gió ở Bạc Liêu") is where the visit is, as "tại X" is. The
    site opens right after the visit word with a capital or a site's head noun."""
    if not any(h.end == hit_end and h.trigger.type == "visit" for h in hits):
        return False
    gap = text[hit_end:before]
    if not gap.strip() or len(gap) > 80 or _INNER_NOUN.search(gap.lower()):
        return False  # "thăm nhà máy của các nhà đầu tư ở Nhật Bản": the investors' place
    first = gap.lstrip()
    return first[0].isupper() or _SITE_HEAD.match(gap.lower()) is not None


#: "đón đoàn đến thăm", "tiếp Bộ trưởng A sang thăm": the guest's coming, right before a visit
_COMING: Final = re.compile(r"(?:đến|sang|tới|qua)\s+$")


def guests_visit(low: str, event_type: str | None, hit: TriggerHit, place: str) -> bool:
    """Whether ``hit`` is the visit of the guest a reception welcomes to a seat ("tiếp B đến
    thăm và làm việc tại Trụ sở Bộ"): that building is the reception's place. A city, province
    or country there is the guest's trip's, not the reception's (README round 8 #22)."""
    if event_type != "reception" or hit.trigger.type != "visit" or not names_a_seat(place):
        return False
    coming = _COMING.search(low, max(0, hit.start - 8), hit.start)
    if coming is None:
        return False
    # "tiếp Đoàn ... do B dẫn đầu đến thăm và làm việc tại X": the trip told in the
    # delegation's description is the other side's frame, not the reception's place (D22)
    return _LED_COMING.search(low, max(0, coming.start() - 40), coming.start()) is None


#: the head of a delegation named right before its coming: "do B dẫn đầu đến", "do B làm
#: trưởng đoàn sang", "do B làm trưởng đoàn, đến thăm"
_LED_COMING: Final = re.compile(r"(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn)\s*,?\s+$")
