"""Round 7 (events7c): two classes of misread sides. Invented names, places and dates.

* The inviter of a visit is never its visitor, whatever the word order: an invitation told in
  its own sentence after the visit ("Chuyến thăm diễn ra theo lời mời của X"), after a visit
  noun ("Đây là chuyến thăm chính thức theo lời mời của X"), a passive invitation before the
  visit verb ("Y được X mời sang thăm", "Y, được X mời, đã sang thăm").
* A welcome verb whose object is a count of visitors or vehicles is no reception ("đón tiếp 15
  triệu lượt khách", "đón 2 chuyến bay", "tiếp đón hơn 500 đại biểu"); counted delegations, a
  few envoys and an uncounted delegation stay receptions.
"""

from __future__ import annotations

import pytest

import vndiplo


def _events(text: str) -> list[vndiplo.Event]:
    return list(vndiplo.Runner().run({"id": "a", "text": text, "published": "2024-05-10"}).events)


def _sides(event: vndiplo.Event) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in event.participants}


_ARRIVAL = "Ngày 8/5, Thủ tướng Lào Somsak Vongvichit đến Hà Nội. "


@pytest.mark.parametrize(
    "text",
    [
        _ARRIVAL + "Chuyến thăm diễn ra theo lời mời của Thủ tướng Phan Quốc Việt.",
        _ARRIVAL
        + "Chuyến thăm chính thức được tiến hành theo lời mời của Thủ tướng Phan Quốc Việt.",
        _ARRIVAL + "Đây là chuyến thăm chính thức theo lời mời của Thủ tướng Phan Quốc Việt.",
        "Thủ tướng Lào Somsak Vongvichit đã được Thủ tướng Phan Quốc Việt mời thăm chính thức "
        "Việt Nam vào ngày 8/5.",
        "Thủ tướng Lào Somsak Vongvichit, được Thủ tướng Phan Quốc Việt mời, đã sang thăm Việt Nam"
        " ngày 8/5.",
        "Thủ tướng Lào Somsak Vongvichit được Thủ tướng Phan Quốc Việt mời sang thăm Việt Nam từ "
        "ngày 8/5.",
    ],
)
def test_the_inviter_is_never_the_visitor(text: str) -> None:
    events = _events(text)
    assert events and events[0].type == "visit"
    assert _sides(events[0]) == {("Somsak Vongvichit", "guest")}
    assert all(("Phan Quốc Việt", "guest") not in _sides(e) for e in events if e.type == "visit")


def test_a_passive_reception_keeps_its_host() -> None:
    # near miss: "được X tiếp" names the host, no invitation
    events = _events(
        "Ngày 8/5, Thủ tướng Lào Somsak Vongvichit đã được Thủ tướng Phan Quốc Việt tiếp tại "
        "trụ sở Chính phủ."
    )
    assert _sides(events[0]) == {("Phan Quốc Việt", "host"), ("Somsak Vongvichit", "guest")}


def test_the_visitor_named_after_the_visit_noun_stays() -> None:
    # near miss: "chuyến thăm của Y theo lời mời của X": Y (before the invitation) visits
    events = _events(
        "Chuyến thăm Việt Nam của Thủ tướng Lào Somsak Vongvichit từ ngày 8 đến 10/5 theo lời "
        "mời của Thủ tướng Phan Quốc Việt đã thành công tốt đẹp."
    )
    assert events[0].type == "visit"
    assert _sides(events[0]) == {("Somsak Vongvichit", "guest")}


_HOST = "Sáng 9/5, Chủ tịch UBND tỉnh Hoàng Trọng Đạt "


@pytest.mark.parametrize(
    "text",
    [
        _HOST + "cho biết năm ngoái tỉnh đã đón tiếp 12 triệu lượt khách du lịch.",
        _HOST + "cho biết cảng Liên Chiểu đã đón 3 chuyến tàu chở khách quốc tế.",
        _HOST + "cho biết thành phố đã tiếp đón hơn 600 đại biểu dự diễn đàn.",
        _HOST + "cho biết tỉnh đã đón tiếp hàng nghìn du khách tại cửa khẩu.",
        _HOST + "cho biết sân bay Phù Cát đã đón 4 chuyến bay thuê bao.",
        _HOST + "cho biết huyện đón tiếp du khách suốt dịp lễ.",
    ],
)
def test_a_counted_crowd_is_no_reception(text: str) -> None:
    assert all(e.type != "reception" for e in _events(text))


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        # counted delegations, a few envoys, an uncounted delegation: receptions
        (_HOST + "đã tiếp 2 đoàn doanh nghiệp Hàn Quốc do ông Park Ji-ho dẫn đầu.", "Park Ji-ho"),
        (
            _HOST + "đã đón tiếp đoàn đại biểu tỉnh Savannakhet do ông Bounmy Keo dẫn đầu.",
            "Bounmy Keo",
        ),
        (_HOST + "đã tiếp 3 Đại sứ châu Âu, trong đó có Đại sứ Đức Klaus Becker.", "Klaus Becker"),
    ],
)
def test_a_delegation_or_an_envoy_stays_a_reception(text: str, guest: str) -> None:
    events = _events(text)
    assert events and events[0].type == "reception"
    assert (guest, "guest") in _sides(events[0])


_WELCOME = (
    "Sáng 9/5, Thủ tướng Phan Quốc Việt đón Thủ tướng Lào Somsak Vongvichit tại trụ sở Chính phủ. "
)
_PAIR = {("Phan Quốc Việt", "host"), ("Somsak Vongvichit", "guest")}


@pytest.mark.parametrize(
    "sequel",
    [
        "Sau đó, tiến hành hội đàm.",
        "Tiếp đó, đã diễn ra cuộc hội đàm.",
        "Ngay sau đó là hội đàm.",
        "Tiếp theo, bước vào hội đàm chính thức.",
        "Kế đó, các bên tiến hành hội đàm.",
        "Sau đó hai bên hội đàm.",
    ],
)
def test_a_subjectless_sequel_inherits_the_pair_before(sequel: str) -> None:
    talks = [e for e in _events(_WELCOME + sequel) if e.type == "talks"]
    assert talks and _sides(talks[0]) == _PAIR


@pytest.mark.parametrize(
    "text",
    [
        # a sequel that names its own sides, a gathering, a sequel with no act before it
        _WELCOME + "Sau đó, Thủ tướng Lào hội kiến Tổng Bí thư Trần Văn Đông.",
        _WELCOME + "Sau đó, tiến hành hội nghị tổng kết công tác năm của ngành.",
        "Sau đó, tiến hành hội đàm. Sáng 9/5, Thủ tướng Phan Quốc Việt tiếp ông Somsak Vongvichit.",
    ],
)
def test_no_pair_is_lent_to_a_clause_with_its_own_sides_or_none_before(text: str) -> None:
    for event in _events(text):
        if event.type == "talks":
            assert _sides(event) != _PAIR
