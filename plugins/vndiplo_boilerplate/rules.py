"""Line-level signals: what one line of a page looks like on its own.

Each function here reads a single line (already normalised: NFC, one tone-mark style, plain
spaces) and answers one question: is it a timestamp, a photo credit, a source credit, a
proper-name byline, a full sentence? The context rules in :mod:`classify` combine them. All
patterns are compiled once, anchored or bounded, and free of nested quantifiers, so a line
costs linear time whatever it holds.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from vndiplo.letters import FIRST_PERSON
from vndiplo_boilerplate import kickers, lead_prefixes
from vndiplo_boilerplate.file_names import ends_in_digit, is_file_name, is_image_name

# Photos' file names live in :mod:`.file_names`; they are read through this module.
from vndiplo_boilerplate.foreign_dates import (
    ENGLISH_MONTH,
    FOREIGN_MONTH,
    FOREIGN_WEEKDAY,
    MONTHS,
)

# The lead's and the sapo's signals live in :mod:`.leads`; they are read through this module.
from vndiplo_boilerplate.leads import (
    SAPO_MAX_WORDS,
    capitalised_words,
    closes_with_date,
    date_opening,
    frame_then_date,
    generic_subject,
    opens_with_date,
    opens_with_frame,
    opens_with_invitation,
    reports_visit,
    same_date_opening,
    sapo_shape,
    shared_names,
)

# Slash trails ("Thời sự / Ngoại giao") live in :mod:`.menus`; read through is_breadcrumb.
from vndiplo_boilerplate.menus import is_slash_trail

__all__ = [
    "SAPO_MAX_WORDS",
    "capitalised_words",
    "closes_with_date",
    "date_opening",
    "dateline_date",
    "ends_ellipsis",
    "ends_sentence",
    "frame_then_date",
    "generic_subject",
    "has_letters",
    "is_breadcrumb",
    "is_dateline",
    "is_file_name",
    "is_headline_like",
    "is_image_name",
    "is_name_like",
    "is_photo_anchor",
    "is_photo_description",
    "is_source_credit",
    "is_strong",
    "lead_credit",
    "opens_with_date",
    "opens_with_invitation",
    "photo_caption_rule",
    "reports_visit",
    "same_date_opening",
    "sapo_shape",
    "shared_names",
]

# -- sentences ----------------------------------------------------------------------------------

# A sentence ends in . ! ? … ; or "...", optionally followed by closing quotes or brackets.
_CLOSERS: Final = " \"'”’»)]"
_SENTENCE_FINAL: Final = frozenset(".!?…;")
# Words a title or teaser starts with: a capital letter, a digit or an opening quote.
_BULLET: Final = re.compile(r"^[-–—+*•·●▪►>]")

#: A paragraph with this many words reads as article text even without final punctuation.
LONG_WORDS: Final = 30
#: A sentence-final line with this many words reads as a paragraph.
PARAGRAPH_WORDS: Final = 12


def ends_sentence(text: str) -> bool:
    """The line ends like a sentence (". ! ? …", closing quotes allowed)."""
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _SENTENCE_FINAL


def ends_ellipsis(text: str) -> bool:
    """The line ends in "..." or "…": a truncated teaser or sapo."""
    core = text.rstrip(_CLOSERS)
    return core.endswith(("…", "...", ". . ."))


_LETTER: Final = re.compile(r"[^\W\d_]")
_DIGIT: Final = re.compile(r"\d")


def has_letters(text: str) -> bool:
    return _LETTER.search(text) is not None


def is_strong(text: str, words: int) -> bool:
    """A paragraph of article prose: long, or sentence-final and of paragraph length.

    A title is never strong (it has no final full stop or is short), which keeps the first
    kept line of a cleaned page from being read as a title when it is cleaned again.
    """
    return words >= LONG_WORDS or (words >= PARAGRAPH_WORDS and ends_sentence(text))


def is_headline_like(text: str, words: int) -> bool:
    """A headline or subheading: a few words, no final punctuation, not a list bullet, not a
    menu ("Thời sự | Văn hóa | Du lịch", "Tin hoạt động Tin hoạt động"). A line that ends
    in a comma ("Kính thưa Quốc hội,") opens a speech or a list; no headline does."""
    return (
        3 <= words < LONG_WORDS
        and not ends_sentence(text)
        and not text.endswith(",")
        and _BULLET.match(text) is None
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘«(")
        and not is_menu(text)
    )


#: a card of a related-news grid copied as a table cell: an image mark, its teaser, the
#: cell's closing bar ("![](...) Ngày 2/4, lễ ... |")
_IMAGE_CARD: Final = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)[^\n|]*[^\W\d_][^\n|]*\|\s*")


def is_image_card(text: str) -> bool:
    """A teaser card of a related-news grid: an image mark opens it, a table bar closes it."""
    return text.startswith("![") and _IMAGE_CARD.fullmatch(text.strip()) is not None


def is_menu(text: str) -> bool:
    """Navigation flattened into a line: items split by bars, or one label printed twice."""
    if text.count(" | ") >= 2:
        return True
    half = len(text) // 2
    return len(text) % 2 == 1 and text[:half] == text[half + 1 :]


# -- timestamps ---------------------------------------------------------------------------------

_WEEKDAY: Final = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|t[2-7]|cn)"
# "16/09/2025", "2016-05-19", "2007.06.20", "ngày 5 tháng 9 năm 2025", the blog and WordPress
# forms "12 tháng 1, 2012" and "20 Th1, 2020" (abbreviated month), and the English stamps of
# overseas Vietnamese sites and blog platforms: "June 26, 2008", "26th June 2008", a German
# "13. August 2015" (foreign_dates.py has the names).
_NUMERIC_DATE: Final = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s?[/.\-]\s?(?P<m>\d{1,2})\s?[/.\-]\s?(?P<y>(?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)(?P<iy>(?:19|20)\d{2})(?P<sep>[-./])(?P<im>\d{1,2})(?P=sep)(?P<id>\d{1,2})(?!\d)"
    r"|(?:ngày\s+)?(?<!\d)(?P<wd>\d{1,2})\s+(?:tháng\s+|th\s?)(?P<wm>\d{1,2})"
    r"\s*(?:,\s*(?:năm\s+)?|\s+năm\s+)(?P<wy>(?:19|20)\d{2})(?!\d)"
    rf"|\b(?P<em>{ENGLISH_MONTH})\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ey>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?<!\d)(?P<fd>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<fm>{FOREIGN_MONTH}),?\s+"
    r"(?P<fy>(?:19|20)\d{2})(?!\d)"
)
# A clock time right after the date: the mark of a stamp, which may follow a long byline
# ("Minh An (Ban Quốc tế)-Thứ sáu, ngày 21/08/2015 09:40 GMT+7").
_CLOCK_AFTER: Final = re.compile(r"\s*[,\-–|]?\s*(?:lúc\s+)?\d{1,2}\s?[:h]\s?\d{2}")
_BYLINE_MAX_REST: Final = 12
# Everything a timestamp line may hold besides the date: weekday, time, zone, labels, separators.
_TIMESTAMP_NOISE: Final = re.compile(
    _WEEKDAY
    + "|"
    + FOREIGN_WEEKDAY
    + r"|\d{1,2}\s?[:h]\s?\d{2}(?:\s?:\s?\d{2})?\s?(?:sa|ch|am|pm)?"
    r"|\(?\s*gmt\s?[+-]\s?\d{1,2}(?::?\d{2})?\s*\)?|\(?\s*utc\s?[+-]?\s?\d{0,2}\s*\)?|ict"
    r"|cập\s+nhật(?:\s+lúc|\s+ngày)?|đăng\s+(?:lúc|ngày|tải)|ngày\s+đăng|thời\s+gian(?:\s+đăng)?"
    r"|xuất\s+bản|published|updated|posted|đã\s+đăng(?:\s+vào)?|lúc|giờ|ngày|[|,:;\-–—/()\[\]•·]"
)
_TIMESTAMP_MAX_WORDS: Final = 16
# Words left over once the timestamp is removed: a section name or an author ("Bảo Chi - ").
_TIMESTAMP_MAX_REST: Final = 4


def _date_match(lowered: str) -> re.Match[str] | None:
    return _NUMERIC_DATE.search(lowered)


def is_dateline(lowered: str, words: int) -> bool:
    """A page timestamp: a full date plus little else ("Thứ Ba, 16/09/2025 - 17:02")."""
    if words > _TIMESTAMP_MAX_WORDS + _BYLINE_MAX_REST or _DIGIT.search(lowered) is None:
        return False
    if "20" not in lowered and "19" not in lowered:
        return False  # every date form has a year 19xx or 20xx: skip the slow search
    found = _date_match(lowered)
    if found is None or _date_from(found) is None:
        return False
    before = _TIMESTAMP_NOISE.sub(" ", lowered[: found.start()]).split()
    after = _TIMESTAMP_NOISE.sub(" ", lowered[found.end() :]).split()
    if words <= _TIMESTAMP_MAX_WORDS and len(before) + len(after) <= _TIMESTAMP_MAX_REST:
        return True
    # A byline, then the stamp with its clock time closing the line.
    clocked = _CLOCK_AFTER.match(lowered, found.end()) is not None
    return clocked and not after and len(before) <= _BYLINE_MAX_REST


def _date_from(found: re.Match[str]) -> dt.date | None:
    if found.group("em") or found.group("fm"):
        day, name, year = (
            found.group("ed", "em", "ey") if found.group("em") else found.group("fd", "fm", "fy")
        )
        month = str(MONTHS[name.rstrip(".")])
    else:
        day, month, year = (
            found.group("d", "m", "y")
            if found.group("d")
            else found.group("id", "im", "iy")
            if found.group("iy")
            else found.group("wd", "wm", "wy")
        )
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def dateline_date(lowered: str) -> dt.date | None:
    """The calendar date a timestamp line states, or None."""
    found = _date_match(lowered)
    return _date_from(found) if found is not None else None


# -- captions -----------------------------------------------------------------------------------

# "ảnh 1" closing a line (the alt text some sites print under each photo), also in a slug's
# unaccented words ("... le don doan hinh 3") or a gallery's "-3" ("Lễ đón Đoàn X -3").
_PHOTO_NUMBER: Final = re.compile(r"(?:^|\s)(?:(?:ảnh|photo|hình|hinh)\s*|-)\d{1,2}$")
# A credit "Ảnh: X", "(Ảnh: X)", "- Ảnh: X", "ẢNH: X", "Nguồn ảnh: X", "Photo: X".
_PHOTO_CREDIT: Final = re.compile(
    r"(?:^|[\s(\[\-–—|.,])(?:ảnh|hình ảnh|nguồn ảnh|photo|video|clip|đồ họa|infographic)"
    r"\s*(?:minh họa\s*)?:"
)
# "(Ảnh minh họa)", "Ảnh minh họa", "(Ảnh do nhân vật cung cấp)", "(Ảnh tư liệu)".
_PHOTO_PAREN: Final = re.compile(r"\(\s*(?:ảnh|hình|photo)\b[^()]{0,60}\)\s*\.?$|^ảnh minh họa\.?$")
# Cheap substring test before the patterns: every caption rule needs one of these words.
_PHOTO_CUES: Final = ("ảnh", "photo", "hình", "video", "clip", "đồ họa", "infographic")
# "Tin, ảnh: X", "Bài và ảnh: X": the reporter's credit for the whole article, a byline.
_TEXT_AND_PHOTO: Final = re.compile(r"[(\[]?\s*(?:tin|bài)\s*(?:,|và|-|/|&)?\s*ảnh\s*:")
#: Captions are a sentence or two; longer lines with a credit are paragraphs quoting one.
CAPTION_MAX_WORDS: Final = 60
_CREDIT_LINE: Final = re.compile(r"[(\[]?\s*(?:ảnh|photo)\s*:")
#: A standalone credit line ("Ảnh: Viết Thành") has at most this many words.
CREDIT_MAX_WORDS: Final = 8


def photo_caption_rule(lowered: str, words: int) -> str | None:
    """The caption rule a line matches on its own ("photo_credit", "photo_number",
    "photo_note"), or None."""
    if words > CAPTION_MAX_WORDS:
        return None
    # Each pattern needs a character that a plain test finds far faster than an unanchored
    # search (15-25 us on a paragraph): a final digit, a colon, a parenthesis or the "ảnh minh
    # họa" line. A gallery's number ("... -3") comes with no cue word.
    if ends_in_digit(lowered) and _PHOTO_NUMBER.search(lowered) is not None:
        return "photo_number"
    # Prose says "tình hình" and "mô hình", so the cues pass often.
    if not any(map(lowered.__contains__, _PHOTO_CUES)) or _TEXT_AND_PHOTO.match(lowered):
        return None
    if ":" in lowered and _PHOTO_CREDIT.search(lowered) is not None:
        return "photo_credit"
    if (")" in lowered or lowered.startswith("ảnh")) and _PHOTO_PAREN.search(lowered) is not None:
        return "photo_note"
    return None


def is_photo_anchor(lowered: str, words: int) -> tuple[bool, bool]:
    """Whether a caption line leaves its neighbour's role open: ``(after, before)``.

    "... ảnh 1" is printed above the caption text, so the next line is the caption; a bare
    credit "Ảnh: Viết Thành" is printed below it, so the previous line is.
    """
    after = ends_in_digit(lowered) and _PHOTO_NUMBER.search(lowered) is not None
    before = words <= CREDIT_MAX_WORDS and _CREDIT_LINE.match(lowered) is not None
    return after, before


# Words that mark narration, not a photo: reporting verbs, connectives, time anchors.
_NARRATION: Final = re.compile(
    r"\b(?:khẳng định|đề nghị|cho biết|nhấn mạnh|bày tỏ|cảm ơn|đánh giá|nhất trí|chúc mừng"
    r"|mong muốn|tin tưởng|hoan nghênh|thông báo|tuyên bố|cho rằng|kêu gọi|đồng ý|cam kết"
    r"|cũng|đồng thời|tuy nhiên|trong khi|ngoài ra|bên cạnh|sau đó|trước đó|dự kiến|sẽ|đã"
    r"|theo|nhưng|vì|nên|nếu|được biết|hiện nay|sáng|trưa|chiều|tối|hôm|tuần|tháng|năm"
    r"|cùng ngày|cùng dịp"
    # "Buổi tiếp diễn ra tại X ...": where the act took place is told, a caption pictures it
    r"|diễn ra tại|được tổ chức tại"
    # An agreement or a purpose is told, not pictured: "Hai bên thống nhất ... để ...".
    r"|thống nhất|để|nhằm"
    # A letter's closing wish speaks as "tôi" to "Ngài" ("Tôi chúc Ngài ...", "Xin gửi tới
    # đồng chí ..."): a caption never speaks in the first person.
    rf"|{FIRST_PERSON}|chúng ta)\b"
    r"|\d{1,2}/\d{1,2}"
    # "Cùng tham dự buổi tiếp có X.", "Tham gia đoàn có Y.": who attended, told as a fact.
    r"|^(?:cùng )?(?:tham dự|dự|tham gia|tháp tùng|đi cùng|có mặt)\b[^.]{0,60}?\bcó\b"
)
#: Photo descriptions are short: "Quang cảnh cuộc gặp.", "Bộ trưởng X với Đại sứ Y."
DESCRIPTION_MAX_WORDS: Final = 20


#: A caption may close on the day its photo was taken ("X và Y tại Z, 13/1/2031.", "Quang cảnh
#: phiên họp, ngày 5-3-2030."): a news sentence gives its day up front, not after a comma at
#: its end. Such a caption names who and where at more length.
CLOSING_DAY: Final = re.compile(
    r",\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}\s*\.?$", re.IGNORECASE
)
CLOSING_DAY_EXTRA_WORDS: Final = 10
_DAY_END: Final = frozenset("0123456789.")
#: The scene before a closing day names more than a place ("Hà Nội, ngày 5/3/2031." is a
#: letter's date line).
_SCENE_MIN_WORDS: Final = 5


def closing_day(text: str) -> re.Match[str] | None:
    """The day a photo caption closes on, after a scene of a few words (see CLOSING_DAY)."""
    if text.rstrip()[-1:] not in _DAY_END:
        return None  # the pattern ends on the year's digit or a stop: most lines do not
    found = CLOSING_DAY.search(text)
    if found is None or len(text[: found.start()].split()) < _SCENE_MIN_WORDS:
        return None
    return found


def narrates(lowered: str) -> bool:
    """The (lower-cased) words report rather than describe a picture: a verb of saying, a
    connective, a past marker with an act ("đã ký"), a time anchor."""
    return _NARRATION.search(lowered) is not None


def description_word_limit(text: str) -> int:
    """How many words a photo description may have: more when it closes on its day."""
    extra = CLOSING_DAY_EXTRA_WORDS if closing_day(text) is not None else 0
    return DESCRIPTION_MAX_WORDS + extra


def is_photo_description(text: str, lowered: str, words: int) -> bool:
    """A short one-sentence line ending in "." that describes a scene rather than narrates.

    Body sentences report (a verb of saying, a connective, a time anchor); captions name who
    is in the picture and where, sometimes closing on the photo's day ("..., ngày 5/3/2031."),
    which is no time anchor of a narration. Only applied inside the article, after a paragraph.
    """
    if not text.endswith("."):
        return False
    day = closing_day(lowered)
    limit = DESCRIPTION_MAX_WORDS + (CLOSING_DAY_EXTRA_WORDS if day is not None else 0)
    if not 2 <= words <= limit:
        return False
    if text.count(". ") or text.endswith(("...", "./.")):
        return False  # "./." closes a news agency's article: its last sentence, no caption
    scene = lowered[: day.start()] if day is not None else lowered
    return not narrates(scene)


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


def opens_unclosed_quote(text: str, words: int) -> bool:
    """ "“Việt Nam có đầy đủ cơ sở ... đối": a quotation that never closes, cut off by an
    excerpt's end. A teaser headline quotes a phrase and closes it ("“Ngoại giao cây tre” và
    ..."); a cut quotation opens on a capital and runs on."""
    if words < QUOTE_MIN_WORDS or text[:1] not in _OPEN_QUOTES or not text[1:2].isupper():
        return False
    return not any(mark in text[1:] for mark in _CLOSE_QUOTES)


