"""Where: the "tại ..." locations of a sentence, a headline's places, and where a place ends.

Rules (see docs/plugins/events.md):

* A *location* is the phrase after a place preposition ("tại", or "ở" before a place: see
  vndiplo.place_prepositions), cut at punctuation, at a function word that starts the
  next clause ("đã", "vào", "sáng", "nhằm" ...), at a date, a person or an event verb. A country
  named after a comma belongs to it ("tại thành phố Nam Ninh, Trung Quốc"). A "tại" inside a title
  ("Đại sứ Việt Nam tại Trung Quốc Phạm Thanh Bình") is no location.

Frames and dates, the other attributes of a candidate, are frames.py's and event_dates.py's:
where a place name ends is a question of its own, shared by the places of scope
(place_scope.py) and of the headline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from vndiplo.place_prepositions import PLACE_PREPOSITION, o_opens_place, tells_residence
from vndiplo_events.country_phrases import (
    STATE_STYLE,
    bracketed_place,
    bracketed_units,
    ends_phrase,
    named_country,
    spaces,
    styled_country,
    with_bracket,
)
from vndiplo_events.news_clause import in_news_clause
from vndiplo_events.organisation_posts import ends_organisation_name
from vndiplo_events.patterns import lowered
from vndiplo_events.place_dots import dot_goes_on
from vndiplo_events.places import Gazetteer
from vndiplo_events.sentences import Sentence
from vndiplo_events.speech_places import SPEECH_AFTER_AND
from vndiplo_events.view import ArticleView

__all__ = ["Location", "find_locations", "line_places", "names_a_seat", "place_end"]


@frozen
class Location:
    """A "tại" (or place "ở") phrase: the span of the place name; ``at`` is where the
    preposition starts."""

    start: int
    end: int
    text: str
    title: bool
    at: int


#: "tại sao" (why), "tại vì" (because), "tại đâu" (where?), "tại chỗ" (on the spot): no place
#: in lower case ("tại Sao Đỏ" is one), nor in a headline in capitals ("TẠI SAO ...")
_NOT_PLACE_AFTER_TAI: Final = re.compile(r"(?:sao|vì|đâu|chỗ)(?!\w)")
#: "nhân" stops a place as "nhân dịp", not inside a name ("Đại lễ đường Nhân dân"); "có"
#: (those present) and "về phía" (a side) after the place open the list of who was there
_STOP: Final = re.compile(
    # "sáng tạo", "tối cao" inside a name ("Trung tâm Đổi mới sáng tạo", "Tòa án nhân dân tối
    # cao") are no part of day
    r"[,;.()\n:“”\"]| (?=[-–]\s)|\s(?:đã|sẽ|đang|vừa|vào|sáng(?!\s+(?:tạo|lập))|chiều"
    r"|tối(?!\s+cao)|trưa|đêm|ngày|hôm|lúc|từ"
    r"|nhân(?!\s+dân)|nhằm|để|theo|với|cùng|khi|sau|trước|trong|và\s+(?:đã|sẽ)"
    # "tại X và khẳng định ...": a reporting verb opens what is said (speech_places.py)
    rf"|{SPEECH_AFTER_AND}"
    # "Đón X tại sân bay (về phía Y) có A, B": who was there, no part of the place
    r"|có|về\s+phía"
    # "có mặt tại X bắt đầu hội đàm": an aspect verb opens the act, after the place
    r"|bắt\s+đầu|tiến\s+hành"
    # "tại X do Y chủ trì": the host, not the place ("Quảng trường Tự Do" is a name)
    r"|do(?<!tự\sdo))(?!\w)",
)
_TITLE_WORDS: Final = (
    r"(?:Đại\s+sứ|Đại\s+sứ\s+quán|Lãnh\s+sự|Tổng\s+Lãnh\s+sự|Đại\s+biện|Tùy\s+viên|thường\s+trú"
    r"|Phái\s+đoàn|Cơ\s+quan\s+đại\s+diện|Trưởng\s+Đại\s+diện|Văn\s+phòng|phóng\s+viên|TTXVN"
    r"|Đại\s+diện|Trưởng\s+đại\s+diện|nhiệm\s+kỳ(?:\s+công\s+tác)?"
    # the diplomatic corps posted in a country ("Đoàn Ngoại giao các nước tại Việt Nam")
    r"|Đoàn\s+Ngoại\s+giao|Ngoại\s+giao\s+đoàn|(?:cơ\s+quan|nhà)\s+ngoại\s+giao"
    r"|tổ\s+chức\s+quốc\s+tế)"
)


#: the posts whose seat a "tại" set off by a comma after them may give (no "nhiệm kỳ": "Nhân
#: dịp kết thúc nhiệm kỳ công tác, tại Hà Nội, A tiếp B" places the reception)
_POST_WORDS: Final = (
    r"(?:Đại\s+sứ(?:\s+quán)?|(?:Tổng\s+)?Lãnh\s+sự(?:\s+quán)?|Đại\s+biện|Tùy\s+viên"
    r"|Phái\s+đoàn|Cơ\s+quan\s+đại\s+diện|Trưởng\s+Đại\s+diện)"
)


def _title_before(title: str, words: int) -> re.Pattern[str]:
    """A post's ``title`` and at most ``words`` words of its unit or country, up to the end; a
    state's abbreviation in parentheses is one of them ("nước Cộng hòa Dân chủ Nhân dân
    (CHDCND) Lào tại Việt Nam")."""
    return re.compile(
        rf"{title}(?:\s+đặc\s+mệnh\s+toàn\s+quyền)?"
        rf"(?:\s+(?:{STATE_STYLE}|\w+|\(\w+\))){{0,{words}}}\s*$",
        re.IGNORECASE,
    )


