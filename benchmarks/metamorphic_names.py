"""The name_swap rewrite: every person the pipeline found gets another name of the same kind.

A Vietnamese name keeps its family name and its gender syllable ("Thị", "Văn") and gets other
middle and given syllables; a Latin name keeps its shape (initials stay initials); a Korean name
with a family name first gets another Korean name; a long Lao, Thai or Cambodian name another
long name. The swap must be complete and consistent, or it changes the meaning: a name left
behind in one place (a typo the pipeline merged, a glued form it split) would become a second
person. So a name whose old words remain after the swap is not swapped at all, and a name that is
also a place ("TP Hồ Chí Minh") is never swapped.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable

_VN_MIDDLE = ("Hữu", "Quang", "Đình", "Ngọc", "Xuân", "Thanh", "Bảo", "Khắc")
_VN_MAN = ("Khải", "Thuận", "Hiếu", "Tường", "Khiêm", "Luân", "Vĩnh", "Thịnh", "Hào", "Kiên")
_VN_WOMAN = ("Diệu", "Uyên", "Trâm", "Quyên", "Khuê", "Nhạn")
_LATIN_MAN = ("Edwin", "Tobias", "Anselm", "Corwin", "Bastian", "Lorin", "Osric", "Evander")
_LATIN_WOMAN = ("Marla", "Greta", "Ilona", "Petra", "Solveig", "Annika")
_LATIN_LAST = (
    "Halvorsen",
    "Brandt",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Castellan",
    "Dunmore",
    "Vasquez",
    "Thornbury",
    "Adeyemi",
)
_KOREAN = ("Seo Min-hyuk", "Baek Ji-won", "Ryu Sang-ho", "Choi Eun-seo", "Kwon Gyu-tae")
_LONG = ("Khăm-phon Vi-lạ-vông", "Xổm-phết Keo-xạ-vắt", "Chăn-thạ-vi Xi-xổm-bạt")
_LONG_ASCII = ("Somphet Keovilavong", "Chanthavy Sisombath", "Sokhavy Rattanakorn")
_INITIAL = re.compile(r"[A-Z]\.")
_GENDER_SYLLABLES = frozenset({"Thị", "Văn"})
_KOREAN_FAMILIES = frozenset(
    [
        "Lee",
        "Kim",
        "Park",
        "Choi",
        "Jung",
        "Kang",
        "Cho",
        "Yoon",
        "Jang",
        "Lim",
        "Han",
        "Oh",
        "Seo",
        "Shin",
        "Kwon",
        "Hwang",
        "Ahn",
        "Song",
        "Yoo",
        "Hong",
        "Moon",
        "Yang",
        "Roh",
    ]
)
#: Words before a Vietnamese short form ("ông Thưởng", "Thủ tướng Chính") that make it a name.
_SHORT_LEAD = frozenset(
    [
        "ông",
        "Ông",
        "bà",
        "Bà",
        "ngài",
        "Ngài",
        "chí",
        "tướng",
        "tịch",
        "thống",
        "trưởng",
        "thư",
        "sứ",
        "vương",
        "tá",
        "phó",
    ]
)
#: A name after one of these is a place: "TP Hồ Chí Minh", "thành phố Hồ Chí Minh".
_PLACE_LEAD = re.compile(
    r"(?:TP\.?|Tp\.?|[Tt]hành phố|[Tt]ỉnh|[Qq]uận|[Hh]uyện|[Đđ]ường|[Pp]hố)\s*$"
)


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def name_kind(name: str) -> str | None:
    """``vn``, ``korean``, ``long``, ``latin`` or None (not a name this rewrite swaps)."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(_capitalised(w) for w in words):
        return None
    if not all(w.replace("-", "").isalpha() or _INITIAL.fullmatch(w) for w in words):
        return None  # "Yar'Adua", "F.Timmermans": a shape no pool imitates
    if not name.isascii():
        if any("-" in w for w in words):
            return "long"
        return "vn" if len(words) <= 4 else None
    if words[0] in _KOREAN_FAMILIES and (len(words) == 3 or "-" in words[-1]):
        return "korean"
    if any(len(w) >= 10 for w in words):
        return "long"
    return "latin"


Pick = Callable[[tuple[str, ...]], str]


def _new_name(name: str, kind: str, pick: Pick, woman: bool) -> str:
    words = name.split()
    if kind == "vn":
        out = [words[0]]  # the family name stays: it says the nationality, not the person
        out += [w if w in _GENDER_SYLLABLES else pick(_VN_MIDDLE) for w in words[1:-1]]
        woman = woman or "Thị" in words
        return " ".join([*out, pick(_VN_WOMAN if woman else _VN_MAN)])
    if kind == "korean":
        return pick(_KOREAN)
    if kind == "long":
        return pick(_LONG_ASCII if name.isascii() else _LONG)
    # Latin: the same shape, word by word ("Antony J. Blinken" -> "Tobias K. Moreau").
    first = _LATIN_WOMAN if woman else _LATIN_MAN
    out = [f"{pick(_LATIN_LAST)[0]}." if w.endswith(".") else pick(first) for w in words[:-1]]
    return " ".join([*out, pick(_LATIN_LAST)])


