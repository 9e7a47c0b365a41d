"""The English-language plugin on invented pages: people, dates, events, and its language gate.

Every sentence here is written for the test (other leaders, outlets, dates than any crawled
page); the near-misses are pages the plugin must leave alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from vndiplo_english import vndiplo_extract_events, vndiplo_find_dates, vndiplo_find_people
from vndiplo_english.dates import dates_in
from vndiplo_english.language import is_english_text
from vndiplo_english.titles import titled_names

from vndiplo import Document, Runner

RUNNER = Runner()

FILLER = (
    "The two sides agreed to step up cooperation in trade, investment, education and "
    "tourism, and to coordinate closely at regional and international forums in the time ahead."
)


# The cleaner takes a short paragraph for a photo caption: each one gets a second sentence.
PADDING = " Both sides said the exchange was held in a warm and friendly atmosphere throughout."


def _page(lead: str, *more: str, published: str | None = None) -> Document:
    text = "\n\n".join(("Leaders discuss ties", *(p + PADDING for p in (lead, *more)), FILLER))
    return RUNNER.run({"id": "t", "text": text, "published": published})


def _main(doc: Document) -> dict[str, Any]:
    assert doc.events, "the page should have an event"
    record: dict[str, Any] = doc.events[0].to_dict()
    record["roles"] = {p.name: p.role for p in doc.events[0].participants}
    return record


# --- the language gate ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Nguyen Xuan Phuc received the Ambassador of Chile at the Government "
        "headquarters in Hanoi on Monday, and the two sides discussed trade.",
        "HÀ NỘI — Prime Minister Phạm Minh Chính on Thursday had a meeting with the visiting "
        "Minister of Trade of New Zealand, who is in Việt Nam for a three-day working trip.",
        "NEW DELHI: Foreign Minister S. Jaishankar held talks with his Vietnamese counterpart "
        "on Friday and the two reviewed the progress of their strategic partnership.",
    ],
)
def test_english_prose_passes_the_gate(text: str) -> None:
    assert is_english_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 12/3, tại Phủ Chủ tịch, Chủ tịch nước tiếp Đại sứ Chile đến chào từ biệt nhân dịp "
        "kết thúc nhiệm kỳ công tác tại Việt Nam.",
        # a Vietnamese page quoting an English slogan stays Vietnamese
        'Hội nghị có chủ đề "Building a shared future for the region and the world", do Bộ '
        "Ngoại giao chủ trì, với sự tham dự của đại diện nhiều cơ quan, tổ chức trong nước.",
        # Vietnamese without its marks is not English
        "Thu tuong Pham Minh Chinh tiep Dai su Nhat Ban tai tru so Chinh phu chieu ngay 5/6 "
        "va de nghi hai ben tang cuong hop tac kinh te, dau tu, lao dong.",
        "",
        "VNA VOV 2024 ASEAN APEC G20 COVID-19",
    ],
)
def test_other_text_fails_the_gate(text: str) -> None:
    assert not is_english_text(text)


def test_a_vietnamese_page_quoting_english_gets_nothing_from_the_plugin() -> None:
    text = (
        'Hợp tác hữu nghị\n\nSáng 9/4, Thủ tướng tiếp Đại sứ Anh. Đại sứ nói: "President '
        'Smith received the minister on Monday and held talks with him in London." Hai bên '
        "nhất trí thúc đẩy hợp tác thương mại, giáo dục và đầu tư trong thời gian tới."
    )
    doc = RUNNER.run({"id": "vi", "text": text, "published": "2024-04-09"})
    assert vndiplo_find_people(doc) == []
    assert vndiplo_find_dates(doc) == []
    assert vndiplo_extract_events(doc) == []


# --- people --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "title", "country"),
    [
        ("Thai Prime Minister Srettha Thavisin arrived on Monday.", "Srettha Thavisin",
         "Prime Minister", "TH"),
        ("Party General Secretary Nong Duc Manh spoke at the event.", "Nong Duc Manh",
         "Party General Secretary", None),
        ("National Assembly Chairman Vuong Dinh Hue opened the session.", "Vuong Dinh Hue",
         "National Assembly Chairman", None),
        ("Foreign Minister Bùi Thanh Sơn chaired the dialogue.", "Bùi Thanh Sơn",
         "Foreign Minister", None),
        ("US Ambassador Marc Knapper attended.", "Marc Knapper", "Ambassador", "US"),
        ("Cuban President Miguel Diaz-Canel was welcomed.", "Miguel Diaz-Canel", "President",
         "CU"),
        ("General Secretary and President Luong Tam Quang smiled.", "Luong Tam Quang",
         "General Secretary and President", None),
        ("It cited President Macron's remarks.", "Macron", "President", None),
        ("They thanked Queen Sirikit.", "Sirikit", "Queen", None),
        # a portfolio after "of" belongs to the title; the name starts after its last word
        ("Minister of Construction Tran Van Son signed it.", "Tran Van Son",
         "Minister of Construction", None),
        ("Minister of Agriculture and Rural Development Le Minh Hoan spoke.", "Le Minh Hoan",
         "Minister of Agriculture and Rural Development", None),
        ("Minister of Labour, Invalids and Social Affairs Dao Ngoc Dung came.", "Dao Ngoc Dung",
         "Minister of Labour, Invalids and Social Affairs", None),
        ("Australian Minister of Trade and Tourism Don Farrell left.", "Don Farrell",
         "Minister of Trade and Tourism", "AU"),
        ("US Secretary of Homeland Security Ann Rourke arrived.", "Ann Rourke",
         "Secretary of Homeland Security", "US"),
        ("Minister of the Interior Pham Thi Thanh Tra met him.", "Pham Thi Thanh Tra",
         "Minister of the Interior", None),
        ("Chinese Vice Premier Liu Guozhong toured the site.", "Liu Guozhong", "Vice Premier",
         "CN"),
        ("Deputy PM Ho Duc Phoc answered.", "Ho Duc Phoc", "Deputy PM", None),
    ],
)  # fmt: skip
def test_titled_names(sentence: str, name: str, title: str, country: str | None) -> None:
    [found] = list(titled_names(sentence))
    assert (found.name, found.title, found.country) == (name, title, country)
    assert sentence[found.start : found.end] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "The President of the Republic opened the fair.",
        "The Prime Minister's Office issued a statement.",
        "Vice President of the company Mr. Lee attended.",
        "The president said nothing.",
        "The Minister of Finance of the host country spoke first.",
    ],
)
def test_no_name_after_a_title(sentence: str) -> None:
    assert list(titled_names(sentence)) == []


def test_counterpart_takes_the_office_and_country() -> None:
    doc = _page(
        "Prime Minister Nguyen Tan Dung spoke with his Australian counterpart Julia Gillard "
        "by telephone on Tuesday.",
        "PM Dung invited Prime Minister Gillard to visit Viet Nam.",
    )
    people = {p.name: p for p in doc.people}
    assert people["Julia Gillard"].titles == ("Prime Minister",)
    assert people["Julia Gillard"].country == "AU"
    # "PM Dung" and "Prime Minister Gillard" are further mentions of the full names
    assert len(people["Nguyen Tan Dung"].mentions) == 2
    assert len(people["Julia Gillard"].mentions) == 2


# --- dates ---------------------------------------------------------------------------------


def _dates(text: str, reference: str | None = None) -> list[tuple[str, str, str | None]]:
    ref = dt.date.fromisoformat(reference) if reference else None
    return [(d.text, d.value, d.year_source) for d in dates_in(text, 0, ref)]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("They met on June 5.", "2019-06-06", [("June 5", "2019-06-05", "reference")]),
        ("They met on June 5.", None, [("June 5", "--06-05", None)]),
        ("signed on 14 February 2022 in Tokyo", None,
         [("14 February 2022", "2022-02-14", "explicit")]),
        ("on Sept. 9, 2016, the leaders", None, [("Sept. 9, 2016", "2016-09-09", "explicit")]),
        ("Ha Noi, April 2 (VNA) - The minister", None, [("April 2", "--04-02", None)]),
        ("his visit in November 2017", None, [("November 2017", "2017-11", "explicit")]),
        ("on February 30 nothing happened", "2023-03-01", []),
        ("you may 5 times try", "2023-03-01", []),
    ],
)  # fmt: skip
def test_dates(
    text: str, reference: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _dates(text, reference) == expected


def test_a_weekday_needs_a_reference() -> None:
    assert _dates("The envoy arrived on Wednesday.") == []
    # 2023-09-15 is a Friday: the last Wednesday is the 13th
    assert _dates("The envoy arrived on Wednesday.", "2023-09-15") == [
        ("Wednesday", "2023-09-13", "reference")
    ]
    assert _dates("The envoy will arrive on Monday.", "2023-09-15") == [
        ("Monday", "2023-09-18", "reference")
    ]
    [evening] = dates_in("He hosted a dinner on Friday evening.", 0, dt.date(2023, 9, 15))
    assert (evening.value, evening.part_of_day) == ("2023-09-15", "evening")


def test_morning_of_a_date() -> None:
    [found] = dates_in("in the morning of July 7, the delegation", 0, None)
    assert (found.value, found.part_of_day) == ("--07-07", "morning")


# --- events --------------------------------------------------------------------------------


def test_reception_with_place_and_date() -> None:
    doc = _page(
        "Prime Minister Nguyen Xuan Phuc received Singaporean Foreign Minister Vivian "
        "Balakrishnan in Hanoi on March 8.",
        published="2018-03-09",
    )
    main = _main(doc)
    assert (main["type"], main["cameo"], main["date"], main["location"]) == (
        "reception",
        "043",
        "2018-03-08",
        "Hanoi",
    )
    assert main["roles"] == {"Nguyen Xuan Phuc": "host", "Vivian Balakrishnan": "guest"}


def test_passive_reception_reverses_the_sides() -> None:
    doc = _page(
        "Lao Prime Minister Sonexay Siphandone was received by President Luong Cuong at the "
        "Presidential Palace on Wednesday."
    )
    main = _main(doc)
    assert main["type"] == "reception"
    assert main["roles"] == {"Sonexay Siphandone": "guest", "Luong Cuong": "host"}
    assert main["location"] == "the Presidential Palace"


def test_untitled_guest_right_after_the_verb() -> None:
    doc = _page(
        "State President Truong Tan Sang received Zhang Dejiang, Chairman of the Standing "
        "Committee of the National People's Congress of China, in Hanoi."
    )
    assert _main(doc)["roles"] == {"Truong Tan Sang": "host", "Zhang Dejiang": "guest"}


def test_banquet_is_a_reception_hosted_by_the_subject() -> None:
    doc = _page(
        "President Tran Dai Quang and his spouse hosted a state banquet in honour of Japanese "
        "Emperor Akihito on Wednesday night."
    )
    main = _main(doc)
    assert (main["type"], main["trigger"]) == ("reception", "hosted a state banquet")
    assert main["roles"] == {"Tran Dai Quang": "host", "Akihito": "guest"}


@pytest.mark.parametrize(
    ("sentence", "kind", "cameo"),
    [
        ("Chancellor Olaf Scholz held talks with Prime Minister Pham Minh Chinh.", "talks", "046"),
        ("Deputy Prime Minister Tran Luu Quang met with Korean Foreign Minister Cho Tae-yul.",
         "meeting", "040"),
        ("Deputy Prime Minister Tran Luu Quang had a meeting with Korean Foreign Minister Cho "
         "Tae-yul.", "meeting", "040"),
        ("President Nguyen Minh Triet held phone talks with Russian President Dmitry Medvedev.",
         "phone_call", "041"),
        ("Prime Minister Phan Van Khai talked over the phone with Thai Prime Minister Thaksin "
         "Shinawatra.", "phone_call", "041"),
        ("Foreign Minister Pham Gia Khiem signed the treaty with Lao Foreign Minister Thongloun "
         "Sisoulith.", "signing", "057"),
        ("Prime Minister Nguyen Tan Dung attended the summit with Malaysian Prime Minister "
         "Najib Razak.", "attend", None),
    ],
)  # fmt: skip
def test_event_types(sentence: str, kind: str, cameo: str | None) -> None:
    main = _main(_page(sentence))
    assert (main["type"], main["cameo"]) == (kind, cameo)
    assert set(main["roles"].values()) == {"participant"}


def test_visit_makes_the_subject_the_guest() -> None:
    doc = _page(
        "Indonesian President Prabowo Subianto paid a state visit to Vietnam at the invitation "
        "of General Secretary To Lam."
    )
    main = _main(doc)
    assert (main["type"], main["cameo"]) == ("visit", "042")
    assert main["roles"] == {"Prabowo Subianto": "guest", "To Lam": "host"}


def test_message_to_an_untitled_addressee() -> None:
    doc = _page(
        "Prime Minister Pham Minh Chinh sent a congratulatory message to Keir Starmer on his "
        "appointment as head of the British government."
    )
    main = _main(doc)
    assert main["type"] == "message"
    assert set(main["roles"]) == {"Pham Minh Chinh", "Keir Starmer"}


def test_spoke_with_is_a_call_only_on_a_page_about_a_phone_call() -> None:
    lead = "Prime Minister Hun Manet spoke with Prime Minister Pham Minh Chinh on Sunday."
    assert _main(_page(lead))["type"] == "meeting"
    called = _page(lead, "During the phone call, both leaders pledged closer ties.")
    assert _main(called)["type"] == "phone_call"


def test_main_event_is_the_first_joining_two_people() -> None:
    doc = _page(
        "Secretary of State Antony Blinken attended a dinner.",
        "Secretary of State Antony Blinken then met Deputy Prime Minister Tran Hong Ha.",
    )
    assert _main(doc)["type"] == "meeting"


def test_an_english_page_with_no_meeting_has_no_event() -> None:
    doc = _page(
        "Exports of rice rose by nine percent in the first quarter, the ministry said.",
        "The ministry received more than 300 applications from exporters last month.",
    )
    assert doc.events == ()
