"""English pages that report a visit only as a noun: "The visit ... is the first trip abroad
by X" (the visit the page is about, its guest after "by"/"of", its hosts in the invitation
clause), and a name set off by "as" before its office ("by X as Lao Prime Minister"). Invented
wording: other leaders, countries, years and punctuation than any page."""

from __future__ import annotations

import pytest

import vndiplo


def _visits(text: str) -> list[dict[str, str]]:
    doc = vndiplo.extract(text, published="2024-03-05")
    return [
        {p.name: p.role for p in e.participants}
        for e in doc.events
        if e.type == "visit" and not e.referenced and not e.planned
    ]


@pytest.mark.parametrize(
    ("text", "guest", "hosts"),
    [
        (  # invitation clause inside the sentence, guest titled after "by"
            "The visit, which is paid at the invitation of Prime Minister Pham Minh Chinh, is the"
            " first trip abroad by Thai Prime Minister Srettha Thavisin since he took office.\n"
            "The two sides are expected to discuss trade and tourism.",
            "Srettha Thavisin",
            {"Pham Minh Chinh"},
        ),
        (  # "It is" with no article, invitation in the next sentence
            "It is first overseas trip by Cambodian Prime Minister Hun Manet in his capacity as"
            " head of the new government.\nThe trip is made at the invitation of Prime Minister"
            " Pham Minh Chinh.\nThe two leaders will discuss border trade.",
            "Hun Manet",
            {"Pham Minh Chinh"},
        ),
        (  # "This is ... visit of", the office after "as", the invitation after the guest
            "This is the first foreign visit of Sonexay Siphandone as Lao Prime Minister, on the"
            " invitation of Prime Minister Pham Minh Chinh.\n"
            "He is accompanied by several ministers and business leaders.",
            "Sonexay Siphandone",
            {"Pham Minh Chinh"},
        ),
        (  # the untitled guest named by "as" and his office, invitation fronted
            "At the invitation of State President Vo Van Thuong, the visit is the first trip"
            " overseas by Tharman Shanmugaratnam as Singaporean President.\n"
            "Both countries hope to deepen their strategic partnership.",
            "Tharman Shanmugaratnam",
            {"Vo Van Thuong"},
        ),
        (  # dashes around the noun phrase, another verb ("marks"), a destination
            "The trip – which marks the first official visit to Vietnam by Indonesian President"
            " Prabowo Subianto – is made at the invitation of President Luong Cuong.\n"
            "The two presidents will witness the signing of several agreements.",
            "Prabowo Subianto",
            {"Luong Cuong"},
        ),
        (  # past tense, brackets, "journey"
            "The journey was the first trip abroad (since taking office) by Japanese Prime"
            " Minister Shigeru Ishiba, who was invited by Prime Minister Pham Minh Chinh.\n"
            "Officials from both sides signed several documents.",
            "Shigeru Ishiba",
            set(),
        ),
        (  # the guest as a possessor: "X's first trip"
            "The visit, made at the invitation of President Luong Cuong, is Kenyan President"
            " William Ruto's first trip to Southeast Asia.\n"
            "The two presidents are expected to sign agreements on agriculture.",
            "William Ruto",
            {"Luong Cuong"},
        ),
        (  # "the first time X has visited", invitation in the next sentence
            "It marks the first time Indonesian President Prabowo Subianto has visited Vietnam"
            " since taking office.\n"
            "He travels at the invitation of General Secretary To Lam.\n"
            "Both sides will review defence cooperation.",
            "Prabowo Subianto",
            {"To Lam"},
        ),
    ],
)
def test_first_trip_noun_reports_the_visit(text: str, guest: str, hosts: set[str]) -> None:
    visits = _visits(text)
    assert visits, "no reported visit"
    roles = visits[0]
    assert roles.get(guest) == "guest"
    assert {n for n, r in roles.items() if r == "host"} >= hosts


@pytest.mark.parametrize(
    "text",
    [
        # a recalled first trip: its own year, not the visit the page reports
        "His first trip abroad as president was to Laos in 2016, when President Tran Dai Quang"
        " met Lao President Bounnhang Volachith.\nThe two discussed border issues.",
        "The 2019 visit was the first trip abroad by Thai Prime Minister Prayut Chan-o-cha after"
        " the elections.\nHe later returned twice.",
        # the first time of something else, and someone's first visit recalled with its year
        "It was the first time President Luong Cuong had met Kenyan President William Ruto,"
        " officials said.\nThey discussed coffee exports.",
        "Chile's President Gabriel Boric said his first trip to Asia in 2022 was to Japan, where"
        " he met Prime Minister Fumio Kishida.\nHe spoke highly of the ties.",
        # no person after "by": nobody's visit
        "The visit is the first by a Japanese head of government in a decade.\nPrime Minister"
        " Pham Minh Chinh is expected to attend.",
    ],
)
def test_other_first_trips_report_no_visit(text: str) -> None:
    assert not _visits(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials said the talks with Sonexay Siphandone as Lao Prime Minister went well.",
         "Sonexay Siphandone"),
        ("The agreement was signed by Hun Manet, in his capacity as Cambodian Prime Minister, on"
         " Monday.", "Hun Manet"),
        ("Delegates welcomed Tharman Shanmugaratnam in his capacity as President of Singapore.",
         "Tharman Shanmugaratnam"),
    ],
)  # fmt: skip
def test_name_before_as_and_office_is_a_person(text: str, name: str) -> None:
    doc = vndiplo.extract(text, published="2024-03-05")
    assert name in {p.name for p in doc.people}


def test_country_before_as_and_office_is_no_person() -> None:
    doc = vndiplo.extract(
        "Viet Nam as Chair of ASEAN hosted the summit, said Prime Minister Pham Minh Chinh.",
        published="2024-03-05",
    )
    assert "Viet Nam" not in {p.name for p in doc.people}
