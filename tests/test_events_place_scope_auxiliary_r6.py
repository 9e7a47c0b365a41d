"""Review-2 finding 3: an earlier act of a side, told in the clause after its comma, keeps its
place from the event only when a relative pronoun or a past auxiliary ("đã", "vừa", "từng")
opens that clause. A "mới" inside a name ("Viện Đổi mới ...") or after a title ("... mới nhận
nhiệm vụ") and the size "nhỏ và vừa" tell no such act: the place is the event's. Invented.
"""

from __future__ import annotations

import pytest

from vndiplo import Runner

_HEAD = "Thứ trưởng tiếp khách nước ngoài\n\n"


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


def _place(runner: Runner, lead: str) -> str | None:
    doc = runner.run({"id": "p", "text": _HEAD + lead, "published": "2027-04-09"})
    return doc.events[0].location


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # "mới" inside the side's description: the event's place
        (
            "Sáng 8/4, Thứ trưởng Lê Hoài Nam đã tiếp bà Ingrid Holm, Giám đốc Viện Đổi mới "
            "công nghệ Thụy Điển tại Đà Nẵng.",
            "Đà Nẵng",
        ),
        (
            "Chiều 8/4, Thứ trưởng Lê Hoài Nam đã tiếp ông Mikko Laine, Đại sứ Phần Lan mới nhận "
            "nhiệm vụ tại trụ sở Bộ Ngoại giao.",
            "trụ sở Bộ Ngoại giao",
        ),
        (
            "Sáng 8/4, Thứ trưởng Lê Hoài Nam đã tiếp ông Kenji Mori, Chủ tịch Hiệp hội doanh "
            "nghiệp nhỏ và vừa Nhật Bản tại Hải Phòng.",
            "Hải Phòng",
        ),
        # an act of the side's own, opening its clause: not the event's place
        (
            "Sáng 8/4, Thứ trưởng Lê Hoài Nam đã tiếp Đại sứ Pedro Alves, ông vừa trình "
            "quốc thư tại Phủ Chủ tịch.",
            None,
        ),
        (
            "Sáng 8/4, Thứ trưởng Lê Hoài Nam đã tiếp Đại sứ Pedro Alves, người từng công tác "
            "tại Huế.",
            None,
        ),
    ],
)
def test_only_an_opening_auxiliary_makes_an_earlier_act(
    runner: Runner, lead: str, place: str | None
) -> None:
    assert _place(runner, lead) == place
