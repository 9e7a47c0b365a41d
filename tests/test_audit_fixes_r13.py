"""Round 13's audit: other wordings of the round's fixed classes that the first fixes missed
(a variant audit wrote them; these are the lead's own rewordings). Invented wording."""

from __future__ import annotations

import pytest

import vndiplo

BODY = "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, giáo dục và văn hóa."


def _dates(text: str, published: str | None = "2023-12-01") -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in vndiplo.extract(text, published=published).dates]


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến nay, 5/12 sở, ngành của tỉnh đã ban hành kế hoạch hội nhập.",
        "Kết quả, 8/10 bệnh viện đạt chuẩn về đối ngoại y tế.",
        "Trong đó, 3/4 công trình hợp tác với tỉnh bạn đã hoàn thành.",
    ],
)
def test_share_opening_its_clause_before_a_lower_case_predicate(text: str) -> None:
    assert _dates(text) == []


def test_day_opening_its_clause_before_a_proper_name_stays_a_date() -> None:
    assert _dates("Ngày 6/9, Bí thư Tỉnh ủy tiếp đoàn. 7/9 tỉnh Attapeu đón đoàn.") != []


@pytest.mark.parametrize("edge", ["giữa", "đầu", "cuối"])
def test_edge_of_the_year_after_hoi_or_vao(edge: str) -> None:
    for lead in ("hồi", "vào"):
        found = _dates(f"Nhà máy được khởi công {lead} {edge} năm với vốn của Nhật Bản.")
        assert found == [(f"{edge} năm", "2023")], (lead, found)


def test_clock_anchor_still_reads_hours() -> None:
    assert _dates("Lúc 9 giờ sáng 4/3, ông A tiếp ông B.")[0][1] == "2023-03-04T09:00"


@pytest.mark.parametrize(
    "opening",
    [
        "Năm 1992 hai nước đã bình thường hoá quan hệ.",
        "Năm 2009, hai tỉnh đã kết nghĩa.",
        "Năm 2016 Việt Nam đã công nhận quy chế kinh tế thị trường của nước bạn.",
    ],
)
def test_year_of_a_done_act_ties_no_stampless_page(opening: str) -> None:
    d = vndiplo.extract(
        f"{opening}\n\nSáng 18/4, tại Hà Nội, Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Ba Lan"
        " Joanna Skoczek.",
        published=None,
    )
    assert d.events[0].date == "--04-18"


@pytest.mark.parametrize(
    "lead",
    [
        "Hà Nội, ngày 9/10/2023 - Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp Đại sứ Brazil Marcia"
        " Donner Abreu.",
        "Viêng Chăn, 14/3 – Đại sứ Nguyễn Minh Tâm đã chào xã giao Chủ tịch nước Lào Thongloun"
        " Sisoulith.",
    ],
)
def test_place_and_day_dateline_lead_above_photo_credit_stays_body(lead: str) -> None:
    d = vndiplo.extract("\n\n".join([lead, "Ảnh: Minh Đức |", BODY]), published="2023-10-10")
    assert lead[:20] in d.body


@pytest.mark.parametrize(
    "pointer",
    ["Kính mời quý độc giả theo dõi thêm:", "Mời bạn đọc xem thêm các tin liên quan:"],
)
def test_pointer_to_the_site_list_is_no_last_line(pointer: str) -> None:
    d = vndiplo.extract(
        "\n\n".join(
            [
                "Sáng 3/6, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Úc.",
                BODY + " Hai bên cũng trao đổi về các vấn đề khu vực.",
                pointer,
            ]
        ),
        published="2023-06-04",
    )
    assert pointer not in d.body


def test_report_ending_with_its_own_colon_line_keeps_it() -> None:
    closing = "Phát biểu tại buổi tiếp, Bộ trưởng nhấn mạnh ba nội dung hợp tác trọng tâm như sau:"
    d = vndiplo.extract(
        "\n\n".join(
            ["Sáng 3/6, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Úc.", closing]
        ),
        published="2023-06-04",
    )
    assert closing in d.body


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "President Vo Van Thuong on Tuesday received Minister of Home Affairs and Law, K."
            " Shanmugam, in Hanoi.",
            "K. Shanmugam",
            "Minister of Home Affairs and Law",
        ),
        (
            "Deputy Prime Minister Tran Luu Quang met Singaporean Minister of Trade and Industry,"
            " Gan Kim Yong, in Singapore on Monday.",
            "Gan Kim Yong",
            "Minister of Trade and Industry",
        ),
    ],
)
def test_english_portfolio_title_comma_name(text: str, name: str, title: str) -> None:
    people = {p.name: p.titles for p in vndiplo.extract(text, published="2024-03-05").people}
    assert name in people
    assert title in people[name]


def test_english_chief_of_general_staff() -> None:
    d = vndiplo.extract(
        "Chief of the General Staff, Sr. Lt. Gen. Nguyen Tan Cuong received Thai Army chief"
        " General Pana Klaewblaudtuk in Hanoi on Friday.",
        published="2024-03-05",
    )
    names = {p.name for p in d.people}
    assert "Staff" not in names
    assert "Nguyen Tan Cuong" in names
