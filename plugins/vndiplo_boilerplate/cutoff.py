"""The page's last line, cut off mid-sentence by an excerpt's fixed length, is article text.

Stored and crawled excerpts stop at a fixed length, so the article's last line may be a stub
("... Phó Thủ tướng đã t", "Tại", "* Cùng ngày, Đoàn đại biểu do Ủy viên B"). Run after the
forward pass, this turns such a stub back into body when nothing but body (or a caption inside
it) stands above it.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Label, Line, opened_earlier
from vndiplo_boilerplate.photo_descriptions import narrates
from vndiplo_boilerplate.signoffs import closes_article
from vndiplo_boilerplate.state import CUT_CAPTION_MIN_WORDS, PageState

__all__ = ["mark_cut_off_end", "names_only"]

#: What a list item or a side note opens with before its first word ("* Cùng ngày, ...").
_BULLETS: Final = "*•+-–—· "
#: Words that open a sentence and are never a person's name: a stub of one of them alone is a
#: cut-off sentence, not a byline ("Tại" is "Tại buổi tiếp ..." cut after its first word).
SENTENCE_OPENERS: Final = frozenset(
    [
        "tại",
        "theo",
        "trong",
        "trước",
        "sau",
        "với",
        "về",
        "cũng",
        "các",
        "những",
        "khi",
        "nhân",
        "ngày",
        "sáng",
        "chiều",
        "tối",
        "trưa",
        "đêm",
        "cùng",
        "đây",
        "đó",
        "này",
        "và",
        "nhưng",
        "tuy",
        "từ",
        "để",
        "do",
        "vì",
        "qua",
        "ông",
        "bà",
        "hai",
        "phía",
        "hiện",
        "tiếp",
        "dịp",
    ]
)


#: First syllables of offices and bodies ("Bộ trưởng", "Thủ tướng", "Chủ tịch", "Phó", "Ủy
#: ban", "Bí thư", "Tổ chức"): never a person's name, so such a word alone is a sentence cut
#: after its first word.
#: Surnames that are also such words (Đoàn, Đồng) are left out: a byline may be one.
OFFICE_HEADS: Final = frozenset(
    ["bộ", "thủ", "chủ", "phó", "tổng", "ủy", "uỷ", "lãnh", "cuộc", "buổi", "đại", "bí", "tổ"]
)
#: "3. ", "19) ", "b) ": an item of a numbered or lettered list.
_LIST_ITEM: Final = re.compile(r"(\d{1,3}|[a-zđ])[.)]\s+\w")


def _list_number(text: str) -> str | None:
    found = _LIST_ITEM.match(text)
    return found.group(1) if found is not None else None


def _continues_list(above: str, text: str) -> bool:
    """``text`` is the next item of the list whose item ``above`` is ("2. ..." then "3. Bản
    ghi n"): an item of the article's list cut off, not a line of page chrome."""
    now, before = _list_number(text), _list_number(above)
    if now is None or before is None:
        return False
    if now.isdigit() and before.isdigit():
        return int(now) == int(before) + 1
    return len(now) == len(before) == 1 and ord(now) == ord(before) + 1


_ELLIPSES: Final = ("...", "…")


def _continues_ellipsis(above: str, text: str) -> bool:
    """``text`` takes up the sentence the paragraph ``above`` broke off with an ellipsis
    ("... Ngã Ba Cò Nòi;..." then "...dâng hương tại ..."): lower case after its own ellipsis."""
    if not above.rstrip().endswith(_ELLIPSES):
        return False
    rest = text.lstrip(".… ")
    return text.startswith(_ELLIPSES) and rest[:1].isalpha() and rest[:1].islower()


def _numbers_a_photo(line: Line) -> bool:
    """ "... - Ảnh 2." / "... ảnh 3": a photo's number, printed above its caption."""
    line.prepare()
    lowered = line.lowered.rstrip(". ")
    return rules.is_photo_anchor(lowered, line.words)[0]


def _opens_like_prose(text: str) -> bool:
    """A letter first; or a bullet, then a word that opens a report's sentence ("* Cùng ngày,
    ..."): a bullet before an instruction ("* Vui lòng nhập ...") is a form's notice."""
    if text[:1].isalpha():
        return True
    rest = text.lstrip(_BULLETS)
    return rest != text and rest.split(" ", 1)[0].lower() in SENTENCE_OPENERS


def _opens_with_opener(text: str) -> bool:
    """The stub opens with a word that only ever opens a sentence ("Tại", "Theo", "Chiều"),
    alone or before a cut name ("Ông J", "Bà Nguyễn Thị H"): no byline opens that way."""
    words = text.split()
    first = words[0].lower() if words else ""
    return first in SENTENCE_OPENERS or (len(words) == 1 and first in OFFICE_HEADS)


def _word_fragment(text: str) -> bool:
    """The stub is a word's first letter alone ("T", "H"): a byline's initial has its dot
    ("T.H", "H."), an acronym two capitals ("PV")."""
    return len(text) == 1 and text.isalpha() and text.isupper()


_IDENTIFIER_MARKS: Final = ("-", "_")
#: Lines above a cut-off end that may stand between it and the last paragraph: a photo's
#: caption and its credit ("BÁ HOÀNG"), one or two of each.
CUT_LOOKBACK: Final = 4


def _is_identifier(text: str) -> bool:
    """One token of ASCII with hyphens or underscores: a widget's or a class's name."""
    return " " not in text and text.isascii() and any(m in text for m in _IDENTIFIER_MARKS)


def _cut_twin_of_body(labels: list[Label | None], opened: int | None) -> bool:
    if opened is None:
        return False
    was = labels[opened]
    return was is not None and was.kind == "body"


def _article_above(page: PageState, last: int) -> list[int] | None:
    """Whether the article runs on right above the cut-off ``last`` line: a body line or a
    caption inside it, past photo credits ("BÁ HOÀNG") and captions that read as headlines
    ("Các đại biểu chụp ảnh lưu niệm tại ..."). Returns those headline-like captions (to be
    relabelled), or None when anything else (a tail, a credit line, a widget) comes first.
    """
    lines, labels = page.lines, page.labels
    above = [i for i in range(last - 1, -1, -1) if lines[i].text.strip()][:CUT_LOOKBACK]
    captions: list[int] = []
    for i in above:
        label = labels[i]
        if label is None:
            return None
        if label.kind in ("body", "caption"):
            return captions
        line = lines[i]
        if label.rule == "byline_name":
            continue
        if label.rule == "after_body" and line.headline and line.words >= CUT_CAPTION_MIN_WORDS:
            captions.append(i)
            continue
        return None
    return None


#: A teaser cut off is still a headline's length, and names someone in two words at least.
TEASER_MIN_WORDS: Final = 5
TEASER_MIN_NAMES: Final = 2
#: Words in a row that a cut sentence of the article shares with the lines above it.
SHARED_RUN: Final = 3


def _names_only_strangers(page: PageState, line: Line) -> bool:
    """A headline-long stub that opens with no sentence opener ("Tại", "Ông") and whose
    capitalised words (names, places) and phrases all appear nowhere above it on the page: the
    teaser of another article cut off by the excerpt's end ("Ca sĩ Hà Anh ra mắt album mới
    trong thá"), not the article's last sentence, which goes on about the people it named or
    in its words."""
    if not line.headline or line.words < TEASER_MIN_WORDS or _opens_with_opener(line.text):
        return False
    if line.lowered.split(" ", 1)[0] in OFFICE_HEADS:
        return False  # "Thủ tướng Chính phủ Phạm Minh": an office opens the article's sentence
    names = rules.capitalised_words(line.text)
    if len(names) < TEASER_MIN_NAMES:
        return False  # one capital may be a polite pronoun ("Ông", "Вас"), not a name
    above = page.text[: line.start]
    if any(name in above for name in names):
        return False
    # A new person in the article's own cut sentence is still told in the article's words
    # ("... đã gửi điện chia buồn ..." as the lines above it): three words in a row said above.
    lowered_above = page._lowered_text()[: line.start]
    words = line.lowered.split()[:-1]  # the last word is cut
    return not any(
        " ".join(words[k : k + SHARED_RUN]) in lowered_above
        for k in range(len(words) - SHARED_RUN + 1)
    )


_PAIRING: Final = re.compile(r" (?:cùng|và|với) ")
#: A pictured pair is two titles and names: a line's length, no paragraph's.
PAIR_MAX_WORDS: Final = 25


def _pictures_a_pair(line: Line) -> bool:
    """The last line is two people and nothing else, joined by "cùng", "và" or "với" ("Tổng
    Lãnh sự A cùng Bí thư Tỉnh ủy B"): a photo's caption. Each side opens with a capital and
    ends with a name (a capitalised word, as the line does); no comma, no number, no word of
    narration. A sentence cut off by the excerpt has its verb or a lower-case word after the
    names ("A cùng B đã"), or a clause before them ("Sau đó, A và B")."""
    text = line.text
    if line.words > PAIR_MAX_WORDS or "," in text or any(ch.isdigit() for ch in text):
        return False
    pairing = _PAIRING.search(text)
    if pairing is None:
        return False
    sides = (text[: pairing.start()].split(), text[pairing.end() :].split())
    for words in sides:
        capitals = [word for word in words if word[:1].isupper()]
        if len(capitals) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
            return False
    return not narrates(line.lowered)


_DASHES: Final = frozenset("-–—|/")
#: A credit or a caption's subject is a few words: "Thùy Linh – Sở Ngoại vụ".
NAMES_ONLY_MAX_WORDS: Final = 10


def names_only(text: str) -> bool:
    """The line is names and offices and nothing else ("Thùy Linh – Sở Ngoại vụ", "Thủ tướng
    Phạm Minh Chính", "Minh Khang - Văn phòng UBND tỉnh"): every lower-case word goes on the
    capitalised word before it ("Thủ tướng", "Ngoại vụ", "UBND tỉnh"), so no verb and no
    clause of narration stands in it. A sentence cut off by the excerpt has two lower-case
    words in a row somewhere ("Phó Tỉnh trưởng X đề n": "đề n")."""
    words = [word for word in text.split() if word not in _DASHES]
    if not words or len(words) > NAMES_ONLY_MAX_WORDS or any(ch.isdigit() for ch in text):
        return False
    capitals = 0
    before = ""
    for word in words:
        if word[:1].isupper():
            capitals += 1
        elif not before[:1].isupper():
            return False
        before = word
    return capitals >= 2


def _credit_shaped(text: str) -> bool:
    """Names and offices alone that end as a credit does: on a name ("Thủ tướng Phạm Minh
    Chính") or after a dash ("Thùy Linh – Sở Ngoại vụ"). "Chủ nhiệm Uỷ ba" ends inside an
    office's body, cut by the excerpt: the article's last sentence, not a credit."""
    if not names_only(text):
        return False
    words = text.split()
    if any(word in _DASHES for word in words):
        return True
    # A name closes on two capitalised words or more ("Phạm Minh Chính", "Thùy Linh"); one
    # capital after lower-case words opens a name the excerpt cut ("Ngay sau Lễ", "Kết thúc
    # Hội"): a sentence's start, not a credit (round 17 repair).
    run = 0
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run += 1
    return run >= 2 or run == len(words)


#: Rules that label a photo's credit line.
_CREDIT_RULES: Final = frozenset({"photo_credit", "credit_line", "byline_name"})


def _leftover_above(page: PageState, last: int) -> bool:
    """The nearest line above the page's last line is no body: a caption, an image's alt
    text or a credit stands between the article and that last line."""
    above = next((i for i in range(last - 1, -1, -1) if page.lines[i].text.strip()), None)
    if above is None:
        return False
    label = page.labels[above]
    if label is not None and (label.kind == "byline" or label.rule in _CREDIT_RULES):
        # A photo's credit ("BÁ HOÀNG", "AFP photo") closed its caption already: a photo has
        # one credit, so names under it are the article going on, cut off (round 17 repair).
        return False
    return label is None or label.kind != "body"


def mark_cut_off_end(page: PageState) -> None:
    """Relabel the page's last line as body when it is cut off mid-sentence after the article.

    Stored and crawled excerpts stop at a fixed length ("... Phó Thủ tướng đã t"). Such a
    line follows body text (or a caption inside it) with no marker or tail between, does
    not end a sentence, and is no byline: a name alone ("Minh Anh") is still a byline, a word
    that only opens sentences ("Tại", "Ông J") is not. A bullet before its first word is
    allowed. A cut line that opens an earlier line ("Hai Thủ" under "Hai Thủ tướng ...") is
    cut from a line of that kind. A photo's caption and credit may stand between it and the
    body (see :func:`_article_above`).
    """
    lines, labels = page.lines, page.labels
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.strip()), None)
    if last is None or last >= page.tail_from or labels[last] is None:
        return
    label = labels[last]
    assert label is not None
    if _leftover_above(page, last) and _credit_shaped(lines[last].text):
        # Below a caption or an alt text, names and offices alone are that photo's credit or
        # the caption's subject ("Thùy Linh – Sở Ngoại vụ", "Thủ tướng X" under its alt
        # text), never the article's last sentence cut off (round 17: the lead veto's mirror).
        return
    if label.rule in ("after_body", "byline_name", "near_duplicate"):
        # "Hai nhà lãnh đạo n" under "Hai nhà lãnh đạo nhất trí ...": a shorter twin of a
        # paragraph is no caption when it is the page's cut-off end.
        opened = opened_earlier(lines, last)
        if label.rule == "near_duplicate" and not _cut_twin_of_body(labels, opened):
            return
        if opened is not None:
            was = labels[opened]
            kind = was.kind if was is not None else "boilerplate"
            labels[last] = Label(
                "body" if kind == "body" else "boilerplate",
                "cut_off" if kind == "body" else "cut_off_repeat",
            )
            return
    line = lines[last]
    above = next((i for i in range(last - 1, -1, -1) if lines[i].text.strip()), None)
    if above is not None and _numbers_a_photo(lines[above]):
        return  # "... - Ảnh 2." announces the caption below it: the stub is that caption
    was_above = labels[above] if above is not None else None
    if was_above is not None and was_above.rule == "image_name":
        # "z538...jpg" then "Từ trụ sở ... nổi tiến": the line under an image's file name is
        # its caption (README round 10 #5), cut off or not; the article ended above the image.
        if label.rule == "after_body":
            labels[last] = Label("caption", "image_caption")
        return
    if above is not None and closes_article(lines[above].text):
        return  # "... hai nước./." ended the article: the stub is the page's ("Mời quý")
    listed = (
        above is not None
        and labels[above] is not None
        and labels[above].kind == "body"  # type: ignore[union-attr]
        and (
            _continues_list(lines[above].text, line.text)
            or _continues_ellipsis(lines[above].text, line.text)
        )
    )
    stub = label.rule == "byline_name" and (
        _opens_with_opener(line.text) or _word_fragment(line.text)
    )
    if label.rule != "after_body" and not stub:
        return  # a byline, credit, caption, widget or tail that a rule recognised
    line.prepare()
    if (
        rules.ends_sentence(line.text)
        or (not stub and rules.is_name_like(line.text, line.words))
        or not (listed or _opens_like_prose(line.text))
        or page.markers.opens_heading(line.lowered)  # "Có thể bạn" (quan tâm): a cut heading
        or _is_identifier(line.text)  # "icon-float-totop": a widget's name, no sentence
        or (not stub and rules.is_menu(line.text))  # "Chia sẻ | In bài | Gửi": a share bar
        or "@" in line.text  # a contact notice ("... vui lòng gửi về toasoan@...")
        or page._content_label(last) is not None
        or page._marker(last) is not None
    ):
        return
    if not stub and _names_only_strangers(page, line):
        return  # another article's teaser headline, cut off: nobody the article names
    if not stub and _pictures_a_pair(line):
        return  # "A cùng B": the caption of a photo of two people, not a cut sentence
    captions = _article_above(page, last)
    if captions is None:
        return
    if not any(lab is not None and lab.kind == "body" for lab in labels[:last]):
        return
    for k in captions:
        labels[k] = Label("caption", "caption_before_cut")
    labels[last] = Label("body", "cut_off")
