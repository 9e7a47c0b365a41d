"""The document model: validation, derived body, and to_dict/from_dict round trips."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import (
    Block,
    Document,
    Event,
    Participant,
    Person,
    PluginError,
    Role,
    Span,
    Statement,
    TimeExpression,
)
from vndiplo.model import EVENT_TYPES

CONTRACT_KEYS = {
    "id",
    "url",
    "title",
    "published",
    "body",
    "dates",
    "people",
    "events",
    "errors",
}

TEXT = (
    "Tổng Bí thư Tô Lâm tiếp Bí thư Quảng Tây\n"
    "Bảo Chi\n"
    "Chiều 18/2, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương.\n"
    "Có thể bạn quan tâm\n"
)


def _line_blocks(text: str, kinds: list[str]) -> list[Block]:
    blocks, start = [], 0
    for line, kind in zip(text.split("\n"), kinds, strict=False):
        blocks.append(Block(start, start + len(line), kind, "test"))  # type: ignore[arg-type]
        start += len(line) + 1
    return blocks


def _sample() -> Document:
    blocks = _line_blocks(TEXT, ["title", "byline", "body", "boilerplate"])
    lead = blocks[2]
    when = TEXT.index("Chiều 18/2")
    name = TEXT.index("Trần Cương")
    return Document(
        text=TEXT,
        id="a1",
        url="https://example.vn/a1",
        published="2025-02-18",
        published_source="caller",
        blocks=blocks,
        dates=[
            TimeExpression(
                "Chiều 18/2", when, when + 10, "2025-02-18", "date", "afternoon", "reference"
            )
        ],
        people=[
            Person(
                "Trần Cương",
                ["Bí thư Đảng ủy"],
                "CN",
                [Span(name, name + 10)],
                [Role("Bí thư Đảng ủy", gloss="Party Secretary", country="CN")],
            )
        ],
        events=[
            Event(
                "reception",
                "tiếp",
                Span(lead.start, lead.end),
                date="2025-02-18",
                part_of_day="afternoon",
                location="Trụ sở Trung ương Đảng",
                participants=[Participant("Tô Lâm", "host"), Participant("Trần Cương", "guest")],
                cameo="043",
                statements=[Statement("Tô Lâm", "đề nghị", "x", lead.start, lead.start + 1)],
                topics=["kinh tế - thương mại"],
            )
        ],
        errors=[PluginError("p", "vndiplo_find_dates", "boom")],
        extras={"topics": {"n": 1}},
    )


def test_to_dict_has_every_contract_key_with_contract_types() -> None:
    out = _sample().to_dict()
    assert set(out) >= CONTRACT_KEYS
    assert out["title"] == "Tổng Bí thư Tô Lâm tiếp Bí thư Quảng Tây"
    assert out["published"] == "2025-02-18"
    assert out["body"] == TEXT.split("\n")[2]
    date = out["dates"][0]
    assert TEXT[date["start"] : date["end"]] == date["text"] == "Chiều 18/2"
    assert out["people"][0]["mentions"] == [
        [TEXT.index("Trần Cương"), TEXT.index("Trần Cương") + 10]
    ]
    assert out["events"][0]["participants"] == [
        {"name": "Tô Lâm", "role": "host"},
        {"name": "Trần Cương", "role": "guest"},
    ]
    evidence = out["events"][0]["evidence"]
    assert TEXT[evidence["start"] : evidence["end"]].startswith("Chiều 18/2")
    json.dumps(out)  # serialisable as it is


def test_round_trip_with_text() -> None:
    doc = _sample()
    again = Document.from_dict(doc.to_dict(include_text=True))
    assert again == doc
    assert again.to_dict() == doc.to_dict()


def test_round_trip_without_text_keeps_body_and_quotes() -> None:
    doc = _sample()
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again.to_dict() == doc.to_dict()
    date = again.dates[0]
    assert again.quote(date) == "Chiều 18/2"


def test_body_without_cleaning_is_the_whole_text() -> None:
    assert Document(text="  một dòng  \n").body == "một dòng"
    assert Document(text=" \n ").body == ""


def test_headline_prefers_explicit_title() -> None:
    assert Document(text="x", title="Tiêu đề").headline == "Tiêu đề"
    assert Document(text="x").headline is None


@pytest.mark.parametrize(
    "make",
    [
        lambda: Span(3, 2),
        lambda: Span(-1, 2),
        lambda: Block(0, 1, "footer", "r"),  # type: ignore[arg-type]
        lambda: TimeExpression("x", 0, 1, "2025", "week"),
        lambda: TimeExpression("x", 0, 1, "2025", "year", part_of_day="dawn"),
        lambda: Event("lunch", "ăn", Span(0, 1)),
        lambda: Participant("A", "chair"),
        lambda: Document(text=b"bytes"),  # type: ignore[arg-type]
        lambda: Document(text="x", published="18/2/2025"),
    ],
)
def test_invalid_values_are_refused_with_a_clear_error(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((ValueError, TypeError)):
        make()


def test_published_accepts_date_and_iso_string() -> None:
    assert Document(text="x", published=dt.date(2025, 2, 18)).published == dt.date(2025, 2, 18)
    assert Document(text="x", published="2025-02-18").published == dt.date(2025, 2, 18)


def test_documents_are_immutable() -> None:
    doc = _sample()
    with pytest.raises(AttributeError):
        doc.text = "y"  # type: ignore[misc]


@st.composite
def documents_with_annotations(draw: st.DrawFn) -> Document:
    text = draw(st.text(max_size=60))
    n = len(text)

    def span() -> tuple[int, int]:
        a = draw(st.integers(0, n))
        return a, draw(st.integers(a, n))

    names = st.text(min_size=1, max_size=8)
    dates = []
    for _ in range(draw(st.integers(0, 3))):
        a, b = span()
        dates.append(
            TimeExpression(
                text[a:b],
                a,
                b,
                draw(st.sampled_from(["2025-02-18", "--02-18", "2025", "2022-10-30/2022-11-01"])),
                draw(st.sampled_from(["date", "year", "span"])),
                draw(st.sampled_from([None, "morning", "night"])),
                draw(st.sampled_from([None, "explicit", "context"])),
            )
        )
    people = [
        Person(draw(names), draw(st.lists(names, max_size=2)), None, [Span(*span())])
        for _ in range(draw(st.integers(0, 2)))
    ]
    events = [
        Event(
            draw(st.sampled_from(EVENT_TYPES)),
            draw(names),
            Span(*span()),
            participants=[Participant(draw(names), draw(st.sampled_from(["host", "guest"])))],
            referenced=draw(st.booleans()),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return Document(
        text=text,
        id=draw(st.none() | names),
        published=draw(st.none() | st.dates(min_value=dt.date(1900, 1, 1))),
        dates=dates,
        people=people,
        events=events,
    )


@given(documents_with_annotations())
def test_round_trip_property(doc: Document) -> None:
    data = json.loads(json.dumps(doc.to_dict(include_text=True)))
    assert Document.from_dict(data) == doc
    assert Document.from_dict(data).to_dict() == doc.to_dict()


def test_documents_pickle_with_their_normalised_view() -> None:
    import pickle

    doc = _sample()
    view = doc.normalized
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert again.normalized.text == view.text
