"""The public testing kit: synthetic articles, the gold comparison and the pytest plugin."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import attrs
import pytest
from hypothesis import find, given, seed, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from vndiplo import Document, Participant, Runner
from vndiplo.testing import pytest_plugin
from vndiplo.testing.articles import (
    FOREIGN_LEADERS,
    TRIGGERS,
    VIETNAMESE_LEADERS,
    SyntheticArticle,
    article_dates,
    articles,
)
from vndiplo.testing.gold import (
    CHECKS,
    GoldMismatch,
    assert_matches_gold,
    gold_differences,
    load_gold,
)

ALL_CHECKS = CHECKS
GOLD_000 = SEEDS / "000_424efeffee1ce716.gold.json"


# -- synthetic articles: the labels line up with the text --------------------------------------


@given(articles())
def test_blocks_label_every_non_blank_line_exactly(article: SyntheticArticle) -> None:
    lines = article.text.split("\n")
    non_blank = [line for line in lines if line.strip()]
    assert [article.text[b.start : b.end] for b in article.blocks] == non_blank
    assert all(a.end < b.start for a, b in pairwise(article.blocks))
    assert sum(b.kind == "title" for b in article.blocks) == 1
    assert article.lines("title") == [article.title]
    labels = article.line_labels()["labels"]
    assert [lines[number - 1] for number, _kind in labels] == non_blank
    assert article.body and "\n\n" not in article.body


@given(articles())
def test_facts_quote_the_body(article: SyntheticArticle) -> None:
    body = [b for b in article.blocks if b.kind == "body"]

    def in_body(start: int, end: int) -> bool:
        return any(b.start <= start and end <= b.end for b in body)

    (when,) = article.dates
    assert article.text[when.start : when.end] == when.text and in_body(when.start, when.end)
    event = article.event
    assert in_body(event.evidence.start, event.evidence.end)
    sentence = article.text[event.evidence.start : event.evidence.end]
    assert event.trigger in sentence and when.text in sentence
    assert event.trigger in TRIGGERS[event.type]
    assert event.date == when.value and event.part_of_day == when.part_of_day
    if event.location is not None:
        assert f"tại {event.location}" in sentence
    names = {p.name for p in article.people}
    assert {p.name for p in event.participants} <= names
    for person in article.people:
        assert person.mentions, person
        for mention in person.mentions:
            assert article.text[mention.start : mention.end] == person.name
            assert in_body(mention.start, mention.end)
        assert all(title in article.text for title in person.titles)


@given(articles())
def test_dates_agree_with_the_published_date(article: SyntheticArticle) -> None:
    (when,) = article.dates
    value = dt.date.fromisoformat(when.value)
    assert 0 <= (article.published - value).days <= 2
    day, month = (int(x) for x in re.findall(r"\d+", when.text)[:2])
    assert (day, month) == (value.day, value.month)
    assert (str(value.year) in when.text) == (when.year_source == "explicit")
    if article.page_published:
        (stamp,) = article.lines("dateline")
        assert article.published.strftime("%d/%m/%Y") in stamp


@given(articles())
def test_the_labels_are_a_perfect_extraction(article: SyntheticArticle) -> None:
    """as_gold() and expected_document() agree, also after a to_dict/from_dict round trip."""
    gold = article.as_gold()
    expected = article.expected_document()
    assert_matches_gold(expected, gold, check=ALL_CHECKS, event_fields=("trigger", "cameo"))
    record = json.loads(json.dumps(expected.to_dict(), ensure_ascii=False))
    assert_matches_gold(Document.from_dict(record), gold, check=ALL_CHECKS)
    assert expected.body == article.body
    assert article.document().published == article.published
    assert article.document(published=False).published is None


@given(articles(event_types=["phone_call", "message"], boilerplate=False, caption=False))
def test_parts_can_be_chosen(article: SyntheticArticle) -> None:
    assert article.event.type in ("phone_call", "message")
    assert article.event.location is None
    assert {b.kind for b in article.blocks} <= {"title", "dateline", "byline", "body"}


@given(articles(boilerplate=True, dateline=True, byline=True, caption=True, year_in_text=True))
def test_parts_can_be_forced(article: SyntheticArticle) -> None:
    kinds = {b.kind for b in article.blocks}
    assert kinds == {"title", "dateline", "byline", "body", "caption", "boilerplate"}
    assert article.dates[0].year_source == "explicit"
    # the related-news tail repeats names and verbs, and none of it is body
    assert article.blocks[-1].kind == "boilerplate"


def test_bad_arguments_fail_early() -> None:
    with pytest.raises(ValueError, match="event_types"):
        articles(event_types=["negotiation"])
    with pytest.raises(ValueError, match="event_types"):
        articles(event_types=[])
    with pytest.raises(ValueError, match="min_date"):
        articles(min_date=dt.date(2025, 1, 2), max_date=dt.date(2025, 1, 1))


def test_shrinks_to_a_readable_article() -> None:
    smallest = find(
        articles(),
        lambda a: a.event.type == "talks",
        settings=settings(database=None, max_examples=200),
    )
    assert [b.kind for b in smallest.blocks] == ["title", "body"]
    assert smallest.text == (
        "Chủ tịch nước Lương Cường hội đàm với Thủ tướng Malaysia Anwar Ibrahim\n"
        "Ngày 1/1, Chủ tịch nước Lương Cường đã hội đàm với Thủ tướng Malaysia Anwar Ibrahim."
    )
    assert "Ngày 1/1" in repr(smallest)


def _drawn(strategy: st.SearchStrategy[Any], **options: Any) -> list[Any]:
    seen: list[Any] = []

    @settings(database=None, max_examples=8, **options)
    @given(strategy)
    def collect(value: Any) -> None:
        seen.append(value)

    collect()
    return seen


def test_seeded_runs_repeat() -> None:
    first = [a.text for a in _drawn(articles(), derandomize=True)]
    assert first == [a.text for a in _drawn(articles(), derandomize=True)]
    once = [a.text for a in seed(7)(lambda: _drawn(articles()))()]
    assert once and all(isinstance(text, str) for text in once)


@given(article_dates())
def test_article_dates_carry_their_value(drawn: tuple[str, str, str | None, dt.date]) -> None:
    text, value, part_of_day, published = drawn
    day = dt.date.fromisoformat(value)
    assert f"{day.day}/{day.month}" in re.sub(r"\b0(\d)", r"\1", text)
    assert (part_of_day is None) == text.startswith(("Ngày", "Hôm"))
    assert published >= day


def test_short_titles_add_no_title() -> None:
    for leader in VIETNAMESE_LEADERS + FOREIGN_LEADERS:
        assert any(title.startswith(leader.short_title) for title in leader.titles), leader
        assert unicodedata.is_normalized("NFC", leader.name + "".join(leader.titles))


# -- the gold comparison -------------------------------------------------------------------------


def _document_from_gold(gold: dict[str, Any]) -> Document:
    """A Document that says exactly what the gold says (offsets are not compared)."""
    main = dict(gold["main_event"], evidence={"start": 0, "end": 0})
    return Document(
        text="",
        id=gold["id"],
        events=[main],
        people=[{"name": p["name"], "titles": p["titles"]} for p in gold["people"]],
        dates=[dict(d, start=0, end=0) for d in gold["dates"]],
    )


def test_gold_helper_passes_on_a_matching_document() -> None:
    gold = load_gold(GOLD_000)
    assert gold["id"] == "000_424efeffee1ce716"
    doc = _document_from_gold(gold)
    assert_matches_gold(doc, gold)
    assert_matches_gold(doc.to_dict(), gold)  # a contract record works too
    assert gold_differences(doc, gold) == []


def test_gold_helper_ignores_unicode_spelling() -> None:
    gold = load_gold(GOLD_000)
    doc = _document_from_gold(gold)
    person = doc.people[1]
    titles = tuple(t.replace("Ủy", "Uỷ").replace(" ", "\u00a0", 1) for t in person.titles)
    name = unicodedata.normalize("NFD", person.name)
    respelled = attrs.evolve(person, name=name, titles=titles)
    doc = attrs.evolve(doc, people=[doc.people[0], respelled, *doc.people[2:]])
    assert_matches_gold(doc, gold)


def test_gold_helper_reports_each_difference_on_its_own_lines() -> None:
    gold = load_gold(GOLD_000)
    doc = _document_from_gold(gold)
    event = attrs.evolve(
        doc.events[0], date=None, participants=[Participant("Tô Lâm", "host")], location="Hà Nội"
    )
    people = [doc.people[0], attrs.evolve(doc.people[1], titles=("Bí thư Đảng ủy",))]
    doc = attrs.evolve(doc, events=[event], people=people, dates=doc.dates[1:])
    with pytest.raises(GoldMismatch) as caught:
        assert_matches_gold(doc, gold)
    message = str(caught.value)
    assert message.splitlines()[0] == (
        "Document '000_424efeffee1ce716' does not match its gold annotation (6 differences):"
    )
    assert "  main_event.date\n    expected:   '2025-02-18'\n    got:        None" in message
    assert "  main_event.location\n    expected:   'Trụ sở Trung ương Đảng'" in message
    assert "    missing:    'Trần Cương (guest)'" in message
    assert "    missing:    'Tập Cận Bình'" in message
    assert "  people[Trần Cương].titles\n" in message
    assert "    missing:    2025-02-18 ('Chiều 18/2')" in message
    assert [d.field for d in caught.value.differences] == [
        "main_event.date",
        "main_event.location",
        "main_event.participants",
        "people",
        "people[Trần Cương].titles",
        "dates",
    ]
    assert isinstance(caught.value, AssertionError)


def test_gold_helper_options() -> None:
    gold = load_gold(GOLD_000)
    empty = Document(text="Bảo Chi\nTheo dõi Baoquocte.vn trên", id="x")
    fields = [d.field for d in gold_differences(empty, gold, check=ALL_CHECKS)]
    assert fields == [
        "main_event",
        "people",
        "dates",
        "title",
        "body.first_line",
        "body.last_line",
    ]
    assert gold_differences(empty, gold, check=()) == []
    doc = _document_from_gold(gold)
    wrong_trigger = attrs.evolve(doc, events=[attrs.evolve(doc.events[0], trigger="gặp")])
    assert gold_differences(wrong_trigger, gold) == []
    assert [d.field for d in gold_differences(wrong_trigger, gold, event_fields=["trigger"])] == [
        "main_event.trigger"
    ]
    with pytest.raises(ValueError, match="unknown checks"):
        gold_differences(doc, gold, check=["speed"])


# -- the pytest plugin -------------------------------------------------------------------------


def test_plugin_is_registered(request: pytest.FixtureRequest) -> None:
    assert request.config.pluginmanager.hasplugin("vndiplo")
    assert pytest_plugin.assert_matches_gold is assert_matches_gold


def test_fixtures(
    vndiplo_runner: Runner,
    vndiplo_gold_folder: Callable[..., dict[str, tuple[str, dict[str, Any]]]],
    vndiplo_assert_gold: Callable[..., None],
) -> None:
    assert isinstance(vndiplo_runner, Runner)
    pages = vndiplo_gold_folder(SEEDS)
    assert len(pages) == 5
    for text, gold in pages.values():
        assert gold["body_first_line"] in text
    gold = pages["000_424efeffee1ce716"][1]
    vndiplo_assert_gold(_document_from_gold(gold), gold)
    with pytest.raises(AssertionError):
        vndiplo_assert_gold(Document(text=""), gold)


def test_assertrepr_explains_two_documents(request: pytest.FixtureRequest) -> None:
    got = Document(text="Chiều 18/2", id="a", dates=[])
    expected = attrs.evolve(
        got,
        dates=[{"text": "Chiều 18/2", "start": 0, "end": 10, "value": "--02-18", "kind": "date"}],
    )
    lines = pytest_plugin.pytest_assertrepr_compare(request.config, "==", got, expected)
    assert lines is not None and lines[0] == "Documents differ"
    assert "  dates[0]" in lines
    assert any("expected:" in line and "--02-18" in line for line in lines)
    assert pytest_plugin.pytest_assertrepr_compare(request.config, "==", got, got) is None
    assert pytest_plugin.pytest_assertrepr_compare(request.config, "==", got, {}) is None


# -- the pipeline on synthetic articles ------------------------------------------------------------


@settings(max_examples=20)
@given(articles())
def test_pipeline_answers_quote_synthetic_articles(article: SyntheticArticle) -> None:
    doc = _RUNNER.run(article.document())
    for when in doc.dates:
        assert doc.text[when.start : when.end] == when.text
    for person in doc.people:
        assert all(doc.text[m.start : m.end].strip() for m in person.mentions)
    for event in doc.events:
        assert 0 <= event.evidence.start <= event.evidence.end <= len(doc.text)


_RUNNER = Runner()
