"""English: a welcome ceremony written "welcoming ceremony" is the host's reception of the guest,
as "welcome ceremony" was (round 15, corpus: an English page about a defence minister's welcome
reported no event). Our own sentences."""

from __future__ import annotations

import pytest

import vndiplo

CASES = [
    (
        "Vietnamese Minister of National Defense Phan Van Giang hosted a welcoming ceremony for"
        " Chinese Defense Minister Dong Jun in Hanoi on April 25.",
        "Phan Van Giang",
        "Dong Jun",
    ),
    (
        "President Luong Cuong presided over a welcoming ceremony for visiting Chilean President"
        " Gabriel Boric in Hanoi on November 12.",
        "Luong Cuong",
        "Gabriel Boric",
    ),
    (
        "National Assembly Chairman Tran Thanh Man chaired an official welcoming ceremony for Lao"
        " National Assembly President Saysomphone Phomvihane on March 3.",
        "Tran Thanh Man",
        "Saysomphone Phomvihane",
    ),
    (
        "Prime Minister Pham Minh Chinh held a welcoming ceremony for his Malaysian counterpart"
        " Anwar Ibrahim at the Presidential Palace on July 7.",
        "Pham Minh Chinh",
        "Anwar Ibrahim",
    ),
]


@pytest.mark.parametrize(("text", "host", "guest"), CASES)
def test_welcoming_ceremony_is_the_hosts_reception(text: str, host: str, guest: str) -> None:
    doc = vndiplo.extract(text, published="2024-11-13")
    main = doc.events[0]
    assert main.type == "reception"
    roles = {p.name: p.role for p in main.participants}
    assert roles.get(host) == "host" and roles.get(guest) == "guest"


def test_a_ceremony_for_students_is_no_reception() -> None:
    doc = vndiplo.extract(
        "Deputy Prime Minister Tran Hong Ha attended a welcoming ceremony for new students in"
        " Hanoi on September 5.",
        published="2024-09-06",
    )
    assert all(e.type != "reception" for e in doc.events)
