"""Acts whose other side is at home: no counterpart, so no meeting, visit or reception.

A leader who works with a province ("làm việc với lãnh đạo tỉnh X", "làm việc với các địa
phương"), tours a district ("thăm và làm việc tại huyện Y"), visits poor households with gifts
("đến thăm, tặng quà các hộ nghèo") or meets voters, citizens or his own deputies ("gặp mặt
các đại biểu Quốc hội") acts inside the state: the page reports no diplomatic event. The rule
reads the words right after the trigger (a few connectors, a leadership or quantity word, then
the home body or constituency) and holds only while the page names no foreign side: a
foreign person, a foreign country or place, or the diaspora and envoys one meets abroad
("kiều bào", "Đại sứ quán") keep the act ("Đại sứ Nhật Bản làm việc với lãnh đạo tỉnh X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.headline_event import named_in_headline
from vndiplo_events.places import Gazetteer
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["is_domestic_call", "is_domestic_call_in_headline"]

#: the acts a home body cannot be the counterpart of
_TYPES: Final = frozenset({"meeting", "visit", "reception"})
#: the country code of the home side (persons' and places' ``country``)
_HOME: Final = "VN"

#: words between the trigger and its object: connectors, the gift and greeting verbs of a
#: charity visit ("thăm, chúc Tết và trao quà cho"), leadership, quantity and plural words
_BETWEEN: Final = (
    r"(?:\s*,\s*|\s+)(?:(?:và|với|tại|ở|cùng|về|đến|tới|cho|của|thăm|làm\s+việc|chúc\s+tết|"
    r"chúc\s+mừng\s+năm\s+mới|(?:tặng|trao)\s+quà(?:\s+tết)?|tặng|trao|động\s+viên|kiểm\s+tra|"
    r"(?:ban\s+)?lãnh\s+đạo(?:\s+chủ\s+chốt)?|thường\s+trực|đại\s+diện|tập\s+thể|"
    r"các|những|toàn\s+thể|một\s+số|gần|hơn|khoảng|trên|[\d.,]+)(?!\w)(?:\s*,\s*|\s+))*"
)
#: home administrative units and bodies, and the constituencies an official serves
_HOME_SIDE: Final = (
    r"(?:tỉnh(?:\s+ủy|\s+uỷ)?|thành\s+phố|tp\.?|thành\s+ủy|thành\s+uỷ|huyện(?:\s+ủy|\s+uỷ)?|"
    r"quận(?:\s+ủy|\s+uỷ)?|thị\s+xã|thị\s+trấn|xã(?!\s+(?:giao|hội))|phường|đảng\s+ủy|đảng\s+uỷ|đảng\s+bộ|"
    r"(?:các\s+)?địa\s+phương|ubnd|hđnd|ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|"
    r"hội\s+đồng\s+nhân\s+dân|ban\s+thường\s+vụ|ban\s+chấp\s+hành\s+đảng\s+bộ|"
    r"(?:các\s+)?(?:sở|bộ|ban)(?:,\s*|\s+)ngành|sở|các\s+đơn\s+vị|đơn\s+vị\s+trực\s+thuộc|"
    r"cử\s+tri|công\s+dân|người\s+dân|nhân\s+dân|bà\s+con|hộ\s+nghèo|hộ\s+cận\s+nghèo|"
    r"hộ\s+gia\s+đình|gia\s+đình\s+chính\s+sách|người\s+có\s+công|thương\s+binh|"
    r"cựu\s+chiến\s+binh|cán\s+bộ|chiến\s+sĩ|đảng\s+viên|"
    r"đại\s+biểu\s+(?:quốc\s+hội|hội\s+đồng\s+nhân\s+dân|hđnd))(?!\w)"
)
_HOME_OBJECT: Final = re.compile(_BETWEEN + _HOME_SIDE)
#: a bare home place right after the working-session verb ("làm việc với Hải Phòng"); only
#: for the meeting verbs: "thăm Huế" may have a foreign visitor named in the sentence before
_LEAD_TO_PLACE: Final = re.compile(r"\s+(?:với|tại)\s+")
#: the other side abroad or an envoy: one's own community and missions are met as in
#: diplomacy (README round 6), and a foreign body is a counterpart
_ABROAD: Final = re.compile(
    r"(?<!\w)(?:kiều\s+bào|người\s+việt(?:\s+nam)?\s+(?:ở|tại)\s+nước\s+ngoài|nước\s+ngoài|"
    r"đại\s+sứ|tổng\s+lãnh\s+sự|lãnh\s+sự|cơ\s+quan\s+đại\s+diện|quốc\s+tế|"
    r"lưu\s+học\s+sinh|tổ\s+chức\s+phi\s+chính\s+phủ|hai\s+nước|nước\s+bạn)(?!\w)"
)
#: how far the object may run after the trigger (connectors and gift verbs included)
_OBJECT_SPAN: Final = 90


def is_domestic_call(
    view: ArticleView, gazetteer: Gazetteer, sentence: Sentence, hit: TriggerHit
) -> bool:
    """``hit`` is a meeting, visit or reception whose object is a home body or constituency,
    its actor a home official, on a page that names no foreign side."""
    if hit.trigger.type not in _TYPES:
        return False
    low = view.lower
    end = min(sentence.end, hit.end + _OBJECT_SPAN)
    home = _HOME_OBJECT.match(low, hit.end, end) is not None or (
        hit.trigger.type == "meeting" and _home_place_next(low, view.text, gazetteer, hit.end, end)
    )
    if not home:
        return False
    actors = [m.person for m in view.mentions_in(sentence.start, hit.start)]
    return _all_home(actors) and not _page_names_a_foreign_side(view, gazetteer)


def is_domestic_call_in_headline(
    view: ArticleView, low: str, text: str, gazetteer: Gazetteer, hit: TriggerHit
) -> bool:
    """The same for a headline's act (``low`` and ``text`` the headline)."""
    if hit.trigger.type not in _TYPES:
        return False
    end = min(len(low), hit.end + _OBJECT_SPAN)
    home = _HOME_OBJECT.match(low, hit.end, end) is not None or (
        hit.trigger.type == "meeting" and _home_place_next(low, text, gazetteer, hit.end, end)
    )
    if not home or _names_abroad(low, text, gazetteer, 0, len(low)):
        return False
    actors = [p for at, p in named_in_headline(low, view.people) if at < hit.start]
    return _all_home(actors) and not _page_names_a_foreign_side(view, gazetteer)


