"""Round-5 review of the name rules: a name after a title in lower case, a verb glued to a
name versus joined syllables of a name, a hyphen before a title versus inside a name, and
principals named with no title (a delegation's head, a signer). Sentences written for these
tests (invented names, places and outlets); every case also checks that the windowed scan
equals the whole scan."""

from __future__ import annotations

import re

import pytest
from vndiplo_titles import full_name_mentions
from vndiplo_titles.glued_words import glued_word_at
from vndiplo_titles.merge import BlockResult, _Person

from tests.titles_helpers import LEX, people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sáng nay thủ tướng Sổm Phăn đã tới thăm nhà máy.", "Sổm Phăn"),
        ("Hôm kia tổng thống Bun Xa Vẳn gửi thư cảm ơn.", "Bun Xa Vẳn"),
        ("Theo tin từ thủ đô, thủ tướng Ka Vông chưa trả lời.", "Ka Vông"),
    ],
)
def test_lower_case_title_then_a_vietnamese_spelt_foreign_name(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông từng là một tổng thống Dân Chủ được lòng cử tri.",
        "Bà trở thành thủ tướng Bảo Thủ thứ ba của nước này.",
        "Các thượng nghị sĩ ủng hộ tổng thống Cộng Hòa trong cuộc bỏ phiếu.",
    ],
)
def test_lower_case_title_then_a_party_is_no_person(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chủ tịch Trần Văn Lựccũng dự lễ khánh thành.", "Trần Văn Lực"),
        ("Bộ trưởng Lê Quang Tiếntiếp đoàn doanh nghiệp.", "Lê Quang Tiến"),
        ("Thủ tướng Phạm Minh Đạtđã phát biểu bế mạc.", "Phạm Minh Đạt"),
        ("Đại sứ Võ Hồng Sơncho biết hai bên sẽ gặp lại.", "Võ Hồng Sơn"),
        ("Tỉnh trưởng Khăm Xổm Phonvà đoàn tới thăm.", "Khăm Xổm Phon"),
    ],
)
def test_a_frequent_verb_glued_to_the_name_is_cut(text: str, name: str) -> None:
    people = _people(text)
    assert name in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thủ tướng Bun Chănđạ phát biểu.", "Bun Chănđạ"),
        ("Thủ tướng Lào Xôm Xắc Sămđéc phát biểu.", "Xôm Xắc Sămđéc"),
        ("Bộ trưởng Khăm Phết Vilađét tiếp khách.", "Khăm Phết Vilađét"),
    ],
)
def test_joined_syllables_of_a_transliterated_name_stay(text: str, name: str) -> None:
    assert name in _people(text)


def test_glued_word_at_reads_only_the_closed_class() -> None:
    assert glued_word_at("Sơncho") == 3
    assert glued_word_at("Ancũng") == 2
    assert glued_word_at("Pancho") == 0  # a Latin name ending as "cho" does
    assert glued_word_at("Chănđạ") == 0
    assert glued_word_at("Bănglađét") == 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thủ tướng Lào Xổm-Thủ phát biểu.", "Xổm-Thủ"),
        ("Tổng thống Phần Lan Aino-Phó có mặt.", "Aino-Phó"),
        ("Đại sứ Lào Vông-Bộ tới dự.", "Vông-Bộ"),
    ],
)
def test_a_hyphen_before_a_word_that_opens_no_title_stays_inside_the_name(
    text: str, name: str
) -> None:
    assert name in _people(text)


def test_a_hyphen_before_a_lexicon_title_still_splits() -> None:
    people = _people("Dự lễ có ông Mai Văn Tú-Phó Chủ tịch UBND tỉnh và khách mời.")
    assert people["Mai Văn Tú"].titles == ("Phó Chủ tịch UBND tỉnh",)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Chiều 5/3, đoàn đại biểu Đảng Cộng sản Trung Quốc do đồng chí Mạnh Khải Trình "
            "dẫn đầu đã tới thăm khu công nghệ cao.",
            "Mạnh Khải Trình",
            "CN",
        ),
        (
            "Đoàn doanh nghiệp tỉnh Okinawa (Nhật Bản) do ông Hiroshi Tanabe làm trưởng đoàn "
            "đã tới Huế.",
            "Hiroshi Tanabe",
            "JP",
        ),
        ("Phái đoàn do bà Ingrid Solvang dẫn đầu đã tới Đà Nẵng.", "Ingrid Solvang", None),
    ],
)
def test_a_delegations_head_named_with_no_title_is_a_person(
    text: str, name: str, country: str | None
) -> None:
    person = _people(text)[name]
    assert person.titles == ()
    assert person.country == country


def test_signers_named_with_no_title_are_people() -> None:
    people = _people("Ông Đinh Công Tuấn và ông Pierre Lavigne đã ký biên bản ghi nhớ.")
    assert people["Đinh Công Tuấn"].titles == ()
    assert people["Pierre Lavigne"].titles == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ông Đinh Công Tuấn cảm ơn các đại biểu.",  # no principal's verb
        "Bà Lan ký tên vào sổ.",  # no full name
        "Đoàn do ông Tư dẫn đầu đã tới.",  # one word
        "Ông Đinh Công Tuấn và bà Mai Lan tới dự lễ ký.",  # the signing is a noun here
    ],
)
def test_no_untitled_person_without_a_principals_construction(text: str) -> None:
    assert _people(text) == {}


def test_the_any_case_pattern_is_compiled_once_per_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return real(pattern, flags)

    text = "Lê Văn Tâm tới. Lê Văn Tâm nói. Lê Văn Tâm về."
    person = _Person("Lê Văn Tâm", "lê văn tâm", 0)
    blocks = [BlockResult(0, 15, []), BlockResult(15, 31, []), BlockResult(31, len(text), [])]
    monkeypatch.setattr(full_name_mentions.re, "compile", counting)
    full_name_mentions.name_mentions([person], blocks, text, LEX)
    assert len(calls) == 1
    assert len(person.spans) == 3
