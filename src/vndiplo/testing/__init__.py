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
"""

from __future__ import annotations

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