_TITLE_BEFORE_TAI: Final = _title_before(_TITLE_WORDS, 5)
#: a post set off by a comma before its "tại" may name its office in full ("Trưởng Đại diện
#: Văn phòng Kinh tế và Văn hóa X, tại Y")
_TITLE_BEFORE_COMMA: Final = _title_before(_POST_WORDS, 12)
_MAX_LOCATION: Final = 160
#: how far back from "tại" a post's title may open: an envoy's full style with the state's full
#: name before its "tại" runs past 60 characters
_TITLE_REACH: Final = 120
#: a place phrase cut by a line break right after an administrative unit with no name yet
_WRAPPED_UNIT: Final = re.compile(r"(?<!\w)(?:thủ\s+đô|thành\s+phố|tp|tỉnh|huyện|quận)[ \t]*$")
#: ... and the name that opens the next line
_NAME_NEXT: Final = re.compile(r"\n[ \t]*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ]")

#: a building that seats a meeting ("tại Trụ sở Chính phủ", "tại Phủ Chủ tịch", "tại Nhà Quốc
#: hội"): never an envoy's post, so after "Đại sứ X" such a "tại" places the event
_BUILDING: Final = re.compile(
    r"(?:Trụ\s+sở|Phủ\s+[A-ZĐ]|Nhà\s+(?:Quốc\s+hội|[Kk]hách)|Dinh\s|Cung\s|Hội\s+trường)"
)


def names_a_seat(place: str) -> bool:
    """The place is a building that seats a meeting ("Trụ sở Bộ", "Nhà khách Chính phủ"),
    not a city, province or country."""
    return _BUILDING.match(place) is not None or place.lower().startswith(("trụ sở", "nhà khách"))


# "tại cuộc tiếp", "tại buổi hội đàm": the event itself, not a place.
_NOT_A_PLACE: Final = re.compile(r"(?:cuộc|buổi|phiên|dịp|lễ|đây|đó)(?!\w)")


