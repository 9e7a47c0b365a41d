"""One invitation clause, or several, for a tour of two countries or more: each leg's host is
the inviter from the country it visits (vndiplo.corpus.leg_inviters). Whole pipeline, our own
sentences.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vndiplo import Runner
from vndiplo.corpus import facts_from_document
from vndiplo.corpus.leg_inviters import listed_inviters
from vndiplo.model import Document

LAO = "Chủ tịch Quốc hội Lào Saysomphone Phomvihane"
KHMER = "Chủ tịch Quốc hội Campuchia Khuon Sudary"
GUEST = "Chủ tịch Quốc hội Trần Thanh Mẫn"

#: Announcements of a two-leg tour, each varying one feature of the first.
TOURS = {
    "comma-list": f"Nhận lời mời của {LAO}, {KHMER}, {GUEST} sẽ thăm chính thức Lào từ ngày 5 "
    "đến 7/10/2024 và thăm chính thức Campuchia từ ngày 8 đến 10/10/2024.",
    "joined-by-va": f"Nhận lời mời của {LAO} và {KHMER}, {GUEST} sẽ thăm chính thức Lào từ ngày "
    "5 đến 7/10/2024 và thăm chính thức Campuchia từ ngày 8 đến 10/10/2024.",
    "two-sentences": f"Nhận lời mời của {LAO}, {GUEST} sẽ thăm chính thức Lào từ ngày 5 đến "
    f"7/10/2024. Tiếp đó, theo lời mời của {KHMER}, {GUEST} sẽ thăm chính thức Campuchia từ ngày "
    "8 đến 10/10/2024.",
    "dash-between-inviters": f"Nhận lời mời của {LAO} - {KHMER}, {GUEST} sẽ thăm chính thức Lào "
    "từ ngày 5 đến 7/10/2024 và thăm chính thức Campuchia từ ngày 8 đến 10/10/2024.",
    "cambodia-first": f"Nhận lời mời của {KHMER} và {LAO}, {GUEST} sẽ thăm chính thức Campuchia "
    "từ ngày 8 đến 10/10/2024 và thăm chính thức Lào từ ngày 11 đến 12/10/2024.",
    "prime-ministers": "Nhận lời mời của Thủ tướng Malaysia Anwar Ibrahim và Thủ tướng Singapore "
    "Lawrence Wong, Thủ tướng Phạm Minh Chính sẽ thăm chính thức Malaysia từ ngày 20 đến "
    "21/11/2024 và thăm chính thức Singapore từ ngày 22 đến 23/11/2024.",
    "written-sang": f"Theo thư mời của {LAO} và {KHMER}, {GUEST} sẽ sang thăm Lào từ ngày 5 đến "
    "7/10/2024 và sang thăm Campuchia từ ngày 8 đến 10/10/2024.",
    "then-second-leg": f"Nhận lời mời của {LAO} và {KHMER}, {GUEST} sẽ thăm chính thức Lào từ ngày "
    "5 đến 7/10/2024, sau đó thăm chính thức Campuchia từ ngày 8 đến 10/10/2024.",
}

EXPECTED = {
    "cambodia-first": {
        "2024-10-08/2024-10-10": "Khuon Sudary",
        "2024-10-11/2024-10-12": "Saysomphone Phomvihane",
    },
    "prime-ministers": {
        "2024-11-20/2024-11-21": "Anwar Ibrahim",
        "2024-11-22/2024-11-23": "Lawrence Wong",
    },
}
TWO_LEGS = {
    "2024-10-05/2024-10-07": "Saysomphone Phomvihane",
    "2024-10-08/2024-10-10": "Khuon Sudary",
}


def _leg_hosts(text: str) -> dict[str, tuple[str, ...]]:
    doc = Runner().run({"id": "x", "text": "Chuyến công du\n\n" + text})
    facts = facts_from_document(doc)
    return {
        s.date: tuple(name for _pid, name, role in s.people if role == "host")
        for s in facts.sources
        if s.type == "visit" and s.date
    }


def test_each_wording_gives_each_leg_its_own_inviter() -> None:
    passing = []
    for name, text in TOURS.items():
        want = EXPECTED.get(name, TWO_LEGS)
        got = _leg_hosts(text)
        if all(got.get(day) == (host,) for day, host in want.items()):
            passing.append(name)
    assert passing == list(TOURS)


def test_a_leg_to_a_country_nobody_invited_has_no_host() -> None:
    got = _leg_hosts(
        f"Nhận lời mời của {LAO} và {KHMER}, {GUEST} sẽ thăm chính thức Lào từ ngày 5 đến "
        "7/10/2024, thăm chính thức Campuchia từ ngày 8 đến 10/10/2024 và thăm Myanmar từ ngày 11 "
        "đến 12/10/2024."
    )
    assert got["2024-10-11/2024-10-12"] == ()


def test_one_country_inviting_keeps_its_joint_inviters() -> None:
    got = _leg_hosts(
        "Nhận lời mời của Tổng Bí thư Lào Thongloun Sisoulith và Thủ tướng Lào Sonexay Siphandone, "
        "Chủ tịch nước Lương Cường sẽ thăm chính thức Lào từ ngày 5 đến 7/10/2024."
    )
    assert set(got["2024-10-05/2024-10-07"]) == {"Thongloun Sisoulith", "Sonexay Siphandone"}


@given(st.text(max_size=200))
def test_listing_inviters_never_fails(text: str) -> None:
    found = listed_inviters(Document(text=text), frozenset())
    assert found == ()
