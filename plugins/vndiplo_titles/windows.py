"""Where to look: the few sentences of a body block that can hold a titled person.

Why: tokenising every word of an article and walking the chain parser over it cost most of
this stage, yet titled mentions are rare and local (an 8 KB article holds a handful). So a
block is first searched, in C, by two compiled regexes: one for every title of the lexicon
*with a capital first letter* (the only way :meth:`~vndiplo_titles.cursor.Cursor.head_at`
accepts a title) and one for every honorific followed by a capitalised word (the only way
an honorific introduces a name). Only the sentences holding such a hit are tokenised and
scanned.

Why the result is the same as scanning the whole block: the parser never carries anything
across a *stop*, a character such as "." or "?" that is a token of its own and no part of
any lexicon entry. Every rule that consumes tokens (a title's complement, a capitalised run,
an appositive chain, a trie match) breaks at such a token, so the scan reaches the token
after a stop with nothing pending, exactly as if the block began there; and a sentence with
no hit can yield no finding and no bare title. Two look-backs reach over a stop: one token
(is the previous word capitalised?) and five (``_Parser.linkable``: "các Bí thư"), so each
sentence is scanned with the tokens just before it as read-only context.

A stop character that some lexicon entry contains ("TP. Hồ Chí Minh") is not a stop right
after the token that precedes it in that entry ("TP"); a character an entry starts with is
never a stop. Registered entries thus keep working; they only make the windows longer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Final

from vndiplo.place_prepositions import PLACE_PREPOSITIONS
from vndiplo_titles.abbreviation_dots import DOTTED_ABBREVIATIONS
from vndiplo_titles.constructions import (
    APPOINTED,
    NAME_SUFFIXES,
    OFFICE_CHANGES,
    PARTICIPLE_ADVERBS,
    STOP_EXCEPTIONS,
)
from vndiplo_titles.lexicon import STOP_WORDS
from vndiplo_titles.names import PARTICLES, TOKEN

if TYPE_CHECKING:
    from vndiplo_titles.matcher import Lexicon

__all__ = ["Windows", "context_start", "matches"]

#: Characters that end a sentence or clause and that no default title rule reads across.
#: ("," and "-" are not stops: appositive chains and locators run over them; nor is ":",
#: which an honorific may stand before: "có các đồng chí: Lê Văn A, ...", nor ";", which
#: sets apart the titled items of such a colon list, see :mod:`.colon_lists`.)
_STOP_CANDIDATES = '.!?…()[]"“”\n'

#: A letter as the tokeniser sees one (``names.TOKEN``): a title or honorific hit next to
#: one is inside a longer word ("không" holds no "ông").
_LETTER = re.compile(r"[^\W\d_]")

#: The few characters that are not the plain upper case of a lower-case letter but lower to
#: it all the same (found by scanning all of Unicode: ``chr(i).lower()[0] != chr(i)``). NFC
#: already folds most of them (the Kelvin sign to "K"); kept so that a title hit is found
#: wherever the tokeniser would call the word capitalised.
_OTHER_CAPITALS = {
    "i": "İ",
    "k": "\u212a",
    "å": "\u212b",
    "ǆ": "ǅ",
    "ǉ": "ǈ",
    "ǌ": "ǋ",
    "ǳ": "ǲ",
    "θ": "ϴ",
    "ω": "\u2126",
}

#: Characters that join letters into one token ("Tae-won", "O'Brien"), as in ``names.TOKEN``.
_JOINERS = "-–'’"

_SPACE = re.compile(r"\s")

#: Cap on the number of characters read back for the context tokens before a window.
_CONTEXT_CHARS = 48
#: Tokens ``_Parser.linkable`` looks back over ("hai đồng chí Tổng Bí thư").
_CONTEXT_TOKENS = 5


def _is_cap(char: str) -> bool:
    """The tokeniser's test for a capitalised word (``Token.cap``), on its first character."""
    return char.lower()[0] != char