def find_locations(
    view: ArticleView, sentence: Sentence, stops: Sequence[int], gazetteer: Gazetteer
) -> list[Location]:
    """Every "tại" phrase of a sentence; ``stops`` are person, date and trigger starts."""
    text, low = view.text, view.lower
    out: list[Location] = []
    for match in PLACE_PREPOSITION.finditer(low, sentence.start, sentence.end):
        start = match.end()
        if _no_place_after(text, low, match.start(), start):
            continue
        if out and match.start() < out[-1].end:
            continue  # "tại Nhà Trắng ở thủ đô Washington": the city is part of the place
        limit = min(sentence.end, start + _MAX_LOCATION)
        end = _phrase_end(text, low, start, limit, gazetteer)
        # a title naming a seat ("tại Phủ Chủ tịch") is no mention (see ArticleView)
        at = bisect_right(stops, start)
        next_stop = stops[at] if at < len(stops) and stops[at] < end else None
        runs_into_name = False
        residence = _residence_of_name(view, start, next_stop, sentence.end, gazetteer)
        if residence is not None:
            end = residence  # "tại tư gia ông X, ..., tại Y": the host's home, named by him
        elif next_stop is not None:
            end = next_stop
            runs_into_name = any(m.start == next_stop for m in view.mentions_in(start, end + 1))
        finished = _finish_phrase(text, low, start, end, sentence.end, gazetteer)
        if finished is None:
            continue
        end = finished
        if in_news_clause(view, sentence, match.start()):
            continue
        before = text[max(sentence.start, match.start() - _TITLE_REACH) : match.start()]
        before = before.rsplit(",", 1)[-1]
        # a fronted "tại" that runs into the subject's name for want of a comma ("..., tại Thủ
        # đô X Thủ tướng A đã ...") places the clause; after a title it is the title's post
        fronted = not before.strip()
        title = (
            (runs_into_name and not fronted)
            or (
                bool(_TITLE_BEFORE_TAI.search(before))
                and not _named_just_before(view, match.start())
                and not _BUILDING.match(text, start)
            )
            or _organisation_office(text, start, end, before, gazetteer)
            or (fronted and _post_set_off(view, sentence.start, match.start(), start, end))
            or _person_apposition(view, sentence.start, match.start(), stops)
        )
        if runs_into_name and fronted:
            end = _last_known_place_end(text, start, end, gazetteer)  # the name's title off
        phrase = text[start:end]
        if "\n" in phrase:  # run on over a hard wrap (_WRAPPED_UNIT): one line, as written
            phrase = " ".join(phrase.split())
        out.append(Location(start, end, phrase, title, match.start()))
    return out


#: a home named by its owner ("tư gia bác sĩ X", "nhà riêng của ông X", "nhà bà X"): the
#: owner's name is part of the place, not a person the place runs into
_RESIDENCE: Final = re.compile(
    r"(?:(?:tư\s+gia|tư\s+dinh|tư\s+thất|nhà\s+riêng|dinh\s+thự|nhà\s+ở)(?:\s+của)?"
    r"(?:\s+[a-zđ\u00e0-\u1ef9]+){0,2}|nhà\s+(?:ông|bà|anh|chị|cụ|bác))\s+",
    re.IGNORECASE,
)
#: how many appositions may stand between the owner's name and the "tại" that locates the home
_APPOSITIONS: Final = 2


def _residence_of_name(
    view: ArticleView, start: int, stop: int | None, limit: int, gazetteer: Gazetteer
) -> int | None:
    """The end of a home named by its owner when the phrase at ``start`` is one ("tư gia bác sĩ
    X"): the name, and when the sentence goes on with one or two appositions and a "tại / ở"
    that locates the home, up to the end of that place ("tư gia ông X, Chủ tịch Hội Y, tại
    thành phố Z": README round 8 #9, the whole "tại" phrase as written); else None."""
    if stop is None or _RESIDENCE.fullmatch(view.lower, start, stop) is None:
        return None
    owner = next((m for m in view.mentions_in(stop, stop + 1)), None)
    if owner is None:
        return None
    text, low = view.text, view.lower
    end = pos = owner.end
    for _ in range(_APPOSITIONS + 1):
        if pos >= limit or text[pos] != ",":
            break
        pos += 1 + spaces(text, pos + 1)
        at = PLACE_PREPOSITION.match(low, pos, limit)
        if at is not None:
            placed = place_end(text, low, at.end(), limit, gazetteer)
            return placed if placed is not None else end
        comma = text.find(",", pos, limit)
        if comma < 0 or _STOP.search(low, pos, comma) is not None:
            break  # no apposition: a clause of its own ("sau đó thăm Y")
        pos = comma
    return end


