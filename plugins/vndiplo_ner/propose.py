"""Which sentences go to underthesea, and how its PER tags become people with offsets.

The titles plugin (rules, no tagger) finds the people an article names with a title. What it
misses is mostly names it cannot cut out of a run of capitals (transliterations such as
"Ca-mi-la Mê-lan-đe", Japanese name order, foreign names after an unusual title). So a sentence
is sent to underthesea only when all three hold:

1. it holds a title or honorific hit of the titles lexicon (``Windows.hits``: the same
   compiled regexes the titles plugin uses to choose its windows), since the gold standard and
   the contract's ``people`` are people *named with a title or role*;
2. it holds a run of capitalised words that no titles mention covers, and
3. that run is not entirely lexicon words (titles, organisations, fields, places, honorifics):
   "Việt Nam", "Bộ Ngoại giao" or "Quốc hội" alone never cost a tagger call.

Everything else (most sentences of an article) is never tagged. A B-PER/I-PER entity is kept
when it overlaps no titles mention, is not a name the titles plugin already returned, starts
with a capital, has no digit, and is not made of lexicon words only. Each kept name is then
looked up (whole words) in every body block for its other mentions.

All matching runs on ``document.normalized`` and spans are mapped back, so
``document.text[start:end]`` quotes the original input.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from attrs import field, frozen
from vndiplo_titles import find_people
from vndiplo_titles.matcher import Lexicon, lexicon_for

from vndiplo.model import Document, Person, Span
from vndiplo.registry import Registry
from vndiplo.text import fold
from vndiplo_ner._backend import Tagger, tag

__all__ = ["DEFAULT_MAX_SENTENCES", "Proposal", "Proposals", "propose"]

#: At most this many sentences of one document are tagged (the rest are counted, not tagged).
DEFAULT_MAX_SENTENCES = 12
#: A sentence longer than this is tagged in pieces of this size (the CRF is linear, but a
#: runaway "sentence" of a page without stops must not cost seconds).
MAX_SENTENCE_CHARS = 400
#: Longest name kept, in words.
MAX_NAME_WORDS = 8

_SENTENCE_END = re.compile(r"[.!?;…]+(?=\s)|\n")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")


@frozen
class Proposal:
    """A name underthesea tagged PER in a sentence the titles plugin left without it."""

    name: str
    mentions: tuple[Span, ...]
    #: The sentence it was first tagged in (original offsets).
    sentence: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mentions": [[m.start, m.end] for m in self.mentions],
            "sentence": [self.sentence.start, self.sentence.end],
        }


@frozen
class Proposals:
    """What one document yields: the names, and how much tagging it cost."""

    people: tuple[Proposal, ...] = field(default=())
    #: Sentences holding a title cue and an uncovered name-like run (the ones worth tagging).
    candidates: int = 0
    #: Sentences actually sent to underthesea (candidates, up to ``max_sentences``).
    tagged: int = 0

    def persons(self) -> list[Person]:
        """The proposals as contract people: no titles, no roles, no country (see the docs)."""
        return [Person(name=p.name, mentions=p.mentions) for p in self.people]


def propose(
    document: Document,
    registry: Registry | None = None,
    *,
    ner: Tagger | None = None,
    max_sentences: int = DEFAULT_MAX_SENTENCES,
    titled: Sequence[Person] | None = None,
) -> Proposals:
    """Names underthesea finds in the sentences of ``document`` that need it.

    ``titled`` is what the titles plugin returns for the document (computed when None);
    ``ner`` replaces ``underthesea.ner`` (tests); ``registry`` supplies the lexicons.
    """
    lex = lexicon_for(registry)
    if titled is None:
        titled = find_people(document, registry)
    norm = document.normalized
    text = norm.text
    covered = _covered(titled, norm.span_from_original)
    known = {fold(p.name) for p in titled}
    vocab = _vocabulary(lex)
    found: dict[str, tuple[str, Span]] = {}  # folded name -> (name, first sentence)
    candidates = tagged = 0
    for block in document.body_blocks:
        start, end = norm.span_from_original(block.start, block.end)
        start, end = max(0, start), min(len(text), max(start, end))
        if end <= start:
            continue
        hits = lex.windows.hits(text[start:end], text[start:end].lower())
        if not hits:
            continue
        for s, e in _sentences(text, start, end):
            if not any(s <= start + h < e for h in hits):
                continue
            if not _needs_tagging(text, s, e, covered, vocab):
                continue
            candidates += 1
            if tagged >= max_sentences:
                continue
            tagged += 1
            for a, b in _pieces(text, s, e):
                for ns, ne in _entities(tag(text[a:b], ner), text, a, b):
                    name = " ".join(text[ns:ne].split())
                    key = fold(name)
                    if key in known or key in found or _overlaps(ns, ne, covered):
                        continue
                    if not _plausible(name, vocab):
                        continue
                    found[key] = (name, Span(*norm.span_to_original(s, e)))
    people = []
    for name, sentence in found.values():
        mentions = _mentions(document, name, covered)
        if mentions:
            people.append(Proposal(name, tuple(mentions), sentence))
    people.sort(key=lambda p: (p.mentions[0].start, p.name))
    return Proposals(tuple(people), candidates, tagged)


# -- choosing sentences --------------------------------------------------------------------


def _covered(titled: Sequence[Person], to_norm: Any) -> list[tuple[int, int]]:
    spans = [to_norm(m.start, m.end) for p in titled for m in p.mentions]
    return sorted((a, b) for a, b in spans if b > a)


def _overlaps(start: int, end: int, covered: Sequence[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in covered)


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[s, e)`` sentences of ``text[start:end]``, each ending after its stop, non-blank."""
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[s : m.end()].strip():
            yield s, m.end()
        s = m.end()
    if text[s:end].strip():
        yield s, end


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentence in pieces of at most ``MAX_SENTENCE_CHARS``, cut at a space if any."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        yield start, cut
        start = cut
    if text[start:end].strip():
        yield start, end