def _alternation(keys: Iterable[Sequence[str]]) -> str:
    """A regex for ``keys`` (token sequences), common prefixes factored out.

    A hit only has to prove that *some* entry may start here, so once one key ends the
    pattern stops: the shortest entry is enough. Tokens are separated by whitespace only
    (every other character is a token), possibly none ("UBND," is two tokens).
    """
    groups: dict[str, list[Sequence[str]]] = {}
    for key in keys:
        if not key:
            return ""
        groups.setdefault(key[0], []).append(key[1:])
    parts = []
    for token, rests in sorted(groups.items()):
        rest = _alternation(rests)
        parts.append(re.escape(token) + (rf"\s*(?:{rest})" if rest else ""))
    return "|".join(parts)


def _by_first_letter(keys: Iterable[Sequence[str]], *, word_start: bool = False) -> str:
    """:func:`_alternation` of ``keys``, its branches grouped by their first character.

    Speed: ``re`` tries the branches of an alternation one by one at every position that one
    of them may open; grouped, a position costs one branch per first character instead of one
    per word ("thủ", "thiếu", "trung" ... share one "t"). Branches that open with different
    characters never match at one position, and each group keeps its branches' order, so the
    same branch wins everywhere.

    With ``word_start``, each first word is followed by a look-behind that no letter precedes
    it, which rejects in C the hits inside a longer word ("không" holds "ông") that callers
    would otherwise reject in Python one by one; it runs only once a whole first word has
    matched (rare), not at every position with a likely first letter. The check depends on
    the position only, so it rejects a position exactly where the caller would.
    """
    keys = list(keys)
    by_first: dict[str, dict[str, list[Sequence[str]]]] = {}
    for key in keys:
        if not key or not key[0]:
            return _alternation(keys)  # an empty entry: nothing to group
        by_first.setdefault(key[0][0], {}).setdefault(key[0], []).append(key[1:])
    parts = []
    for first, by_word in sorted(by_first.items()):
        branches = []
        for word, rests in sorted(by_word.items()):  # _alternation's order
            rest = _alternation(rests)
            guard = rf"(?<![^\W\d_]{re.escape(word)})" if word_start else ""
            branches.append(re.escape(word[1:]) + guard + (rf"\s*(?:{rest})" if rest else ""))
        parts.append(re.escape(first) + "(?:" + "|".join(branches) + ")")
    return "|".join(parts)


def _literal_trie(words: Sequence[str]) -> str:
    """A regex that matches what ``"|".join(map(re.escape, words))`` does, everywhere with the
    same word preferred, as a trie of characters (see :func:`_by_first_letter` for why).

    Words in a run between empty ones that open with different characters never match at one
    position, so each run is grouped by first character, keeping the words' order inside a
    group; an empty word (one that ended at the parent) keeps its place between runs.
    """
    parts: list[str] = []
    run: dict[str, list[str]] = {}

    def flush() -> None:
        for first, rests in run.items():
            rest = _literal_trie(rests)
            parts.append(re.escape(first) + (f"(?:{rest})" if rest else ""))
        run.clear()

    for word in words:
        if word:
            run.setdefault(word[0], []).append(word[1:])
        else:
            flush()
            parts.append("")
    flush()
    return "|".join(parts)


def _title_pattern(keys: Iterable[Sequence[str]]) -> re.Pattern[str]:
    """Titles whose first letter is a capital, the rest in any case.

    Speed: each branch opens with a case-sensitive set of capitals, tried in C (a leading
    ``(?i)`` or look-behind would cost ten to twenty times more); the rest of each title matches in
    any case, as the tries compare lower-cased tokens. The look-behind (no letter before) is
    checked in Python on the few hits.
    """
    by_first: dict[str, list[Sequence[str]]] = {}
    for key in keys:
        if key and _LETTER.match(key[0]):  # a title starting with a non-word is never a head
            by_first.setdefault(key[0][0], []).append(key)
    parts = []
    every_capital: set[str] = set()
    for first, group in sorted(by_first.items()):
        capitals = {c for c in (first.upper(), first.title(), _OTHER_CAPITALS.get(first, ""))}
        capitals = {c for c in capitals if len(c) == 1 and _is_cap(c) and c.lower()[0] == first}
        if not capitals:
            continue  # a letter with no capital can never open a capitalised word
        # the first word less its first letter, then the other words ("" for "Ủ ...")
        rest = _alternation([(k[0][1:], *k[1:]) for k in group])
        head = "[" + "".join(re.escape(c) for c in sorted(capitals)) + "]"
        parts.append(head + (f"(?i:{rest})" if rest else ""))
        every_capital |= capitals
    if not parts:
        return re.compile(r"(?!)")
    # The branches open with sets, which ``re`` tests one by one at every position: a first
    # look for any of the capitals turns down the other positions in one test (a fifth less).
    gate = "(?=[" + "".join(re.escape(c) for c in sorted(every_capital)) + "])"
    return re.compile(gate + "(?:" + "|".join(parts) + r")(?![^\W\d_])")


