"""Words a page glued together by a lost space: a verb glued to a name's last syllable
("Lê Văn Tâmcảm ơn"), a title glued to a name by a hyphen ("Lê Văn Tâm-Ủy viên ..."), a
word glued to the capital that opens the next one ("vớiThủ tướng", "Thứ trưởngLê Văn A",
"Ủy viên QHLê Thị B").

Both are cut only where what follows the glue is a word of a closed class: a frequent verb
or function word (:data:`GLUED_TAIL_WORDS`), or a title the lexicon knows. Joined syllables
of a transliterated name ("Chănđạ", "Sămđéc", "Bănglađét") and hyphenated names
("Díaz-Canel", "Xổm-Thủ") hold none, so they stay whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vndiplo.casing import LOWER, UPPER
from vndiplo_titles.constructions import GLUED_TAIL_WORDS
from vndiplo_titles.cursor import Cursor
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import Token, is_vietnamese_syllable, tokenize

__all__ = ["glued_word_at", "has_case_seam", "name_end", "split_case_seams", "split_glued_titles"]


def name_end(tokens: list[Token], a: int, b: int) -> int:
    """Where the name ``tokens[a:b]`` ends in the text: its last token's end, or where a
    verb glued to that token begins ("Thủ tướng Lê Văn Tâmcảm ơn": the name is "Lê Văn
    Tâm")."""
    last = tokens[b - 1]
    if b - a < 2 or not last.cap:
        return last.end
    cut = glued_word_at(last.text)
    return last.start + cut if cut else last.end


@lru_cache(maxsize=4096)
def glued_word_at(word: str) -> int:
    """Where a word of :data:`GLUED_TAIL_WORDS` glued to a capitalised syllable begins
    ("Tâmcảm" -> 3: "Tâm" + "cảm"), or 0. The whole is no syllable and the head is one. A
    tail with no Vietnamese letter ("cho") needs a head with one: "Sơncho" is cut, a Latin
    name ending so ("Pancho") is not."""
    if "-" in word or len(word) < 3 or is_vietnamese_syllable(word):
        return 0
    for k in range(1, len(word) - 1):
        tail = word[k:]
        if tail not in GLUED_TAIL_WORDS:
            continue
        head = word[:k]
        if tail.isascii() and head.isascii():
            continue
        if is_vietnamese_syllable(head):
            return k
    return 0


#: Tokens of look-ahead a title glued after a hyphen may need ("Phó Bí thư Thường trực").
_TITLE_LOOKAHEAD = 6


def split_glued_titles(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """``tokens`` with each "Name-Title" word cut in three ("Tâm", "-", "Ủy" ...) when a
    title of the lexicon starts right after the hyphen ("Lê Văn Tâm-Ủy viên Trung ương",
    "X-Phó Bí thư"); a hyphenated name ("Xổm-Thủ phát biểu", "Díaz-Canel") stays one word.
    The same list when nothing is cut."""
    out: list[Token] | None = None
    for i, tok in enumerate(tokens):
        parts = _title_after_hyphen(tokens, i, lex) if "-" in tok.text or "–" in tok.text else None
        if parts is None:
            if out is not None:
                out.append(tok)
            continue
        if out is None:
            out = tokens[:i]
        out.extend(parts)
    return tokens if out is None else out


def _title_after_hyphen(tokens: list[Token], i: int, lex: Lexicon) -> list[Token] | None:
    """The tokens "Left", "-", "Right"... of ``tokens[i]`` when its left part is capitalised
    and a lexicon title starts after one of its hyphens, else None. Every hyphen is tried,
    the first first: a hyphenated given name may come before the glued title
    ("Kim Dong-hyun-Tổng Lãnh sự")."""
    tok = tokens[i]
    text = tok.text
    if not text[:1].isupper() and not _closes_title(tokens, i, lex):
        return None
    at = _next_hyphen(text, 0)
    while at > 0:
        left, right = text[:at], text[at + 1 :]
        if right[:1].isupper() and right[: _stem_end(right)].lower() in lex.title_starts:
            start = tok.start + at
            parts = [Token(left, tok.start), Token(text[at], start), *tokenize(right, start + 1)]
            ahead = parts[2:] + tokens[i + 1 : i + 1 + _TITLE_LOOKAHEAD]
            if Cursor(ahead, lex).head_at(0) is not None:
                return parts
        at = _next_hyphen(text, at + 1)
    return None


def _stem_end(text: str) -> int:
    """Where the first part of ``text`` before a hyphen or en dash ends."""
    at = _next_hyphen(text, 0)
    return len(text) if at < 0 else at


def _next_hyphen(text: str, start: int) -> int:
    """Where the next hyphen or en dash of ``text`` at or after ``start`` is, or -1."""
    return next((k for k in range(start, len(text)) if text[k] in "-–"), -1)


def _closes_title(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the lower-case left part of ``tokens[i]`` the last word of a title of the lexicon
    ("Tổng Bí thư-Chủ tịch nước", "Phó Thủ tướng-Bộ trưởng"): two offices held together,
    the hyphen typed without its spaces?"""
    left = tokens[i].text[: max(0, _next_hyphen(tokens[i].text, 0))]
    if not left.islower():
        return False
    for back in range(1, _TITLE_LOOKAHEAD):
        a = i - back
        if a < 0 or not tokens[a].word:
            return False
        head = [*tokens[a:i], Token(left, tokens[i].start)]
        hit = Cursor(head, lex).head_at(0)
        if hit is not None and hit.length == len(head):
            return True
    return False


_LOWER = LOWER
_UPPER = UPPER
#: A capital right after a lower-case letter, or an acronym's last capital before a lower-case
#: letter: where a lost space may hide ("vớiThủ", "QHNguyễn"). The capital comes first, so
#: ``re`` skips in C to the few capitals of a text.
_SEAM = re.compile(f"[{_UPPER}](?:(?<=[{_LOWER}].)|[{_LOWER}](?<=[{_UPPER}]{{3}}.))")
_JOINERS = "-–'’"


def has_case_seam(text: str) -> bool:
    """Does a word of ``text`` hold a lost space (see :func:`case_seam_at`)? A regex finds
    the changes of case first, so only such words are looked at."""
    for m in _SEAM.finditer(text):
        a, b = m.start(), m.end()
        while a > 0 and (text[a - 1].isalpha() or text[a - 1] in _JOINERS):
            a -= 1
        while b < len(text) and (text[b].isalpha() or text[b] in _JOINERS):
            b += 1
        if case_seam_at(text[a:b]):
            return True
    return False


def split_case_seams(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each word cut where a lost space glued it to the capital of the next
    word (see :func:`case_seam_at`); the same list when nothing is cut."""
    out: list[Token] | None = None
    for i, tok in enumerate(tokens):
        cut = case_seam_at(tok.text) if tok.word else 0
        if not cut:
            if out is not None:
                out.append(tok)
            continue
        if out is None:
            out = tokens[:i]
        word, start = tok.text, tok.start
        while cut:
            out.append(Token(word[:cut], start))
            word, start = word[cut:], start + cut
            cut = case_seam_at(word)
        out.append(Token(word, start))
    return tokens if out is None else out


@lru_cache(maxsize=4096)
def case_seam_at(word: str) -> int:
    """Where the capital that a lost space glued to a word begins, or 0: after a lower-case
    Vietnamese syllable of two letters or more ("vớiThủ" -> 3, "trưởngLê" -> 6), after a
    capitalised syllable only Vietnamese spells ("BộNgoại", "NgàiLê"), after an acronym when
    a syllable only Vietnamese spells follows ("QHNguyễn" -> 2) or is the whole rest in lower
    case ("UBNDtỉnh" -> 4). Camel-case brands and Latin
    names ("VinFast", "McCain", "MacArthur", "iPhone", "VNExpress") hold none of these."""
    stem = word.partition("-")[0]
    if len(stem) < 3:
        return 0
    lower_at = next((k for k, c in enumerate(stem) if c.islower()), -1)
    if lower_at >= 3 and stem[: lower_at - 1].isupper():
        tail = _first_syllable(stem[lower_at - 1 :])
        if not tail.isascii() and is_vietnamese_syllable(tail):
            return lower_at - 1
        rest = stem[lower_at:]
        if rest.islower() and not rest.isascii() and is_vietnamese_syllable(rest):
            return lower_at  # "UBNDtỉnh", "HĐNDhuyện": an acronym, then a lower-case word
        return 0
    for k in range(1, len(stem)):
        if stem[k].isupper() and stem[k - 1].islower():
            head = stem[:k]
            if head[0].isupper() and head.isascii():
                return 0  # "VinFast", "MacArthur": a Latin head is a brand's or a name's
            return k if len(head) >= 2 and is_vietnamese_syllable(head) else 0
    return 0


def _first_syllable(word: str) -> str:
    """``word`` up to its second capital ("NguyễnVăn" -> "Nguyễn")."""
    for k in range(1, len(word)):
        if word[k].isupper():
            return word[:k]
    return word
