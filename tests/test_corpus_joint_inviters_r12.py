"""One invitation of two leaders ("theo lời mời của Tổng Bí thư A và Chủ tịch nước B") makes
both the visit's hosts in the corpus; two invitations of a tour still give none. Invented text."""

from __future__ import annotations

from vndiplo import Runner
from vndiplo.corpus.facts import facts_from_document

RUNNER = Runner()


def _visit_people(text: str) -> list[set[tuple[str, str]]]:
    facts = facts_from_document(RUNNER.run({"text": text, "published": "2025-06-01"}))
    return [
        {(name, role) for _pid, name, role in s.people} for s in facts.sources if s.type == "visit"
    ]


def test_joint_invitation_gives_both_hosts() -> None:
    people = _visit_people(
        "Chiều 30/5/2025, Tổng thống Indonesia Prabowo Subianto đến Hà Nội, bắt đầu chuyến thăm"
        " cấp Nhà nước Việt Nam theo lời mời của Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường."
    )
    assert {("Tô Lâm", "host"), ("Lương Cường", "host")} <= people[0]
    assert ("Prabowo Subianto", "guest") in people[0]


def test_a_second_name_after_a_verb_is_no_inviter() -> None:
    people = _visit_people(
        "Theo lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Thái Lan Paetongtarn Shinawatra"
        " thăm chính thức Việt Nam từ ngày 15 đến 16/5/2025."
    )
    hosts = {name for visit in people for name, role in visit if role == "host"}
    assert hosts == {"Phạm Minh Chính"}


def test_spouse_after_the_inviter_ends_the_invitation() -> None:
    people = _visit_people(
        "Theo lời mời của Chủ tịch nước Lương Cường và Phu nhân, Tổng thống Chile Gabriel Boric"
        " và Phu nhân đã thăm cấp Nhà nước Việt Nam từ ngày 10 đến 12/5/2025."
    )
    hosts = {name for visit in people for name, role in visit if role == "host"}
    assert hosts == {"Lương Cường"}


def test_abbreviation_dot_in_the_inviters_title_is_no_sentence_end() -> None:
    # "T.Ư" (Trung ương) and "TP." carry dots that do not end the invitation's clause
    people = _visit_people(
        "Nhận lời mời của Tổng Bí thư Ban Chấp hành T.Ư Đảng Cộng sản Việt Nam Tô Lâm, Tổng Bí"
        " thư Ban Chấp hành T.Ư Đảng Nhân dân Cách mạng Lào Thongloun Sisoulith hôm nay đến Hà"
        " Nội, bắt đầu thăm hữu nghị chính thức nước ta."
    )
    assert ("Tô Lâm", "host") in people[0]


def test_a_full_stop_before_the_next_sentence_still_ends_the_invitation() -> None:
    people = _visit_people(
        "Chuyến thăm diễn ra theo lời mời của phía bạn. Thủ tướng Phạm Minh Chính sẽ hội đàm với"
        " Thủ tướng Campuchia Hun Manet. Ông Hun Manet thăm chính thức Việt Nam ngày 12/6/2025."
    )
    hosts = {name for visit in people for name, role in visit if role == "host"}
    assert "Phạm Minh Chính" not in hosts
