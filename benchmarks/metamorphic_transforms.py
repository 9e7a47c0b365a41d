"""Meaning-preserving rewrites of a news page, for metamorphic testing (``benchmarks.metamorphic``).

Each transform takes the page text and what the pipeline found on the ORIGINAL page
(:class:`Found`: people names, the main event's location) and returns a :class:`Rewrite`, or
``None`` where it does not apply. A rewrite carries the new text and ``forward``: the same change
applied to one output string (a name, a location), so that the expected output of the rewritten
page is ``forward(output of the original page)``. Every transform is conservative: where a change
might alter the meaning (a list of titles split into sentences, a "5.3" that may be a decimal), it
leaves the text alone, because a rewrite that changes the meaning raises a false alarm.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from benchmarks.metamorphic_names import consistent_swap, name_kind, short_forms, swap_names

Forward = Callable[[str], str]


class Found(NamedTuple):
    """What the original run found: the names the rewrite may have to map."""

    page: str
    names: tuple[str, ...]
    #: The main event's evidence span (start, end) in the page, when there is a main event.
    evidence: tuple[int, int] | None = None
    #: The reference date the original run used (ISO), wherever it came from.
    published: str | None = None
    #: The main event's type, its trigger word as reported and its location, when there is one.
    type: str | None = None
    trigger: str | None = None
    location: str | None = None


class Rewrite(NamedTuple):
    text: str
    forward: Forward
    #: How the rewrite maps a person's country code, for rewrites that change countries.
    country: Callable[[str | None], str | None] | None = None
    #: The date a crawler hands in with the rewritten page (ISO), when the rewrite drops the
    #: page's own stamp; ``None`` keeps the original record's.
    published: str | None = None


def _same(value: str) -> str:
    return value


def _is_upper_word(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _seed(page: str, salt: str) -> int:
    """A number fixed by the page id, so a page gets the same rewrite on every run."""
    return zlib.crc32(f"{page}/{salt}".encode())


# 1. place_preposition -----------------------------------------------------------------------

#: Lower-case nouns that open a place ("tại trụ sở ...", "ở nhà khách ...").
PLACE_NOUNS = (
    "trụ sở|nhà khách|khách sạn|thủ đô|thành phố|tỉnh|huyện|trung tâm|hội trường|văn phòng|"
    "đại sứ quán|tòa nhà|phủ|dinh|cung|sân bay|quốc hội"
)
_PLACE_PREP = re.compile(
    rf"(?<![\w])(tại|ở|Tại|Ở)(?= (?:{PLACE_NOUNS})\b| [^\W\d_])(?=\s+(\S+))", re.UNICODE
)
#: Words that glue "tại" into another word ("hiện tại", "tồn tại") or "ở" into one ("nơi ở").
_PREP_BEFORE = frozenset({"hiện", "tồn", "thực", "nơi", "chỗ", "sinh", "hiện tại"})
_PREP_SWAP = {"tại": "ở", "ở": "tại", "Tại": "Ở", "Ở": "Tại"}


def toggle_place_preposition(text: str) -> str:
    """Swap "tại" and "ở" wherever they open a place: a capitalised word or a place noun."""

    def swap(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 6) : m.start()].split()
        if before and before[-1].lower() in _PREP_BEFORE:
            return m.group(1)
        nxt = m.group(2)
        if not (_is_upper_word(nxt) or re.match(rf"(?:{PLACE_NOUNS})\b", text[m.end() + 1 :])):
            return m.group(1)
        return _PREP_SWAP[m.group(1)]

    return _PLACE_PREP.sub(swap, text)


def place_preposition(text: str, found: Found) -> Rewrite | None:
    new = toggle_place_preposition(text)
    return Rewrite(new, toggle_place_preposition) if new != text else None


# 2. name_swap (benchmarks/metamorphic_names.py) --------------------------------------------


def name_swap(text: str, found: Found) -> Rewrite | None:
    new, mapping = consistent_swap(found.page, found.names, text)
    if not mapping:
        return None
    shorts = short_forms(mapping)

    def forward(value: str) -> str:
        return shorts[value] if value in shorts else swap_names(value, mapping)

    return Rewrite(new, forward)


# 3. date_style ------------------------------------------------------------------------------

_FULL_DATE = re.compile(
    r"\bngày (\d{1,2})(?:([/.-])(\d{1,2})\2(\d{4})| tháng (\d{1,2}) năm (\d{4}))(?![\d/.-]\d)"
)
_SHORT_DATE = re.compile(
    r"(?<![\w/.-])((?:ngày|sáng|chiều|tối|trưa|đêm|hôm|Sáng|Chiều|Tối|Trưa|Ngày|Hôm) )"
    r"(\d{1,2})([/-])(\d{1,2})(?![\w/.-])"
)


def _valid(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def restyle_dates(text: str) -> str:
    """ "ngày D/M/YYYY" -> "ngày DD-MM-YYYY" -> "ngày D.M.YYYY" -> "ngày D tháng M năm YYYY" ->
    "ngày D/M/YYYY"; a day and month without a year after "ngày" or a part of day: "5/3" <->
    "5-3". The values stay the same; "5.3" without a year is never written (a decimal)."""

    def full(m: re.Match[str]) -> str:
        day = m.group(1)
        sep, month, year = (m.group(2), m.group(3), m.group(4))
        if sep is None:
            month, year = m.group(5), m.group(6)
        if not _valid(day, month):
            return m.group(0)
        d, mo = int(day), int(month)
        if sep == "/":
            return f"ngày {d:02d}-{mo:02d}-{year}"
        if sep == "-":
            return f"ngày {d}.{mo}.{year}"
        if sep == ".":
            return f"ngày {d} tháng {mo} năm {year}"
        return f"ngày {d}/{mo}/{year}"

    def short(m: re.Match[str]) -> str:
        if not _valid(m.group(2), m.group(4)):
            return m.group(0)
        other = "-" if m.group(3) == "/" else "/"
        return f"{m.group(1)}{m.group(2)}{other}{m.group(4)}"

    return _SHORT_DATE.sub(short, _FULL_DATE.sub(full, text))


def date_style(text: str, found: Found) -> Rewrite | None:
    new = restyle_dates(text)
    return Rewrite(new, _same) if new != text else None


# 4. boilerplate_noise -----------------------------------------------------------------------

_MENUS = (
    "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Thế giới | Video",
    "Trang chủ Chính trị Đối ngoại Quốc phòng An ninh Media",
)
_CRUMBS = ("Trang chủ > Chính trị > Đối ngoại", "Thời sự / Ngoại giao")
_RELATED = (
    "Phó Chủ tịch Quốc hội Lưu Đình Khiêm tiếp Đoàn đại biểu Nghị viện Estonia",
    "Bộ trưởng Ngoại giao Ba Lan hội đàm với người đồng cấp Chile",
    "Thủ tướng Phần Lan điện đàm với Thủ tướng Uruguay",
    "Chủ tịch tỉnh Hòa Bình Tạ Quang Hưng làm việc với Tổng Lãnh sự Hungary",
    "Đại sứ Nguyễn Hữu Tường trình Quốc thư lên Toàn quyền New Zealand",
    "Thứ trưởng Bộ Công Thương Phí Ngọc Luân gặp Đại sứ Cuba",
)
_TAIL = (
    "Chia sẻ Facebook | Zalo | In bài | Gửi email",
    "Ảnh: Minh Khuê",
    "Từ khóa: đối ngoại, hợp tác song phương, ngoại giao",
)


def add_boilerplate(text: str, page: str) -> str:
    """A menu and a breadcrumb above the page; a photo credit, "Tin liên quan" with three
    headlines of other meetings, a share line and a tag line below it."""
    seed = _seed(page, "chrome")
    related = [_RELATED[(seed + 2 * i) % len(_RELATED)] for i in range(3)]
    head = [_MENUS[seed % 2], _CRUMBS[(seed >> 1) % 2]]
    tail = [_TAIL[1], "Tin liên quan", *related, _TAIL[0], _TAIL[2]]
    return "\n".join([*head, text, *tail])


def boilerplate_noise(text: str, found: Found) -> Rewrite | None:
    return Rewrite(add_boilerplate(text, found.page), _same)


# 5. act_form --------------------------------------------------------------------------------

_ACTS = "hội kiến|hội đàm|hội đàm trực tuyến|điện đàm|tiếp|gặp|làm việc|tiếp xúc|gặp gỡ"
_REFERENCE = re.compile(rf"\b(Trong|Tại) (buổi|cuộc) ({_ACTS})(?=[ ,])")
_VERB_WITH = re.compile(r"(?<![\w])(có cuộc |cuộc |buổi )?(hội đàm|điện đàm) với\b")
_RECEIVE = re.compile(r"(?<![\w])(đã )?tiếp (?=[^\W\d_])")


def restyle_acts(text: str) -> str:
    """Noun and verb forms of an act: "Trong buổi X" -> "Tại cuộc X" -> "Tại buổi X" ->
    "Trong buổi X" in references back; "hội đàm với" <-> "có cuộc hội đàm với" (same for
    "điện đàm"); "đã tiếp" <-> "tiếp" before a capitalised word (the guest)."""

    def reference(m: re.Match[str]) -> str:
        nxt = {
            ("Trong", "buổi"): "Tại cuộc",
            ("Tại", "cuộc"): "Tại buổi",
            ("Tại", "buổi"): "Trong buổi",
            ("Trong", "cuộc"): "Tại cuộc",
        }[(m.group(1), m.group(2))]
        return f"{nxt} {m.group(3)}"

    def verb(m: re.Match[str]) -> str:
        lead, act = m.group(1), m.group(2)
        if lead == "có cuộc ":
            return f"{act} với"
        if lead:  # "cuộc hội đàm với" after another word ("sau cuộc ..."): a noun, left alone
            return m.group(0)
        return f"có cuộc {act} với"

    def receive(m: re.Match[str]) -> str:
        if not m.string[m.end() : m.end() + 1].isupper():
            return m.group(0)
        if m.group(1):
            return "tiếp "
        # A bare "tiếp" is the verb only right after the host's name ("... Chính tiếp Đại
        # sứ"); after a lower-case word it may be a noun or a compound ("buổi tiếp", "đón tiếp").
        before = m.string[max(0, m.start() - 12) : m.start()].split()
        if not before or not before[-1][0].isupper() or before[-1] in ("Tại", "Trong"):
            return m.group(0)
        return "đã tiếp "

    text = _REFERENCE.sub(reference, text)
    text = _VERB_WITH.sub(verb, text)
    return _RECEIVE.sub(receive, text)


def act_form(text: str, found: Found) -> Rewrite | None:
    new = restyle_acts(text)
    return Rewrite(new, _same) if new != text else None


# 6. sentence_split --------------------------------------------------------------------------

_THEN = re.compile(r", sau đó (?=[^\W\d_])")
_SEMI = re.compile(r"; ([^\W\d_])(?=\w)")
#: Openers of a second lead sentence that read as well after a comma.
_JOINABLE = re.compile(r"\. (Hai bên|Cùng dự|Tham dự|Dịp này|Đây là) ")


def _sentence_before(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    return text[start:pos]


def split_sentences(text: str) -> str:
    """ ", sau đó" -> ". Sau đó,"; "; " -> ". " between two clauses (the part after it starts in
    lower case, both parts are long and no colon opened a list); two sentences of one
    paragraph joined with a comma when the first is short and the second opens with a linking
    phrase ("Hai bên", "Tham dự")."""

    def join(m: re.Match[str]) -> str:
        if len(_sentence_before(m.string, m.start()).split()) > 30:
            return m.group(0)
        return ", " + m.group(1)[0].lower() + m.group(1)[1:] + " "

    text = _JOINABLE.sub(join, text)
    text = _THEN.sub(". Sau đó, ", text)

    def semi(m: re.Match[str]) -> str:
        before = _sentence_before(m.string, m.start())
        after = m.string[m.end() - 1 :].split("\n", 1)[0].split(". ", 1)[0]
        if (
            m.group(1).isupper()
            or ":" in before
            or len(before.split()) < 8
            or len(after.split()) < 6
        ):
            return m.group(0)
        return ". " + m.group(1).upper()

    return _SEMI.sub(semi, text)


def sentence_split(text: str, found: Found) -> Rewrite | None:
    new = split_sentences(text)
    return Rewrite(new, _same) if new != text else None


# 7. honorific -------------------------------------------------------------------------------

_TITLES = (
    "Phó Thủ tướng|Thủ tướng|Phó Chủ tịch|Chủ tịch|Bộ trưởng|Thứ trưởng|Tổng thống|"
    "Phó Tổng thống|Đại sứ|Tổng Bí thư|Ngoại trưởng|Thủ tướng Chính phủ"
)
_TITLE_START = re.compile(r"(?:Phó|Thủ|Chủ|Bộ|Thứ|Tổng|Đại|Ngoại|Bí|Ủy|Trưởng)$")
_TITLE_AFTER_COMMA = re.compile(rf", ({_TITLES}) (?=[^\W\d_])")


def restyle_honorifics(text: str, names: tuple[str, ...]) -> str:
    """ "đồng chí X" <-> "ông X" for a man the text itself calls "ông" (by full name or last
    word), the other way only on pages that say "đồng chí"; a title after a comma in lower case
    (", Thủ tướng Y" -> ", thủ tướng Y")."""
    says_comrade = "đồng chí " in text
    for name in sorted(set(names), key=len, reverse=True):
        if name_kind(name) != "vn":
            continue
        forms = [name, name.split()[-1]]
        if not any(f"{h} {f}" in text for f in forms for h in ("ông", "Ông")):
            continue
        pattern = re.compile(rf"(?<![\w])(đồng chí|ông) ({re.escape(name)})(?![\w])")
        text = pattern.sub(partial(_swap_honorific, says_comrade=says_comrade), text)
    return _TITLE_AFTER_COMMA.sub(_lower_title, text)


def _swap_honorific(m: re.Match[str], *, says_comrade: bool) -> str:
    if m.group(1) == "đồng chí":
        return f"ông {m.group(2)}"
    return f"đồng chí {m.group(2)}" if says_comrade else m.group(0)


def _lower_title(m: re.Match[str]) -> str:
    """The title in lower case where the comma closes an opening phrase ("Chiều 5/3,", "Nhân
    dịp này,"): after a title or a place ("Tổng Bí thư, Chủ tịch nước", "tại Phủ Chủ tịch,")
    the comma joins two titles or ends an apposition, and a lower-case title reads otherwise;
    after an abbreviated title ("Lê Văn A, TVTU, Phó Chủ tịch ...") likewise."""
    start = max(m.string.rfind(sep, 0, m.start()) for sep in (". ", ", ", "\n", "; ", ": "))
    words = m.string[start + 1 : m.start()].split()
    if not words or any(w[0].isupper() for w in words[1:]) or _TITLE_START.match(words[0]):
        return m.group(0)
    if len(words) == 1 and words[0].isupper():
        return m.group(0)  # "X, TVTU, Phó Chủ tịch ...": an abbreviated title before it
    return ", " + m.group(1).lower() + " "


def honorific(text: str, found: Found) -> Rewrite | None:
    new = restyle_honorifics(text, found.names)
    return Rewrite(new, _same) if new != text else None


# 8. whitespace_encoding ---------------------------------------------------------------------


def reencode(text: str) -> str:
    """What a careless crawler hands in: NFD, a no-break space for every fifth space, a double
    space for every seventh, CRLF line ends, and U+00D0 (Icelandic Eth) for "Đ"."""
    parts = text.split(" ")
    out = [parts[0]]
    for i, part in enumerate(parts[1:], 1):
        out.append(("\u00a0" if i % 5 == 0 else "  " if i % 7 == 0 else " ") + part)
    spaced = "".join(out).replace("Đ", "\u00d0").replace("\n", "\r\n")
    return unicodedata.normalize("NFD", spaced)


def whitespace_encoding(text: str, found: Found) -> Rewrite | None:
    return Rewrite(reencode(text), _same)


Transform = Callable[[str, Found], Rewrite | None]

TRANSFORMS: dict[str, Transform] = {
    "place_preposition": place_preposition,
    "name_swap": name_swap,
    "date_style": date_style,
    "boilerplate_noise": boilerplate_noise,
    "act_form": act_form,
    "sentence_split": sentence_split,
    "honorific": honorific,
    "whitespace_encoding": whitespace_encoding,
}
