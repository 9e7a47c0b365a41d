"""A photo's caption that names someone the article never names.

A caption printed between two paragraphs may name a person the text refers to by title only
("Đồng chí A B C, Phó Chủ tịch tỉnh tiếp Đại sứ X" over "Phát biểu tại buổi tiếp, đồng chí
Phó Chủ tịch tỉnh ..."). Such a line is the photo's, not the article's: a person only a caption
gives is not annotated (README round 3, P04, L11; round 11 #2). Told by its form: a clause with
no closing stop that names, in three capitalised words or more in a row, someone the page
writes nowhere else.
"""

from __future__ import annotations

from typing import Final

from vndiplo_boilerplate.lines import Line

__all__ = ["names_someone_unseen"]

#: Capitalised words in a row that make a person's full name.
NAME_MIN_WORDS: Final = 3
#: A caption is a clause: a few words, some in lower case.
CAPTION_MIN_WORDS: Final = 6
_PUNCT: Final = ",.;:()\"'“”"


def _name_runs(text: str) -> list[str]:
    """Runs of ``NAME_MIN_WORDS`` or more capitalised words (not in capitals) in a row."""
    runs: list[str] = []
    current: list[str] = []
    for raw in [*text.split(), ""]:
        word = raw.strip(_PUNCT)
        if word[:1].isupper() and not word.isupper() and raw == word:
            current.append(word)
            continue
        if word[:1].isupper() and not word.isupper():
            current.append(word)  # "Nhàn," closes the run with its comma
        if len(current) >= NAME_MIN_WORDS:
            runs.append(" ".join(current))
        current = []
    return runs


def names_someone_unseen(line: Line, page: str) -> bool:
    """``line`` (not a paragraph, no closing stop) names someone that ``page`` (the whole
    text) writes only there."""
    text = line.text.strip()
    if text[-1:] in '.!?…:;"”)' or line.words < CAPTION_MIN_WORDS or text.isupper():
        return False
    # Past the first word: sentence case capitalises it ("Ông A B", "Bà C D" name two words).
    rest = text.split(None, 1)[1] if " " in text else ""
    return any(page.count(name) == 1 for name in _name_runs(rest))