# -- the lead credit ----------------------------------------------------------------------------

# The dash may stick to the prose ("VOV.VN -Trong chiều nay") when a space stands before it.
_LEAD: Final = re.compile(r"^(?P<credit>[^\n]{0,48}?)(?:\s*[-–—]\s+|\s+[-–—])(?=\S)")
# "(TNO) Chiều nay ...": a bracketed outlet acronym or domain with no dash after it, or with a
# dash stuck to both words ("(TG)-Phát biểu ...").
_LEAD_BRACKET: Final = re.compile(
    r"^(?P<credit>\((?:[A-ZĐ]{2,8}\d?|[A-ZĐ][\w-]*\.(?:vn|com|net|org))\))"
    r"(?::?\s+|\s*[-–—]\s*|(?=[^\W\d_][^\W\d_]))(?=[^\W\d_])"
)  # glued too ("(ĐCSVN)Ngày 17/11, ..."), when a capitalised word follows
# "TGVN. Sáng 26/5, ...": an outlet's acronym closed by a full stop, then the prose; also a
# dateline of two to four words in capitals ("HÀ NỘI. Chiều nay ...").
_LEAD_DOT: Final = re.compile(
    r"^(?P<credit>\(?[A-ZĐ]{3,8}\)?|[^\W\d_]{2,}(?: [^\W\d_]{2,}){1,3})\.\s+(?=[^\W\d_])"
)
# "(Hanoitimes) Sáng nay ...": an outlet's one-word brand in brackets, no dash after it.
_LEAD_BRAND: Final = re.compile(r"^(?P<credit>\([A-ZĐ][a-z]{2,}[A-Za-z]*\)):?\s+(?=[A-ZĐ])")
# "RFI, 12/05/2009 Tổng thống ...": an outlet's acronym, a comma and the full date, then prose.
_LEAD_DATED: Final = re.compile(
    r"^(?P<credit>[A-ZĐ]{2,8}(?:\.[A-Za-z]{2,3})?,\s*\d{1,2}/\d{1,2}/\d{4})\s+(?=[A-ZĐ])"
)
# "Hà Nội (TTXVN 4/7/2007) Theo ...", "(TTXVN, 4/7/2007) ...", "Viêng Chăn (VNA 5/3/2031)": a
# dateline whose bracket holds an agency's acronym and the full date (either order), then prose.
_LEAD_AGENCY_DATED: Final = re.compile(
    r"^(?P<credit>(?:[A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*){0,3},?[ \t]*)?"
    r"\((?:[A-ZĐ]{2,8}[ \t]*[,:\-–]?[ \t]*\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}[ \t]*[,:\-–]?[ \t]*[A-ZĐ]{2,8})\))\s*[-–—]?\s*(?=[A-ZĐ])"
)
# Abbreviations that open sentences with a full stop and are not outlets ("PGS. TS ...").
_NOT_OUTLETS: Final = frozenset({"PGS", "THS", "KTS", "TSKH", "BSCKII", "BSCKI"})
# An outlet's domain or brand as the first word: "VTV.vn", "Baoquocte.vn", "VnExpress".
_OUTLET_WORD: Final = re.compile(r"^\(?[^\W\d_][\w-]*\.(?:vn|com|net|org)\)?$|^[A-ZĐ][a-z]+[A-Z]")
_PAREN_END: Final = re.compile(r"\([^()]{1,40}\)$")


