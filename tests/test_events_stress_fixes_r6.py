"""Round-6 stress fixes, each with variants an unseen outlet would write and near misses:

* the untitled addressee of a message named after an honorific ("gửi điện mừng ông X",
  "thư chúc mừng bà Y", "điện chia buồn tới Ngài Z") is a person and a side of the message;
* a fronted "Ở <Name>," places the clause as a fronted "tại" does;
* a "tại" after a message's word places its topic (the disaster, the congress), not the message;
* a generational suffix closes an honorific name ("ông Benito Aquino III").
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def runner() -> Any:
    import vndiplo

    return vndiplo.Runner()


def _run(runner: Any, text: str) -> Any:
    return runner.run({"id": "x", "text": text, "published": "2024-05-10"})


def _main(runner: Any, text: str) -> Any:
    doc = _run(runner, text)
    assert doc.events
    return doc.events[0]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "Ngày 9/5, Thủ tướng Lê Văn An đã gửi điện mừng ông Rui Almeida nhân dịp nhậm chức"
            " Thủ tướng Bồ Đào Nha.",
            "Rui Almeida",
        ),
        (
            "Ngày 9/5, Chủ tịch nước Trần Văn Bình đã gửi thư chúc mừng bà Lucia Moreno nhân dịp"
            " đắc cử Tổng thống.",
            "Lucia Moreno",
        ),
        (
            "Ngày 9/5, Bộ trưởng Phạm Thu Hà đã gửi điện chia buồn tới Ngài Oliver Grant về vụ"
            " cháy rừng.",
            "Oliver Grant",
        ),
        (
            "Ngày 9/5, Chủ tịch Quốc hội Đỗ Minh Khoa đã gửi thư cho ông Hans Weber về hợp tác"
            " nghị viện.",
            "Hans Weber",
        ),
        (
            "Ngày 9/5, Chủ tịch nước Trần Văn Bình đã điện mừng ông Aslan Bekov tái đắc cử.",
            "Aslan Bekov",
        ),
        (
            "Ngày 9/5, Thủ tướng Lê Văn An gửi điện mừng ông Ben-ni-nô A-ki-nô III nhân dịp"
            " nhậm chức.",
            "Ben-ni-nô A-ki-nô III",
        ),
    ],
)
def test_message_addressee_after_honorific_is_a_side(
    runner: Any, text: str, addressee: str
) -> None:
    main = _main(runner, text)
    assert main.type == "message"
    assert addressee in {p.name for p in main.participants}


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 9/5, Bộ trưởng Phạm Thu Hà đã đọc bức thư của ông Hans Weber gửi học sinh.",
        "Ngày 9/5, thư ký ông Hans Weber cho biết ông sẽ sang Hà Nội.",
        "Ngày 9/5, Thủ tướng Lê Văn An đã trả lời điện thoại ông Hans Weber.",
    ],
)
def test_no_addressee_without_a_message_word(runner: Any, text: str) -> None:
    assert "Hans Weber" not in {p.name for p in _run(runner, text).people}


def test_generational_suffix_closes_an_honorific_name(runner: Any) -> None:
    doc = _run(runner, "Ngày 9/5, Thủ tướng Lê Văn An đã gặp ông Benito Aquino III tại Manila.")
    assert "Benito Aquino III" in {p.name for p in doc.people}
    doc = _run(runner, "Ngày 9/5, Thủ tướng Lê Văn An đã gặp ông Benito Aquino tại Hội nghị II.")
    assert "Benito Aquino" in {p.name for p in doc.people}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ở Phủ Chủ tịch, sáng 9/5, Chủ tịch nước Trần Văn Bình đã tiếp Đại sứ Pháp"
            " Olivier Brochet.",
            "Phủ Chủ tịch",
        ),
        (
            "Sáng 9/5, ở Trụ sở Chính phủ, Thủ tướng Lê Văn An đã tiếp Đại sứ Pháp"
            " Olivier Brochet.",
            "Trụ sở Chính phủ",
        ),
        (
            "Ở Hà Nội, chiều 9/5, Phó Thủ tướng Đỗ Minh Khoa đã hội đàm với Bộ trưởng Năng lượng"
            " Ấn Độ Manohar Lal.",
            "Hà Nội",
        ),
        (
            "Sáng 9/5, tại Trụ sở Chính phủ, Thủ tướng Lê Văn An đã tiếp Đại sứ Pháp"
            " Olivier Brochet.",
            "Trụ sở Chính phủ",
        ),
    ],
)
def test_fronted_o_places_the_clause(runner: Any, text: str, place: str) -> None:
    assert _main(runner, text).location == place


@pytest.mark.parametrize(
    "text",
    [
        # "ở" at a level, in lower case: no place
        "Ở cấp địa phương, sáng 9/5, Chủ tịch UBND tỉnh Lào Cai Hoàng Văn Sơn đã tiếp Phó"
        " Tỉnh trưởng tỉnh Vân Nam Dương Á Lâm.",
        # a later sentence's "Ở X," is not the meeting's
        "Sáng 9/5, Thủ tướng Lê Văn An đã tiếp Đại sứ Pháp Olivier Brochet. Ở Việt Nam, các"
        " doanh nghiệp Pháp đang mở rộng đầu tư.",
    ],
)
def test_no_fronted_o_place(runner: Any, text: str) -> None:
    assert _main(runner, text).location is None


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 9/5, Thủ tướng đã gửi điện thăm hỏi tới Tổng thống Philippines Ferdinand Marcos"
        " về thiệt hại do cơn bão tại miền Bắc nước này gây ra.",
        "Ngày 9/5, Chủ tịch nước đã gửi điện chia buồn tới Thủ tướng Nhật Bản Kishida Fumio"
        " về vụ tai nạn máy bay tại sân bay Haneda.",
        "Nhân dịp Đại hội Đảng tổ chức tại Viêng Chăn, ngày 9/5, Tổng Bí thư Tô Lâm đã gửi"
        " điện mừng Tổng Bí thư Thongloun Sisoulith.",
    ],
)
def test_topic_place_is_not_the_messages(runner: Any, text: str) -> None:
    main = _main(runner, text)
    assert main.type == "message"
    assert main.location is None


def test_fronted_place_of_a_message_and_a_call_keep_theirs(runner: Any) -> None:
    main = _main(
        runner,
        "Tại Phủ Chủ tịch, sáng 9/5, Chủ tịch nước Trần Văn Bình đã trao thư chúc mừng tới"
        " Đại sứ Lào Khamphao Ernthavanh.",
    )
    assert main.location == "Phủ Chủ tịch"
    main = _main(
        runner,
        "Sáng 9/5, Thủ tướng Lê Văn An đã điện đàm với Thủ tướng Lào Sonexay Siphandone tại"
        " Trụ sở Chính phủ.",
    )
    assert (main.type, main.location) == ("phone_call", "Trụ sở Chính phủ")
