"""Where the main event took place when its own sentence says nothing of it.

The place may come from a later sentence that opens with the event ("Lễ ký kết diễn ra tại
..."), the headline's "tại" phrase after the event's trigger, the welcome ceremony a paragraph
goes on from, or the earlier sentence that dates the event. Kept apart from the choice of the
main event (choice.py), which only calls these fallbacks in order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from vndiplo.place_prepositions import PLACE_PREPOSITION
from vndiplo_events.candidate import Candidate, SentenceFacts, frame_of
from vndiplo_events.ceremony_lists import follows_untold_ceremony
from vndiplo_events.cues import Cues
from vndiplo_events.finishing import with_roles
from vndiplo_events.held_at import held_at_place
from vndiplo_events.locations import line_places
from vndiplo_events.place_scope import in_subordinate_clause, opens_with_place
from vndiplo_events.places import Gazetteer
from vndiplo_events.restated_facts import restated_place, wished_visit_place
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = [
    "dateline_place",
    "facts_without_events",
    "headline_news_place",
    "headline_place",
    "place_of_dated_sentence",
    "place_of_the_welcome",
    "place_told_over_side",
    "took_place_at",
]

#: the place preposition of a later sentence that opens with the event: two words at most
#: before it ("Cuộc gặp tối 9/3 tại / ở Hà Nội ...")
_SHORT_AT: Final = re.compile(rf"(?:\s+[^\s,;.:]+){{0,2}}?\s+(?={PLACE_PREPOSITION.pattern})")


def headline_place(
    main: Candidate, headline: str, hits: Sequence[TriggerHit], gaz: Gazetteer
) -> Candidate:
    """The "tại" phrase the headline writes after a trigger of the main event's type, when the
    body gives the event no place. A message's topic or addressee ("gửi điện chia buồn về trận
    bão ở Mỹ", "gửi điện thăm hỏi tình hình lũ lụt ở X", "gửi thư tới bà con tại Y") places what
    it is about or whom it reaches, not the message."""
    for at, place in line_places(headline, gaz):
        # the nearest trigger before "tại" is the main event's: "thăm và làm việc tại X"
        nearest = [h for h in hits if h.end <= at]
        if nearest and nearest[-1].trigger.type == main.type:
            if main.type == "message" and _TOPIC.search(headline, nearest[-1].end, at):
                return main
            return main.but(location=place)
    return main


#: A word between a message's trigger and "tại": its topic or addressee, whose the place is.
_TOPIC: Final = re.compile(r"\w")


def headline_news_place(
    main: Candidate, headline: str, hits: Sequence[TriggerHit], gaz: Gazetteer
) -> Candidate:
    """The headline's first "tại" phrase after no event word ("... chúc Tết tại Long An"),
    when nothing in the body placed the main event: the headline says where its news
    happened. Only a named place ("giao lưu thanh niên tại các xã biên giới" names none)."""
    for at, place in line_places(headline, gaz):
        if any(h.end <= at for h in hits):
            return main
        if opens_with_place(place, 0, len(place), gaz):
            return main.but(location=place)
    return main


def took_place_at(
    view: ArticleView,
    cues: Cues,
    main: Candidate,
    candidates: Sequence[Candidate],
    facts_of: Mapping[int, SentenceFacts],
    gaz: Gazetteer,
) -> Candidate:
    """A main event with no place takes the one of a later sentence of its type that opens
    with the event and says where it took place ("Lễ ký kết diễn ra tại Hà Nội", "Cuộc hội
    đàm giữa hai Bộ trưởng được tổ chức tại ..."); a meeting's or talks' roles are then judged
    by that place."""
    place = _place_told_later(view, cues, main, candidates, facts_of, gaz)
    if place is not None:
        return _placed(view, main, place, facts_of, gaz)
    # "Các văn kiện được ký tại X", "chúc Đoàn có chuyến công tác tại X" (restated_facts.py)
    place = restated_place(view, main, gaz) or wished_visit_place(view, main, candidates)
    if place is not None:
        return main.but(location=place)
    # "A tiếp B. Buổi lễ diễn ra tại X": a generic occasion noun right after (held_at.py)
    place = held_at_place(view, main, candidates, gaz)
    return _placed(view, main, place, facts_of, gaz) if place is not None else main


def place_told_over_side(
    view: ArticleView,
    cues: Cues,
    main: Candidate,
    candidates: Sequence[Candidate],
    facts_of: Mapping[int, SentenceFacts],
    gaz: Gazetteer,
) -> Candidate:
    """A later sentence that opens with the event and says where it took place ("Buổi tiếp
    diễn ra vào chiều 5/3 tại Phủ Chủ tịch") wins over a place the main sentence gives only
    after its act or inside a frame: there it may be the other side's (an envoy's posting
    "Đại sứ X tại Việt Nam", a guest's "tới thăm và làm việc tại tỉnh Y") or the trip's
    ("Trong khuôn khổ chuyến thăm ... tại Nhật Bản"). A free place fronted before the act
    ("Chiều 5/3, tại C, A tiếp B") is the act's own and stays."""
    own = facts_of.get(main.sentence_index)
    if main.location is None or own is None or main.form != "reported":
        return main
    if any(
        loc.text == main.location
        and loc.end <= main.hit.start
        and frame_of(own.frames, loc.start) is None
        for loc in own.locations(view, gaz)
        if not loc.title
    ):
        return main
    place = _place_told_later(view, cues, main, candidates, facts_of, gaz)
    if place is None or place == main.location:
        return main
    return _placed(view, main, place, facts_of, gaz)


def _placed(
    view: ArticleView,
    main: Candidate,
    place: str,
    facts_of: Mapping[int, SentenceFacts],
    gaz: Gazetteer,
) -> Candidate:
    main = main.but(location=place)
    own = facts_of.get(main.sentence_index)
    if own is not None and main.type in ("meeting", "talks"):
        main = with_roles(view, main, own, gaz)
    return main


def _place_told_later(
    view: ArticleView,
    cues: Cues,
    main: Candidate,
    candidates: Sequence[Candidate],
    facts_of: Mapping[int, SentenceFacts],
    gaz: Gazetteer,
) -> str | None:
    """The place of the first later sentence of the main event's type that opens with the
    event and tells where it took place."""
    low = view.lower
    for cand in candidates:
        if (
            cand.form == "reported"
            or cand.sentence_index <= main.sentence_index
            or cand.type != main.type
        ):
            continue
        facts = facts_of[cand.sentence_index]
        if not cues.event_opens.fullmatch(low, facts.sentence.start, cand.hit.start):
            continue
        # "Buổi tiếp diễn ra": the reception's hit holds the verb of taking place itself
        after = cand.hit.end if low.endswith("diễn ra", cand.hit.start, cand.hit.end) else None
        took = cues.took_place.match(low, cand.hit.end, facts.sentence.end)
        if took is not None:
            after = took.end()
        elif after is None:
            # "Cuộc gặp tối 9/3 tại Hà Nội là dịp ...": a short time phrase, then the place
            short = _SHORT_AT.match(low, cand.hit.end, facts.sentence.end)
            after = short.end() if short is not None else None
        if after is None:
            continue
        place = next(
            (
                loc.text
                for loc in facts.locations(view, gaz)
                if not loc.title
                and loc.start >= after
                and frame_of(facts.frames, loc.start) is None
            ),
            None,
        )
        if place is not None:
            return place
    return None


def place_of_dated_sentence(
    view: ArticleView, main: Candidate, facts_of: Mapping[int, SentenceFacts], gaz: Gazetteer
) -> Candidate:
    """A main event dated by an earlier sentence (see
    :func:`~vndiplo_events.main_date.fallback_date`) of its paragraph, or the one just before,
    happened where that sentence says ("Trong khuôn khổ Hội nghị diễn ra tại Tokyo, sáng 20-4,
    A có nhiều cuộc tiếp xúc. Tiếp X, A khẳng định ...")."""
    ref = main.date
    if ref is None or ref.start >= view.sentences[main.sentence_index].start:
        return main
    index = main.sentence_index - 1
    while index >= 0 and view.sentences[index].start > ref.start:
        index -= 1
    if index < 0:
        return main
    # the same paragraph, or the sentence just before: a place paragraphs back is another scene
    same_block = view.sentences[index].block == view.sentences[main.sentence_index].block
    if not (same_block or _just_before(view, index, main.sentence_index)):
        return main
    facts = facts_of.get(index)
    if facts is None and (
        view.lower.startswith(_THEN, view.sentences[main.sentence_index].start)
        or follows_untold_ceremony(view, main.sentence_index, index != main.sentence_index - 1, gaz)
    ):
        # "Tại Phủ Chủ tịch, Lễ đón ... đã diễn ra. Sau đó, A và B hội đàm.": "then" keeps the
        # scene of the sentence before, even when that one holds no event word; so does the
        # attendee list right after a ceremony told without one (ceremony_lists.py)
        facts = facts_without_events(view, index)
    if facts is None:
        return main
    place = next(
        (
            loc.text
            for loc in facts.locations(view, gaz)
            if not loc.title
            and not _visited_place(main, facts, loc.at)
            # "trong khi / sau khi ... tại X, ..." places that clause's own act
            and not in_subordinate_clause(view.lower, facts.sentence, loc.at)
        ),
        None,
    )
    if place is None:
        return main
    main = main.but(location=place)
    own = facts_of.get(main.sentence_index)
    if own is not None and main.type in ("meeting", "talks"):
        main = with_roles(view, main, own, gaz)  # who travelled, judged by that place
    return main


#: a photo's file name left between paragraphs ("cv 1.jpg", "anh-2.png"): no sentence
_PHOTO_FILE: Final = re.compile(r"[\w .\-]{1,60}\.(?:jpe?g|png|gif|webp)", re.IGNORECASE)


def _just_before(view: ArticleView, index: int, main_index: int) -> bool:
    """The sentence at ``index`` is the one just before ``main_index``, past photo file names
    the page left between ("... tại Phủ Chủ tịch.\ncv 1.jpg\nA đã đón tiếp phái đoàn.")."""
    return all(
        _PHOTO_FILE.fullmatch(view.text[s.start : s.end].strip()) is not None
        for s in view.sentences[index + 1 : main_index]
    )


def _visited_place(main: Candidate, facts: SentenceFacts, at: int) -> bool:
    """The "tại" phrase at ``at`` is where a visit told just before it went ("Đoàn A tới thăm
    hữu nghị tại tỉnh B. Trong khuôn khổ chuyến thăm, đoàn A hội đàm với ..."): the
    trip's destination, not the place of ``main``, an act inside the trip (README round 11
    #7: the guest's visit "tại X" in the sentence before gives the talks no place). A reception
    welcoming the visit is held there, on the host's ground ("A đến thăm huyện B. Đón tiếp
    đoàn có ...")."""
    if main.type in ("visit", "reception"):
        return False
    before = [h for h in facts.hits if h.end <= at]
    return bool(before) and before[-1].trigger.type == "visit"


#: a sentence that goes on in the scene of the one before
_THEN: Final = ("sau đó", "ngay sau đó", "tiếp đó", "tiếp theo")


def facts_without_events(view: ArticleView, index: int) -> SentenceFacts:
    """What a sentence with no event word holds, for its "tại" phrases ("Tại Phủ Chủ tịch,
    Lễ đón chính thức ... đã diễn ra" when "Lễ đón" is no trigger there)."""
    sentence = view.sentences[index]
    stops = sorted(
        [m.start for m in view.mentions_in(sentence.start, sentence.end)]
        + [d.start for d in view.dates_in(sentence.start, sentence.end)]
    )
    return SentenceFacts(sentence, (), (), stops)


#: a paragraph that goes on from the welcome ceremony ("Sau lễ đón, hai bên hội đàm ...")
_AFTER_WELCOME: Final = ("sau lễ đón", "ngay sau lễ đón", "sau khi lễ đón", "tiếp sau lễ đón")


#: a bullet or dash before a paragraph's first word ("* Sau lễ đón", "- Ngay sau lễ đón")
_BULLET: Final = re.compile(r"[^\w\n]*")


def _opens_after_welcome(low: str, start: int) -> bool:
    """The sentence at ``start`` opens after the welcome, past a bullet if any."""
    bullet = _BULLET.match(low, start)
    return low.startswith(_AFTER_WELCOME, bullet.end() if bullet is not None else start)


def place_of_the_welcome(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """A main event in a paragraph that opens after the welcome ceremony ("Sau lễ đón, hai bên
    hội đàm. A và B cũng đã ký ...") took place where the ceremony did ("tại Nhà Quốc hội, A
    chủ trì Lễ đón chính thức B")."""
    sentences = view.sentences
    block = sentences[main.sentence_index].block
    index = main.sentence_index
    # "..., A chủ trì lễ đón B. Ngay sau lễ đón, hai bên hội đàm.": the event's own sentence
    while (
        not _opens_after_welcome(view.lower, sentences[index].start)
        and index > 0
        and sentences[index - 1].block == block
    ):
        index -= 1
    if not _opens_after_welcome(view.lower, sentences[index].start):
        return main
    opening = sentences[index].start
    welcome = [
        c
        for c in candidates
        if c.type == "reception"
        and c.form == "reported"
        and c.location is not None
        and c.hit.start < opening
    ]
    return main.but(location=welcome[-1].location) if welcome else main


#: a dateline before the lead: "VATICAN. ", "Tin New York – ", "HÀ NỘI (TTXVN) - ", and the wire
#: shapes with a state or country, a day or an agency after the city: "New York, New York.
#: (Reuters) – ", "Bắc Kinh, ngày 3/5 (TTXVN) - ", "Phnom Penh, 12/9 (VNA) – ", the agency
#: after a bare comma ("Washington, (Sputnik) - "); the city is the place (README round 7, AK9)
_DATELINE: Final = re.compile(
    # a hyphen inside a name ("NOVO-OGARYOVO") goes on; one with a space is the dash
    r"\s*(?:tin\s+)?(?P<place>[^\W\d](?:[^.,\-–—(:\n]|-(?=\w)){1,30}?"
    # its city in parentheses before the agency's: "BOCHAROV RUCHEI (Sochi) (Sputnik) - "
    r"(?:\s*\([^()\n]{1,30}\)(?=\s*[.,]?\s*\([^()\n]{1,20}\)))?)"
    r"(?:\s*,\s*[^\W\d][^.,\-–—(:\n\d]{1,30}?)?"  # its state or country
    r"(?:\s*,\s*(?:ngày\s+)?\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?)?"  # its day
    r"\s*(?:[.,]?\s*\([^()\n]{1,20}\)\s*(?:--|[.\-–—:])?|--|[.\-–—:])\s*$",
    re.IGNORECASE,
)
#: a dateline left at the start of the lead's sentence: one to four capitalised words, then a
#: dash with a space on each side ("Davos — Hôm thứ Hai, ..."); the place must be a known one
_OPENING_DATELINE: Final = re.compile(
    r"(?P<place>[^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*){0,5}) (?:--|[-–—]) (?=[^\W\d_])"
)
#: at most this many words in a dateline left at the start of the lead, unless all in capitals
_OPENING_WORDS: Final = 4
#: a generic word around a city's name in a dateline ("MEXICO CITY", "THÀNH PHỐ HUẾ")
_CITY_WORD: Final = re.compile(r"^(?:thành\s+phố|tp\.?)\s+|\s+city$", re.IGNORECASE)
#: a correspondent's credit opening the lead: "Theo phóng viên TTXVN tại Lima, ...", "Từ phóng
#: viên TTXVN tại Viêng Chăn: ..."
_CORRESPONDENT: Final = re.compile(
    r"[\W\d]*(?:theo|từ)\s+(?:đặc\s+phái\s+viên|phóng\s+viên|pv)"
    r"(?:\s+[^\s,:]+){0,3}?\s+(?:tại|ở|từ)\s+(?P<place>[^,;.:\n]{2,40}?)\s*[,:]",
)


#: a lead relayed from a correspondent ("Theo đặc phái viên TTXVN, ..."), with or without place
_RELAYED: Final = re.compile(r"[\W\d]*(?:theo|từ)\s+(?:đặc\s+phái\s+viên|phóng\s+viên|pv)\b")


def dateline_place(view: ArticleView, main: Candidate, gaz: Gazetteer) -> Candidate:
    """A main event with no place took place where the lead's dateline says: a place before
    the first sentence ("VATICAN. Sáng 11-12, ...", "Tin New York – ...") or a correspondent's
    credit opening it ("Theo phóng viên TTXVN tại Lima, ngày 9/6, ..."). A dateline
    is the outlet's word for where the news happened (benchmarks/realpages/README.md)."""
    if not view.sentences:
        return main
    text, first = view.text, view.sentences[0]
    line_start = text.rfind("\n", 0, first.start) + 1
    found = _DATELINE.fullmatch(text, line_start, first.start) if line_start < first.start else None
    relayed = _RELAYED.match(view.lower, first.start, first.end) is not None
    if found is None or relayed:
        # "Hà Nội (TTXVN) - Theo đặc phái viên TTXVN, ...": the dateline is the desk that
        # relays a travelling correspondent, who names his own place or none.
        found = _CORRESPONDENT.match(view.lower, first.start, first.end)
    if found is None:
        # "Davos — Hôm thứ Hai, ...": a city's; a country opens prose ("Việt Nam - Lào ...")
        found = _OPENING_DATELINE.match(text, first.start, first.end)
        words = found.group("place").split() if found is not None else []
        if (
            found is None
            or not all(w[:1].isupper() for w in words)
            or (len(words) > _OPENING_WORDS and not found.group("place").isupper())
        ):
            return main
        named = gaz.lookup(found.group("place"))
        if named is not None and named.kind == "country":
            return main
    place = text[found.start("place") : found.end("place")].strip()
    return main.but(location=place) if _known_place(place, gaz) else main


def _known_place(place: str, gaz: Gazetteer) -> bool:
    """A place the gazetteer knows, as written, in title case ("VATICAN" as "Vatican"), or
    without a generic word around the name ("KUWAIT CITY", "THÀNH PHỐ HUẾ"). A dateline in
    capitals may name a venue in a known city ("TÒA GIÁM MỤC HÀ NỘI") or put its city in
    parentheses ("BOCHAROV RUCHEI (Sochi)"): the outlet's place, as written."""
    bracket = _CITY_IN_BRACKET.fullmatch(place)
    if bracket is not None and bracket.group("name").isupper():
        return _known_place(bracket.group("city"), gaz)
    if place.isupper() and _known_tail(place, gaz):
        return True
    bare = _CITY_WORD.sub("", place).strip()
    return any(
        gaz.regex.fullmatch(form) is not None
        for name in dict.fromkeys((place, bare))
        if name
        for form in (name, name.title())
    )


#: "BOCHAROV RUCHEI (Sochi)": a place in capitals and its city in parentheses
_CITY_IN_BRACKET: Final = re.compile(r"(?P<name>[^()]+?)\s*\((?P<city>[^()]+)\)")


def _known_tail(place: str, gaz: Gazetteer) -> bool:
    """The last one to three words of a place in capitals, in title case, are a known city or
    region ("TÒA GIÁM MỤC HÀ NỘI": Hà Nội), after at least one word of the venue's own."""
    words = place.title().split()
    for n in range(1, min(3, len(words) - 1) + 1):
        tail = " ".join(words[-n:])
        named = gaz.lookup(tail) if gaz.regex.fullmatch(tail) is not None else None
        if named is not None and named.kind != "country":
            return True  # a country closing capitals is prose ("QUAN HỆ VIỆT NAM - LÀO")
    return False
