"""The shared places layer: one entry shape, one lexicon kind, read by titles and events."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import Runner, hookimpl
from vndiplo.places import Gazetteer, Place, default_places, gazetteer
from vndiplo.registry import RENAMED_KINDS, Registry


def test_defaults_hold_countries_regions_cities_and_venues() -> None:
    kinds = {p.kind for p in default_places()}
    assert {"country", "region", "city", "institution"} <= kinds
    places = gazetteer(None)
    assert places.lookup("Trụ sở  Chính phủ") == Place("Trụ sở Chính phủ", "institution", "VN")
    assert places.country_of("tại Thủ đô Viêng Chăn, Lào") == "LA"
    assert places.country_of("Hà Nội và Bắc Kinh", first=True) == "VN"


def test_entries_in_every_shape() -> None:
    g = Gazetteer(
        [
            Place("Xiêng Khoảng", "province", "LA"),
            {"name": "Cà Mau", "kind": "province", "country": "VN"},
            ("Osaka", "JP"),
        ]
    )
    assert [g.lookup(n).country for n in ("Xiêng Khoảng", "Cà Mau", "Osaka")] == ["LA", "VN", "JP"]
    with pytest.raises(ValueError, match="place kind"):
        Place("X", "planet", None)


class SomePlaces:
    """A user plugin registering a place once, for every plugin that reads places."""

    @hookimpl
    def vndiplo_register_lexicon(self, register):  # type: ignore[no-untyped-def]
        register("places", [{"name": "Sầm Nưa", "kind": "city", "country": "LA"}])


def test_a_place_registered_once_serves_titles_and_events() -> None:
    runner = Runner([SomePlaces()])
    text = (
        "Lãnh đạo tỉnh tiếp đoàn Lào\n\nSáng 4/5, tại Sầm Nưa, Bí thư Tỉnh ủy Nguyễn Văn Bình "
        "đã hội kiến Tỉnh trưởng Sầm Nưa Khăm Phăn Phommathat.\n"
    )
    doc = runner.run({"text": text, "published": "2024-05-05"})
    assert gazetteer(runner.context.registry).lookup("Sầm Nưa") is not None
    guest = next(p for p in doc.people if p.name == "Khăm Phăn Phommathat")
    assert guest.country == "LA"
    assert doc.events[0].location == "Sầm Nưa"


@pytest.mark.parametrize(("old", "new"), sorted(RENAMED_KINDS.items()))
def test_old_kind_names_still_work_with_a_warning(old: str, new: str) -> None:
    registry = Registry()
    with pytest.warns(DeprecationWarning, match=new):
        registry.register(old, [{"name": "x"}])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert registry.get(new) == ({"name": "x"},)


@given(st.text(max_size=200))
def test_country_of_never_fails(text: str) -> None:
    code = gazetteer(None).country_of(text)
    assert code is None or len(code) == 2
