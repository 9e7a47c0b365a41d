"""Person names from underthesea's NER, for the ones the titles plugin misses (opt-in plugin).

Not loaded by default: it is not in the ``vndiplo`` entry-point group. Enable it by module
name, after installing the extra (``pip install 'vndiplo[underthesea]'``)::

    Runner(["vndiplo_ner"])                      # the default pipeline plus this plugin
    vndiplo extract --plugin vndiplo_ner ...     # the same from the command line

Two hooks:

* ``vndiplo_find_people`` appends a :class:`vndiplo.Person` for every name underthesea tags
  PER in a sentence that holds a title or honorific and a name-like run of capitals no
  titles mention covers (see :mod:`vndiplo_ner.propose`). Such a person has no titles, no
  roles and no country: the tagger says "a person", nothing more. Only those sentences are
  tagged, never the whole document.
* ``vndiplo_enrich`` records the origin in ``document.extras["vndiplo_ner"]``::

      {"source": "underthesea.ner (CRF, bundled ner_crf_2017_10_12)",
       "people": [{"name": "Ibnu Hadi", "mentions": [[s, e]], "sentence": [s, e]}],
       "candidates": 3, "tagged": 3}

  so a consumer tells the tagger's people from the rule-based ones by name.

Settings (``Runner(settings={"vndiplo_ner": {...}})``): ``max_sentences`` (int, default 12),
the most sentences of one document sent to underthesea.

Importing this module needs underthesea installed (a :class:`MissingExtraError` naming the
extra otherwise) but does not import it: that happens on the first tagged sentence.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from vndiplo.hookspecs import hookimpl
from vndiplo.model import Document, Person
from vndiplo.registry import Context, Registry
from vndiplo_ner._backend import (
    EXTRA_HINT,
    MODEL,
    MissingExtraError,
    ModelDownloadError,
    require_underthesea,
)
from vndiplo_ner.propose import DEFAULT_MAX_SENTENCES, Proposal, Proposals, propose

require_underthesea()  # fail at import, naming the extra; underthesea itself loads lazily

__all__ = [
    "EXTRA_HINT",
    "MODEL",
    "MissingExtraError",
    "ModelDownloadError",
    "Proposal",
    "Proposals",
    "proposals_for",
    "propose",
    "vndiplo_enrich",
    "vndiplo_find_people",
]

NAME = "vndiplo_ner"

# find_people and enrich see the same text and blocks; the second asks for the first's answer.
# A small memo of a pure function (keyed by the registry, text and body blocks), not state:
# a miss just recomputes, so workers and fresh processes get the same result.
_MEMO: OrderedDict[tuple[int, str, tuple[tuple[int, int], ...], int], tuple[Any, Proposals]] = (
    OrderedDict()
)
_MEMO_SIZE = 8
_memo_lock = threading.Lock()


def proposals_for(document: Document, context: Context | None = None) -> Proposals:
    """The plugin's proposals for ``document`` (memoised between its two hooks)."""
    registry: Registry | None = context.registry if context is not None else None
    limit = _max_sentences(context)
    blocks = tuple((b.start, b.end) for b in document.body_blocks)
    key = (id(registry), document.text, blocks, limit)
    with _memo_lock:
        hit = _MEMO.get(key)
        if hit is not None and hit[0] is registry:
            _MEMO.move_to_end(key)
            return hit[1]
    result = propose(document, registry, max_sentences=limit)
    with _memo_lock:
        _MEMO[key] = (registry, result)
        while len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
    return result


def _max_sentences(context: Context | None) -> int:
    settings: Mapping[str, Any] = context.plugin_settings(NAME) if context is not None else {}
    value = settings.get("max_sentences", DEFAULT_MAX_SENTENCES)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"vndiplo_ner: max_sentences must be an int >= 0, got {value!r}")
    return value


@hookimpl(trylast=True)
def vndiplo_find_people(document: Document, context: Context) -> list[Person]:
    """People underthesea tags in the sentences the titles plugin leaves names in."""
    return proposals_for(document, context).persons()


@hookimpl
def vndiplo_enrich(document: Document, context: Context) -> dict[str, Any]:
    """Where the people this plugin added came from (``extras["vndiplo_ner"]``)."""
    found = proposals_for(document, context)
    return {
        "source": MODEL,
        "people": [p.to_dict() for p in found.people],
        "candidates": found.candidates,
        "tagged": found.tagged,
    }
