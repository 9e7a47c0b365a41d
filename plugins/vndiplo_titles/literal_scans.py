"""Scans for one name written on a page, by ``str.find`` rather than a pattern built for it.

A pattern built from a page's own name is compiled afresh for every person of every page
(``re``'s cache holds 512 patterns, and a stream of pages brings new names), and compiling
one costs more than scanning the page. These functions give exactly what the patterns in
their docstrings give, read from the literal name's occurrences.
"""

from __future__ import annotations

__all__ = ["capitalised_words_before", "is_word_char", "whole_word_count", "whole_word_find"]


def is_word_char(ch: str) -> bool:
    """Does ``re``'s ``\\w`` match ``ch`` in a ``str`` pattern (a letter, digit or "_")?"""
    return ch.isalnum() or ch == "_"


def whole_word_count(name: str, text: str) -> int:
    """``len(re.findall(rf"(?<!\\w){re.escape(name)}(?!\\w)", text))`` for a non-empty
    ``name``: how often it is written as whole words, without overlaps."""
    count, size, at = 0, len(name), text.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not is_word_char(text[at - 1])) and (
            end == len(text) or not is_word_char(text[end])
        ):
            count += 1
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return count


def whole_word_find(name: str, text: str) -> int:
    """Where ``name`` is first written as whole words in ``text`` ("Xổm Phăn Vôn" is not in
    "Xổm Phăn Vông"), or -1."""
    size, at = len(name), text.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not is_word_char(text[at - 1])) and (
            end == len(text) or not is_word_char(text[end])
        ):
            return at
        at = text.find(name, at + 1)
    return -1


def _in_word_run(ch: str) -> bool:
    """Does ``[\\w'’.-]`` match ``ch``?"""
    return ch.isalnum() or ch in "_'’.-"


def _inline_space(ch: str) -> bool:
    """Does ``[^\\S\\n]`` match ``ch``?"""
    return ch.isspace() and ch != "\n"


def capitalised_words_before(text: str, name: str, capitals: frozenset[str]) -> list[str]:
    """``[m.group(1) for m in re.finditer(rf"([{C}][\\w'’.-]*)[^\\S\\n]+{re.escape(name)}(?!\\w)",
    text)]`` where ``C`` is the characters of ``capitals``, for a ``name`` that opens with
    no white space.

    Each match ends at one occurrence of ``name``: its run of ``[\\w'’.-]`` stops at the
    spaces before the name, and it starts at the first capital of that run at or after the
    end of the previous match (the regex tries starts left to right and resumes there)."""
    found: list[str] = []
    resume, size, at = 0, len(name), text.find(name)
    while at >= 0:
        end = at + size
        if end == len(text) or not is_word_char(text[end]):
            spaces = at
            while spaces > resume and _inline_space(text[spaces - 1]):
                spaces -= 1
            run = spaces
            while run > resume and _in_word_run(text[run - 1]):
                run -= 1
            if spaces < at:
                start = next((i for i in range(run, spaces) if text[i] in capitals), None)
                if start is not None:
                    found.append(text[start:spaces])
                    resume = end
                    at = text.find(name, end)
                    continue
        at = text.find(name, at + 1)
    return found