#: a clause, not an apposition: "và hai bên đã trao đổi tại X", "sau đó sẽ thăm Y"
_CLAUSE_OF_ITS_OWN: Final = re.compile(
    r"^(?:và|rồi|sau\s+đó|cùng|hai\s+bên)(?!\w)|(?<!\w)(?:đã|sẽ)(?!\w)"
)
#: how many words a lower-case apposition may hold before its "tại" / "ở"
_APPOSITION_WORDS: Final = 8


def _person_apposition(view: ArticleView, floor: int, tai: int, stops: Sequence[int]) -> bool:
    """The "tại" / "ở" at ``tai`` closes a lower-case apposition set off by a comma right after
    a person's name ("thăm gia đình chị X, chủ cửa hàng ở thành phố Y", "gặp anh X, một sinh
    viên đang học tại Z"): it says where that person works or lives, not where the act is, as
    an envoy's "Đại sứ ... tại X" does. A capitalised title keeps to the title rules above."""
    text = view.text
    comma = text.rfind(",", floor, tai)
    if comma < 0:
        return False
    segment = text[comma + 1 : tai].strip()
    if not segment or not segment[0].islower() or len(segment.split()) > _APPOSITION_WORDS:
        return False
    if (
        any(comma < stop < tai for stop in stops)
        or any(c in segment for c in ";:()")
        or _CLAUSE_OF_ITS_OWN.search(segment) is not None
    ):
        return False  # an act or a date of its own in between: a clause, no apposition
    before = comma
    while before > floor and text[before - 1].isspace():
        before -= 1
    if any(m.end == before for m in view.mentions_in(max(floor, before - 80), before)):
        return True
    # a name without a title, after a kinship word of address ("chị Nguyễn Thị Hoa")
    return _ADDRESSED_NAME.search(text, max(floor, before - 60), before) is not None


#: a name after a word of address, ending where the apposition's comma stands
_ADDRESSED_NAME: Final = re.compile(
    r"(?<!\w)(?:ông|bà|anh|chị|cụ|bác|em)\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ]\w*"
    r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ]\w*){0,4}$"
)


def _post_set_off(view: ArticleView, floor: int, tai: int, start: int, end: int) -> bool:
    """A "tại" phrase set off by commas right after a post's title ("..., Tổng Lãnh sự quán
    Vương quốc X, tại thành phố Y, sáng 18/11, ...") says where the post is, as the title's own
    "tại" does; not after a name ("tiếp Đại sứ X Y, tại Hà Nội"), nor a building ("..., tại Phủ
    Chủ tịch")."""
    text = view.text
    comma = tai - 1
    while comma > floor and text[comma].isspace():
        comma -= 1
    if text[comma] != "," or end >= len(text) or text[end] != ",":
        return False
    opening = max(floor, text.rfind(",", floor, comma) + 1, text.rfind(";", floor, comma) + 1)
    segment = text[max(opening, comma - _TITLE_REACH) : comma] + " "
    return (
        _TITLE_BEFORE_COMMA.search(segment) is not None
        and not _named_just_before(view, comma)
        and not _BUILDING.match(text, start)
    )


def _organisation_office(text: str, start: int, end: int, before: str, gaz: Gazetteer) -> bool:
    """The phrase is a country that ends an organisation's name ("tổ chức Care International
    tại Việt Nam"): the organisation's office there, not a place (organisation_posts.py)."""
    if not ends_organisation_name(before):
        return False
    return gaz.country_regex.fullmatch(text, start, end) is not None


