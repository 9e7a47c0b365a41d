"""The synthetic article generator used by the benchmarks is reproducible and sized."""

from __future__ import annotations

from vndiplo.testing.synthetic import articles


def test_generator_is_reproducible_and_sized() -> None:
    first = list(articles(3, 8000, seed=1))
    assert first == list(articles(3, 8000, seed=1))
    assert first != list(articles(3, 8000, seed=2))
    for record in first:
        assert 8000 <= len(record["text"]) < 8000 + 600
        assert record["text"].split("\n", 1)[0]  # a headline first
    (big,) = articles(1, 1_000_000)
    assert len(big["text"]) >= 1_000_000
