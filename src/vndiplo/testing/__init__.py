"""Public testing kit: hypothesis strategies and a pytest plugin for vndiplo users' own tests.

Strategies generate a thing together with its expected parse, so a property can state
``parse(render(x)) == x``:

- core: :func:`unicode_texts` (hostile Unicode), :func:`documents`, :func:`spans`;
- dates: :func:`date_phrases` and the per-kind strategies, each yielding a Vietnamese phrase
  with its expected value, kind, part of day and reference date; :func:`in_sentences`;
- people: :func:`person_mentions` (a titled mention with its expected name, titles, country)
  and name strategies for Vietnamese, Sino-Vietnamese and Latin-script names;
- articles: :func:`articles`, whole synthetic pages with their line labels, people and main
  event;
- gold: :func:`assert_matches_gold`, a readable field-by-field comparison with a gold file.

The strategies need hypothesis (``pip install 'vndiplo[testing]'``); names load on first use, so
``vndiplo.testing.gold`` and the pytest plugin work without it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vndiplo.testing.articles import (
        Leader,
        SyntheticArticle,
        article_dates,
        articles,
        leaders,
    )
    from vndiplo.testing.core import documents, spans, unicode_texts
    from vndiplo.testing.dates import (
        DatePhrase,
        DateSentence,
        date_phrases,
        datetime_phrases,
        day_phrases,
        in_sentences,
        month_phrases,
        reference_dates,
        relative_phrases,
        span_phrases,
        year_phrases,
    )
    from vndiplo.testing.gold import (
        Difference,
        GoldMismatch,
        assert_matches_gold,
        gold_differences,
        load_gold,
    )
    from vndiplo.testing.people import (
        PersonMention,
        chinese_names,
        latin_names,
        person_mentions,
        vietnamese_names,
    )

_HOMES: dict[str, str] = {
    "DatePhrase": "vndiplo.testing.dates",
    "DateSentence": "vndiplo.testing.dates",
    "Difference": "vndiplo.testing.gold",
    "GoldMismatch": "vndiplo.testing.gold",
    "Leader": "vndiplo.testing.articles",
    "PersonMention": "vndiplo.testing.people",
    "SyntheticArticle": "vndiplo.testing.articles",
    "article_dates": "vndiplo.testing.articles",
    "articles": "vndiplo.testing.articles",
    "assert_matches_gold": "vndiplo.testing.gold",
    "chinese_names": "vndiplo.testing.people",
    "date_phrases": "vndiplo.testing.dates",
    "datetime_phrases": "vndiplo.testing.dates",
    "day_phrases": "vndiplo.testing.dates",
    "documents": "vndiplo.testing.core",
    "gold_differences": "vndiplo.testing.gold",
    "in_sentences": "vndiplo.testing.dates",
    "latin_names": "vndiplo.testing.people",
    "leaders": "vndiplo.testing.articles",
    "load_gold": "vndiplo.testing.gold",
    "month_phrases": "vndiplo.testing.dates",
    "person_mentions": "vndiplo.testing.people",
    "reference_dates": "vndiplo.testing.dates",
    "relative_phrases": "vndiplo.testing.dates",
    "span_phrases": "vndiplo.testing.dates",
    "spans": "vndiplo.testing.core",
    "unicode_texts": "vndiplo.testing.core",
    "vietnamese_names": "vndiplo.testing.people",
    "year_phrases": "vndiplo.testing.dates",
}


def __getattr__(name: str) -> Any:
    """Import the submodule that defines ``name`` only when it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'vndiplo.testing' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


__all__ = [
    "DatePhrase",
    "DateSentence",
    "Difference",
    "GoldMismatch",
    "Leader",
    "PersonMention",
    "SyntheticArticle",
    "article_dates",
    "articles",
    "assert_matches_gold",
    "chinese_names",
    "date_phrases",
    "datetime_phrases",
    "day_phrases",
    "documents",
    "gold_differences",
    "in_sentences",
    "latin_names",
    "leaders",
    "load_gold",
    "month_phrases",
    "person_mentions",
    "reference_dates",
    "relative_phrases",
    "span_phrases",
    "spans",
    "unicode_texts",
    "vietnamese_names",
    "year_phrases",
]
