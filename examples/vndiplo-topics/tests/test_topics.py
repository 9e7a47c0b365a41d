"""Tests for the topics plugin, written the way a plugin author would: with vndiplo.testing."""

from __future__ import annotations

import vndiplo_topics
from hypothesis import given

import vndiplo
from vndiplo import Runner
from vndiplo.testing.articles import SyntheticArticle, articles

# Only this plugin: fast, and independent of whatever else is installed.
RUNNER = Runner([vndiplo_topics], autoload=False)


def test_tags_topics_with_offsets() -> None:
    text = "Hai bên nhất trí thúc đẩy hợp tác thương mại, đầu tư và giáo dục."
    found = RUNNER.run(text).extras["vndiplo_topics"]
    assert found["topics"] == ["education", "investment", "trade"]
    for item in found["evidence"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_vocabulary_is_extensible() -> None:
    class Fisheries:
        name = "fisheries"

        @vndiplo.hookimpl
        def vndiplo_register_lexicon(self, register):  # type: ignore[no-untyped-def]
            register("cooperation_topics", [{"topic": "fisheries", "keywords": ["nghề cá"]}])

    runner = Runner([vndiplo_topics, Fisheries()], autoload=False)
    found = runner.run("Hai bên bàn về hợp tác nghề cá.").extras["vndiplo_topics"]
    assert found["topics"] == ["fisheries"]


@given(articles())
def test_never_reads_boilerplate(article: SyntheticArticle) -> None:
    # expected_document() carries the article's true line labels, so the cleaning stage is
    # perfect here and the property is about this plugin alone.
    doc = RUNNER.run(article.expected_document())
    body = [b for b in doc.blocks if b.kind == "body"]
    for item in doc.extras["vndiplo_topics"]["evidence"]:
        assert any(b.start <= item["start"] and item["end"] <= b.end for b in body)
        assert doc.text[item["start"] : item["end"]] == item["text"]