def _capital_runs(text: str, start: int, end: int) -> Iterator[list[tuple[int, int]]]:
    """Runs of capitalised words (joined by single spaces) in ``text[start:end]``."""
    run: list[tuple[int, int]] = []
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        if word[0].isupper():
            if run and text[run[-1][1] : m.start()] != " ":
                yield run
                run = []
            run.append((m.start(), m.end()))
        elif run:
            yield run
            run = []
    if run:
        yield run


def _needs_tagging(
    text: str, start: int, end: int, covered: Sequence[tuple[int, int]], vocab: frozenset[str]
) -> bool:
    """A capitalised run not covered by a titles mention and not all lexicon words."""
    first = next(_WORD.finditer(text, start, end), None)
    for run in _capital_runs(text, start, end):
        words = [(a, b) for a, b in run if not _overlaps(a, b, covered)]
        if not words:
            continue
        if len(run) == 1 and first is not None and run[0][0] == first.start():
            continue  # the sentence's first word, capitalised as any first word is
        if any(_name_word(text[a:b], vocab) for a, b in words):
            return True
    return False


def _name_word(word: str, vocab: frozenset[str]) -> bool:
    """A word that may belong to a name: not a lexicon word, not an acronym."""
    if len(word) > 1 and word.isupper():
        return False
    return fold(word) not in vocab


def _plausible(name: str, vocab: frozenset[str]) -> bool:
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or len(name) < 2:
        return False
    if not name[0].isupper() or _DIGIT.search(name):
        return False
    return any(_name_word(w.strip(".,"), vocab) for w in words)


@lru_cache(maxsize=8)
def _vocabulary(lex: Lexicon) -> frozenset[str]:
    """Every word of every lexicon entry except people's names (folded)."""
    words: set[str] = set()
    for trie in (lex.titles, lex.modifiers, lex.orgs, lex.fields, lex.places, lex.honorifics):
        for key in trie.entries():
            words.update(key)
    return frozenset(words)


# -- reading underthesea's tags ------------------------------------------------------------


def _entities(
    rows: Sequence[Sequence[str]], text: str, start: int, end: int
) -> Iterator[tuple[int, int]]:
    """The ``[s, e)`` offsets in ``text`` of each B-PER/I-PER entity of ``rows``.

    underthesea returns words, not offsets; each word is found again in ``text[start:end]``
    from where the previous one ended (its syllables may be joined by any white space). A word
    that cannot be found ends the entity it belongs to and is skipped.
    """
    cursor = start
    current: list[int] | None = None
    for row in rows:
        word, label = row[0], row[3] if len(row) > 3 else "O"
        span = _locate(word, text, cursor, end)
        if span is None:
            if current is not None:
                yield current[0], current[1]
                current = None
            continue
        cursor = span[1]
        if label == "B-PER" or (label == "I-PER" and current is None):
            if current is not None:
                yield current[0], current[1]
            current = [span[0], span[1]]
        elif label == "I-PER" and current is not None:
            current[1] = span[1]
        elif current is not None:
            yield current[0], current[1]
            current = None
    if current is not None:
        yield current[0], current[1]


def _locate(word: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    parts = word.split()
    if not parts:
        return None
    at = text.find(parts[0], start, end)
    if at < 0:
        return None
    if len(parts) == 1:
        return at, at + len(parts[0])
    pattern = r"\s+".join(re.escape(p) for p in parts)
    m = re.compile(pattern).match(text, at, end)
    return (m.start(), m.end()) if m else None


# -- mentions ------------------------------------------------------------------------------


def _mentions(document: Document, name: str, covered: Sequence[tuple[int, int]]) -> list[Span]:
    """Every whole-word occurrence of ``name`` in the body blocks, mapped to the original."""
    norm = document.normalized
    text = norm.text
    pattern = _name_pattern(name)
    out = []
    for block in document.body_blocks:
        start, end = norm.span_from_original(block.start, block.end)
        for m in pattern.finditer(text, max(0, start), min(len(text), end)):
            if _overlaps(m.start(), m.end(), covered):
                continue
            a, b = norm.span_to_original(m.start(), m.end())
            if b > a:
                out.append(Span(a, b))
    return sorted(set(out), key=lambda s: (s.start, s.end))


_PATTERNS: OrderedDict[str, re.Pattern[str]] = OrderedDict()


def _name_pattern(name: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(name)
    if pattern is None:
        body = r"\s+".join(re.escape(w) for w in name.split())
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])")
        _PATTERNS[name] = pattern
        if len(_PATTERNS) > 256:
            _PATTERNS.popitem(last=False)
    return pattern