def _no_place_after(text: str, low: str, tai: int, start: int) -> bool:
    """The "tại" at ``tai`` opens a question or a cause ("tại sao", "tại vì"), not a place; an
    "ở" at ``tai`` opens no place (a level, a figure: "ở mức", "ở cấp tỉnh")."""
    if tells_residence(low, tai):
        return True  # "người Việt ở / tại X": where a group lives, not where the event is
    if low[tai] == "ở":
        return not o_opens_place(text, start)
    if _NOT_PLACE_AFTER_TAI.match(low, start) is None:
        return False
    return text[start].islower() or text[tai : tai + 3].isupper()


def _last_known_place_end(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of the last known place in ``[start, end)``, else ``end``."""
    found = list(gazetteer.regex.finditer(text, start, end))
    return found[-1].end() if found else end


def _named_just_before(view: ArticleView, tai: int) -> bool:
    """A name ends right before "tại": the title before it is over ("tiếp Đại sứ Chile X tại
    Bộ Ngoại giao"), a post's "tại" comes before the name ("Đại sứ Chile tại Việt Nam X")."""
    near = view.mentions_in(max(0, tai - 80), tai)
    if not near:
        return False
    last = near[-1]
    # a bare title stands for its holder ("..., Đại sứ Anh tại Việt Nam"): no name there
    named = last.person.name in view.text[last.start : last.end]
    return named and not view.text[last.end : tai].strip()


def line_places(line: str, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """The "tại" phrases of one line of plain text (a headline), with where each starts: cut
    as in a body sentence, without the people and dates that also end a phrase there; a title's
    ("Đại sứ Anh tại Việt Nam") left out."""
    low = lowered(line)
    out: list[tuple[int, str]] = []
    for match in PLACE_PREPOSITION.finditer(low):
        start = match.end()
        if _no_place_after(line, low, match.start(), start):
            continue
        end = place_end(line, low, start, len(line), gazetteer)
        if end is None:
            continue
        before = line[max(0, match.start() - _TITLE_REACH) : match.start()].rsplit(",", 1)[-1]
        if _organisation_office(line, start, end, before, gazetteer):
            continue
        if not _TITLE_BEFORE_TAI.search(before) or _BUILDING.match(line, start):
            out.append((match.start(), line[start:end]))
    return sorted(out)


def place_end(text: str, low: str, start: int, limit: int, gazetteer: Gazetteer) -> int | None:
    """The end of the place phrase that opens at ``start`` (after "tại" or "ở"), cut as a "tại"
    phrase is, without the people and dates that also end one in a body sentence; None when
    what follows is the event itself ("tại buổi tiếp") or nothing."""
    end = _phrase_end(text, low, start, min(limit, start + _MAX_LOCATION), gazetteer)
    return _finish_phrase(text, low, start, end, limit, gazetteer)


def _finish_phrase(
    text: str, low: str, start: int, end: int, limit: int, gazetteer: Gazetteer
) -> int | None:
    """A phrase cut at ``end`` trimmed after a known place, of edges and a trailing "và", and
    run on over ", <country>"; None when it names the event itself or nothing."""
    address = _STREET_ADDRESS.match(text, start, end)
    if address is not None and address.end() == end:
        # "tại số 1 Hoàng Hoa Thám, Hà Nội": an address runs on over its city
        return _extend_after_comma(
            text, low, _city_after(text, end, limit, gazetteer), limit, gazetteer
        )
    end = _cut_after_known_place(text, start, end, gazetteer)
    while end > start and text[end - 1] in " -–":
        end -= 1
    end = _drop_conjunction(low, start, end)
    if end <= start or _NOT_A_PLACE.match(text, start, end):
        return None
    return _extend_after_comma(text, low, end, limit, gazetteer, start)


#: " - nơi ông ...", " – là ...": a dash followed by a lower-case word opens an aside about the
#: place, not more of its name
_DASH_ASIDE: Final = re.compile(r" [-–]\s+[a-zđ\u00e0-\u1ef9]")
#: "(BĐBP)": an abbreviation in parentheses, part of the name
_PAREN_ABBREVIATION: Final = re.compile(r"\(\s*[A-ZĐ][A-ZĐ0-9&.\-]{0,14}\s*\)")
#: "tại Ca-na-đa và thăm ...": a conjunction left at the end of the phrase by a cut
_TRAILING_CONJUNCTION: Final = re.compile(r"\s+(?:và|cùng|hoặc|với|rồi)$")


#: a ministry, department or committee, whose name may list its fields with commas
_INSTITUTION: Final = re.compile(r"(?:bộ|sở|ủy\s+ban|uỷ\s+ban|ban|cục|vụ|viện|học\s+viện)\s")
#: ", Thể thao và Du lịch": the rest of a list of fields, each capitalised and of one or two
#: words, the last after "và", up to the end of the phrase ("Bộ Văn hóa, Thể thao và Du lịch")
_FIELD: Final = r"[A-ZĐÂĂÊÔƠƯ]\w*(?:\s+[a-zđ\u00e0-\u1ef9]\w*)?"
_FIELDS_AFTER_COMMA: Final = re.compile(
    rf",\s*{_FIELD}(?:,\s*{_FIELD})*\s+và\s+{_FIELD}(?=\s*(?:$|[,;.:()\n]))"
)


def _phrase_end(text: str, low: str, start: int, limit: int, gazetteer: Gazetteer) -> int:
    """Where a "tại" phrase stops: at punctuation, or a word opening the next clause; a dot of
    an abbreviation ("trụ sở T.Ư Đảng", "Washington D.C.") and an abbreviation in parentheses
    ("Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Sơn La") do not stop it, and a country in
    parentheses after a city belongs to it ("Thiên Tân (Trung Quốc)")."""
    pos = start
    while True:
        stop = _STOP.search(low, pos, limit)
        if stop is None:
            return limit
        at = stop.start()
        char = text[at]
        if char == "." and dot_goes_on(text, at):
            pos = at + 1
            continue
        if char == "\n" and _WRAPPED_UNIT.search(low, start, at) and _NAME_NEXT.match(text, at):
            # "tại Sở Ngoại vụ tỉnh\nThanh Hóa": a hard wrap after a unit that awaits its name
            pos = at + 1
            continue
        if char == ".":
            # "tại TP. Hồ Chí Minh": a known place whose name holds the dot
            dotted = _place_over(text, at, max(start, at - 8), limit, gazetteer)
            if dotted is not None:
                pos = dotted
                continue
        if char == "," and _INSTITUTION.match(low, start, at):
            fields = _FIELDS_AFTER_COMMA.match(text, at, limit)
            if fields is not None:
                pos = fields.end()
                continue
        if stop.end() == at + 1 and low[at] == " " and at + 1 < limit and text[at + 1] in "-–":
            if _DASH_ASIDE.match(text, at, limit):
                # "thành phố Đà Nẵng - nơi ông từng công tác": a dash opening a lower-case aside
                return at
            pos = at + 1  # a dash before a capitalised name goes on ("Hà Nội - Mỹ Đình")
            continue
        if char == "(":
            abbreviation = _PAREN_ABBREVIATION.match(text, at, limit)
            if abbreviation is not None:
                # "tại Bộ Y tế (BYT), ...": a closing abbreviation only repeats the name
                closing = abbreviation.end() + spaces(text, abbreviation.end())
                if closing >= limit or text[closing] in ",;.:\n":
                    return at
                pos = abbreviation.end()
                continue
            # "Thiên Tân (Trung Quốc)", "dinh Độc Lập (TP. Hồ Chí Minh)", "Nhà máy X (Núi
            # Thành)": the country, city or district of the place before it belongs to it
            closed = bracketed_place(text, at, limit, gazetteer)
            if closed is not None and at > start:
                return closed
            # "tại xã Tân Lập (Mộc Châu, Sơn La) đã ...": its district and province, when the
            # clause goes on right after them
            units = bracketed_units(text, at, limit)
            if units is not None and at > start and _closes_name(text, low, units, limit):
                return units
        return at


def _place_over(text: str, dot: int, lo: int, limit: int, gazetteer: Gazetteer) -> int | None:
    """The end of a known place that starts in ``[lo, dot)`` and runs over the dot at
    ``dot``, if any."""
    for begin in range(lo, dot):
        if begin > 0 and text[begin - 1].isalnum():
            continue
        match = gazetteer.regex.match(text, begin, limit)
        if match is not None and match.end() > dot + 1:
            return match.end()
    return None


def _drop_conjunction(low: str, start: int, end: int) -> int:
    trailing = _TRAILING_CONJUNCTION.search(low, start, end)
    return trailing.start() if trailing is not None else end


#: "Thủ đô New Delhi", "thành phố Hồ Chí Minh", "tỉnh Quảng Ninh": an administrative unit, whose
#: capitalised name follows; after a comma it belongs to the place before it
_ADMIN_UNIT: Final = re.compile(
    r"(?:thủ\s+đô|thành\s+phố|tp\.?|tỉnh|bang|quận|huyện|thị\s+xã|đặc\s+khu|khu\s+tự\s+trị)\s+",
    re.IGNORECASE,
)
_WORD: Final = re.compile(r"[^\s,;.:()“”\"]+")
#: ", (số) 35 Hùng Vương", ", 12B/3 đường Lê Lợi": a house number and a capitalised street name
_STREET_ADDRESS: Final = re.compile(
    r"(?:[Ss]ố\s+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s+(?:(?:đường|phố)\s+)?"
    r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ]\w*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ0-9]\w*){0,4}"
)