def lead_credit(text: str) -> tuple[int, int] | None:
    """Where a lead's outlet credits end and its prose starts, as ``(credit_end, prose_start)``.

    Credits may be stacked ("TTO - (VnMedia) - ..."); all of them are taken, so the prose
    never starts with another credit.
    """
    found = _one_lead_credit(text)
    if found is None:
        return None
    credit_end, prose_start = found
    for _ in range(_MAX_STACKED_CREDITS):
        more = _one_lead_credit(text[prose_start:])
        if more is None:
            break
        if more[0] > 0:
            credit_end = prose_start + more[0]
        prose_start += more[1]
    return credit_end, prose_start


_MAX_STACKED_CREDITS: Final = 3


def _one_lead_credit(text: str) -> tuple[int, int] | None:
    """Where a lead's credit ends and its prose starts: an outlet credit by its shape (see
    :func:`_outlet_credit`), else a kicker (:mod:`vndiplo_boilerplate.kickers`): a dateline,
    a bracketed date, or a short label before a lead that opens with a date phrase."""
    found = _outlet_credit(text)
    if found is not None:
        return found
    found = (
        kickers.dateline_kicker(text)
        or kickers.bracketed_date(text)
        or lead_prefixes.wire_dateline(text)
        or lead_prefixes.glued_image_name(text)
    )
    if found is not None:
        return found
    found = kickers.label_kicker(text)
    if found is not None:
        prose = text[found[1] :].lower()
        if opens_with_date(prose) or kickers.opens_with_day_span(prose):
            return found
        # An outlet's acronym ("DNTH: ") may stand before a lead that opens with its frame
        # ("Nhận lời mời của ...", "Tại ...") rather than a date.
        if kickers.is_acronym(text[: found[0]]) and (
            opens_with_invitation(prose) or opens_with_frame(prose)
        ):
            return found
    return None


