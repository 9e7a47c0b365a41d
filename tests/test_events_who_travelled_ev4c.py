"""Who travelled to a meeting, in invented words (round 4): a trip made for the meeting ("đến
<place> để gặp X") makes the subject the guest, and a summit city abroad is a known place."""

from __future__ import annotations

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

from vndiplo.places import gazetteer


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("tại Gyeongju, nơi diễn ra tuần lễ cấp cao", "KR"),
        ("bên lề hội nghị ở Hàng Châu", "CN"),
        ("tại thành phố Thanh Đảo", "CN"),
        ("tại Tam Á, tỉnh Hải Nam", "CN"),
        ("ở Pắc-xế", "LA"),
        ("tại Kobe", "JP"),
        ("tại Labuan Bajo", "ID"),
        ("tại Kazan và Ufa", "RU"),
        ("ở Port Moresby", "PG"),
        ("tại Samarkand", "UZ"),
        ("tại Hua Hin", "TH"),
        ("tại Xô-chi", "RU"),
    ],
)
def test_summit_and_state_visit_cities_have_their_country(phrase: str, country: str) -> None:
    assert gazetteer(None).country_of(phrase) == country


@pytest.mark.parametrize("word", ["Trường Sa", "Thái Nguyên", "Tây Ninh"])
def test_chinese_names_shared_with_vietnamese_places_are_not_chinese(word: str) -> None:
    assert gazetteer(None).country_of(f"tại {word}") in (None, "VN")


def test_a_meeting_in_a_summit_city_makes_the_home_side_host() -> None:
    text = (
        "Ngày 14/11, Thủ tướng Nhật Bản Sato Kenji đã có cuộc gặp với Thủ tướng Phạm Minh Hải "
        "tại Kobe, nơi diễn ra hội nghị cấp cao khu vực."
    )
    people = titled({"Sato Kenji": ("Thủ tướng", "JP"), "Phạm Minh Hải": ("Thủ tướng", "VN")})
    main = extract_events(annotate(text, people))[0]
    assert main.type == "meeting"
    assert roles(main) == [("Phạm Minh Hải", "guest"), ("Sato Kenji", "host")]


@pytest.mark.parametrize(
    "trip",
    [
        "đã đến dinh thự Gorki ở ngoại ô thủ đô để gặp",
        "đã bay tới thành phố cảng phía bắc nhằm gặp",
        "sáng nay sang thủ đô nước láng giềng để gặp",
    ],
)
def test_a_trip_made_for_the_meeting_makes_the_subject_the_guest(trip: str) -> None:
    text = f"Sau lễ viếng, Chủ tịch Mông Cổ Bat Erdene {trip} Tổng thống Ivan Sokolov."
    people = titled({"Bat Erdene": ("Chủ tịch", "MN"), "Ivan Sokolov": ("Tổng thống", "RU")})
    main = extract_events(annotate(text, people))[0]
    assert main.type == "meeting"
    assert roles(main) == [("Bat Erdene", "guest"), ("Ivan Sokolov", "host")]


def test_a_purpose_with_no_trip_says_nothing_of_who_travelled() -> None:
    text = "Chủ tịch Mông Cổ Bat Erdene dành thời gian để gặp Tổng thống Ivan Sokolov."
    people = titled({"Bat Erdene": ("Chủ tịch", "MN"), "Ivan Sokolov": ("Tổng thống", "RU")})
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Bat Erdene", "participant"), ("Ivan Sokolov", "participant")]
