"""The sentences of a synthetic article: the lead's date phrase, the plan of the main event, and
the writers that put them on a :class:`~vndiplo.testing.layout.Page` with every part marked.

Internal to :mod:`vndiplo.testing.articles`; use :func:`~vndiplo.testing.articles.articles` and
:func:`~vndiplo.testing.articles.article_dates`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from attrs import frozen
from hypothesis import strategies as st

from vndiplo.model import Participant
from vndiplo.testing.layout import Page
from vndiplo.testing.vocabulary import (
    AGREEMENTS,
    CITIES,
    FOREIGN_LEADERS,
    FRAMES,
    OCCASIONS,
    PARTS_OF_DAY_WORDS,
    TRIGGERS,
    VENUES,
    VIETNAMESE_LEADERS,
    Leader,
)

__all__ = [
    "LeadDate",
    "Plan",
    "lead_dates",
    "lower_first",
    "plans",
    "write_main_sentence",
    "write_person",
    "write_sentence",
]


@frozen
class LeadDate:
    text: str
    value: str
    part_of_day: str | None
    year_source: str
    published: dt.date


@st.composite
def lead_dates(
    draw: st.DrawFn, days: st.SearchStrategy[dt.date], year_in_text: bool | None
) -> LeadDate:
    day = draw(days)
    word, part = draw(st.sampled_from(PARTS_OF_DAY_WORDS))
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
    return LeadDate(
        text=text,
        value=day.isoformat(),
        part_of_day=part,
        year_source="explicit" if explicit else "reference",
        published=day + dt.timedelta(days=lag),
    )


def write_person(page: Page, leader: Leader, appositive: bool) -> None:
    """ "Thủ tướng Malaysia Anwar Ibrahim", or "ông Anwar Ibrahim, Thủ tướng Malaysia"."""
    if appositive:
        page.write(f"{leader.honorific} ")
        page.write(leader.name, f"person:{leader.name}")
        page.write(", " + ", ".join(leader.titles))
    else:
        page.write(", ".join(leader.titles) + " ")
        page.write(leader.name, f"person:{leader.name}")


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@frozen
class Plan:
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
def plans(draw: st.DrawFn, event_types: Sequence[str]) -> Plan:
    kind = draw(st.sampled_from(event_types))
    trigger = draw(st.sampled_from(TRIGGERS[kind]))
    first = draw(st.sampled_from(VIETNAMESE_LEADERS))  # leaders(vietnamese=True)
    second = draw(st.sampled_from(FOREIGN_LEADERS))
    location: str | None = None
    if kind in ("reception", "meeting", "talks", "signing"):
        location = draw(st.none() | st.sampled_from(VENUES))
    elif kind in ("visit", "attend"):
        location = draw(st.sampled_from(CITIES))
    obj = None
    if kind == "attend":
        obj = draw(st.sampled_from(OCCASIONS))
    elif kind == "signing":
        obj = draw(st.sampled_from(AGREEMENTS))
    frame = draw(st.none() | st.sampled_from(FRAMES)) if kind == "reception" else None
    appositive = kind not in ("visit", "attend", "signing", "message") and draw(st.booleans())
    return Plan(kind, trigger, first, second, location, obj, frame, appositive)


def write_main_sentence(page: Page, plan: Plan, date: LeadDate) -> None:
    """The lead: "[Frame, ]Date, [tại Location, ]A đã <trigger> B." with every part marked."""
    start = page.column
    if plan.frame is not None:
        page.write(plan.frame + ", ")
        page.write(lower_first(date.text), "date")
    else:
        page.write(date.text, "date")
    page.write(", ")
    if plan.location is not None and plan.type != "visit":
        page.write("tại ")
        page.write(plan.location, "location")
        page.write(", ")
    first, second = plan.first, plan.second
    if plan.type == "visit":
        write_person(page, second, appositive=False)
        page.write(" đã ")
        page.write(plan.trigger, "trigger")
        page.write(" tại ")
        page.write(plan.location or "", "location")
    elif plan.type == "signing":
        write_person(page, first, appositive=False)
        page.write(" và ")
        write_person(page, second, appositive=False)
        page.write(" đã ")
        page.write(plan.trigger, "trigger")
        page.write(f" {plan.object}")
    else:
        write_person(page, first, appositive=False)
        page.write(" đã ")
        page.write(plan.trigger, "trigger")
        if plan.type == "attend":
            page.write(f" {plan.object}")
        else:
            page.write(" với " if plan.type in ("talks", "phone_call") else " ")
            write_person(page, second, appositive=plan.appositive)
            if plan.type == "message":
                page.write(" nhân dịp Quốc khánh")
    page.write(".")
    page.mark("evidence", start, page.column)


def write_sentence(page: Page, sentence: str, candidates: Iterable[Leader]) -> None:
    """Write a body sentence, marking any full name of a participant in it as a mention."""
    start = page.column
    page.write(sentence)
    for leader in candidates:
        at = sentence.find(leader.name)
        if at >= 0:
            page.mark(f"person:{leader.name}", start + at, start + at + len(leader.name))