def _opens_prose(text: str, start: int, credit_end: int) -> bool:
    """A capital opens the prose at ``start``; glued to the credit, a lower-case letter follows
    it (a word, not an acronym run on)."""
    if not text[start].isupper():
        return False
    return start > credit_end or text[start + 1 : start + 2].islower()


def _outlet_credit(text: str) -> tuple[int, int] | None:
    """Where a lead's outlet credit ends and its prose starts, as ``(credit_end, prose_start)``.

    Handles " - ...", "(VnMedia) - ...", "TTO - ...", "VOV.VN - ...", "QĐND Online - ...",
    "VTV.vn - ...", "(PLO)- ...", "(TNO) ...", "VOV.VN -...", "HÀ NỘI (TTXVN) - ...",
    "Hà Nội, 12/3 (TTXVN) - ..." and an
    acronym closed by a full stop ("TGVN. Sáng 26/5, ..."). A credit is empty, bracketed, ends
    in a bracketed agency, or starts with an upper-case acronym or an outlet's domain or brand
    ("Baoquocte.vn", "VnExpress"), so "Việt Nam - Lào ..." is prose.
    """
    dated = _LEAD_AGENCY_DATED.match(text) if "(" in text[:40] else None
    if dated is not None:  # its bracket may hold a dash: read before the dash credits
        return dated.end("credit"), dated.end()
    found = _LEAD.match(text)
    if found is None:
        bracket = _LEAD_BRACKET.match(text)
        if bracket is not None and _opens_prose(text, bracket.end(), bracket.end("credit")):
            return bracket.end("credit"), bracket.end()
        for plain in (_LEAD_BRAND, _LEAD_DATED):
            other = plain.match(text) if text[:1] in "(ABCDEFGHIJKLMNOPQRSTUVWXYZĐ" else None
            if other is not None:
                return other.end("credit"), other.end()
        dotted = _LEAD_DOT.match(text) if "." in text[:30] else None
        if dotted is None or dotted.group("credit").strip("()") in _NOT_OUTLETS:
            return None
        if not dotted.group("credit").isupper():
            return None  # "Thủ tướng Lào. Sáng nay ...": a dateline is all capitals
        return dotted.end("credit"), dotted.end()
    credit = found.group("credit").strip()
    if credit:
        first = credit.split()[0]
        letters = [ch for ch in first if ch.isalpha()]
        acronym = len(letters) >= 2 and all(ch.isupper() for ch in letters)
        acronym = acronym or _OUTLET_WORD.match(first) is not None
        if not (acronym and len(credit.split()) <= 3) and _PAREN_END.search(credit) is None:
            return None
    return found.start("credit") + len(credit), found.end()


# -- page furniture -----------------------------------------------------------------------------

_CRUMB: Final = re.compile(r"\s[>»›/|]\s")
_ARROWS: Final = ("> ", "» ", "› ")
#: Arrows that make a line a breadcrumb trail at any length.
_TRAIL_ARROWS: Final = 2


def is_breadcrumb(text: str, words: int) -> bool:
    """ "Trang chủ > Tin tức > Đối ngoại" or "Thời sự / Ngoại giao" (see
    :func:`.menus.is_slash_trail`): segments joined by arrows or slashes, no sentence. A trail of
    two arrows or more is one whatever its length: its last item may be the whole headline
    ("> Tin tức > Tin hoạt động > <headline>"), printed again on its own line below."""
    if ends_sentence(text):
        return False
    arrows = sum(text.count(arrow) for arrow in _ARROWS)
    if arrows >= _TRAIL_ARROWS:
        return True
    if words <= 15 and arrows > 0 and _CRUMB.search(text) is not None:
        return True
    return is_slash_trail(text, words)
