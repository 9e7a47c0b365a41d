"""Round 11: English titles with a complement, lone surnames, and the sides, dates and places
of events that English wire copy names away from the verb.

Every sentence is written for the test, with invented officials; the near-misses show where
the rules must not fire.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_english.complements import complement_at
from vndiplo_english.titles import titled_names

from vndiplo import Document, Runner

RUNNER = Runner()

FILLER = (
    "The two sides agreed to step up cooperation in trade, investment, education and "
    "tourism, and to coordinate closely at regional and international forums in the time ahead."
)
PADDING = " Both sides said the exchange was held in a warm and friendly atmosphere throughout."


def _page(*paragraphs: str, published: str | None = "2031-03-12") -> Document:
    text = "\n\n".join(("Leaders discuss ties", *(p + PADDING for p in paragraphs), FILLER))
    return RUNNER.run({"id": "t", "text": text, "published": published})


def _main(doc: Document) -> dict[str, Any]:
    assert doc.events, "the page should have an event"
    event = doc.events[0]
    return {
        "type": event.type,
        "date": event.date,
        "location": event.location,
        "roles": {p.name: p.role for p in event.participants},
    }


# --- titles with a complement ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "title", "country"),
    [
        ("President of Mongolia Batbold Oyun arrived.", "Batbold Oyun", "President of Mongolia",
         "MN"),
        ("Governor of Korea's Jeolla province Seo Min-jun spoke.", "Seo Min-jun",
         "Governor of Korea's Jeolla province", "KR"),
        ("Chairman of the Da Nang City People's Committee Ho Van Khiem attended.",
         "Ho Van Khiem", "Chairman of the Da Nang City People's Committee", "VN"),
        ("Secretary of the provincial Party Committee of northern Ha Giang province Lo Van "
         "Sinh spoke.", "Lo Van Sinh",
         "Secretary of the provincial Party Committee of northern Ha Giang province", None),
        # chained offices, each with its complement; the bracketed abbreviation ends one
        ("General Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee "
         "and President of Laos Khamla Vongsa came.", "Khamla Vongsa",
         "General Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee "
         "and President of Laos", "LA"),
        # a complement with no known end sets the name off with a comma
        ("It was led by the Secretary of the Party Committee and Governor of Saravan, Bounma "
         "Keola.", "Bounma Keola", "Secretary of the Party Committee and Governor of Saravan",
         None),
        # a portfolio took "of the National": the complement goes on to "Assembly"
        ("Vice Chairman of the National Assembly Dinh Quang Vu said so.", "Dinh Quang Vu",
         "Vice Chairman of the National Assembly", None),
        ("Minister of Foreign Affairs of Chile Rosa Campos Lira left.", "Rosa Campos Lira",
         "Minister of Foreign Affairs of Chile", "CL"),
        ("Speaker of the Parliament of New Zealand Aroha Tane opened it.", "Aroha Tane",
         "Speaker of the Parliament of New Zealand", "NZ"),
        ("The visit was paid at the invitation of President of Vietnam Ha Minh An.",
         "Ha Minh An", "President of Vietnam", "VN"),
    ],
)  # fmt: skip
def test_titles_with_a_complement(
    sentence: str, name: str, title: str, country: str | None
) -> None:
    [found] = list(titled_names(sentence))
    assert (found.name, found.title, found.country) == (name, title, country)
    assert sentence[found.start : found.end] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chairman of the Committee for Foreign Affairs, in Hanoi, said so.",
        "The President of the Republic spoke of the Party and the State.",
        "Chairman of the Standing Committee of the National People's Congress, in Beijing.",
    ],
)
def test_a_complement_without_a_name_names_nobody(sentence: str) -> None:
    assert list(titled_names(sentence)) == []


# --- lone surnames ---------------------------------------------------------------------------


def test_a_lone_surname_after_the_full_name_is_a_mention() -> None:
    doc = _page(
        "Chairman of the Can Tho City People's Committee Le Quang Hieu met investors on March "
        "10. Later, Hieu said the city would simplify procedures.",
    )
    [person] = [p for p in doc.people if p.name == "Le Quang Hieu"]
    assert [doc.text[m.start : m.end] for m in person.mentions] == ["Le Quang Hieu", "Hieu"]


def test_a_surname_inside_a_place_name_is_no_mention() -> None:
    doc = _page("Minister Tran Van Nam toured Quang Nam province on March 10.")
    [person] = [p for p in doc.people if p.name == "Tran Van Nam"]
    assert len(person.mentions) == 1


# --- events ----------------------------------------------------------------------------------


def test_a_fronted_reception_names_its_guest_after_for() -> None:
    doc = _page(
        "Prime Minister Vo Quang Dat on March 11 praised the growth of ties with Japan.",
        "During a reception in Hanoi for Governor of Japan's Akita prefecture Mori Taro, PM "
        "Dat asked Akita to send more investors.",
    )
    assert _main(doc) == {
        "type": "reception",
        "date": "2031-03-11",  # the lead's day: the reception's sentence gives none
        "location": "Hanoi",
        "roles": {"Vo Quang Dat": "host", "Mori Taro": "guest"},
    }


def test_a_departure_takes_its_destination_and_the_hosts_who_invited() -> None:
    doc = _page(
        "President Ha Minh An left Hanoi on March 11 for Phnom Penh for a state visit to "
        "Cambodia. The visit is paid at the invitation of King of Cambodia Norodom Sovan.",
    )
    assert _main(doc) == {
        "type": "visit",
        "date": "2031-03-11",
        "location": "Phnom Penh",
        "roles": {"Ha Minh An": "guest", "Norodom Sovan": "host"},
    }


def test_an_arrival_takes_the_officials_who_welcomed() -> None:
    doc = _page(
        "Chilean President Rosa Campos Lira landed at Noi Bai International Airport on "
        "Tuesday evening and was welcomed by Deputy Prime Minister Kieu Van Loc.",
    )
    assert _main(doc) == {
        "type": "visit",
        "date": "2031-03-11",
        "location": "Noi Bai International Airport",
        "roles": {"Rosa Campos Lira": "guest", "Kieu Van Loc": "host"},
    }


def test_the_dateline_gives_place_and_day_when_the_lead_gives_none() -> None:
    doc = _page(
        "DA NANG, March 9 (VNA) - Vice President Dinh Thu Ha received Indian Ambassador Ravi "
        "Menon at the city's guest house.",
    )
    assert _main(doc) == {
        "type": "reception",
        "date": "2031-03-09",
        "location": "Da Nang",
        "roles": {"Dinh Thu Ha": "host", "Ravi Menon": "guest"},
    }


def test_the_two_leaders_are_the_two_named_before() -> None:
    doc = _page(
        "President Ha Minh An and his Mongolian counterpart Batbold Oyun agreed on Monday to "
        "double trade. The two leaders held talks in Ulaanbaatar.",
    )
    assert _main(doc)["type"] == "talks"
    assert _main(doc)["roles"] == {"Ha Minh An": "participant", "Batbold Oyun": "participant"}
    assert _main(doc)["location"] == "Ulaanbaatar"


def test_a_visiting_delegation_is_the_guest() -> None:
    doc = _page(
        "Secretary of the Ninh Binh provincial Party Committee Truong Cong Lap on March 10 "
        "held a meeting with a visiting delegation led by Governor of Oudomxay, Somsack Phanh.",
    )
    assert _main(doc)["roles"] == {"Truong Cong Lap": "host", "Somsack Phanh": "guest"}


def test_a_meeting_the_sentence_calls_talks_is_talks() -> None:
    doc = _page(
        "President Ha Minh An meets President of Mongolia Batbold Oyun as the two held talks "
        "in Hanoi on March 10.",
    )
    assert _main(doc)["type"] == "talks"


def test_a_message_without_its_sender_is_not_the_main_event() -> None:
    doc = _page(
        "Leaders of many countries sent messages to newly-elected President Ha Minh An and "
        "Prime Minister Vo Quang Dat.",
        "Chilean President Rosa Campos Lira held a phone call with President An on March 10.",
    )
    assert _main(doc)["type"] == "phone_call"


def test_welcomed_is_a_reception_and_its_passive_reverses_sides() -> None:
    active = _page("President Ha Minh An welcomed Chilean President Rosa Campos Lira on Monday.")
    passive = _page(
        "Chilean President Rosa Campos Lira was warmly welcomed by President Ha Minh An."
    )
    for doc in (active, passive):
        assert _main(doc)["roles"] == {"Ha Minh An": "host", "Rosa Campos Lira": "guest"}


def test_a_name_ending_a_sentence_with_a_short_word_stops_there() -> None:
    [found] = list(titled_names("It came at the invitation of President Ha Minh An. Both"))
    assert found.name == "Ha Minh An"


# --- properties -------------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "President", "of", "the", "Laos", "Committee", "Party", "(LPRP)", "Central", "and",
        "Governor", "Japan's", "province", "Sekong,", "Khamla", "Vongsa", "People's", ",",
        "City", "for", "Foreign", "Affairs", "Minister", "Viet", "Nam", "\n", ".", "An.",
    ]
)  # fmt: skip
PHRASES = st.lists(WORDS, max_size=30).map(" ".join)


@given(st.one_of(PHRASES, st.text(max_size=200)), st.integers(0, 30))
def test_complement_titles_quote_the_text(text: str, offset: int) -> None:
    padded = " " * offset + text
    for found in titled_names(text, offset):
        assert padded[found.start : found.end] == found.name
        assert found.name.strip() == found.name and found.name


@given(st.one_of(PHRASES, st.text(max_size=200)), st.integers(0, 40))
def test_a_complement_starts_a_name_inside_the_text(text: str, at: int) -> None:
    found = complement_at(text, min(at, len(text)), lambda _t, _i: None)
    if found is not None:
        assert min(at, len(text)) <= found.name_start < len(text)


# --- offices set off by commas, counterparts, relative clauses, weekdays with their date ------


def test_an_office_between_commas_after_the_name_titles_it() -> None:
    found = list(titled_names("Later, Aroha Tane, Speaker of the Parliament of Fiji, left."))
    assert [(t.name, t.title) for t in found] == [("Aroha Tane", "Speaker")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Hanoi, President of nothing.",
        "They toured Da Nang City, Chairman of it.",
        "The Central Committee, President of the Council, met.",
    ],
)
def test_a_place_or_body_before_an_office_is_no_name(sentence: str) -> None:
    assert [t.name for t in titled_names(sentence)] == []


def test_his_counterpart_without_a_demonym_is_a_person() -> None:
    doc = _page(
        "Foreign Minister Kieu Van Loc held talks with his counterpart Aroha Tane in Suva on "
        "March 10.",
    )
    assert _main(doc)["roles"] == {"Kieu Van Loc": "participant", "Aroha Tane": "participant"}


def test_a_trigger_in_a_relative_clause_is_background() -> None:
    doc = _page(
        "Fijian Prime Minister Aroha Tane, who is on an official visit to Vietnam, paid a "
        "courtesy call on State President Ha Minh An in Hanoi on March 10.",
    )
    assert _main(doc)["type"] == "reception"
    assert _main(doc)["roles"] == {"Aroha Tane": "guest", "Ha Minh An": "host"}


@pytest.mark.parametrize("written", ["on Monday (February 24)", "on Monday, February 24,"])
def test_a_weekday_with_its_date_takes_the_date(written: str) -> None:
    doc = _page(f"President Ha Minh An {written} received Fijian Prime Minister Aroha Tane.")
    assert _main(doc)["date"] == "2031-02-24"


def test_a_lone_surname_after_a_lower_case_word_is_a_mention() -> None:
    doc = _page(
        "Governor of Saravan province Bounma Keola met investors on March 10, and later "
        "Keola said the province would open a new border gate.",
    )
    [person] = [p for p in doc.people if p.name == "Bounma Keola"]
    assert len(person.mentions) == 2
