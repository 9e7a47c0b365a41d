"""A title joined to its holder by the copula "là" and an honorific ("gặp gỡ Thủ tướng Lào là
ông A", "tiếp Đại sứ Pháp là bà B"): the title is that person's, and the person is the side of
the act, as with a comma ("Thủ tướng Lào, ông A"). Near misses: "là" before a common noun or a
pronoun names nobody.

All sentences are invented (other names, places, outlets).
"""

from __future__ import annotations

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _doc(runner: vndiplo.Runner, text: str) -> vndiplo.Document:
    return runner.run({"id": "t", "text": text, "published": "2024-05-20"})


@pytest.mark.parametrize(
    ("text", "holder", "title", "other"),
    [
        (
            "Tin Hà Nội - Chủ tịch nước Lê Văn Phúc hôm nay gặp gỡ Thủ tướng Lào là ông"
            " Somsak Vongsa.",
            "Somsak Vongsa",
            "Thủ tướng Lào",
            "Lê Văn Phúc",
        ),
        (
            "Tin tức\n\nSáng 12/5, Bộ trưởng Ngoại giao Lê Minh Hòa tiếp Đại sứ Pháp là bà Marie"
            " Dubois tại Hà Nội.",
            "Marie Dubois",
            "Đại sứ Pháp",
            "Lê Minh Hòa",
        ),
        (
            "Tin tức\n\nChiều 12/5, Bí thư Tỉnh ủy Ngô Đức Thành làm việc với Tổng Lãnh sự Nhật"
            " Bản tại TP Hồ Chí Minh là ông Hiroshi Tanaka.",
            "Hiroshi Tanaka",
            "Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh",
            "Ngô Đức Thành",
        ),
        (
            "Tin tức\n\nSáng 12/5, Chủ tịch UBND tỉnh Trần Văn Nhân hội kiến Tỉnh trưởng tỉnh"
            " Chungcheong (Hàn Quốc) là Ngài Lee Sang-woo.",
            "Lee Sang-woo",
            "Tỉnh trưởng tỉnh Chungcheong",
            "Trần Văn Nhân",
        ),
    ],
)
def test_copula_and_honorific_name_the_holder(
    runner: vndiplo.Runner, text: str, holder: str, title: str, other: str
) -> None:
    doc = _doc(runner, text)
    people = {p.name: p.titles for p in doc.people}
    assert any(t.startswith(title) for t in people.get(holder, ())), people
    assert doc.events, "no event"
    sides = {p.name for p in doc.events[0].participants}
    assert {holder, other} <= sides, sides


@pytest.mark.parametrize(
    "tail",
    [
        "Người phiên dịch là ông Trần Văn Tư.",
        "Đại sứ là người bạn thân thiết của Việt Nam.",
        "Trưởng đoàn Pháp lần này là ông ấy.",
    ],
)
def test_copula_without_an_honorific_name_names_nobody(runner: vndiplo.Runner, tail: str) -> None:
    doc = _doc(
        runner, f"Tin tức\n\nSáng 12/5, Bộ trưởng Lê Minh Hòa tiếp Đại sứ Pháp Marie Dubois. {tail}"
    )
    assert {p.name for p in doc.people} == {"Lê Minh Hòa", "Marie Dubois"}
    assert {p.name: p.role for p in doc.events[0].participants} == {
        "Lê Minh Hòa": "host",
        "Marie Dubois": "guest",
    }
