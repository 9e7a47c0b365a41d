"""A bare visit verb, its destination, then ", và" and an act with a counterpart ("viếng thăm
thủ đô K, và gặp gỡ Thủ tướng X") is the act, as with "và" alone (visit_chain.py): the comma
before "và" changes nothing. Near misses: another subject after ", và", an official visit
("thăm chính thức"), a working session at a site.

All sentences are invented (other names, places, outlets).
"""

from __future__ import annotations

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _main(runner: vndiplo.Runner, lead: str) -> vndiplo.Event:
    doc = runner.run({"id": "t", "text": f"Tin tức\n\n{lead}", "published": "2024-05-20"})
    assert doc.events, lead
    return doc.events[0]


@pytest.mark.parametrize(
    ("lead", "kind", "host", "guest"),
    [
        (
            "Ngày 12/5, Chủ tịch nước Lê Văn Phúc viếng thăm thủ đô Viêng Chăn, và gặp gỡ Thủ"
            " tướng Lào Somsak Vongsa.",
            "meeting",
            "Somsak Vongsa",
            "Lê Văn Phúc",
        ),
        (
            "Hôm nay, Bí thư Tỉnh ủy Ngô Đức Thành đến thăm tỉnh Champasak (Lào), và hội kiến"
            " Tỉnh trưởng tỉnh Champasak Khamphan Sisavath.",
            "meeting",
            "Khamphan Sisavath",
            "Ngô Đức Thành",
        ),
        (
            "Chiều 12/5, Bộ trưởng Ngoại giao Tạ Quang Khải thăm thành phố Bremen, và có cuộc"
            " hội đàm với Ngoại trưởng Đức Lena Fischer.",
            "talks",
            "Lena Fischer",
            "Tạ Quang Khải",
        ),
        (
            "Ngày 12/5, Chủ tịch Quốc hội Đỗ Minh Trí thăm thủ đô Canberra , và gặp Chủ tịch"
            " Thượng viện Úc Susan Clark.",
            "meeting",
            "Susan Clark",
            "Đỗ Minh Trí",
        ),
    ],
)
def test_comma_and_chains_the_act_to_the_visit(
    runner: vndiplo.Runner, lead: str, kind: str, host: str, guest: str
) -> None:
    main = _main(runner, lead)
    roles = {p.name: p.role for p in main.participants}
    assert main.type == kind, (main.type, main.trigger, roles)
    assert roles.get(host) == "host" and roles.get(guest) == "guest", roles


@pytest.mark.parametrize(
    "lead",
    [
        # another subject after ", và": the visit is the subject's own act
        "Ngày 12/5, Chủ tịch nước Lê Văn Phúc thăm thủ đô Viêng Chăn, và Thủ tướng Lào Somsak"
        " Vongsa gặp đoàn doanh nghiệp.",
        # an official visit names the trip itself
        "Ngày 12/5, Chủ tịch nước Lê Văn Phúc thăm chính thức Lào, và hội đàm với Chủ tịch"
        " nước Lào Thongsing Vongsa.",
        # a working session says less than the visit
        "Ngày 12/5, Chủ tịch nước Lê Văn Phúc thăm Nhà máy thủy điện Nam Ngum, và làm việc với"
        " Bộ trưởng Năng lượng Lào Somsak Vongsa.",
    ],
)
def test_comma_and_near_misses_stay_the_visit(runner: vndiplo.Runner, lead: str) -> None:
    assert _main(runner, lead).type == "visit"