#: Stop words that a title's complement does not simply break at (:mod:`.complement` reads
#: "và", a place preposition and "của" on), so they are never safe.
_NOT_SAFE = frozenset(
    {"và", "của", "bạn", "chủ"} | PLACE_PREPOSITIONS | STOP_EXCEPTIONS | PARTICLES
)


def _safe_word_pattern(lex: Lexicon, stops: set[str]) -> re.Pattern[str]:
    """Lower-case stop words no entry of any trie holds and nothing opens with (see
    :meth:`Windows._split`), as whole tokens in lower case ("Đã" is capitalised: not one)."""
    in_keys = {token for trie in lex.tries() for key in trie.entries() for token in key}
    words = sorted(
        w
        for w in STOP_WORDS
        if w not in _NOT_SAFE
        and w not in in_keys
        and w not in lex.title_starts
        and w not in lex.honorific_starts
        and w == w.lower()
        and _LETTER.match(w)
    )
    if not words:
        return re.compile(r"(?!)")
    alternation = _literal_trie(sorted(words, key=len, reverse=True))
    return re.compile(f"(?:{alternation})(?![^\\W\\d_])(?![{_JOINERS}][^\\W\\d_])")


#: A capitalised "Đức" that may be a reverent honorific: no lexicon holds it as one.
#: (The start test follows the word, as in ``(?<![^\W\d_])Đức``: a pattern opening with
#: the literal lets ``re`` skip ahead in C, some thirty times faster over a block.)
_REVERENT = re.compile(r"Đức(?<![^\W\d_]Đức)(?![^\W\d_])")


