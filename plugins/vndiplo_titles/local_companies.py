"""Companies a document itself names: "tập đoàn Lumora", "hãng Kestrel".

No gazetteer lists every firm, and business pages write the firm between a title and its
holder's name ("Chủ tịch Lumora Hiro Tanabe", "Tổng Giám đốc Tập đoàn Brightek Park Ji-ho"):
with the firm unknown, its name reads as the first word of the person's. A page that names
the firm after a company noun ("tập đoàn", "công ty", "hãng" ...) tells us it is a firm, so
we learn it, for that document only, as an organisation: the title then takes it in.

Learnt: the capitalised word right after a company noun, when Vietnamese cannot spell it
(a Vietnamese-spelt word may open a person's name or a Vietnamese firm's two-word name), it
is no family name or known person's name, and no capitalised word follows it there ("công
ty Lee Hwa" may be named after a person). It is read as a firm only before two capitalised
words or none: before one it may be a first name ("Thủ tướng Sonexay Siphandone"). One
regex pass over each block that holds a company noun. (Right after a company
noun inside a title, :mod:`.complement_capitals` gives the firm's word to the title even
when the page names the firm nowhere else.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vndiplo_titles.matcher import Lexicon, OrgInfo, Trie
from vndiplo_titles.names import Token, is_vietnamese_syllable, tokenize

__all__ = ["LocalOrgs", "learn_companies"]

#: Company nouns, lower case (each block is searched lower-cased for a quick no).
_NOUNS = ("tập đoàn ", "công ty ", "hãng ", "ngân hàng ")

#: A company noun (any case of its first letter) then the word after it (group 1), not
#: followed by another capitalised word.
_COMPANY = re.compile(
    r"(?<![^\W\d_])(?:[Tt]ập đoàn|[Cc]ông ty|[Hh]ãng|[Nn]gân hàng) ([^\W\d_][\w'’&-]*)"
)


class LocalOrgs(Trie[OrgInfo]):
    """The shared organisation trie plus the firms one document names (longest match)."""

    __slots__ = ("_base",)

    def __init__(self, base: Trie[OrgInfo]) -> None:
        super().__init__()
        self._base = base

    def longest(
        self, tokens: Sequence[Token], i: int, stop: int | None = None
    ) -> tuple[int, OrgInfo] | None:
        base = self._base.longest(tokens, i, stop)
        own = super().longest(tokens, i, stop)
        if own is not None and _one_capital_after(tokens, i + own[0]):
            own = None
        if own is None or (base is not None and base[0] >= own[0]):
            return base
        return own


def _one_capital_after(tokens: Sequence[Token], k: int) -> bool:
    """Is exactly one capitalised word at ``tokens[k]`` (a learnt firm word then reads as a
    first name: "Sonexay Siphandone")?"""
    n = len(tokens)
    return k < n and tokens[k].cap and tokens[k].word and not (k + 1 < n and tokens[k + 1].cap)


def learn_companies(
    text: str, lex: Lexicon, spans: Sequence[tuple[int, int]], lowered: Sequence[str]
) -> Lexicon:
    """``lex`` with the firms named after a company noun in ``text[a:b]`` (the body blocks)
    added as organisations, or ``lex`` itself when the page names none. ``lowered`` holds
    each block lower-cased (the caller lowers them once for the title scan too): a block
    holding no company noun is not searched (the regex, led by a look-behind, tries every
    character)."""
    trie: LocalOrgs | None = None
    for (a, b), low in zip(spans, lowered, strict=True):
        if not any(noun in low for noun in _NOUNS):
            continue
        for m in _COMPANY.finditer(text, a, b):
            for tokens in _firm_names(m, lex):
                if trie is None:
                    trie = LocalOrgs(lex.orgs)
                trie.add([t.fold for t in tokens], OrgInfo(" ".join(t.text for t in tokens)))
    return lex if trie is None else lex.with_orgs(trie)


def _firm_names(m: re.Match[str], lex: Lexicon) -> list[list[Token]]:
    """The firm name the match ``m`` of :data:`_COMPANY` teaches (none or one)."""
    after = m.string[m.end() : m.end() + 2]
    if after[:1] == " " and after[1:].isupper():
        return []  # "công ty Lee Hwa": a capitalised word follows
    tokens = tokenize(m.group(1))
    return [tokens] if len(tokens) == 1 and _firm_word(tokens[0], lex) else []


def _firm_word(tok: Token, lex: Lexicon) -> bool:
    """Can ``tok`` be a firm's name and no person's first word?"""
    return (
        tok.cap
        and not tok.acronym
        and not is_vietnamese_syllable(tok.text)
        and tok.fold not in lex.surnames
        and lex.people_names.longest([tok], 0) is None
        and lex.places.longest([tok], 0) is None
    )
