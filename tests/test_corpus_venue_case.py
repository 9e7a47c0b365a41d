"""A venue written mid-sentence with a lower-case head noun still has its country.

Outlets write "tại trụ sở Chính phủ" as often as "tại Trụ sở Chính phủ". The corpus reads a
report's place for the ground veto (a report with no day must not join a meeting held in
another country); an unknown country vetoes nothing, so a dayless report of a meeting abroad
joined the pair's meeting at home.
"""

from __future__ import annotations

import pytest

from vndiplo.corpus.grounds import Ground, other_ground
from vndiplo.corpus.link import place_country

NOBODY: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("trụ sở Chính phủ", "VN"),
        ("Trụ sở Chính phủ", "VN"),
        ("nhà khách Chính phủ", "VN"),
        ("trụ sở Trung ương Đảng", "VN"),
        ("Văn phòng Chính phủ", "VN"),
        ("phòng Bầu dục", "US"),
        ("Phòng Bầu dục, Nhà Trắng", "US"),
        # the name after the head keeps its own country
        ("trụ sở Chính phủ Lào ở Viêng Chăn", "LA"),
    ],
)
def test_a_venue_with_a_lower_case_head_has_a_country(place: str, country: str) -> None:
    assert place_country(place) == country


@pytest.mark.parametrize(
    "place",
    [
        "trụ sở công ty",  # a generic building: no country
        "trụ sở chính phủ",  # no proper name at all: any government's seat
        "phòng họp số 3",
    ],
)
def test_a_generic_lower_case_building_has_no_country(place: str) -> None:
    assert place_country(place) is None


def _ground(place: str | None) -> Ground:
    country = place_country(place) if place else None
    return Ground(NOBODY, NOBODY, NOBODY, country)


def test_a_meeting_in_the_oval_office_is_another_ground_than_one_at_the_government_seat() -> None:
    assert other_ground(_ground("phòng Bầu dục"), _ground("trụ sở Chính phủ"))
    # near misses: one side with no place, or both at home, veto nothing
    assert not other_ground(_ground(None), _ground("trụ sở Chính phủ"))
    assert not other_ground(_ground("Văn phòng Chính phủ"), _ground("trụ sở Chính phủ"))