def _extend_after_comma(
    text: str, low: str, end: int, limit: int, gazetteer: Gazetteer, start: int | None = None
) -> int:
    """The place runs on over ", <country>" ("tại thành phố Nam Ninh, Trung Quốc") and over
    ", <administrative unit> <Name>" ("tại Nhà khách Hyderabad House, Thủ đô New Delhi"), at
    most twice ("..., thành phố Nam Ninh, Trung Quốc"); a building or institution that opens
    at ``start`` runs on over the bare city it stands in, when the clause mark after the city
    closes the phrase ("tại Trụ sở Bộ, Hà Nội, Bộ trưởng ...")."""
    for _ in range(2):
        if end >= limit or text[end] != ",":
            break
        pos = end + 1 + spaces(text, end + 1)
        country = gazetteer.country_regex.match(text, pos)
        if country and ends_phrase(text, country.end(), limit):
            end = country.end()
            continue
        named = named_country(text, pos, limit, gazetteer)
        if named is not None:
            end = named
            continue
        listed = _place_list(text, low, pos, limit, gazetteer)
        if listed is not None:
            end = listed
            break
        styled = styled_country(text, pos, limit, gazetteer)
        if styled is not None:
            end = styled
            continue
        city = _city_of_building(text, start, end, pos, limit, gazetteer)
        if city is not None:
            end = city
            continue
        street = _STREET_ADDRESS.match(text, pos, limit)
        if street is not None and ends_phrase(text, street.end(), limit):
            # "Trung tâm Hội nghị Quốc tế, 35 Hùng Vương, Hà Nội": the building's street address
            end = _city_after(text, street.end(), limit, gazetteer)
            continue
        unit = _ADMIN_UNIT.match(text, pos, limit)
        if unit is None:
            break
        # ", Thủ đô Vương quốc Bhutan": the capital of the state named in full
        styled = styled_country(text, unit.end(), limit, gazetteer)
        if styled is not None:
            end = styled
            continue
        name_end = None
        word = _WORD.match(text, unit.end(), limit)
        while word is not None and (word.group()[0].isupper() or word.group()[0].isdigit()):
            name_end = word.end()
            word = _WORD.match(text, name_end + spaces(text, name_end), limit)
        if name_end is not None:
            # "..., thủ đô Bắc Kinh (Trung Quốc)": the capital's country in parentheses
            name_end = with_bracket(text, name_end, limit, gazetteer)
        # the name runs to the end of the phrase: a run cut by a lower-case word ("Thủ đô Cộng
        # hòa mới ...") is no name
        if name_end is None or not _closes_name(text, low, name_end, limit):
            break
        end = name_end
    return end