def _loose(name: str) -> str:
    """A pattern for ``name`` that also matches it glued or with odd spaces ("NguyễnVăn A")."""
    # "Ð" (U+00D0) stands for "Đ" on some pages; the pipeline reads both alike.
    return r"\s*".join(re.escape(w) for w in name.split()).replace("Đ", "[ĐÐ]")


def _is_place(name: str, text: str) -> bool:
    return any(
        _PLACE_LEAD.search(text, max(0, m.start() - 12), m.start())
        for m in re.finditer(re.escape(name), text)
    )


def name_mapping(page: str, names: tuple[str, ...], text: str) -> dict[str, str]:
    """Old full name -> new full name: new names all differ (first and last words too) and none
    is in the text already; each page always gets the same mapping."""
    state = zlib.crc32(f"{page}/names".encode())

    def pick(pool: tuple[str, ...]) -> str:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return pool[(state >> 8) % len(pool)]

    mapping: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        kind = name_kind(name)
        if kind is None or name not in text or any(name in longer for longer in mapping):
            continue
        if _is_place(name, text):
            continue
        woman = re.search(r"\bbà\s+(?:" + "|".join(map(re.escape, name.split())) + ")", text)
        for _ in range(20):
            new = _new_name(name, kind, pick, woman is not None)
            fresh = {w for w in new.split() if w not in name.split() and not w.endswith(".")}
            if fresh & used or any(w in text for w in fresh):
                continue
            mapping[name] = new
            used |= fresh
            break
    return mapping


def short_forms(mapping: dict[str, str]) -> dict[str, str]:
    """A name's last word (Vietnamese, Western: "ông Thưởng", "Mr. Kerry") or first word
    (Korean, Chinese: "Tổng thống Yoon") -> the same word of its new name, unless two names
    share it."""
    forms: dict[str, str] = {}
    clash: set[str] = set()
    for old, new in mapping.items():
        o, n = old.split(), new.split()
        for short, new_short in ((o[-1], n[-1]), (o[0], n[0])):
            if short == new_short or short.endswith("."):
                continue
            if short in forms and forms[short] != new_short:
                clash.add(short)
            forms[short] = new_short
    return {k: v for k, v in forms.items() if k not in clash}


def swap_names(text: str, mapping: dict[str, str]) -> str:
    """Every full name of ``mapping`` replaced (any case, glued or not), then its short forms:
    a Latin or Korean word anywhere it stands alone, a Vietnamese one only after a title or an
    honorific (a given name such as "Nam" or "Bình" is also a common place word)."""
    if not mapping:
        return text

    def squash(name: str) -> str:
        return "".join(name.split()).replace("Ð", "Đ").casefold()

    lower = {squash(k): v for k, v in mapping.items()}
    full = re.compile(
        # No left edge: a name glued to the word before ("NgàiGoodluck") is still the name.
        r"(?:" + "|".join(_loose(n) for n in sorted(mapping, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    text = full.sub(lambda m: lower.get(squash(m.group(0)), m.group(0)), text)
    shorts = short_forms(mapping)
    if not shorts:
        return text
    # Latin and Korean words are no Vietnamese words ("Minh" is, though it is ASCII).
    foreign = [n for n in mapping if name_kind(n) != "vn"]
    ascii_short = {w for n in foreign for w in (n.split()[0], n.split()[-1])} & shorts.keys()
    short = re.compile(r"(?<![\w])(" + "|".join(re.escape(s) for s in shorts) + r")(?![\w-])")

    def swap(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 14) : m.start()].split()
        after = m.string[m.end() : m.end() + 2]
        # Part of another name ("Phạm Hoàng Kim", "Kim Jong") is not this person.
        if after[:1] == " " and after[1:].isupper() and after[1:] != "J":
            return m.group(0)
        if m.group(1) in ascii_short:
            if before and _capitalised(before[-1]) and before[-1].isascii():
                return m.group(0)
            return shorts[m.group(1)]
        # Case matters: "Chí" in "Hồ Chí Minh" is a name, "chí" in "đồng chí Minh" a title.
        if not before or before[-1] not in _SHORT_LEAD:
            return m.group(0)
        return shorts[m.group(1)]

    return short.sub(swap, text)


def residue(text: str, name: str) -> bool:
    """Whether a distinctive part of ``name`` is still in ``text`` after the swap: its last
    two words for a Vietnamese name, any word of four letters or more for another."""
    words = name.split()
    if name_kind(name) == "vn":  # no left edge: "NguyễnVăn Đoàn" glued still counts
        return re.search(_loose(" ".join(words[-2:])) + r"(?!\w)", text) is not None
    parts = [w for w in words if len(w) >= 4]
    return any(re.search(_loose(p) + r"(?!\w)", text) for p in parts)


def consistent_swap(page: str, names: tuple[str, ...], text: str) -> tuple[str, dict[str, str]]:
    """The swapped text and the mapping it used, without the names it could not swap whole."""
    mapping = name_mapping(page, names, text)
    for _ in range(3):
        new = swap_names(text, mapping)
        left = {old for old in mapping if residue(new, old)}
        if not left:
            return new, mapping
        mapping = {k: v for k, v in mapping.items() if k not in left}
    return text, {}
