"""Credits and bylines: a source credit ("Theo TTXVN"), a reporter's name ("Kiệt Linh"), a
name signed with its source ("Hồng Nhung (theo TTXVN)"), and a quotation cut off unclosed."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate.line_shapes import _DIGIT, ends_sentence

__all__ = [
    "INTRO_MIN_WORDS",
    "QUOTE_MIN_WORDS",
    "introduces_what_follows",
    "is_name_like",
    "is_signed_credit",
    "is_source_credit",
    "opens_unclosed_quote",
]

# -- credits and bylines ------------------------------------------------------------------------

_SOURCE: Final = re.compile(
    r"^[(\[]?\s*(?:theo|nguồn|source|tác giả|(?:bài|tin)\s*(?:,|và|-|/|&)?\s*ảnh)\b\s*:?\s*"
)
_SOURCE_MAX_WORDS: Final = 8
_WEB_ADDRESS: Final = re.compile(r"[\w-]\.[a-z]{2,}")
_NAME_TOKEN: Final = re.compile(r"^[(\[\"'“]*([^\W\d_])[\w.+&'’-]*[)\],\"'”]*$")
_NAME_MAX_WORDS: Final = 5
_CREDIT_MAX_WORDS: Final = 7


def is_source_credit(text: str, lowered: str, words: int) -> bool:
    """ "Theo TTXVN", "(Theo VOV)", "Nguồn: baochinhphu.vn", "Theo Reuters, AFP". A line that
    ends in a colon ("Theo thông báo của Bộ:") introduces what follows: no credit."""
    if words > _SOURCE_MAX_WORDS or text.endswith(("?", "!", ":")) or ". " in text:
        return False
    found = _SOURCE.match(lowered)
    if found is None or found.end() >= len(lowered):
        return False
    if ":" in found.group() and not lowered.startswith("theo"):
        # "Nguồn: zing", "Source: reuters": the label says it, whatever case the name has.
        return words <= _SOURCE_LABELLED_MAX_WORDS
    # A source is a name or an address ("Theo TTXVN", "Nguồn: baochinhphu.vn"); "Theo đó, về
    # thẩm quyền ..." is a connective opening a sentence.
    return _names_a_source(text[found.end() :])


#: A labelled source ("Nguồn: báo X online") names an outlet in a few words.
_SOURCE_LABELLED_MAX_WORDS: Final = 6


def _names_a_source(rest: str) -> bool:
    """What a source credit names: a capitalised word, an acronym or a web address."""
    if _WEB_ADDRESS.search(rest) is not None:
        return True
    return any(word.lstrip("([/\"'“")[:1].isupper() for word in rest.split())


#: A reporter signing with initials only: "TR.NG.", "H.L.", "NG.TH.", "V.A"; a site's name
#: ("VOV.VN") has a longer part, or no full stop after its last one.
_INITIALS_ONLY: Final = re.compile(
    r"(?:[A-ZĐ]{1,3}\.){1,3}[A-ZĐ]{1,3}\.|(?:[A-ZĐ]{1,2}\.){1,3}[A-ZĐ]{1,2}"
)


def is_name_like(text: str, words: int) -> bool:
    """A byline: one to five capitalised words and nothing else ("Kiệt Linh", "NGỌC AN",
    "Thu Hằng/VOV-Viêng Chăn", "Thanh Hà (Báo Lao Động)", "(TTXVN/Vietnam+)", "PV")."""
    if words == 1 and _INITIALS_ONLY.fullmatch(text) is not None:
        return True
    if words == 0 or words > _CREDIT_MAX_WORDS or ends_sentence(text):
        return False
    if _DIGIT.search(text) is not None:
        return False
    if words == 1 and "." in text.strip(".()[]"):
        return False  # a site's name or domain ("VOV.VN", "Baoquocte.vn"), not a person
    bracketed = "/" in text or "(" in text
    if words > (_CREDIT_MAX_WORDS if bracketed else _NAME_MAX_WORDS):
        return False
    # "Thu Hằng/VOV", "Vũ An - Minh Thư", "Vũ An – Minh Thư": two reporters, one credit.
    for token in text.replace("/", " ").replace("-", " ").replace("–", " ").split():
        found = _NAME_TOKEN.match(token)
        if found is None or not found.group(1).isupper():
            return False
    return True


# A reporter's signature with its source: "H.LAN (Theo Cổng TTĐT tỉnh)", "Minh Anh (theo
# TTXVN)", "Quang Minh (tổng hợp theo Reuters)", "NGỌC HÀ/Theo báo X": a name, then the source
# in brackets or after a slash.
_SIGNED: Final = re.compile(
    r"^(?P<name>[^()/]{2,60}?)\s*(?:\((?P<inner>[^()]{2,80})\)|/\s*(?P<after>.{2,80}))\s*\.?$"
)
# What the bracket says: who the reporter took the text from, or that it was compiled.
_SIGNED_SOURCE: Final = re.compile(
    r"^(?:(?:tổng hợp|t/h|th|sưu tầm|st|lược dịch|biên dịch|dịch|lược thuật|tóm lược|biên tập)"
    r"\b\s*)?"
    r"(?:(?:theo|từ|nguồn|source)\b\s*:?\s*(?P<rest>\S.*))?$"
)
_SIGNED_MAX_WORDS: Final = 16
#: A name signed with its initial: "H.DUY", "T.Lan", "N.Q.Anh".
_INITIALLED: Final = re.compile(r"^(?:[A-ZĐ]\.){1,3}\s?[^\W\d_]+$")


def is_signed_credit(text: str, words: int) -> bool:
    """A reporter's name with the source of the text: "T.LAN (Theo Cổng thông tin điện tử
    tỉnh)", "Hồng Nhung (theo TTXVN)", "Lê Thịnh (lược dịch theo Kyodo)", "NGỌC HÀ/Theo báo
    X". The name alone is a byline (:func:`is_name_like`); a sentence that quotes its source in
    brackets ("Kim ngạch (theo số liệu của Y) đạt ...") has more words after the bracket."""
    if words > _SIGNED_MAX_WORDS or not ("(" in text or "/" in text):
        return False
    found = _SIGNED.match(text)
    if found is None:
        return False
    name = found.group("name").strip(" -–,")
    if not name or not (is_name_like(name, len(name.split())) or _INITIALLED.match(name)):
        return False
    said = (found.group("inner") or found.group("after") or "").strip()
    source = _SIGNED_SOURCE.match(said.lower())
    if source is None or not said:
        return False
    if source.start("rest") < 0:
        return True  # "(tổng hợp)", "(t/h)", "(st)": compiled or collected by the reporter
    return _names_a_source(said[source.start("rest") :])


#: Marks that open a quotation, and those that close one.
_OPEN_QUOTES: Final = '“"«„'
_CLOSE_QUOTES: Final = ("”", '"', "»")
#: A cut-off quotation has words enough to be a sentence's start, not a teaser's quoted name.
QUOTE_MIN_WORDS: Final = 6
#: A paragraph handing over to what the excerpt lost has at least this many words.
INTRO_MIN_WORDS: Final = 8


def introduces_what_follows(text: str, words: int) -> bool:
    """ "Vì sao ...? Giáo sư X, Đại học Y, giải thích:": a paragraph of prose that hands over to
    a quotation, a list or photos the excerpt lost ("Dưới đây là một số hình ảnh ...:"). It is
    the article's last line; a label ("Tin liên quan:", "Xem thêm:") is short, and a headline's
    words open in capitals."""
    core = text.rstrip(' \t"”’»)')
    if not core.endswith(":") or words < INTRO_MIN_WORDS:
        return False
    if _TO_THE_READER.search(core) is not None:
        return False  # "Mời quý độc giả xem thêm các bài viết ...:": the site's, not the story's
    lower = sum(1 for word in core.split() if word[:1].islower())
    return 2 * lower >= words


#: words a site addresses its reader with, around its lists and widgets
_TO_THE_READER: Final = re.compile(
    r"(?<!\w)(?:độc\s+giả|bạn\s+đọc|quý\s+vị|xem\s+thêm|đọc\s+thêm|bài\s+viết|chia\s+sẻ|"
    r"bình\s+luận|theo\s+dõi|đăng\s+ký|tin\s+liên\s+quan|bài\s+liên\s+quan|chuyên\s+mục)(?!\w)",
    re.IGNORECASE,
)


def opens_unclosed_quote(text: str, words: int) -> bool:
    """ "“Việt Nam có đầy đủ cơ sở ... đối": a quotation that never closes, cut off by an
    excerpt's end. A teaser headline quotes a phrase and closes it ("“Ngoại giao cây tre” và
    ..."); a cut quotation opens on a capital and runs on."""
    if words < QUOTE_MIN_WORDS or text[:1] not in _OPEN_QUOTES or not text[1:2].isupper():
        return False
    return not any(mark in text[1:] for mark in _CLOSE_QUOTES)
