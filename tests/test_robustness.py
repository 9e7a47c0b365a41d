"""Hostile input through the whole default pipeline: never a crash, never a lost document.

Every first-party plugin runs here; a plugin error on any of these inputs is a bug, because
these inputs are merely unusual, not invalid.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from vndiplo import Document, Runner
from vndiplo.testing import unicode_texts

LEAD = (
    "Chiều 18/2, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương, "
    "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Bí thư Đảng ủy Khu tự trị dân "
    "tộc Choang Quảng Tây, Trung Quốc."
)
ARTICLE = f"Tổng Bí thư Tô Lâm tiếp Bí thư Quảng Tây\n\nBảo Chi\n{LEAD}\n\nĐọc thêm\n"


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner(time_budget=30)


def assert_sound(doc: Document) -> None:
    """Offsets quote the original text and no plugin failed."""
    assert doc.errors == (), doc.errors
    n = len(doc.text)
    for d in doc.dates:
        assert 0 <= d.start <= d.end <= n and doc.text[d.start : d.end] == d.text
    for p in doc.people:
        assert all(0 <= m.start <= m.end <= n for m in p.mentions)
    for e in doc.events:
        assert 0 <= e.evidence.start <= e.evidence.end <= n
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= n


NASTY = {
    "empty": "",
    "whitespace": " \n\t\u00a0\u200b\n\r\n",
    "one char": "x",
    "only digits": "18/2 18/2/2025 30/10 - 01/11/2022 " * 20,
    "html fragment": (
        "<p>Chiều 18/2, <b>Tổng Bí thư</b> Tô Lâm đã tiếp&nbsp;ông A.</p><script>x()</script>"
    ),
    "crlf": ARTICLE.replace("\n", "\r\n"),
    "nbsp everywhere": ARTICLE.replace(" ", "\u00a0"),
    "zero width": ARTICLE.replace(" ", " \u200b"),
    "bom": "\ufeff" + ARTICLE,
    "nfd": unicodedata.normalize("NFD", ARTICLE),
    "old tone marks": ARTICLE.replace("Ủy", "Uỷ").replace("hóa", "hoá"),
    "one very long line": (LEAD + " ") * 400,
    "no newlines": ARTICLE.replace("\n", " "),
    "repeated title": ("Tổng Bí thư Tô Lâm tiếp Bí thư Quảng Tây\n" * 500),
    "repeated trigger words": "tiếp " * 20000,
    "repeated capitals": "Tổng Bí thư " + "Trần " * 5000,
    "repeated commas": "Tổng Bí thư Tô Lâm, " + ", " * 20000 + "Ủy viên",
    "repeated digits": "1" * 50000,
    "slashes": "1/" * 20000,
    "dots and hyphens": "ngày " + "1.1-" * 10000,
    "parentheses": "(" * 10000 + "18/2" + ")" * 10000,
    "surrogate-free emoji": "🇻🇳 Chiều 18/2 🤝 " * 50,
    "control characters": "".join(chr(i) for i in range(1, 32)) + LEAD,
    "right-to-left": "\u202e" + LEAD,
    "combining marks pile": "a" + "\u0301" * 5000,
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_nasty_inputs(runner: Runner, name: str) -> None:
    assert_sound(runner.run(NASTY[name]))


def test_nfd_gives_the_same_results_as_nfc(runner: Runner) -> None:
    nfc = runner.run(ARTICLE)
    nfd = runner.run(unicodedata.normalize("NFD", ARTICLE))
    assert [d.value for d in nfd.dates] == [d.value for d in nfc.dates]
    assert [(p.name, p.titles) for p in nfd.people] == [(p.name, p.titles) for p in nfc.people]
    assert [(e.type, e.participants) for e in nfd.events] == [
        (e.type, e.participants) for e in nfc.events
    ]
    assert unicodedata.normalize("NFC", nfd.body) == nfc.body


def test_mixed_tone_mark_styles_give_the_same_people(runner: Runner) -> None:
    old = ARTICLE.replace("Ủy", "Uỷ").replace("hóa", "hoá")

    def people(text: str) -> list[tuple[str, int, str | None]]:
        return [(p.name, len(p.titles), p.country) for p in runner.run(text).people]

    assert people(old) == people(ARTICLE)


SHARED = Runner(time_budget=30)


@settings(max_examples=40)
@given(unicode_texts(max_size=600))
def test_any_unicode_text(text: str) -> None:
    assert_sound(SHARED.run(text))


@settings(max_examples=25)
@given(st.lists(st.sampled_from([*sorted(NASTY.values())[:8], ARTICLE]), max_size=6))
def test_batches_never_lose_documents(items: list[str]) -> None:
    docs = list(SHARED.run_many(items))
    assert len(docs) == len(items)
    assert [d.text for d in docs] == items


def test_seeds_run_clean(runner: Runner) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert_sound(runner.run(path.read_text(encoding="utf-8")))
