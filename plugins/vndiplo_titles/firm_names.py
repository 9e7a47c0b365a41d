"""How much of a capitalised run after a business noun ("Tập đoàn", "Ngân hàng") is the
firm's name, and where its holder's name begins ("Chủ tịch Tập đoàn Korvana Electronics Kim
Dong-hyun": the firm is two words, the person the last two)."""

from __future__ import annotations

from vndiplo_titles.cursor import Cursor
from vndiplo_titles.names import MAX_VIETNAMESE, is_vietnamese_syllable, looks_foreign, split_run

__all__ = ["firm_length", "holder_after_firm"]

#: Syllables of a Vietnamese name, most common first: "Trần Đình Long", "Tôn Nữ Thị Ninh",
#: "Lê Duẩn".
_VIETNAMESE_NAME_SIZES = (3, 4, 2)
#: Letters of each part of an unhyphenated East-Asian name written in three words ("Lee Jae
#: Yong", "Kim Tae Hoon"): a Latin name takes three words only when all are this short.
_SHORT_PART = 4


def firm_length(c: Cursor, j: int, run_end: int) -> int:
    """Words of the firm's name at the start of the run ``t[j:run_end]`` of three words or
    more right after a business noun.

    * Apposed to a name just read ("ông X, Chủ tịch Tập đoàn Nishida Heavy Machinery"), the
      person is already named: the whole run is the firm (bar a place ending it, read as
      before).
    * Otherwise the holder's name ends the run: a Vietnamese family name and its syllables
      ("Hòa Phát Trần Đình Long", "Sông Lam Phú Yên Đoàn Văn Thịnh"), or the last two Latin
      words (three short ones: "Lee Jae Yong"); the firm is everything before it, so a firm of
      several words ("Westmarch Chartered Việt Nam Clara Voss") is never split inside.
    """
    t, n = c.t, run_end - j
    if c.named:
        tail = split_run(t, j + 1, run_end, c.lex, direct=False)
        return n if tail.name_len else 1
    for size in _VIETNAMESE_NAME_SIZES:
        k = run_end - size
        if (
            k > j
            and t[k].fold in c.lex.surnames
            and all(is_vietnamese_syllable(x.text) for x in t[k:run_end])
        ):
            return k - j
    if not looks_foreign(t[run_end - 2 : run_end]):
        return 1  # no name shape at the end: the first word is the firm, the rest read on
    short = all(len(x.text) <= _SHORT_PART and "-" not in x.text for x in t[run_end - 3 : run_end])
    return max(1, n - (3 if short and n >= 4 else 2))


def holder_after_firm(c: Cursor, k: int) -> int:
    """End of a Vietnamese name opened at ``k`` by a family name that is also a one-word
    organisation ("Đoàn", "Hội"), where a firm's run stopped: "Tập đoàn Hoàng Sơn Đoàn Văn
    Thịnh tiếp ...". Its given syllables are capitalised and Vietnamese-spelt, open nothing,
    and end the run before a verb or punctuation ("Hội Doanh nghiệp" is no name); else 0."""
    t = c.t
    if k >= c.n or t[k].fold not in c.lex.surnames:
        return 0
    org = c.lex.orgs.longest(t, k)
    if org is None or org[0] != 1:
        return 0
    end = k + 1
    while (
        end < c.n
        and end - k < MAX_VIETNAMESE
        and t[end].cap
        and not t[end].acronym
        and is_vietnamese_syllable(t[end].text)
        and c.lex.orgs.longest(t, end) is None
        and c.head_at(end) is None
    ):
        end += 1
    if end - k < 2 or c.lex.places.longest(t, k + 1, end) is not None:
        return 0
    return end if end >= c.n or not t[end].word or c.stop_at(end) else 0