def _city_of_building(
    text: str, start: int | None, end: int, pos: int, limit: int, gazetteer: Gazetteer
) -> int | None:
    """The end of the known city or region at ``pos`` (after the comma that ends the phrase at
    ``end``) when the phrase from ``start`` is no known city, region or country but a building
    or an institution ("Trụ sở Chính phủ", "Điện Kremlin", "Khách sạn X") and a clause mark
    follows the city."""
    if start is None:
        return None
    own = gazetteer.lookup(text[start:end])
    if own is not None and own.kind != "institution":
        return None  # "tại Hà Nội, Hải Phòng, ...": a list of cities, or a city's clause
    city = gazetteer.regex.match(text, pos, limit)
    named = gazetteer.lookup(city.group()) if city is not None else None
    if city is None or named is None or named.kind not in ("city", "region"):
        return None
    after = city.end()
    return after if after >= limit or text[after] in ",.;\n" else None


def _city_after(text: str, end: int, limit: int, gazetteer: Gazetteer) -> int:
    """``end`` run on over ", <known place>" closing a street address (", Hà Nội")."""
    if end >= limit or text[end] != ",":
        return end
    pos = end + 1 + spaces(text, end + 1)
    city = gazetteer.regex.match(text, pos, limit)
    if city is not None and ends_phrase(text, city.end(), limit):
        return city.end()
    return end


