"""English pages: "the Lao capital Vientiane" places an event in Vientiane; a portfolio
("Minister of National Defence") ends the title and is never a name; military ranks ("Senior
Lieutenant General", "Sen. Lt. Gen.") are titles before the name, also after the office and a
comma. Invented wording."""

from __future__ import annotations

import pytest

import vndiplo


def _people(text: str) -> dict[str, tuple[str, ...]]:
    d = vndiplo.extract(text, published="2024-03-05")
    return {p.name: p.titles for p in d.people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "HANOI - President Luong Cuong met with visiting Indonesian Minister of Defence,"
            " Lt. Gen. Sjafrie Sjamsoeddin, in Hanoi on Tuesday.",
            "Sjafrie Sjamsoeddin",
        ),
        (
            "Prime Minister Pham Minh Chinh on Monday received Thai Minister of Defence, General"
            " Sutin Klungsang, in Hanoi.",
            "Sutin Klungsang",
        ),
        (
            "On Friday the guests were greeted in Da Nang by Vietnam's Minister of National"
            " Defence, Senior Lieutenant General Tran Van Hai, and his deputies.",
            "Tran Van Hai",
        ),
        (
            "Deputy Minister of Public Security Sen. Lt. Gen. Le Quoc Hung held talks with"
            " Cambodian counterparts in Phnom Penh on Friday.",
            "Le Quoc Hung",
        ),
    ],
)
def test_rank_after_office_names_the_person(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not {"Defence", "Defense", "Security", "Sen", "Lt", "General"} & set(people)


def test_portfolio_word_is_never_a_name() -> None:
    people = _people(
        "Vietnam's Minister of National Defence and the visiting delegation discussed"
        " cooperation in Hanoi on Monday."
    )
    assert "Defence" not in people


def test_rank_abbreviation_does_not_end_the_sentence() -> None:
    d = vndiplo.extract(
        "President To Lam received Chinese Minister of National Defence, Adm. Dong Jun, in Hanoi"
        " on Monday.",
        published="2024-03-05",
    )
    assert d.events
    assert {p.name for p in d.events[0].participants} == {"To Lam", "Dong Jun"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "National Assembly Chairman Tran Thanh Man has arrived in the Cambodian capital Phnom"
            " Penh, beginning an official visit at the invitation of his counterpart Khuon Sudary.",
            "Phnom Penh",
        ),
        (
            "Prime Minister Pham Minh Chinh arrived in the capital city of Vientiane on Monday for"
            " talks with Lao Prime Minister Sonexay Siphandone.",
            "Vientiane",
        ),
        (
            "President Luong Cuong met Chilean President Gabriel Boric in the capital, Santiago, on"
            " Tuesday.",
            "Santiago",
        ),
    ],
)
def test_capital_phrase_gives_the_city(text: str, place: str) -> None:
    d = vndiplo.extract(text, published="2024-03-05")
    assert d.events[0].location == place
