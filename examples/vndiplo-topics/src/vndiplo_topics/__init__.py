"""Tag the cooperation topics an article talks about: trade, investment, education ...

A third-party vndiplo plugin in two hooks. ``vndiplo_register_lexicon`` adds the topic
vocabulary to the shared registry under the kind ``"cooperation_topics"``, so any other plugin
can extend it without forking this one; ``vndiplo_enrich`` reads the vocabulary back and
looks for it in the cleaned body only. Its result lands in ``document.extras["topics"]``:

    {"topics": ["education", "trade"],
     "evidence": [{"topic": "trade", "text": "thương mại", "start": 312, "end": 322}, ...]}

Every ``start``/``end`` is an offset into ``document.text``, as the contract asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from vndiplo import Context, Document, hookimpl
from vndiplo.text import normalize

#: Topic -> Vietnamese keywords. Registered as entries ``{"topic": ..., "keywords": [...]}``.
TOPICS: dict[str, tuple[str, ...]] = {
    "trade": ("thương mại", "xuất khẩu", "nhập khẩu", "giao thương"),
    "investment": ("đầu tư",),
    "education": ("giáo dục", "đào tạo"),
    "defence": ("quốc phòng",),
    "energy": ("năng lượng",),
    "digital": ("kinh tế số", "chuyển đổi số", "trí tuệ nhân tạo"),
    "tourism": ("du lịch",),
    "culture": ("văn hóa", "giao lưu nhân dân"),
    "transport": ("giao thông", "đường sắt"),
}


@hookimpl
def vndiplo_register_lexicon(register: Callable[[str, Iterable[Any]], None]) -> None:
    register(
        "cooperation_topics",
        [{"topic": topic, "keywords": list(words)} for topic, words in TOPICS.items()],
    )


@hookimpl
def vndiplo_enrich(document: Document, context: Context) -> dict[str, Any]:
    entries = context.registry.get("cooperation_topics")
    pattern, topic_of = _compile(tuple(_pairs(entries)))
    view = document.normalized  # NFC, one tone-mark style, plain spaces; offsets map back
    evidence = []
    for block in document.body_blocks:  # never boilerplate, captions or the headline
        start, end = view.span_from_original(block.start, block.end)
        for match in pattern.finditer(view.text, start, end):
            first, last = view.span_to_original(match.start(), match.end())
            topic = topic_of[match.group().lower()]
            evidence.append(
                {"topic": topic, "text": document.text[first:last], "start": first, "end": last}
            )
    return {"topics": sorted({e["topic"] for e in evidence}), "evidence": evidence}


def _pairs(entries: Iterable[Any]) -> Iterable[tuple[str, str]]:
    """(keyword, topic) pairs from registry entries, with a clear error for a bad entry."""
    for entry in entries:
        if not isinstance(entry, Mapping) or "topic" not in entry or "keywords" not in entry:
            raise ValueError(f'cooperation_topics entries are {{"topic", "keywords"}}: {entry!r}')
        for keyword in entry["keywords"]:
            yield normalize(keyword).lower(), str(entry["topic"])


@lru_cache(maxsize=8)
def _compile(pairs: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for the whole vocabulary, longest keyword first, whole words only."""
    topic_of = dict(pairs)
    words = sorted(topic_of, key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), topic_of