class Windows:
    """The trigger and stop patterns of one compiled lexicon (built once, with it)."""

    def __init__(self, lex: Lexicon) -> None:
        # a title opens with a capital, or follows a capitalised modifier in any case
        # ("Phó bí thư": see ``Cursor.head_at``)
        titles = list(lex.titles.entries())
        modifiers = list(lex.modifiers.entries())
        self.titles = _title_pattern(self.titles_keys(titles, modifiers))
        # Titles in lower case ("đại tướng Lê Văn A", "chủ tịch UBND tỉnh X") hit as honorifics
        # do, on the lower-cased block, where a capital follows soon (``_cap_soon``).
        honorific_keys = list(lex.honorifics.entries())
        self.honorific_texts = frozenset(" ".join(key) for key in honorific_keys)
        # (no modifier combinations: a window is the whole sentence around the hit, so "phó"
        # before "chủ tịch" is read all the same)
        honorifics = [*honorific_keys, *titles]
        # Honorifics are matched on the lower-cased block: plain literals keep the engine's
        # first-character skip ("Ông" and "ông" alike, no (?i) needed). A letter before a hit
        # is one in the block too: lower-casing keeps letters letters (checked on all of
        # Unicode for characters whose lower case is one character, as here).
        self.honorifics = re.compile(
            f"(?:{_by_first_letter(honorifics, word_start=True)})(?![^\\W\\d_])"
            if honorifics
            else "(?!)"
        )
        # "bà thứ trưởng Lê Thị A": after an honorific, any title in lower case before a
        # capital (matched only where an honorific hit has no capital after it)
        self.lower_titles = re.compile(
            f"\\s+(?:{_by_first_letter(titles)})(?![^\\W\\d_])" if titles else "(?!)"
        )
        stops = set(_STOP_CANDIDATES)
        guards: dict[str, set[str]] = {}
        for trie in lex.tries():
            for key in trie.entries():
                for k, token in enumerate(key):
                    if token in stops:
                        if k == 0:
                            stops.discard(token)
                        else:
                            guards.setdefault(token, set()).add(key[k - 1])
        # "HT.Thích Minh Tâm": an abbreviation's own dot (see :mod:`.abbreviation_dots`)
        guards.setdefault(".", set()).update(DOTTED_ABBREVIATIONS)
        # "Robert Kline Jr., Phó Chủ tịch": a name suffix's own dot (ditto)
        guards.setdefault(".", set()).update(NAME_SUFFIXES)
        self.safe_words = _safe_word_pattern(lex, stops)
        self.stops = re.compile("[" + "".join(re.escape(c) for c in sorted(stops)) + "]")
        #: whether "(" and ")" are stops, so that short parentheses must be skipped
        self.parens = "(" in stops and ")" in stops
        #: stop character -> tokens after which it may belong to an entry ("tp" for ".")
        self.guards = {c: frozenset(g) for c, g in guards.items() if c in stops}

    # -- hits ------------------------------------------------------------------------------

    def hits(self, block: str, low: str) -> list[int]:
        """Offsets in ``block`` (``low`` is ``block.lower()``, the same length) where a title or
        honorific may start, in order."""
        found = [m.start() for m in matches(self.titles, block, lambda m: _starts_word(block, m))]
        found += (
            m.start()
            for m in matches(
                self.honorifics,
                low,
                lambda m: _starts_word(block, m) and self._honorific_hit(block, low, m),
            )
        )
        # "tiếp Đức Dalai Lama": a reverent "Đức" (see ``HolderNames.reverent_name_at``)
        found += (m.start() for m in _REVERENT.finditer(block) if _cap_follows(block, m.end()))
        found.sort()
        return found

    def _honorific_hit(self, block: str, low: str, m: re.Match[str]) -> bool:
        """Does the honorific or lower-case title ``m`` (in ``low``) open a name: a capital
        right after it (or after "của", or after a lower-case title), or, for a title written
        in lower case, a capital within a few words ("chủ tịch ủy ban nhân dân tỉnh X")?"""
        end = m.end()
        if (
            _cap_follows(block, end)
            or _cap_follows(block, _after_owner(low, end))
            or self._lower_title_follows(block, low, end)
        ):
            return True
        return (
            not _is_cap(block[m.start()])  # a capitalised title is a hit of ``self.titles``
            and " ".join(m.group().split()) not in self.honorific_texts
            and _cap_soon(block, end)
        )

    @staticmethod
    def titles_keys(
        titles: list[tuple[str, ...]], modifiers: list[tuple[str, ...]]
    ) -> list[tuple[str, ...]]:
        """Every title, alone and after a modifier ("phó chủ tịch"), as folded tokens."""
        return [*titles, *((*m, *t) for m in modifiers for t in titles)]

    def _lower_title_follows(self, block: str, low: str, end: int) -> bool:
        """Does a lower-case title, then a capital, follow an honorific ("bà thứ trưởng Lê")?"""
        m = self.lower_titles.match(low, end)
        return (
            m is not None and block[m.start() : m.end()].islower() and _cap_follows(block, m.end())
        )

    # -- stops -----------------------------------------------------------------------------

    def _stops(self, block: str) -> Iterator[int]:
        """Offsets of the stops of ``block``, guarded ones ("TP.") left out.

        The brackets of a short parenthesis ("(Hàn Quốc)", "(EU)") are not stops: a title
        reads over one ("Thống đốc tỉnh Gyeonggi (Hàn Quốc) Kim Dong-yeon").
        """
        skip = -1  # the ")" closing a short parenthesis
        for m in self.stops.finditer(block):
            p = m.start()
            c = block[p]
            if c == "(" and self.parens:
                close = _short_close(block, p)
                if close > p:
                    skip = close
                    continue
            if p == skip:
                continue
            if c == "." and _initial_before(block, p):
                continue  # "George W. Bush": the parser may read on (``names.initial_dot``)
            if c == "." and block.startswith(",", p + 1):
                continue  # "Kline Jr.,": no sentence ends before a comma (abbreviation_dots)
            guard = self.guards.get(c)
            if guard is None or _token_before(block, p) not in guard:
                yield p

    def spans(self, block: str, low: str) -> list[tuple[int, int]]:
        """The ``[start, end)`` sentences of ``block`` (ending just after their stop) that hold
        a hit, in order.

        ``low`` is ``block.lower()``; when lower-casing changed the length (offsets of the
        copy would not line up with the block's) the block is one window, scanned whole.
        """
        if len(low) != len(block):
            return [(0, len(block))]
        hits = self.hits(block, low)
        out: list[tuple[int, int]] = []
        if not hits:
            return out
        k, start = 0, 0
        for stop in self._stops(block):
            if hits[k] <= stop:
                k = self._split(block, start, stop + 1, hits, k, out)
                if k == len(hits):
                    return out
            start = stop + 1
        self._split(block, start, len(block), hits, k, out)
        return out

    def _split(
        self, block: str, start: int, end: int, hits: list[int], k: int, out: list[tuple[int, int]]
    ) -> int:
        """Append to ``out`` the pieces of the sentence ``block[start:end]`` that hold hits
        ``hits[k:]``, cut just after each safe word; return the index of the first hit after.

        A *safe word* is a lower-case stop word ("đã", "tiếp", "đề", "cùng" ...) that no
        lexicon entry contains and that opens nothing: a title's complement breaks at it and
        no trie match runs over it, so the scan visits it with nothing pending, as it does a
        ".". In dense news prose this leaves out the clauses between titled mentions.
        """
        piece = start
        accept = partial(_safe_cut, block)
        for m in matches(self.safe_words, block, accept, start, end):
            cut = m.end()
            if hits[k] < cut:
                out.append((piece, cut))
                while k < len(hits) and hits[k] < cut:
                    k += 1
                if k == len(hits) or hits[k] >= end:
                    return k
            piece = cut
        out.append((piece, end))
        while k < len(hits) and hits[k] < end:
            k += 1
        return k


