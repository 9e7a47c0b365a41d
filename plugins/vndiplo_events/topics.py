"""Cooperation areas named around an event, from a data vocabulary (lexicon ``"events.topics"``).

An entry is a mapping ``{"topic": canonical name, "phrases": [variants]}``, a tuple
``(topic, [variants])`` or a bare string (its own only variant). Variants are matched as whole
words, case-insensitively, longest first, so "kinh tế - thương mại" is one topic and not also
"thương mại".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from vndiplo.registry import Registry, lexicon
from vndiplo.text import fold
from vndiplo_events.patterns import PhraseMatcher, lowered

__all__ = ["DEFAULT_TOPICS", "LEXICON_KIND", "TopicVocabulary", "vocabulary_for"]

LEXICON_KIND: Final = "events.topics"

DEFAULT_TOPICS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        "kinh tế - thương mại",
        (
            "kinh tế - thương mại",
            "kinh tế-thương mại",
            "kinh tế – thương mại",
            "kinh tế, thương mại",
            "kinh tế và thương mại",
            "kinh tế thương mại",
            "kinh tế - thương mại - đầu tư",
        ),
    ),
    ("thương mại", ("thương mại", "giao thương", "xuất nhập khẩu", "xuất khẩu", "nhập khẩu")),
    ("đầu tư", ("đầu tư",)),
    (
        "khoa học công nghệ",
        (
            "khoa học công nghệ",
            "khoa học - công nghệ",
            "khoa học-công nghệ",
            "khoa học và công nghệ",
            "khoa học, công nghệ",
        ),
    ),
    ("đổi mới sáng tạo", ("đổi mới sáng tạo",)),
    ("trí tuệ nhân tạo", ("trí tuệ nhân tạo",)),
    ("chuyển đổi số", ("chuyển đổi số", "kinh tế số")),
    (
        "kết nối giao thông",
        (
            "kết nối giao thông",
            "kết nối cơ sở hạ tầng giao thông",
            "kết nối đường sắt",
            "đường sắt",
            "đường bộ",
            "giao thông vận tải",
        ),
    ),
    ("cơ sở hạ tầng", ("cơ sở hạ tầng", "hạ tầng")),
    ("cửa khẩu thông minh", ("cửa khẩu thông minh",)),
    ("thông quan", ("thông quan",)),
    (
        "giáo dục đào tạo",
        (
            "giáo dục đào tạo",
            "giáo dục - đào tạo",
            "giáo dục và đào tạo",
            "giáo dục, đào tạo",
            "giáo dục",
            "đào tạo",
        ),
    ),
    ("du lịch", ("du lịch",)),
    ("quốc phòng", ("quốc phòng",)),
    ("an ninh", ("an ninh",)),
    ("y tế", ("y tế",)),
    ("năng lượng", ("năng lượng", "dầu khí", "điện năng")),
    (
        "giao lưu nhân dân",
        (
            "giao lưu nhân dân",
            "giao lưu của người dân",
            "giao lưu nhân văn",
            "giao lưu giữa nhân dân",
            "giao lưu hữu nghị giữa nhân dân",
        ),
    ),
    ("nông nghiệp", ("nông nghiệp", "nông sản", "thủy sản", "nghề cá")),
    ("văn hóa", ("văn hóa",)),
    ("lao động", ("lao động",)),
    ("biên giới", ("biên giới",)),
    ("tài chính", ("tài chính", "ngân hàng")),
    ("môi trường", ("môi trường", "biến đổi khí hậu")),
    ("khoáng sản", ("khoáng sản", "đất hiếm")),
    ("bán dẫn", ("bán dẫn", "chip")),
    ("logistics", ("logistics",)),
    ("hàng không", ("hàng không",)),
    ("pháp luật", ("tư pháp", "pháp luật")),
    ("thể thao", ("thể thao",)),
)


def _entries(raw: Iterable[Any]) -> list[tuple[str, tuple[str, ...]]]:
    out: list[tuple[str, tuple[str, ...]]] = []
    for entry in raw:
        if isinstance(entry, str):
            out.append((entry, (entry,)))
        elif isinstance(entry, Mapping):
            topic = str(entry["topic"])
            out.append((topic, tuple(entry.get("phrases") or (topic,))))
        else:
            topic, phrases = entry
            out.append((str(topic), tuple(phrases)))
    return out


class TopicVocabulary:
    """Compiled topics: one alternation of all variants, longest first."""

    def __init__(self, entries: Iterable[Any]) -> None:
        self.by_variant: dict[str, str] = {}
        for topic, variants in _entries(entries):
            for variant in variants:
                self.by_variant[" ".join(fold(variant).split())] = topic
        self.matcher = PhraseMatcher(self.by_variant)

    def scan(self, lower: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, str]]:
        """``(offset, topic)`` of every variant named in the spans (e.g. the body blocks)."""
        out: list[tuple[int, str]] = []
        by_variant = self.by_variant
        finditer = self.matcher.regex.finditer
        for start, end in spans:
            for match in finditer(lower, start, end):
                found = match.group()
                # Usually already a key (single spaces): skip re-joining its words.
                topic = by_variant.get(found)
                if topic is None:
                    topic = by_variant.get(" ".join(found.split()))
                if topic:
                    out.append((match.start(), topic))
        return out

    def find(self, text: str, spans: Iterable[tuple[int, int]]) -> tuple[str, ...]:
        """Topics named in the given spans of ``text``, in order of first appearance."""
        found = self.scan(lowered(text), spans)
        return tuple(dict.fromkeys(topic for _, topic in found))


def vocabulary_for(registry: Registry | None) -> TopicVocabulary:
    """The registered vocabulary (defaults if none was registered), cached per version."""
    return lexicon(registry, LEXICON_KIND, TopicVocabulary, _default_topics)


def _default_topics() -> Iterable[Any]:
    return DEFAULT_TOPICS
