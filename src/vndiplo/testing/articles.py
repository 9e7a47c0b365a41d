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
when the date and title strategies of the plugins change. It holds the strategies; the pieces
they are made of have one module each: :mod:`vndiplo.testing.vocabulary` (the tables, as data),
:mod:`vndiplo.testing.labels` (:class:`SyntheticArticle`), :mod:`vndiplo.testing.layout` (the
page) and :mod:`vndiplo.testing.sentences` (the lead and body sentences). Every name this module
exported before the split is still importable from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from hypothesis import strategies as st

from vndiplo.model import EVENT_TYPES, Block, Event, Person, Span, TimeExpression
from vndiplo.testing.labels import SyntheticArticle
from vndiplo.testing.layout import Page
from vndiplo.testing.sentences import (
    LeadDate,
    Plan,
    lead_dates,
    lower_first,
    plans,
    write_main_sentence,
    write_sentence,
)
from vndiplo.testing.vocabulary import (
    AUTHORS,
    CAMEO_CODES,
    FILLERS,
    FOREIGN_LEADERS,
    MARKERS,
    MENTIONS,
    SECTIONS,
    SOURCES,
    TEASERS,
    TRIGGERS,
    VIETNAMESE_LEADERS,
    WEEKDAYS,
    WIDGETS,
    Leader,
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


def leaders(*, vietnamese: bool | None = None) -> st.SearchStrategy[Leader]:
    """One office holder: Vietnamese (True), foreign (False) or either (None)."""
    if vietnamese is None:
        return st.sampled_from(VIETNAMESE_LEADERS + FOREIGN_LEADERS)
    return st.sampled_from(VIETNAMESE_LEADERS if vietnamese else FOREIGN_LEADERS)


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
    return lead_dates(st.dates(min_date, max_date), year_in_text).map(
        lambda p: (p.text, p.value, p.part_of_day, p.published)
    )


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
    plan = draw(plans(event_types))
    date = draw(lead_dates(days, year_in_text))
    with_boilerplate = _tri(draw, boilerplate)
    page = Page()

    if with_boilerplate:
        for section in draw(
            st.lists(st.sampled_from(SECTIONS), min_size=1, max_size=2, unique=True)
        ):
            page.line(section, "boilerplate", "synthetic:section")
    page.line(plan.headline, "title", "synthetic:headline")
    with_dateline = _tri(draw, dateline)
    if with_dateline:
        stamp = f"{date.published.day:02d}/{date.published.month:02d}/{date.published.year}"
        hour = draw(st.sampled_from(("06:15", "09:12", "17:02")))
        weekday = WEEKDAYS[date.published.weekday()]
        stamp = draw(st.sampled_from((f"{stamp} {hour}", f"{weekday}, {stamp} - {hour}")))
        page.line(stamp, "dateline", "synthetic:timestamp")
    with_byline = _tri(draw, byline)
    if with_byline:
        page.line(draw(st.sampled_from(AUTHORS)), "byline", "synthetic:author")
    if with_boilerplate and draw(st.booleans()):
        page.line(WIDGETS[0], "boilerplate", "synthetic:widget")

    write_main_sentence(page, plan, date)
    sentences: list[str] = []
    if _tri(draw, extra_sentences):
        people = [plan.first, plan.second] if plan.type != "attend" else [plan.first]
        if plan.type == "visit":
            people = [plan.second]
        choices = st.sampled_from(FILLERS) | st.builds(
            lambda template, leader: template.format(who=f"{leader.short_title} {leader.name}"),
            st.sampled_from(MENTIONS),
            st.sampled_from(people),
        )
        sentences = draw(st.lists(choices, min_size=1, max_size=3, unique=True))
    run_on: bool = draw(st.booleans())  # the lead paragraph often runs on
    if sentences and run_on:
        write_sentence(page, " " + sentences.pop(0), (plan.first, plan.second))
    page.end_line("body", "synthetic:lead")
    if _tri(draw, caption):
        where = f", {lower_first(date.text)}." if date.part_of_day else ". (Ảnh: TTXVN)"
        page.line(plan.headline + where, "caption", "synthetic:caption")
    for sentence in sentences:
        write_sentence(page, sentence, (plan.first, plan.second))
        page.end_line("body", "synthetic:sentence")
    if with_byline and draw(st.booleans()):
        page.line(draw(st.sampled_from(SOURCES)), "byline", "synthetic:source")
    if with_boilerplate:
        for widget in draw(st.lists(st.sampled_from(WIDGETS[1:]), max_size=2, unique=True)):
            page.line(widget, "boilerplate", "synthetic:widget")
        page.line(draw(st.sampled_from(MARKERS)), "boilerplate", "synthetic:marker")
        teasers = st.sampled_from((plan.headline, *TEASERS))
        for teaser in draw(st.lists(teasers, min_size=1, max_size=3)):
            page.line(teaser, "boilerplate", "synthetic:teaser")

    separator = draw(st.sampled_from(("\n", "\n\n")))
    text, blocks, spans = page.layout(separator)
    return _assemble(text, blocks, spans, plan, date, with_dateline)


def _assemble(
    text: str,
    blocks: list[Block],
    spans: dict[str, list[Span]],
    plan: Plan,
    date: LeadDate,
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
