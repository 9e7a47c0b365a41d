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
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

from attrs import field, frozen
from vndiplo_titles import find_people
from vndiplo_titles.matcher import Lexicon, lexicon_for
from vndiplo_titles.names import is_vietnamese_syllable

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
#: Words of context tagged before and after a name-like run.
CONTEXT_BEFORE = 6
CONTEXT_AFTER = 3
#: Words that open a name in the text but are no part of it, beyond the lexicon's titles,
#: honorifics and places: religious and courtesy forms the titles lexicon does not hold.
PREFIXES = frozenset(
    fold(word)
    for word in {
        "hòa thượng",
        "thượng tọa",
        "đại đức",
        "ni sư",
        "đức cha",
        "linh mục",
        "giám mục",
        "tổng giám mục",
        "hồng y",
        "ngài",
        "bà",
        "ông",
        "cô",
        "anh",
        "chị",
    }
)

_SENTENCE_END = re.compile(r"[.!?;…]+(?=\s)|\n")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


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
            windows = _windows(text, s, e, covered, vocab)
            if not windows:
                continue
            candidates += 1
            if tagged >= max_sentences:
                continue
            tagged += 1
            for a, b in windows:
                for ns, ne in _entities(tag(text[a:b], ner), text, a, b):
                    trimmed = _trim(text, ns, ne, vocab, lex.surnames)
                    if trimmed is None or _overlaps(*trimmed, covered):
                        continue
                    name = " ".join(text[trimmed[0] : trimmed[1]].split())
                    key = fold(name)
                    if key in known or key in found or not _plausible(name, vocab):
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


def _windows(
    text: str, start: int, end: int, covered: Sequence[tuple[int, int]], vocab: frozenset[str]
) -> list[tuple[int, int]]:
    """The pieces of the sentence ``text[start:end]`` worth tagging, in order, merged.

    One piece per capitalised run that no titles mention covers and that holds a word outside
    the lexicon, with ``CONTEXT_BEFORE`` words before it and ``CONTEXT_AFTER`` after (the CRF
    reads two tokens either side; a little more keeps its chunker's view of the phrase). The
    sentence's first word alone is no run: every first word is capitalised.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    if not words:
        return []
    index = {a: i for i, (a, _) in enumerate(words)}
    pieces: list[tuple[int, int]] = []
    for run in _capital_runs(text, start, end):
        free = [(a, b) for a, b in run if not _overlaps(a, b, covered)]
        if not free or (len(run) == 1 and run[0][0] == words[0][0]):
            continue
        if not any(_name_word(text[a:b], vocab) for a, b in free):
            continue
        first = max(0, index[run[0][0]] - CONTEXT_BEFORE)
        last = min(len(words) - 1, index[run[-1][0]] + CONTEXT_AFTER)
        a, b = words[first][0], _piece_end(text, words[last][1], end)
        if pieces and a <= pieces[-1][1]:
            pieces[-1] = (pieces[-1][0], max(b, pieces[-1][1]))
        else:
            pieces.append((a, b))
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        out.extend(_pieces(text, a, b))
    return out


def _piece_end(text: str, end: int, limit: int) -> int:
    """Take in the punctuation right after a piece's last word (a name's full stop)."""
    while end < limit and not text[end].isspace() and not text[end].isalnum():
        end += 1
    return end


def _trim(
    text: str, start: int, end: int, vocab: frozenset[str], surnames: AbstractSet[str]
) -> tuple[int, int] | None:
    """The entity without the title, honorific, place or acronym words it opens with
    ("Bà Batasova", "Đức TGM James Harvey", "Việt Nam Tomioka Tsutomu"), or an acronym it
    closes with. A family name ends the trimming: "Hà" opens "Hà Nội" and "Hà Kim Ngọc"."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    lead = _lead_words(text, words, vocab, surnames)
    words = words[lead:]
    while words and _acronym(text[words[-1][0] : words[-1][1]]):
        words.pop()
    if not words:
        return None
    return words[0][0], words[-1][1]


def _lead_words(
    text: str, words: list[tuple[int, int]], vocab: frozenset[str], surnames: AbstractSet[str]
) -> int:
    """How many of ``words`` open the entity without being part of a name."""
    k = 0
    while k < len(words):
        word = text[words[k][0] : words[k][1]]
        two = fold(text[words[k][0] : words[k + 1][1]]) if k + 1 < len(words) else ""
        if two in PREFIXES:
            k += 2
        elif fold(word) in PREFIXES or _acronym(word) or _lexicon_word(word, vocab, surnames):
            k += 1
        else:
            break
    return k


def _lexicon_word(word: str, vocab: frozenset[str], surnames: AbstractSet[str]) -> bool:
    """A title, place or organisation word that is no family name."""
    return fold(word) not in surnames and not _name_word(word, vocab)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _name_word(word: str, vocab: frozenset[str]) -> bool:
    """A word that may belong to a name: not a lexicon word, not an acronym."""
    return not _acronym(word) and fold(word) not in vocab


def _plausible(name: str, vocab: frozenset[str]) -> bool:
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or len(name) < 2:
        return False
    if not name[0].isupper() or _DIGIT.search(name):
        return False
    if len(words) == 1 and "-" not in name and is_vietnamese_syllable(name):
        return False  # "Lễ", "Triết": a capitalised word or a bare given name, not a full name
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
    # the syllables joined by any white space (r"\s+"), checked in place rather than with a
    # pattern compiled for each word
    cursor = at + len(parts[0])
    for part in parts[1:]:
        space = _SPACES.match(text, cursor, end)
        if space is None or not text.startswith(part, space.end(), end):
            return None
        cursor = space.end() + len(part)
    return at, cursor


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
