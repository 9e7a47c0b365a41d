"""Places, in invented words: "thủ đô <City> của <Country>" is one place phrase after "tại"
or "ở", fronted or after the act, in a sideline frame too; a headline's event standing in for a
lead with no event word takes the place the lead writes before its people. Near misses: "của"
before no country, a forum's topic, a stay written after the subject."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Trần Văn Nam": {"titles": ["Bộ trưởng Công Thương"], "country": "VN"},
    "Simon Birch": {"titles": ["Bộ trưởng Thương mại Úc"], "country": "AU"},
}
_DATES = [("Ngày 3/5", "--05-03", None)]
_NAM = "Bộ trưởng Công Thương Trần Văn Nam"
_BIRCH = "Bộ trưởng Thương mại Úc Simon Birch"


def _main(text: str, title: str | None = None) -> Event:
    return extract_events(annotate(text, PEOPLE, _DATES, title=title))[0]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (f"Ngày 3/5, tại thủ đô Viêng Chăn của Lào, {_NAM} đã gặp {_BIRCH}.", "Viêng Chăn của Lào"),
        (f"Ngày 3/5, {_NAM} đã gặp {_BIRCH} tại thủ đô Viêng Chăn của Lào.", "Viêng Chăn của Lào"),
        (
            f"Ngày 3/5, {_NAM} đã hội đàm với {_BIRCH} ở thành phố Sydney của Australia.",
            "Sydney của Australia",
        ),
        (
            f"Ngày 3/5, bên lề Hội nghị Bộ trưởng Kinh tế ASEAN diễn ra ở thủ đô Viêng Chăn của "
            f"Lào, {_NAM} đã gặp {_BIRCH}.",
            "Viêng Chăn của Lào",
        ),
    ],
)
def test_a_capital_of_a_country_is_one_place(text: str, place: str) -> None:
    location = _main(text).location
    assert location is not None and location.endswith(place)
    assert location.split()[0] in ("thủ", "thành")


def test_of_before_no_country_ends_the_place() -> None:
    text = f"Ngày 3/5, {_NAM} đã gặp {_BIRCH} tại Hà Nội của những ngày đầu hè."
    assert _main(text).location == "Hà Nội"


def test_a_forums_topic_place_is_not_the_meeting_place() -> None:
    text = (
        f"Ngày 3/5, bên lề Hội nghị về an ninh ở thủ đô Kabul của Afghanistan, {_NAM} đã gặp "
        f"{_BIRCH}."
    )
    assert _main(text).location is None


_HEADLINE = "Bộ trưởng Trần Văn Nam gặp Bộ trưởng Simon Birch"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            f"Ngày 3/5, bên lề Hội nghị Bộ trưởng Kinh tế ASEAN diễn ra ở thủ đô Viêng Chăn của "
            f"Lào, {_NAM} đã có cuộc trao đổi song phương với {_BIRCH}.",
            "thủ đô Viêng Chăn của Lào",
        ),
        (
            f"Ngày 3/5, nhân dịp dự Diễn đàn Kinh tế ở thành phố Đà Lạt, {_NAM} có cuộc tiếp "
            f"xúc thân mật với {_BIRCH}.",
            "thành phố Đà Lạt",
        ),
        (
            f"Ngày 3/5, tại thủ đô Canberra, {_NAM} và {_BIRCH} đã trao đổi về thương mại.",
            "thủ đô Canberra",
        ),
    ],
)
def test_a_headline_event_takes_the_lead_place(lead: str, place: str) -> None:
    main = _main(lead, _HEADLINE)
    assert (main.type, main.location) == ("meeting", place)


def test_a_stay_after_the_subject_is_not_the_lead_place() -> None:
    # a body act with no vocabulary word ("có cuộc trao đổi với" is a meeting since round 10,
    # and a body meeting takes its sentence's place as "gặp" does)
    lead = (
        f"Ngày 3/5, {_NAM} có cuộc bàn bạc với {_BIRCH}, trong khi ông ở thành phố Đà Lạt dự "
        "Diễn đàn Kinh tế."
    )
    assert _main(lead, _HEADLINE).location is None