_AND: Final = re.compile(r"\s+và\s+")


def _place_list(text: str, low: str, pos: int, limit: int, gazetteer: Gazetteer) -> int | None:
    """The end of ", Y và Z" when it closes a list of places ("tại Khu X, Quảng Tây và một số
    địa phương của Trung Quốc."): a known place first, "và" later, and the clause ends there
    (a stop word would mean a clause goes on: "tại Hà Nội, Lào và Việt Nam đã ký ...")."""
    if gazetteer.regex.match(text, pos, limit) is None:
        return None
    end = _phrase_end(text, low, pos, limit, gazetteer)
    if end < limit and text[end] not in ",.;\n":
        return None
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end if _AND.search(text, pos, end) is not None else None


def _cut_after_known_place(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """End the phrase after a known place followed by a lower-case word ("Việt Nam đầu tiên");
    "của <country>" closing the phrase names the state the place is in ("thủ đô X của Y")."""
    for match in gazetteer.regex.finditer(text, start, end):
        rest = text[match.end() : end]
        if (
            rest[:1] == " "
            and rest[1:2].islower()
            and not rest.startswith((" và ", " thuộc "))
            and not _owner_country(text, match.end(), end, gazetteer)
            and not _owner_building(text, match.start(), match.end(), end, gazetteer)
            # "Nhà Trắng tại / ở thủ đô Washington": the place goes on with its city
            and PLACE_PREPOSITION.match(rest, 1) is None
        ):
            return match.end()
    return end


def _owner_country(text: str, pos: int, end: int, gazetteer: Gazetteer) -> bool:
    """ " của (nước) <country>" at ``pos`` runs to the phrase's ``end``."""
    if not text.startswith(" của ", pos):
        return False
    pos += 5
    if text.startswith("nước ", pos):
        pos += 5
    country = gazetteer.country_regex.match(text, pos, end)
    return country is not None and text[country.end() : end].strip() == ""


def _owner_building(text: str, start: int, pos: int, end: int, gazetteer: Gazetteer) -> bool:
    """A known room or building (no country) at ``[start, pos)`` whose "của" and a possessor
    named in capitalised words run to the phrase's ``end``: "Phòng Bầu dục của Nhà Trắng",
    "Phòng Khánh tiết của Nhà Quốc hội" are one place (README round 8)."""
    if not text.startswith(" của ", pos):
        return False
    if gazetteer.country_regex.fullmatch(text, start, pos) is not None:
        return False
    owner = text[pos + 5 : end].split()
    return bool(owner) and all(word[:1].isupper() for word in owner)


def _closes_name(text: str, low: str, pos: int, limit: int) -> bool:
    """Punctuation or a word opening the next clause follows ``pos``."""
    return pos >= limit or text[pos] in ",.;:)\n" or _STOP.match(low, pos) is not None
