"""Public testing kit: hypothesis strategies and a pytest plugin for vndiplo users' own tests.

Strategies generate a thing together with its expected parse, so a property can state
``parse(render(x)) == x``:

- core: :func:`unicode_texts` (hostile Unicode), :func:`documents`, :func:`spans`;
- dates: :class:`DatePhrase`, :func:`in_sentences`, :func:`reference_dates`; the phrase
  strategies themselves (:func:`date_phrases`, the per-kind and word-family strategies, each
  yielding a Vietnamese phrase with its expected value, kind, part of day and reference date)
  ship with the dates plugin (:mod:`vndiplo_dates.testing`) and are found through the
  ``vndiplo.strategies`` entry points, like any plugin's (see :mod:`vndiplo.testing.plugins`);
- people: :func:`person_mentions` (a titled mention with its expected name, titles, country)
  and name strategies for Vietnamese, Sino-Vietnamese and Latin-script names;
- articles: :func:`articles`, whole synthetic pages with their line labels, people and main
  event;
- gold: :func:`assert_matches_gold`, a readable field-by-field comparison with a gold file.

The strategies need hypothesis (``pip install 'vndiplo[testing]'``); names load on first use, so
``vndiplo.testing.gold`` and the pytest plugin work without it. A name the core kit does not
define is looked up in the modules of the ``vndiplo.strategies`` entry-point group, which load
only then: the core never imports a plugin by name.
"""

from __future__ import annotations

import importlib
import importlib.util
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
    from vndiplo.testing.dates import DatePhrase, DateSentence, in_sentences, reference_dates
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
    "documents": "vndiplo.testing.core",
    "gold_differences": "vndiplo.testing.gold",
    "in_sentences": "vndiplo.testing.dates",
    "latin_names": "vndiplo.testing.people",
    "leaders": "vndiplo.testing.articles",
    "load_gold": "vndiplo.testing.gold",
    "person_mentions": "vndiplo.testing.people",
    "reference_dates": "vndiplo.testing.dates",
    "spans": "vndiplo.testing.core",
    "unicode_texts": "vndiplo.testing.core",
    "vietnamese_names": "vndiplo.testing.people",
}


def __getattr__(name: str) -> Any:
    """Import the submodule that defines ``name`` only when it is asked for: one of the core
    kit's, else a plugin's ``vndiplo.strategies`` module that lists ``name`` in ``__all__``."""
    home = _HOMES.get(name)
    if home is not None:
        return getattr(importlib.import_module(home), name)
    if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is not None:
        # a submodule ("from vndiplo.testing import gold"): the import system loads it
        raise AttributeError(f"module 'vndiplo.testing' has no attribute {name!r}")
    from vndiplo.testing.plugins import find_strategy

    try:
        return find_strategy(name)
    except AttributeError:
        raise AttributeError(f"module 'vndiplo.testing' has no attribute {name!r}") from None


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


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
    "documents",
    "gold_differences",
    "in_sentences",
    "latin_names",
    "leaders",
    "load_gold",
    "person_mentions",
    "reference_dates",
    "spans",
    "unicode_texts",
    "vietnamese_names",
]