def _all_home(actors: Sequence[Person]) -> bool:
    """Every person named as the actor is a home official (or no one is named: "các thành
    viên Chính phủ"): a mayor with no country in his title ("Thị trưởng Tanaka Ichiro đã
    thăm tỉnh X") may be a guest."""
    return all(p.country == _HOME for p in actors)


def _home_place_next(low: str, text: str, gazetteer: Gazetteer, pos: int, end: int) -> bool:
    """ "làm việc với Hải Phòng": a home city or region right after "với"/"tại"."""
    lead = _LEAD_TO_PLACE.match(low, pos, end)
    if lead is None:
        return False
    place = gazetteer.regex.match(text, lead.end(), end)
    if place is None:
        return False
    found = gazetteer.lookup(place.group())
    return found is not None and found.kind != "country" and found.country == _HOME


def _page_names_a_foreign_side(view: ArticleView, gazetteer: Gazetteer) -> bool:
    """A foreign person, a foreign country or place, or an envoy or diaspora word anywhere
    on the page: not the sentence only, as a foreign guest may be named earlier, or come
    from a neighbour's province the gazetteer does not know ("Bí thư Tỉnh ủy Attapu")."""
    if any(p.country not in (None, _HOME) for p in view.people):
        return True
    return any(
        _names_abroad(view.lower, view.text, gazetteer, start, end) for start, end in view.blocks
    )


def _names_abroad(low: str, text: str, gazetteer: Gazetteer, start: int, end: int) -> bool:
    """An envoy or diaspora word, or a foreign country or place, in ``[start, end)``."""
    if _ABROAD.search(low, start, end):
        return True
    for match in gazetteer.regex.finditer(text, start, end):
        found = gazetteer.lookup(match.group())
        if found is not None and found.country not in (None, _HOME):
            # a capitalised word right after: part of a home name ("xã Mỹ Lợi A", "Mỹ Tho");
            # a foreign leader named after his country has his own country anyway
            after = match.end()
            if not (text.startswith(" ", after) and text[after + 1 : after + 2].isupper()):
                return True
    return False