def matches(
    pattern: re.Pattern[str],
    text: str,
    accept: Callable[[re.Match[str]], bool],
    pos: int = 0,
    endpos: int | None = None,
) -> Iterator[re.Match[str]]:
    """The hits of ``pattern`` in ``text`` that ``accept`` takes, left to right.

    Like ``finditer`` with a check the pattern itself leaves out (a look-behind would make
    the engine try every position), except that after a rejected hit the search resumes at
    the next character: a hit starting inside the rejected one may still be good.
    """
    end = len(text) if endpos is None else endpos
    m = pattern.search(text, pos, end)
    while m is not None:
        if accept(m):
            yield m
            m = pattern.search(text, max(m.end(), m.start() + 1), end)
        else:
            m = pattern.search(text, m.start() + 1, end)


def _word_bounded(block: str, m: re.Match[str]) -> bool:
    """The safe word ``m`` is a whole token: no letter before it, nor a letter and a
    joiner ("x-đã" is one token); the pattern checks the same after it."""
    p = m.start()
    if p == 0:
        return True
    if _LETTER.match(block, p - 1):
        return False
    return not (p >= 2 and block[p - 1] in _JOINERS and _LETTER.match(block, p - 2))


#: "Tổng thống X là ông A": a copula before an honorific names the title's holder
#: (``_Parser.apposed_honorific``), so the window may not be cut between them
_COPULA_HONORIFIC: Final = re.compile(r"\s+(?:ông|bà|ngài)\s", re.IGNORECASE)


