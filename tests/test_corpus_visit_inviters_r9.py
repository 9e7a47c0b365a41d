"""The corpus gives a visit its inviter as its counterpart (README round 8 #35): arrival and
announcement pages name the inviter, other outlets the leader the visitor meets."""

from __future__ import annotations

import pytest

from vndiplo import Runner
from vndiplo.corpus import merge
from vndiplo.corpus.facts import facts_from_document

RUNNER = Runner()


def _visit_people(text: str, published: str = "2025-01-01") -> list[set[tuple[str, str]]]:
    facts = facts_from_document(RUNNER.run({"text": text, "published": published}))
    return [
        {(name, role) for _pid, name, role in s.people} for s in facts.sources if s.type == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "guest", "inviter"),
    [
        # the invitation in the visit's own sentence
        (
            "Chiều 2/7/2025, Chủ tịch Quốc hội Trần Thanh Mẫn tới Thủ đô Vientiane, bắt đầu chuyến "
            "thăm chính thức Lào theo lời mời của Chủ tịch Quốc hội Lào Saysomphone Phomvihane.",
            "Trần Thanh Mẫn",
            "Saysomphone Phomvihane",
        ),
        # in a restated arrival a paragraph later, welcomers listed after it
        (
            "Tối 14/9/2025, Tổng thống Chile Gabriel Boric và Phu nhân đến Hà Nội, bắt đầu chuyến "
            "thăm cấp Nhà nước tới Việt Nam.\n\nChuyên cơ chở Tổng thống Gabriel Boric đã hạ cánh "
            "xuống sân bay quốc tế Nội Bài, bắt đầu chuyến thăm theo lời mời của Chủ tịch nước "
            "Lương Cường.\n\nĐón Tổng thống tại sân bay có Phó Thủ tướng Bùi Thanh Sơn.",
            "Gabriel Boric",
            "Lương Cường",
        ),
        # "Nhận lời mời của" opening the sentence, a province level
        (
            "Nhận lời mời của Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh Bùi Văn Khắng, ngày "
            "8/5/2025, Tỉnh trưởng tỉnh Gangwon Kim Jin-tae đến thăm và làm việc tại tỉnh.",
            "Kim Jin-tae",
            "Bùi Văn Khắng",
        ),
    ],
)
def test_visit_takes_its_inviter_as_host(text: str, guest: str, inviter: str) -> None:
    visits = _visit_people(text)
    assert any((guest, "guest") in v and (inviter, "host") in v for v in visits), visits


def test_each_visit_its_own_inviter_guest_excluded() -> None:
    # an announcement with a past visit the other way round: each visit the other leader
    text = (
        "Theo thông báo của Bộ Ngoại giao, Thủ tướng Phạm Minh Chính sẽ thăm chính thức Cộng hòa "
        "Singapore từ ngày 11 đến 12/3/2025.\n\nChuyến thăm được thực hiện theo lời mời của Thủ "
        "tướng Singapore Lawrence Wong.\n\nTrước đó, nhận lời mời của Thủ tướng Phạm Minh Chính, "
        "Thủ tướng Lawrence Wong đã thăm Việt Nam từ ngày 5 đến 6/11/2024."
    )
    facts = facts_from_document(RUNNER.run({"text": text, "published": "2025-03-05"}))
    roles = {frozenset((n, r) for _p, n, r in s.people) for s in facts.sources if s.type == "visit"}
    assert frozenset({("Phạm Minh Chính", "guest"), ("Lawrence Wong", "host")}) in roles
    assert frozenset({("Lawrence Wong", "guest"), ("Phạm Minh Chính", "host")}) in roles


def test_two_inviters_for_one_guest_give_none() -> None:
    # a tour of two countries: which invitation is which visit's is not for the corpus to guess
    text = (
        "Ngày 3/4/2025, Bộ trưởng Quốc phòng Phan Văn Giang thăm chính thức Indonesia theo lời mời "
        "của Bộ trưởng Quốc phòng Indonesia Sjafrie Sjamsoeddin, sau đó thăm Malaysia theo lời mời "
        "của Bộ trưởng Quốc phòng Malaysia Mohamed Khaled Nordin."
    )
    assert all(role != "host" for v in _visit_people(text) for _n, role in v)


def test_no_invitation_keeps_the_article_reading() -> None:
    # near misses: an invitation nobody is named in, an invitation to a conference
    for text in (
        "Sáng 5/6/2025, Thủ tướng Phạm Minh Chính đến Paris, bắt đầu chuyến thăm chính thức Pháp, "
        "nhận lời mời thăm từ phía Pháp.",
        "Sáng 5/6/2025, Thủ tướng Phạm Minh Chính đến Paris, bắt đầu chuyến thăm chính thức Pháp. "
        "Ông cũng nhận lời mời của ban tổ chức Hội nghị.",
    ):
        assert all(role != "host" for v in _visit_people(text) for _n, role in v)


def test_arrival_page_merges_with_the_hosts_welcome() -> None:
    arrival = (
        "Tối 14/9/2025, Tổng thống Chile Gabriel Boric đến Hà Nội, bắt đầu chuyến thăm cấp Nhà "
        "nước tới Việt Nam theo lời mời của Chủ tịch nước Lương Cường.\n\nĐón Tổng thống tại "
        "sân bay có Phó Thủ tướng Bùi Thanh Sơn."
    )
    welcome = (
        "Sáng 15/9/2025, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường chủ trì lễ đón chính thức "
        "Tổng thống Chile Gabriel Boric thăm cấp Nhà nước Việt Nam."
    )
    docs = RUNNER.run_many(
        [
            {"id": "a", "text": arrival, "published": "2025-09-14"},
            {"id": "b", "text": welcome, "published": "2025-09-15"},
        ]
    )
    events = merge(docs)
    assert any({s.document_id for s in e.sources} == {"a", "b"} for e in events), events
