"""Round 11 (events11b), on sentences written for these tests (no page's words):

* a visit told of a delegation with no one named takes as guest the head named in its sentence
  or the two after ("Đoàn do đồng chí X, <titles> làm trưởng đoàn");
* a reception of several delegations takes every head the follow-up sentence names as a guest;
* "có buổi làm việc với" is the trigger as written (README round 4, R01).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, titled

from vndiplo.model import Event

_PEOPLE = titled(
    {
        "Sổm Phết Vông-xay": ("Phó Tỉnh trưởng", "LA"),
        "Bun-lăm Xi-tha": ("Phó Tỉnh trưởng", "LA"),
        "Khăm-la Phôm-ma": ("Phó Tỉnh trưởng", "LA"),
        "Đinh Thị Mai Hoa": ("Phó Chủ tịch UBND tỉnh", "VN"),
        "Hồ Văn Tường": ("Bí thư Tỉnh đoàn", "VN"),
        "Tạ Minh Luân": ("Bộ trưởng", "VN"),
        "Marek Novak": ("Bộ trưởng", "CZ"),
    }
)


def _main(text: str) -> Event:
    return extract_events(annotate(text, _PEOPLE, []))[0]


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in _main(text).participants}


def test_a_visiting_delegations_head_in_the_next_sentence_is_its_guest() -> None:
    roles = _roles(
        "Từ ngày 4 - 6/9, đoàn đại biểu thanh niên tỉnh Bò Kẹo (Lào) đã sang thăm, giao lưu với "
        "thanh niên tỉnh Yên Bái. Đoàn do đồng chí Sổm Phết Vông-xay - Phó Tỉnh trưởng làm trưởng "
        "đoàn. Tiếp đoàn có đồng chí Hồ Văn Tường - Bí thư Tỉnh đoàn."
    )
    assert roles.get("Sổm Phết Vông-xay") == "guest"
    assert roles.get("Hồ Văn Tường") == "host"


def test_a_head_with_titles_after_the_name_and_dan_dau() -> None:
    roles = _roles(
        "Đoàn công tác tỉnh Bò Kẹo đã đến thăm tỉnh Yên Bái. Đoàn do ông Bun-lăm Xi-tha, Phó "
        "Tỉnh trưởng tỉnh Bò Kẹo dẫn đầu."
    )
    assert roles.get("Bun-lăm Xi-tha") == "guest"


def test_two_heads_named_give_the_visit_no_guest() -> None:
    # near miss: two delegations each led, nothing says which one visits
    roles = _roles(
        "Đoàn đại biểu hai tỉnh đã sang thăm tỉnh Yên Bái. Đoàn tỉnh Bò Kẹo do ông Bun-lăm "
        "Xi-tha làm trưởng đoàn; đoàn tỉnh Luông Nặm Tha do ông Khăm-la Phôm-ma làm trưởng đoàn."
    )
    assert "guest" not in roles.values()


def test_a_leader_leading_a_delegation_as_subject_is_no_head_named_by_do() -> None:
    # near miss: "dẫn đầu đoàn" makes X the subject of his own clause, no "do X dẫn đầu"
    roles = _roles(
        "Đoàn đại biểu tỉnh Bò Kẹo đã sang thăm tỉnh Yên Bái. Bà Đinh Thị Mai Hoa dẫn đầu đoàn "
        "tỉnh Yên Bái đón tiếp."
    )
    assert roles.get("Đinh Thị Mai Hoa") != "guest"


def test_every_head_of_the_delegations_received_is_a_guest() -> None:
    roles = _roles(
        "Chiều 12/9, bà Đinh Thị Mai Hoa - Phó Chủ tịch UBND tỉnh đã tiếp đoàn đại biểu 3 tỉnh: "
        "Bò Kẹo, Luông Nặm Tha và U-đôm Xay (Lào). Đoàn tỉnh Bò Kẹo do đồng chí Sổm Phết "
        "Vông-xay, Giám đốc Sở Ngoại vụ Bò Kẹo làm Trưởng đoàn; tỉnh Luông Nặm Tha do đồng chí "
        "Bun-lăm Xi-tha, Trưởng ban Đối ngoại Luông Nặm Tha làm Trưởng đoàn; tỉnh U-đôm Xay do "
        "đồng chí Khăm-la Phôm-ma, Chánh Văn phòng U-đôm Xay làm Trưởng đoàn."
    )
    assert roles == {
        "Đinh Thị Mai Hoa": "host",
        "Sổm Phết Vông-xay": "guest",
        "Bun-lăm Xi-tha": "guest",
        "Khăm-la Phôm-ma": "guest",
    }


def test_co_buoi_lam_viec_voi_is_the_trigger_as_written() -> None:
    main = _main(
        "Ngày 8/11, tại Praha, Bộ trưởng Tạ Minh Luân đã có buổi làm việc với ông Marek Novak "
        "về hợp tác giao thông."
    )
    assert (main.type, main.trigger) == ("meeting", "có buổi làm việc với")


def test_a_chaired_session_keeps_its_noun() -> None:
    # near miss: no "có ... với", the noun alone stays the trigger
    main = _main(
        "Sáng 8/11, Bộ trưởng Tạ Minh Luân chủ trì buổi làm việc với đoàn Bộ Giao thông Séc."
    )
    assert main.trigger == "buổi làm việc"


_PIECES = st.sampled_from(
    [
        "Đoàn đại biểu tỉnh Bò Kẹo đã sang thăm tỉnh Yên Bái.",
        "Đoàn do đồng chí Sổm Phết Vông-xay, Phó Tỉnh trưởng làm trưởng đoàn.",
        " do ",
        " dẫn đầu",
        " làm Trưởng đoàn;",
        "bà Đinh Thị Mai Hoa đã tiếp đoàn đại biểu 2 tỉnh.",
        "có buổi làm việc với",
        "Bun-lăm Xi-tha",
        ", ",
        ". ",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=10))
def test_delegation_heads_never_break_extraction(pieces: list[str]) -> None:
    text = "".join(pieces)
    document = annotate(text, _PEOPLE, [])
    people = {p.name for p in document.people}
    for event in extract_events(document):
        assert {p.name for p in event.participants} <= people
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)
