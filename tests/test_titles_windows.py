"""The windowed scan (only the sentences and clauses holding a title or honorific are
tokenised, see ``vndiplo_titles.windows``) finds exactly what scanning every block whole
finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles import find_people, find_people_with, vndiplo_register_lexicon
from vndiplo_titles.matcher import lexicon_for

from vndiplo import Block, Document, Person, Registry
from vndiplo.testing import unicode_texts
from vndiplo.testing.people import PersonMention, person_mentions

DATA = Path(__file__).parent / "data" / "titles"
LEX = lexicon_for(None)


def _both(doc: Document, registry: Registry | None = None) -> tuple[list[Person], list[Person]]:
    lex = lexicon_for(registry)
    return find_people_with(doc, lex, windowed=True), find_people_with(doc, lex, windowed=False)


def _same(text: str) -> list[Person]:
    windowed, whole = _both(Document(text))
    assert windowed == whole, text
    return windowed


#: Filler that exercises every cut: sentence stops, safe words, commas, lists, places.
FILLER = [
    "Hai bên đã trao đổi về hợp tác kinh tế - thương mại.",
    "Tổng Bí thư đánh giá cao vai trò của Quảng Tây;",
    "các Bí thư Tỉnh ủy cùng dự",
    "tại TP. Hồ Chí Minh, ông",
    "Cùng dự có các đồng chí: Nguyễn Văn Nên, Ủy viên Bộ Chính trị,",
    "Văn phòng Chủ tịch nước cho biết",
    "(Ảnh: TTXVN)",
    "hai đồng chí Tổng Bí thư",
    "“Đây là dịp",
    "đã tiếp đồng chí Trần Cương, Bí thư Khu ủy Quảng Tây, Trung Quốc.",
    "ông ấy nói",
    "nguyên Bộ trưởng Ngoại giao Nguyễn Mạnh Cầm",
    "không có gì",
    "Thủ tướng nước bạn",
    "\n",
]


@pytest.mark.parametrize(
    "text",
    [
        # a title at the very start and at the very end of a block
        "Tổng Bí thư Tô Lâm đã tiếp đại sứ.",
        "Chiều 18/2, tại Hà Nội, đã tiếp Tổng Bí thư Tô Lâm",
        "Buổi gặp có Tổng Bí thư",
        "Ông Putin",
        # a chain longer than any clause: the window must not cut it
        "Đồng chí Trần Cương, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Bí thư "
        "Đảng ủy, Chủ nhiệm Ủy ban thường vụ Đại hội đại biểu nhân dân Khu tự trị dân tộc Choang "
        "Quảng Tây, Trung Quốc đã tới.",
        # "." inside a lexicon entry is not a stop
        "Bí thư Thành ủy TP. Hồ Chí Minh Nguyễn Văn Nên đã dự.",
        "Chủ tịch UBND TP.HCM Phan Văn Mãi phát biểu.",
        # look-backs over a stop: "các" and "hai đồng chí" make the bare title unlinkable
        "Tổng Bí thư Tô Lâm đến. Các Bí thư Tỉnh ủy dự. Tổng Bí thư phát biểu.",
        "Có mặt hai đồng chí. Tổng Bí thư Tô Lâm phát biểu.",
        # an honorific before a lower-case word, before a modifier, and inside a longer word
        "ông ấy nói rằng ông nguyên Bộ trưởng Lê Văn A không đến, công Ông Lê Văn B tới.",
        # a title word joined by a hyphen or preceded by a letter is not a hit
        "x-Tổng Bí thư Tô Lâm; aTổng Bí thư Lê Lâm",
    ],
)
def test_edge_cases_match_the_whole_scan(text: str) -> None:
    _same(text)


def test_a_title_at_the_block_start_and_end_is_found() -> None:
    text = "Tổng Bí thư Tô Lâm đã tiếp.\nHôm nay, Tổng Bí thư Tô Lâm"
    blocks = [Block(0, 27, "body"), Block(28, len(text), "body")]
    doc = Document(text, blocks=blocks)
    windowed, whole = _both(doc)
    assert windowed == whole
    (person,) = windowed
    assert [text[m.start : m.end] for m in person.mentions] == ["Tô Lâm", "Tô Lâm"]


def test_windows_leave_out_clauses_without_titles() -> None:
    block = "Hai bên đã trao đổi về hợp tác. Tổng Bí thư Tô Lâm đã tiếp khách; trời đẹp."
    spans = LEX.windows.spans(block, block.lower())
    assert len(spans) == 1
    a, b = spans[0]
    assert "Tổng Bí thư Tô Lâm" in block[a:b]
    assert "trao đổi" not in block[a:b] and "trời" not in block[a:b]


def test_a_registered_entry_holding_a_stop_keeps_it_whole() -> None:
    registry = Registry()
    vndiplo_register_lexicon(registry.register)
    registry.register("places", [{"name": "St. Petersburg", "country": "RU"}])
    registry.register("titles.titles", [{"title": "Thống đốc (Bang)", "gloss": "Governor"}])
    text = "Thống đốc (Bang) St. Petersburg Alexander Beglov đã tiếp Tổng Bí thư Tô Lâm."
    windowed, whole = _both(Document(text), registry)
    assert windowed == whole
    windows = lexicon_for(registry).windows
    assert "đốc" in windows.guards["("] and "st" in windows.guards["."]


@pytest.mark.parametrize("name", ["sentences.json"])
def test_sentence_table_matches_the_whole_scan(name: str) -> None:
    for row in json.loads((DATA / name).read_text(encoding="utf-8")):
        _same(row["text"])


def test_seed_articles_match_the_whole_scan() -> None:
    seeds = Path(__file__).parent.parent / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        _same(text)


@given(st.lists(st.sampled_from(FILLER) | person_mentions().map(lambda m: m.phrase), max_size=8))
def test_any_mix_matches_the_whole_scan(parts: list[str]) -> None:
    _same(" ".join(parts))


@given(unicode_texts(max_size=200), person_mentions(), unicode_texts(max_size=200))
def test_noise_around_a_mention_matches_the_whole_scan(
    before: str, mention: PersonMention, after: str
) -> None:
    people = _same(f"{before} {mention.phrase} {after}")
    assert find_people(Document(f"{before} {mention.phrase} {after}")) == people
