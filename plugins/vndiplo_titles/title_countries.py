"""The country a title names, and how titles listed between two people share out by it."""

from __future__ import annotations

from vndiplo_titles.complement import TitleParse

__all__ = ["split_pending", "title_country"]


def split_pending(own: list[TitleParse], pending: list[TitleParse], country: str | None) -> int:
    """How many of the titles listed after a titled person stay that person's, when a title
    of a next person (of ``country``) follows: the last ones that name that country go to
    the next person, and so do those that name none when the first person's own titles name
    another country ("Chủ tịch nước Ba Lan Jan Nowak, Chủ tịch Hội đồng Quốc phòng, Tổng
    thống Cộng hòa Séc Pavel Horák": the council's chair is the Czech's)."""
    if country is None:
        return len(pending)
    first = next((c for c in map(title_country, own) if c is not None), None)
    foreign = first is not None and first != country
    split = len(pending)
    while split and title_country(pending[split - 1]) in (
        (country, None) if foreign else (country,)
    ):
        split -= 1
    return split


def title_country(tp: TitleParse) -> str | None:
    """The country a title names (its last place with one, else its locator), or None."""
    for place in reversed(tp.places):
        if place.country:
            return place.country
    return next((p.country for p in tp.locator if p.country), None)
