"""A firm's name between a title and its holder's name belongs to the title, not the name:
right after a company noun in the title ("Chủ tịch Tập đoàn <Firm> <Name>"), or alone when
the page names the firm after a company noun elsewhere ("hãng <Firm> có ..."). Invented firms
and people; near misses keep names that merely share a word with a firm."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chủ tịch Tập đoàn Lumora Hiro Tanabe đã hội kiến Phó Thủ tướng Lê Văn Khang.",
            "Hiro Tanabe",
            "Chủ tịch Tập đoàn Lumora",
        ),
        (
            "Giám đốc điều hành Ngân hàng Orvex Tom Hadley tiếp Thống đốc Đỗ Minh Khang.",
            "Tom Hadley",
            "Giám đốc điều hành Ngân hàng Orvex",
        ),
        (
            "Chủ tịch UBND tỉnh tiếp Tổng Giám đốc Tập đoàn Quorvik Cho Min-seok chiều qua.",
            "Cho Min-seok",
            "Tổng Giám đốc Tập đoàn Quorvik",
        ),
        (
            "Tổng Giám đốc Brightek Park Ji-ho thăm Bắc Ninh. Hãng Brightek có ba nhà máy.",
            "Park Ji-ho",
            "Tổng Giám đốc Brightek",
        ),
        (
            "Bí thư Tỉnh ủy Trần Quang Hưng tiếp Chủ tịch Kestrel Yuki Mori; tập đoàn Kestrel"
            " dự kiến mở rộng đầu tư.",
            "Yuki Mori",
            "Chủ tịch Kestrel",
        ),
    ],
)
def test_a_firm_before_the_name_is_the_titles(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Vietnamese-spelt firm: the family name still opens the name
        ("Chủ tịch Tập đoàn Hòa Phát Trần Đình Long tiếp Đại sứ Ito Naoki.", "Trần Đình Long"),
        # a firm named after a person, followed by a capitalised word: nothing is learnt
        (
            "Tổng thống Hàn Quốc Lee Jae Myung thăm công ty Lee Hwa. Chủ tịch Lee Jae Myung"
            " phát biểu.",
            "Lee Jae Myung",
        ),
        # a learnt firm word before one capitalised word reads as a first name
        (
            "Thủ tướng Lào Sonexay Siphandone thăm công ty Sonexay. Thủ tướng Sonexay Siphandone"
            " phát biểu.",
            "Sonexay Siphandone",
        ),
        # a news agency after "hãng" leaves the names it quotes alone
        ("Theo hãng Reuters, Tổng thống Ai Cập Farid Mansour đã đến Cairo.", "Farid Mansour"),
        # after a company noun, a two-word foreign run is all name
        ("Chủ tịch Tập đoàn Akira Sato phát biểu tại hội nghị.", "Akira Sato"),
    ],
)
def test_names_sharing_a_word_with_a_firm_stay_whole(text: str, name: str) -> None:
    assert name in people_by_name(text)
