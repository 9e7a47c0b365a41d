"""Whole synthetic articles, generated together with everything a perfect pipeline would find.

:func:`articles` draws a news page shaped like the ones in ``seeds/``: section links, a headline,
a timestamp line, a byline, a lead sentence reporting the main event ("Chiều 18/2, tại Phủ Chủ
tịch, Chủ tịch nước Lương Cường đã tiếp Thủ tướng Malaysia Anwar Ibrahim."), a photo caption that
repeats the headline, more body sentences, and a tail of related headlines that name the same
people with the same verbs. Alongside the text, a :class:`SyntheticArticle` carries the labels:
the kind of every line, the main event, its people and its date, all with offsets into the text.

Why build articles from a small, fixed vocabulary instead of random text: a failing property then
shrinks to an article a person can read and check ("Ngày 1/1, tại Phủ Chủ tịch, ... đã tiếp ..."),
and the labels are right by construction, so a disagreement is the parser's, not the generator's.
Everything is drawn with ``sampled_from``, ``booleans`` and ``lists``, so ``@seed``,
``derandomize=True`` and the example database all work as usual, and shrinking drops the optional
parts (boilerplate, captions, extra sentences) first.

The module depends on nothing but hypothesis and the vndiplo model, on purpose: it must not move
when the date and title strategies of the plugins change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, Final

from attrs import frozen
from hypothesis import strategies as st

from vndiplo.model import (
    EVENT_TYPES,
    Block,
    BlockKind,
    Document,
    Event,
    Participant,
    Person,
    Span,
    TimeExpression,
)

__all__ = [
    "CAMEO_CODES",
    "FOREIGN_LEADERS",
    "TRIGGERS",
    "VIETNAMESE_LEADERS",
    "Leader",
    "SyntheticArticle",
    "article_dates",
    "articles",
    "leaders",
]


# -- building blocks -------------------------------------------------------------------------


@frozen
class Leader:
    """A real-world style office holder: how an article names and titles them.

    ``short_title`` is the bare form used on later mentions ("Thủ tướng Anwar Ibrahim"); it is
    always a prefix of one of ``titles``, so, by the seeds' conventions, it adds no title.
    """

    name: str
    titles: tuple[str, ...]
    short_title: str
    country: str
    honorific: str = "ông"


VIETNAMESE_LEADERS: Final = (
    Leader("Lương Cường", ("Chủ tịch nước",), "Chủ tịch nước", "VN", "đồng chí"),
    Leader("Tô Lâm", ("Tổng Bí thư",), "Tổng Bí thư", "VN", "đồng chí"),
    Leader("Phạm Minh Chính", ("Thủ tướng",), "Thủ tướng", "VN", "đồng chí"),
    Leader("Trần Thanh Mẫn", ("Chủ tịch Quốc hội",), "Chủ tịch Quốc hội", "VN", "đồng chí"),
    Leader(
        "Bùi Thanh Sơn",
        ("Phó Thủ tướng", "Bộ trưởng Ngoại giao"),
        "Phó Thủ tướng",
        "VN",
        "đồng chí",
    ),
    Leader("Mai Văn Chính", ("Phó Thủ tướng Chính phủ",), "Phó Thủ tướng", "VN", "đồng chí"),
    Leader(
        "Nguyễn Minh Vũ",
        ("Thứ trưởng Thường trực Bộ Ngoại giao",),
        "Thứ trưởng",
        "VN",
        "đồng chí",
    ),
    Leader("Phan Văn Giang", ("Bộ trưởng Bộ Quốc phòng",), "Bộ trưởng", "VN", "đồng chí"),
)

FOREIGN_LEADERS: Final = (
    Leader("Anwar Ibrahim", ("Thủ tướng Malaysia",), "Thủ tướng", "MY"),
    Leader("Trần Cương", ("Bí thư Khu ủy Quảng Tây",), "Bí thư", "CN", "đồng chí"),
    Leader(
        "Vương Nghị",
        ("Ủy viên Bộ Chính trị", "Bộ trưởng Ngoại giao Trung Quốc"),
        "Bộ trưởng",
        "CN",
        "đồng chí",
    ),
    Leader("Prabowo Subianto", ("Tổng thống Indonesia",), "Tổng thống", "ID"),
    Leader("Lawrence Wong", ("Thủ tướng Singapore",), "Thủ tướng", "SG"),
    Leader("Vivian Balakrishnan", ("Bộ trưởng Ngoại giao Singapore",), "Bộ trưởng", "SG"),
    Leader("Anthony Albanese", ("Thủ tướng Australia",), "Thủ tướng", "AU"),
    Leader("Christopher Luxon", ("Thủ tướng New Zealand",), "Thủ tướng", "NZ"),
    Leader("Hun Manet", ("Thủ tướng Campuchia",), "Thủ tướng", "KH"),
    Leader("Sonexay Siphandone", ("Thủ tướng Lào",), "Thủ tướng", "LA", "đồng chí"),
    Leader("Ishiba Shigeru", ("Thủ tướng Nhật Bản",), "Thủ tướng", "JP"),
    Leader("Ito Naoki", ("Đại sứ Nhật Bản tại Việt Nam",), "Đại sứ", "JP"),
    Leader("Marc Knapper", ("Đại sứ Hoa Kỳ tại Việt Nam",), "Đại sứ", "US"),
    Leader("Emmanuel Macron", ("Tổng thống Pháp",), "Tổng thống", "FR"),
)

#: The CONTRACT.md vocabulary: event type -> the trigger phrases the generator writes.
TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "reception": ("tiếp", "tiếp xã giao"),
    "meeting": ("hội kiến", "gặp", "gặp gỡ"),
    "talks": ("hội đàm",),
    "phone_call": ("điện đàm", "hội đàm trực tuyến"),
    "visit": ("thăm và làm việc",),
    "attend": ("dự", "tham dự"),
    "signing": ("ký kết",),
    "message": ("gửi điện mừng",),
}

#: CAMEO codes the labels carry, following CONTRACT.md (043 host a visit, 042 make a visit ...).
CAMEO_CODES: Final[dict[str, str | None]] = {
    "reception": "043",
    "meeting": "040",
    "talks": "046",
    "phone_call": "041",
    "visit": "042",
    "attend": None,
    "signing": "057",
    "message": None,
}

_VENUES = (
    "Phủ Chủ tịch",
    "Trụ sở Trung ương Đảng",
    "Trụ sở Chính phủ",
    "Nhà Quốc hội",
    "Bộ Ngoại giao",
)
_CITIES = ("Hà Nội", "Thành phố Hồ Chí Minh", "tỉnh Quảng Ninh", "thành phố Đà Nẵng")
_OCCASIONS = (
    "Hội nghị Cấp cao ASEAN lần thứ 46",
    "lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao",
    "Diễn đàn Kinh tế Việt Nam",
)
_AGREEMENTS = (
    "Bản ghi nhớ hợp tác về kinh tế số",
    "Hiệp định hợp tác giáo dục và đào tạo",
    "Thỏa thuận hợp tác về năng lượng sạch",
)
_FRAMES = (
    "Trong khuôn khổ chuyến thăm chính thức Việt Nam",
    "Nhân dịp kỷ niệm quan hệ ngoại giao hai nước",
)
#: Body sentences that name no one and date nothing ("thời gian qua" is not a date).
_FILLERS = (
    "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, thương mại, đầu tư và du lịch.",
    "Hai bên đánh giá cao những kết quả tích cực trong quan hệ song phương thời gian qua.",
    "Hai bên cũng trao đổi về tình hình khu vực và quốc tế cùng quan tâm.",
    "Hai bên thống nhất thúc đẩy hợp tác giáo dục, đào tạo và chuyển đổi số.",
)
#: Body sentences that mention a participant again, by short title and name.
_MENTIONS = (
    "{who} khẳng định luôn coi trọng quan hệ hữu nghị truyền thống giữa hai nước.",
    "{who} đề nghị hai bên tăng cường kết nối giao thông, tạo thuận lợi cho giao thương.",
    "{who} bày tỏ vui mừng trước những bước phát triển mới của quan hệ hai nước.",
)
_SECTIONS = ("Thời sự", "Thế giới", "Chính trị", "Đối ngoại")
_AUTHORS = ("Minh Anh", "Thành Đông", "Bảo Chi", "Hải Yến")
_SOURCES = ("Theo TTXVN", "Theo Báo Quốc tế")
_WIDGETS = ("Chia sẻ", "Theo dõi Baoquocte.vn trên", "Bình luận (0)", "In bài viết")
_MARKERS = ("Tin cùng chuyên mục", "Tin liên quan", "Có thể bạn quan tâm", "Đọc thêm")
#: Related-news headlines: they name leaders and use trigger verbs, and none of it is body.
_TEASERS = (
    "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng New Zealand Christopher Luxon",
    "Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki",
    "Việt Nam - Singapore nhất trí thúc đẩy hợp tác kinh tế số và năng lượng sạch",
    "Tổng Bí thư Tô Lâm điện đàm với Tổng thống Pháp Emmanuel Macron",
)
#: Part-of-day words, "Ngày" (none) first so that shrinking reaches the plainest phrase.
_PARTS_OF_DAY = (
    ("Ngày", None),
    ("Sáng", "morning"),
    ("Trưa", "noon"),
    ("Chiều", "afternoon"),
    ("Tối", "evening"),
    ("Đêm", "night"),
)
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


# -- the labelled article ----------------------------------------------------------------------


@frozen(repr=False)
class SyntheticArticle:
    """A generated page and its labels, every offset quoting :attr:`text`.

    ``blocks`` label every non-blank line (title, dateline, byline, body, caption, boilerplate;
    ``rule`` says which part of the generator wrote it). ``event`` is the main event, ``people``
    its participants with every body mention of their full name, ``dates`` the one date phrase
    of the body. ``published`` is the reference date to pass to the pipeline; ``page_published``
    says whether the page also shows it on a timestamp line.
    """

    text: str
    published: dt.date
    page_published: bool
    title: str
    blocks: tuple[Block, ...]
    dates: tuple[TimeExpression, ...]
    people: tuple[Person, ...]
    event: Event

    @property
    def body(self) -> str:
        """The body lines joined by newlines: what ``Document.body`` should be after cleaning."""
        return "\n".join(self.lines("body"))

    def lines(self, kind: str) -> list[str]:
        """The text of every line labelled ``kind``, in order."""
        return [self.text[b.start : b.end] for b in self.blocks if b.kind == kind]

    def document(self, *, published: bool = True) -> Document:
        """The input Document (text only, no annotations); without ``published`` the pipeline
        has to find the reference date itself (from the timestamp line, when there is one)."""
        return Document(text=self.text, published=self.published if published else None)

    def expected_document(self) -> Document:
        """The Document a perfect pipeline would return: blocks, dates, people and the event."""
        return Document(
            text=self.text,
            published=self.published,
            blocks=self.blocks,
            dates=self.dates,
            people=self.people,
            events=(self.event,),
        )

    def line_labels(self) -> dict[str, list[list[Any]]]:
        """Labels in the ``tests/data/boilerplate`` format: ``[[line_number, kind], ...]``,
        numbered from 1, blank lines left out."""
        starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        by_start = {start: number for number, start in enumerate(starts, 1)}
        return {"labels": [[by_start[b.start], b.kind] for b in self.blocks]}

    def as_gold(self) -> dict[str, Any]:
        """The labels in the shape of ``seeds/*.gold.json``, for :func:`assert_matches_gold`."""
        body = self.lines("body")
        return {
            "id": None,
            "title": self.title,
            "published": self.published.isoformat() if self.page_published else None,
            "body_first_line": body[0],
            "body_last_line": body[-1],
            "main_event": {
                "type": self.event.type,
                "trigger": self.event.trigger,
                "date": self.event.date,
                "part_of_day": self.event.part_of_day,
                "location": self.event.location,
                "participants": [p.to_dict() for p in self.event.participants],
                "cameo": self.event.cameo,
            },
            "other_events": [],
            "people": [
                {
                    "name": p.name,
                    "titles": list(p.titles),
                    "country": p.country,
                    "mention_count": len(p.mentions),
                }
                for p in self.people
            ],
            "dates": [
                {
                    "text": d.text,
                    "value": d.value,
                    "kind": d.kind,
                    "part_of_day": d.part_of_day,
                    "year_source": d.year_source,
                }
                for d in self.dates
            ],
        }

    def __repr__(self) -> str:
        # Hypothesis prints the falsifying example with repr(): show the page, not the labels.
        return f"SyntheticArticle(published={self.published.isoformat()!r}, text={self.text!r})"


# -- strategies --------------------------------------------------------------------------------


def leaders(*, vietnamese: bool | None = None) -> st.SearchStrategy[Leader]:
    """One office holder: Vietnamese (True), foreign (False) or either (None)."""
    if vietnamese is None:
        return st.sampled_from(VIETNAMESE_LEADERS + FOREIGN_LEADERS)
    return st.sampled_from(VIETNAMESE_LEADERS if vietnamese else FOREIGN_LEADERS)


@frozen
class _DatePhrase:
    text: str
    value: str
    part_of_day: str | None
    year_source: str
    published: dt.date


@st.composite
def _date_phrases(
    draw: st.DrawFn, days: st.SearchStrategy[dt.date], year_in_text: bool | None
) -> _DatePhrase:
    day = draw(days)
    word, part = draw(st.sampled_from(_PARTS_OF_DAY))
    explicit = draw(st.booleans()) if year_in_text is None else year_in_text
    forms = ["d/m", "dd/mm"] + ([] if part is None else ["ngày"])
    forms += [] if explicit else ["nay", "qua"]
    form = draw(st.sampled_from(forms))
    digits = f"{day.day:02d}/{day.month:02d}" if form == "dd/mm" else f"{day.day}/{day.month}"
    lag = 0
    if form in ("nay", "qua"):  # "Chiều nay (18/2)", "Hôm qua (17/2)": published fixes them
        text = f"{'Hôm' if part is None else word} {form} ({digits})"
        lag = 0 if form == "nay" else 1
    else:
        if explicit:
            digits += f"/{day.year}"
        text = f"{word} ngày {digits}" if form == "ngày" else f"{word} {digits}"
        lag = draw(st.integers(0, 2))
    return _DatePhrase(
        text=text,
        value=day.isoformat(),
        part_of_day=part,
        year_source="explicit" if explicit else "reference",
        published=day + dt.timedelta(days=lag),
    )


def article_dates(
    *,
    min_date: dt.date = dt.date(2015, 1, 1),
    max_date: dt.date = dt.date(2030, 12, 31),
    year_in_text: bool | None = None,
) -> st.SearchStrategy[tuple[str, str, str | None, dt.date]]:
    """A lead-sentence date phrase: ``(text, value, part_of_day, published)``.

    ``"Chiều 18/2"`` with a page published on 2025-02-19 is ``("Chiều 18/2", "2025-02-18",
    "afternoon", date(2025, 2, 19))``; ``year_in_text`` forces or forbids "18/2/2025".
    Relative forms ("Hôm qua (18/2)") come with the published date that makes them true.
    """
    return _date_phrases(st.dates(min_date, max_date), year_in_text).map(
        lambda p: (p.text, p.value, p.part_of_day, p.published)
    )


class _Page:
    """Collects lines and the spans marked inside them, then lays out the final text."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, BlockKind, str]] = []  # (text, kind, rule)
        self.marks: list[tuple[int, str, int, int]] = []  # (line index, key, start, end)
        self._current: list[str] = []

    @property
    def column(self) -> int:
        return sum(len(part) for part in self._current)

    def write(self, text: str, key: str | None = None) -> None:
        """Append ``text`` to the line being written, marking it under ``key``."""
        if key is not None:
            self.mark(key, self.column, self.column + len(text))
        self._current.append(text)

    def mark(self, key: str, start: int, end: int) -> None:
        self.marks.append((len(self.lines), key, start, end))

    def end_line(self, kind: BlockKind, rule: str) -> None:
        self.lines.append(("".join(self._current), kind, rule))
        self._current = []

    def line(self, text: str, kind: BlockKind, rule: str) -> None:
        self.write(text)
        self.end_line(kind, rule)

    def layout(self, separator: str) -> tuple[str, list[Block], dict[str, list[Span]]]:
        offsets, position = [], 0
        for text, _kind, _rule in self.lines:
            offsets.append(position)
            position += len(text) + len(separator)
        text = separator.join(line for line, _kind, _rule in self.lines)
        blocks = [
            Block(start, start + len(line), kind, rule)
            for start, (line, kind, rule) in zip(offsets, self.lines, strict=True)
        ]
        spans: dict[str, list[Span]] = {}
        for index, key, start, end in self.marks:
            spans.setdefault(key, []).append(Span(offsets[index] + start, offsets[index] + end))
        return text, blocks, spans


def _write_person(page: _Page, leader: Leader, appositive: bool) -> None:
    """ "Thủ tướng Malaysia Anwar Ibrahim", or "ông Anwar Ibrahim, Thủ tướng Malaysia"."""
    if appositive:
        page.write(f"{leader.honorific} ")
        page.write(leader.name, f"person:{leader.name}")
        page.write(", " + ", ".join(leader.titles))
    else:
        page.write(", ".join(leader.titles) + " ")
        page.write(leader.name, f"person:{leader.name}")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@frozen
class _Plan:
    """What the main sentence says; drawn first so the headline can repeat it."""

    type: str
    trigger: str
    first: Leader
    second: Leader
    location: str | None
    object: str | None
    frame: str | None
    appositive: bool

    @property
    def participants(self) -> tuple[Participant, ...]:
        if self.type == "reception":
            return (Participant(self.first.name, "host"), Participant(self.second.name, "guest"))
        if self.type == "visit":
            return (Participant(self.second.name, "guest"),)
        if self.type == "attend":
            return (Participant(self.first.name, "participant"),)
        return (Participant(self.first.name), Participant(self.second.name))

    @property
    def headline(self) -> str:
        a = f"{self.first.titles[-1]} {self.first.name}"
        b = f"{self.second.titles[-1]} {self.second.name}"
        if self.type == "visit":
            return f"{b} {self.trigger} tại {self.location}"
        if self.type == "attend":
            return f"{a} {self.trigger} {self.object}"
        if self.type in ("talks", "phone_call"):
            return f"{a} {self.trigger} với {b}"
        if self.type == "signing":
            return f"Việt Nam và đối tác {self.trigger} {self.object}"
        return f"{a} {self.trigger} {b}"


@st.composite
def _plans(draw: st.DrawFn, event_types: Sequence[str]) -> _Plan:
    kind = draw(st.sampled_from(event_types))
    trigger = draw(st.sampled_from(TRIGGERS[kind]))
    first = draw(leaders(vietnamese=True))
    second = draw(leaders(vietnamese=False))
    location: str | None = None
    if kind in ("reception", "meeting", "talks", "signing"):
        location = draw(st.none() | st.sampled_from(_VENUES))
    elif kind in ("visit", "attend"):
        location = draw(st.sampled_from(_CITIES))
    obj = None
    if kind == "attend":
        obj = draw(st.sampled_from(_OCCASIONS))
    elif kind == "signing":
        obj = draw(st.sampled_from(_AGREEMENTS))
    frame = draw(st.none() | st.sampled_from(_FRAMES)) if kind == "reception" else None
    appositive = kind not in ("visit", "attend", "signing", "message") and draw(st.booleans())
    return _Plan(kind, trigger, first, second, location, obj, frame, appositive)


def _write_main_sentence(page: _Page, plan: _Plan, date: _DatePhrase) -> None:
    """The lead: "[Frame, ]Date, [tại Location, ]A đã <trigger> B." with every part marked."""
    start = page.column
    if plan.frame is not None:
        page.write(plan.frame + ", ")
        page.write(_lower_first(date.text), "date")
    else:
        page.write(date.text, "date")
    page.write(", ")
    if plan.location is not None and plan.type != "visit":
        page.write("tại ")
        page.write(plan.location, "location")
        page.write(", ")
    first, second = plan.first, plan.second
    if plan.type == "visit":
        _write_person(page, second, appositive=False)
        page.write(" đã ")
        page.write(plan.trigger, "trigger")
        page.write(" tại ")
        page.write(plan.location or "", "location")
    elif plan.type == "signing":
        _write_person(page, first, appositive=False)
        page.write(" và ")
        _write_person(page, second, appositive=False)
        page.write(" đã ")
        page.write(plan.trigger, "trigger")
        page.write(f" {plan.object}")
    else:
        _write_person(page, first, appositive=False)
        page.write(" đã ")
        page.write(plan.trigger, "trigger")
        if plan.type == "attend":
            page.write(f" {plan.object}")
        else:
            page.write(" với " if plan.type in ("talks", "phone_call") else " ")
            _write_person(page, second, appositive=plan.appositive)
            if plan.type == "message":
                page.write(" nhân dịp Quốc khánh")
    page.write(".")
    page.mark("evidence", start, page.column)


def _tri(draw: st.DrawFn, flag: bool | None) -> bool:
    """A part the caller forces on (True), off (False) or leaves to hypothesis (None)."""
    return draw(st.booleans()) if flag is None else flag


@st.composite
def _articles(
    draw: st.DrawFn,
    event_types: Sequence[str],
    days: st.SearchStrategy[dt.date],
    year_in_text: bool | None,
    boilerplate: bool | None,
    dateline: bool | None,
    byline: bool | None,
    caption: bool | None,
    extra_sentences: bool | None,
) -> SyntheticArticle:
    plan = draw(_plans(event_types))
    date = draw(_date_phrases(days, year_in_text))
    with_boilerplate = _tri(draw, boilerplate)
    page = _Page()

    if with_boilerplate:
        for section in draw(
            st.lists(st.sampled_from(_SECTIONS), min_size=1, max_size=2, unique=True)
        ):
            page.line(section, "boilerplate", "synthetic:section")
    page.line(plan.headline, "title", "synthetic:headline")
    with_dateline = _tri(draw, dateline)
    if with_dateline:
        stamp = f"{date.published.day:02d}/{date.published.month:02d}/{date.published.year}"
        hour = draw(st.sampled_from(("06:15", "09:12", "17:02")))
        weekday = _WEEKDAYS[date.published.weekday()]
        stamp = draw(st.sampled_from((f"{stamp} {hour}", f"{weekday}, {stamp} - {hour}")))
        page.line(stamp, "dateline", "synthetic:timestamp")
    with_byline = _tri(draw, byline)
    if with_byline:
        page.line(draw(st.sampled_from(_AUTHORS)), "byline", "synthetic:author")
    if with_boilerplate and draw(st.booleans()):
        page.line(_WIDGETS[0], "boilerplate", "synthetic:widget")

    _write_main_sentence(page, plan, date)
    sentences: list[str] = []
    if _tri(draw, extra_sentences):
        people = [plan.first, plan.second] if plan.type != "attend" else [plan.first]
        if plan.type == "visit":
            people = [plan.second]
        choices = st.sampled_from(_FILLERS) | st.builds(
            lambda template, leader: template.format(who=f"{leader.short_title} {leader.name}"),
            st.sampled_from(_MENTIONS),
            st.sampled_from(people),
        )
        sentences = draw(st.lists(choices, min_size=1, max_size=3, unique=True))
    run_on: bool = draw(st.booleans())  # the lead paragraph often runs on
    if sentences and run_on:
        _write_sentence(page, " " + sentences.pop(0), (plan.first, plan.second))
    page.end_line("body", "synthetic:lead")
    if _tri(draw, caption):
        where = f", {_lower_first(date.text)}." if date.part_of_day else ". (Ảnh: TTXVN)"
        page.line(plan.headline + where, "caption", "synthetic:caption")
    for sentence in sentences:
        _write_sentence(page, sentence, (plan.first, plan.second))
        page.end_line("body", "synthetic:sentence")
    if with_byline and draw(st.booleans()):
        page.line(draw(st.sampled_from(_SOURCES)), "byline", "synthetic:source")
    if with_boilerplate:
        for widget in draw(st.lists(st.sampled_from(_WIDGETS[1:]), max_size=2, unique=True)):
            page.line(widget, "boilerplate", "synthetic:widget")
        page.line(draw(st.sampled_from(_MARKERS)), "boilerplate", "synthetic:marker")
        teasers = st.sampled_from((plan.headline, *_TEASERS))
        for teaser in draw(st.lists(teasers, min_size=1, max_size=3)):
            page.line(teaser, "boilerplate", "synthetic:teaser")

    separator = draw(st.sampled_from(("\n", "\n\n")))
    text, blocks, spans = page.layout(separator)
    return _assemble(text, blocks, spans, plan, date, with_dateline)


def _write_sentence(page: _Page, sentence: str, candidates: Iterable[Leader]) -> None:
    """Write a body sentence, marking any full name of a participant in it as a mention."""
    start = page.column
    page.write(sentence)
    for leader in candidates:
        at = sentence.find(leader.name)
        if at >= 0:
            page.mark(f"person:{leader.name}", start + at, start + at + len(leader.name))


def _assemble(
    text: str,
    blocks: list[Block],
    spans: dict[str, list[Span]],
    plan: _Plan,
    date: _DatePhrase,
    page_published: bool,
) -> SyntheticArticle:
    (date_span,) = spans["date"]
    expression = TimeExpression(
        text=text[date_span.start : date_span.end],
        start=date_span.start,
        end=date_span.end,
        value=date.value,
        kind="date",
        part_of_day=date.part_of_day,
        year_source=date.year_source,
    )
    named = {p.name for p in plan.participants}
    if plan.type == "signing":
        named = {plan.first.name, plan.second.name}
    people = []
    for leader in (plan.first, plan.second):
        mentions = sorted(spans.get(f"person:{leader.name}", ()), key=lambda s: s.start)
        if leader.name in named and mentions:
            people.append(
                Person(leader.name, leader.titles, country=leader.country, mentions=mentions)
            )
    people.sort(key=lambda p: p.mentions[0].start)
    (evidence,) = spans["evidence"]
    location = spans.get("location")
    event = Event(
        type=plan.type,
        trigger=plan.trigger,
        evidence=evidence,
        date=date.value,
        part_of_day=date.part_of_day,
        location=text[location[0].start : location[0].end] if location else None,
        participants=plan.participants,
        cameo=CAMEO_CODES[plan.type],
        occasion=plan.frame,
    )
    return SyntheticArticle(
        text=text,
        published=date.published,
        page_published=page_published,
        title=plan.headline,
        blocks=tuple(blocks),
        dates=(expression,),
        people=tuple(people),
        event=event,
    )


def articles(
    *,
    event_types: Iterable[str] | None = None,
    min_date: dt.date = dt.date(2015, 1, 1),
    max_date: dt.date = dt.date(2030, 12, 31),
    year_in_text: bool | None = None,
    boilerplate: bool | None = None,
    dateline: bool | None = None,
    byline: bool | None = None,
    caption: bool | None = None,
    extra_sentences: bool | None = None,
) -> st.SearchStrategy[SyntheticArticle]:
    """Whole synthetic articles with their labels (see :class:`SyntheticArticle`).

    Args:
        event_types: the main event's type, drawn from these (default: every type in the
            contract vocabulary except ``other``).
        min_date, max_date: the range of the main event's date.
        year_in_text: write the year in the date phrase ("18/2/2025") always (True), never
            (False, the reader must take it from the published date) or either (None).
        boilerplate: section links, share widgets and the related-news tail.
        dateline: a page timestamp line showing the published date.
        byline: the author's name under the headline (and maybe a source line at the end).
        caption: a photo caption repeating the headline.
        extra_sentences: body sentences after the lead, some naming a participant again.

    Each part flag is True (always), False (never) or None (let hypothesis choose, and shrink
    it away when it does not matter).
    """
    chosen = tuple(event_types) if event_types is not None else tuple(TRIGGERS)
    unknown = [t for t in chosen if t not in TRIGGERS]
    if unknown or not chosen:
        known = ", ".join(t for t in EVENT_TYPES if t in TRIGGERS)
        raise ValueError(f"event_types must be a non-empty subset of: {known}; got {unknown}")
    if min_date > max_date:
        raise ValueError(f"min_date {min_date} is after max_date {max_date}")
    return _articles(
        event_types=chosen,
        days=st.dates(min_date, max_date),
        year_in_text=year_in_text,
        boilerplate=boilerplate,
        dateline=dateline,
        byline=byline,
        caption=caption,
        extra_sentences=extra_sentences,
    )
