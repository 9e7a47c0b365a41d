"""A firm's name of several words between a title and its holder's name (review 2, #1).

After a business noun ("Tập đoàn", "Ngân hàng", "Công ty") the firm runs up to the holder's
name: a Vietnamese family name and its syllables, or the last two Latin words. Apposed to a
name just read, the whole run is the firm. Invented firms and people throughout."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a firm of two Latin words before a Korean name with a hyphenated given name
        (
            "Chủ tịch Tập đoàn Korvana Electronics Kim Dong-hyun đã tiếp Thứ trưởng Lê Văn Khang.",
            "Kim Dong-hyun",
            "Chủ tịch Tập đoàn Korvana Electronics",
        ),
        # two Japanese-looking words of a bank, then the banker's two
        (
            "Chủ tịch Ngân hàng Tamura Shinsei Ken Watanabe phát biểu tại hội nghị.",
            "Ken Watanabe",
            "Chủ tịch Ngân hàng Tamura Shinsei",
        ),
        # a branch: firm words, then the country, then the name
        (
            "Tổng Giám đốc Ngân hàng Westmarch Chartered Việt Nam Clara Voss cho biết như vậy.",
            "Clara Voss",
            "Tổng Giám đốc Ngân hàng Westmarch Chartered Việt Nam",
        ),
        # a firm named like a person, then the holder
        (
            "Chủ tịch Công ty Park Min Choi Sung-ho đã hội kiến Bộ trưởng Lê Văn Khang.",
            "Choi Sung-ho",
            "Chủ tịch Công ty Park Min",
        ),
        # a Vietnamese firm whose holder's family name is also an organisation word
        (
            "Chủ tịch Tập đoàn Sao Mai Phú Yên Đoàn Văn Thịnh tiếp Đại sứ Ito Naoki.",
            "Đoàn Văn Thịnh",
            "Chủ tịch Tập đoàn Sao Mai Phú Yên",
        ),
        (
            "Tổng Giám đốc Công ty Sông Lam Đoàn Minh Quân cho biết dự án đã xong.",
            "Đoàn Minh Quân",
            "Tổng Giám đốc Công ty Sông Lam",
        ),
        # three short words of an unhyphenated Korean name
        (
            "Chủ tịch Tập đoàn Hanbit Lee Jae Hun thăm nhà máy ở Bắc Ninh.",
            "Lee Jae Hun",
            "Chủ tịch Tập đoàn Hanbit",
        ),
    ],
)
def test_a_firm_of_several_words_goes_to_the_title(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles
    assert not any(other != name and name in other for other in people), people


def test_apposed_to_a_name_the_whole_run_is_the_firm() -> None:
    text = (
        "Bộ trưởng Lê Văn Khang tiếp ông Haruto Sakamoto, Chủ tịch Tập đoàn Nishida Heavy"
        " Machinery, tại Hà Nội."
    )
    people = people_by_name(text)
    assert set(people) == {"Lê Văn Khang", "Haruto Sakamoto"}, people
    assert people["Haruto Sakamoto"].titles == ("Chủ tịch Tập đoàn Nishida Heavy Machinery",)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # guards: what read right before stays as it was
        (
            "Chủ tịch Tập đoàn Hòa Phát Trần Đình Long tiếp Đại sứ Ito Naoki.",
            "Trần Đình Long",
            "Chủ tịch Tập đoàn Hòa Phát",
        ),
        (
            "Chủ tịch Tập đoàn Điện lực Việt Nam Đặng Hoàng An tiếp Đại sứ Ito Naoki.",
            "Đặng Hoàng An",
            "Chủ tịch Tập đoàn Điện lực Việt Nam",
        ),
        (
            "Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng tiếp Đại sứ Ito Naoki.",
            "Phạm Nhật Vượng",
            "Chủ tịch Tập đoàn Vingroup",
        ),
        (
            "Chủ tịch Ngân hàng Thế giới Ajay Banga tiếp Đại sứ Ito Naoki.",
            "Ajay Banga",
            "Chủ tịch Ngân hàng Thế giới",
        ),
        ("Chủ tịch Tập đoàn Akira Sato phát biểu tại hội nghị.", "Akira Sato", "Chủ tịch Tập đoàn"),
    ],
)
def test_known_firm_shapes_keep_their_reading(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles


@pytest.mark.parametrize(
    "text",
    [
        # an organisation word after a firm, followed by lower-case words: no name
        "Giám đốc Công ty Sao Mai Hội Doanh nghiệp trẻ phát biểu.",
        "Chủ tịch Tập đoàn Lumora Đoàn Thanh niên phát biểu.",
    ],
)
def test_an_organisation_word_after_a_firm_opens_no_name(text: str) -> None:
    assert people_by_name(text) == {}
