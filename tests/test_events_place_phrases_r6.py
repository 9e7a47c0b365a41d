"""Place phrases of round 6, in invented words: a fronted "sau lễ đón ... tại X" in the act's
own sentence, "Tiếp đó," after the welcome's sentence, "bên lề <forum> (diễn ra) ở X", and a
trip told in the described delegation ("do B dẫn đầu đến thăm ... tại X"), which is the other
side's frame and no place of the reception."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

PEOPLE: Mapping[str, Any] = {
    "Trần Văn Khải": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Mateo Ruiz": {"titles": ["Tổng thống"], "country": "UY"},
    "Lê Minh Hạnh": {"titles": ["Bộ trưởng"], "country": "VN"},
    "Ingrid Solberg": {"titles": ["Bộ trưởng"], "country": "NO"},
    "Phạm Quốc Bảo": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
}
DATES = [
    ("Sáng 12/4", "--04-12", "morning"),
    ("Chiều 3/10", "--10-03", "afternoon"),
]


def _main(text: str) -> tuple[str | None, str | None]:
    events = extract_events(annotate(text, PEOPLE, [d for d in DATES if d[0] in text]))
    assert events
    return events[0].type, events[0].location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sáng 12/4, sau lễ đón chính thức tại Phủ Chủ tịch, Chủ tịch nước Trần Văn Khải"
            " đã hội đàm với Tổng thống Mateo Ruiz.",
            "Phủ Chủ tịch",
        ),
        (
            "Sau lễ đón tại Phủ Chủ tịch, Chủ tịch nước Trần Văn Khải hội đàm với Tổng thống"
            " Mateo Ruiz.",
            "Phủ Chủ tịch",
        ),
        (
            "Ngay sau lễ đón chính thức diễn ra tại Quảng trường Ba Đình, Chủ tịch nước Trần"
            " Văn Khải và Tổng thống Mateo Ruiz đã hội đàm.",
            "Quảng trường Ba Đình",
        ),
        (
            "Sáng 12/4, sau khi chủ trì lễ đón chính thức Tổng thống Mateo Ruiz tại Phủ Chủ"
            " tịch, Chủ tịch nước Trần Văn Khải đã hội đàm với Tổng thống Mateo Ruiz.",
            "Phủ Chủ tịch",
        ),
    ],
)
def test_fronted_welcome_in_the_acts_sentence_gives_its_place(text: str, place: str) -> None:
    assert _main(text) == ("talks", place)


@pytest.mark.parametrize(
    "text",
    [
        # another act before: laying a wreath, an opening ceremony
        "Sáng 12/4, sau khi dâng hoa tại Lăng Chủ tịch Hồ Chí Minh, Tổng thống Mateo Ruiz đã"
        " hội đàm với Chủ tịch nước Trần Văn Khải.",
        "Sáng 12/4, sau lễ khai mạc tại Trung tâm Hội nghị Quốc gia, Chủ tịch nước Trần Văn"
        " Khải đã hội đàm với Tổng thống Mateo Ruiz.",
        # an airport welcome: the talks are held elsewhere
        "Sáng 12/4, sau lễ đón tại sân bay Nội Bài, Chủ tịch nước Trần Văn Khải đã hội đàm"
        " với Tổng thống Mateo Ruiz.",
    ],
)
def test_other_fronted_acts_give_no_place(text: str) -> None:
    assert _main(text) == ("talks", None)


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 12/4, Chủ tịch nước Trần Văn Khải chủ trì lễ đón Tổng thống Mateo Ruiz tại Phủ"
        " Chủ tịch. Tiếp đó, hai nhà lãnh đạo đã hội đàm.",
        "Sáng 12/4, lễ đón chính thức Tổng thống Mateo Ruiz đã được tổ chức tại Phủ Chủ tịch."
        " Tiếp đó, Chủ tịch nước Trần Văn Khải hội đàm với Tổng thống Mateo Ruiz.",
        "Sáng 12/4, Tổng thống Mateo Ruiz đến Hà Nội. Chiều 3/10, lễ đón diễn ra tại Phủ Chủ"
        " tịch. Ngay sau đó, Chủ tịch nước Trần Văn Khải hội đàm với Tổng thống Mateo Ruiz.",
    ],
)
def test_then_after_the_welcome_takes_its_place(text: str) -> None:
    assert _main(text) == ("talks", "Phủ Chủ tịch")


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before is an arrival, no welcome
        "Sáng 12/4, Tổng thống Mateo Ruiz đã tới Trung tâm Hội nghị Quốc gia. Tiếp đó, hai"
        " nhà lãnh đạo đã hội đàm.",
        # a sentence after the welcome, but not opening with "then"
        "Sáng 12/4, Chủ tịch nước Trần Văn Khải chủ trì lễ đón Tổng thống Mateo Ruiz tại Phủ"
        " Chủ tịch. Chiều 3/10, hai nhà lãnh đạo đã hội đàm.",
    ],
)
def test_then_after_no_welcome_takes_no_place(text: str) -> None:
    assert _main(text)[1] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sáng 12/4, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN diễn ra ở Viêng Chăn, Bộ"
            " trưởng Lê Minh Hạnh đã gặp Bộ trưởng Ingrid Solberg.",
            "Viêng Chăn",
        ),
        (
            "Bên lề Hội nghị thượng đỉnh G20 ở Rio de Janeiro, Bộ trưởng Lê Minh Hạnh đã gặp"
            " Bộ trưởng Ingrid Solberg.",
            "Rio de Janeiro",
        ),
        (
            "Sáng 12/4, bên lề Diễn đàn Kinh tế Thế giới đang được tổ chức ở Davos, Bộ trưởng"
            " Lê Minh Hạnh có cuộc gặp với Bộ trưởng Ingrid Solberg.",
            "Davos",
        ),
        (
            "Sáng 12/4, Bộ trưởng Lê Minh Hạnh đã gặp Bộ trưởng Ingrid Solberg bên lề Diễn đàn"
            " Kinh tế Thế giới đang diễn ra ở Davos.",
            "Davos",
        ),
    ],
)
def test_sideline_forum_held_at_a_place_with_o(text: str, place: str) -> None:
    assert _main(text) == ("meeting", place)


@pytest.mark.parametrize(
    "text",
    [
        # the forum's topic is placed, not the forum
        "Sáng 12/4, bên lề Hội nghị về an ninh ở Trung Đông, Bộ trưởng Lê Minh Hạnh đã gặp Bộ"
        " trưởng Ingrid Solberg.",
        # "ở" in a clause about a side
        "Sáng 12/4, bên lề Hội nghị, Bộ trưởng Lê Minh Hạnh đã gặp Bộ trưởng Ingrid Solberg,"
        " người từng công tác ở Oslo.",
    ],
)
def test_sideline_o_of_a_topic_or_a_side_gives_no_place(text: str) -> None:
    assert _main(text) == ("meeting", None)


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 12/4, Bí thư Tỉnh ủy Phạm Quốc Bảo tiếp Đoàn đại biểu Na Uy do Bộ trưởng Ingrid"
        " Solberg dẫn đầu đến thăm và làm việc tại tỉnh Quảng Ninh.",
        "Sáng 12/4, Bộ trưởng Lê Minh Hạnh đã tiếp đoàn doanh nghiệp Na Uy do Bộ trưởng Ingrid"
        " Solberg làm trưởng đoàn đến thăm, làm việc tại Thành phố Hồ Chí Minh.",
        "Chiều 3/10, Chủ tịch nước Trần Văn Khải đã đón Đoàn Quốc hội Uruguay do Tổng thống"
        " Mateo Ruiz dẫn đầu sang thăm chính thức tại Việt Nam.",
    ],
)
def test_trip_of_the_described_delegation_gives_no_place(text: str) -> None:
    assert _main(text) == ("reception", None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the guest's own coming, no delegation description: the host's ground (kept)
        (
            "Sáng 12/4, Bộ trưởng Lê Minh Hạnh tiếp Bộ trưởng Ingrid Solberg đến thăm và làm"
            " việc tại Trụ sở Bộ Ngoại giao.",
            "Trụ sở Bộ Ngoại giao",
        ),
        # the reception's own "tại" after the delegation
        (
            "Sáng 12/4, Bí thư Tỉnh ủy Phạm Quốc Bảo tiếp Đoàn đại biểu Na Uy do Bộ trưởng"
            " Ingrid Solberg dẫn đầu tại Trụ sở Tỉnh ủy Quảng Ninh.",
            "Trụ sở Tỉnh ủy Quảng Ninh",
        ),
        # a fronted place
        (
            "Sáng 12/4, tại Hà Nội, Bộ trưởng Lê Minh Hạnh tiếp Đoàn công tác Na Uy do Bộ"
            " trưởng Ingrid Solberg dẫn đầu sang thăm và làm việc tại Việt Nam.",
            "Hà Nội",
        ),
    ],
)
def test_reception_places_not_in_the_delegations_trip_are_kept(text: str, place: str) -> None:
    assert _main(text) == ("reception", place)