#: After an adverb of time or a passive "được", the rest of a participle of taking or
#: leaving office ("vừa | được bổ nhiệm", "được | bổ nhiệm"): the title reads on over it
#: (``complement_lower.office_participle``), so the window may not be cut there.
_PARTICIPLE_REST: Final = re.compile(
    r"\s+(?:được\s+)?(?:"
    + "|".join(r"\s+".join(verb) for verb in sorted(APPOINTED | OFFICE_CHANGES))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
#: The safe words a participle may open with.
_PARTICIPLE_OPENERS: Final = PARTICIPLE_ADVERBS | {"được"}


#: A spouse's title after "cùng" ("Đại sứ Ý cùng Phu nhân"): a companion of the title
#: before it (``Appositives.companion``), so the window may not be cut between them.
_SPOUSE_AFTER: Final = re.compile(r"\s+phu\s+(?:nhân|quân)(?![^\W\d_])", re.IGNORECASE)


def _safe_cut(block: str, m: re.Match[str]) -> bool:
    """The safe word ``m`` may end a window: a whole token, no "là" that introduces an
    honorific and a name or a capitalised word, no word that opens a participle inside a
    title, and no "cùng" before a companion."""
    if not _word_bounded(block, m):
        return False
    if m.group() in _PARTICIPLE_OPENERS and _PARTICIPLE_REST.match(block, m.end()):
        return False
    if m.group() == "cùng" and _SPOUSE_AFTER.match(block, m.end()):
        return False
    if m.group() != "là":
        return True
    # "Tổng thống thứ ba của Mỹ là Thomas Jefferson": a capital after the copula may be the
    # title's holder too (``HolderNames.apposed_name``)
    after = block[m.end() : m.end() + 2]
    if after[:1] == " " and after[1:].isupper():
        return False
    return _COPULA_HONORIFIC.match(block, m.end()) is None


def _starts_word(block: str, m: re.Match[str]) -> bool:
    """No letter right before the hit: it starts a token, as a trie match does."""
    p = m.start()
    return p == 0 or _LETTER.match(block, p - 1) is None


def _cap_follows(block: str, end: int) -> bool:
    """Is the first non-space character from ``end`` a capital ("ông Putin", not "ông ấy")?

    An honorific before a lower-case word can still open a title ("ông nguyên Bộ trưởng"),
    but that title is a hit of its own.
    """
    n = len(block)
    while end < n and block[end].isspace():
        end += 1
    return end < n and _is_cap(block[end])


#: How far after a lower-case title a capital may open its complement or name ("chủ tịch ủy
#: ban nhân dân tỉnh Hà Giang"), and the characters that end the search first.
_SOON_CHARS = 48
_SOON_STOP = re.compile(r"[.,;:!?()\n]")


def _cap_soon(block: str, end: int) -> bool:
    """Does a capitalised word follow within a few words of ``end``, in the same clause? A
    superset of where a title written in lower case opens a name (the parser decides)."""
    part = _SOON_STOP.split(block[end : end + _SOON_CHARS], 1)[0]
    return any(_is_cap(word[0]) for word in part.split())


def _after_owner(low: str, end: int) -> int:
    """Past " của " at ``end`` ("người đồng cấp của Đức X": see ``Cursor.lower_case_title``),
    else ``len(low)`` (nothing follows)."""
    return end + 5 if low.startswith(" của ", end) else len(low)


#: Longest parenthesis (characters inside) a title may read over: a country or acronyms.
_PAREN_CHARS = 40


def _short_close(block: str, p: int) -> int:
    """The offset of the ")" closing the "(" at ``p`` within ``_PAREN_CHARS``, with no other
    bracket or newline inside; else -1."""
    close = block.find(")", p + 1, p + 2 + _PAREN_CHARS)
    if close < 0:
        return -1
    inner = block[p + 1 : close]
    if "(" in inner or "\n" in inner:
        return -1
    return close


def _initial_before(block: str, p: int) -> bool:
    """Is the character right before offset ``p`` a token of one capital letter (an initial,
    "W" in "George W. Bush")? A superset of where the parser reads over the dot."""
    if p == 0 or not _LETTER.match(block, p - 1) or not _is_cap(block[p - 1]):
        return False
    if p == 1:
        return True
    prev = block[p - 2]
    if _LETTER.match(prev):
        return False
    return not (prev in _JOINERS and p >= 3 and _LETTER.match(block, p - 3))


def _token_before(block: str, p: int) -> str:
    """The lower-cased token that ends right before offset ``p`` (spaces skipped), or "".

    Reads back only as far as the last whitespace-free run: tokens never hold whitespace, so
    tokenising from just after a space lines up with tokenising the whole block.
    """
    q = p
    while q > 0 and block[q - 1].isspace():
        q -= 1
    if q == 0:
        return ""
    lo = q
    while lo > 0 and not block[lo - 1].isspace():
        lo -= 1
    tokens = TOKEN.findall(block, lo, q)
    return tokens[-1].lower() if tokens else ""


def context_start(block: str, start: int) -> int:
    """An offset before ``start`` from which tokenising yields the same last
    ``_CONTEXT_TOKENS`` tokens before ``start`` as tokenising the whole block.

    It is just after a whitespace character (where no token can begin earlier), or 0.
    """
    span = _CONTEXT_CHARS
    while True:
        lo = max(0, start - span)
        if lo == 0:
            return 0
        m = _SPACE.search(block, lo, start)
        if m is not None:
            aligned = m.end()
            if len(TOKEN.findall(block, aligned, start)) >= _CONTEXT_TOKENS:
                return aligned
        span *= 2
